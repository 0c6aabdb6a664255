// int: small ints are immediates (int32 payload); all others are heap big ints.
//
// Big int layout (TypeId.INT):  word1 = number of 32-bit limbs n (> 0)
//   +8  i32 sign (+1 or -1)     +12 unused     +16 n little-endian u32 limbs of |value|
// Invariant (canonical form): a heap big int never holds a value in int32 range, so two ints are
// equal only if both are small and equal, or both big and equal — no cross-representation compare.
// + - comparisons, * // % by one-limb ints (and // % with a one-limb quotient), products up to
// 128 x 128 limbs, shifts and & | ^ run on the limbs (runtime/bigint-limbs.ts, bigint-bits.ts,
// and bigint-wasm.ts for long operands); other arithmetic converts to JS BigInt and back, 64 bits at a time
// (runtime/bigint-convert.ts; a hex string on big-endian hosts). Big ints are immutable
// and the heap never moves, so each thread caches address → BigInt for the ints of 32 limbs or more
// it made or read (Heap.intCache, cleared whenever the GC count changes, since addresses are then
// reused): a loop on large ints converts each value once instead of at every operation.

import { alloc } from './alloc.js';
import type { Heap } from './heap.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { HI_BOOL, HI_INT, HI_PTR, Value, fromInt32, fromPtr, hiOf, isNull, loOf, unpack2, words } from './value.js';
import { typeError } from './errors.js';
import { limbBinary, limbCompare } from './bigint-limbs.js';
import { CONVERT_64, copyLimbs, magnitudeToScratch, readMagnitude } from './bigint-convert.js';

