// Attributes of the builtin type objects themselves: unbound methods (`str.upper`, called with
// self as the first argument, as CPython's method descriptors) and the class/static methods
// of builtin types (dict.fromkeys, float.fromhex, str.maketrans); plus the float and str
// methods that need them (float.hex, float.as_integer_ratio, str.translate).

import { typeDictHooks } from './class-hooks.js';
import { BUILTIN_DOCS } from './docs-db.js';
import type { Heap } from '../heap.js';
import { H } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, isNull, isNone, loOf, fromFloat, fromPtr } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { strFromJs, strToJs } from '../str.js';
import { newDict, dictSet, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { newTuple, tupleInit } from '../sequence.js';
import { PyError, typeError } from '../errors.js';
import * as F from '../semantics/float.js';
import * as S from '../semantics/str-methods.js';
import { defineConstructor, defineFunction, defineMethod, arg, self, METHODS, type NativeEntry } from './registry.js';
import { newSlice, typeBase, typeName } from '../objects.js';
import { nativeValue } from './objects.js';
import { extHooks } from './ext-types.js';
import { tid, typeNameOf, isIntValue } from './protocol.js';
import { getItem, getIter, iterNext } from './containers.js';
import { pushHandle, popHandles, handleGet } from '../index.js';

/**
 * What runtime/classes-types.ts provides (a builtin type's __dict__ is a mappingproxy). A hook
 * rather than an import: importing the class machinery from here would change the order in
 * which modules register their natives, and native indices must agree between threads.
 */
export const typeAttrHooks = {
  mappingProxy: (_heap: Heap, ns: Value): Value => ns,
};

/** The TypeId whose type object `t` is, or -1. */
function typeIdOfTypeObject(heap: Heap, t: Value): number {
  const addr = loOf(t);
  for (let id = 1; id < TypeId.COUNT; id++) if (heap.i32[H.TYPE_TABLE + id] === addr) return id;
  return -1;
}

/** Class-level functions by TypeId (called without self). */
const CLASS_FUNCTIONS = new Map<number, Map<string, NativeEntry>>();
export function defineClassFunction(typeId: number, typeName: string, name: string, signature: string, fn: Parameters<typeof defineFunction>[3]): void {
  let table = CLASS_FUNCTIONS.get(typeId);
  if (table === undefined) CLASS_FUNCTIONS.set(typeId, (table = new Map()));
  table.set(name, defineFunction(typeName, name, signature, fn));
}

/** The names of the class-level functions of builtin type `typeId` (dict.fromkeys, int.from_bytes). */
export function classFunctionNames(typeId: number): string[] {
  return [...(CLASS_FUNCTIONS.get(typeId)?.keys() ?? [])];
}

/** `T.name` for a builtin type object T: a class function, an unbound method, or undefined. */
export function typeAttr(heap: Heap, t: Value, name: string): Value | undefined {
  const id = typeIdOfTypeObject(heap, t);
  if (id < 0) return undefined;
  const special = typeDunder(heap, t, id, name);
  if (special !== undefined) return special;
  const f = CLASS_FUNCTIONS.get(id)?.get(name);
  if (f !== undefined) return nativeValue(heap, f);
  const m = METHODS.get(id)?.get(name);
  return m === undefined ? undefined : nativeValue(heap, m);
}

/** Builtin types whose instances are called (their __dict__ lists __call__, as CPython's). */
const CALLABLE_TYPES = new Set<number>([TypeId.FUNCTION, TypeId.BUILTIN_FUNCTION, TypeId.METHOD, TypeId.TYPE]);
/** `T.__call__(obj, *args, **kwargs)`: calls obj. */
const CALL_SLOT = defineFunction('builtins', '__call__', 'self, /, *args, **kwargs', (heap, a) => extHooks.callKw(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2)));

/**
 * The builtin type chain t, base, …, object (bool → int → object), as heap addresses: a
 * NaN-boxed Value kept in a JS array may come back as a plain NaN once V8 optimizes the code
 * (runtime/value.ts) — under the bundled CLI `int.__mro__` sometimes held a float, and
 * `import enum` failed with "'float' object has no attribute '__dict__'".
 */
function builtinMro(heap: Heap, t: Value): number[] {
  const chain: number[] = [];
  for (let c = t; !isNone(c) && !isNull(c) && chain.length < 8; c = typeBase(heap, c)) chain.push(loOf(c) >>> 0);
  return chain;
}

/**
 * The data attributes every builtin type has: __mro__, __bases__, __base__, __module__,
 * __qualname__ and __dict__ (a mappingproxy of its methods and class functions).
 */
function typeDunder(heap: Heap, t: Value, id: number, name: string): Value | undefined {
  switch (name) {
    case '__mro__': case '__bases__': {
      const mro = builtinMro(heap, t);
      const items = name === '__mro__' ? mro : mro.slice(1, 2);
      const out = newTuple(heap, items.length);
      items.forEach((c, i) => tupleInit(heap, out, i, fromPtr(c))); // type objects are permanent: no collection can free them
      return out;
    }
    case '__base__': { const b = typeBase(heap, t); return isNull(b) ? NONE : b; }
    case '__module__': return strFromJs(heap, 'builtins');
    case '__qualname__': return typeName(heap, t);
    case '__doc__': { const doc = BUILTIN_DOCS[strToJs(heap, typeName(heap, t))]; return doc === undefined ? NONE : strFromJs(heap, doc); }
    case '__dict__': {
      const d = newDict(heap);
      const h = pushHandle(heap, d);
      try {
        const names = new Map<string, NativeEntry>([...(METHODS.get(id) ?? []), ...(CLASS_FUNCTIONS.get(id) ?? []), ...(typeDictHooks.extra.get(id) ?? [])]);
        if (CALLABLE_TYPES.has(id)) names.set('__call__', CALL_SLOT); // collections.abc.Callable looks for it
        for (const key of [...names.keys()].sort()) dictSet(heap, handleGet(heap, h), strFromJs(heap, key), nativeValue(heap, names.get(key)!));
        // The mutable types set __hash__ to None (unhashable), as CPython's list/dict/set do.
        if (id === TypeId.LIST || id === TypeId.DICT || id === TypeId.SET) dictSet(heap, handleGet(heap, h), strFromJs(heap, '__hash__'), NONE);
        return typeAttrHooks.mappingProxy(heap, handleGet(heap, h));
      } finally { popHandles(heap, h); }
    }
  }
  return undefined;
}

