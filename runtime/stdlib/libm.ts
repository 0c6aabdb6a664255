// Correctly rounded log, exp, sin and cos for the random module. CPython calls glibc, whose
// log/exp/sin/cos are correctly rounded in practice; V8's fdlibm ports are an ulp away now
// and then (random.gauss() differs from CPython in the last digit about one call in 50
// with Math.*). Each function evaluates in 160-bit fixed point with BigInt and rounds once;
// where the result is too close to a rounding boundary to decide (never seen in tests) it
// falls back to Math.*. About 10-20 us per call.
import { decompose } from '../semantics/float-digits.js';
import { ldexpExact } from '../semantics/exact.js';

const P = 160n;
const ONE = 1n << P;
const PI_BITS = 256n; // pi carried with extra bits so that reduction of |x| < 2**40 stays exact enough

/** 2 * atanh(t), |t| <= 1/3 (fixed point). */
function atanh2(t: bigint): bigint {
  if (t < 0n) return -atanh2(-t);
  const t2 = (t * t) >> P;
  let power = t;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * t2) >> P;
  }
  return 2n * sum;
}

/** atan(1/n) scaled by 2**bits, by its alternating series. */
function atanInv(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let power = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n, sign = 1n; power !== 0n; k += 2n, sign = -sign) {
    sum += (sign * power) / k;
    power /= n2;
  }
  return sum;
}

const LN2 = atanh2(ONE / 3n);
// Machin: pi = 16 atan(1/5) - 4 atan(1/239), with 16 guard bits dropped at the end.
const PI_WIDE = (16n * atanInv(5n, PI_BITS + 16n) - 4n * atanInv(239n, PI_BITS + 16n)) >> 16n;

/** x (finite) as a fixed-point number with `bits` fraction bits (truncated toward zero). */
function toFixed(x: number, bits: bigint): bigint {
  const { m, e } = decompose(Math.abs(x));
  const sh = BigInt(e) + bits;
  const v = sh >= 0n ? m << sh : m >> -sh;
  return x < 0 ? -v : v;
}

/** Rounds fixed-point `w` (P fraction bits, error far below 2**-100 relative) or gives up. */
function round(w: bigint, scaleExp = 0): number | undefined {
  const neg = w < 0n;
  const a = neg ? -w : w;
  const margin = (a >> 90n) + (1n << 8n);
  const lo = ldexpExact(a - margin < 0n ? 0n : a - margin, scaleExp - Number(P));
  const hi = ldexpExact(a + margin, scaleExp - Number(P));
  if (lo !== hi) return undefined;
  return neg ? -lo : lo;
}

/** log(x): correctly rounded natural logarithm (NaN, ±inf, 0 and negatives as C). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  const { m, e } = decompose(x);
  const bits = m.toString(2).length;
  let k = e + bits - 1;
  let f = m << (P - BigInt(bits - 1));
  if (f * f > 2n * ONE * ONE) {
    f >>= 1n;
    k += 1;
  }
  const t = ((f - ONE) << P) / (f + ONE);
  return round(atanh2(t) + BigInt(k) * LN2) ?? Math.log(x);
}

/** log2(x), correctly rounded (exact for powers of two). */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const { m, e } = decompose(x);
  if ((m & (m - 1n)) === 0n) return e + m.toString(2).length - 1;
  const bits = m.toString(2).length;
  let k = e + bits - 1;
  let f = m << (P - BigInt(bits - 1));
  if (f * f > 2n * ONE * ONE) {
    f >>= 1n;
    k += 1;
  }
  const t = ((f - ONE) << P) / (f + ONE);
  const ln = atanh2(t) + BigInt(k) * LN2;
  return round((ln << P) / LN2) ?? Math.log2(x);
}

/** exp(x), correctly rounded. */
export function exp(x: number): number {
  if (!Number.isFinite(x) || x > 710 || x < -746 || x === 0) return Math.exp(x);
  const w = toFixed(x, P);
  let n = w / LN2;
  let r = w - n * LN2;
  if (2n * r > LN2) { n += 1n; r -= LN2; } else if (-2n * r > LN2) { n -= 1n; r += LN2; }
  let term = ONE;
  let sum = ONE;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / (ONE * i);
    sum += term;
  }
  return round(sum, Number(n)) ?? Math.exp(x);
}

/** sin and cos of r (fixed point, |r| <= pi/4) by their Taylor series. */
function sinCosSeries(r: bigint): [bigint, bigint] {
  const r2 = (r * r) >> P;
  let s = 0n;
  let term = r;
  for (let k = 1n; term !== 0n; k += 2n) {
    s += term;
    term = -(((term * r2) >> P) / ((k + 1n) * (k + 2n)));
  }
  let c = 0n;
  term = ONE;
  for (let k = 0n; term !== 0n; k += 2n) {
    c += term;
    term = -(((term * r2) >> P) / ((k + 1n) * (k + 2n)));
  }
  return [s, c];
}

