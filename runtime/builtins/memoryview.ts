// memoryview basics: a one-dimensional view of unsigned bytes ('B') over bytes or bytearray.
// Indexing and slicing (slices are views of the same memory), assignment through a view of a
// bytearray, len, iteration, ==, tobytes/tolist/hex, and the attributes nbytes, readonly,
// itemsize, format, ndim, shape, obj. Other formats, cast() and multi-dimensional views are
// not offered (an AttributeError names what is missing).
//
// Layout (extension type): F1 the underlying object, F2 start, F3 length, F4 step (small ints).
// A view of a bytearray reads the bytearray's current buffer at each access.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NULL, NONE, TRUE, FALSE, fromInt32, loOf, isNull } from '../value.js';
import { strFromJs, bytesFromArray } from '../str.js';
import { newList, listAppend, newTuple, tupleInit } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { PyError, typeError } from '../errors.js';
import { bytesHex } from '../semantics/decode.js';
import { defineConstructor, defineMethod, arg, self } from './registry.js';
import { defineExtType, newExt, isExt, extKey } from './ext-types.js';
import { nget, nset } from './native.js';
import { tid, typeNameOf } from './protocol.js';
import { getIter } from './containers.js';
import { indexBig, sliceIndicesBig } from './range-slice.js';
import { bytesLikeData, bytesLikeHooks, isByteArray, byteArraySet, byteValue, latin1 } from './bytes-like.js';

function parts(heap: Heap, v: Value): { obj: Value; start: number; length: number; step: number } {
  return { obj: nget(heap, v, 1), start: loOf(nget(heap, v, 2)), length: loOf(nget(heap, v, 3)), step: loOf(nget(heap, v, 4)) };
}

/** The bytes a view shows, as a fresh array. */
export function memoryviewData(heap: Heap, v: Value): Uint8Array {
  const { obj, start, length, step } = parts(heap, v);
  const all = bytesLikeData(heap, obj)!;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = all[start + i * step];
  return out;
}

function newView(heap: Heap, obj: Value, start: number, length: number, step: number): Value {
  const top = pushHandle(heap, obj);
  try {
    const v = newExt(heap, MEMORYVIEW);
    nset(heap, v, 1, handleGet(heap, top));
    nset(heap, v, 2, fromInt32(start));
    nset(heap, v, 3, fromInt32(length));
    nset(heap, v, 4, fromInt32(step));
    return v;
  } finally { popHandles(heap, top); }
}

function position(heap: Heap, v: Value, key: Value): number {
  const { length } = parts(heap, v);
  let i = indexBig(heap, key);
  if (i === null) throw typeError('memoryview: invalid slice key');
  if (i < 0n) i += BigInt(length);
  if (i < 0n || i >= BigInt(length)) throw new PyError('IndexError', 'index out of bounds on dimension 1');
  return Number(i);
}