// dict.fromkeys(iterable, value=None)
defineClassFunction(TypeId.DICT, 'dict', 'fromkeys', 'iterable, value=, /', (heap, a) => {
  const value = isNull(arg(heap, a, 1)) ? NONE : arg(heap, a, 1);
  const out = newDict(heap);
  const h = pushHandle(heap, out);
  try {
    const it = getIter(heap, arg(heap, a, 0));
    pushHandle(heap, it);
    for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) dictSet(heap, handleGet(heap, h), k, value);
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
});

// float.fromhex(string)
defineClassFunction(TypeId.FLOAT, 'float', 'fromhex', 'string, /', (heap, a) => {
  const s = arg(heap, a, 0);
  if (tid(heap, s) !== TypeId.STR) throw typeError(`bad argument type for built-in operation`);
  return fromFloat(F.floatFromHex(strToJs(heap, s)));
});

// str.maketrans(x, y=, z=, /): the two- and three-string forms, and the one-dict form.
defineClassFunction(TypeId.STR, 'str', 'maketrans', 'x, y=, z=, /', (heap, a) => {
  const x = arg(heap, a, 0), y = arg(heap, a, 1), z = arg(heap, a, 2);
  if (isNull(y)) {
    if (tid(heap, x) !== TypeId.DICT) throw typeError('if you give only one argument to maketrans it must be a dict');
    // 1-character str keys become their ords; int keys stay.
    const out = newDict(heap);
    const h = pushHandle(heap, out);
    try {
      for (let p = dictNext(heap, x, 0); p >= 0; p = dictNext(heap, x, p + 1)) {
        let k = dictEntryKey(heap, x, p);
        if (tid(heap, k) === TypeId.STR) {
          const cps = [...strToJs(heap, k)];
          if (cps.length !== 1) throw new PyError('ValueError', 'string keys in translate table must be of length 1');
          k = intFromBigInt(heap, BigInt(cps[0].codePointAt(0)!));
        } else if (!isIntValue(heap, k)) throw typeError('keys in translate table must be strings or integers');
        dictSet(heap, handleGet(heap, h), k, dictEntryValue(heap, x, p));
      }
      return handleGet(heap, h);
    } finally { popHandles(heap, h); }
  }
  if (tid(heap, x) !== TypeId.STR || tid(heap, y) !== TypeId.STR) throw typeError('maketrans() argument 2 must be str, not ' + typeNameOf(heap, y));
  const table = S.maketrans(strToJs(heap, x), strToJs(heap, y), isNull(z) ? '' : strToJs(heap, z));
  const out = newDict(heap);
  const h = pushHandle(heap, out);
  try {
    for (const [k, v] of table) dictSet(heap, handleGet(heap, h), intFromBigInt(heap, BigInt(k)), v === null ? NONE : intFromBigInt(heap, BigInt(v)));
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
});

defineMethod(TypeId.STR, 'str', 'translate', 'table, /', (heap, a) => {
  const s = strToJs(heap, self(heap, a));
  const table = arg(heap, a, 0);
  return strFromJs(heap, S.translate(s, (cp) => {
    let r: Value;
    try {
      r = getItem(heap, table, intFromBigInt(heap, BigInt(cp)));
    } catch (e) {
      // A LookupError keeps the character (unicode_translate's charmaptranslate_lookup).
      const pyType = e instanceof Error && 'pyType' in e ? (e as { pyType: string }).pyType : '';
      if (pyType === 'KeyError' || pyType === 'IndexError' || pyType === 'LookupError') return { kind: 'keep' };
      throw e;
    }
    if (isNone(r)) return { kind: 'delete' };
    if (tid(heap, r) === TypeId.STR) return { kind: 'str', value: strToJs(heap, r) };
    if (isIntValue(heap, r)) return { kind: 'int', value: intToBigInt(heap, r) };
    throw typeError('character mapping must return integer, None or str');
  }));
});

defineMethod(TypeId.FLOAT, 'float', 'hex', '', (heap, a) => strFromJs(heap, F.floatHex(self(heap, a))));
defineMethod(TypeId.FLOAT, 'float', 'as_integer_ratio', '', (heap, a) => {
  const [n, d] = F.floatAsIntegerRatio(self(heap, a));
  const t = newTuple(heap, 2);
  const h = pushHandle(heap, t);
  try {
    tupleInit(heap, handleGet(heap, h), 0, intFromBigInt(heap, n));
    tupleInit(heap, handleGet(heap, h), 1, intFromBigInt(heap, d));
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
});
void NULL;

// slice(stop) / slice(start, stop, step=None)
defineConstructor(TypeId.SLICE, 'slice', 'start, stop=, step=, /', (heap, a) => {
  const x = arg(heap, a, 0), y = arg(heap, a, 1), z = arg(heap, a, 2);
  if (isNull(y)) return newSlice(heap, NONE, x, NONE);
  return newSlice(heap, x, y, isNull(z) ? NONE : z);
});
