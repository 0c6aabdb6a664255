// Python float semantics on JS numbers, following Objects/floatobject.c: floor division and
// modulo with the divisor's sign, pow's special cases, round() through exact decimal digits,
// float() parsing, as_integer_ratio, hex/fromhex.
import { raise } from './errors.js';
import { decompose, fixedDigits } from './float-digits.js';
import { ldexpExact, rationalToFloat } from './exact.js';
import { powCorrectlyRounded } from './pow.js';
import { transformDecimalAndSpace } from './codepoints.js';
import { strRepr } from '../repr.js';

/** x / y. */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/** x % y: the result has the sign of y (JS `%` is C's fmod). */
export function floatMod(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float modulo by zero');
  let m = x % y;
  if (m !== 0) {
    if ((y < 0) !== (m < 0)) m += y;
  } else m = y < 0 ? -0 : 0; // fmod's zero sign varies; CPython pins it to the divisor's
  return m;
}

function divModCore(x: number, y: number): [number, number] {
  let m = x % y;
  let div = (x - m) / y; // x - m is mathematically a multiple of y
  if (m !== 0) {
    if ((y < 0) !== (m < 0)) {
      m += y;
      div -= 1;
    }
  } else m = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1; // snap to the nearest integral value
  } else floordiv = Math.sign(x / y) < 0 || Object.is(x / y, -0) ? -0 : 0;
  return [floordiv, m];
}

/** x // y. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return divModCore(x, y)[0];
}

/** divmod(x, y). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raise('ZeroDivisionError', 'float divmod()');
  return divModCore(x, y);
}

/** Returned by floatPow when Python's answer is complex (negative base, fractional exponent). */
export const COMPLEX_RESULT: unique symbol = Symbol('complex result');

function isOddInteger(w: number): boolean {
  return Number.isInteger(w) && Math.abs(w % 2) === 1;
}

/** x ** y for floats, with CPython's special cases and errors. */
export function floatPow(x: number, y: number): number | typeof COMPLEX_RESULT {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const a = Math.abs(x);
    if (a === 1) return 1;
    return (y > 0) === (a > 1) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return COMPLEX_RESULT;
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  // y == 0.5: libm's correctly rounded pow equals sqrt, which IEEE requires to be exact.
  // y == 2, 1, -1: one IEEE operation is already the correctly rounded x*x, x, 1/x (x ** 2
  // is common in numeric code, and exactIntegerPow goes through BigInt).
  const r = y === 2 ? x * x : y === 1 ? x : y === -1 ? 1 / x : y === 0.5 ? Math.sqrt(x)
    : (Number.isInteger(y) ? exactIntegerPow(x, y) : undefined) ?? powCorrectlyRounded(x, y) ?? Math.pow(x, y);
  if (!Number.isFinite(r)) raise('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/**
 * x ** n for x > 0 and integral n, correctly rounded from the exact rational result. libm's
 * pow (what CPython calls) is correctly rounded in practice, V8's Math.pow is not always,
 * so integral exponents - the common case - are done exactly when the operands stay small.
 */
function exactIntegerPow(x: number, n: number): number | undefined {
  let { m, e } = decompose(x);
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (m.toString(2).length * Math.abs(n) > 8192) return undefined;
  const p = m ** BigInt(Math.abs(n));
  return n > 0 ? ldexpExact(p, e * n) : rationalToFloat(1n, p, e * n);
}

/** C's round(): half away from zero, exactly (x - trunc(x) is exact). */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** round(x) -> int: half to even; errors for inf/nan as int(x). */
export function floatRoundToInt(x: number): bigint {
  let r = roundHalfAway(x);
  if (Math.abs(x - r) === 0.5) r = 2 * roundHalfAway(x / 2);
  return floatToInt(r);
}

/** round(x, ndigits) -> float, via correctly rounded decimal digits (round(2.675, 2) == 2.67). */
export function floatRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  // Past these bounds x rounds to itself / to a signed zero (floatobject.c's NDIGITS_MAX/MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const d = fixedDigits(x, ndigits);
  const sign = d.negative ? '-' : '';
  const rounded = d.digits === '' ? (d.negative ? -0 : 0) : Number(`${sign}${d.digits}e${d.decpt - d.digits.length}`);
  if (!Number.isFinite(rounded)) raise('OverflowError', 'rounded value too large to represent');
  return rounded;
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** float.as_integer_ratio(): lowest terms, positive denominator. */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  let { m, e } = decompose(x);
  if (m === 0n) return [0n, 1n];
  while (e < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (x < 0) m = -m;
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}

const FLOAT_BODY = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;
const ASCII_SPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/** float(text): CPython's accepted syntax (underscores between digits, inf/nan words). */
export function parseFloat(text: string): number {
  const fail = (): never => raise('ValueError', `could not convert string to float: ${strRepr(text)}`);
  let s = transformDecimalAndSpace(text);
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: each '_' sits between two digits.
    if (/(^|[^0-9])_|_($|[^0-9])/.test(s)) fail();
    s = s.replaceAll('_', '');
  }
  s = s.replace(ASCII_SPACE, '');
  if (!FLOAT_BODY.test(s)) fail();
  const lower = s.toLowerCase();
  const negative = lower.startsWith('-');
  const word = lower.replace(/^[+-]/, '');
  if (word === 'nan') return NaN;
  if (word === 'inf' || word === 'infinity') return negative ? -Infinity : Infinity;
  return Number(s); // V8's string-to-double is correctly rounded, like Gay's strtod
}

/** float.hex(x), e.g. '0x1.8000000000000p+1'. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const { m, e } = decompose(x);
  const subnormal = m < 1n << 52n;
  const frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const exp = subnormal ? -1022 : e + 52;
  return `${sign}0x${subnormal ? 0 : 1}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/i;

/** float.fromhex(text). */
export function floatFromHex(text: string): number {
  const invalid = (): never => raise('ValueError', 'invalid hexadecimal floating-point string');
  const match = HEX_FLOAT.exec(text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, ''));
  if (!match) invalid();
  const [, sign, word, intPart = '', fracPart = '', expText] = match!;
  const negative = sign === '-';
  if (word) {
    const v = word.toLowerCase() === 'nan' ? NaN : Infinity;
    return negative ? -v : v;
  }
  if (intPart === '' && fracPart === '') invalid();
  const digits = (intPart + fracPart).replace(/^0+/, '');
  // A huge exponent text still means overflow or zero; clamp it so arithmetic stays exact.
  const exp = Math.max(-1e7, Math.min(1e7, Number(expText ?? '0'))) - 4 * fracPart.length;
  const m = digits === '' ? 0n : BigInt('0x' + digits);
  const x = ldexpExact(m, exp);
  if (x === Infinity) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  return negative ? -x : x;
}

/** math.floor(x) for a float, as an int. */
export function floatFloor(x: number): bigint {
  return floatToInt(Math.floor(x));
}

/** math.ceil(x) for a float, as an int. */
export function floatCeil(x: number): bigint {
  return floatToInt(Math.ceil(x));
}
