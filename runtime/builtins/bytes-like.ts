// bytearray, and what bytes and bytearray share: reading either as a Uint8Array, building a
// result of the same kind as `self`, and the bytearray type itself (an extension type,
// ext-types.ts, whose type object is TypeId.BYTEARRAY's).
//
// Layout of a bytearray (NativeKind.EXT): F1 a bytes object used as the buffer (its own length
// is the capacity; bytes past the bytearray's length are garbage), F2 the length (small int).
// Mutation writes into the buffer and replaces it with a bigger one when it is full
// (amortized growth as CPython's bytearray_resize), so appends in a loop stay linear.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NULL, fromInt32, isNull, loOf } from '../value.js';
import { bytesFromArray, bytesToArray, bytesLength, STR_DATA } from '../str.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { PyError, typeError } from '../errors.js';
import { bytesRepr } from '../repr.js';
import { nget, nset } from './native.js';
import { defineExtType, newExt, isExt } from './ext-types.js';
import { tid, typeNameOf, truthy } from './protocol.js';
import { indexBig, sliceIndicesBig } from './range-slice.js';

/** bytes or bytearray contents as a fresh Uint8Array; null for anything else. */
export function bytesLikeData(heap: Heap, v: Value): Uint8Array | null {
  if (tid(heap, v) === TypeId.BYTES) return bytesToArray(heap, v);
  if (isByteArray(heap, v)) return byteArrayData(heap, v);
  return bytesLikeHooks.other(heap, v);
}

/** Other buffer providers (memoryview.ts sets this; importing it here would be circular). */
export const bytesLikeHooks = { other: (_heap: Heap, _v: Value): Uint8Array | null => null };

export function isByteArray(heap: Heap, v: Value): boolean {
  return isExt(heap, v, BYTEARRAY);
}

function byteArrayData(heap: Heap, v: Value): Uint8Array {
  const buf = nget(heap, v, 1);
  const n = loOf(nget(heap, v, 2));
  const a = loOf(buf) >>> 0;
  return heap.u8.slice(a + STR_DATA, a + STR_DATA + n);
}

export function byteArrayLength(heap: Heap, v: Value): number {
  return loOf(nget(heap, v, 2));
}

/** A new bytearray holding a copy of `data`. */
export function newByteArray(heap: Heap, data: ArrayLike<number>): Value {
  const buf = bytesFromArray(heap, data);
  const top = pushHandle(heap, buf);
  try {
    const v = newExt(heap, BYTEARRAY);
    nset(heap, v, 1, handleGet(heap, top));
    nset(heap, v, 2, fromInt32(data.length));
    return v;
  } finally { popHandles(heap, top); }
}

/** Replaces a bytearray's contents (its identity stays). */
export function byteArraySet(heap: Heap, v: Value, data: ArrayLike<number>): void {
  const top = pushHandle(heap, v);
  try {
    let buf = nget(heap, v, 1);
    if (bytesLength(heap, buf) < data.length) {
      const grown = new Uint8Array(data.length + (data.length >> 3) + 6);
      grown.set(data as Uint8Array);
      buf = bytesFromArray(heap, grown);
      nset(heap, handleGet(heap, top), 1, buf);
    } else {
      heap.u8.set(data, (loOf(buf) >>> 0) + STR_DATA);
    }
    nset(heap, handleGet(heap, top), 2, fromInt32(data.length));
  } finally { popHandles(heap, top); }
}

/** bytearray.append(byte): amortized O(1). */
export function byteArrayAppend(heap: Heap, v: Value, byte: number): void {
  const n = byteArrayLength(heap, v);
  const buf = nget(heap, v, 1);
  if (bytesLength(heap, buf) > n) {
    heap.u8[(loOf(buf) >>> 0) + STR_DATA + n] = byte;
    nset(heap, v, 2, fromInt32(n + 1));
    return;
  }
  const data = new Uint8Array(n + 1);
  data.set(byteArrayData(heap, v));
  data[n] = byte;
  byteArraySet(heap, v, data);
}

/** A result of the same kind as `like`: bytes for bytes, bytearray for bytearray. */
export function sameKindBytes(heap: Heap, like: Value, data: ArrayLike<number>): Value {
  return isByteArray(heap, like) ? newByteArray(heap, data) : bytesFromArray(heap, data);
}

