// Class-like objects for the extension types of runtime/modules: `itertools.chain`,
// `collections.deque`, `io.StringIO`… are callable (their constructor, a registered native so
// arguments bind with CPython's messages), print as `<class 'itertools.chain'>`, and carry
// class attributes (chain.from_iterable). They are extension objects themselves (an EXT type
// named 'type'), one per runtime, which type(x) returns and isinstance accepts (through
// extHooks); they cannot be subclassed.
//
// Layout: F1 the class's index in CLASSES (small int).

import type { Heap } from '../heap.js';
import { type Value, NULL, fromInt32, loOf, isNull } from '../value.js';
import { internStr } from '../str.js';
import { newDict, dictGet, dictSet } from '../dict.js';
import { strFromJs } from '../str.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, newExt, extTypeOf, extHooks, isExt, type ExtType } from '../builtins/ext-types.js';
import { defineFunction, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, builtinsDict } from '../builtins/objects.js';

/** One class-like object. Invariant: `ext` is the type its constructor returns instances of. */
export interface ExtClass {
  readonly index: number;
  readonly ext: ExtType;
  readonly ctor: NativeEntry;
  /** Class attributes that are functions (chain.from_iterable), by name. */
  readonly statics: Map<string, NativeEntry>;
}

const CLASSES: ExtClass[] = [];
/** The class object of each extension type that has one (by ExtType index). */
const BY_TYPE = new Map<number, ExtClass>();

const classType = defineExtType('type', 'builtins', {
  repr: (heap, v) => {
    const c = CLASSES[loOf(nget(heap, v, 1))];
    return `<class '${c.ext.tpName}'>`;
  },
  call: (heap, v, args, kwargs) => extHooks.callKw(heap, nativeValue(heap, CLASSES[loOf(nget(heap, v, 1))].ctor), args, kwargs),
  getAttr: (heap, v, name) => {
    const c = CLASSES[loOf(nget(heap, v, 1))];
    const s = c.statics.get(name);
    if (s !== undefined) return nativeValue(heap, s);
    if (name === '__name__' || name === '__qualname__') return strFromJs(heap, c.ext.name);
    if (name === '__module__') return strFromJs(heap, c.ext.module);
    return NULL;
  },
});

/**
 * Declares the class object of `ext`: calling it runs `ctor` (signature as registry.ts's),
 * `statics` become its function attributes.
 */
export function defineExtClass(ext: ExtType, signature: string, ctor: (heap: Heap, a: number) => Value,
  statics: Record<string, [string, (heap: Heap, a: number) => Value]> = {}): ExtClass {
  const c: ExtClass = {
    index: CLASSES.length, ext, ctor: defineFunction(ext.module, ext.name, signature, ctor), statics: new Map(),
  };
  for (const [name, [sig, fn]] of Object.entries(statics)) c.statics.set(name, defineFunction(ext.module, name, sig, fn));
  CLASSES.push(c);
  BY_TYPE.set(ext.index, c);
  return c;
}

/**
 * The class object of `c`: one per runtime (kept in the builtins dict under a hidden key), so
 * `type(d) is deque` holds wherever the class was fetched from.
 */
export function extClassValue(heap: Heap, c: ExtClass): Value {
  const key = internStr(heap, '\0ext-classes');
  let table = dictGet(heap, builtinsDict(heap), key);
  if (isNull(table)) {
    table = newDict(heap);
    dictSet(heap, builtinsDict(heap), key, table);
  }
  const known = dictGet(heap, table, fromInt32(c.index));
  if (!isNull(known)) return known;
  const v = newExt(heap, classType);
  nset(heap, v, 1, fromInt32(c.index));
  dictSet(heap, table, fromInt32(c.index), v);
  return v;
}

extHooks.typeOf = (heap, v) => {
  const c = extClassOf(heap, v);
  return c === undefined ? null : extClassValue(heap, c);
};
extHooks.isInstance = (heap, v, cls) => {
  if (!isExt(heap, cls, classType)) return null;
  const t = extTypeOf(heap, v);
  return t !== undefined && t.index === CLASSES[loOf(nget(heap, cls, 1))].ext.index;
};

/** The ExtClass of an extension instance, if its type has one. */
export function extClassOf(heap: Heap, v: Value): ExtClass | undefined {
  const t = extTypeOf(heap, v);
  return t === undefined ? undefined : BY_TYPE.get(t.index);
}
