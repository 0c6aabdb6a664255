// cmath's numerics as pure functions on {re, im}: CPython's Modules/cmathmodule.c algorithms
// (branch cuts with signed zeros, rescaling against overflow and subnormal loss, Annex G
// special values from cmath-special.ts), raising CPython's ValueError('math domain error')
// and OverflowError('math range error') where it does.
//
// The real functions underneath are the correctly rounded ones of math-core.ts/trig.ts where
// glibc's are correctly rounded (exp, log, sin, cos, tan, atan2, hypot via an exact norm) and
// V8's fdlibm ports where glibc also derives from fdlibm (log1p, asinh, sinh, cosh, tanh).

import { PyError } from '../errors.js';
import * as core from './math-core.js';
import * as trig from './trig.js';
import { SPECIAL, type SpecialEntry } from './cmath-special.js';

/** A complex number. Invariant: parts are IEEE doubles with their signs (−0.0 matters). */
export interface Complex { re: number; im: number }

const domain = (): never => { throw new PyError('ValueError', 'math domain error'); };
const range = (): never => { throw new PyError('OverflowError', 'math range error'); };

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2 ** -1022;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(53 / 2) + 1;
const SCALE_DOWN = -(SCALE_UP + 1) / 2;
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;

const copysign = (x: number, y: number): number => core.copysign(x, y);
const isFinite = Number.isFinite;
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

function exp(x: number): number {
  if (x > 709.8) return Infinity;
  return core.exp(x);
}
function log(x: number): number {
  if (x === 0) return -Infinity;
  if (x === Infinity || Number.isNaN(x)) return x;
  return core.LOGS.log(x);
}
const hypot = (x: number, y: number): number => {
  if (isInf(x) || isInf(y)) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return core.norm([x, y]);
};
const sin = trig.sin, cos = trig.cos, tan = trig.tan;
const atan2 = trig.atan2;
/** CPython's m_log1p: log1p keeping the sign of zero. */
const log1p = (x: number): number => (x === 0 ? x : Math.log1p(x));
const asinh = Math.asinh, sinh = Math.sinh, cosh = Math.cosh, tanh = Math.tanh;
const ldexp = (x: number, e: number): number => x * 2 ** e;

/** -inf, negative, -0.0, +0.0, positive, +inf, nan → 0..6 (the tables' index). */
function specialType(d: number): number {
  if (isFinite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (Number.isNaN(d)) return 6;
  return d > 0 ? 5 : 0;
}

function fromEntry(e: SpecialEntry): Complex {
  if (e === 'ValueError') return domain();
  if (e === 'OverflowError') return range();
  if (e === null) throw new Error('internal error: cmath special table used for a finite value');
  return { re: Number(e[0] === 'inf' ? Infinity : e[0] === '-inf' ? -Infinity : e[0]), im: Number(e[1] === 'inf' ? Infinity : e[1] === '-inf' ? -Infinity : e[1]) };
}

/** The table value when a part is not finite, else null. */
function special(name: string, z: Complex): Complex | null {
  if (isFinite(z.re) && isFinite(z.im)) return null;
  return fromEntry(SPECIAL[name][specialType(z.re)][specialType(z.im)]);
}

export function sqrt(z: Complex): Complex {
  const s0 = special('sqrt', z);
  if (s0) return s0;
  if (z.re === 0 && z.im === 0) return { re: 0, im: z.im };
  let ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN && (ax > 0 || ay > 0)) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return z.re >= 0 ? { re: s, im: copysign(d, z.im) } : { re: d, im: copysign(s, z.im) };
}

export function acos(z: Complex): Complex {
  const s0 = special('acos', z);
  if (s0) return s0;
  if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
    const re = atan2(Math.abs(z.im), z.re);
    const l = log(hypot(z.re / 2, z.im / 2)) + LN2 * 2;
    return { re, im: z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im) };
  }
  const s1 = sqrt({ re: 1 - z.re, im: -z.im });
  const s2 = sqrt({ re: 1 + z.re, im: z.im });
  return { re: 2 * atan2(s1.re, s2.re), im: asinh(s2.re * s1.im - s2.im * s1.re) };
}

