// str methods computed on the heap's code points, for the common cases that string-heavy
// programs hit in loops: split on a given separator, join, replace, upper/lower of ASCII text
// and repetition. The general versions (runtime/semantics/str-methods.ts) decode the receiver
// to a JS string, work on that and encode every result back; for short strs the two
// conversions cost more than the operation itself (string-build's profile: strToJs and
// strFromJs together ~13% of its time, nearly all around split, join, replace and `*`).
//
// Each function here either returns the result or `undefined` when its fast case does not
// apply (a wider kind, an empty separator): the caller then runs the general version, which
// also owns every error message. Results are the ones CPython gives, including which calls
// hand back the receiver itself (unicode_result_unchanged: a replace that finds nothing, a
// split without a separator occurrence, `s * 1`, a join of one str).
//
// Allocation never collects (GC runs at safepoints only), so raw addresses held across the
// allocations below stay valid; the views are re-read after each (see Heap).

import { alloc } from './alloc.js';
import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { type Value, fromPtr } from './value.js';
import { STR_DATA, KIND_MASK, checkStr, copyPoints, strChar } from './str.js';
import { newList, listAppend } from './sequence.js';

function lengthAt(heap: Heap, a: number): number {
  return heap.i32[(a >>> 2) + 1];
}

function kindAt(heap: Heap, a: number): number {
  return heap.i32[(a >>> 2) + 2] & KIND_MASK;
}

/** A new kind-1 str of the n bytes at byte address `from` (a slice of another kind-1 str). */
function latin1Slice(heap: Heap, from: number, n: number): Value {
  const r = alloc(heap, STR_DATA + n, TypeId.STR, n);
  heap.i32[(r >>> 2) + 2] = 1;
  const u8 = heap.u8, to = r + STR_DATA;
  // Short slices (the usual split field) copy faster in a loop than through copyWithin's call.
  if (n < 32) for (let i = 0; i < n; i++) u8[to + i] = u8[from + i];
  else u8.copyWithin(to, from, from + n);
  return fromPtr(r);
}

/**
 * Byte offsets (from the data start) of the non-overlapping occurrences of kind-1 `sep` (sl
 * bytes at `sd`) in kind-1 data (n bytes at `d`), left to right, at most `max` (-1: all).
 */
function occurrences(u8: Uint8Array, d: number, n: number, sd: number, sl: number, max: number): number[] {
  const found: number[] = [];
  const first = u8[sd];
  if (sl === 1 && n >= 64) {
    // One separator byte in a long text: TypedArray indexOf is native (memchr-like), several
    // times faster than this loop; on a subarray so it cannot run past the str.
    const text = u8.subarray(d, d + n);
    for (let i = text.indexOf(first); i >= 0 && found.length !== max; i = text.indexOf(first, i + 1)) found.push(i);
    return found;
  }
  for (let i = 0; i + sl <= n && found.length !== max; i++) {
    if (u8[d + i] !== first) continue;
    let j = 1;
    while (j < sl && u8[d + i + j] === u8[sd + j]) j++;
    if (j === sl) { found.push(i); i += sl - 1; }
  }
  return found;
}

/** s.split(sep, maxsplit) for a non-empty sep, both Latin-1 (kind 1); undefined otherwise. */
export function strSplitOn(heap: Heap, s: Value, sep: Value, maxsplit: number): Value | undefined {
  const a = checkStr(heap, s), p = checkStr(heap, sep);
  const sl = lengthAt(heap, p);
  if (sl === 0 || kindAt(heap, a) !== 1 || kindAt(heap, p) !== 1) return undefined;
  const n = lengthAt(heap, a), d = a + STR_DATA;
  if (sl === 1 && maxsplit < 0 && n < 64) return splitShort(heap, s, d, n, heap.u8[p + STR_DATA]);
  const cuts = occurrences(heap.u8, d, n, p + STR_DATA, sl, maxsplit < 0 ? -1 : maxsplit);
  const list = newList(heap, cuts.length + 1);
  if (cuts.length === 0) { listAppend(heap, list, s); return list; }
  let start = 0;
  for (const at of cuts) {
    listAppend(heap, list, latin1Slice(heap, d + start, at - start));
    start = at + sl;
  }
  listAppend(heap, list, latin1Slice(heap, d + start, n - start));
  return list;
}

