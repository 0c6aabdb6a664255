// The format-spec mini-language (format(value, spec)) for str, int, bool and float, after
// Python/formatter_unicode.c: parse once into a FormatSpec, then render per type.
import { raise, withMemoryGuard } from './errors.js';
import { cpLength, cpSlice, decimalValue } from './codepoints.js';
import { doubleToString } from './float-digits.js';
import { intToFloat } from './int.js';
import { intToStr } from './int-str.js';
import { complexRepr, floatRepr } from '../repr.js';

type Align = '<' | '>' | '=' | '^';
type Grouping = '' | ',' | '_';

/**
 * A parsed spec. Invariants: `width`/`precision` are -1 when absent; `fill` is exactly one
 * code point; `type` is '' or one code point; `grouping` was validated against `type`.
 */
export interface FormatSpec {
  readonly fill: string;
  /** '' when no alignment was given: each type picks its default. */
  readonly align: Align | '';
  /** Whether `fill` came from the spec (so a '0' flag may not override it). */
  readonly fillGiven: boolean;
  readonly sign: '' | '+' | '-' | ' ';
  readonly noNegZero: boolean;
  readonly alternate: boolean;
  /** The '0' flag was given (and no explicit fill). */
  readonly zeroPad: boolean;
  readonly width: number;
  readonly grouping: Grouping;
  readonly precision: number;
  readonly type: string;
}

const MAX_SSIZE = 2n ** 63n - 1n;

function readInteger(cps: number[], pos: number): [value: number, next: number] {
  let acc = 0;
  let big = 0n; // only used once acc leaves the exact integer range
  let i = pos;
  for (; i < cps.length; i++) {
    const d = decimalValue(cps[i]);
    if (d < 0) break;
    if (acc < 2 ** 48) acc = acc * 10 + d;
    else {
      big = (big === 0n ? BigInt(acc) : big) * 10n + BigInt(d);
      if (big > MAX_SSIZE) raise('ValueError', 'Too many decimal digits in format string');
      acc = Number(big);
    }
  }
  return [i === pos ? -1 : acc, i];
}

