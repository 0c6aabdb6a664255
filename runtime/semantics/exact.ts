// Correctly rounded conversions of exact binary rationals to doubles (ties to even), shared
// by int true division, float.fromhex and exact integer powers.

/** m * 2**exp (m >= 0) correctly rounded to a double (ties to even); ±Infinity past the range. */
export function ldexpExact(m: bigint, exp: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  const top = bits - 1 + exp; // exponent of the leading bit
  if (top > 1024) return Infinity;
  if (top < -1075) return 0; // below half the smallest subnormal
  // Bits kept: 53 for normal results, fewer as the result sinks into the subnormal range.
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  const shift = bits - keep;
  let q = m;
  let e = exp;
  if (shift > 0) {
    const den = 1n << BigInt(shift);
    const fl = m >> BigInt(shift);
    const twice = (m - (fl << BigInt(shift))) * 2n;
    q = twice > den || (twice === den && (fl & 1n) === 1n) ? fl + 1n : fl;
    e += shift;
  }
  let x = Number(q); // exact: q has at most 54 bits and a power-of-two carry
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** num / den * 2**exp correctly rounded (num >= 0, den > 0); Infinity past the range. */
export function rationalToFloat(num: bigint, den: bigint, exp = 0): number {
  if (num === 0n) return 0;
  // Scale so the integer quotient has at least 55 bits: 53 kept, a round bit, and a sticky
  // bit that records an inexact division below every bit ldexpExact might round at.
  const shift = Math.max(0, den.toString(2).length - num.toString(2).length + 55);
  const scaled = num << BigInt(shift);
  let q = scaled / den;
  if (q * den !== scaled) q |= 1n;
  return ldexpExact(q, exp - shift);
}
