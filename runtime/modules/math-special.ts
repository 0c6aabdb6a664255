// math's special functions as CPython 3.13 computes them, as pure functions on doubles:
// gamma and lgamma (mathmodule.c's own Lanczos approximation, m_tgamma/m_lgamma), erf and
// erfc (glibc's, which 3.13 calls), cbrt (glibc's dbl-64 algorithm: a polynomial seed and one Halley step, so
// cbrt(27) is 3.0000000000000004 as on Linux), remainder (m_remainder, exact), nextafter, and
// the exact sumprod of floats. The exp/log/pow they call are the correctly rounded ones of
// math-core.ts, as glibc's are.

import { raise } from '../builtins/exceptions.js';
import { exp, LOGS, mathPow, fmod, frexp, ldexp } from './math-core.js';
import * as trig from './trig.js';

const domain = (): never => raise('ValueError', 'math domain error');
const range = (): never => raise('OverflowError', 'math range error');

const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;

/** sin(pi * x) with exact reduction (m_sinpi). */
function sinpi(x: number): number {
  const y = fmod(Math.abs(x), 2.0);
  const n = Math.round(2.0 * y); // C round(): half away from zero; 2y >= 0, so Math.round agrees
  let r: number;
  switch (n) {
    case 0: r = trig.sin(PI * y); break;
    case 1: r = trig.cos(PI * (y - 0.5)); break;
    case 2: r = trig.sin(PI * (1.0 - y)); break;
    case 3: r = -trig.cos(PI * (y - 1.5)); break;
    default: r = trig.sin(PI * (y - 2.0)); break;
  }
  return Math.sign(1 / x) < 0 || x < 0 ? -r : r;
}

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** gamma(1) .. gamma(23), exact. */
const GAMMA_INTEGRAL = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800,
  87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000,
  2432902008176640000, 51090942171709440000, 1124000727777607680000];

/** Lanczos' rational sum L_g(x) for x > 0 (in 1/x past 5 so that it cannot overflow). */
function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length; --i >= 0;) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return domain();
  }
  if (x === 0) return domain();
  if (x === Math.floor(x)) {
    if (x < 0) return domain();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return Number.isFinite(r) ? r : range();
  }
  if (absx > 200.0) return x < 0 ? 0.0 / sinpi(x) : range();
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) z = (y - absx) - LANCZOS_G_MINUS_HALF;
  else z = (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= mathPow(y, absx - 0.5);
    else { const s = mathPow(y, absx / 2.0 - 0.25); r /= s; r /= s; }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= mathPow(y, absx - 0.5);
    else { const s = mathPow(y, absx / 2.0 - 0.25); r *= s; r *= s; }
  }
  return Number.isFinite(r) ? r : range();
}

const log = (x: number): number => (x === Infinity ? Infinity : x === 0 ? -Infinity : LOGS.log(x));

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) return x <= 0 ? domain() : 0.0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  return Number.isFinite(r) ? r : range();
}

// --- erf / erfc: glibc's sysdeps/ieee754/dbl-64/s_erf.c (Sun's fdlibm algorithm, with glibc's
// pairwise polynomial evaluation), which CPython 3.13 calls; exp is the correctly rounded one. ---
const ERX = 8.45062911510467529297e-01, EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
const TINY = 1e-300;

const words = new DataView(new ArrayBuffer(8));
function highWord(x: number): number { words.setFloat64(0, x); return words.getInt32(0); }
function clearLow(x: number): number { words.setFloat64(0, x); words.setInt32(4, 0); return words.getFloat64(0); }

/** r/s on [0, 0.84375) in glibc's evaluation order. */
function smallRatio(z: number): number {
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1 + z * QQ[1], s2 = QQ[2] + z * QQ[3], s3 = QQ[4] + z * QQ[5];
  return (r1 + z2 * r2 + z4 * PP[4]) / (s1 + z2 * s2 + z4 * s3);
}
/** P/Q on [0.84375, 1.25), s = |x| - 1. */
function middleRatio(s: number): number {
  const P1 = PA[0] + s * PA[1], s2 = s * s, Q1 = 1 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2, Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5], Q3 = QA[4] + s * QA[5];
  return (P1 + s2 * P2 + s4 * P3 + s6 * PA[6]) / (Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6]);
}
/** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25, split so that -x*x is exact. */
function tail(x: number, ix: number, cutoff: number): number {
  const s = 1 / (x * x);
  let R: number, S: number;
  if (ix < cutoff) {
    const R1 = RA[0] + s * RA[1], s2 = s * s, S1 = 1 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2, S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5], S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7], S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1], s2 = s * s, S1 = 1 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2, S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5], S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = clearLow(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * EFX) * x) : x + EFX * x;
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + middleRatio(Math.abs(x) - 1) : -ERX - middleRatio(Math.abs(x) - 1);
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const r = tail(ax, ix, 0x4006DB6E);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(Math.abs(x) - 1);
    return hx >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const ax = Math.abs(x);
    const r = tail(ax, ix, 0x4006DB6D);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

// --- cbrt (glibc sysdeps/ieee754/dbl-64/s_cbrt.c) ---
const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, BigInt(Math.trunc(xe / 3)));
}

// --- remainder, nextafter ---

/** IEEE 754 remainder (m_remainder): x - n*y with n the nearest integer to x/y, ties to even. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return domain();
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = fmod(absx, absy);
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * fmod(0.5 * (absx - m), absy);
    return x < 0 || Object.is(x, -0) ? -r : r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return domain();
  return x; // y is infinite
}

const bits = new DataView(new ArrayBuffer(8));

/** The next double after x towards y (C99 nextafter). */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  bits.setFloat64(0, x);
  let b = bits.getBigUint64(0);
  b += (x < y) === (x > 0) ? 1n : -1n;
  bits.setBigUint64(0, b);
  return bits.getFloat64(0);
}

/** A double's position on the number line of doubles (adjacent doubles differ by 1). */
function ordinal(x: number): bigint {
  bits.setFloat64(0, x);
  const b = bits.getBigUint64(0);
  return b >= 1n << 63n ? -(b - (1n << 63n)) : b;
}
function fromOrdinal(o: bigint): number {
  bits.setBigUint64(0, o < 0n ? (-o) | (1n << 63n) : o);
  return bits.getFloat64(0);
}

/** nextafter(x, y, steps=n): n steps at once (3.12's `steps`), never past y. */
export function nextafterSteps(x: number, y: number, steps: bigint): number {
  if (steps < 0n) raise('ValueError', 'steps must be a non-negative integer');
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (steps === 0n) return x;
  const a = ordinal(x), b = ordinal(y);
  const gap = a < b ? b - a : a - b;
  if (steps >= gap) return y;
  const r = fromOrdinal(a < b ? a + steps : a - steps);
  return r === 0 && x !== 0 ? (x > 0 ? 0 : -0) : r;
}