/**
 * strSplitOn for a short kind-1 text (n bytes at d) and a one-byte separator c, every
 * occurrence: one counting pass sizes the list, a second cuts the parts (no offsets array —
 * `w.split(",")` on short fields is the common call, string-build makes 200,000 of them).
 */
function splitShort(heap: Heap, s: Value, d: number, n: number, c: number): Value {
  let parts = 1;
  for (let i = 0, u8 = heap.u8; i < n; i++) if (u8[d + i] === c) parts++;
  const list = newList(heap, parts);
  if (parts === 1) { listAppend(heap, list, s); return list; }
  let start = 0;
  for (let i = 0; i < n; i++) {
    // heap.u8 re-read each step: latin1Slice allocates, which may replace the views.
    if (heap.u8[d + i] !== c) continue;
    listAppend(heap, list, latin1Slice(heap, d + start, i - start));
    start = i + 1;
  }
  listAppend(heap, list, latin1Slice(heap, d + start, n - start));
  return list;
}

/**
 * s.replace(old, new, count) with all three Latin-1 and old non-empty; undefined otherwise.
 * `count` < 0 replaces every occurrence.
 */
export function strReplace(heap: Heap, s: Value, old: Value, by: Value, count: number): Value | undefined {
  const a = checkStr(heap, s), o = checkStr(heap, old), b = checkStr(heap, by);
  const ol = lengthAt(heap, o);
  if (ol === 0 || kindAt(heap, a) !== 1 || kindAt(heap, o) !== 1 || kindAt(heap, b) !== 1) return undefined;
  if (count === 0) return s;
  const n = lengthAt(heap, a), bl = lengthAt(heap, b);
  const hits = occurrences(heap.u8, a + STR_DATA, n, o + STR_DATA, ol, count < 0 ? -1 : count);
  if (hits.length === 0) return s;
  const length = n + hits.length * (bl - ol);
  const r = alloc(heap, STR_DATA + length, TypeId.STR, length);
  heap.i32[(r >>> 2) + 2] = 1;
  const u8 = heap.u8, d = a + STR_DATA, bd = b + STR_DATA;
  let to = r + STR_DATA, start = 0;
  for (const at of hits) {
    for (let i = start; i < at; i++) u8[to++] = u8[d + i];
    for (let i = 0; i < bl; i++) u8[to++] = u8[bd + i];
    start = at + ol;
  }
  for (let i = start; i < n; i++) u8[to++] = u8[d + i];
  return fromPtr(r);
}

/**
 * s.upper() / s.lower() of a kind-1 str through a 256-entry table; undefined for a wider str
 * and for upper() of the three Latin-1 letters whose upper case is not one Latin-1 letter
 * ('\xb5' → U+039C, '\xdf' → 'SS', '\xff' → U+0178). Checked against CPython 3.13 for all
 * 256 code points (str_case_latin1 program).
 */
export function strLatin1Case(heap: Heap, s: Value, upper: boolean): Value | undefined {
  const a = checkStr(heap, s);
  if (kindAt(heap, a) !== 1) return undefined;
  const n = lengthAt(heap, a), d = a + STR_DATA, table = upper ? UPPER_1 : LOWER_1;
  let u8 = heap.u8;
  if (upper) for (let i = 0; i < n; i++) if (table[u8[d + i]] < 0) return undefined;
  const r = alloc(heap, STR_DATA + n, TypeId.STR, n);
  heap.i32[(r >>> 2) + 2] = 1;
  u8 = heap.u8;
  const to = r + STR_DATA;
  for (let i = 0; i < n; i++) u8[to + i] = table[u8[d + i]];
  return fromPtr(r);
}

// Case tables of the Latin-1 code points (-1: not a single Latin-1 code point).
const LOWER_1 = new Int16Array(256), UPPER_1 = new Int16Array(256);
for (let c = 0; c < 256; c++) {
  LOWER_1[c] = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
  UPPER_1[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7) ? c - 32 : c;
}
UPPER_1[0xb5] = UPPER_1[0xdf] = UPPER_1[0xff] = -1;

