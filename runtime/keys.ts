// hash() and == for dict and set keys, on heap values.
//
// This is the runtime's built-in part: numbers, str, bytes, tuple, frozenset and identity for
// everything else. Classes with __hash__/__eq__ come with the interpreter, which will wrap these.

import type { Heap } from './heap.js';
import { emitHash, hashBigInt, hashFloat, hashInt32, hashNone, hashOut, hashSlice, hashTuple } from './hash.js';
import { TypeId, TYPE_MASK, TYPE_NAMES } from './layout.js';
import { HI_BOOL, HI_INT, HI_NONE, HI_PTR, Value, hiOf, loOf, sameValue, unpack2, words } from './value.js';
import { bytesEquals, bytesHash, strEquals, strHash } from './str.js';
import { intToBigInt } from './int.js';
import { TUPLE_ITEMS } from './sequence.js';
import { typeError } from './errors.js';
import { frozensetHash, setEquals } from './set.js';
import { complexImag, complexReal } from './complex.js';
import { hashComplex } from './semantics/hash.js';
import { extTypeOf } from './builtins/ext-types.js';
import { NativeKind, nativeKind, nget } from './builtins/native.js';

/**
 * True for a bound method: a Python one (NativeKind.METHOD: F0 function, F1 self) or a builtin
 * one (`[].append`, NativeKind.BUILTIN: F0 the entry, F1 self). Each attribute access makes a
 * new method object, so == and hash() go by those two fields, as CPython's meth_richcompare
 * and meth_hash do (self by identity). The fields are read with nget where used, never kept
 * in a JS array (V8 may canonicalize a NaN-boxed pointer stored there: runtime/value.ts).
 */
export function isBoundMethod(heap: Heap, v: Value): boolean {
  const k = nativeKind(heap, v);
  return k === NativeKind.METHOD || k === NativeKind.BUILTIN;
}

/** Identity hash of a pointer (CPython's _Py_HashPointer: the address rotated right by 4), else the value's hash. */
function identityHash(heap: Heap, v: Value): number {
  if (hiOf(v) !== HI_PTR) return hashValue(heap, v);
  const a = loOf(v) >>> 0;
  return (a >>> 4) | (a << 28);
}

/**
 * What user classes add (runtime/classes-dunder.ts sets both): hash() of an instance through
 * its __hash__ (undefined: the identity hash below) and == between keys where one is an
 * instance. Null until the class machinery is loaded; then only user objects reach them.
 */
export const keyHooks: {
  hash: ((heap: Heap, v: Value) => number | undefined) | null;
  eq: ((heap: Heap, a: Value, b: Value) => boolean) | null;
} = { hash: null, eq: null };

/**
 * hash(v): returns the low word and leaves [lo, hi] in hashOut.
 * Throws TypeError("unhashable type: 'list'") and the like.
 */
export function hashValue(heap: Heap, v: Value): number {
  if (v === v) return hashFloat(v);
  unpack2(v, v);
  const hi = words[1];
  if (hi === HI_INT || hi === HI_BOOL) return hashInt32(words[0]);
  if (hi === HI_NONE) return hashNone();
  if (hi !== HI_PTR) return hashFloat(NaN); // a float NaN
  const a = words[0] >>> 0;
  const type = heap.i32[a >>> 2] & TYPE_MASK;
  switch (type) {
    case TypeId.STR: return strHash(heap, v);
    case TypeId.INT: return hashBigInt(intToBigInt(heap, v));
    case TypeId.BYTES: return bytesHash(heap, v);
    case TypeId.TUPLE: return tupleHash(heap, a);
    case TypeId.FROZENSET: return frozensetHash(heap, v);
    case TypeId.RANGE: return rangeHash(heap, a);
    case TypeId.COMPLEX: return emitHash(hashComplex(complexReal(heap, v), complexImag(heap, v), BigInt(a)));
    case TypeId.SLICE: return tupleHash(heap, a); // 3.12+: start, stop, step; see hashSlice
    case TypeId.LIST: case TypeId.DICT: case TypeId.SET:
      throw typeError(`unhashable type: '${TYPE_NAMES[type]}'`);
    default: {
      if (type === TypeId.FUNCTION) {
        const ext = extTypeOf(heap, v);
        if (ext?.hash) return ext.hash(heap, v);
      }
      if (type === TypeId.FUNCTION) {
        if (isBoundMethod(heap, v)) {
          const h = identityHash(heap, nget(heap, v, 1)) ^ identityHash(heap, nget(heap, v, 0));
          hashOut[0] = h;
          hashOut[1] = 0;
          return h;
        }
      }
      if (type === TypeId.FUNCTION && keyHooks.hash !== null) {
        const h = keyHooks.hash(heap, v);
        if (h !== undefined) return h;
      }
      const h = identityHashOf(v);
      hashOut[0] = h;
      hashOut[1] = 0;
      return h;
    }
  }
}

