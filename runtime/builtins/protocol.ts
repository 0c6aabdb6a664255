// The object protocol on heap values for the builtin types: type names, truth, len, ==, <,
// hash, `in`. Each is what CPython's abstract object layer does for these types, with its
// exact error messages. (Classes come with a later issue: then these dispatch to dunders.)

import type { Heap } from '../heap.js';
import { TypeId, TYPE_MASK, TYPE_NAMES } from '../layout.js';
import { FALSE, HI_BOOL, HI_INT, HI_NONE, HI_PTR, TRUE, type Value, fromBool, hiOf, loOf, sameValue, unpack2, words } from '../value.js';
import { intCompare, intToBigInt } from '../int.js';
import { strEquals, strToJs, strLength, bytesEquals, bytesToArray } from '../str.js';
import { listGet, listLength, tupleLength, TUPLE_ITEMS } from '../sequence.js';
import { dictGet, dictLength, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { setContains, setEquals, setLength, setNext, setEntryKey } from '../set.js';
import { rangePart } from '../objects.js';
import { hashValue } from '../keys.js';
import { complexEq, complexTruthy, isComplex } from './complex.js';
import { compareIntFloat } from '../semantics/int.js';
import { compareStr } from '../semantics/codepoints.js';
import { PyError, typeError } from '../errors.js';
import { NativeKind, nativeKind, nget } from './native.js';
import { NATIVES } from './registry.js';
import { classHooks, isUserKind, isUserObject, isUserTyped } from './class-hooks.js';
import { NULL } from '../value.js';
import { extTypeOf } from './ext-types.js';

/** The type id of a heap pointer value (no checks). */
export function ptrType(heap: Heap, v: Value): number {
  return heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK;
}

/** TypeId of any value: FLOAT, INT (small or big), BOOL, NONE, or the heap object's. */
export function tid(heap: Heap, v: Value): number {
  if (v === v) return TypeId.FLOAT;
  const hi = hiOf(v);
  if (hi === HI_INT) return TypeId.INT;
  if (hi === HI_PTR) return heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK;
  if (hi === HI_BOOL) return TypeId.BOOL;
  if (hi === HI_NONE) return TypeId.NONE;
  return TypeId.FLOAT;
}

/**
 * The TypeId whose type object is type(v) for the builtin types: tid(v), except that native
 * objects with a type object of their own (builtin functions, bytearray, dict views) give
 * their virtual id (layout.ts). Other natives give FUNCTION (no type object yet).
 */
export function pyTypeId(heap: Heap, v: Value): number {
  const t = tid(heap, v);
  if (t !== TypeId.FUNCTION) return t;
  switch (nativeKind(heap, v)) {
    case NativeKind.BUILTIN: return TypeId.BUILTIN_FUNCTION;
    case NativeKind.EXT: return isBuiltinExt(heap, v, 'bytearray') ? TypeId.BYTEARRAY : isBuiltinExt(heap, v, 'memoryview') ? TypeId.MEMORYVIEW : t;
    case NativeKind.DICT_VIEW: return TypeId.KEYS_VIEW + loOf(nget(heap, v, 1));
    default: return ITERATOR_TYPE_IDS.get(typeNameOf(heap, v)) ?? t;
  }
}

/** The virtual type ids of the iterator types, by name (layout.ts, from LIST_ITERATOR on). */
const ITERATOR_TYPE_IDS = new Map<string, number>(
  Object.entries(TYPE_NAMES).filter(([id]) => Number(id) >= TypeId.LIST_ITERATOR).map(([id, name]) => [name, Number(id)]));

/** An extension object whose type is the builtin `name` (bytearray lives in bytes-like.ts). */
function isBuiltinExt(heap: Heap, v: Value, name: string): boolean {
  const ext = extTypeOf(heap, v);
  return ext !== undefined && ext.module === 'builtins' && ext.name === name;
}

const NATIVE_TYPE_NAMES: Record<number, string> = {
  [NativeKind.BUILTIN]: 'builtin_function_or_method', [NativeKind.RANGE_ITER]: 'range_iterator',
  [NativeKind.DICT_ITER]: 'dict_keyiterator', [NativeKind.SET_ITER]: 'set_iterator',
  [NativeKind.ENUMERATE]: 'enumerate', [NativeKind.CALLABLE_ITER]: 'callable_iterator', [NativeKind.ZIP]: 'zip', [NativeKind.MAP]: 'map',
  [NativeKind.FILTER]: 'filter', [NativeKind.EXC_TYPE]: 'type', [NativeKind.DICT_VIEW]: 'dict_keys', [NativeKind.GENERATOR]: 'generator', [NativeKind.ELLIPSIS]: 'ellipsis',
  [NativeKind.COROUTINE]: 'coroutine', [NativeKind.ASYNC_GENERATOR]: 'async_generator',
  [NativeKind.ASYNC_GEN_AWAIT]: 'async_generator_asend', [NativeKind.ASYNC_GEN_WRAPPED]: 'async_generator_wrapped_value',
  [NativeKind.STREAM]: 'TextIOWrapper',
};

/** type(v).__name__ as CPython prints it in messages. */
export function typeNameOf(heap: Heap, v: Value): string {
  const t = tid(heap, v);
  if (t !== TypeId.FUNCTION) return TYPE_NAMES[t] ?? 'object';
  const k = nativeKind(heap, v);
  if (k === 0) return 'function';
  switch (k) {
    case NativeKind.SEQ_ITER: {
      const s = nget(heap, v, 0);
      const st = tid(heap, s);
      return st === TypeId.LIST ? 'list_iterator' : st === TypeId.TUPLE ? 'tuple_iterator'
        : st === TypeId.BYTES ? 'bytes_iterator' : /^[\x00-\x7f]*$/.test(strToJs(heap, s)) ? 'str_ascii_iterator' : 'str_iterator';
    }
    case NativeKind.DICT_ITER: return ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'][loOf(nget(heap, v, 2))];
    case NativeKind.DICT_VIEW: return ['dict_keys', 'dict_values', 'dict_items'][loOf(nget(heap, v, 1))];
    case NativeKind.REVERSED: return tid(heap, nget(heap, v, 0)) === TypeId.LIST ? 'list_reverseiterator' : 'reversed';
    case NativeKind.EXC: return strToJs(heap, nget(heap, nget(heap, v, 0), 0));
    case NativeKind.EXT: return extTypeOf(heap, v)!.tpName;
    default: return isUserKind(k) ? classHooks.typeName(heap, v) : NATIVE_TYPE_NAMES[k] ?? 'object';
  }
}

export function isIntValue(heap: Heap, v: Value): boolean {
  if (v === v) return false;
  const hi = hiOf(v);
  return hi === HI_INT || hi === HI_BOOL || (hi === HI_PTR && ptrType(heap, v) === TypeId.INT);
}

export function isStrValue(heap: Heap, v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR && ptrType(heap, v) === TypeId.STR;
}

/** An int-like (int or bool) value as a JS number when it fits an int32, else null. */
export function smallIndex(v: Value): number | null {
  if (v === v) return null;
  unpack2(v, v);
  return words[1] === HI_INT || words[1] === HI_BOOL ? words[0] : null;
}

/** The truth value (bool()). */
export function truthy(heap: Heap, v: Value): boolean {
  if (v === v) return v !== 0;
  unpack2(v, v);
  const hi = words[1];
  if (hi === HI_BOOL || hi === HI_INT) return words[0] !== 0;
  if (hi === HI_NONE) return false;
  if (hi !== HI_PTR) return true; // a float NaN
  switch (ptrType(heap, v)) {
    case TypeId.INT: return true; // heap ints are never 0
    case TypeId.STR: return strLength(heap, v) !== 0;
    case TypeId.LIST: return listLength(heap, v) !== 0;
    case TypeId.TUPLE: return tupleLength(heap, v) !== 0;
    case TypeId.DICT: return dictLength(heap, v) !== 0;
    case TypeId.SET: case TypeId.FROZENSET: return setLength(heap, v) !== 0;
    case TypeId.BYTES: return heap.i32[((loOf(v) >>> 0) >>> 2) + 1] !== 0;
    case TypeId.RANGE: return rangeLength(heap, v) !== 0n;
    case TypeId.COMPLEX: return complexTruthy(heap, v);
    case TypeId.FUNCTION: {
      if (isUserTyped(heap, v)) return classHooks.truthy(heap, v);
      const ext = extTypeOf(heap, v);
      if (ext?.truthy) return ext.truthy(heap, v);
      return ext?.len ? ext.len(heap, v) !== 0 : true;
    }
    default: return true;
  }
}

/** len(range) as a bigint. */
export function rangeLength(heap: Heap, r: Value): bigint {
  const start = intToBigInt(heap, rangePart(heap, r, 0));
  const stop = intToBigInt(heap, rangePart(heap, r, 1));
  const step = intToBigInt(heap, rangePart(heap, r, 2));
  if (step > 0n) return start < stop ? (stop - start + step - 1n) / step : 0n;
  return start > stop ? (start - stop - step - 1n) / -step : 0n;
}

/** len(v), or -1 when v has no length. */
export function lengthOf(heap: Heap, v: Value): number {
  if (v === v || hiOf(v) !== HI_PTR) return -1;
  switch (ptrType(heap, v)) {
    case TypeId.STR: return strLength(heap, v);
    case TypeId.LIST: return listLength(heap, v);
    case TypeId.TUPLE: return tupleLength(heap, v);
    case TypeId.DICT: return dictLength(heap, v);
    case TypeId.SET: case TypeId.FROZENSET: return setLength(heap, v);
    case TypeId.BYTES: return heap.i32[((loOf(v) >>> 0) >>> 2) + 1];
    case TypeId.RANGE: {
      const n = rangeLength(heap, v);
      if (n > 0x7fffffffffffffffn) throw new PyError('OverflowError', 'Python int too large to convert to C ssize_t');
      return Number(n);
    }
    case TypeId.FUNCTION:
      if (nativeKind(heap, v) === NativeKind.DICT_VIEW) return dictLength(heap, nget(heap, v, 0));
      if (isUserTyped(heap, v)) return classHooks.length(heap, v);
      return extTypeOf(heap, v)?.len?.(heap, v) ?? -1;
    default: return -1;
  }
}

export function tupleItem(heap: Heap, t: Value, i: number): Value {
  return heap.f64[((loOf(t) >>> 0) + TUPLE_ITEMS + i * 8) >>> 3];
}

/** A number as a JS double for mixed comparisons; null when not a number. */
function numberKind(heap: Heap, v: Value): 0 | 1 | 2 {
  if (v === v) return 2;
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return 1;
  if (hi === HI_PTR) return ptrType(heap, v) === TypeId.INT ? 1 : 0;
  return hi === HI_NONE || hi === HI_NULL_MARK ? 0 : 2;
}
const HI_NULL_MARK = 0xffff0000 | 0;

/** Three-way comparison of two numbers (int/bool/float); NaN gives undefined. */
export function compareNumbers(heap: Heap, a: Value, b: Value, ka: number, kb: number): number | undefined {
  if (ka === 2 && kb === 2) return a < b ? -1 : a > b ? 1 : a === b ? 0 : undefined;
  if (ka === 1 && kb === 1) return intCompare(heap, a, b);
  if (ka === 1) { const c = compareIntFloat(intToBigInt(heap, a), b); return c; }
  const c = compareIntFloat(intToBigInt(heap, b), a);
  return c === undefined ? undefined : -c;
}

/** a == b for builtin types (identity for the rest). */
export function eq(heap: Heap, a: Value, b: Value): boolean {
  if (a === a && b === b) return a === b;
  if (sameValue(a, b)) return !isFloatNaN(a);
  const ka = numberKind(heap, a);
  const kb = numberKind(heap, b);
  if (ka !== 0 && kb !== 0) return compareNumbers(heap, a, b, ka, kb) === 0;
  if (isComplex(heap, a) || isComplex(heap, b)) return complexEq(heap, a, b);
  // Bound Python methods (a user kind, but with no __eq__ to find) compare by function and self.
  if (nativeKind(heap, a) === NativeKind.METHOD && nativeKind(heap, b) === NativeKind.METHOD) {
    return sameValue(nget(heap, a, 0), nget(heap, b, 0)) && sameValue(nget(heap, a, 1), nget(heap, b, 1));
  }
  if (isUserObject(heap, a) || isUserObject(heap, b)) return classHooks.eq(heap, a, b);
  const extEq = extTypeOf(heap, a)?.eq?.(heap, a, b) ?? extTypeOf(heap, b)?.eq?.(heap, a, b);
  if (extEq !== undefined) return extEq;
  if (ka !== 0 || kb !== 0) return false;
  if (hiOf(a) !== HI_PTR || hiOf(b) !== HI_PTR) return false;
  const ta = ptrType(heap, a);
  const tb = ptrType(heap, b);
  if ((ta === TypeId.FUNCTION || tb === TypeId.FUNCTION) && (isKeysOrItems(heap, a) || isKeysOrItems(heap, b))) {
    return viewEquals(heap, a, b);
  }
  switch (ta) {
    case TypeId.STR: return tb === TypeId.STR && strEquals(heap, a, b);
    case TypeId.BYTES: return tb === TypeId.BYTES && bytesEquals(heap, a, b);
    case TypeId.TUPLE: {
      if (tb !== TypeId.TUPLE) return false;
      const n = tupleLength(heap, a);
      if (n !== tupleLength(heap, b)) return false;
      for (let i = 0; i < n; i++) {
        const x = tupleItem(heap, a, i), y = tupleItem(heap, b, i);
        if (!sameValue(x, y) && !eq(heap, x, y)) return false;
      }
      return true;
    }
    case TypeId.LIST: {
      if (tb !== TypeId.LIST) return false;
      const n = listLength(heap, a);
      if (n !== listLength(heap, b)) return false;
      for (let i = 0; i < n && i < listLength(heap, a) && i < listLength(heap, b); i++) {
        const x = listGet(heap, a, i), y = listGet(heap, b, i);
        if (!sameValue(x, y) && !eq(heap, x, y)) return false;
      }
      return listLength(heap, a) === listLength(heap, b);
    }
    case TypeId.DICT: {
      if (tb !== TypeId.DICT || dictLength(heap, a) !== dictLength(heap, b)) return false;
      for (let p = dictNext(heap, a, 0); p >= 0; p = dictNext(heap, a, p + 1)) {
        const other = dictGet(heap, b, dictEntryKey(heap, a, p));
        if (other === NULL || hiOf(other) === HI_NULL_MARK) return false;
        const mine = dictEntryValue(heap, a, p);
        if (!sameValue(mine, other) && !eq(heap, mine, other)) return false;
      }
      return true;
    }
    case TypeId.SET: case TypeId.FROZENSET:
      return (tb === TypeId.SET || tb === TypeId.FROZENSET) && setEquals(heap, a, b);
    case TypeId.SLICE: {
      if (tb !== TypeId.SLICE) return false;
      for (const i of [0, 1, 2] as const) {
        const x = rangePart(heap, a, i), y = rangePart(heap, b, i);
        if (!sameValue(x, y) && !eq(heap, x, y)) return false;
      }
      return true;
    }
    case TypeId.RANGE: {
      if (tb !== TypeId.RANGE) return false;
      const n = rangeLength(heap, a);
      if (n !== rangeLength(heap, b)) return false;
      if (n === 0n) return true;
      if (!eq(heap, rangePart(heap, a, 0), rangePart(heap, b, 0))) return false;
      return n === 1n || eq(heap, rangePart(heap, a, 2), rangePart(heap, b, 2));
    }
    case TypeId.FUNCTION: {
      if (tb !== TypeId.FUNCTION) return false;
      const k = nativeKind(heap, a);
      // Bound methods compare equal when they bind the same function to the same object.
      if ((k === NativeKind.BUILTIN || k === NativeKind.METHOD) && nativeKind(heap, b) === k) {
        return sameValue(nget(heap, a, 0), nget(heap, b, 0)) && sameValue(nget(heap, a, 1), nget(heap, b, 1));
      }
      return false;
    }
    default: return false;
  }
}

function isKeysOrItems(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.DICT_VIEW && loOf(nget(heap, v, 1)) !== 1;
}

/** dictview_richcompare's ==: against a set, frozenset or keys/items view, same size and all contained. */
function viewEquals(heap: Heap, a: Value, b: Value): boolean {
  const setLike = (v: Value) => isKeysOrItems(heap, v) || (hiOf(v) === HI_PTR && (ptrType(heap, v) === TypeId.SET || ptrType(heap, v) === TypeId.FROZENSET));
  if (!setLike(a) || !setLike(b)) return false;
  if (lengthOf(heap, a) !== lengthOf(heap, b)) return false;
  return viewHooks.allContainedIn(heap, a, b);
}

/** Set by containers.ts (iteration and `in` live there; importing it here would be circular). */
export const viewHooks = { allContainedIn: (_heap: Heap, _a: Value, _b: Value): boolean => false };

function isFloatNaN(v: Value): boolean {
  return v !== v && (hiOf(v) >>> 0) < 0xfff90000;
}

/** -1/0/1 ordering for `<` and friends, raising CPython's TypeError for unorderable pairs. */
export function compare(heap: Heap, a: Value, b: Value, symbol: string): number | undefined {
  if (isUserObject(heap, a) || isUserObject(heap, b)) return classHooks.compare(heap, a, b, symbol);
  const extCmp = extTypeOf(heap, a)?.compare ?? extTypeOf(heap, b)?.compare;
  if (extCmp !== undefined) { const c = extCmp(heap, a, b, symbol); if (c !== undefined) return c; }
  const ka = numberKind(heap, a);
  const kb = numberKind(heap, b);
  if (ka !== 0 && kb !== 0) return compareNumbers(heap, a, b, ka, kb);
  if (ka === 0 && kb === 0 && hiOf(a) === HI_PTR && hiOf(b) === HI_PTR) {
    const ta = ptrType(heap, a);
    const tb = ptrType(heap, b);
    if (ta === tb) {
      switch (ta) {
        case TypeId.STR: return compareStr(strToJs(heap, a), strToJs(heap, b));
        case TypeId.BYTES: {
          const x = bytesToArray(heap, a), y = bytesToArray(heap, b);
          for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
          return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
        }
        case TypeId.TUPLE: case TypeId.LIST: {
          const list = ta === TypeId.LIST;
          for (let i = 0; ; i++) {
            const na = list ? listLength(heap, a) : tupleLength(heap, a);
            const nb = list ? listLength(heap, b) : tupleLength(heap, b);
            if (i >= na || i >= nb) return na < nb ? -1 : na > nb ? 1 : 0;
            const x = list ? listGet(heap, a, i) : tupleItem(heap, a, i);
            const y = list ? listGet(heap, b, i) : tupleItem(heap, b, i);
            if (sameValue(x, y) || eq(heap, x, y)) continue;
            return compare(heap, x, y, symbol);
          }
        }
        case TypeId.SLICE: {
          // slice_richcompare: as the tuples (start, stop, step).
          const pa = loOf(a) >>> 0, pb = loOf(b) >>> 0;
          for (let i = 0; i < 3; i++) {
            const x = heap.f64[(pa + 8 + i * 8) >>> 3], y = heap.f64[(pb + 8 + i * 8) >>> 3];
            if (sameValue(x, y) || eq(heap, x, y)) continue;
            return compare(heap, x, y, symbol);
          }
          return 0;
        }
        case TypeId.SET: case TypeId.FROZENSET: break;
        default: break;
      }
    }
    if ((ta === TypeId.SET || ta === TypeId.FROZENSET) && (tb === TypeId.SET || tb === TypeId.FROZENSET)) {
      return setCompare(heap, a, b, symbol);
    }
    // dictview_richcompare: a keys/items view ordered against a set or view, as subsets (undefined: false).
    const setLike = (v: Value, t: number) => isKeysOrItems(heap, v) || t === TypeId.SET || t === TypeId.FROZENSET;
    if ((isKeysOrItems(heap, a) || isKeysOrItems(heap, b)) && setLike(a, ta) && setLike(b, tb)) {
      const la = lengthOf(heap, a), lb = lengthOf(heap, b);
      switch (symbol) {
        case '<': return la < lb && viewHooks.allContainedIn(heap, a, b) ? -1 : undefined;
        case '<=': return la <= lb && viewHooks.allContainedIn(heap, a, b) ? -1 : undefined;
        case '>': return la > lb && viewHooks.allContainedIn(heap, b, a) ? 1 : undefined;
        default: return la >= lb && viewHooks.allContainedIn(heap, b, a) ? 1 : undefined;
      }
    }
  }
  throw typeError(`'${symbol}' not supported between instances of '${typeNameOf(heap, a)}' and '${typeNameOf(heap, b)}'`);
}

/** Subset ordering encoded for the comparison ops: returns a value that makes `symbol` right. */
function setCompare(heap: Heap, a: Value, b: Value, symbol: string): number | undefined {
  const sub = isSubset(heap, a, b);
  const sup = isSubset(heap, b, a);
  switch (symbol) {
    case '<': return sub && !sup ? -1 : undefined;
    case '<=': return sub ? -1 : undefined;
    case '>': return sup && !sub ? 1 : undefined;
    default: return sup ? 1 : undefined;
  }
}

export function isSubset(heap: Heap, a: Value, b: Value): boolean {
  if (setLength(heap, a) > setLength(heap, b)) return false;
  for (let p = setNext(heap, a, 0); p >= 0; p = setNext(heap, a, p + 1)) {
    if (!setContains(heap, b, setEntryKey(heap, a, p))) return false;
  }
  return true;
}

/** hash(v) as a JS number (the low word is enough for identity of small values; exact as bigint in hashBig). */
export function hashOf(heap: Heap, v: Value): number {
  return hashValue(heap, v);
}

export { TRUE, FALSE, fromBool, NATIVES };
