// str methods that search, split, pad and strip, code-point exact (Objects/unicodeobject.c,
// Objects/stringlib/). Indices in and out are code-point indices; strings without surrogates
// use UTF-16 offsets directly (see codepoints.ts for the representation invariant).
import { raise, withMemoryGuard } from './errors.js';
import { cpIndexOf, cpLength, isPairAt, isPySpace, isSimple, toCodePoints, utf16Offset } from './codepoints.js';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** ADJUST_INDICES: Python's start/end clamping for find/count/startswith (None = null). */
function adjust(len: number, start: number | null, end: number | null): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s < 0) { s += len; if (s < 0) s = 0; }
  return [s, e];
}

/**
 * A haystack view that maps code-point ranges to UTF-16 ranges. `unit(i)` is the UTF-16
 * offset of code point i; `cp(o)` the reverse.
 */
class Hay {
  readonly simple: boolean;
  readonly length: number;
  constructor(readonly s: string) {
    this.simple = isSimple(s);
    this.length = this.simple ? s.length : cpLength(s);
  }
  unit(i: number): number {
    return this.simple ? i : utf16Offset(this.s, i);
  }
  cp(o: number): number {
    return this.simple ? o : cpIndexOf(this.s, o);
  }
}

/** A needle that begins with a low or ends with a high surrogate could match half a pair. */
function matchesOnBoundary(s: string, at: number, needle: string): boolean {
  if (needle.length === 0) return true;
  if (isLow(needle.charCodeAt(0)) && at > 0 && isHigh(s.charCodeAt(at - 1))) return false;
  const end = at + needle.length;
  return !(isHigh(needle.charCodeAt(needle.length - 1)) && end < s.length && isLow(s.charCodeAt(end)));
}

function indexOfUnits(s: string, needle: string, from: number, to: number): number {
  for (let i = s.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = s.indexOf(needle, i + 1)) {
    if (matchesOnBoundary(s, i, needle)) return i;
  }
  return -1;
}

function lastIndexOfUnits(s: string, needle: string, from: number, to: number): number {
  if (to - needle.length < from) return -1;
  for (let i = s.lastIndexOf(needle, to - needle.length); i >= from; i = s.lastIndexOf(needle, i - 1)) {
    if (matchesOnBoundary(s, i, needle)) return i;
    if (i === 0) break;
  }
  return -1;
}

export function find(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const h = new Hay(s);
  const [a, b] = adjust(h.length, start, end);
  const subLen = cpLength(sub);
  if (b - a < subLen) return -1;
  if (subLen === 0) return a;
  const i = indexOfUnits(s, sub, h.unit(a), h.unit(b));
  return i < 0 ? -1 : h.cp(i);
}

export function rfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const h = new Hay(s);
  const [a, b] = adjust(h.length, start, end);
  const subLen = cpLength(sub);
  if (b - a < subLen) return -1;
  if (subLen === 0) return b;
  const i = lastIndexOfUnits(s, sub, h.unit(a), h.unit(b));
  return i < 0 ? -1 : h.cp(i);
}

/** `sub in s`. */
export function contains(s: string, sub: string): boolean {
  return sub.length === 0 || indexOfUnits(s, sub, 0, s.length) >= 0;
}

export function index(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = find(s, sub, start, end);
  if (i < 0) raise('ValueError', 'substring not found');
  return i;
}

export function rindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = rfind(s, sub, start, end);
  if (i < 0) raise('ValueError', 'substring not found');
  return i;
}

export function count(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const h = new Hay(s);
  const [a, b] = adjust(h.length, start, end);
  const subLen = cpLength(sub);
  if (b - a < subLen) return 0;
  if (subLen === 0) return b - a + 1;
  const to = h.unit(b);
  let n = 0;
  for (let i = indexOfUnits(s, sub, h.unit(a), to); i >= 0; i = indexOfUnits(s, sub, i + sub.length, to)) n++;
  return n;
}

/** startswith/endswith with one prefix (tailmatch); tuples are `some` over this. */
function tailMatch(s: string, sub: string, start: number | null, end: number | null, suffix: boolean): boolean {
  const h = new Hay(s);
  let [a, b] = adjust(h.length, start, end);
  const subLen = cpLength(sub);
  b -= subLen;
  if (b < a) return false;
  if (subLen === 0) return true;
  const at = h.unit(suffix ? b : a);
  return s.startsWith(sub, at) && matchesOnBoundary(s, at, sub);
}