/** s * n for n >= 0 (the caller checked the size), any kind. */
export function strRepeat(heap: Heap, s: Value, n: number): Value {
  const a = checkStr(heap, s);
  const len = lengthAt(heap, a);
  if (n === 1) return s;
  const length = len * n;
  // A str's kind is the narrowest that holds its code points (equality and hashing rely on
  // it), so an empty result is kind 1 whatever the operand's kind.
  const k = length === 0 ? 1 : kindAt(heap, a);
  const r = alloc(heap, STR_DATA + length * k, TypeId.STR, length);
  heap.i32[(r >>> 2) + 2] = k;
  if (length === 0) return fromPtr(r);
  const u8 = heap.u8, from = a + STR_DATA, to = r + STR_DATA, bytes = len * k;
  if (bytes === 1) { u8.fill(u8[from], to, to + n); return fromPtr(r); }
  // Doubling copies: log2(n) copyWithin calls instead of n.
  u8.copyWithin(to, from, from + bytes);
  let done = bytes;
  const total = length * k;
  while (done < total) {
    const chunk = Math.min(done, total - done);
    u8.copyWithin(to + done, to, to + chunk);
    done += chunk;
  }
  return fromPtr(r);
}

/**
 * sep.join of the strs at addresses `parts` (the caller checked and unwrapped them): one
 * allocation, code points widened to the widest kind. A single part is returned itself.
 * Addresses, not Values: V8 may canonicalize a NaN stored into a JS array of doubles (seen
 * here on the first push into an empty array), which destroys a NaN-boxed pointer.
 */
export function strJoin(heap: Heap, sep: Value, parts: readonly number[]): Value {
  const s = checkStr(heap, sep);
  if (parts.length === 1) return fromPtr(parts[0]);
  const sl = lengthAt(heap, s), sk = kindAt(heap, s);
  let length = parts.length > 0 ? sl * (parts.length - 1) : 0, kind = parts.length > 1 ? sk : 1;
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i];
    length += lengthAt(heap, a);
    const k = kindAt(heap, a);
    if (k > kind) kind = k;
  }
  const r = alloc(heap, STR_DATA + length * kind, TypeId.STR, length);
  heap.i32[(r >>> 2) + 2] = kind;
  let at = r + STR_DATA;
  if (kind === 1) {
    // All Latin-1 (the usual case): bytes copied in one loop, no call per part.
    const u8 = heap.u8, i32 = heap.i32, sd = s + STR_DATA;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) for (let j = 0; j < sl; j++) u8[at++] = u8[sd + j];
      const a = parts[i], n = i32[(a >>> 2) + 1], d = a + STR_DATA;
      if (n < 64) for (let j = 0; j < n; j++) u8[at++] = u8[d + j];
      else { u8.copyWithin(at, d, d + n); at += n; }
    }
    return fromPtr(r);
  }
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && sl > 0) { copyPoints(heap, s, sk, sl, at, kind); at += sl * kind; }
    const a = parts[i], n = lengthAt(heap, a);
    copyPoints(heap, a, kindAt(heap, a), n, at, kind);
    at += n * kind;
  }
  return fromPtr(r);
}

// --- Searching: find/rfind/index/rindex/count, `in`, startswith/endswith ---
// On the code points of any kinds: the same index arithmetic reads a kind-1, -2 or -4 str, so a
// needle never matches half of a surrogate pair (JS string searches could: `'\ud83d' in '😀'`).
// A needle of a wider kind than the haystack cannot occur in it (kinds are minimal: it holds
// a code point that the haystack's kind cannot).

type Points = Uint8Array | Uint16Array | Uint32Array;

function pointsView(heap: Heap, k: number): Points {
  return k === 1 ? heap.u8 : k === 2 ? heap.u16 : heap.u32;
}

/** The index in pointsView(kind) of str a's first code point (a + STR_DATA is 8-aligned). */
function pointsBase(a: number, k: number): number {
  return (a + STR_DATA) / k;
}