/** Identity hash of a heap object, like CPython's _Py_HashPointer: the address rotated right by 4 bits (the heap never moves objects). */
export function identityHashOf(v: Value): number {
  const a = loOf(v) >>> 0;
  return (a >>> 4) | (a << 28);
}

/** Hash of a tuple's items, or of a slice's start, stop, step (consecutive Values at a + 8). */
function tupleHash(heap: Heap, a: number): number {
  const isSlice = (heap.i32[a >>> 2] & TYPE_MASK) === TypeId.SLICE;
  const n = isSlice ? 3 : heap.i32[(a >>> 2) + 1];
  if (isSlice) {
    const lanes = new Int32Array(6);
    for (let i = 0; i < 3; i++) {
      hashValue(heap, heap.f64[(a + TUPLE_ITEMS + i * 8) >>> 3]);
      lanes[2 * i] = hashOut[0];
      lanes[2 * i + 1] = hashOut[1];
    }
    return hashSlice(lanes);
  }
  // The item hashes go on a scratch stack (an item that is a tuple pushes above this one):
  // a new Int32Array per hash cost as much as the hashing itself.
  const base = laneTop;
  if (base + 2 * n > laneStack.length) {
    const wider = new Int32Array(Math.max(2 * laneStack.length, base + 2 * n));
    wider.set(laneStack);
    laneStack = wider;
  }
  laneTop = base + 2 * n;
  try {
    for (let i = 0; i < n; i++) {
      hashValue(heap, heap.f64[(a + TUPLE_ITEMS + i * 8) >>> 3]);
      laneStack[base + 2 * i] = hashOut[0]; // laneStack re-read: a nested tuple may have widened it
      laneStack[base + 2 * i + 1] = hashOut[1];
    }
    return hashTuple(laneStack, n, base);
  } finally {
    laneTop = base;
  }
}
let laneStack = new Int32Array(256);
let laneTop = 0;

function isNumber(heap: Heap, v: Value): boolean {
  if (v === v) return true;
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return true;
  return hi === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.INT;
}

/** Python `==` between a number pair (int, bool, float in any mix), exactly (no rounding). */
function numbersEqual(heap: Heap, a: Value, b: Value): boolean {
  const aFloat = a === a;
  const bFloat = b === b;
  if (aFloat && bFloat) return a === b;
  if (aFloat || bFloat) {
    const x = aFloat ? a : b;
    const other = aFloat ? b : a;
    if (!Number.isInteger(x)) return false;
    return BigInt(x) === intToBigInt(heap, other);
  }
  const ha = hiOf(a);
  const hb = hiOf(b);
  if ((ha === HI_INT || ha === HI_BOOL) && (hb === HI_INT || hb === HI_BOOL)) return loOf(a) === loOf(b);
  return intToBigInt(heap, a) === intToBigInt(heap, b);
}

/** A number against an instance of a user class (`{21.5: x}[Celsius(21.5)]`): the class's ==. */
function instanceKeyEquals(heap: Heap, a: Value, b: Value): boolean {
  const user = (v: Value) => hiOf(v) === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.FUNCTION;
  return keyHooks.eq !== null && (user(a) || user(b)) && keyHooks.eq(heap, a, b);
}

function isComplex(heap: Heap, v: Value): boolean {
  return hiOf(v) === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.COMPLEX;
}

/** complex == complex or a real number (`{3+4j: x}[3+4j]`, `{1: x}[1+0j]`): both parts equal. */
function complexKeyEquals(heap: Heap, a: Value, b: Value): boolean {
  const parts = (v: Value): [number, number] | null => {
    if (isComplex(heap, v)) return [complexReal(heap, v), complexImag(heap, v)];
    if (!isNumber(heap, v)) return null;
    return [v === v ? v : Number(intToBigInt(heap, v)), 0];
  };
  const x = parts(a);
  const y = parts(b);
  if (x === null || y === null) return instanceKeyEquals(heap, a, b);
  // An int too big for a double is never equal to a complex part (complex_richcompare).
  if (!isComplex(heap, a) && a !== a && (!Number.isFinite(x[0]) || BigInt(x[0]) !== intToBigInt(heap, a))) return false;
  if (!isComplex(heap, b) && b !== b && (!Number.isFinite(y[0]) || BigInt(y[0]) !== intToBigInt(heap, b))) return false;
  return x[0] === y[0] && x[1] === y[1];
}

