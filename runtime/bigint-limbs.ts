// Big-int arithmetic straight on the heap's u32 limbs, without JS BigInt, for the linear-time
// cases that dominate big-int loops: ± of any two ints, × / // / % by an int of one limb, // and %
// of two ints whose quotient fits one limb, and comparisons (plus products up to 128 × 128 limbs,
// schoolbook, and shifts and & | ^ of ints of either sign, in bigint-bits.ts).
// In pidigits every big op is one of these, and converting each operand and result between
// limbs and BigInt (a hex string each way) cost several times the arithmetic: a 40,000-bit add
// is a ~1,250-step loop here. Operands of 32 limbs or more go through the Wasm kernels
// (bigint-wasm.ts). Anything else (larger big × big, pow, a large quotient, a zero divisor, a
// negative or huge shift count) answers NOT_HANDLED and the caller takes the BigInt path, which
// also raises the errors.
//
// Results are canonical (runtime/int.ts): an int32-range value comes back as a small int and a
// heap result has a nonzero top limb. A result is allocated for its worst-case limb count and its
// word1 then trimmed to the limbs it uses: the GC sizes a cell from its page, never from word1.
// Operands are immutable and the heap never moves, so reading them while allocating is safe; only
// the typed-array views may be re-created by an allocation, so they are re-read after each one.

import { type Heap, T } from './heap.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { typeError } from './errors.js';
import { HI_BOOL, HI_INT, HI_PTR, NULL, type Value, fromInt32, hiOf, loOf } from './value.js';
import { kernelsFor } from './bigint-wasm.js';
import { LIMBS_AT, allocBig, allocBigUnzeroed, finish } from './bigint-result.js';
import { shiftLimbs, bitwiseLimbs } from './bigint-bits.js';

/** "Not a case this file computes": NULL is never a Python value. */
export const NOT_HANDLED = NULL;

const TWO32 = 4294967296;
const INV32 = 1 / TWO32;
const INV16 = 1 / 65536;
/**
 * Largest limb-count product multiplied schoolbook (mulMag). Measured with `pyx run` on
 * `(a + i) * b` loops against the BigInt route (converting operands and result): schoolbook is
 * faster at 4x4 (0.87 -> 0.47 s), 16x16, 64x64, 128x128 (1.13 -> 0.93 s), 8x2048 (1.66 ->
 * 1.12 s) and about even at 200x200, where V8's Karatsuba starts to pay: 128x128 is the limit.
 * Measured again with the Wasm schoolbook and random limbs (time per product, BigInt's including the
 * conversions): 96x96 8.2 vs 8.5 us, 128x128 14.4 vs 13.5, 160x160 22 vs 16; 8x384 5.0 vs 10-17.
 */
const SCHOOLBOOK_MAX = 16384;
/**
 * Operands of at least this many limbs go through the Wasm kernels (runtime/bigint-wasm.ts), whose
 * 64-bit arithmetic beats the JS loops once the copies in and out and the call are paid for.
 */
const WASM_MIN = 32;
/**
 * Products of at least this many limb pairs go to the Wasm schoolbook: with random (dense) limbs
 * it takes ~0.9 ns per pair against ~10 ns for mulMag's doubles (12 x 12: 0.47 against 1.2 us),
 * and about as long at 8 x 8.
 */
const MUL_WASM_MIN = 64;
/** Distance from an integer beyond which a quotient estimate's floor is certain (divByBig). */
const SURE = 2 ** -16;

// Operand descriptors filled by load(): sign (-1, 0 or 1), the word index of the magnitude's
// lowest limb (into heap.u32, or into SMALL for a small int) and the limb count. Module state
// instead of objects so that the hot paths allocate nothing in JS.
let aSign = 0, aAt = 0, aLen = 0, aSmall = false;
let bSign = 0, bAt = 0, bLen = 0, bSmall = false;
/**
 * Limb arrays of this file's own: plain ones. Views over a growable SharedArrayBuffer, the
 * heap's kind, were tried so the loops would see one typed-array kind: pidigits(2000) took
 * 2.8 s of CPU against 1.9 s with plain arrays (min of 5 runs each).
 */
