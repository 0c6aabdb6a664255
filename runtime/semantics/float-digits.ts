// Exact decimal digits of doubles. A finite double is m * 2**e with integer m, so every
// digit is computable exactly with BigInt. This replaces David Gay's dtoa as CPython uses it:
// mode 0 (shortest round-trip), mode 2 (n significant digits), mode 3 (n digits after the
// point), all correctly rounded with ties to even.
import { raise, withMemoryGuard } from './errors.js';

/**
 * Digits as dtoa returns them. Invariant: `digits` has no trailing zeros, and the value is
 * 0.d1d2d3... * 10**decpt; an empty `digits` means the value rounded to zero.
 */
export interface Digits {
  readonly negative: boolean;
  readonly digits: string;
  readonly decpt: number;
}

const view = new DataView(new ArrayBuffer(8));

/** |x| = m * 2**e exactly, for finite x. m is 0 only for zero. */
export function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: biased - 1075 };
}

/** Whether the sign bit is set (true for -0.0 and negative NaN payloads). */
export function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}

/** round-half-even(|x| * 10**p) as an integer; x finite. */
export function scaledRound(x: number, p: number): bigint {
  const { m, e } = decompose(x);
  let num = m;
  let den = 1n;
  if (e > 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (p > 0) num *= 10n ** BigInt(p);
  else if (p < 0) den *= 10n ** BigInt(-p);
  return roundHalfEven(num, den);
}

/** round-half-even(num / den) for num >= 0, den > 0. */
export function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = (num - q * den) * 2n;
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

function stripZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/**
 * Digits from JS's toFixed/toPrecision text. Those round correctly except that a tie goes
 * up; a tie at n digits shows as a trailing '5' at n + 1 digits, so callers first check that.
 */
function fromJsText(negative: boolean, text: string): Digits {
  let mantissa = text;
  let exp = 0;
  const e = text.indexOf('e');
  if (e >= 0) {
    mantissa = text.slice(0, e);
    exp = Number(text.slice(e + 1));
  }
  const point = mantissa.indexOf('.');
  const intLen = point < 0 ? mantissa.length : point;
  let all = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  let decpt = intLen + exp;
  let lead = 0;
  while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
  all = all.slice(lead);
  decpt -= lead;
  const digits = stripZeros(all);
  return digits === '' ? { negative, digits: '', decpt: 0 } : { negative, digits, decpt };
}

/**
 * dtoa mode 3: |x| rounded to `ndigits` digits after the point (ndigits may be negative).
 * `slowOnly` skips the toFixed fast path (tests compare the two).
 */
export function fixedDigits(x: number, ndigits: number, slowOnly = false): Digits {
  const negative = signBit(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const a = Math.abs(x);
  if (!slowOnly && ndigits >= 0 && ndigits < 100 && a < 1e21 && !a.toFixed(ndigits + 1).endsWith('5')) {
    const d = fromJsText(negative, a.toFixed(ndigits));
    return d.digits === '' ? { negative, digits: '', decpt: -ndigits } : d;
  }
  const n = scaledRound(x, ndigits);
  if (n === 0n) return { negative, digits: '', decpt: -ndigits };
  const text = n.toString();
  return { negative, digits: stripZeros(text), decpt: text.length - ndigits };
}

/** dtoa mode 2: |x| rounded to `ndigits` (>= 1) significant digits; `slowOnly` as above. */
export function significantDigits(x: number, ndigits: number, slowOnly = false): Digits {
  const negative = signBit(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const a = Math.abs(x);
  if (!slowOnly && ndigits < 100 && !digitsOf(a.toPrecision(ndigits + 1)).endsWith('5')) return fromJsText(negative, a.toPrecision(ndigits));
  // floor(log10|x|): a float estimate, then made exact (rounding must not decide it).
  let k = Math.floor(Math.log10(Math.abs(x)));
  while (comparePow10(x, k) < 0) k--;
  while (comparePow10(x, k + 1) >= 0) k++;
  const n = scaledRound(x, ndigits - 1 - k);
  // Rounding up may carry into one more digit (9.99 -> 10.0): that is 10**ndigits.
  if (n === 10n ** BigInt(ndigits)) return { negative, digits: '1', decpt: k + 2 };
  return { negative, digits: stripZeros(n.toString()), decpt: k + 1 };
}

/** The mantissa digits of a toPrecision() text. */
function digitsOf(text: string): string {
  const e = text.indexOf('e');
  return e < 0 ? text : text.slice(0, e);
}

/** Sign of |x| - 10**k, exactly. */
function comparePow10(x: number, k: number): number {
  const { m, e } = decompose(x);
  let num = m;
  let den = 1n;
  if (e > 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k > 0) den *= 10n ** BigInt(k);
  else num *= 10n ** BigInt(-k);
  return num < den ? -1 : num > den ? 1 : 0;
}

/** dtoa mode 0: the shortest digits that round-trip (JS's Number#toString rule). */
export function shortestDigits(x: number): Digits {
  const negative = signBit(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const [mantissa, exp] = Math.abs(x).toExponential().split('e');
  return { negative, digits: stripZeros(mantissa.replace('.', '')), decpt: Number(exp) + 1 };
}

/** Options of PyOS_double_to_string (Py_DTSF_SIGN, Py_DTSF_ADD_DOT_0, Py_DTSF_ALT). */
export interface DoubleToStringFlags {
  sign?: boolean;
  addDot0?: boolean;
  alt?: boolean;
}

/**
 * PyOS_double_to_string(x, code, precision, flags): the text of %e %f %g %E %F %G and repr
 * ('r', precision ignored). Exactly CPython's output, including 'inf'/'nan' spelling.
 */
export function doubleToString(x: number, code: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision: number, flags: DoubleToStringFlags = {}): string {
  if (precision > 2147483647) raise('ValueError', 'precision too big');
  return withMemoryGuard(() => doubleToStringUnguarded(x, code, precision, flags));
}

/**
 * A double has at most 1074 fraction digits and 767 significant ones, so digit generation
 * never needs more than this; larger precisions only add zeros in layout().
 */
const MAX_DIGITS = 1100;

function doubleToStringUnguarded(x: number, code: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision: number, flags: DoubleToStringFlags): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  // Fast path for %f: JS's toFixed is exact except that it rounds ties up, and a tie at p
  // digits shows as a final '5' at p + 1 digits.
  if (lower === 'f' && precision < 100 && Math.abs(x) < 1e21 && precision > 0 && !flags.sign) {
    const a = Math.abs(x);
    if (!a.toFixed(precision + 1).endsWith('5')) return (signBit(x) ? '-' : '') + a.toFixed(precision);
  }
  let text: string;
  if (Number.isNaN(x)) text = (flags.sign ? '+' : '') + 'nan';
  else if (!Number.isFinite(x)) text = (x < 0 ? '-' : flags.sign ? '+' : '') + 'inf';
  else {
    let d: Digits;
    if (lower === 'e') d = significantDigits(x, Math.min(precision + 1, MAX_DIGITS));
    else if (lower === 'f') d = fixedDigits(x, Math.min(precision, MAX_DIGITS));
    else if (lower === 'g') d = significantDigits(x, Math.min(precision === 0 ? 1 : precision, MAX_DIGITS));
    else d = shortestDigits(x);
    text = layout(d, lower, lower === 'g' && precision === 0 ? 1 : precision, flags);
  }
  return upper ? text.toUpperCase() : text;
}

/** format_float_short's layout of dtoa digits: padding zeros, point, exponent. */
function layout(d: Digits, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: DoubleToStringFlags): string {
  const { digits } = d;
  let decpt = d.decpt;
  const len = digits.length;
  let vEnd = len;
  let useExp = false;
  switch (code) {
    case 'e': useExp = true; vEnd = precision + 1; break;
    case 'f': vEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vEnd = Math.max(vEnd, decpt + 1);
  else vEnd = Math.max(vEnd, decpt);
  let out = d.negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += '0'.repeat(decpt - len) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - len);
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) out += 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return out;
}