/** A byte value 0..255 from an int-like, with CPython's messages. */
export function byteValue(heap: Heap, v: Value, noun: 'byte' | 'bytes' = 'byte'): number {
  const n = indexBig(heap, v);
  if (n === null) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  if (n < 0n || n > 255n) throw new PyError('ValueError', `${noun} must be in range(0, 256)`);
  return Number(n);
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

/** bytearray[key] = value (an int, or a bytes-like/iterable of ints for a slice). */
function setItem(heap: Heap, v: Value, key: Value, x: Value): void {
  const data = byteArrayData(heap, v);
  if (tid(heap, key) === TypeId.SLICE) {
    const repl = bytesLikeData(heap, x) ?? iterableBytes(heap, x, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    const [start, stop, step] = sliceIndicesBig(heap, key, BigInt(data.length));
    if (step === 1n) {
      const s = Number(start), e = Math.max(Number(stop), s);
      const out = new Uint8Array(data.length - (e - s) + repl.length);
      out.set(data.subarray(0, s)); out.set(repl, s); out.set(data.subarray(e), s + repl.length);
      byteArraySet(heap, v, out);
      return;
    }
    const idx: number[] = [];
    for (let i = start; step > 0n ? i < stop : i > stop; i += step) idx.push(Number(i));
    if (idx.length !== repl.length) throw new PyError('ValueError', `attempt to assign bytes of size ${repl.length} to extended slice of size ${idx.length}`);
    idx.forEach((i, k) => { data[i] = repl[k]; });
    byteArraySet(heap, v, data);
    return;
  }
  let i = indexBig(heap, key);
  if (i === null) throw typeError(`bytearray indices must be integers or slices, not ${typeNameOf(heap, key)}`);
  if (i < 0n) i += BigInt(data.length);
  if (i < 0n || i >= BigInt(data.length)) throw new PyError('IndexError', 'bytearray index out of range');
  data[Number(i)] = byteValue(heap, x);
  byteArraySet(heap, v, data);
}

function delItem(heap: Heap, v: Value, key: Value): void {
  const data = byteArrayData(heap, v);
  const drop = new Set<number>();
  if (tid(heap, key) === TypeId.SLICE) {
    const [start, stop, step] = sliceIndicesBig(heap, key, BigInt(data.length));
    for (let i = start; step > 0n ? i < stop : i > stop; i += step) drop.add(Number(i));
  } else {
    let i = indexBig(heap, key);
    if (i === null) throw typeError(`bytearray indices must be integers or slices, not ${typeNameOf(heap, key)}`);
    if (i < 0n) i += BigInt(data.length);
    if (i < 0n || i >= BigInt(data.length)) throw new PyError('IndexError', 'bytearray index out of range');
    drop.add(Number(i));
  }
  byteArraySet(heap, v, data.filter((_, i) => !drop.has(i)));
}

/** The ints of an iterable as bytes (bytes(iterable), bytearray(iterable), slice assignment). */
export function iterableBytes(heap: Heap, src: Value, notIterable: string, noun: 'byte' | 'bytes' = 'byte'): Uint8Array {
  const out: number[] = [];
  const top = pushHandle(heap, getIterHook(heap, src, notIterable));
  try {
    for (let x = nextHook(heap, handleGet(heap, top)); !isNull(x); x = nextHook(heap, handleGet(heap, top))) out.push(byteValue(heap, x, noun));
  } finally { popHandles(heap, top); }
  return Uint8Array.from(out);
}

// containers.ts imports this file's users; iteration is reached through it lazily.
import { getIter, iterNext, getItem } from './containers.js';
function getIterHook(heap: Heap, v: Value, message: string): Value { return getIter(heap, v, () => message); }
function nextHook(heap: Heap, it: Value): Value { return iterNext(heap, it); }

/** bytearray_repr: bytes' quoting, except that a ' is escaped even inside double quotes (bytearray(b"it\'s")). */
function byteArrayRepr(data: Uint8Array): string {
  const r = bytesRepr(data);
  return `bytearray(${r.startsWith('b"') ? `b"${r.slice(2, -1).replaceAll("'", "\\'")}"` : r})`;
}

export const BYTEARRAY = defineExtType('bytearray', 'builtins', {
  repr: (heap, v) => byteArrayRepr(byteArrayData(heap, v)),
  str: (heap, v) => byteArrayRepr(byteArrayData(heap, v)),
  len: (heap, v) => byteArrayLength(heap, v),
  hash: () => { throw typeError("unhashable type: 'bytearray'"); },
  truthy: (heap, v) => byteArrayLength(heap, v) !== 0,
  iter: (heap, v) => getIter(heap, newListOfInts(heap, byteArrayData(heap, v))),
  getItem: (heap, v, key) => {
    const data = byteArrayData(heap, v);
    if (tid(heap, key) === TypeId.SLICE) {
      const top = pushHandle(heap, bytesFromArray(heap, data));
      try { return newByteArray(heap, bytesToArray(heap, getItem(heap, handleGet(heap, top), key))); } finally { popHandles(heap, top); }
    }
    let i = indexBig(heap, key);
    if (i === null) throw typeError(`bytearray indices must be integers or slices, not ${typeNameOf(heap, key)}`);
    if (i < 0n) i += BigInt(data.length);
    if (i < 0n || i >= BigInt(data.length)) throw new PyError('IndexError', 'bytearray index out of range');
    return fromInt32(data[Number(i)]);
  },
  setItem,
  delItem,
  contains: (heap, v, x) => {
    const data = byteArrayData(heap, v);
    const needle = bytesLikeData(heap, x);
    if (needle === null) return data.includes(byteValue(heap, x));
    return latin1(data).includes(latin1(needle));
  },
  eq: (heap, a, b) => {
    const x = bytesLikeData(heap, a), y = bytesLikeData(heap, b);
    return x === null || y === null ? undefined : compareBytes(x, y) === 0;
  },
  compare: (heap, a, b) => {
    const x = bytesLikeData(heap, a), y = bytesLikeData(heap, b);
    return x === null || y === null ? undefined : compareBytes(x, y);
  },
});

import { newList, listAppend } from '../sequence.js';
function newListOfInts(heap: Heap, data: Uint8Array): Value {
  const l = newList(heap, data.length);
  for (const b of data) listAppend(heap, l, fromInt32(b));
  return l;
}

/** Bytes as a JS string of code points 0..255 (so the str algorithms apply byte by byte). */
export function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
void NULL; void truthy;