export function startswith(s: string, prefix: string | readonly string[], start: number | null = null, end: number | null = null): boolean {
  const list = typeof prefix === 'string' ? [prefix] : prefix;
  return list.some((p) => tailMatch(s, p, start, end, false));
}

export function endswith(s: string, suffix: string | readonly string[], start: number | null = null, end: number | null = null): boolean {
  const list = typeof suffix === 'string' ? [suffix] : suffix;
  return list.some((p) => tailMatch(s, p, start, end, true));
}

/** str.replace(old, new, count=-1). An empty `old` inserts between code points. */
export function replace(s: string, old: string, replacement: string, maxCount = -1): string {
  return withMemoryGuard(() => replaceUnguarded(s, old, replacement, maxCount));
}

function replaceUnguarded(s: string, old: string, replacement: string, maxCount: number): string {
  if (maxCount < 0) maxCount = Infinity;
  if (old.length === 0) {
    const parts = isSimple(s) ? [...s.split('')] : [...s];
    let out = '';
    let n = 0;
    for (let i = 0; i <= parts.length; i++) {
      if (n < maxCount) { out += replacement; n++; }
      if (i < parts.length) out += parts[i];
    }
    return out;
  }
  let out = '';
  let last = 0;
  let n = 0;
  for (let i = indexOfUnits(s, old, 0, s.length); i >= 0 && n < maxCount; i = indexOfUnits(s, old, last, s.length)) {
    out += s.slice(last, i) + replacement;
    last = i + old.length;
    n++;
  }
  return out + s.slice(last);
}

/** Iterate code points with their UTF-16 offsets. */
function spaceAt(s: string, i: number): number {
  // Python's whitespace is all in the BMP: a surrogate is never whitespace.
  return isPySpace(s.charCodeAt(i)) ? 1 : 0;
}

