// Python complex arithmetic on pairs of doubles, following Objects/complexobject.c of 3.13:
// plain products, Smith's division, integer powers by
// repeated squaring (|n| <= 100) and the polar formula otherwise, with CPython's errno-derived
// errors.
import { raise } from './errors.js';
import { decompose } from './float-digits.js';
import { transformDecimalAndSpace } from './codepoints.js';
import { strRepr } from '../repr.js';

/** A Python complex. Invariant: both parts are plain doubles (NaN/inf allowed). */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

export const complex = (re: number, im: number): Complex => ({ re, im });

export function cAdd(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

export function cSub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

export function cNeg(a: Complex): Complex {
  return { re: -a.re, im: -a.im };
}

export function cMul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** _Py_c_quot; `undefined` when dividing by zero (CPython's errno EDOM). */
function quot(a: Complex, b: Complex): Complex | undefined {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  let re: number;
  let im: number;
  if (absRe >= absIm) {
    if (absRe === 0) return undefined;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    re = (a.re + a.im * ratio) / denom;
    im = (a.im - a.re * ratio) / denom;
  } else if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    re = (a.re * ratio + a.im) / denom;
    im = (a.im * ratio - a.re) / denom;
  } else {
    re = im = NaN; // a NaN in b
  }
  // (3.13 has no C11 Annex G recovery of infinities here; 3.14 added it.)
  return { re, im };
}

/** a / b. */
export function cDiv(a: Complex, b: Complex): Complex {
  return quot(a, b) ?? raise('ZeroDivisionError', 'complex division by zero');
}

/** abs(z): hypot, with OverflowError when the finite inputs overflow. */
export function cAbs(a: Complex): number {
  if (!Number.isFinite(a.re) || !Number.isFinite(a.im)) {
    if (Math.abs(a.re) === Infinity || Math.abs(a.im) === Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(a.re, a.im);
  if (!Number.isFinite(r)) raise('OverflowError', 'absolute value too large');
  return r;
}

/**
 * sqrt(x*x + y*y) correctly rounded (glibc's hypot is; V8's Math.hypot can be off by one
 * ulp): the sum of squares is exact as a BigInt after scaling both to integers.
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity; // C99: even hypot(inf, nan)
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 || y === 0) return x + y;
  // x = mx * 2**ex exactly; use a common exponent so the sum is an integer.
  const [mx, ex] = toInt(x);
  const [my, ey] = toInt(y);
  const e = Math.min(ex, ey);
  const sum = (mx << BigInt(ex - e)) ** 2n + (my << BigInt(ey - e)) ** 2n; // value * 2**(2e)
  // isqrt of sum * 4**k with 2k extra bits so the root has >= 55 significant bits.
  const bits = sum.toString(2).length;
  const k = Math.max(0, Math.ceil((112 - bits) / 2));
  const n = sum << BigInt(2 * k);
  let r = isqrt(n);
  if (r * r !== n) r |= 1n; // sticky: the true root lies strictly above r
  return ldexp(r, e - k);
}

function toInt(x: number): [bigint, number] {
  const { m, e } = decompose(x);
  return [m, e];
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2)); // >= sqrt(n): Newton descends
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function ldexp(m: bigint, e: number): number {
  // m has >= 55 bits here, so Number(m) rounds once (ties-to-even on a sticky-marked value).
  const bits = m.toString(2).length;
  const drop = Math.max(0, bits - 55);
  let q = m >> BigInt(drop);
  if (q << BigInt(drop) !== m) q |= 1n;
  let x = Number(q);
  let s = e + drop;
  while (s > 1000) { x *= 2 ** 1000; s -= 1000; }
  while (s < -1000) { x *= 2 ** -1000; s += 1000; }
  return x * 2 ** s;
}

function powu(x: Complex, n: number): Complex {
  let r: Complex = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = cMul(r, p);
    p = cMul(p, p);
  }
  return r;
}

/** a ** b (complex_pow without a modulus). */
export function cPow(a: Complex, b: Complex): Complex {
  let edom = false;
  let p: Complex;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    if (n > 0) p = powu(a, n);
    else {
      const q = quot({ re: 1, im: 0 }, powu(a, -n));
      if (q === undefined) { edom = true; p = { re: 0, im: 0 }; } else p = q;
    }
  } else if (b.re === 0 && b.im === 0) p = { re: 1, im: 0 };
  else if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) edom = true;
    p = { re: 0, im: 0 };
  } else {
    const vabs = hypot(a.re, a.im);
    let len = Math.pow(vabs, b.re);
    const at = Math.atan2(a.im, a.re);
    let phase = at * b.re;
    if (b.im !== 0) {
      len /= Math.exp(at * b.im);
      phase += b.im * Math.log(vabs);
    }
    // libm's cos/sin of an infinite phase set errno = EDOM.
    if (phase === Infinity || phase === -Infinity) edom = true;
    p = { re: len * Math.cos(phase), im: len * Math.sin(phase) };
  }
  if (edom) raise('ZeroDivisionError', '0.0 to a negative or complex power');
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) raise('OverflowError', 'complex exponentiation');
  return p;
}

const FLOAT_PREFIX = /^[+-]?(?:infinity|inf|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/i;
const C_SPACE = /[ \t\n\v\f\r]/;

/** The longest float prefix at s[i..] (PyOS_string_to_double with an end pointer). */
function floatPrefix(s: string, i: number): [value: number, end: number] | undefined {
  const m = FLOAT_PREFIX.exec(s.slice(i));
  if (!m) return undefined;
  const text = m[0].toLowerCase();
  const negative = text.startsWith('-');
  const word = text.replace(/^[+-]/, '');
  const v = word === 'nan' ? NaN : word.startsWith('inf') ? Infinity : Number(word);
  return [negative ? -v : v, i + m[0].length];
}

/** complex(text): CPython's complex_from_string_inner, including the legacy 'j'/'+j' forms. */
export function parseComplex(text: string): Complex {
  const fail = (): never => raise('ValueError', 'complex() arg is a malformed string');
  let s = transformDecimalAndSpace(text);
  if (s.includes('_')) {
    // Misplaced underscores fail earlier in CPython, with the generic conversion message.
    if (/(^|[^0-9])_|_($|[^0-9])/.test(s)) raise('ValueError', `could not convert string to complex: ${strRepr(text)}`);
    s = s.replaceAll('_', '');
  }
  let i = 0;
  while (i < s.length && C_SPACE.test(s[i])) i++;
  const bracket = s[i] === '(';
  if (bracket) {
    i++;
    while (i < s.length && C_SPACE.test(s[i])) i++;
  }
  let re = 0;
  let im = 0;
  const isJ = (c: string | undefined): boolean => c === 'j' || c === 'J';
  const first = floatPrefix(s, i);
  if (first) {
    i = first[1];
    if (s[i] === '+' || s[i] === '-') {
      re = first[0];
      const second = floatPrefix(s, i);
      if (second) [im, i] = second;
      else im = s[i++] === '+' ? 1 : -1;
      if (!isJ(s[i])) fail();
      i++;
    } else if (isJ(s[i])) {
      im = first[0];
      i++;
    } else re = first[0];
  } else {
    if (s[i] === '+' || s[i] === '-') im = s[i++] === '+' ? 1 : -1;
    else im = 1;
    if (!isJ(s[i])) fail();
    i++;
  }
  while (i < s.length && C_SPACE.test(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') fail();
    i++;
    while (i < s.length && C_SPACE.test(s[i])) i++;
  }
  if (i !== s.length) fail();
  return { re, im };
}
