// str and bytes.
//
// str layout (TypeId.STR), compact like PEP 393:
//   word1 = length in code points
//   +8  i32 flags: kind = bytes per code point (1, 2 or 4) in bits 0–2 | INTERNED | HASHED
//   +16 i32 hash lo, +20 i32 hash hi (the cached 64-bit hash, valid when HASHED)
//   +24 code points, `kind` bytes each (kind is the smallest that fits the largest code point)
// Strings are immutable and the heap never moves, so each thread caches address → JS string
// (strToJs), emptied whenever the GC count changes because addresses are then reused.
//
// bytes layout (TypeId.BYTES): word1 = length, +8 flags (HASHED), +16/+20 hash, +24 the bytes.

import { alloc } from './alloc.js';
import { H, Heap } from './heap.js';
import { hashByteArray, hashOut } from './hash.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { HI_PTR, Value, fromPtr, hiOf, loOf, isNull } from './value.js';
import { dictGet, dictSet, newDict } from './dict.js';
import { typeError } from './errors.js';

export const STR_DATA = 24;
/** Bits 0–2 of a str's flags word: bytes per code point (1, 2 or 4). */
export const KIND_MASK = 7;
const INTERNED = 1 << 8;
const HASHED = 1 << 9;

/** Create a str from a JS string. Lone surrogates are kept as code points, as Python does. */
export function strFromJs(heap: Heap, text: string): Value {
  // Longer ASCII text is checked and copied natively: Buffer.byteLength(utf8) equals the length
  // exactly when every unit is below 0x80. Below ~24 units the two native calls cost more than
  // the loops further down (compiled micro-benchmark: 100 units ~600 → ~200 ns).
  if (text.length >= 24 && Buffer.byteLength(text, 'utf8') === text.length) {
    const n = text.length;
    const a = alloc(heap, STR_DATA + n, TypeId.STR, n);
    heap.i32[(a >>> 2) + 2] = 1;
    const b = heapBuffer(heap);
    if (NATIVE_SLICES) b.latin1Write(text, a + STR_DATA, n);
    else b.write(text, a + STR_DATA, n, 'latin1');
    return fromPtr(a);
  }
  // The common case first: every UTF-16 unit below 0x100 (Latin-1), so units are code points.
  let maxUnit = 0;
  for (let i = 0; i < text.length; i++) maxUnit |= text.charCodeAt(i);
  if (maxUnit < 0x100) {
    const n = text.length;
    const a = alloc(heap, STR_DATA + n, TypeId.STR, n);
    heap.i32[(a >>> 2) + 2] = 1;
    const u8 = heap.u8, data = a + STR_DATA;
    for (let i = 0; i < n; i++) u8[data + i] = text.charCodeAt(i);
    return fromPtr(a);
  }
  let maxPoint = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (point > maxPoint) maxPoint = point;
    length++;
  }
  const kind = maxPoint < 0x100 ? 1 : maxPoint < 0x10000 ? 2 : 4;
  const a = alloc(heap, STR_DATA + length * kind, TypeId.STR, length);
  heap.i32[(a >>> 2) + 2] = kind;
  const data = a + STR_DATA;
  if (kind === 1) {
    const u8 = heap.u8;
    for (let i = 0; i < length; i++) u8[data + i] = text.charCodeAt(i);
  } else if (kind === 2) {
    const u16 = heap.u16;
    const base = data >>> 1;
    for (let i = 0; i < length; i++) u16[base + i] = text.charCodeAt(i);
  } else {
    const u32 = heap.u32;
    const base = data >>> 2;
    for (let i = 0, k = 0; i < text.length; i++, k++) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      u32[base + k] = point;
    }
  }
  // Not cached here: most strs are never read back as JS strings, and a Map insert per creation
  // tripled the cost of strFromJs (measured, 1M strs).
  return fromPtr(a);
}

/**
 * x + y for two strs, on the heap: the code points are copied (widened when the kinds
 * differ) with no JS string in between. An empty operand gives the other one itself, as
 * CPython's PyUnicode_Concat does.
 */