function charName(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

const specCache = new Map<string, FormatSpec>();

/**
 * Parse `spec` for an object of Python type `typeName` (used in error messages). Programs use
 * few distinct specs, so successful parses are memoised (FormatSpec is immutable).
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = ''): FormatSpec {
  const key = `${typeName}\0${defaultType}\0${spec}`;
  let f = specCache.get(key);
  if (f === undefined) {
    f = parseUncached(spec, typeName, defaultType);
    if (specCache.size > 512) specCache.clear();
    specCache.set(key, f);
  }
  return f;
}

function parseUncached(spec: string, typeName: string, defaultType: string): FormatSpec {
  const cps = [...spec].map((c) => c.codePointAt(0)!);
  const at = (i: number): string => (i < cps.length ? String.fromCodePoint(cps[i]) : '');
  const isAlign = (c: string): c is Align => c === '<' || c === '>' || c === '=' || c === '^';
  let pos = 0;
  let fill = ' ';
  let fillGiven = false;
  let align: Align | '' = '';
  if (cps.length >= 2 && isAlign(at(1))) {
    fill = at(0);
    align = at(1) as Align;
    fillGiven = true;
    pos = 2;
  } else if (isAlign(at(0))) {
    align = at(0) as Align;
    pos = 1;
  }
  let sign: FormatSpec['sign'] = '';
  if (at(pos) === '+' || at(pos) === '-' || at(pos) === ' ') sign = at(pos++) as FormatSpec['sign'];
  let noNegZero = false;
  if (at(pos) === 'z') { noNegZero = true; pos++; }
  let alternate = false;
  if (at(pos) === '#') { alternate = true; pos++; }
  let zeroPad = false;
  if (!fillGiven && at(pos) === '0') { zeroPad = true; pos++; }
  let width: number;
  [width, pos] = readInteger(cps, pos);
  let grouping: Grouping = '';
  if (at(pos) === ',') { grouping = ','; pos++; }
  if (at(pos) === '_') {
    if (grouping !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (at(pos) === ',') raise('ValueError', "Cannot specify both ',' and '_'.");
  let precision = -1;
  if (at(pos) === '.') {
    [precision, pos] = readInteger(cps, pos + 1);
    if (precision < 0) raise('ValueError', 'Format specifier missing precision');
  }
  if (cps.length - pos > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const type = at(pos) || defaultType;
  if (grouping !== '') {
    const ok = 'deEfFgG%'.includes(type) || (grouping === '_' && 'boxX'.includes(type));
    if (!ok) raise('ValueError', `Cannot specify '${grouping}' with '${charName(type)}'.`);
  }
  if (zeroPad) fill = '0';
  return { fill, align, fillGiven, sign, noNegZero, alternate, zeroPad, width, grouping, precision, type };
}

function unknownCode(type: string, typeName: string): never {
  return raise('ValueError', `Unknown format code '${charName(type)}' for object of type '${typeName}'`);
}

// ---- str -------------------------------------------------------------------------------------

/** format(str, spec). */
export function formatStr(value: string, spec: string): string {
  if (spec === '') return value;
  return withMemoryGuard(() => formatStrUnguarded(value, spec));
}

function formatStrUnguarded(value: string, spec: string): string {
  const f = parseFormatSpec(spec, 'str', 's');
  if (f.type !== 's') unknownCode(f.type, 'str');
  if (f.sign === ' ') raise('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') raise('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let text = value;
  if (f.precision >= 0 && cpLength(text) > f.precision) text = cpSlice(text, 0, f.precision);
  return pad(text, f.width, f.align || '<', f.fill);
}

function pad(text: string, width: number, align: Align, fill: string): string {
  const n = width - cpLength(text);
  if (n <= 0) return text;
  const left = align === '>' ? n : align === '^' ? n >> 1 : 0;
  return fill.repeat(left) + text + fill.repeat(n - left);
}

// ---- numbers: shared layout (calc_number_widths + fill_number) -------------------------------

/**
 * Lay out a formatted number: `sign` ('-' or ''), `prefix` ('0x'...), `digits` (the part that
 * grouping applies to) and `rest` (decimal point, fraction, exponent, '%').
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string, groupWidth: number): string {
  const align: Align = f.align || (f.zeroPad ? '=' : '>');
  const signText = f.sign === '+' ? (negative ? '-' : '+') : f.sign === ' ' ? (negative ? '-' : ' ') : negative ? '-' : '';
  const fixedLen = signText.length + prefix.length + cpLength(rest);
  const minWidth = f.fill === '0' && align === '=' ? f.width - fixedLen : 0;
  const sep = f.grouping;
  const grouped = digits === '' ? '' : sep === '' ? zeroExtend(digits, minWidth) : group(digits, groupWidth, sep, minWidth);
  const n = f.width - (fixedLen + grouped.length);
  let left = '';
  let middle = '';
  let right = '';
  if (n > 0) {
    if (align === '<') right = f.fill.repeat(n);
    else if (align === '^') { left = f.fill.repeat(n >> 1); right = f.fill.repeat(n - (n >> 1)); }
    else if (align === '=') middle = f.fill.repeat(n);
    else left = f.fill.repeat(n);
  }
  return left + signText + prefix + middle + grouped + rest + right;
}

function zeroExtend(digits: string, minWidth: number): string {
  return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
}

/** _PyUnicode_InsertThousandsGrouping: groups from the right, zero-filling up to minWidth. */
function group(digits: string, size: number, sep: string, minWidth: number): string {
  const parts: string[] = [];
  let remaining = digits.length;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minWidth, 1));
    const chars = Math.max(0, Math.min(remaining, l));
    const zeros = Math.max(0, l - remaining);
    parts.push('0'.repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join(sep);
}

// ---- int and bool ----------------------------------------------------------------------------

/** format(int, spec); `typeName` is 'int' or 'bool' (for messages). */
export function formatInt(value: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return typeName === 'bool' ? (value ? 'True' : 'False') : intToStr(value);
  const f = decimalSpecs.get(spec);
  if (f !== undefined && typeName === 'int' && value < FAST_LIMIT && value > -FAST_LIMIT) {
    const n = Number(value);
    return f.grouping === '' ? padDecimal(f, n) : layoutNumber(f, n < 0, '', String(n < 0 ? -n : n), '', 3);
  }
  return withMemoryGuard(() => formatIntUnguarded(value, spec, typeName));
}

// formatInt's fast path: int specs already parsed by formatIntUnguarded that format in decimal
// ('d' or no type) with a width below 4096 (so no MemoryError can arise) — for them the
// checks below have all passed and the result is layoutNumber of the decimal digits. Values
// below 2**53 take their digits from a double (String(n)) instead of intToStr's bigint path
// and its digit-limit check, which cannot fail there. `{i:06d}` in a loop: formatInt ~300 → ~60 ns (compiled micro-benchmark).
const decimalSpecs = new Map<string, FormatSpec>();
const FAST_LIMIT = 2n ** 53n;

/**
 * layoutNumber's result for the decimal digits of safe integer n without grouping: the sign,
 * then `fill` before, after or between (align '=', which a '0' flag implies) up to the width.
 */
function padDecimal(f: FormatSpec, n: number): string {
  const negative = n < 0;
  const digits = String(negative ? -n : n);
  const sign = negative ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  const pad = f.width - sign.length - digits.length;
  if (pad <= 0) return sign + digits;
  const align = f.align || (f.zeroPad ? '=' : '>');
  if (align === '>') return f.fill.repeat(pad) + sign + digits;
  if (align === '=') return sign + f.fill.repeat(pad) + digits;
  if (align === '<') return sign + digits + f.fill.repeat(pad);
  return f.fill.repeat(pad >> 1) + sign + digits + f.fill.repeat(pad - (pad >> 1));
}

function formatIntUnguarded(value: bigint, spec: string, typeName: string): string {
  const f = parseFormatSpec(spec, typeName, 'd');
  if ('eEfFgG%'.includes(f.type)) return formatFloatParsed(intToFloat(value), f, typeName);
  if (!'bcdoxXn'.includes(f.type)) unknownCode(f.type, typeName);
  if (f.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < -(2n ** 63n) || value >= 2n ** 63n) raise('OverflowError', 'Python int too large to convert to C long');
    if (value < 0n || value > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(value)), 3);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  if (f.type === 'd' && f.width < 4096 && typeName === 'int' && !decimalSpecs.has(spec)) {
    if (decimalSpecs.size >= 256) decimalSpecs.clear();
    decimalSpecs.set(spec, f);
  }
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let digits = base === 10 ? intToStr(magnitude) : magnitude.toString(base);
  let prefix = f.alternate && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  if (f.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return layoutNumber(f, negative, prefix, digits, '', base === 10 ? 3 : 4);
}

// ---- float -----------------------------------------------------------------------------------

/** format(float, spec). */
export function formatFloat(value: number, spec: string): string {
  if (spec === '') return floatRepr(value);
  return withMemoryGuard(() => formatFloatParsed(value, parseFormatSpec(spec, 'float'), 'float'));
}

function formatFloatParsed(value: number, f: FormatSpec, typeName: string): string {
  if (!'eEfFgGn%'.includes(f.type) || f.type.length > 1) unknownCode(f.type, typeName);
  const text = floatBody(value, f);
  // Nothing to pad, sign or group: the text is the result (CPython's fast path too).
  if (f.width < 0 && f.grouping === '' && (f.sign === '' || f.sign === '-')) return text;
  // Split into sign, the integer digits (grouped) and the rest, like parse_number().
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let k = 0;
  while (k < body.length && body.charCodeAt(k) >= 48 && body.charCodeAt(k) <= 57) k++;
  return layoutNumber(f, negative, '', body.slice(0, k), body.slice(k), 3);
}

/** The PyOS_double_to_string text for a float under spec `f` (sign included when negative). */
export function floatBody(value: number, f: Pick<FormatSpec, 'type' | 'precision' | 'alternate' | 'noNegZero'>): string {
  let type = f.type;
  let precision = f.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    value *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(value, type as 'e', precision, { addDot0, alt: f.alternate });
  // 'z': a result that rounded to zero loses its minus sign (Py_DTSF_NO_NEG_0).
  if (f.noNegZero && /^-[0.]+([eE]|$)/.test(text)) text = text.slice(1);
  return pct ? text + '%' : text;
}

// ---- complex ---------------------------------------------------------------------------------

/** format(complex(re, im), spec), as format_complex_internal. */
export function formatComplex(re: number, im: number, spec: string): string {
  if (spec === '') return complexRepr(re, im);
  return withMemoryGuard(() => formatComplexUnguarded(re, im, spec));
}

function formatComplexUnguarded(re: number, im: number, spec: string): string {
  const f = parseFormatSpec(spec, 'complex');
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) unknownCode(f.type, 'complex');
  if (f.precision > 2147483647) raise('ValueError', 'precision too big');
  if (f.fill === '0') raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type === 'n' ? 'g' : f.type;
  let precision = f.precision;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    // Like str(z): repr digits (no forced '.0'), real part dropped when it is +0.0.
    type = 'r';
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (precision < 0) precision = type === 'r' ? 0 : 6;
  else if (type === 'r') type = 'g';
  const part = (x: number, sign: FormatSpec['sign']): string => {
    let text = doubleToString(x, type as 'g', precision, { alt: f.alternate });
    if (f.noNegZero && /^-[0.]+([eE]|$)/.test(text)) text = text.slice(1);
    const negative = text.startsWith('-');
    const body = negative ? text.slice(1) : text;
    let k = 0;
    while (k < body.length && body.charCodeAt(k) >= 48 && body.charCodeAt(k) <= 57) k++;
    const partSpec: FormatSpec = { ...f, sign, width: -1, align: '<', fill: ' ' };
    return layoutNumber(partSpec, negative, '', body.slice(0, k), body.slice(k), 3);
  };
  const body = (skipRe ? '' : part(re, f.sign)) + part(im, skipRe ? f.sign : '+') + 'j';
  return pad(parens ? `(${body})` : body, f.width, f.align || '>', f.fill);
}