const BIG_LIMBS = 16;
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Box any JS BigInt as a Python int (small if it fits int32). */
export function intFromBigInt(heap: Heap, n: bigint): Value {
  if (n >= -0x80000000n && n <= 0x7fffffffn) return fromInt32(Number(n));
  if (n >= -0x1fffffffffffffn && n <= 0x1fffffffffffffn) return intFromNumber(heap, Number(n));
  const negative = n < 0n;
  if (CONVERT_64) {
    // 64 bits at a time (runtime/bigint-convert.ts); the hex path below is for big-endian hosts.
    const limbs = magnitudeToScratch(negative ? -n : n);
    const a = alloc(heap, BIG_LIMBS + limbs * 4, TypeId.INT, limbs);
    heap.i32[(a >>> 2) + 2] = negative ? -1 : 1;
    copyLimbs(heap, (a + BIG_LIMBS) >>> 2, limbs);
    if (limbs >= CACHE_MIN_LIMBS) cacheBigInt(heap, a, n);
    return fromPtr(a);
  }
  // Through one hex string: shifting a BigInt by 32 bits per limb copies it each time, which
  // made every conversion quadratic in the limb count (pidigits spent nearly all its time here).
  const hex = (negative ? -n : n).toString(16);
  const limbs = (hex.length + 7) >> 3;
  const a = alloc(heap, BIG_LIMBS + limbs * 4, TypeId.INT, limbs);
  heap.i32[(a >>> 2) + 2] = negative ? -1 : 1;
  // Hex -> bytes -> little-endian order, all in native code: a slice + parseInt per limb was
  // 2/3 of pidigits' time, and a JS loop over the hex digits still 4/5. The hex is decoded
  // straight into the heap (a Buffer over the SAB) and reversed there: no temporary buffer.
  const nbytes = (hex.length + 1) >> 1;
  const at = a + BIG_LIMBS;
  Buffer.from(heap.u8.buffer, at, nbytes).write(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
  const u8 = heap.u8;
  u8.subarray(at, at + nbytes).reverse();
  for (let i = nbytes; i < limbs * 4; i++) u8[at + i] = 0; // the top limb's unused bytes
  cacheBigInt(heap, a, n);
  return fromPtr(a);
}

/** Box an integral JS number (|n| up to 2**53 exactly; beyond that, the number's exact value). */
export function intFromNumber(heap: Heap, n: number): Value {
  if ((n | 0) === n) return fromInt32(n);
  if (!Number.isSafeInteger(n)) return intFromBigInt(heap, BigInt(n));
  // |n| < 2**53: one or two limbs written directly (no BigInt, no hex string); common in
  // hashing and modular arithmetic loops whose values pass int32 on their way.
  const m = Math.abs(n);
  const high = Math.floor(m / 0x100000000);
  const limbs = high === 0 ? 1 : 2;
  const a = alloc(heap, BIG_LIMBS + limbs * 4, TypeId.INT, limbs);
  const i32 = heap.i32, w = a >>> 2;
  i32[w + 2] = n < 0 ? -1 : 1;
  i32[w + 4] = m >>> 0;
  if (limbs === 2) i32[w + 5] = high;
  return fromPtr(a);
}

/** A heap int's value as a JS number when |value| < 2**53 (else undefined): one or two limbs. */
function bigToSafeNumber(heap: Heap, a: number): number | undefined {
  const i32 = heap.i32, w = a >>> 2;
  const limbs = i32[w + 1];
  if (limbs > 2) return undefined;
  const high = limbs === 2 ? heap.u32[w + 5] : 0;
  if (high >= 0x200000) return undefined;
  const m = high * 0x100000000 + heap.u32[w + 4];
  return i32[w + 2] < 0 ? -m : m;
}

/**
 * The value of an int or bool as a JS number when it is a safe integer (|v| < 2**53), else
 * undefined: arithmetic on such values can stay in doubles.
 */
export function intToSafeNumber(heap: Heap, v: Value): number | undefined {
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return loOf(v);
  const a = loOf(v) >>> 0;
  if (hi !== HI_PTR || (heap.i32[a >>> 2] & TYPE_MASK) !== TypeId.INT) return undefined;
  return bigToSafeNumber(heap, a);
}

/** The value of an int or bool as a JS BigInt. */
export function intToBigInt(heap: Heap, v: Value): bigint {
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return BigInt(loOf(v));
  const a = loOf(v) >>> 0;
  if (hi !== HI_PTR || (heap.i32[a >>> 2] & TYPE_MASK) !== TypeId.INT) throw typeError('an integer is required');
  const small = bigToSafeNumber(heap, a);
  if (small !== undefined) return BigInt(small);
  const limbs = heap.i32[(a >>> 2) + 1];
  const fast64 = CONVERT_64 && limbs < CACHE_MIN_LIMBS;
  if (!fast64 && heap.intCacheGc === heap.gcCount) {
    const cached = heap.intCache.get(a);
    if (cached !== undefined) return cached;
  }
  const base = (a + BIG_LIMBS) >>> 2;
  const fast = readMagnitude(heap, base, limbs);
  if (fast !== undefined) {
    const n = heap.i32[(a >>> 2) + 2] < 0 ? -fast : fast;
    if (!fast64) cacheBigInt(heap, a, n);
    return n;
  }
  // One hex string and one BigInt parse: linear, where shifting in a limb at a time is quadratic
  // (5x faster at 500 limbs; a byte table beats toString(16) + padStart, which was slower still).
  const parts = new Array<string>(limbs);
  const u32 = heap.u32;
  for (let i = 0; i < limbs; i++) {
    const limb = u32[base + limbs - 1 - i];
    parts[i] = HEX_BYTE[limb >>> 24] + HEX_BYTE[(limb >>> 16) & 255] + HEX_BYTE[(limb >>> 8) & 255] + HEX_BYTE[limb & 255];
  }
  const magnitude = BigInt('0x' + parts.join(''));
  const n = heap.i32[(a >>> 2) + 2] < 0 ? -magnitude : magnitude;
  cacheBigInt(heap, a, n);
  return n;
}

const INT_CACHE_LIMIT = 1 << 14;
/**
 * Below this many limbs the 64-bit read (bigint-convert.ts) costs about what a cache lookup and
 * insert do (0.1-1 us), so such ints are neither cached nor looked up when it is available.
 */
const CACHE_MIN_LIMBS = 32;

function cacheBigInt(heap: Heap, address: number, n: bigint): void {
  const gc = heap.gcCount;
  // Bounded: entries live until the next GC, which may be far away.
  if (heap.intCacheGc !== gc || heap.intCache.size >= INT_CACHE_LIMIT) {
    heap.intCache.clear();
    heap.intCacheGc = gc;
  }
  heap.intCache.set(address, n);
}

/** Whether v is an int (small or big) or a bool, which is an int subclass. */
export function isIntLike(heap: Heap, v: Value): boolean {
  if (v === v) return false;
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return true;
  return hi === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.INT;
}

/** Whether v is a heap big int. */
export function isBigInt(heap: Heap, v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.INT;
}

// --- Arithmetic: small fast paths, then the limbs (bigint-limbs.ts), BigInt for the rest ---
// Callers (the interpreter) check both operands are int-like first; these do not dispatch
// to float or to __add__.

/** Unpacks a and b into `words` and says whether both are small ints or bools. */
function bothSmall(a: Value, b: Value): boolean {
  unpack2(a, b);
  const ha = words[1];
  const hb = words[3];
  return (ha === HI_INT || ha === HI_BOOL) && (hb === HI_INT || hb === HI_BOOL);
}

export function intAdd(heap: Heap, a: Value, b: Value): Value {
  if (bothSmall(a, b)) {
    const r = words[0] + words[2];
    return (r | 0) === r ? fromInt32(r) : intFromNumber(heap, r);
  }
  const r = limbBinary(heap, 'add', a, b); // handles any two ints; NULL only for a non-int
  return isNull(r) ? intFromBigInt(heap, intToBigInt(heap, a) + intToBigInt(heap, b)) : r;
}

export function intSub(heap: Heap, a: Value, b: Value): Value {
  if (bothSmall(a, b)) {
    const r = words[0] - words[2];
    return (r | 0) === r ? fromInt32(r) : intFromNumber(heap, r);
  }
  const r = limbBinary(heap, 'sub', a, b); // handles any two ints; NULL only for a non-int
  return isNull(r) ? intFromBigInt(heap, intToBigInt(heap, a) - intToBigInt(heap, b)) : r;
}

export function intMul(heap: Heap, a: Value, b: Value): Value {
  if (bothSmall(a, b)) {
    const r = words[0] * words[2];
    // |r| < 2**62 here; exact only below 2**53, so check before trusting it.
    if ((r | 0) === r) return fromInt32(r);
    if (Number.isSafeInteger(r)) return intFromNumber(heap, r);
  }
  const r = limbBinary(heap, 'mul', a, b); // big x one-limb on limbs; big x big through BigInt
  return isNull(r) ? intFromBigInt(heap, intToBigInt(heap, a) * intToBigInt(heap, b)) : r;
}

/** Three-way comparison of two ints: -1, 0 or 1. */
export function intCompare(heap: Heap, a: Value, b: Value): number {
  if (bothSmall(a, b)) {
    const x = words[0];
    const y = words[2];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return limbCompare(heap, a, b); // limb by limb from the top: no BigInt
}

/** int as a JS number (rounded like float(int), for mixed int/float arithmetic). */
export function intToNumber(heap: Heap, v: Value): number {
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return loOf(v);
  return Number(intToBigInt(heap, v));
}