/** `a == b` as dict/set lookup needs it: identity first, then built-in value equality. */
export function keyEquals(heap: Heap, a: Value, b: Value): boolean {
  if (sameValue(a, b)) return true;
  if (isComplex(heap, a) || isComplex(heap, b)) return complexKeyEquals(heap, a, b);
  if (isNumber(heap, a)) return isNumber(heap, b) ? numbersEqual(heap, a, b) : instanceKeyEquals(heap, a, b);
  if (hiOf(a) !== HI_PTR || hiOf(b) !== HI_PTR) return instanceKeyEquals(heap, a, b);
  const pa = loOf(a) >>> 0;
  const pb = loOf(b) >>> 0;
  const ta = heap.i32[pa >>> 2] & TYPE_MASK;
  const tb = heap.i32[pb >>> 2] & TYPE_MASK;
  if (ta === TypeId.FUNCTION || tb === TypeId.FUNCTION) {
    // Module-defined native types with an == of their own (time.struct_time) compare by it.
    const ext = extTypeOf(heap, a)?.eq?.(heap, a, b) ?? extTypeOf(heap, b)?.eq?.(heap, a, b);
    if (ext !== undefined) return ext;
  }
  if (ta === TypeId.FUNCTION && tb === TypeId.FUNCTION) {
    if (isBoundMethod(heap, a) && nativeKind(heap, a) === nativeKind(heap, b)) {
      return sameValue(nget(heap, a, 0), nget(heap, b, 0)) && sameValue(nget(heap, a, 1), nget(heap, b, 1));
    }
  }
  if ((ta === TypeId.FUNCTION || tb === TypeId.FUNCTION) && keyHooks.eq !== null) return keyHooks.eq(heap, a, b);
  if (ta !== tb) {
    const sets = (t: number) => t === TypeId.SET || t === TypeId.FROZENSET;
    return sets(ta) && sets(tb) && setEquals(heap, a, b);
  }
  switch (ta) {
    case TypeId.STR: return strEquals(heap, a, b);
    case TypeId.BYTES: return bytesEquals(heap, a, b);
    case TypeId.TUPLE: {
      const n = heap.i32[(pa >>> 2) + 1];
      if (n !== heap.i32[(pb >>> 2) + 1]) return false;
      for (let i = 0; i < n; i++) {
        const x = heap.f64[(pa + TUPLE_ITEMS + i * 8) >>> 3];
        const y = heap.f64[(pb + TUPLE_ITEMS + i * 8) >>> 3];
        if (!keyEquals(heap, x, y)) return false;
      }
      return true;
    }
    case TypeId.SET: case TypeId.FROZENSET: return setEquals(heap, a, b);
    case TypeId.SLICE:
      for (let i = 0; i < 3; i++) {
        if (!keyEquals(heap, heap.f64[(pa + 8 + i * 8) >>> 3], heap.f64[(pb + 8 + i * 8) >>> 3])) return false;
      }
      return true;
    case TypeId.RANGE: return rangeEquals(heap, pa, pb);
    default: return false;
  }
}

// --- range: compared and hashed by the sequence it denotes (rangeobject.c) ---

interface RangeParts { length: bigint; start: bigint; step: bigint }

function rangeParts(heap: Heap, a: number): RangeParts {
  const start = intToBigInt(heap, heap.f64[(a + 8) >>> 3]);
  const stop = intToBigInt(heap, heap.f64[(a + 16) >>> 3]);
  const step = intToBigInt(heap, heap.f64[(a + 24) >>> 3]);
  let length = 0n;
  if (step > 0n && start < stop) length = (stop - start - 1n) / step + 1n;
  else if (step < 0n && start > stop) length = (start - stop - 1n) / -step + 1n;
  return { length, start, step };
}

/** range_equals: same length, and (when non-empty) same start, and (when longer than 1) step. */
function rangeEquals(heap: Heap, pa: number, pb: number): boolean {
  const x = rangeParts(heap, pa);
  const y = rangeParts(heap, pb);
  if (x.length !== y.length) return false;
  if (x.length === 0n) return true;
  if (x.start !== y.start) return false;
  return x.length === 1n || x.step === y.step;
}

/** range_hash: hash((len, start, step)), with None for the parts that do not matter. */
function rangeHash(heap: Heap, a: number): number {
  const { length, start, step } = rangeParts(heap, a);
  const lanes = new Int32Array(6);
  const parts: (bigint | null)[] = [length, length === 0n ? null : start, length <= 1n ? null : step];
  parts.forEach((part, i) => {
    if (part === null) hashNone();
    else hashBigInt(part);
    lanes[2 * i] = hashOut[0];
    lanes[2 * i + 1] = hashOut[1];
  });
  return hashTuple(lanes, 3);
}
