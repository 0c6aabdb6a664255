// Subscripts (get/set/delete with ints and slices), `in`, and iteration (iter()/next()) for
// the builtin containers, with CPython's messages. Iterators are native objects (native.ts).

import { generatorHooks } from '../generators.js';
import { withKeyArg } from '../exceptions.js';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { HI_BOOL, HI_INT, HI_NULL, NONE, NULL, type Value, fromBool, fromInt32, hiOf, isNull, loOf, unpack2, words, sameValue } from '../value.js';
import { intFromBigInt, intToBigInt, intAdd, intCompare } from '../int.js';
import { strFromJs, strToJs, strLength, strCodePointAt, strChar, bytesFromArray, bytesToArray, bytesLength, bytesByteAt } from '../str.js';
import { strContains, strSlice } from '../str-heap.js';
import { newList, listAppend, listGet, listLength, listSet, newTuple, tupleInit, tupleLength, listSlice, listReplaceRange } from '../sequence.js';
import { dictGet, dictSet, dictDelete, dictNext, dictEntryKey, dictEntryValue, dictLength } from '../dict.js';
import { setContains, setNext, setEntryKey, setLength } from '../set.js';
import { rangePart } from '../objects.js';
import { hashValue } from '../keys.js';
import { PyError, typeError, indexError } from '../errors.js';
import { adjustSlice } from '../semantics/codepoints.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './native.js';
import { eq, tid, tupleItem, typeNameOf, rangeLength } from './protocol.js';
import { reprValue } from './repr.js';
import { raise } from './exceptions.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { builtinValue, classHooks, isUserTyped } from './class-hooks.js';
import { extTypeOf } from './ext-types.js';
import { rangeItem, rangeSlice } from './range-slice.js';

/** An index value (int or bool) as a JS number; big values saturate (callers range-check). */
export function indexOf(heap: Heap, v: Value, what: string): number {
  if (v !== v) {
    unpack2(v, v);
    if (words[1] === HI_INT || words[1] === HI_BOOL) return words[0];
    if (tid(heap, v) === TypeId.INT) {
      const n = intToBigInt(heap, v);
      return n > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
    }
    if (nativeKind(heap, v) === NativeKind.INSTANCE) {
      const i = classHooks.index(heap, v);
      if (!isNull(i)) return indexOf(heap, i, what);
    }
  }
  // str's subscript has its own wording (unicode_subscript), the type name quoted.
  if (what === 'string') throw typeError(`string indices must be integers, not '${typeNameOf(heap, v)}'`);
  throw typeError(`${what} indices must be integers or slices, not ${typeNameOf(heap, v)}`);
}

function sliceBound(heap: Heap, v: Value): number | null {
  if (hiOf(v) === (0xfffc0000 | 0) && v !== v) return null;
  if (v !== v && hiOf(v) === HI_INT) return loOf(v);
  if (v !== v && (tid(heap, v) === TypeId.INT || tid(heap, v) === TypeId.BOOL)) {
    const n = intToBigInt(heap, v);
    return n > 2n ** 53n ? 2 ** 53 : n < -(2n ** 53n) ? -(2 ** 53) : Number(n);
  }
  // An object with __index__ (`lst[Ix(1):Ix(3)]`, _PyEval_SliceIndex).
  if (v !== v && nativeKind(heap, v) === NativeKind.INSTANCE) {
    const i = classHooks.index(heap, v);
    if (!isNull(i)) return sliceBound(heap, i);
  }
  throw typeError('slice indices must be integers or None or have an __index__ method');
}

/** [start, step, count] of slice `s` over a sequence of `length`. */
export function sliceIndices(heap: Heap, s: Value, length: number): [number, number, number] {
  const [a, , st, count] = adjustSlice(length, sliceBound(heap, rangePart(heap, s, 0)), sliceBound(heap, rangePart(heap, s, 1)), sliceBound(heap, rangePart(heap, s, 2)));
  return [a, st, count];
}

