// Methods of the builtin types: list, dict, set, str (with runtime/semantics for the exact
// string behaviour), int/float and bytes basics.

import { builtinValue, indexValue } from './class-hooks.js';
import { withKeyArg } from '../exceptions.js';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { FALSE, NONE, NULL, TRUE, type Value, fromBool, fromInt32, isNull, hiOf, loOf, sameValue } from '../value.js';
import { intFromBigInt, intFromNumber, intToBigInt } from '../int.js';
import { internStr, strFromJs, strToJs, bytesFromArray, bytesToArray } from '../str.js';
import { newList, listAppend, listGet, listLength, listSet, listPop, listInsert, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { newDict, dictGet, dictSet, dictDelete, dictNext, dictEntryKey, dictEntryValue, dictLength } from '../dict.js';
import { setSwapBodies } from '../set.js';
import { newSet, setAdd, setDiscard, setContains, setPop, setLength, setNext, setEntryKey } from '../set.js';
import { pushHandle } from '../gc.js';
import { PyError, typeError, indexError } from '../errors.js';
import * as S from '../semantics/str-methods.js';
import * as C from '../semantics/str-case.js';
import { encode } from '../semantics/encode.js';
import { strFormat, type FormatHooks } from '../semantics/str-format.js';
import { bitLength, bitCount } from '../semantics/int.js';
import { floatIsInteger } from '../semantics/float.js';
import { defineMethod, arg, self } from './registry.js';
import { NativeKind, newNative, nset } from './native.js';
import { raise } from './exceptions.js';
import { eq, tid, tupleItem, typeNameOf, isIntValue, truthy, lengthOf } from './protocol.js';
import { reprValue, strValue } from './repr.js';
import { extendFromIterable, getItem, replaceContents } from './containers.js';
import { formatValue, loadAttr } from './objects.js';
import { asciiEscape } from '../semantics/codepoints.js';
import { sortList } from './sort.js';
import { updateDict } from './functions.js';
import { isSubset } from './protocol.js';

const L = TypeId.LIST, D = TypeId.DICT, ST = TypeId.SET, STR = TypeId.STR, T = TypeId.TUPLE;

/** An optional int argument (NULL or None: dflt), clamped to ±2**53; also used by str-methods.ts. */
export function intArg(heap: Heap, v: Value, dflt: number): number {
  if (isNull(v) || (v !== v && hiOf(v) === hiOf(NONE))) return dflt;
  v = indexValue(heap, v); // __index__ of a user object
  if (!isIntValue(heap, v)) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(heap, v);
  return n > 2n ** 53n ? 2 ** 53 : n < -(2n ** 53n) ? -(2 ** 53) : Number(n);
}
export const optInt = (heap: Heap, v: Value): number | null => (isNull(v) || (v !== v && hiOf(v) === hiOf(NONE)) ? null : intArg(heap, v, 0));

// --- list ---
defineMethod(L, 'list', 'append', 'object, /', (heap, a) => { listAppend(heap, self(heap, a), arg(heap, a, 0)); return NONE; });
defineMethod(L, 'list', 'extend', 'iterable, /', (heap, a) => { extendFromIterable(heap, self(heap, a), arg(heap, a, 0)); return NONE; });
defineMethod(L, 'list', 'pop', 'index=, /', (heap, a) => {
  const l = self(heap, a);
  if (listLength(heap, l) === 0) throw indexError('pop from empty list');
  const i = intArg(heap, arg(heap, a, 0), -1);
  const n = listLength(heap, l);
  if ((i < 0 ? i + n : i) < 0 || (i < 0 ? i + n : i) >= n) throw indexError('pop index out of range');
  return listPop(heap, l, i < 0 ? i + n : i);
});
defineMethod(L, 'list', 'insert', 'index, object, /', (heap, a) => {
  const l = self(heap, a);
  const n = listLength(heap, l);
  let i = intArg(heap, arg(heap, a, 0), 0);
  if (i < 0) i = Math.max(0, i + n);
  listInsert(heap, l, Math.min(i, n), arg(heap, a, 1));
  return NONE;
});
defineMethod(L, 'list', 'sort', '*, key=, reverse=', (heap, a) => { sortList(heap, self(heap, a), arg(heap, a, 0), arg(heap, a, 1)); return NONE; });
defineMethod(L, 'list', 'reverse', '', (heap, a) => {
  const l = self(heap, a); const n = listLength(heap, l);
  for (let i = 0, j = n - 1; i < j; i++, j--) { const x = listGet(heap, l, i); listSet(heap, l, i, listGet(heap, l, j)); listSet(heap, l, j, x); }
  return NONE;
});
defineMethod(L, 'list', 'copy', '', (heap, a) => { const out = newList(heap); extendFromIterable(heap, out, self(heap, a)); return out; });
defineMethod(L, 'list', 'clear', '', (heap, a) => { replaceContents(heap, self(heap, a), newList(heap)); return NONE; });
function seqIndex(heap: Heap, s: Value, x: Value, what: string, start: Value, stop: Value): Value {
  const n = lengthOf(heap, s);
  let b = intArg(heap, start, 0), e = intArg(heap, stop, n);
  if (b < 0) b = Math.max(0, b + n);
  if (e < 0) e = Math.max(0, e + n);
  for (let i = b; i < Math.min(e, lengthOf(heap, s)); i++) {
    const y = tid(heap, s) === L ? listGet(heap, s, i) : tupleItem(heap, s, i);
    if (sameValue(x, y) || eq(heap, y, x)) return fromInt32(i);
  }
  return raise('ValueError', what === 'list' ? `${reprValue(heap, x)} is not in list` : 'tuple.index(x): x not in tuple');
}
function seqCount(heap: Heap, s: Value, x: Value): Value {
  let c = 0;
  for (let i = 0; i < lengthOf(heap, s); i++) {
    const y = tid(heap, s) === L ? listGet(heap, s, i) : tupleItem(heap, s, i);
    if (sameValue(x, y) || eq(heap, y, x)) c++;
  }
  return fromInt32(c);
}
defineMethod(L, 'list', 'index', 'value, start=, stop=, /', (heap, a) => seqIndex(heap, self(heap, a), arg(heap, a, 0), 'list', arg(heap, a, 1), arg(heap, a, 2)));
defineMethod(L, 'list', 'count', 'value, /', (heap, a) => seqCount(heap, self(heap, a), arg(heap, a, 0)));
defineMethod(L, 'list', 'remove', 'value, /', (heap, a) => {
  const l = self(heap, a), x = arg(heap, a, 0);
  for (let i = 0; i < listLength(heap, l); i++) {
    const y = listGet(heap, l, i);
    if (sameValue(x, y) || eq(heap, y, x)) { listPop(heap, l, i); return NONE; }
  }
  return raise('ValueError', 'list.remove(x): x not in list');
});
defineMethod(T, 'tuple', 'index', 'value, start=, stop=, /', (heap, a) => seqIndex(heap, self(heap, a), arg(heap, a, 0), 'tuple', arg(heap, a, 1), arg(heap, a, 2)));
defineMethod(T, 'tuple', 'count', 'value, /', (heap, a) => seqCount(heap, self(heap, a), arg(heap, a, 0)));

// --- dict ---
function view(heap: Heap, d: Value, mode: number): Value {
  const v = newNative(heap, NativeKind.DICT_VIEW);
  nset(heap, v, 0, d);
  nset(heap, v, 1, fromInt32(mode));
  return v;
}
defineMethod(D, 'dict', 'keys', '', (heap, a) => view(heap, self(heap, a), 0));
defineMethod(D, 'dict', 'values', '', (heap, a) => view(heap, self(heap, a), 1));
defineMethod(D, 'dict', 'items', '', (heap, a) => view(heap, self(heap, a), 2));
defineMethod(D, 'dict', 'get', 'key, default=, /', (heap, a) => { const v = dictGet(heap, self(heap, a), arg(heap, a, 0)); return isNull(v) ? (isNull(arg(heap, a, 1)) ? NONE : arg(heap, a, 1)) : v; });
defineMethod(D, 'dict', 'setdefault', 'key, default=, /', (heap, a) => {
  const d = self(heap, a), k = arg(heap, a, 0);
  const v = dictGet(heap, d, k);
  if (!isNull(v)) return v;
  const dv = isNull(arg(heap, a, 1)) ? NONE : arg(heap, a, 1);
  dictSet(heap, d, k, dv);
  return dv;
});
defineMethod(D, 'dict', 'pop', 'key, default=, /', (heap, a) => {
  const d = self(heap, a), k = arg(heap, a, 0);
  const v = dictGet(heap, d, k);
  if (isNull(v)) { if (!isNull(arg(heap, a, 1))) return arg(heap, a, 1); throw withKeyArg(new PyError('KeyError', reprValue(heap, k)), k); }
  pushHandle(heap, v);
  dictDelete(heap, d, k);
  return v;
});
defineMethod(D, 'dict', 'popitem', '', (heap, a) => {
  const d = self(heap, a);
  let last = -1;
  for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) last = p;
  if (last < 0) throw new PyError('KeyError', "'popitem(): dictionary is empty'");
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, dictEntryKey(heap, d, last));
  tupleInit(heap, t, 1, dictEntryValue(heap, d, last));
  pushHandle(heap, t);
  dictDelete(heap, d, tupleItem(heap, t, 0));
  return t;
});
defineMethod(D, 'dict', 'update', 'other=, /, **kwargs', (heap, a) => {
  const d = self(heap, a);
  if (!isNull(arg(heap, a, 0))) updateDict(heap, d, arg(heap, a, 0));
  updateDict(heap, d, arg(heap, a, 1));
  return NONE;
});
defineMethod(D, 'dict', 'copy', '', (heap, a) => { const out = newDict(heap); updateDict(heap, out, self(heap, a)); return out; });
defineMethod(D, 'dict', 'clear', '', (heap, a) => {
  const d = self(heap, a);
  const keys = newList(heap);
  pushHandle(heap, keys);
  for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) listAppend(heap, keys, dictEntryKey(heap, d, p));
  for (let i = 0; i < listLength(heap, keys); i++) dictDelete(heap, d, listGet(heap, keys, i));
  return NONE;
});

