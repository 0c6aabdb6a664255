// Slices with arbitrary-precision bounds (Objects/sliceobject.c's _PySlice_GetLongIndices):
// slice.indices(), range[slice] (rangeobject.c's compute_slice), big range indexing, and
// range.index/count. Everything is bigint, as CPython's long-based paths are, so a slice of
// range(0, 10**30, 7) is exact.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, isNone, fromInt32 } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { newRange, rangePart } from '../objects.js';
import { newTuple, tupleInit } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { PyError, typeError } from '../errors.js';
import { defineMethod, arg, self } from './registry.js';
import { tid, isIntValue, rangeLength, typeNameOf, eq } from './protocol.js';
import { classHooks } from './class-hooks.js';
import { NativeKind, nativeKind } from './native.js';
import { getIter, iterNext } from './containers.js';
import { reprValue } from './repr.js';
import { isNull } from '../value.js';

/** operator.index(v) as a bigint (ints, bools, objects with __index__); null when v has none. */
export function indexBig(heap: Heap, v: Value): bigint | null {
  if (isIntValue(heap, v)) return intToBigInt(heap, v);
  if (nativeKind(heap, v) === NativeKind.INSTANCE) {
    const i = classHooks.index(heap, v);
    if (!isNull(i)) return intToBigInt(heap, i);
  }
  return null;
}

function bound(heap: Heap, v: Value): bigint | null {
  if (isNone(v)) return null;
  const n = indexBig(heap, v);
  if (n === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  return n;
}

/** [start, stop, step] of a slice over `length` items, clamped as CPython does. */
export function sliceIndicesBig(heap: Heap, s: Value, length: bigint): [bigint, bigint, bigint] {
  const stepV = bound(heap, rangePart(heap, s, 2));
  const step = stepV ?? 1n;
  if (step === 0n) throw new PyError('ValueError', 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) { v += length; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  const start = clamp(bound(heap, rangePart(heap, s, 0)), step < 0n ? upper : lower);
  const stop = clamp(bound(heap, rangePart(heap, s, 1)), step < 0n ? lower : upper);
  return [start, stop, step];
}

/** range[slice]: a new range (compute_slice). */
export function rangeSlice(heap: Heap, r: Value, s: Value): Value {
  const [start, stop, step] = sliceIndicesBig(heap, s, rangeLength(heap, r));
  const rStart = intToBigInt(heap, rangePart(heap, r, 0)), rStep = intToBigInt(heap, rangePart(heap, r, 2));
  const a = pushHandle(heap, intFromBigInt(heap, rStart + start * rStep));
  try {
    pushHandle(heap, intFromBigInt(heap, rStart + stop * rStep));
    pushHandle(heap, intFromBigInt(heap, step * rStep));
    return newRange(heap, handleGet(heap, a), handleGet(heap, a + 1), handleGet(heap, a + 2));
  } finally { popHandles(heap, a); }
}

/** range[i] for any int-like i (big ones included). */
export function rangeItem(heap: Heap, r: Value, key: Value): Value {
  let i = indexBig(heap, key);
  if (i === null) throw typeError(`range indices must be integers or slices, not ${typeNameOf(heap, key)}`);
  const len = rangeLength(heap, r);
  if (i < 0n) i += len;
  if (i < 0n || i >= len) throw new PyError('IndexError', 'range object index out of range');
  return intFromBigInt(heap, intToBigInt(heap, rangePart(heap, r, 0)) + i * intToBigInt(heap, rangePart(heap, r, 2)));
}

/** The position of int x in range r, or -1n. */
function rangePosition(heap: Heap, r: Value, x: bigint): bigint {
  const start = intToBigInt(heap, rangePart(heap, r, 0)), stop = intToBigInt(heap, rangePart(heap, r, 1)), step = intToBigInt(heap, rangePart(heap, r, 2));
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return -1n;
  return (x - start) % step === 0n ? (x - start) / step : -1n;
}

const RANGE = TypeId.RANGE;
defineMethod(RANGE, 'range', 'index', 'value, /', (heap, a) => {
  const r = self(heap, a), x = arg(heap, a, 0);
  if (tid(heap, x) === TypeId.INT || tid(heap, x) === TypeId.BOOL) {
    const p = rangePosition(heap, r, intToBigInt(heap, x));
    if (p < 0n) throw new PyError('ValueError', `${reprValue(heap, x)} is not in range`);
    return intFromBigInt(heap, p);
  }
  // Anything else: a linear search by ==, as _PySequence_IterSearch.
  const top = pushHandle(heap, getIter(heap, r));
  try {
    for (let i = 0n, v = iterNext(heap, handleGet(heap, top)); !isNull(v); i++, v = iterNext(heap, handleGet(heap, top))) {
      if (eq(heap, v, x)) return intFromBigInt(heap, i);
    }
  } finally { popHandles(heap, top); }
  throw new PyError('ValueError', 'sequence.index(x): x not in sequence');
});
defineMethod(RANGE, 'range', 'count', 'value, /', (heap, a) => {
  const r = self(heap, a), x = arg(heap, a, 0);
  if (tid(heap, x) === TypeId.INT || tid(heap, x) === TypeId.BOOL) return fromInt32(rangePosition(heap, r, intToBigInt(heap, x)) >= 0n ? 1 : 0);
  let n = 0;
  const top = pushHandle(heap, getIter(heap, r));
  try {
    for (let v = iterNext(heap, handleGet(heap, top)); !isNull(v); v = iterNext(heap, handleGet(heap, top))) if (eq(heap, v, x)) n++;
  } finally { popHandles(heap, top); }
  return fromInt32(n);
});

defineMethod(TypeId.SLICE, 'slice', 'indices', 'length, /', (heap, a) => {
  const n = indexBig(heap, arg(heap, a, 0));
  if (n === null) throw typeError(`'${typeNameOf(heap, arg(heap, a, 0))}' object cannot be interpreted as an integer`);
  if (n < 0n) throw new PyError('ValueError', 'length should not be negative');
  const [start, stop, step] = sliceIndicesBig(heap, self(heap, a), n);
  const t = newTuple(heap, 3);
  const top = pushHandle(heap, t);
  try {
    tupleInit(heap, handleGet(heap, top), 0, intFromBigInt(heap, start));
    tupleInit(heap, handleGet(heap, top), 1, intFromBigInt(heap, stop));
    tupleInit(heap, handleGet(heap, top), 2, intFromBigInt(heap, step));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
});
void NONE;

/** The data attributes of range and slice objects (start, stop, step), or undefined. */
export function rangeSliceAttr(heap: Heap, v: Value, name: string): Value | undefined {
  const t = tid(heap, v);
  if (t !== TypeId.RANGE && t !== TypeId.SLICE) return undefined;
  const i = name === 'start' ? 0 : name === 'stop' ? 1 : name === 'step' ? 2 : -1;
  return i < 0 ? undefined : rangePart(heap, v, i as 0 | 1 | 2);
}