export function dictGetItem(heap: Heap, d: Value, key: Value): Value {
  const v = dictGet(heap, d, key);
  if (isNull(v)) throw withKeyArg(new PyError('KeyError', reprValue(heap, key)), key);
  return v;
}

/** The `count` items of list, tuple or str `c` (type `t`) from index `a` by `step`: a slice of it. */
export function sequenceSlice(heap: Heap, c: Value, t: number, a: number, step: number, count: number): Value {
  if (t === TypeId.LIST) return listSlice(heap, c, a, step, count);
  if (t === TypeId.STR) return strSlice(heap, c, a, step, count); // on the heap's code points (str-heap.ts)
  const out = newTuple(heap, count);
  for (let k = 0, i = a; k < count; k++, i += step) tupleInit(heap, out, k, tupleItem(heap, c, i));
  return out;
}

/** container[key]. */
export function getItem(heap: Heap, c: Value, key: Value): Value {
  const t = tid(heap, c);
  const kt = tid(heap, key);
  switch (t) {
    case TypeId.LIST: {
      if (kt === TypeId.SLICE) {
        const [a, st, count] = sliceIndices(heap, key, listLength(heap, c));
        return sequenceSlice(heap, c, t, a, st, count);
      }
      const n = listLength(heap, c);
      let i = indexOf(heap, key, 'list');
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError('list index out of range');
      return listGet(heap, c, i);
    }
    case TypeId.TUPLE: {
      const n = tupleLength(heap, c);
      if (kt === TypeId.SLICE) {
        const [a, st, count] = sliceIndices(heap, key, n);
        return sequenceSlice(heap, c, t, a, st, count);
      }
      let i = indexOf(heap, key, 'tuple');
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError('tuple index out of range');
      return tupleItem(heap, c, i);
    }
    case TypeId.STR: {
      const n = strLength(heap, c);
      if (kt === TypeId.SLICE) {
        const [a, st, count] = sliceIndices(heap, key, n);
        return sequenceSlice(heap, c, t, a, st, count);
      }
      let i = indexOf(heap, key, 'string');
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError('string index out of range');
      return strChar(heap, strCodePointAt(heap, c, i));
    }
    case TypeId.BYTES: {
      const n = bytesLength(heap, c);
      if (kt === TypeId.SLICE) {
        const [a, st, count] = sliceIndices(heap, key, n);
        const out = new Uint8Array(count);
        // Read straight from the heap (no copy of the whole object per slice); `out` is filled
        // before bytesFromArray allocates.
        for (let k = 0, i = a; k < count; k++, i += st) out[k] = bytesByteAt(heap, c, i);
        return bytesFromArray(heap, out);
      }
      let i = indexOf(heap, key, 'byte');
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError('index out of range');
      return fromInt32(bytesByteAt(heap, c, i));
    }
    case TypeId.DICT: return dictGetItem(heap, c, key);
    case TypeId.RANGE: return kt === TypeId.SLICE ? rangeSlice(heap, c, key) : rangeItem(heap, c, key);
    default:
      if (nativeKind(heap, c) === NativeKind.INSTANCE || nativeKind(heap, c) === NativeKind.CLASS) return classHooks.getItem(heap, c, key);
      { const ext = extTypeOf(heap, c); if (ext?.getItem) return ext.getItem(heap, c, key); }
      if (tid(heap, c) === TypeId.TYPE) { const g = typingHooks.subscript(heap, c, key); if (!isNull(g)) return g; }
      throw typeError(`'${typeNameOf(heap, c)}' object is not subscriptable`);
  }
}