function limbArray(n: number): Uint32Array {
  return new Uint32Array(n);
}
/** Magnitudes of small-int operands: [0] for a, [1] for b. */
const SMALL = limbArray(2);
/** Per-thread scratch limbs for the division's trial products (grown on demand). */
let scratchP = limbArray(64);
let scratchR = limbArray(64);

function load(heap: Heap, v: Value, which: 0 | 1): boolean {
  const hi = hiOf(v);
  let sign: number, at: number, len: number, small: boolean;
  if (hi === HI_INT || hi === HI_BOOL) {
    const x = loOf(v);
    SMALL[which] = x < 0 ? -x : x;
    sign = x < 0 ? -1 : x > 0 ? 1 : 0;
    at = which;
    len = x === 0 ? 0 : 1;
    small = true;
  } else {
    const a = loOf(v) >>> 0;
    if (hi !== HI_PTR || (heap.i32[a >>> 2] & TYPE_MASK) !== TypeId.INT) return false;
    const i32 = heap.i32;
    const w = a >>> 2;
    at = (a + LIMBS_AT) >>> 2;
    len = i32[w + 1];
    const u32 = heap.u32;
    while (len > 0 && u32[at + len - 1] === 0) len--; // defensive: canonical ints have none
    sign = len === 0 ? 0 : i32[w + 2] < 0 ? -1 : 1;
    small = false;
  }
  if (which === 0) { aSign = sign; aAt = at; aLen = len; aSmall = small; }
  else { bSign = sign; bAt = at; bLen = len; bSmall = small; }
  return true;
}

/** A canonical int from n limbs of `src` starting at word `at`, with the given sign. */
function fromMagnitude(heap: Heap, sign: number, src: Uint32Array, at: number, n: number, srcIsHeap: boolean): Value {
  while (n > 0 && src[at + n - 1] === 0) n--;
  if (n === 0) return fromInt32(0);
  const a = allocBigUnzeroed(heap, n);
  const u32 = heap.u32;
  const from = srcIsHeap ? u32 : src; // the heap's view may have been re-created by alloc
  const out = (a + LIMBS_AT) >>> 2;
  if (from === u32) u32.copyWithin(out, at, at + n);
  else u32.set(from.subarray(at, at + n), out);
  return finish(heap, a, sign, n);
}

// --- Through the Wasm kernels, on the heap's limbs in place (bigint-wasm.ts) ---

/**
 * The byte address of limb `at` of `src` for the kernels: a heap int's own, or for a small int
 * (SMALL) the thread's scratch word `which`, its limb written there first.
 */
function kAddr(heap: Heap, src: Uint32Array, at: number, which: number): number {
  if (src !== SMALL) return at << 2;
  const s = heap.threadRecord + T.KERNEL_SCRATCH + which;
  heap.u32[s] = src[at];
  return s << 2;
}

/** heap.u32[out ..] = x + y (xn >= yn; xn + 1 limbs written); returns the count used. */
function addInto(heap: Heap, out: number, x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  const k = xn < WASM_MIN ? null : kernelsFor(heap);
  if (k === null) return addMag(heap.u32, out, x, xi, xn, y, yi, yn);
  return k.add(out << 2, kAddr(heap, x, xi, 0), xn, kAddr(heap, y, yi, 1), yn);
}

/** heap.u32[out ..] = x - y (|x| >= |y|, xn limbs written); returns a count finish() trims. */
function subInto(heap: Heap, out: number, x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  const k = xn < WASM_MIN ? null : kernelsFor(heap);
  if (k === null) return subMag(heap.u32, out, x, xi, xn, y, yi, yn);
  k.sub(out << 2, kAddr(heap, x, xi, 0), xn, kAddr(heap, y, yi, 1), yn);
  return xn;
}