export function strConcat(heap: Heap, x: Value, y: Value): Value {
  const a = checkStr(heap, x), b = checkStr(heap, y);
  let i32 = heap.i32;
  const la = i32[(a >>> 2) + 1], lb = i32[(b >>> 2) + 1];
  if (lb === 0) return x;
  if (la === 0) return y;
  const ka = i32[(a >>> 2) + 2] & KIND_MASK, kb = i32[(b >>> 2) + 2] & KIND_MASK;
  const k = ka > kb ? ka : kb;
  const r = alloc(heap, STR_DATA + (la + lb) * k, TypeId.STR, la + lb);
  i32 = heap.i32; // views read after the allocation (see Heap)
  i32[(r >>> 2) + 2] = k;
  copyPoints(heap, a, ka, la, r + STR_DATA, k);
  copyPoints(heap, b, kb, lb, r + STR_DATA + la * k, k);
  return fromPtr(r);
}

/**
 * The concatenation of strs `parts` (f-strings' build_string) on the heap, like strConcat: one
 * allocation, the code points copied (widened as needed), no JS strings.
 */
export function strConcatMany(heap: Heap, parts: ArrayLike<Value>): Value {
  let length = 0, kind = 1;
  for (let i = 0; i < parts.length; i++) {
    const a = checkStr(heap, parts[i]);
    length += heap.i32[(a >>> 2) + 1];
    const k = heap.i32[(a >>> 2) + 2] & KIND_MASK;
    if (k > kind) kind = k;
  }
  const r = alloc(heap, STR_DATA + length * kind, TypeId.STR, length);
  heap.i32[(r >>> 2) + 2] = kind; // views read after the allocation (see Heap)
  let at = r + STR_DATA;
  // The parts were checked above; their addresses are read again rather than kept in a JS
  // array (one allocation per f-string).
  for (let i = 0; i < parts.length; i++) {
    const a = loOf(parts[i]) >>> 0, n = heap.i32[(a >>> 2) + 1];
    copyPoints(heap, a, heap.i32[(a >>> 2) + 2] & KIND_MASK, n, at, kind);
    at += n * kind;
  }
  return fromPtr(r);
}

/** Copies the n code points of str `a` (kind ka) to byte address `to` as kind k >= ka. */
export function copyPoints(heap: Heap, a: number, ka: number, n: number, to: number, k: number): void {
  const from = a + STR_DATA;
  if (ka === k) {
    const bytes = n * k, u8 = heap.u8;
    // Short copies (the usual `s + t` operand) are faster as a loop than through copyWithin's
    // call (copyPoints was 4% of string-build's profile, nearly all of it copyWithin's overhead).
    if (bytes < 64) for (let i = 0; i < bytes; i++) u8[to + i] = u8[from + i];
    else u8.copyWithin(to, from, from + bytes);
    return;
  }
  const src = ka === 1 ? heap.u8 : heap.u16;
  const base = ka === 1 ? from : from >>> 1;
  if (k === 2) { const u16 = heap.u16, t = to >>> 1; for (let i = 0; i < n; i++) u16[t + i] = src[base + i]; }
  else { const u32 = heap.u32, t = to >>> 2; for (let i = 0; i < n; i++) u32[t + i] = src[base + i]; }
}

/**
 * The str of one code point. Latin-1 ones are interned, so immortal, and made once per
 * thread: s[i] and `for ch in s` return the same object each time, as CPython's cached
 * one-character strings (so `'ab'[0] is 'a'` holds there too) instead of allocating a str.
 */
export function strChar(heap: Heap, point: number): Value {
  if (point >= 0x100) return strFromJs(heap, String.fromCodePoint(point));
  let chars = latin1Chars;
  if (charsHeap !== heap) { chars = latin1Chars = new Uint32Array(0x100); charsHeap = heap; }
  let a = chars[point];
  if (a === 0) chars[point] = a = loOf(internStr(heap, String.fromCharCode(point))) >>> 0;
  return fromPtr(a);
}
// strChar's cache: addresses of interned one-character strs of `charsHeap` (0: not made yet).
let charsHeap: Heap | null = null;
let latin1Chars = new Uint32Array(0x100);