/** ADJUST_INDICES: Python's start/end clamping for find/count/startswith (null: absent). */
function adjustRange(n: number, start: number | null, end: number | null): [number, number] {
  let s = start ?? 0, e = end ?? n;
  if (e > n) e = n;
  else if (e < 0) { e += n; if (e < 0) e = 0; }
  if (s < 0) { s += n; if (s < 0) s = 0; }
  return [s, e];
}

/**
 * The code-point index of the first (`last`: the last) occurrence of str `p` (address, m > 0
 * code points) in str `a`'s code points [from, to), or -1.
 */
function indexIn(heap: Heap, a: number, p: number, from: number, to: number, last: boolean): number {
  const ka = kindAt(heap, a), kp = kindAt(heap, p), m = lengthAt(heap, p);
  if (kp > ka || to - from < m) return -1;
  const sv = pointsView(heap, ka), sb = pointsBase(a, ka), pv = pointsView(heap, kp), pb = pointsBase(p, kp);
  const first = pv[pb];
  if (!last && to - from >= 64) {
    // A long haystack: the native indexOf finds candidates (on a subarray, so it stops at `to`).
    const hay = sv.subarray(sb + from, sb + to - m + 1);
    for (let i = hay.indexOf(first); i >= 0; i = hay.indexOf(first, i + 1)) {
      let j = 1;
      while (j < m && sv[sb + from + i + j] === pv[pb + j]) j++;
      if (j === m) return from + i;
    }
    return -1;
  }
  if (!last) {
    for (let i = from; i + m <= to; i++) {
      if (sv[sb + i] !== first) continue;
      let j = 1;
      while (j < m && sv[sb + i + j] === pv[pb + j]) j++;
      if (j === m) return i;
    }
    return -1;
  }
  for (let i = to - m; i >= from; i--) {
    if (sv[sb + i] !== first) continue;
    let j = 1;
    while (j < m && sv[sb + i + j] === pv[pb + j]) j++;
    if (j === m) return i;
  }
  return -1;
}

/** s.find(sub, start, end) (`last`: rfind) of two strs, as CPython's any_find_slice. */
export function strFind(heap: Heap, s: Value, sub: Value, start: number | null, end: number | null, last: boolean): number {
  const a = checkStr(heap, s), p = checkStr(heap, sub);
  const [from, to] = adjustRange(lengthAt(heap, a), start, end);
  const m = lengthAt(heap, p);
  if (to - from < m) return -1;
  if (m === 0) return last ? to : from;
  return indexIn(heap, a, p, from, to, last);
}

/** s.count(sub, start, end) of two strs: non-overlapping occurrences. */
export function strCount(heap: Heap, s: Value, sub: Value, start: number | null, end: number | null): number {
  const a = checkStr(heap, s), p = checkStr(heap, sub);
  const [from, to] = adjustRange(lengthAt(heap, a), start, end);
  const m = lengthAt(heap, p);
  if (to - from < m) return 0;
  if (m === 0) return to - from + 1;
  let n = 0;
  for (let i = indexIn(heap, a, p, from, to, false); i >= 0; i = indexIn(heap, a, p, i + m, to, false)) n++;
  return n;
}

/** `sub in s` for two strs. */
export function strContains(heap: Heap, s: Value, sub: Value): boolean {
  const a = checkStr(heap, s), p = checkStr(heap, sub);
  return lengthAt(heap, p) === 0 || indexIn(heap, a, p, 0, lengthAt(heap, a), false) >= 0;
}

/** tailmatch: whether s[start:end] starts (`suffix`: ends) with str `sub`. */
export function strTailMatch(heap: Heap, s: Value, sub: Value, start: number | null, end: number | null, suffix: boolean): boolean {
  const a = checkStr(heap, s), p = checkStr(heap, sub);
  const m = lengthAt(heap, p);
  let [from, to] = adjustRange(lengthAt(heap, a), start, end);
  to -= m;
  if (to < from) return false;
  if (m === 0) return true;
  const ka = kindAt(heap, a), kp = kindAt(heap, p);
  if (kp > ka) return false;
  const sv = pointsView(heap, ka), pv = pointsView(heap, kp);
  const sb = pointsBase(a, ka) + (suffix ? to : from), pb = pointsBase(p, kp);
  for (let j = 0; j < m; j++) if (sv[sb + j] !== pv[pb + j]) return false;
  return true;
}

