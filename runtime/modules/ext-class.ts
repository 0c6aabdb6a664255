// Class-like objects for the extension types of runtime/modules: `itertools.chain`,
// `collections.deque`, `io.StringIO`… are callable (their constructor, a registered native so
// arguments bind with CPython's messages), print as `<class 'itertools.chain'>`, and carry
// class attributes (chain.from_iterable). They are extension objects themselves (an EXT type
// named 'type'), one per runtime, which type(x) returns and isinstance accepts (through
// extHooks). A few can be subclassed (SUBCLASS_BASES): `class D(deque)` goes through their
// __mro_entries__ (PEP 560) to the forwarding Python class of the same name in
// pylib/_pyx_subclass_bases.py, and isinstance/issubclass against the native class object
// accept the subclasses.
//
// Layout: F1 the class's index in CLASSES (small int).

import type { Heap } from '../heap.js';
import { type Value, NULL, fromInt32, loOf, isNull, sameValue } from '../value.js';
import { internStr } from '../str.js';
import { newDict, dictGet, dictSet } from '../dict.js';
import { strFromJs } from '../str.js';
import { nget, nset, nativeKind, NativeKind } from '../builtins/native.js';
import { newTuple, tupleInit, tupleLength, tupleGet as tupleItem } from '../sequence.js';
import { defineExtType, newExt, extTypeOf, extHooks, extKey, isExt, type ExtType } from '../builtins/ext-types.js';
import { defineFunction, defineMethod, self, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, builtinsDict, loadAttr } from '../builtins/objects.js';
import { raise } from '../builtins/exceptions.js';

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
  // deque[int]: a types.GenericAlias for the classes that have __class_getitem__ in CPython.
  getItem: (heap, v, key) => {
    const c = CLASSES[loOf(nget(heap, v, 1))];
    // random.Random is a Python class in CPython: its type name is bare.
    const shown = c.ext.module === 'random' ? c.ext.name : c.ext.tpName;
    if (!GENERIC_CLASSES.has(c.ext.tpName) || extClassHooks.alias === null) return raise('TypeError', `type '${shown}' is not subscriptable`);
    return extClassHooks.alias(heap, v, key);
  },
  getAttr: (heap, v, name) => {
    const c = CLASSES[loOf(nget(heap, v, 1))];
    const s = c.statics.get(name);
    if (s !== undefined) return nativeValue(heap, s);
    if (name === '__name__' || name === '__qualname__') return strFromJs(heap, c.ext.name);
    if (name === '__module__') return strFromJs(heap, c.ext.module);
    if (name === '__mro_entries__' && SUBCLASS_BASES.has(c.ext.tpName)) return nativeValue(heap, mroEntries, v);
    return NULL;
  },
});

const GENERIC_CLASSES = new Set(['collections.deque', 'functools.partial', 'itertools.chain', 'array.array']);

/** types.GenericAlias's constructor: builtins/generic-alias.ts (which imports this file) sets it. */
export const extClassHooks: { alias: ((heap: Heap, origin: Value, key: Value) => Value) | null } = { alias: null };

/** The native classes a Python class may derive from, by tp_name (their bases: file comment). */
const SUBCLASS_BASES = new Set(['collections.deque', '_io.StringIO', '_io.BytesIO', 'random.Random', 'functools.partial']);
const BASES_MODULE = '_pyx_subclass_bases';

// cls.__mro_entries__(bases): (the forwarding class,), recorded for isinstance/issubclass.
const mroEntries = defineMethod(extKey(classType), 'type', '__mro_entries__', 'bases, /', (heap, a) => {
  const cls = self(heap, a);
  const c = CLASSES[loOf(nget(heap, cls, 1))];
  if (!SUBCLASS_BASES.has(c.ext.tpName)) raise('TypeError', `type '${c.ext.tpName}' is not an acceptable base type`);
  const imp = dictGet(heap, builtinsDict(heap), internStr(heap, '__import__'));
  const name = newTuple(heap, 1);
  tupleInit(heap, name, 0, strFromJs(heap, BASES_MODULE));
  const module = extHooks.callKw(heap, imp, name, NULL);
  const base = loadAttr(heap, module, c.ext.name);
  dictSet(heap, basesTable(heap), fromInt32(c.index), base);
  const out = newTuple(heap, 1);
  tupleInit(heap, out, 0, base);
  return out;
});

/** Hidden builtins dict: class index → its forwarding class, once a subclass was made. */
function basesTable(heap: Heap): Value {
  const key = internStr(heap, '\0ext-subclass-bases');
  let table = dictGet(heap, builtinsDict(heap), key);
  if (isNull(table)) {
    table = newDict(heap);
    dictSet(heap, builtinsDict(heap), key, table);
  }
  return table;
}

/** A user class (NativeKind.CLASS) deriving from ext class `c`'s forwarding class. */
function derivesFrom(heap: Heap, cls: Value, c: ExtClass): boolean {
  if (nativeKind(heap, cls) !== NativeKind.CLASS) return false;
  const base = dictGet(heap, basesTable(heap), fromInt32(c.index));
  if (isNull(base)) return false;
  const mro = nget(heap, cls, 3);
  for (let i = 0; i < tupleLength(heap, mro); i++) if (sameValue(tupleItem(heap, mro, i), base)) return true;
  return false;
}

/**
 * Declares the class object of `ext`: calling it runs `ctor` (signature as registry.ts's),
 * `statics` become its function attributes.
 */
export function defineExtClass(ext: ExtType, signature: string, ctor: (heap: Heap, a: number) => Value,
  statics: Record<string, [string, (heap: Heap, a: number) => Value]> = {}): ExtClass {
  const c: ExtClass = {
    // Its argument errors name the type alone, as CPython's ("deque() takes at most 2 arguments").
    index: CLASSES.length, ext, ctor: defineFunction(ext.module, ext.name, signature, ctor, ext.name), statics: new Map(),
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
  const c = CLASSES[loOf(nget(heap, cls, 1))];
  if (nativeKind(heap, v) === NativeKind.INSTANCE) return derivesFrom(heap, nget(heap, v, 0), c);
  const t = extTypeOf(heap, v);
  return t !== undefined && t.index === c.ext.index;
};
extHooks.isSubclass = (heap, sub, cls) => {
  if (!isExt(heap, cls, classType)) return null;
  return sameValue(sub, cls) || derivesFrom(heap, sub, CLASSES[loOf(nget(heap, cls, 1))]);
};

/** The ExtClass of an extension instance, if its type has one. */
export function extClassOf(heap: Heap, v: Value): ExtClass | undefined {
  const t = extTypeOf(heap, v);
  return t === undefined ? undefined : BY_TYPE.get(t.index);
}
