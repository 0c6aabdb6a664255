// The `math` module's numerics as pure functions on JS numbers (floats) and bigints (ints),
// with CPython 3.13's results and error texts (Modules/mathmodule.c). runtime/modules/math.ts
// binds them to heap values; keeping them pure lets them be tested without a heap.
//
// Where CPython relies on the C library (sin, exp, log...), V8's fdlibm-derived Math.* is used:
// both are within an ulp and agree on the values the corpus prints, but not provably on all.
// Where CPython computes something itself (fsum, hypot, isqrt, comb, frexp, logs of huge ints),
// the result here is exact or correctly rounded by construction, as CPython's is.

import { raise } from '../semantics/errors.js';
import { ldexpExact } from '../semantics/exact.js';
import { floatPow, COMPLEX_RESULT } from '../semantics/float.js';
import { P, ln2, lnFixed, expFixed } from '../semantics/pow.js';
import { decompose } from '../semantics/float-digits.js';

/** A ValueError with `message` (for the binding layer's argument checks). */
export const raiseValue = (message: string): never => raise('ValueError', message);

const domain = (): never => raise('ValueError', 'math domain error');
const range = (): never => raise('OverflowError', 'math range error');

/**
 * CPython's math_1 contract for a one-argument libm function: a NaN from a non-NaN input is a
 * domain error; an infinity from a finite input is an overflow (when `canOverflow`) or a
 * domain error (a pole, such as atanh(1)).
 */
export function checked1(f: (x: number) => number, x: number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domain();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) return canOverflow ? range() : domain();
  return r;
}

// --- Correctly rounded exp and logarithms ---
// glibc's exp, log, log2 and log10 (what CPython calls) are correctly rounded in practice;
// V8's Math.exp and Math.log are not (Math.log(3) is an ulp low). These evaluate in 160-bit
// fixed point (semantics/pow.ts) and round once: ~10 us a call, exact to the last bit.

/** Fixed-point value v * 2**-P as the nearest double. */
function fixedToDouble(v: bigint): number {
  const r = ldexpExact(v < 0n ? -v : v, -Number(P));
  return v < 0n ? -r : r;
}

/** e**x, correctly rounded; OverflowError past the double range as CPython's math.exp. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 710) range();
  if (x < -746) return 0;
  // Below 2**-60 in magnitude e**x is within a quarter ulp of 1.
  if (Math.abs(x) < 2 ** -60) return 1;
  const { m, e } = decompose(Math.abs(x));
  const shift = Number(P) + e;
  let w = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  if (x < 0) w = -w;
  const [mantissa, n] = expFixed(w);
  const r = ldexpExact(mantissa, n - Number(P));
  if (r === Infinity) range();
  return r;
}

/** Natural logarithm of a positive finite double, correctly rounded. */
function lnPositive(x: number): number {
  return x === 1 ? 0 : fixedToDouble(lnFixed(x));
}

/** The three logarithms math offers, for positive finite doubles. */
export const LOGS = {
  log: lnPositive,
  log2: (x: number) => fixedToDouble((lnFixed(x) << P) / ln2()),
  log10,
} as const;

/**
 * glibc's log10 is not correctly rounded: it is fdlibm's e_log10.c algorithm (split off the
 * binary exponent k, then k * log10(2) + log(m) / ln(10) in two parts) on top of glibc's own
 * correctly rounded log. Reproducing that algorithm over lnPositive gives glibc's bits.
 */
function log10(x: number): number {
  let k = 0;
  if (x < 2 ** -1022) { k -= 54; x *= 2 ** 54; }
  bitsView.setFloat64(0, x);
  let hx = bitsView.getInt32(0);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  bitsView.setInt32(0, hx);
  const z = y * LOG10_2LO + IVLN10 * lnPositive(bitsView.getFloat64(0));
  return z + y * LOG10_2HI;
}
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

// --- Logarithms ---

/**
 * log-family function of an int argument: CPython's loghelper works on the int itself so that
 * ints past the float range still have logarithms (x = m * 2**e with 0.5 <= m < 1).
 */
export function logOfInt(f: (x: number) => number, n: bigint): number {
  if (n <= 0n) domain();
  const x = Number(n);
  if (Number.isFinite(x)) return f(x);
  const bits = n.toString(2).length;
  // The top 60 bits decide m to well under an ulp before rounding to a double.
  const shift = bits - 60;
  const m = Number(n >> BigInt(shift)) / 2 ** 60;
  return f(m) + f(2) * (shift + 60);
}

export function logOfFloat(f: (x: number) => number, x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x <= 0) domain();
  return f(x);
}

// --- Rounding and decomposition ---

/** math.frexp: (m, e) with x = m * 2**e, 0.5 <= |m| < 1; (x, 0) for 0, inf, nan. Exact. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shifted = 0;
  // A subnormal has no implicit bit: scale it into the normal range, where the exponent field
  // alone gives the binary exponent.
  if (Math.abs(x) < 2 ** -1022) { x *= 2 ** 64; shifted = 64; }
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  bitsView.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [bitsView.getFloat64(0), biased - 1022 - shifted];
}

const bitsView = new DataView(new ArrayBuffer(8));

/** math.ldexp(x, i), with CPython's OverflowError; i may be any int. */
export function ldexp(x: number, i: bigint): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const clamped = i > 4000n ? 4000 : i < -4000n ? -4000 : Number(i);
  const [m, e] = frexp(x);
  const mant = BigInt(Math.abs(m) * 2 ** 53);
  const r = ldexpExact(mant, e - 53 + clamped);
  if (r === Infinity) range();
  return x < 0 ? -r : r;
}