/**
 * s[start : start + count * step : step] for slice indices already computed (count >= 0), any
 * kind, without a JS string: the result takes the smallest kind that holds its code points, and
 * adjacent surrogate code points stay two code points (a JS string would pair them). Returns s
 * itself for the whole str and the cached character for one code point, as CPython does.
 */
export function strSlice(heap: Heap, s: Value, start: number, step: number, count: number): Value {
  const a = checkStr(heap, s);
  if (step === 1 && start === 0 && count === lengthAt(heap, a)) return s;
  const ka = kindAt(heap, a), sb = pointsBase(a, ka);
  if (count === 1) return strChar(heap, pointsView(heap, ka)[sb + start]);
  let any = 0;
  if (ka > 1) { const sv = pointsView(heap, ka); for (let i = 0, j = sb + start; i < count; i++, j += step) any |= sv[j]; }
  // `any` is the OR of the code points: below 2**8 (2**16) exactly when all of them are.
  const k = ka === 1 || any < 0x100 ? 1 : any < 0x10000 ? 2 : 4;
  const r = alloc(heap, STR_DATA + count * k, TypeId.STR, count);
  heap.i32[(r >>> 2) + 2] = k; // views read after the allocation (see Heap)
  if (step === 1 && k === ka && count * k >= 32) {
    heap.u8.copyWithin(r + STR_DATA, a + STR_DATA + start * k, a + STR_DATA + (start + count) * k);
    return fromPtr(r);
  }
  const sv = pointsView(heap, ka), rv = pointsView(heap, k), rb = pointsBase(r, k);
  for (let i = 0, j = sb + start; i < count; i++, j += step) rv[rb + i] = sv[j];
  return fromPtr(r);
}

// --- Whitespace: strip/lstrip/rstrip and split() of Latin-1 text ---

/** 1 for the Latin-1 code points that str.isspace() accepts (\t\n\v\f\r, \x1c-\x1f, ' ', \x85, \xa0). */
const LATIN1_SPACE = new Uint8Array(256);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0]) LATIN1_SPACE[c] = 1;
// strStrip's set of the characters to strip when they are given (refilled per call).
const stripSet = new Uint8Array(256);

/**
 * s.strip(chars) (`which` 0), lstrip (1) or rstrip (2) of a kind-1 str; `chars` is a str or
 * null for whitespace. undefined for a wider receiver (the general version answers). Returns
 * s itself when nothing is stripped, as CPython does.
 */
export function strStrip(heap: Heap, s: Value, chars: Value | null, which: number): Value | undefined {
  const a = checkStr(heap, s);
  if (kindAt(heap, a) !== 1) return undefined;
  let set = LATIN1_SPACE;
  if (chars !== null) {
    const c = checkStr(heap, chars), kc = kindAt(heap, c), cv = pointsView(heap, kc), cb = pointsBase(c, kc);
    set = stripSet;
    set.fill(0);
    // A code point above 0xff cannot occur in a kind-1 receiver: it is simply never matched.
    for (let i = 0, m = lengthAt(heap, c); i < m; i++) if (cv[cb + i] < 0x100) set[cv[cb + i]] = 1;
  }
  const n = lengthAt(heap, a), d = a + STR_DATA, u8 = heap.u8;
  let i = 0, j = n;
  if (which !== 2) while (i < j && set[u8[d + i]] === 1) i++;
  if (which !== 1) while (j > i && set[u8[d + j - 1]] === 1) j--;
  if (i === 0 && j === n) return s;
  return j - i === 1 ? strChar(heap, u8[d + i]) : latin1Slice(heap, d + i, j - i);
}

/**
 * s.split() (whitespace, no maxsplit) of a kind-1 str; undefined for a wider one. A str with
 * no whitespace gives a list of s itself (CPython's split_whitespace does the same).
 */