/** Create a str from code points (each 0..0x10FFFF). */
export function strFromCodePoints(heap: Heap, points: ArrayLike<number>): Value {
  let text = '';
  for (let i = 0; i < points.length; i++) text += String.fromCodePoint(points[i]);
  return strFromJs(heap, text);
}

/** The address of str `v` (TypeError when it is not a str). */
export function checkStr(heap: Heap, v: Value): number {
  const a = loOf(v) >>> 0;
  if (v === v || hiOf(v) !== HI_PTR || (heap.i32[a >>> 2] & TYPE_MASK) !== TypeId.STR) {
    throw typeError('expected str');
  }
  return a;
}

export function isStr(heap: Heap, v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.STR;
}

export function strLength(heap: Heap, v: Value): number {
  return heap.i32[(checkStr(heap, v) >>> 2) + 1];
}

/** Code point at index i (0 <= i < length; unchecked beyond that). */
export function strCodePointAt(heap: Heap, v: Value, i: number): number {
  const a = loOf(v) >>> 0;
  const kind = heap.i32[(a >>> 2) + 2] & KIND_MASK;
  const data = a + STR_DATA;
  if (kind === 1) return heap.u8[data + i];
  if (kind === 2) return heap.u16[(data >>> 1) + i];
  return heap.u32[(data >>> 2) + i];
}

/**
 * The JS string for a str, via this thread's decode cache: direct-mapped by address (a slot
 * per 8-byte granule modulo DECODE_SLOTS, a miss overwrites the slot), emptied whenever the
 * GC count changes (addresses are reused after a collection) or another heap is used. Kind-1
 * and kind-2 data decode natively (Buffer's latin1Slice / ucs2Slice over the heap's bytes).
 * It was a Map: inserting every decoded str cost ~300 ns (Map growth and clears), more than
 * the decoding, and `s.startswith(p)` on fresh strs paid it per call (m_methods micro 18% of
 * its time in strToJs).
 */
export function strToJs(heap: Heap, v: Value): string {
  const a = checkStr(heap, v);
  const gc = heap.gcCount;
  if (decodeGc !== gc || decodeHeap !== heap) {
    decodeAddr.fill(0);
    decodeGc = gc;
    decodeHeap = heap;
  }
  const slot = (a >>> 3) & (DECODE_SLOTS - 1);
  if (decodeAddr[slot] === (a | 0)) return decodeText[slot];
  const text = decodeStr(heap, a);
  decodeAddr[slot] = a;
  decodeText[slot] = text;
  return text;
}

const DECODE_SLOTS = 4096;
// strToJs's cache (per thread: each worker has its own module instance). Invariant: while
// decodeGc and decodeHeap are current, decodeAddr[i] !== 0 means decodeText[i] is the text of
// the str at address decodeAddr[i] (stored as int32).
const decodeAddr = new Int32Array(DECODE_SLOTS);
const decodeText: string[] = new Array<string>(DECODE_SLOTS).fill('');
let decodeGc = -1;
let decodeHeap: Heap | null = null;
// A Buffer over the heap's current u8 view (re-made when the views are replaced).
let bytesView: Uint8Array | null = null;
let bytesBuffer = Buffer.alloc(0) as SliceBuffer;
// Node's Buffer has latin1Slice/ucs2Slice/latin1Write (what toString(encoding, start, end) and
// write() call after their argument checks, ~25% slower on short strs); not in @types/node.
interface SliceBuffer extends Buffer {
  latin1Slice(start: number, end: number): string;
  ucs2Slice(start: number, end: number): string;
  latin1Write(text: string, offset: number, length: number): number;
}
const NATIVE_SLICES = typeof (Buffer.prototype as Partial<SliceBuffer>).latin1Slice === 'function';
// ucs2Slice reads little-endian units; the heap's u16 view is in the host's order.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function heapBuffer(heap: Heap): SliceBuffer {
  if (bytesView !== heap.u8) {
    bytesView = heap.u8;
    bytesBuffer = Buffer.from(bytesView.buffer, bytesView.byteOffset, bytesView.byteLength) as SliceBuffer;
  }
  return bytesBuffer;
}