export function acosh(z: Complex): Complex {
  const s0 = special('acosh', z);
  if (s0) return s0;
  if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
    return { re: log(hypot(z.re / 2, z.im / 2)) + LN2 * 2, im: atan2(z.im, z.re) };
  }
  const s1 = sqrt({ re: z.re - 1, im: z.im });
  const s2 = sqrt({ re: z.re + 1, im: z.im });
  return { re: asinh(s1.re * s2.re + s1.im * s2.im), im: 2 * atan2(s1.im, s2.re) };
}

export function asinh_(z: Complex): Complex {
  const s0 = special('asinh', z);
  if (s0) return s0;
  if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
    const l = log(hypot(z.re / 2, z.im / 2)) + LN2 * 2;
    return { re: z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re), im: atan2(z.im, Math.abs(z.re)) };
  }
  const s1 = sqrt({ re: 1 + z.im, im: -z.re });
  const s2 = sqrt({ re: 1 - z.im, im: z.re });
  return { re: asinh(s1.re * s2.im - s2.re * s1.im), im: atan2(z.im, s1.re * s2.re - s1.im * s2.im) };
}

export function asin(z: Complex): Complex {
  const s = asinh_({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

export function atanh(z: Complex): Complex {
  const s0 = special('atanh', z);
  if (s0) return s0;
  if (z.re < 0) {
    const r = atanh({ re: -z.re, im: -z.im });
    return { re: -r.re, im: -r.im };
  }
  const ay = Math.abs(z.im);
  if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(z.re / 2, z.im / 2);
    return { re: z.re / 4 / h / h, im: -copysign(Math.PI / 2, -z.im) };
  }
  if (z.re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return domain();
    return { re: -log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), im: copysign(atan2(2, -ay) / 2, z.im) };
  }
  return {
    re: log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4,
    im: -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2,
  };
}

export function atan(z: Complex): Complex {
  const s = atanh({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

/** Shared by cosh/sinh/exp: inf + finite nonzero imag is computed, not tabled. */
function infTimesCis(y: number, negRe: boolean, negIm: boolean): Complex {
  const re = copysign(Infinity, cos(y)), im = copysign(Infinity, sin(y));
  return { re: negRe ? -re : re, im: negIm ? -im : im };
}

export function cosh_(z: Complex): Complex {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    let r: Complex;
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) r = infTimesCis(z.im, false, z.re < 0);
    else r = fromEntry(SPECIAL.cosh[specialType(z.re)][specialType(z.im)]);
    if (isInf(z.im) && !Number.isNaN(z.re)) return domain();
    return r;
  }
  let r: Complex;
  if (Math.abs(z.re) > LOG_LARGE) {
    const x1 = z.re - copysign(1, z.re);
    r = { re: cos(z.im) * cosh(x1) * Math.E, im: sin(z.im) * sinh(x1) * Math.E };
  } else r = { re: cos(z.im) * cosh(z.re), im: sin(z.im) * sinh(z.re) };
  if (isInf(r.re) || isInf(r.im)) return range();
  return r;
}

export function cos_(z: Complex): Complex {
  return cosh_({ re: -z.im, im: z.re });
}

export function sinh_(z: Complex): Complex {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    let r: Complex;
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) r = infTimesCis(z.im, z.re < 0, false);
    else r = fromEntry(SPECIAL.sinh[specialType(z.re)][specialType(z.im)]);
    if (isInf(z.im) && !Number.isNaN(z.re)) return domain();
    return r;
  }
  let r: Complex;
  if (Math.abs(z.re) > LOG_LARGE) {
    const x1 = z.re - copysign(1, z.re);
    r = { re: cos(z.im) * sinh(x1) * Math.E, im: sin(z.im) * cosh(x1) * Math.E };
  } else r = { re: cos(z.im) * sinh(z.re), im: sin(z.im) * cosh(z.re) };
  if (isInf(r.re) || isInf(r.im)) return range();
  return r;
}

