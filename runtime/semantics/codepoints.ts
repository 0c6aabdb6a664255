// Python str <-> JS string. A Python str is a sequence of code points; a JS string is UTF-16.
// Invariant used throughout runtime/semantics: a JS string that stands for a Python str holds
// each astral code point as a surrogate pair, and a lone surrogate stands for itself. (A
// Python str holding a high surrogate followed by a low one is not representable; CPython
// only builds such strings with surrogateescape/surrogatepass tricks.)
// Strings without surrogates - nearly all of them - take the fast paths: UTF-16 index ==
// code-point index.
import { raise } from './errors.js';
import { isDecimal } from './unicode.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when UTF-16 indices equal code-point indices for `s`. */
export function isSimple(s: string): boolean {
  return !SURROGATE.test(s);
}

/** len(s) in code points. */
export function cpLength(s: string): number {
  if (isSimple(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of `s`. */
export function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** The JS string of a list of code points (lone surrogates allowed). */
export function fromCodePoints(cps: readonly number[]): string {
  let out = '';
  const CHUNK = 8192; // keeps String.fromCodePoint's argument list small
  for (let i = 0; i < cps.length; i += CHUNK) out += String.fromCodePoint(...cps.slice(i, i + CHUNK));
  return out;
}

/** The UTF-16 offset of code-point index `cpIndex` (0 <= cpIndex <= len). */
export function utf16Offset(s: string, cpIndex: number): number {
  if (isSimple(s)) return cpIndex;
  let i = 0;
  for (let n = 0; n < cpIndex && i < s.length; n++) i += isPairAt(s, i) ? 2 : 1;
  return i;
}

/** The code-point index of UTF-16 offset `offset` (which must not split a pair). */
export function cpIndexOf(s: string, offset: number): number {
  if (isSimple(s)) return offset;
  let n = 0;
  for (let i = 0; i < offset; n++) i += isPairAt(s, i) ? 2 : 1;
  return n;
}

/** Whether s[i], s[i+1] form a surrogate pair (one astral code point). */
export function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/**
 * Python's slice index normalisation (PySlice_AdjustIndices) for a sequence of `length`.
 * Returns [start, stop, step, count]; step must be non-zero (checked by the caller).
 */
export function adjustSlice(
  length: number, start: number | null, stop: number | null, step: number | null,
): [number, number, number, number] {
  const st = step ?? 1;
  if (st === 0) raise('ValueError', 'slice step cannot be zero');
  let a: number;
  let b: number;
  if (start === null) a = st < 0 ? length - 1 : 0;
  else {
    a = start < 0 ? start + length : start;
    if (a < 0) a = st < 0 ? -1 : 0;
    else if (a >= length) a = st < 0 ? length - 1 : length;
  }
  if (stop === null) b = st < 0 ? -1 : length;
  else {
    b = stop < 0 ? stop + length : stop;
    if (b < 0) b = st < 0 ? -1 : 0;
    else if (b >= length) b = st < 0 ? length - 1 : length;
  }
  let count = 0;
  if (st < 0) { if (b < a) count = Math.floor((a - b - 1) / -st) + 1; }
  else if (a < b) count = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, count];
}

/** s[start:stop:step] in code points. Throws ValueError on a zero step. */
export function cpSlice(s: string, start: number | null, stop: number | null, step: number | null = null): string {
  const simple = isSimple(s);
  const cps = simple ? null : toCodePoints(s);
  const length = simple ? s.length : cps!.length;
  const [a, , st, count] = adjustSlice(length, start, stop, step);
  if (st === 1) return simple ? s.slice(a, a + count) : fromCodePoints(cps!.slice(a, a + count));
  let out = '';
  for (let k = 0, i = a; k < count; k++, i += st) out += simple ? s[i] : String.fromCodePoint(cps![i]);
  return out;
}

/** s[i] with Python's negative indexing; undefined when out of range (IndexError). */
export function cpAt(s: string, index: number): string | undefined {
  if (isSimple(s)) {
    const i = index < 0 ? index + s.length : index;
    return i >= 0 && i < s.length ? s[i] : undefined;
  }
  const cps = toCodePoints(s);
  const i = index < 0 ? index + cps.length : index;
  return i >= 0 && i < cps.length ? String.fromCodePoint(cps[i]) : undefined;
}

// ---- character classes shared by int(), float() and the str methods ------------------------

/** Python's str.isspace() set: Unicode White_Space-like (bidi WS/B/S or Zs), per CPython. */
export function isPySpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

const digitCache = new Map<number, number>();

/** The decimal value (0-9) of a Unicode Nd code point (CPython's Unicode 15.1), or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let value = -1;
  if (isDecimal(cp)) {
    // Unicode lays out every Nd run as consecutive 0..9 blocks: find the run's start.
    let start = cp;
    while (isDecimal(start - 1)) start--;
    value = (cp - start) % 10;
  }
  digitCache.set(cp, value);
  return value;
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, used by int() and float(): non-ASCII
 * whitespace becomes ' ', non-ASCII decimal digits become '0'-'9', anything else non-ASCII
 * becomes '?' (so it can never parse).
 */
export function transformDecimalAndSpace(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  return out;
}

/** ascii(obj) from repr(obj): every non-ASCII code point becomes \xhh, \uhhhh or \Uhhhhhhhh. */
export function asciiEscape(repr: string): string {
  if (/^[\x00-\x7f]*$/.test(repr)) return repr;
  let out = '';
  for (const cp of toCodePoints(repr)) {
    if (cp < 0x80) out += String.fromCharCode(cp);
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * Python's str ordering: by code point. JS's `<` compares UTF-16 units, which disagrees when
 * an astral character (a surrogate pair, 0xD800-0xDBFF first) meets U+E000-U+FFFF.
 * Returns -1, 0 or 1.
 */
export function compareStr(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    const x = codePointCovering(a, i);
    const y = codePointCovering(b, i);
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The code point whose UTF-16 encoding covers unit i (a pair may start at i - 1). */
function codePointCovering(s: string, i: number): number {
  if (i > 0 && isPairAt(s, i - 1)) return s.codePointAt(i - 1)!;
  return s.codePointAt(i)!; // a pair starting at i, or a single unit
}

/** chr(i). */
export function pyChr(i: bigint | number): string {
  const n = typeof i === 'bigint' ? i : BigInt(i);
  if (n < 0n || n > 0x10ffffn) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** ord(s) for a str. */
export function pyOrd(s: string): number {
  const n = cpLength(s);
  if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
  return s.codePointAt(0)!;
}