// --- set ---
defineMethod(ST, 'set', 'add', 'object, /', (heap, a) => { setAdd(heap, self(heap, a), arg(heap, a, 0)); return NONE; });
defineMethod(ST, 'set', 'discard', 'object, /', (heap, a) => { setDiscard(heap, self(heap, a), arg(heap, a, 0)); return NONE; });
defineMethod(ST, 'set', 'remove', 'object, /', (heap, a) => { if (!setDiscard(heap, self(heap, a), arg(heap, a, 0))) throw withKeyArg(new PyError('KeyError', reprValue(heap, arg(heap, a, 0))), arg(heap, a, 0)); return NONE; });
defineMethod(ST, 'set', 'clear', '', (heap, a) => { setSwapBodies(heap, self(heap, a), newSet(heap)); return NONE; });
defineMethod(ST, 'set', 'pop', '', (heap, a) => { if (setLength(heap, self(heap, a)) === 0) throw new PyError('KeyError', "'pop from an empty set'"); return setPop(heap, self(heap, a)); });
/** other as a set: itself when it is a set or frozenset, else a new set of its items (rooted by a handle). */
function asSet(heap: Heap, other: Value): Value {
  const t = tid(heap, other);
  if (t === TypeId.SET || t === TypeId.FROZENSET) return other;
  const items = newList(heap); pushHandle(heap, items);
  extendFromIterable(heap, items, other);
  const o = newSet(heap); pushHandle(heap, o);
  for (let j = 0; j < listLength(heap, items); j++) setAdd(heap, o, listGet(heap, items, j));
  return o;
}
defineMethod(ST, 'set', 'issubset', 'other, /', (heap, a) => fromBool(isSubset(heap, self(heap, a), asSet(heap, arg(heap, a, 0)))));
defineMethod(ST, 'set', 'issuperset', 'other, /', (heap, a) => fromBool(isSubset(heap, asSet(heap, arg(heap, a, 0)), self(heap, a))));
// update, copy, the algebra and its in-place variants: set-ops.ts (CPython's algorithms).
import './set-ops.js';
import './bytes-methods.js';
import './number-methods.js';
import './range-slice.js';
import './introspect.js';
import './iterator-dunders.js';
import './memoryview.js';

import './str-methods.js'; // str's methods (str-methods.ts)

// --- int / float ---
defineMethod(TypeId.INT, 'int', 'bit_length', '', (heap, a) => fromInt32(bitLength(intToBigInt(heap, self(heap, a)))));
defineMethod(TypeId.INT, 'int', 'bit_count', '', (heap, a) => fromInt32(bitCount(intToBigInt(heap, self(heap, a)))));
defineMethod(TypeId.FLOAT, 'float', 'is_integer', '', (heap, a) => fromBool(floatIsInteger(self(heap, a))));

// --- bytes ---

export { TRUE, FALSE, NULL, loOf, dictLength, intFromBigInt };
