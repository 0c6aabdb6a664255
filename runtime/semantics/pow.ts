// A correctly rounded pow(x, y) for x > 0, finite y. CPython calls the C library's pow,
// which glibc computes correctly rounded in practice; V8's Math.pow is off by an ulp now and
// then (2 ** 1.5 gives 2.82842712474619, glibc 2.8284271247461903). This computes
// exp(y * ln x) in 160-bit fixed point with BigInt and rounds once.
import { decompose } from './float-digits.js';
import { ldexpExact } from './exact.js';
import { powDD } from './pow-dd.js';

export const P = 160n; // fraction bits of the fixed-point numbers below (math.ts shares them)
const ONE = 1n << P;

/** 2 * atanh(t) for fixed-point t with |t| <= 1/3: 2 * (t + t^3/3 + t^5/5 + ...). */
function atanh2(t: bigint): bigint {
  // Work on |t|: `>>` floors, so a negative power would stick at -1 and never reach 0.
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

let ln2Cache: bigint | undefined;
/** ln 2 = 2 * atanh(1/3). */
export function ln2(): bigint {
  return (ln2Cache ??= atanh2(ONE / 3n));
}

/** ln(x) in fixed point, x > 0 finite. */
export function lnFixed(x: number): bigint {
  const { m, e } = decompose(x);
  const bits = m.toString(2).length;
  // x = f * 2**k with f = m / 2**(bits-1) in [1, 2); move f into [sqrt(1/2), sqrt(2)).
  let k = e + bits - 1;
  let f = m << (P - BigInt(bits - 1));
  if (f * f > 2n * ONE * ONE) {
    f >>= 1n;
    k += 1;
  }
  const t = ((f - ONE) << P) / (f + ONE); // |t| < 0.172
  return atanh2(t) + BigInt(k) * ln2();
}

/** exp(w) for fixed-point w, as [mantissa R (fixed point, ~[0.7, 1.42]), binary exponent n]. */
export function expFixed(w: bigint): [bigint, number] {
  const l2 = ln2();
  // n = round(w / ln2); r = w - n ln2, |r| <= ln2 / 2.
  let n = w / l2;
  let r = w - n * l2;
  if (2n * r > l2) { n += 1n; r -= l2; } else if (-2n * r > l2) { n -= 1n; r += l2; }
  let term = ONE;
  let sum = ONE;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / (ONE * i);
    sum += term;
  }
  return [sum, Number(n)];
}

/**
 * x ** y correctly rounded, for x > 0 finite and y finite, or undefined in the (rare) case
 * where the fixed-point result is too close to a rounding boundary to decide; the caller
 * then falls back to Math.pow. Overflow gives Infinity, underflow 0 or a subnormal.
 */
export function powCorrectlyRounded(x: number, y: number): number | undefined {
  return powDD(x, y) ?? powBig(x, y);
}

/** The 160-bit BigInt path: slow (~10 us) but decides all but astronomically rare cases. */
export function powBig(x: number, y: number): number | undefined {
  const lnx = lnFixed(x);
  const { m: my, e: ey } = decompose(Math.abs(y));
  let w = lnx * my;
  w = ey >= 0 ? w << BigInt(ey) : w >> BigInt(-ey);
  if (y < 0) w = -w;
  // Far outside the double range: decide without building huge numbers.
  const limit = 760n * ONE;
  if (w > limit) return Infinity;
  if (w < -limit) return 0;
  const [r, n] = expFixed(w);
  // The error of r is far below 2**-80 relative; round both ends of that interval.
  const margin = r >> 80n;
  const lo = ldexpExact(r - margin, n - Number(P));
  const hi = ldexpExact(r + margin, n - Number(P));
  return lo === hi ? lo : undefined;
}
