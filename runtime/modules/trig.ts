// Correctly rounded sin, cos, tan, atan and atan2 for math, in BigInt fixed point.
//
// CPython calls glibc, whose sin/cos/tan/atan/atan2 are correctly rounded in practice; V8's
// fdlibm ports are not (Math.cos(0.1) is an ulp low), so printing math.cos(0.1) would differ.
// Here the argument is reduced modulo pi/2 exactly enough (pi to as many bits as the argument's
// exponent needs, so sin(1e300) is right too), the series are summed with F fraction bits, and
// the result is rounded once. ~20-50 us a call: correctness first; a double-double fast path
// with a rounding test (as semantics/pow-dd.ts does for pow) is the way to speed it up.

import { ldexpExact } from '../semantics/exact.js';
import { decompose } from '../semantics/float-digits.js';
import { isqrt } from './math-core.js';

/** Fraction bits of the working fixed point: results as small as 2**-61 keep 139+ bits. */
const F = 200;
const ONE = 1n << BigInt(F);

let piBits = 0;
let piCache = 0n;

/** pi * 2**bits, truncated (Machin: pi = 16 atan(1/5) - 4 atan(1/239)), cached at its widest. */
function piFixed(bits: number): bigint {
  if (bits > piBits) {
    const w = bits + 32;
    const atanInv = (n: bigint): bigint => {
      const unity = 1n << BigInt(w);
      let term = unity / n;
      let sum = term;
      const n2 = n * n;
      for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
        term /= n2;
        sum += (sign * term) / k;
      }
      return sum;
    };
    piCache = (16n * atanInv(5n) - 4n * atanInv(239n)) >> 32n;
    piBits = bits;
    return piCache;
  }
  return piCache >> BigInt(piBits - bits);
}

/** x (finite) as r + k * pi/2 with r in fixed point (|r| <= pi/4 + tiny) and k mod 4. */
function reduce(x: number): [bigint, number] {
  const { m, e } = decompose(Math.abs(x));
  const sign = x < 0 ? -1n : 1n;
  if (Math.abs(x) < 0.78) {
    const shift = F + e;
    return [sign * (shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift)), 0];
  }
  // Enough bits that k * (error of pi/2) stays below 2**-(F + 8).
  const w = F + Math.max(0, e + 53) + 64;
  const big = m << BigInt(e + w); // e + w >= 0 here: |x| >= 0.78 means e >= -53
  const halfPi = piFixed(w) >> 1n;
  const k = (big + (halfPi >> 1n)) / halfPi;
  const r = (big - k * halfPi) >> BigInt(w - F);
  const q = Number(k % 4n);
  return sign < 0n ? [-r, (4 - q) % 4] : [r, q];
}

/** sin and cos of a fixed-point |r| <= ~0.8 by their Taylor series. */
function sinCos(r: bigint): [bigint, bigint] {
  const r2 = (r * r) >> BigInt(F);
  let sin = r;
  let cos = ONE;
  let term = r;
  for (let k = 2n; term !== 0n; k += 2n) {
    term = -(term * r2 >> BigInt(F)) / (k * (k + 1n));
    sin += term;
  }
  term = ONE;
  for (let k = 1n; term !== 0n; k += 2n) {
    term = -(term * r2 >> BigInt(F)) / (k * (k + 1n));
    cos += term;
  }
  return [sin, cos];
}

/** A fixed-point value as the nearest double. */
function toDouble(v: bigint): number {
  const r = ldexpExact(v < 0n ? -v : v, -F);
  return v < 0n ? -r : r;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x; // sin x = x - x^3/6: the cubic term is below half an ulp
  const [r, q] = reduce(x);
  const [s, c] = sinCos(r);
  return toDouble([s, c, -s, -c][q]);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const [r, q] = reduce(x);
  const [s, c] = sinCos(r);
  return toDouble([c, -s, -c, s][q]);
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const [r, q] = reduce(x);
  const [s, c] = sinCos(r);
  // tan(r + k pi/2) is tan r for even k and -cot r for odd k.
  return toDouble(q % 2 === 0 ? (s << BigInt(F)) / c : -((c << BigInt(F)) / s));
}

/** atan of a fixed-point t >= 0 (any size up to ~2**60 ONE). */
function atanFixed(t: bigint): bigint {
  const halfPi = piFixed(F) >> 1n;
  if (t > ONE) return halfPi - atanFixed((ONE << BigInt(F)) / t);
  // Two halvings, atan t = 2 atan(t / (1 + sqrt(1 + t^2))), bring t below tan(pi/16) ~ 0.2.
  let doublings = 0;
  for (let i = 0; i < 2; i++) {
    const root = isqrt((ONE * ONE) + t * t);
    t = (t << BigInt(F)) / (ONE + root);
    doublings++;
  }
  const t2 = (t * t) >> BigInt(F);
  let sum = t;
  let power = t;
  for (let k = 3n, sign = -1n; power !== 0n; k += 2n, sign = -sign) {
    power = (power * t2) >> BigInt(F);
    sum += (sign * power) / k;
  }
  return sum << BigInt(doublings);
}

/** Fixed-point |x| (x finite), exact when x has no bits below 2**-F. */
function fixedAbs(x: number): bigint {
  const { m, e } = decompose(Math.abs(x));
  const shift = F + e;
  return shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Math.PI / 2;
  if (x === -Infinity) return -Math.PI / 2;
  if (Math.abs(x) < 2 ** -27) return x; // atan x = x - x^3/3: below half an ulp
  if (Math.abs(x) > 2 ** 60) return x < 0 ? -Math.PI / 2 : Math.PI / 2; // pi/2 - 1/x rounds to pi/2
  const v = toDouble(atanFixed(fixedAbs(x)));
  return x < 0 ? -v : v;
}

/** atan2 with C99's special cases (the same as CPython's m_atan2) and a correctly rounded core. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y) || !Number.isFinite(x) || y === 0 || x === 0) return Math.atan2(y, x);
  // Both finite and nonzero: atan(|y| / |x|) exactly as a ratio of the two exact values.
  const a = decompose(Math.abs(y));
  const b = decompose(Math.abs(x));
  const exp = a.e - b.e;
  if (exp > 70) return y < 0 ? -Math.PI / 2 : Math.PI / 2; // the angle rounds to ±pi/2 (or ±pi/2 ∓ tiny)
  if (exp < -62) {
    // |y/x| < 2**-61: atan(y/x) = y/x * (1 - (y/x)**2/3 + ...), within 2**-120 relatively of
    // the correctly rounded quotient.
    const q = Math.abs(y) / Math.abs(x);
    return signed(y, x < 0 ? Math.PI - q : q);
  }
  const shift = F + exp; // >= F - 62 > 0
  const t = (a.m << BigInt(shift)) / b.m;
  let angle = atanFixed(t);
  if (x < 0) angle = piFixed(F) - angle;
  return signed(y, toDouble(angle));
}

const signed = (y: number, v: number) => (y < 0 ? -v : v);