/** The JS string of the str at address a (no cache). */
function decodeStr(heap: Heap, a: number): string {
  const length = heap.i32[(a >>> 2) + 1];
  const kind = heap.i32[(a >>> 2) + 2] & KIND_MASK;
  const data = a + STR_DATA;
  if (kind === 1) {
    const b = heapBuffer(heap);
    return NATIVE_SLICES ? b.latin1Slice(data, data + length) : b.toString('latin1', data, data + length);
  }
  if (kind === 2 && LITTLE_ENDIAN) {
    const b = heapBuffer(heap);
    return NATIVE_SLICES ? b.ucs2Slice(data, data + 2 * length) : b.toString('ucs2', data, data + 2 * length);
  }
  let text = '';
  if (kind === 4) {
    const base = data >>> 2;
    for (let i = 0; i < length; i++) text += String.fromCodePoint(heap.u32[base + i]);
  } else {
    const base = data >>> 1;
    // Chunked so that huge strings do not overflow the argument limit of fromCharCode.
    for (let i = 0; i < length; i += 8192) {
      text += String.fromCharCode.apply(null, heap.u16.subarray(base + i, base + Math.min(length, i + 8192)) as unknown as number[]);
    }
  }
  return text;
}

/**
 * str hash, cached in the object. Returns lo; see hashOut. The value is semantics/hash.ts's
 * hashStr (the one definition), computed here on the heap's code points in 32-bit halves —
 * no JS string, no BigInt (strFromJs + dictGet with a fresh key: 1316 → 183 ns, heap-ops.ts).
 * str.test.ts checks the two agree on ASCII, Latin-1, BMP, astral and empty strings, so they
 * cannot drift silently.
 */