/** math.modf: (fractional part, integral part), both with x's sign. */
export function modf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x];
  if (!Number.isFinite(x)) return [x < 0 ? -0 : 0, x];
  const whole = Math.trunc(x);
  const frac = x - whole;
  return [frac === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : frac, whole === 0 && x < 0 ? -0 : whole];
}

/** math.fmod: C's fmod (JS % on doubles is exactly that), with CPython's domain errors. */
export function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && Number.isFinite(x)) return Number.isNaN(y) ? y : x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
  return r;
}

export function copysign(x: number, y: number): number {
  const negative = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
  return negative ? -Math.abs(x) : Math.abs(x);
}

const nanBits = new DataView(new ArrayBuffer(8));
function signBitOfNaN(x: number): boolean {
  nanBits.setFloat64(0, x);
  return (nanBits.getUint8(0) & 0x80) !== 0;
}

/** math.pow: C's pow with CPython's errors (never a complex result, never ZeroDivisionError). */
export function mathPow(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (x === 0 && y < 0) domain();
    if (x < 0 && !Number.isInteger(y)) domain();
  }
  let r: number | typeof COMPLEX_RESULT;
  try {
    r = floatPow(x, y);
  } catch (e) {
    // floatPow speaks for `**`: its overflow is math's range error.
    if ((e as { pyType?: string }).pyType === 'OverflowError') range();
    throw e;
  }
  if (r === COMPLEX_RESULT) domain();
  return r as number;
}

// --- Exact sums and norms ---

/**
 * math.fsum: the exactly rounded sum (Shewchuk's partials, as msum.py / CPython), with
 * CPython's handling of infinities, NaNs and intermediate overflow.
 */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A nonfinite x could come from an overflow of finite inputs, or be inf/nan itself.
        if (Number.isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        partials.length = 0;
      } else {
        partials.push(x);
      }
    }
  }
  if (special !== 0) {
    if (Number.isNaN(infSum)) raise('ValueError', '-inf + inf in fsum');
    return special;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even correctly when the remaining partials push the tie one way.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** A finite double as an exact m * 2**e with integer m (sign kept in m). */
function exactParts(x: number): [bigint, number] {
  const [m, e] = frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}

/**
 * The correctly rounded Euclidean norm of finite values (math.hypot, math.dist). CPython 3.13's
 * vector_norm is correctly rounded except in rare cases; this is always correctly rounded, by
 * summing the squares exactly and taking an integer square root with a sticky bit.
 */
export function norm(values: readonly number[]): number {
  let sawNaN = false;
  for (const v of values) {
    if (v === Infinity || v === -Infinity) return Infinity;
    if (Number.isNaN(v)) sawNaN = true;
  }
  if (sawNaN) return NaN;
  const parts = values.filter((v) => v !== 0).map(exactParts);
  if (parts.length === 0) return 0;
  if (parts.length === 1) return Math.abs(values.find((v) => v !== 0)!);
  const minExp = Math.min(...parts.map(([, e]) => e));
  // Squares on the common exponent 2 * minExp: sum = S * 2**(2 * minExp), exact.
  let sum = 0n;
  for (const [m, e] of parts) sum += (m * m) << BigInt(2 * (e - minExp));
  // Shift S left by an even amount so its square root carries 55+ bits, then mark inexactness.
  const bits = sum.toString(2).length;
  const extra = Math.max(0, 112 - bits);
  const shift = extra + (extra & 1);
  const scaled = sum << BigInt(shift);
  let root = isqrt(scaled);
  if (root * root !== scaled) root |= 1n;
  return ldexpExact(root, minExp - shift / 2);
}

/** math.ulp: the value of the least significant bit of x. */
export function ulp(x: number): number {
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  if (x === Number.MAX_VALUE) return x - nextBelow(x);
  return nextAbove(x) - x;
}

function nextAbove(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  bitsView.setFloat64(0, x);
  bitsView.setBigUint64(0, bitsView.getBigUint64(0) + 1n);
  return bitsView.getFloat64(0);
}

function nextBelow(x: number): number {
  bitsView.setFloat64(0, x);
  bitsView.setBigUint64(0, bitsView.getBigUint64(0) - 1n);
  return bitsView.getFloat64(0);
}

// --- Integers ---

/** math.isqrt: floor of the square root of a nonnegative int (Newton's method from above). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const r = (a / gcd(a, b)) * b;
  return r < 0n ? -r : r;
}

/** Product of the ints in [lo, hi], split in halves so the multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let p = 1n;
    for (let k = lo; k <= hi; k++) p *= k;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(n: bigint): bigint {
  if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
  if (n > 100_000n) raise('OverflowError', 'factorial() argument should not exceed 100000');
  return rangeProduct(2n, n);
}

export function perm(n: bigint, k: bigint | null): bigint {
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k === null) return factorial(n);
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  return rangeProduct(n - k + 1n, n);
}

export function comb(n: bigint, k: bigint): bigint {
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  return rangeProduct(n - k + 1n, n) / rangeProduct(1n, k);
}

// --- Comparisons ---

/** math.isclose with CPython's rules (infinities equal only to themselves, NaN never). */
export function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0 || absTol < 0) raise('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}