/** (quadrant, reduced r) with x = quadrant * pi/2 + r, |r| <= pi/4, or undefined if |x| is huge. */
function reduce(x: number): [number, bigint] | undefined {
  if (!(Math.abs(x) < 2 ** 40)) return undefined;
  const wide = toFixed(x, PI_BITS);
  const halfPi = PI_WIDE >> 1n;
  let q = wide / halfPi;
  let rem = wide - q * halfPi;
  if (2n * rem > halfPi) { q += 1n; rem -= halfPi; } else if (-2n * rem > halfPi) { q -= 1n; rem += halfPi; }
  return [Number(((q % 4n) + 4n) % 4n), rem >> (PI_BITS - P)];
}

function sinCos(x: number, which: 0 | 1): number | undefined {
  const red = reduce(x);
  if (red === undefined) return undefined;
  const [q, r] = red;
  const [s, c] = sinCosSeries(r);
  // sin(x) by quadrant: s, c, -s, -c; cos(x): c, -s, -c, s.
  const table = which === 0 ? [s, c, -s, -c] : [c, -s, -c, s];
  return round(table[q]);
}

/** sin(x), correctly rounded for |x| < 2**40 (Math.sin beyond: random never goes there). */
export function sin(x: number): number {
  // Below 2**-27 the cubic term is under half an ulp: sin(x) rounds to x.
  if (Math.abs(x) < 2 ** -27 || !Number.isFinite(x)) return Math.abs(x) < 2 ** -27 ? x : Math.sin(x);
  return sinCos(x, 0) ?? Math.sin(x);
}

/** cos(x), correctly rounded for |x| < 2**40. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return Math.cos(x);
  if (Math.abs(x) < 2 ** -27) return 1; // 1 - x*x/2 rounds to 1
  return sinCos(x, 1) ?? Math.cos(x);
}

/** floor(sqrt(n)) for n >= 0. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Start above the root (2**ceil(bits/2) is), so that Newton's steps descend onto it.
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** atan(t) for fixed-point 0 <= t <= ONE: two argument halvings, then the Taylor series. */
function atanFixed(t: bigint): bigint {
  for (let k = 0; k < 2; k++) t = (t << P) / (ONE + isqrt(ONE * ONE + t * t));
  const t2 = (t * t) >> P;
  let power = t;
  let sum = 0n;
  for (let k = 1n, sign = 1n; power !== 0n; k += 2n, sign = -sign) {
    sum += (sign * power) / k;
    power = (power * t2) >> P;
  }
  return sum << 2n;
}

/** acos(x), correctly rounded: 2 atan(sqrt((1 - x) / (1 + x))). */
export function acos(x: number): number {
  if (!(x >= -1 && x <= 1)) return Math.acos(x);
  if (x === 1) return 0;
  const pi = PI_WIDE >> (PI_BITS - P);
  if (x === -1) return round(pi) ?? Math.PI;
  const X = toFixed(x, P);
  const s = isqrt((((ONE - X) << P) / (ONE + X)) << P);
  const a = s <= ONE ? atanFixed(s) : (pi >> 1n) - atanFixed((ONE << P) / s);
  return round(2n * a) ?? Math.acos(x);
}

const HALF_LN_2PI = 0.9189385332046728; // 0.5 * log(2*pi), correctly rounded

/**
 * lgamma(x) for a positive integer-valued x (all binomialvariate needs): ln((x-1)!)
 * correctly rounded from the exact factorial up to 1000; Stirling's series beyond, whose
 * error (an ulp or two of a value near x ln x) matches the C library's accuracy there.
 */
export function lgammaInt(x: number): number {
  if (x <= 2) return 0;
  if (x <= 1000) {
    let f = 1n;
    for (let k = 2n; k < BigInt(x); k++) f *= k;
    return lnBig(f);
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (x - 0.5) * log(x) - x + HALF_LN_2PI + series;
}

/** ln(n) for a positive BigInt, correctly rounded. */
function lnBig(n: bigint): number {
  const bits = n.toString(2).length;
  let k = bits - 1;
  let f = bits - 1 <= Number(P) ? n << (P - BigInt(bits - 1)) : n >> BigInt(bits - 1 - Number(P));
  if (f * f > 2n * ONE * ONE) {
    f >>= 1n;
    k += 1;
  }
  const t = ((f - ONE) << P) / (f + ONE);
  return round(atanh2(t) + BigInt(k) * LN2) ?? Math.log(Number(n));
}