export function strSplitSpace(heap: Heap, s: Value): Value | undefined {
  const a = checkStr(heap, s);
  if (kindAt(heap, a) !== 1) return undefined;
  const n = lengthAt(heap, a), d = a + STR_DATA;
  let parts = 0;
  for (let i = 0, u8 = heap.u8, inWord = false; i < n; i++) {
    const space = LATIN1_SPACE[u8[d + i]] === 1;
    if (!space && !inWord) parts++;
    inWord = !space;
  }
  const list = newList(heap, parts);
  if (parts === 1 && LATIN1_SPACE[heap.u8[d]] === 0 && LATIN1_SPACE[heap.u8[d + n - 1]] === 0) {
    listAppend(heap, list, s);
    return list;
  }
  let i = 0;
  while (i < n) {
    // heap.u8 re-read after each allocation (it may replace the views).
    while (i < n && LATIN1_SPACE[heap.u8[d + i]] === 1) i++;
    if (i >= n) break;
    let j = i + 1;
    while (j < n && LATIN1_SPACE[heap.u8[d + j]] === 0) j++;
    listAppend(heap, list, j - i === 1 ? strChar(heap, heap.u8[d + i]) : latin1Slice(heap, d + i, j - i));
    i = j;
  }
  return list;
}

/**
 * `left` copies of code point `fill`, then kind-1 str s, then `right` copies (center, ljust,
 * rjust; zfill with `zeros`: a leading '+'/'-' of s moves in front of the zeros). undefined
 * when s is wider or fill is not Latin-1; the caller checked that left + right > 0 and that the
 * width is reasonable (huge widths go to the general version's MemoryError).
 */
export function strPad(heap: Heap, s: Value, left: number, right: number, fill: number, zeros = false): Value | undefined {
  const a = checkStr(heap, s);
  if (kindAt(heap, a) !== 1 || fill >= 0x100) return undefined;
  const n = lengthAt(heap, a), length = left + n + right;
  const r = alloc(heap, STR_DATA + length, TypeId.STR, length);
  heap.i32[(r >>> 2) + 2] = 1;
  const u8 = heap.u8, to = r + STR_DATA, from = a + STR_DATA;
  u8.fill(fill, to, to + left);
  for (let i = 0; i < n; i++) u8[to + left + i] = u8[from + i];
  u8.fill(fill, to + left + n, to + length);
  if (zeros && n > 0 && (u8[from] === 0x2b || u8[from] === 0x2d)) { u8[to] = u8[from]; u8[to + left] = 0x30; }
  return fromPtr(r);
}

/**
 * s.encode() for a kind-1 str of ASCII only, whose UTF-8 (and ASCII, Latin-1) bytes are its
 * code points: a bytes copy. undefined otherwise (the general encoder answers).
 */
export function strAsciiBytes(heap: Heap, s: Value): Value | undefined {
  const a = checkStr(heap, s);
  if (kindAt(heap, a) !== 1) return undefined;
  const n = lengthAt(heap, a), d = a + STR_DATA;
  let any = 0;
  for (let i = 0, u8 = heap.u8; i < n; i++) any |= u8[d + i];
  if (any >= 0x80) return undefined;
  const r = alloc(heap, STR_DATA + n, TypeId.BYTES, n);
  heap.u8.copyWithin(r + STR_DATA, d, d + n);
  return fromPtr(r);
}

/**
 * Whether every code point of kind-1 str s has `table[cp] === 1` (`empty` for ''): the
 * per-code-point predicates isdigit/isalpha/isspace/... of Latin-1 text; undefined for a wider
 * str. The caller builds the table from the semantics' own predicate.
 */
export function strAllIn(heap: Heap, s: Value, table: Uint8Array, empty: boolean): boolean | undefined {
  const a = checkStr(heap, s);
  if (kindAt(heap, a) !== 1) return undefined;
  const n = lengthAt(heap, a), d = a + STR_DATA, u8 = heap.u8;
  if (n === 0) return empty;
  for (let i = 0; i < n; i++) if (table[u8[d + i]] === 0) return false;
  return true;
}