export function sin_(z: Complex): Complex {
  const s = sinh_({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

export function tanh_(z: Complex): Complex {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    let r: Complex;
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) r = { re: z.re > 0 ? 1 : -1, im: copysign(0, 2 * sin(z.im) * cos(z.im)) };
    else r = fromEntry(SPECIAL.tanh[specialType(z.re)][specialType(z.im)]);
    if (isInf(z.im) && isFinite(z.re)) return domain();
    return r;
  }
  if (Math.abs(z.re) > LOG_LARGE) {
    return { re: copysign(1, z.re), im: 4 * sin(z.im) * cos(z.im) * exp(-2 * Math.abs(z.re)) };
  }
  const tx = tanh(z.re), ty = tan(z.im), cx = 1 / cosh(z.re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return { re: tx * (1 + ty * ty) / denom, im: ((ty / denom) * cx) * cx };
}

export function tan_(z: Complex): Complex {
  const s = tanh_({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

export function exp_(z: Complex): Complex {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    let r: Complex;
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) {
      r = z.re > 0 ? { re: copysign(Infinity, cos(z.im)), im: copysign(Infinity, sin(z.im)) }
        : { re: copysign(0, cos(z.im)), im: copysign(0, sin(z.im)) };
    } else r = fromEntry(SPECIAL.exp[specialType(z.re)][specialType(z.im)]);
    if (isInf(z.im) && (isFinite(z.re) || z.re === Infinity)) return domain();
    return r;
  }
  let r: Complex;
  if (z.re > LOG_LARGE) {
    const l = exp(z.re - 1);
    r = { re: l * cos(z.im) * Math.E, im: l * sin(z.im) * Math.E };
  } else {
    const l = exp(z.re);
    r = { re: l * cos(z.im), im: l * sin(z.im) };
  }
  if (isInf(r.re) || isInf(r.im)) return range();
  return r;
}

/** c_log (log(0) is a domain error, as CPython reports it). */
export function log_(z: Complex): Complex {
  const s0 = special('log', z);
  if (s0) return s0;
  const ax = Math.abs(z.re), ay = Math.abs(z.im);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else return domain();
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = log(h);
  }
  return { re, im: atan2(z.im, z.re) };
}

export function log10(z: Complex): Complex {
  const r = log_(z);
  return { re: r.re / LN10, im: r.im / LN10 };
}

/** CPython's _Py_c_quot (Smith's method with its scaling), used by log(z, base). */
export function quot(a: Complex, b: Complex): Complex {
  const absBr = Math.abs(b.re), absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) return domain(); // errno = EDOM: log(z, 1) is a math domain error
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

/** c_atan2: the phase, with C99's answers for infinities and zeros. */
export function phase(z: Complex): number {
  if (Number.isNaN(z.re) || Number.isNaN(z.im)) return NaN;
  if (isInf(z.im)) {
    if (isInf(z.re)) return copysign(z.re > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, z.im);
    return copysign(0.5 * Math.PI, z.im);
  }
  if (isInf(z.re) || z.im === 0) return core.copysign(1, z.re) === 1 ? copysign(0, z.im) : copysign(Math.PI, z.im);
  return atan2(z.im, z.re);
}

/** abs(z) as CPython's _Py_c_abs: inf if either part is, nan if either is nan, else hypot (OverflowError past range). */
export function abs(z: Complex): number {
  if (isInf(z.re) || isInf(z.im)) return Infinity;
  if (Number.isNaN(z.re) || Number.isNaN(z.im)) return NaN;
  const r = hypot(z.re, z.im);
  if (!isFinite(r)) return range();
  return r;
}

export function polar(z: Complex): [number, number] {
  const phi = phase(z);
  return [abs(z), phi];
}

export function rect(r: number, phi: number): Complex {
  if (!isFinite(r) || !isFinite(phi)) {
    let z: Complex;
    if (isInf(r) && isFinite(phi) && phi !== 0) {
      z = r > 0 ? { re: copysign(Infinity, cos(phi)), im: copysign(Infinity, sin(phi)) }
        : { re: -copysign(Infinity, cos(phi)), im: -copysign(Infinity, sin(phi)) };
    } else z = fromEntry(SPECIAL.rect[specialType(r)][specialType(phi)]);
    if (r !== 0 && !Number.isNaN(r) && isInf(phi)) return domain();
    return z;
  }
  if (phi === 0) return { re: r, im: r * phi };
  return { re: r * cos(phi), im: r * sin(phi) };
}

/** The unary functions by their Python names. */
export const UNARY: Record<string, (z: Complex) => Complex> = {
  acos, acosh, asin, asinh: asinh_, atan, atanh, cos: cos_, cosh: cosh_, exp: exp_, log: log_, log10,
  sin: sin_, sinh: sinh_, sqrt, tan: tan_, tanh: tanh_,
};