export const MEMORYVIEW = defineExtType('memoryview', 'builtins', {
  repr: (heap, v) => `<memory at 0x${(loOf(v) >>> 0).toString(16).padStart(12, '0')}>`,
  len: (heap, v) => parts(heap, v).length,
  iter: (heap, v) => {
    const l = newList(heap);
    const top = pushHandle(heap, l);
    try {
      for (const b of memoryviewData(heap, v)) listAppend(heap, handleGet(heap, top), fromInt32(b));
      return getIter(heap, handleGet(heap, top));
    } finally { popHandles(heap, top); }
  },
  getItem: (heap, v, key) => {
    const { obj, start, length, step } = parts(heap, v);
    if (tid(heap, key) === TypeId.SLICE) {
      const [s, e, st] = sliceIndicesBig(heap, key, BigInt(length));
      const n = st > 0n ? (e > s ? (e - s + st - 1n) / st : 0n) : (s > e ? (s - e - st - 1n) / -st : 0n);
      return newView(heap, obj, start + Number(s) * step, Number(n), step * Number(st));
    }
    return fromInt32(bytesLikeData(heap, obj)![start + position(heap, v, key) * step]);
  },
  setItem: (heap, v, key, x) => {
    const { obj, start, length, step } = parts(heap, v);
    if (!isByteArray(heap, obj)) throw typeError('cannot modify read-only memory');
    const all = bytesLikeData(heap, obj)!;
    if (tid(heap, key) === TypeId.SLICE) {
      const [s, e, st] = sliceIndicesBig(heap, key, BigInt(length));
      const idx: number[] = [];
      for (let i = s; st > 0n ? i < e : i > e; i += st) idx.push(Number(i));
      const src = bytesLikeData(heap, x) ?? (isExt(heap, x, MEMORYVIEW) ? memoryviewData(heap, x) : null);
      if (src === null) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, x)}'`);
      if (src.length !== idx.length) throw new PyError('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      idx.forEach((i, k) => { all[start + i * step] = src[k]; });
    } else {
      all[start + position(heap, v, key) * step] = byteValue(heap, x);
    }
    byteArraySet(heap, obj, all);
  },
  contains: (heap, v, x) => memoryviewData(heap, v).includes(byteValue(heap, x)),
  eq: (heap, a, b) => {
    const x = isExt(heap, a, MEMORYVIEW) ? memoryviewData(heap, a) : bytesLikeData(heap, a);
    const y = isExt(heap, b, MEMORYVIEW) ? memoryviewData(heap, b) : bytesLikeData(heap, b);
    if (x === null || y === null) return undefined;
    return x.length === y.length && x.every((c, i) => c === y[i]);
  },
  // memory_hash: a read-only view hashes as its bytes; a writable one (of a bytearray) refuses.
  hash: (heap, v) => {
    if (isByteArray(heap, parts(heap, v).obj)) throw new PyError('ValueError', 'cannot hash writable memoryview object');
    return hashValue(heap, bytesFromArray(heap, memoryviewData(heap, v)));
  },
  getAttr: (heap, v, name) => {
    const { obj, length } = parts(heap, v);
    switch (name) {
      case 'nbytes': return fromInt32(length);
      case 'readonly': return isByteArray(heap, obj) ? FALSE : TRUE;
      case 'itemsize': return fromInt32(1);
      case 'ndim': return fromInt32(1);
      case 'format': return strFromJs(heap, 'B');
      case 'obj': return obj;
      // One dimension: contiguous exactly when the view's step is 1 (m[::2] is not).
      case 'contiguous': case 'c_contiguous': case 'f_contiguous': return loOf(nget(heap, v, 4)) === 1 ? TRUE : FALSE;
      case 'shape': case 'strides': {
        const t = newTuple(heap, 1);
        tupleInit(heap, t, 0, fromInt32(name === 'shape' ? length : loOf(nget(heap, v, 4))));
        return t;
      }
      default: return NULL;
    }
  },
});

import { hexWithSeparator } from './bytes-methods.js';
import { hashValue } from '../keys.js';
const MV = extKey(MEMORYVIEW);
defineMethod(MV, 'memoryview', 'tobytes', 'order=', (heap, a) => bytesFromArray(heap, memoryviewData(heap, self(heap, a))));
defineMethod(MV, 'memoryview', 'hex', 'sep=, bytes_per_sep=', (heap, a) => hexWithSeparator(heap, memoryviewData(heap, self(heap, a)), a));
defineMethod(MV, 'memoryview', 'tolist', '', (heap, a) => {
  const l = newList(heap);
  const top = pushHandle(heap, l);
  try {
    for (const b of memoryviewData(heap, self(heap, a))) listAppend(heap, handleGet(heap, top), fromInt32(b));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
});
defineMethod(MV, 'memoryview', 'release', '', () => NONE);
defineMethod(MV, 'memoryview', '__enter__', '', (heap, a) => self(heap, a));
defineMethod(MV, 'memoryview', '__exit__', '*args', () => NONE);

defineConstructor(TypeId.MEMORYVIEW, 'memoryview', 'object', (heap, a) => {
  const obj = arg(heap, a, 0);
  if (isExt(heap, obj, MEMORYVIEW)) { const p = parts(heap, obj); return newView(heap, p.obj, p.start, p.length, p.step); }
  const data = bytesLikeData(heap, obj);
  if (data === null) throw typeError(`memoryview: a bytes-like object is required, not '${typeNameOf(heap, obj)}'`);
  return newView(heap, obj, 0, data.length, 1);
});
void isNull; void latin1;

bytesLikeHooks.other = (heap, v) => (isExt(heap, v, MEMORYVIEW) ? memoryviewData(heap, v) : null);