/** heap.u32[out ..] = x * m for 0 < m < 2**32 (n + 1 limbs written); returns the count used. */
function mulSmallInto(heap: Heap, out: number, x: Uint32Array, xi: number, n: number, m: number): number {
  const k = n < WASM_MIN ? null : kernelsFor(heap);
  if (k === null) return mulSmallMag(heap.u32, out, x, xi, n, m);
  const top = k.mulSmall(out << 2, kAddr(heap, x, xi, 0), n, m);
  heap.u32[out + n] = top;
  return top !== 0 ? n + 1 : n;
}

/** heap.u32[out ..] = x * y (xn + yn limbs written, not overlapping x or y); returns a count
 *  finish() trims. */
function mulInto(heap: Heap, out: number, x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  const k = xn * yn < MUL_WASM_MIN ? null : kernelsFor(heap);
  if (k === null) return mulMag(heap.u32, out, x, xi, xn, y, yi, yn);
  k.mul(out << 2, kAddr(heap, x, xi, 0), xn, kAddr(heap, y, yi, 1), yn);
  return xn + yn;
}

// --- Magnitude primitives: arrays of u32 limbs, little-endian, given as (array, word index, count) ---

function cmpMag(x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  if (xn !== yn) return xn < yn ? -1 : 1;
  for (let i = xn - 1; i >= 0; i--) {
    const p = x[xi + i], q = y[yi + i];
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** o = x + y for xn >= yn; writes xn + 1 limbs, returns the count used. */
function addMag(o: Uint32Array, oi: number, x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  // Int32 adds with the carry taken from the sign bits (Hacker's Delight 2-13): branch-free,
  // where `s >= 2**32` on doubles mispredicts on every other limb of random data.
  let carry = 0, i = 0;
  for (; i < yn; i++) {
    const p = x[xi + i] | 0, q = y[yi + i] | 0;
    const s = (p + q + carry) | 0;
    carry = ((p & q) | ((p | q) & ~s)) >>> 31;
    o[oi + i] = s;
  }
  for (; i < xn && carry !== 0; i++) {
    const p = x[xi + i] | 0;
    const s = (p + 1) | 0;
    carry = (p & ~s) >>> 31;
    o[oi + i] = s;
  }
  copyRest(o, oi, x, xi, i, xn);
  o[oi + xn] = carry;
  return xn + carry;
}

/** o[i..n) = x[i..n): the limbs above the last carry or borrow, copied natively when possible. */
function copyRest(o: Uint32Array, oi: number, x: Uint32Array, xi: number, i: number, n: number): void {
  if (i >= n) return;
  if (o === x) o.copyWithin(oi + i, xi + i, xi + n);
  else for (; i < n; i++) o[oi + i] = x[xi + i];
}

/** o = x - y for |x| >= |y|; writes xn limbs, returns the count without leading zeros. */
function subMag(o: Uint32Array, oi: number, x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  // As addMag: int32 subtractions, the borrow from the sign bits (Hacker's Delight 2-13).
  // In place (o === x or o === y at the same index) is fine: each limb is read before written.
  let borrow = 0, i = 0;
  for (; i < yn; i++) {
    const p = x[xi + i] | 0, q = y[yi + i] | 0;
    const d = (p - q - borrow) | 0;
    borrow = ((~p & q) | (~(p ^ q) & d)) >>> 31;
    o[oi + i] = d;
  }
  for (; i < xn && borrow !== 0; i++) {
    const p = x[xi + i] | 0;
    const d = (p - 1) | 0;
    borrow = (~p & d) >>> 31;
    o[oi + i] = d;
  }
  if (!(o === x && oi === xi)) copyRest(o, oi, x, xi, i, xn);
  let n = xn;
  while (n > 0 && o[oi + n - 1] === 0) n--;
  return n;
}

/** o = x * m for 0 < m < 2**32; writes xn + 1 limbs, returns the count used. */
function mulSmallMag(o: Uint32Array, oi: number, x: Uint32Array, xi: number, xn: number, m: number): number {
  let carry = 0;
  if (m < 0x200000) {
    // limb * m < 2**53: an exact double product, split into its high and low words. The carry
    // chain is only the add of the low word (the products do not depend on it): 2.3x faster
    // than folding the carry into the product and dividing it back out.
    for (let i = 0; i < xn; i++) {
      const p = x[xi + i] * m;
      const hi = Math.floor(p * INV32); // exact: scaling by a power of two
      const s = p - hi * TWO32 + carry;
      if (s >= TWO32) { o[oi + i] = s - TWO32; carry = hi + 1; } else { o[oi + i] = s; carry = hi; }
    }
  } else {
    // m in 16-bit halves so that every partial product stays below 2**53.
    const ml = m & 0xffff, mh = m >>> 16;
    for (let i = 0; i < xn; i++) {
      const limb = x[xi + i];
      const p2 = limb * mh; // < 2**48
      const p2lo = p2 & 0xffff; // p2 mod 2**16: ToInt32 is exact modulo 2**32 (a double % is an fmod call, ~40 ns)
      const t = limb * ml + carry + p2lo * 65536; // < 2**49
      const lo = t >>> 0;
      o[oi + i] = lo;
      carry = (t - lo) * INV32 + (p2 - p2lo) * INV16; // < 2**32 (x * m + carry < 2**32 * 2**32)
    }
  }
  o[oi + xn] = carry;
  return carry !== 0 ? xn + 1 : xn;
}

/**
 * o[oi .. oi + xn + yn) = x * y, schoolbook: one row o += x * y[j] per limb of y. Each step
 * splits x[i] * y[j] with the high half of y[j] taken 16 bits at a time so every partial sum
 * stays below 2**53; the row's carry stays below 2**32 (x[i] * m + o + carry < 2**64).
 * o must not overlap x or y. Returns the count used.
 */
function mulMag(o: Uint32Array, oi: number, x: Uint32Array, xi: number, xn: number, y: Uint32Array, yi: number, yn: number): number {
  o.fill(0, oi, oi + xn + yn);
  for (let j = 0; j < yn; j++) {
    const m = y[yi + j];
    if (m === 0) continue;
    const ml = m & 0xffff, mh = m >>> 16;
    const ok = oi + j;
    let carry = 0;
    for (let i = 0; i < xn; i++) {
      const limb = x[xi + i];
      const p2 = limb * mh; // < 2**48
      const p2lo = p2 & 0xffff;
      const t = limb * ml + carry + p2lo * 65536 + o[ok + i]; // < 2**50
      const lo = t >>> 0;
      o[ok + i] = lo;
      carry = (t - lo) * INV32 + (p2 - p2lo) * INV16;
    }
    o[ok + xn] = carry;
  }
  let n = xn + yn;
  while (n > 0 && o[oi + n - 1] === 0) n--;
  return n;
}

/** o = floor(x / m) for 0 < m < 2**32 (xn limbs written); returns x mod m. */
function divSmallMag(o: Uint32Array, oi: number, x: Uint32Array, xi: number, xn: number, m: number): number {
  let r = 0;
  if (m < 0x200000) {
    // r * 2**32 + limb < 2**53, and a correctly rounded t / m never rounds up to the next integer
    // below 2**53 (t = k*m - d with d >= 1 is at least 1/m below k), so floor() is exact.
    for (let i = xn - 1; i >= 0; i--) {
      const t = r * TWO32 + x[xi + i];
      const q = Math.floor(t / m);
      r = t - q * m;
      o[oi + i] = q;
    }
  } else {
    // Half a limb at a time: r < m < 2**32 keeps r * 2**16 + half below 2**48.
    for (let i = xn - 1; i >= 0; i--) {
      const limb = x[xi + i];
      let t = r * 65536 + (limb >>> 16);
      const q1 = Math.floor(t / m);
      r = t - q1 * m;
      t = r * 65536 + (limb & 0xffff);
      const q0 = Math.floor(t / m);
      r = t - q0 * m;
      o[oi + i] = q1 * 65536 + q0;
    }
  }
  return r;
}

/** x += 1 in place over n limbs (room for n + 1); returns the count used. */
function incMag(o: Uint32Array, oi: number, n: number): number {
  for (let i = 0; i < n; i++) {
    if (o[oi + i] !== 0xffffffff) { o[oi + i]++; return n; }
    o[oi + i] = 0;
  }
  o[oi + n] = 1;
  return n + 1;
}

/** The top three limbs of an n-limb magnitude (n >= 2) as a double, scaled by 2**-(32*(n-3)). */
function topDouble(x: Uint32Array, xi: number, n: number): number {
  const third = n >= 3 ? x[xi + n - 3] : 0;
  return (x[xi + n - 1] * TWO32 + x[xi + n - 2]) * TWO32 + third;
}

// --- Operations ---

/** a + b or a - b for any two ints. */
function addSub(heap: Heap, a: Value, b: Value, negateB: boolean): Value {
  const sb = negateB ? -bSign : bSign;
  if (bSign === 0) return intOf(a);
  if (aSign === 0) return negateB ? negate(heap) : intOf(b);
  if (aSign === sb) {
    const big = aLen >= bLen;
    const r = allocBigUnzeroed(heap, (big ? aLen : bLen) + 1);
    const u32 = heap.u32;
    const x = aSmall ? SMALL : u32, y = bSmall ? SMALL : u32;
    const out = (r + LIMBS_AT) >>> 2;
    const n = big ? addInto(heap, out, x, aAt, aLen, y, bAt, bLen) : addInto(heap, out, y, bAt, bLen, x, aAt, aLen);
    return finish(heap, r, aSign, n);
  }
  {
    const u32 = heap.u32;
    const c = cmpMag(aSmall ? SMALL : u32, aAt, aLen, bSmall ? SMALL : u32, bAt, bLen);
    if (c === 0) return fromInt32(0);
    const r = allocBigUnzeroed(heap, c > 0 ? aLen : bLen);
    const v = heap.u32;
    const x = aSmall ? SMALL : v, y = bSmall ? SMALL : v;
    const out = (r + LIMBS_AT) >>> 2;
    const n = c > 0 ? subInto(heap, out, x, aAt, aLen, y, bAt, bLen) : subInto(heap, out, y, bAt, bLen, x, aAt, aLen);
    return finish(heap, r, c > 0 ? aSign : sb, n);
  }
}

/** v itself, except that a bool becomes the int of its value (True + 0 is 1, not True). */
function intOf(v: Value): Value {
  return hiOf(v) === HI_BOOL ? fromInt32(loOf(v)) : v;
}

/** -v for an int loaded as operand b. */
function negate(heap: Heap): Value {
  if (bSmall) return fromMagnitude(heap, -bSign, SMALL, bAt, bLen, false);
  return fromMagnitude(heap, -bSign, heap.u32, bAt, bLen, true);
}

/** a * b when either has at most one limb; NOT_HANDLED otherwise. */
function mul(heap: Heap): Value {
  if (aSign === 0 || bSign === 0) return fromInt32(0);
  if (aLen > 1 && bLen > 1) {
    // Small products schoolbook on the limbs; larger ones go to BigInt, whose Karatsuba wins.
    if (aLen * bLen > SCHOOLBOOK_MAX) return NOT_HANDLED;
    const r = allocBigUnzeroed(heap, aLen + bLen);
    const u32 = heap.u32;
    const used = mulInto(heap, (r + LIMBS_AT) >>> 2, aSmall ? SMALL : u32, aAt, aLen, bSmall ? SMALL : u32, bAt, bLen);
    return finish(heap, r, aSign * bSign, used);
  }
  const bigIsA = bLen <= 1;
  const n = bigIsA ? aLen : bLen;
  const r = allocBigUnzeroed(heap, n + 1);
  const u32 = heap.u32;
  const m = bigIsA ? (bSmall ? SMALL : u32)[bAt] : (aSmall ? SMALL : u32)[aAt];
  const x = bigIsA ? (aSmall ? SMALL : u32) : (bSmall ? SMALL : u32);
  const used = mulSmallInto(heap, (r + LIMBS_AT) >>> 2, x, bigIsA ? aAt : bAt, n, m);
  return finish(heap, r, aSign * bSign, used);
}

/**
 * a // b (wantMod false) or a % b, floored as Python does, when b has one limb or the quotient
 * fits one limb; NOT_HANDLED otherwise (and for b == 0, whose error the BigInt path raises).
 */
function divMod(heap: Heap, wantMod: boolean): Value {
  if (bSign === 0) return NOT_HANDLED;
  if (aSign === 0) return fromInt32(0);
  const differ = aSign !== bSign;
  if (bLen === 1) {
    const m = (bSmall ? SMALL : heap.u32)[bAt];
    if (wantMod) {
      const rem = divSmallMag(scratchFor(aLen), 0, aSmall ? SMALL : heap.u32, aAt, aLen, m);
      // Python's remainder takes the divisor's sign: differ and rem != 0 gives m - rem.
      const mag = differ && rem !== 0 ? m - rem : rem;
      return signedNumber(heap, bSign * mag);
    }
    const r = allocBig(heap, aLen + 1);
    const u32 = heap.u32;
    const out = (r + LIMBS_AT) >>> 2;
    const rem = divSmallMag(u32, out, aSmall ? SMALL : u32, aAt, aLen, m);
    let n = aLen;
    while (n > 0 && u32[out + n - 1] === 0) n--;
    if (differ && rem !== 0) n = incMag(u32, out, n);
    return finish(heap, r, differ ? -1 : 1, n);
  }
  return divByBig(heap, wantMod, differ);
}

/** divMod's case of a divisor of two or more limbs: a quotient estimated from the top limbs. */
function divByBig(heap: Heap, wantMod: boolean, differ: boolean): Value {
  const u32 = heap.u32;
  const x = aSmall ? SMALL : u32, y = bSmall ? SMALL : u32;
  const xn = aLen, yn = bLen;
  let q: number;
  if (xn < yn) q = 0;
  else if (xn - yn > 1) return divLong(heap, wantMod, differ);
  else {
    // Each top-three-limb double is within ~2**-52 of its magnitude's scaled value (two roundings,
    // plus < 2**-64 for the limbs left out), so the ratio is within 2**-50 of |a| / |b|, i.e.
    // within 2**-18 of it below 2**32: the floor is off by at most one, corrected below.
    const ratio = (topDouble(x, aAt, xn) / topDouble(y, bAt, yn)) * (xn > yn ? TWO32 : 1);
    const est = Math.floor(ratio);
    if (est >= TWO32 - 1) return divLong(heap, wantMod, differ);
    q = est;
    // And when the ratio is not within 2**-16 of an integer, its floor is the quotient and the
    // remainder is not zero: // needs no pass over the limbs (pidigits' quotients almost always).
    const frac = ratio - est;
    if (!wantMod && frac > SURE && frac < 1 - SURE) return signedNumber(heap, differ ? -(q + 1) : q);
  }
  // P = q * |b|, then step q until P <= |a| < P + |b|; R = |a| - P.
  if (scratchP.length < yn + 2) { scratchP = limbArray(yn * 2 + 2); scratchR = limbArray(yn * 2 + 2); }
  const P = scratchP, R = scratchR;
  let pn = q === 0 ? 0 : mulSmallMag(P, 0, y, bAt, yn, q);
  while (cmpMag(P, 0, pn, x, aAt, xn) > 0) { pn = subMag(P, 0, P, 0, pn, y, bAt, yn); q--; }
  let rn = subMag(R, 0, x, aAt, xn, P, 0, pn);
  while (cmpMag(R, 0, rn, y, bAt, yn) >= 0) { rn = subMag(R, 0, R, 0, rn, y, bAt, yn); q++; }
  if (!wantMod) return signedNumber(heap, differ ? -(q + (rn !== 0 ? 1 : 0)) : q);
  if (rn === 0) return fromInt32(0);
  if (!differ) return fromMagnitude(heap, bSign, R, 0, rn, false);
  // Signs differ: the remainder is |b| - R, with b's sign.
  const rn2 = subMag(R, 0, y, bAt, yn, R, 0, rn);
  return fromMagnitude(heap, bSign, R, 0, rn2, false);
}

/**
 * Largest quotient limbs x divisor limbs divided on the limbs by divLong; beyond it BigInt's
 * native division wins even with the conversions (measured: 128-bit modular products 5x faster
 * here than through BigInt, 1024-bit ones about even).
 */
const LONG_DIV_MAX = 24;
let scratchQ = limbArray(64);

/**
 * a // b or a % b (floored) for |b| of two or more limbs and a quotient of any length, or
 * NOT_HANDLED past LONG_DIV_MAX: schoolbook long division (Knuth's algorithm D with divByBig's
 * estimate). Each quotient limb is estimated from the top three limbs of the remainder's window
 * and of |b| in doubles, which is within one of the true limb, then corrected by comparing
 * q * |b| with the window. The remainder is kept in scratch, the window subtracted in place.
 */
function divLong(heap: Heap, wantMod: boolean, differ: boolean): Value {
  const xn = aLen, yn = bLen, qn = xn - yn + 1;
  if (qn * yn > LONG_DIV_MAX) return NOT_HANDLED;
  if (scratchR.length < xn + 2) { scratchP = limbArray(xn * 2 + 2); scratchR = limbArray(xn * 2 + 2); }
  if (scratchQ.length < qn + 2) scratchQ = limbArray(qn * 2 + 2);
  const R = scratchR, P = scratchP, Q = scratchQ;
  const u32 = heap.u32;
  const x = aSmall ? SMALL : u32, y = bSmall ? SMALL : u32;
  for (let i = 0; i < xn; i++) R[i] = x[aAt + i];
  R[xn] = 0;
  const yTop = topDouble(y, bAt, yn);
  for (let j = qn - 1; j >= 0; j--) {
    // The window R[j .. j + yn] is below |b| * 2**32, so its quotient is one limb.
    let q = Math.floor((topDouble(R, j, yn + 1) / yTop) * TWO32);
    if (q > TWO32 - 1) q = TWO32 - 1;
    let wn = yn + 1;
    while (wn > 0 && R[j + wn - 1] === 0) wn--;
    let pn = q === 0 ? 0 : mulSmallMag(P, 0, y, bAt, yn, q);
    while (cmpMag(P, 0, pn, R, j, wn) > 0) { pn = subMag(P, 0, P, 0, pn, y, bAt, yn); q--; }
    wn = subMag(R, j, R, j, wn, P, 0, pn);
    while (cmpMag(R, j, wn, y, bAt, yn) >= 0) { wn = subMag(R, j, R, j, wn, y, bAt, yn); q++; }
    Q[j] = q;
  }
  let rn = yn;
  while (rn > 0 && R[rn - 1] === 0) rn--;
  if (!wantMod) {
    let n = qn;
    while (n > 0 && Q[n - 1] === 0) n--;
    // Floored: a nonzero remainder with differing signs rounds the quotient away from zero.
    if (differ && rn !== 0) n = incMag(Q, 0, n);
    return fromMagnitude(heap, differ ? -1 : 1, Q, 0, n, false);
  }
  if (rn === 0) return fromInt32(0);
  if (!differ) return fromMagnitude(heap, bSign, R, 0, rn, false);
  // Signs differ: the remainder is |b| - R, with b's sign.
  const rn2 = subMag(R, 0, y, bAt, yn, R, 0, rn);
  return fromMagnitude(heap, bSign, R, 0, rn2, false);
}

function scratchFor(n: number): Uint32Array {
  if (scratchR.length < n + 2) { scratchP = limbArray(n * 2 + 2); scratchR = limbArray(n * 2 + 2); }
  return scratchR;
}

/** A safe integer (|v| < 2**53) as a canonical int: one or two limbs. */
function signedNumber(heap: Heap, v: number): Value {
  if ((v | 0) === v) return fromInt32(v);
  const m = v < 0 ? -v : v;
  const hi = Math.floor(m / TWO32);
  const r = allocBig(heap, hi === 0 ? 1 : 2);
  const u32 = heap.u32;
  const at = (r + LIMBS_AT) >>> 2;
  u32[at] = m >>> 0;
  if (hi !== 0) u32[at + 1] = hi;
  return finish(heap, r, v < 0 ? -1 : 1, hi === 0 ? 1 : 2);
}

/** a << s or a >> s for a small-int count s >= 0 (bigint-bits.ts); other counts go to BigInt. */
function shift(heap: Heap, left: boolean): Value {
  if (!bSmall || bSign < 0) return NOT_HANDLED;
  return shiftLimbs(heap, aSmall ? SMALL : null, aAt, aLen, aSign, bSign === 0 ? 0 : SMALL[1], left);
}

/** a & b, a | b, a ^ b of any two ints (bigint-bits.ts). */
function bitwise(heap: Heap, op: string): Value {
  return bitwiseLimbs(heap, op, aSmall ? SMALL : null, aAt, aLen, aSign, bSmall ? SMALL : null, bAt, bLen, bSign);
}

/**
 * `a op b` for two ints (small or big, bools included) computed on limbs, or NOT_HANDLED when
 * it is not one of this file's cases (or an operand is not an int): the caller's BigInt path
 * answers then.
 */
export function limbBinary(heap: Heap, op: string, a: Value, b: Value): Value {
  switch (op) {
    case 'add': case 'sub': case 'mul': case 'floordiv': case 'mod':
    case 'lshift': case 'rshift': case 'and': case 'or': case 'xor': break;
    default: return NOT_HANDLED;
  }
  if (!load(heap, a, 0) || !load(heap, b, 1)) return NOT_HANDLED;
  switch (op) {
    case 'add': return addSub(heap, a, b, false);
    case 'sub': return addSub(heap, a, b, true);
    case 'mul': return mul(heap);
    case 'floordiv': return divMod(heap, false);
    case 'mod': return divMod(heap, true);
    case 'lshift': return shift(heap, true);
    case 'rshift': return shift(heap, false);
    default: return bitwise(heap, op);
  }
}

/** -v for an int (small or big), on limbs. */
export function limbNegate(heap: Heap, v: Value): Value {
  if (!load(heap, v, 1)) return NOT_HANDLED;
  return negate(heap);
}

/** Three-way comparison of two ints (small or big) on their limbs: -1, 0 or 1. */
export function limbCompare(heap: Heap, a: Value, b: Value): number {
  if (!load(heap, a, 0) || !load(heap, b, 1)) throw typeError('an integer is required');
  if (aSign !== bSign) return aSign < bSign ? -1 : 1;
  if (aSign === 0) return 0;
  const u32 = heap.u32;
  const c = cmpMag(aSmall ? SMALL : u32, aAt, aLen, bSmall ? SMALL : u32, bAt, bLen);
  return aSign < 0 ? (c === 0 ? 0 : -c) : c;
}