export function strHash(heap: Heap, v: Value): number {
  const a = loOf(v) >>> 0;
  const w = a >>> 2;
  const i32 = heap.i32;
  const flags = i32[w + 2];
  if ((flags & HASHED) !== 0) {
    hashOut[0] = i32[w + 4];
    hashOut[1] = i32[w + 5];
    return hashOut[0];
  }
  const length = i32[w + 1];
  const kind = flags & KIND_MASK;
  const data = a + STR_DATA;
  let lo = 0;
  let hi = 0;
  if (length > 0) {
    // hashStr runs over UTF-16 units: count astral code points twice.
    let units = length;
    if (kind === 4) for (let i = 0; i < length; i++) if (heap.u32[(data >>> 2) + i] > 0xffff) units++;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ units;
    for (let i = 0; i < length; i++) {
      const point = kind === 1 ? heap.u8[data + i] : kind === 2 ? heap.u16[(data >>> 1) + i] : heap.u32[(data >>> 2) + i];
      if (point > 0xffff) {
        const high = 0xd800 + ((point - 0x10000) >> 10);
        const low = 0xdc00 + ((point - 0x10000) & 0x3ff);
        h1 = Math.imul(h1 ^ high, 0x01000193);
        h2 = Math.imul(h2 ^ high, 0x5bd1e995);
        h2 ^= h2 >>> 15;
        h1 = Math.imul(h1 ^ low, 0x01000193);
        h2 = Math.imul(h2 ^ low, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      } else {
        h1 = Math.imul(h1 ^ point, 0x01000193);
        h2 = Math.imul(h2 ^ point, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
    }
    h1 ^= h1 >>> 16;
    h1 = Math.imul(h1, 0x85ebca6b);
    h1 ^= h1 >>> 13;
    lo = h1 | 0;
    hi = h2 | 0;
    if (lo === -1 && hi === -1) lo = -2; // hash -1 is reserved for errors: -1 → -2
  }
  i32[w + 4] = lo;
  i32[w + 5] = hi;
  i32[w + 2] = flags | HASHED;
  hashOut[0] = lo;
  hashOut[1] = hi;
  return lo;
}

/** Content equality of two strs (same length and code points). */
export function strEquals(heap: Heap, x: Value, y: Value): boolean {
  const a = loOf(x) >>> 0;
  const b = loOf(y) >>> 0;
  if (a === b) return true;
  const i32 = heap.i32;
  const length = i32[(a >>> 2) + 1];
  if (length !== i32[(b >>> 2) + 1]) return false;
  const fa = i32[(a >>> 2) + 2];
  const fb = i32[(b >>> 2) + 2];
  // Same content implies same kind (kind is minimal), so different kinds mean different strings.
  if ((fa & KIND_MASK) !== (fb & KIND_MASK)) return false;
  if ((fa & fb & HASHED) !== 0 && i32[(a >>> 2) + 4] !== i32[(b >>> 2) + 4]) return false;
  const bytes = length * (fa & KIND_MASK);
  const u8 = heap.u8;
  for (let i = 0; i < bytes; i++) if (u8[a + STR_DATA + i] !== u8[b + STR_DATA + i]) return false;
  return true;
}

// --- Interning ---
// The intern table is a heap dict str → str (a GC root), guarded by its own lock because any
// thread may intern. Each thread also keeps JS string → address for strings it has interned.

/** The interned str equal to `text` (created on first use; immortal: the table is a root). */
export function internStr(heap: Heap, text: string): Value {
  const known = heap.internCache.get(text);
  if (known !== undefined) return fromPtr(known);
  const i32 = heap.i32;
  while (Atomics.compareExchange(i32, H.INTERN_LOCK, 0, 1) !== 0) Atomics.wait(i32, H.INTERN_LOCK, 1, 1);
  try {
    let table = Atomics.load(heap.i32, H.ROOT_INTERNED);
    if (table === 0) {
      table = loOf(newDict(heap));
      Atomics.store(heap.i32, H.ROOT_INTERNED, table);
    }
    const key = strFromJs(heap, text);
    let found = dictGet(heap, fromPtr(table), key);
    if (isNull(found)) {
      heap.i32[((loOf(key) >>> 0) >>> 2) + 2] |= INTERNED;
      dictSet(heap, fromPtr(table), key, key);
      found = key;
    }
    heap.internCache.set(text, loOf(found) >>> 0);
    return found;
  } finally {
    Atomics.store(heap.i32, H.INTERN_LOCK, 0);
    Atomics.notify(heap.i32, H.INTERN_LOCK, 1);
  }
}

// --- bytes ---

export function bytesFromArray(heap: Heap, data: ArrayLike<number>): Value {
  const a = alloc(heap, STR_DATA + data.length, TypeId.BYTES, data.length);
  heap.u8.set(data, a + STR_DATA);
  return fromPtr(a);
}

export function bytesLength(heap: Heap, v: Value): number {
  return heap.i32[((loOf(v) >>> 0) >>> 2) + 1];
}

/** b[i] of a bytes object, 0 <= i < bytesLength (no copy of the data: indexing and iterating a
 *  bytes object through bytesToArray copied all of it for each item). */
export function bytesByteAt(heap: Heap, v: Value, i: number): number {
  return heap.u8[(loOf(v) >>> 0) + STR_DATA + i];
}

/** A copy of the bytes as a Uint8Array (not a view: the heap's views are replaced on growth). */
export function bytesToArray(heap: Heap, v: Value): Uint8Array {
  const a = loOf(v) >>> 0;
  return heap.u8.slice(a + STR_DATA, a + STR_DATA + heap.i32[(a >>> 2) + 1]);
}

export function bytesHash(heap: Heap, v: Value): number {
  const w = (loOf(v) >>> 0) >>> 2;
  if ((heap.i32[w + 2] & HASHED) !== 0) {
    hashOut[0] = heap.i32[w + 4];
    hashOut[1] = heap.i32[w + 5];
    return hashOut[0];
  }
  const lo = hashByteArray(bytesToArray(heap, v));
  heap.i32[w + 4] = lo;
  heap.i32[w + 5] = hashOut[1];
  heap.i32[w + 2] |= HASHED;
  return lo;
}

export function bytesEquals(heap: Heap, x: Value, y: Value): boolean {
  const a = loOf(x) >>> 0;
  const b = loOf(y) >>> 0;
  const length = heap.i32[(a >>> 2) + 1];
  if (length !== heap.i32[(b >>> 2) + 1]) return false;
  const u8 = heap.u8;
  for (let i = 0; i < length; i++) if (u8[a + STR_DATA + i] !== u8[b + STR_DATA + i]) return false;
  return true;
}