/** container[key] = value. */
export function setItem(heap: Heap, c: Value, key: Value, value: Value): void {
  const t = tid(heap, c);
  if (t === TypeId.LIST) {
    if (tid(heap, key) === TypeId.SLICE) return listSetSlice(heap, c, key, value);
    const n = listLength(heap, c);
    let i = indexOf(heap, key, 'list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('list assignment index out of range');
    listSet(heap, c, i, value);
    return;
  }
  if (t === TypeId.DICT) { dictSet(heap, c, key, value); return; }
  if (isUserTyped(heap, c)) return classHooks.setItem(heap, c, key, value);
  { const ext = extTypeOf(heap, c); if (ext?.setItem) return ext.setItem(heap, c, key, value); }
  throw typeError(`'${typeNameOf(heap, c)}' object does not support item assignment`);
}

function listSetSlice(heap: Heap, list: Value, s: Value, value: Value): void {
  // Another list is read in place (PySequence_Fast); anything else, or the list itself, is copied first.
  let items = value;
  if (tid(heap, value) !== TypeId.LIST || sameValue(value, list)) {
    items = newList(heap);
    extendFromIterable(heap, items, value, () => 'must assign iterable to extended slice');
  }
  const n = listLength(heap, list);
  const [a, st, count] = sliceIndices(heap, s, n);
  const m = listLength(heap, items);
  if (st === 1) {
    // `items` is a fresh list, never `list` itself, so the in-place move cannot alias.
    listReplaceRange(heap, list, a, a + count, items);
    return;
  }
  if (m !== count) throw new PyError('ValueError', `attempt to assign sequence of size ${m} to extended slice of size ${count}`);
  for (let k = 0, i = a; k < count; k++, i += st) listSet(heap, list, i, listGet(heap, items, k));
}

/** Makes `list` hold exactly the items of `from` (in place). */
export function replaceContents(heap: Heap, list: Value, from: Value): void {
  const m = listLength(heap, from);
  let n = listLength(heap, list);
  for (let i = 0; i < m; i++) {
    if (i < n) listSet(heap, list, i, listGet(heap, from, i));
    else listAppend(heap, list, listGet(heap, from, i));
  }
  // Shrink: the list length word is the list's second header word (sequence.ts layout).
  if (n > m) heap.i32[((loOf(list) >>> 0) >>> 2) + 1] = m;
  n = m;
}

/** del container[key]. */
export function delItem(heap: Heap, c: Value, key: Value): void {
  const t = tid(heap, c);
  if (t === TypeId.LIST) {
    const n = listLength(heap, c);
    const kept = newList(heap);
    if (tid(heap, key) === TypeId.SLICE) {
      const [a, st, count] = sliceIndices(heap, key, n);
      const drop = new Set<number>();
      for (let k = 0, i = a; k < count; k++, i += st) drop.add(i);
      for (let i = 0; i < n; i++) if (!drop.has(i)) listAppend(heap, kept, listGet(heap, c, i));
    } else {
      let i = indexOf(heap, key, 'list');
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError('list assignment index out of range');
      for (let j = 0; j < n; j++) if (j !== i) listAppend(heap, kept, listGet(heap, c, j));
    }
    replaceContents(heap, c, kept);
    return;
  }
  if (t === TypeId.DICT) {
    if (!dictDelete(heap, c, key)) throw withKeyArg(new PyError('KeyError', reprValue(heap, key)), key);
    return;
  }
  if (isUserTyped(heap, c)) return classHooks.delItem(heap, c, key);
  { const ext = extTypeOf(heap, c); if (ext?.delItem) return ext.delItem(heap, c, key); }
  throw typeError(`'${typeNameOf(heap, c)}' object doesn't support item deletion`);
}

/** `item in container`. */
export function contains(heap: Heap, container: Value, item: Value): boolean {
  const t = tid(heap, container);
  // Sets first, before the user/extension checks (a set's header type is never theirs): `x in
  // s` is the hot case (nqueens' occupancy sets), and the general path below cost ~80 ns.
  if (t === TypeId.SET || t === TypeId.FROZENSET) return setContains(heap, container, item);
  if (isUserTyped(heap, container)) return classHooks.contains(heap, container, item);
  { const ext = extTypeOf(heap, container); if (ext?.contains) return ext.contains(heap, container, item); }
  switch (t) {
    case TypeId.DICT: hashValue(heap, item); return !isNull(dictGet(heap, container, item));
    case TypeId.SET: case TypeId.FROZENSET: return setContains(heap, container, item);
    case TypeId.STR:
      if (tid(heap, builtinValue(heap, item)) !== TypeId.STR) throw typeError(`'in <string>' requires string as left operand, not ${typeNameOf(heap, item)}`);
      // On the code points (str-heap.ts): no decoding, and no match on half a surrogate pair.
      return strContains(heap, container, builtinValue(heap, item));
    case TypeId.LIST: {
      for (let i = 0; i < listLength(heap, container); i++) {
        const x = listGet(heap, container, i);
        if (sameValue(x, item) || eq(heap, x, item)) return true;
      }
      return false;
    }
    case TypeId.TUPLE: {
      const n = tupleLength(heap, container);
      for (let i = 0; i < n; i++) {
        const x = tupleItem(heap, container, i);
        if (sameValue(x, item) || eq(heap, x, item)) return true;
      }
      return false;
    }
    case TypeId.RANGE: {
      const it = tid(heap, item);
      if (it !== TypeId.INT && it !== TypeId.BOOL) break;
      const v = intToBigInt(heap, item);
      const start = intToBigInt(heap, rangePart(heap, container, 0));
      const stop = intToBigInt(heap, rangePart(heap, container, 1));
      const step = intToBigInt(heap, rangePart(heap, container, 2));
      if (step > 0n ? v < start || v >= stop : v > start || v <= stop) return false;
      return (v - start) % step === 0n;
    }
    case TypeId.BYTES: {
      const b = bytesToArray(heap, container);
      if (tid(heap, item) === TypeId.INT) return b.includes(Number(intToBigInt(heap, item)));
      const needle = bytesToArray(heap, item);
      outer: for (let i = 0; i + needle.length <= b.length; i++) { for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer; return true; }
      return false;
    }
    default: break;
  }
  // Generic: iterate (iterators, views, ...).
  const iterator = getIter(heap, container, () => `argument of type '${typeNameOf(heap, container)}' is not iterable`);
  for (let x = iterNext(heap, iterator); !isNull(x); x = iterNext(heap, iterator)) {
    if (sameValue(x, item) || eq(heap, x, item)) return true;
  }
  return false;
}

function iterOf(heap: Heap, kind: NativeKind, source: Value): Value {
  const it = newNative(heap, kind);
  nset(heap, it, 0, source);
  nset(heap, it, 1, fromInt32(0));
  return it;
}

/**
 * zip(..., strict=True) when iterator i of zip `z` ran out: every iterator must end at the
 * same step (zip_next's ValueErrors; the flag is cleared so the error is raised once).
 */
function zipStrictCheck(heap: Heap, z: Value, i: number): void {
  nset(heap, z, 1, fromBool(false));
  const plural = (k: number) => (k === 1 ? ' 1' : `s 1-${k}`);
  if (i > 0) raise('ValueError', `zip() argument ${i + 1} is shorter than argument${plural(i)}`);
  const its = nget(heap, z, 0);
  for (let j = 1; j < tupleLength(heap, its); j++) {
    if (!isNull(iterNext(heap, tupleItem(heap, nget(heap, z, 0), j)))) raise('ValueError', `zip() argument ${j + 1} is longer than argument${plural(j)}`);
  }
}

/**
 * The iterator over an object that has __getitem__ but no __iter__ (CPython's `iterator`
 * type): it asks v[0], v[1], ... until IndexError or StopIteration (iterNext, SEQ_ITER).
 */
export function sequenceIterator(heap: Heap, v: Value): Value {
  return iterOf(heap, NativeKind.SEQ_ITER, v);
}

/** iter(v); `message` gives the TypeError text when v is not iterable. */
export function getIter(heap: Heap, v: Value, message?: () => string): Value {
  const t = tid(heap, v);
  switch (t) {
    case TypeId.LIST: case TypeId.TUPLE: case TypeId.STR: case TypeId.BYTES: return iterOf(heap, NativeKind.SEQ_ITER, v);
    case TypeId.RANGE: {
      const it = newNative(heap, NativeKind.RANGE_ITER);
      nset(heap, it, 0, rangePart(heap, v, 0));
      nset(heap, it, 1, rangePart(heap, v, 1));
      nset(heap, it, 2, rangePart(heap, v, 2));
      return it;
    }
    case TypeId.DICT: return dictIter(heap, v, 0);
    case TypeId.SET: case TypeId.FROZENSET: {
      const it = iterOf(heap, NativeKind.SET_ITER, v);
      nset(heap, it, 2, fromInt32(setLength(heap, v)));
      return it;
    }
    case TypeId.FUNCTION: {
      const k = nativeKind(heap, v);
      if (k === NativeKind.DICT_VIEW) return dictIter(heap, nget(heap, v, 0), loOf(nget(heap, v, 1)));
      if ((k >= NativeKind.SEQ_ITER && k <= NativeKind.REVERSED) || k === NativeKind.GENERATOR || k === NativeKind.CALLABLE_ITER) return v;
      if (isUserTyped(heap, v)) return classHooks.iter(heap, v);
      const ext = extTypeOf(heap, v);
      if (ext?.iter) return ext.iter(heap, v);
      if (ext?.next) return v;
      break;
    }
    default: break;
  }
  throw typeError(message ? message() : `'${typeNameOf(heap, v)}' object is not iterable`);
}

export function dictIter(heap: Heap, d: Value, mode: number): Value {
  const it = iterOf(heap, NativeKind.DICT_ITER, d);
  nset(heap, it, 2, fromInt32(mode));
  nset(heap, it, 3, fromInt32(dictLength(heap, d)));
  return it;
}

/** Hook for iterators that call Python functions (map, filter): set by the interpreter. */
/** `list[int]` and `int | None` (runtime/builtins/generic-alias.ts installs these): NULL when not applicable. */
export const typingHooks = {
  subscript: (_heap: Heap, _t: Value, _key: Value): Value => NULL,
  union: (_heap: Heap, _a: Value, _b: Value): Value => NULL,
};

export const iterHooks = {
  call1: (_heap: Heap, _f: Value, _x: Value): Value => NONE,
  callN: (_heap: Heap, _f: Value, _args: Value): Value => NONE,
  truthy: (_heap: Heap, _v: Value): boolean => false,
};

/** next(iterator), or NULL when exhausted. */
export function iterNext(heap: Heap, it: Value): Value {
  switch (nativeKind(heap, it)) {
    case NativeKind.INSTANCE: return classHooks.next(heap, it);
    case NativeKind.GENERATOR: return generatorHooks.next(heap, it);
    case NativeKind.SEQ_ITER: {
      const s = nget(heap, it, 0);
      if (isNull(s)) return NULL;
      const i = loOf(nget(heap, it, 1));
      const t = tid(heap, s);
      let n: number;
      let x: Value;
      if (t === TypeId.LIST) { n = listLength(heap, s); if (i < n) x = listGet(heap, s, i); else x = NULL; }
      else if (t === TypeId.TUPLE) { n = tupleLength(heap, s); x = i < n ? tupleItem(heap, s, i) : NULL; }
      else if (t === TypeId.STR) { n = strLength(heap, s); x = i < n ? strChar(heap, strCodePointAt(heap, s, i)) : NULL; }
      else if (t === TypeId.BYTES) { x = i < bytesLength(heap, s) ? fromInt32(bytesByteAt(heap, s, i)) : NULL; }
      else {
        // An object with __getitem__ and no __iter__ (sequenceIterator): s[0], s[1], ... until
        // IndexError or StopIteration, as CPython's iterobject.c.
        try {
          x = classHooks.getItem(heap, s, fromInt32(i));
        } catch (e) {
          const ty = (e as { pyType?: string }).pyType;
          if (ty !== 'IndexError' && ty !== 'StopIteration') throw e;
          x = NULL;
        }
      }
      if (isNull(x)) { nset(heap, it, 0, NULL); return NULL; }
      nset(heap, it, 1, fromInt32(i + 1));
      return x;
    }
    case NativeKind.RANGE_ITER: {
      const cur = nget(heap, it, 0);
      const stop = nget(heap, it, 1);
      const step = nget(heap, it, 2);
      unpack2(cur, stop);
      if (words[1] === HI_INT && words[3] === HI_INT) {
        const c = words[0], e = words[2];
        const st = loOf(step);
        if (hiOf(step) === HI_INT) {
          if (st > 0 ? c >= e : c <= e) return NULL;
          nset(heap, it, 0, intAdd(heap, cur, step));
          return cur;
        }
      }
      const stepPositive = intCompare(heap, step, fromInt32(0)) > 0;
      const cmp = intCompare(heap, cur, stop);
      if (stepPositive ? cmp >= 0 : cmp <= 0) return NULL;
      nset(heap, it, 0, intAdd(heap, cur, step));
      return cur;
    }
    case NativeKind.DICT_ITER: {
      const d = nget(heap, it, 0);
      if (isNull(d)) return NULL;
      if (dictLength(heap, d) !== loOf(nget(heap, it, 3))) {
        nset(heap, it, 3, fromInt32(-1));
        raise('RuntimeError', 'dictionary changed size during iteration');
      }
      const p = dictNext(heap, d, loOf(nget(heap, it, 1)));
      if (p < 0) { nset(heap, it, 0, NULL); return NULL; }
      nset(heap, it, 1, fromInt32(p + 1));
      const mode = loOf(nget(heap, it, 2));
      if (mode === 0) return dictEntryKey(heap, d, p);
      if (mode === 1) return dictEntryValue(heap, d, p);
      const pair = newTuple(heap, 2);
      tupleInit(heap, pair, 0, dictEntryKey(heap, d, p));
      tupleInit(heap, pair, 1, dictEntryValue(heap, d, p));
      return pair;
    }
    case NativeKind.SET_ITER: {
      const s = nget(heap, it, 0);
      if (isNull(s)) return NULL;
      if (setLength(heap, s) !== loOf(nget(heap, it, 2))) {
        nset(heap, it, 2, fromInt32(-1));
        raise('RuntimeError', 'Set changed size during iteration');
      }
      const p = setNext(heap, s, loOf(nget(heap, it, 1)));
      if (p < 0) { nset(heap, it, 0, NULL); return NULL; }
      nset(heap, it, 1, fromInt32(p + 1));
      return setEntryKey(heap, s, p);
    }
    case NativeKind.ENUMERATE: {
      const x = iterNext(heap, nget(heap, it, 0));
      if (isNull(x)) return NULL;
      const count = nget(heap, it, 1);
      const pair = newTuple(heap, 2);
      tupleInit(heap, pair, 0, count);
      tupleInit(heap, pair, 1, x);
      nset(heap, it, 1, intAdd(heap, count, fromInt32(1)));
      return pair;
    }
    case NativeKind.ZIP: {
      const its = nget(heap, it, 0);
      const n = tupleLength(heap, its);
      if (n === 0) return NULL;
      const out = newTuple(heap, n);
      // A handle: a user iterator's __next__ runs Python (a safepoint) while `out` is half built.
      const top = pushHandle(heap, out);
      try {
        for (let i = 0; i < n; i++) {
          const x = iterNext(heap, tupleItem(heap, nget(heap, it, 0), i));
          if (isNull(x)) {
            if (sameValue(nget(heap, it, 1), fromBool(true))) zipStrictCheck(heap, it, i);
            return NULL;
          }
          tupleInit(heap, handleGet(heap, top), i, x);
        }
        return handleGet(heap, top);
      } finally {
        popHandles(heap, top);
      }
    }
    case NativeKind.MAP: {
      const its = nget(heap, it, 1);
      const n = tupleLength(heap, its);
      const args = newTuple(heap, n);
      const top = pushHandle(heap, args); // as zip: __next__ of a user iterator may collect
      try {
        for (let i = 0; i < n; i++) {
          const x = iterNext(heap, tupleItem(heap, nget(heap, it, 1), i));
          if (isNull(x)) return NULL;
          tupleInit(heap, handleGet(heap, top), i, x);
        }
        return stopIsEnd(() => iterHooks.callN(heap, nget(heap, it, 0), handleGet(heap, top)));
      } finally {
        popHandles(heap, top);
      }
    }
    case NativeKind.FILTER: {
      for (;;) {
        const x = iterNext(heap, nget(heap, it, 1));
        if (isNull(x)) return NULL;
        const f = nget(heap, it, 0);
        if (hiOf(f) === (0xfffc0000 | 0)) { if (iterHooks.truthy(heap, x)) return x; continue; }
        const top = pushHandle(heap, x);
        try {
          const keep = stopIsEnd(() => iterHooks.call1(heap, f, handleGet(heap, top)));
          if (isNull(keep)) return NULL;
          if (iterHooks.truthy(heap, keep)) return handleGet(heap, top);
        } finally { popHandles(heap, top); }
      }
    }
    case NativeKind.CALLABLE_ITER: {
      // iter(callable, sentinel): call until the result == sentinel, then stay exhausted.
      const f = nget(heap, it, 0);
      if (isNull(f)) return NULL;
      const x = stopIsEnd(() => iterHooks.callN(heap, f, newTuple(heap, 0)));
      if (isNull(x)) { nset(heap, it, 0, NULL); nset(heap, it, 1, NULL); return NULL; }
      if (isNull(nget(heap, it, 0))) return NULL; // exhausted during the call
      const top = pushHandle(heap, x);
      try {
        if (eq(heap, x, nget(heap, it, 1))) { nset(heap, it, 0, NULL); nset(heap, it, 1, NULL); return NULL; }
        return x;
      } finally { popHandles(heap, top); }
    }
    case NativeKind.REVERSED: {
      const s = nget(heap, it, 0);
      if (isNull(s)) return NULL;
      const i = loOf(nget(heap, it, 1));
      const n = tid(heap, s) === TypeId.LIST ? listLength(heap, s) : tupleLength(heap, s);
      if (i < 0 || i >= n) { nset(heap, it, 0, NULL); return NULL; }
      nset(heap, it, 1, fromInt32(i - 1));
      return tid(heap, s) === TypeId.LIST ? listGet(heap, s, i) : tupleItem(heap, s, i);
    }
    default: {
      const ext = extTypeOf(heap, it);
      if (ext?.next) return stopIsEnd(() => ext.next!(heap, it));
      throw typeError(`'${typeNameOf(heap, it)}' object is not an iterator`);
    }
  }
}

/**
 * `call()`, with a StopIteration escaping it read as the end of the iteration (NULL): a
 * builtin iterator whose callback raises StopIteration (map(f, ...) where f calls next() on
 * an exhausted iterator, itertools' recipes rely on it) ends, as PyIter_Next reads it.
 */
function stopIsEnd(call: () => Value): Value {
  try {
    return call();
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'StopIteration') return NULL;
    throw e;
  }
}

/** Appends every item of `iterable` to `list`. */
export function extendFromIterable(heap: Heap, list: Value, iterable: Value, message?: () => string): void {
  const t = tid(heap, iterable);
  if (t === TypeId.LIST || t === TypeId.TUPLE) {
    const n = t === TypeId.LIST ? listLength(heap, iterable) : tupleLength(heap, iterable);
    for (let i = 0; i < n; i++) listAppend(heap, list, t === TypeId.LIST ? listGet(heap, iterable, i) : tupleItem(heap, iterable, i));
    return;
  }
  const it = getIter(heap, iterable, message);
  for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) listAppend(heap, list, x);
}

export { HI_NULL, raise, dictGet, dictSet };