/** Python's whitespace (str.isspace) as a regex class; all of it is in the BMP. */
const PY_SPACE_RUN = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** str.split(sep=None, maxsplit=-1). */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (sep === null && maxsplit < 0) {
    const parts = s.split(PY_SPACE_RUN);
    if (parts[0] === '') parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  if (sep === null) {
    let i = 0;
    const n = s.length;
    while (i < n && spaceAt(s, i)) i++;
    while (i < n) {
      if (maxsplit-- <= 0) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < n && !spaceAt(s, j)) j++;
      out.push(s.slice(i, j));
      i = j;
      while (i < n && spaceAt(s, i)) i++;
    }
    return out;
  }
  if (sep.length === 0) raise('ValueError', 'empty separator');
  let last = 0;
  for (let i = indexOfUnits(s, sep, 0, s.length); i >= 0 && maxsplit-- > 0; i = indexOfUnits(s, sep, last, s.length)) {
    out.push(s.slice(last, i));
    last = i + sep.length;
  }
  out.push(s.slice(last));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  if (sep === null) {
    let i = s.length;
    while (i > 0 && spaceAt(s, i - 1)) i--;
    while (i > 0) {
      if (maxsplit-- <= 0) {
        out.push(s.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !spaceAt(s, j - 1)) j--;
      out.push(s.slice(j, i));
      i = j;
      while (i > 0 && spaceAt(s, i - 1)) i--;
    }
    return out.reverse();
  }
  if (sep.length === 0) raise('ValueError', 'empty separator');
  let end = s.length;
  while (maxsplit-- > 0) {
    const i = lastIndexOfUnits(s, sep, 0, end);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

/** str.splitlines(keepends=False), on Python's line boundaries. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !LINE_BREAKS.has(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = s.charCodeAt(j) === 0x0d && s.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

function stripSet(chars: string | null): (s: string, i: number) => number {
  // Returns the UTF-16 width of a strippable code point at i, or 0.
  if (chars === null) return spaceAt;
  const set = new Set(toCodePoints(chars));
  return (s, i) => {
    const cp = s.codePointAt(i)!;
    if (isHigh(s.charCodeAt(i)) && !isPairAt(s, i)) return set.has(s.charCodeAt(i)) ? 1 : 0;
    return set.has(cp) ? (cp > 0xffff ? 2 : 1) : 0;
  };
}

export function lstrip(s: string, chars: string | null = null): string {
  const width = stripSet(chars);
  let i = 0;
  for (let w; i < s.length && (w = width(s, i)); ) i += w;
  return s.slice(i);
}

export function rstrip(s: string, chars: string | null = null): string {
  const width = stripSet(chars);
  let end = s.length;
  while (end > 0) {
    const start = end >= 2 && isPairAt(s, end - 2) ? end - 2 : end - 1;
    if (!width(s, start)) break;
    end = start;
  }
  return s.slice(0, end);
}

export function strip(s: string, chars: string | null = null): string {
  return lstrip(rstrip(s, chars), chars);
}

function fillChar(fill: string): string {
  if (cpLength(fill) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return fill;
}

export function ljust(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const n = width - cpLength(s);
  return n > 0 ? withMemoryGuard(() => s + f.repeat(n)) : s;
}

export function rjust(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const n = width - cpLength(s);
  return n > 0 ? withMemoryGuard(() => f.repeat(n) + s) : s;
}

export function center(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const marg = width - cpLength(s);
  if (marg <= 0) return s;
  // CPython puts the odd extra character on the left when width is odd.
  const left = (marg >> 1) + (marg & width & 1);
  return withMemoryGuard(() => f.repeat(left) + s + f.repeat(marg - left));
}

export function zfill(s: string, width: number): string {
  const n = width - cpLength(s);
  if (n <= 0) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return withMemoryGuard(() => sign + '0'.repeat(n) + s.slice(sign.length));
}

/** str.expandtabs(tabsize=8): columns reset at \n and \r. */
export function expandtabs(s: string, tabsize = 8): string {
  return withMemoryGuard(() => expandtabsUnguarded(s, tabsize));
}

function expandtabsUnguarded(s: string, tabsize: number): string {
  let out = '';
  let column = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (column % tabsize);
        out += ' '.repeat(n);
        column += n;
      }
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = indexOfUnits(s, sep, 0, s.length);
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = lastIndexOfUnits(s, sep, 0, s.length);
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function join(sep: string, items: readonly string[]): string {
  return items.join(sep);
}

export function removeprefix(s: string, prefix: string): string {
  return prefix.length > 0 && tailMatch(s, prefix, null, null, false) ? s.slice(prefix.length) : s;
}

export function removesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && tailMatch(s, suffix, null, null, true) ? s.slice(0, s.length - suffix.length) : s;
}

/** What a translate table gives for one code point (the interpreter does table[ord(c)]). */
export type TranslateResult =
  | { kind: 'keep' } // LookupError: the character stays
  | { kind: 'delete' } // None
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: bigint };

/** str.translate(table), with the table lookup supplied by the caller. */
export function translate(s: string, lookup: (cp: number) => TranslateResult): string {
  let out = '';
  for (const ch of s) {
    const r = lookup(ch.codePointAt(0)!);
    switch (r.kind) {
      case 'keep': out += ch; break;
      case 'delete': break;
      case 'str': out += r.value; break;
      case 'int':
        if (r.value < 0n || r.value > 0x10ffffn) raise('ValueError', 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(Number(r.value));
        break;
    }
  }
  return out;
}

/** str.maketrans(x, y[, z]) for two or three str arguments: ord -> ord, or ord -> None. */
export function maketrans(x: string, y: string, z = ''): Map<number, number | null> {
  const xs = toCodePoints(x);
  const ys = toCodePoints(y);
  if (xs.length !== ys.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  const table = new Map<number, number | null>();
  xs.forEach((c, i) => table.set(c, ys[i]));
  for (const c of toCodePoints(z)) table.set(c, null);
  return table;
}

/** s * n: empty for n <= 0, MemoryError past the engine's string size. */
export function repeat(s: string, n: number | bigint): string {
  if (n <= 0 || s.length === 0) return '';
  if (BigInt(n) * BigInt(s.length) > 2n ** 31n) raise('MemoryError', '');
  return withMemoryGuard(() => s.repeat(Number(n)));
}
