// dict: CPython's compact layout (Objects/dictobject.c) — a hash-indexed table of int32 indices
// into an array of entries kept in insertion order.
//
// DICT (TypeId.DICT):  word1 = used (live entries); +8 i32 DICT_KEYS address (0 = empty dict);
//                      +12 i32 version, bumped on every mutation (future JIT guards)
// DICT_KEYS:           word1 = log2 of table size; +8 i32 usable (insertions left before a
//                      resize); +12 i32 nentries (entries ever appended, deleted ones included);
//                      +16 indices: size int32 (EMPTY -1, DUMMY -2, else an entry number);
//                      then entries, 24 bytes each: i32 hash lo, i32 hash hi, key, value.
// Deleting leaves a DUMMY index and a NULL key in the entry, exactly like CPython, so iteration
// order and the moment of each resize follow CPython's (USABLE_FRACTION = 2/3, growth = used*3).
// Probing: i = hash & mask, then i = (5i + perturb + 1) & mask with perturb >>= 5 on the full
// unsigned 64-bit hash (kept as two halves).

import { alloc } from './alloc.js';
import type { Heap } from './heap.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { HI_NULL, HI_PTR, NULL, Value, fromPtr, hiOf, loOf, ptrOrZero, unpack2, words } from './value.js';
import { hashOut } from './hash.js';
import { hashValue, keyEquals } from './keys.js';
import { typeError } from './errors.js';

const KEYS_INDICES = 16;
const ENTRY_BYTES = 24;
const EMPTY = -1;
const DUMMY = -2;
const LOG_MINSIZE = 3;

export function newDict(heap: Heap): Value {
  return fromPtr(alloc(heap, 16, TypeId.DICT, 0));
}

export function isDict(heap: Heap, v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.DICT;
}

function dictAddr(heap: Heap, d: Value): number {
  const a = ptrOrZero(d);
  if (a === 0 || (heap.i32[a >>> 2] & TYPE_MASK) !== TypeId.DICT) throw typeError('expected dict');
  return a;
}

export function dictLength(heap: Heap, d: Value): number {
  return heap.i32[(dictAddr(heap, d) >>> 2) + 1];
}

function entriesBase(keys: number, log2: number): number {
  return keys + KEYS_INDICES + (4 << log2);
}

function newKeys(heap: Heap, log2: number, usable: number): number {
  const size = 1 << log2;
  const keys = alloc(heap, KEYS_INDICES + 4 * size + ENTRY_BYTES * usable, TypeId.DICT_KEYS, log2);
  heap.i32[(keys >>> 2) + 2] = usable;
  heap.i32.fill(EMPTY, (keys + KEYS_INDICES) >>> 2, ((keys + KEYS_INDICES) >>> 2) + size);
  return keys;
}

/** USABLE_FRACTION: a table of n slots holds at most 2n/3 entries. */
function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/**
 * Find the entry for key (hash in hashOut): returns the entry number, or -1 when absent.
 * `slotOut[0]` receives the index slot where the probe ended.
 */
const slotOut = new Int32Array(1);
function lookup(heap: Heap, keys: number, key: Value, hashLo: number, hashHi: number): number {
  const i32 = heap.i32;
  const log2 = i32[(keys >>> 2) + 1];
  const mask = (1 << log2) - 1;
  const indices = (keys + KEYS_INDICES) >>> 2;
  const entries = entriesBase(keys, log2);
  let i = hashLo & mask;
  let perturbLo = hashLo >>> 0;
  let perturbHi = hashHi >>> 0;
  unpack2(key, key);
  const keyLo = words[0];
  const keyHi = words[1];
  for (;;) {
    const ix = i32[indices + i];
    if (ix === EMPTY) {
      slotOut[0] = i;
      return -1;
    }
    if (ix >= 0) {
      const e = entries + ix * ENTRY_BYTES;
      const w = e >>> 2;
      if (i32[w] === hashLo && i32[w + 1] === hashHi) {
        // Identity first, on the raw words (interned names, small ints): no call, no boxing.
        if ((i32[w + 2] === keyLo && i32[w + 3] === keyHi) || keyEquals(heap, heap.f64[(e + 8) >>> 3], key)) {
          slotOut[0] = i;
          return ix;
        }
      }
    }
    perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + perturbLo + 1) & mask;
  }
}

/** First index slot that is EMPTY or DUMMY along the probe sequence (find_empty_slot). */
function findEmptySlot(i32: Int32Array, keys: number, hashLo: number, hashHi: number): number {
  const mask = (1 << i32[(keys >>> 2) + 1]) - 1;
  const indices = (keys + KEYS_INDICES) >>> 2;
  let i = hashLo & mask;
  let perturbLo = hashLo >>> 0;
  let perturbHi = hashHi >>> 0;
  while (i32[indices + i] >= 0) {
    perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + perturbLo + 1) & mask;
  }
  return i;
}

/** d[key], or NULL when missing (the caller raises KeyError if it needs to). */
export function dictGet(heap: Heap, d: Value, key: Value): Value {
  const a = dictAddr(heap, d);
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  hashValue(heap, key);
  if (keys === 0) return NULL;
  const ix = lookup(heap, keys, key, hashOut[0], hashOut[1]);
  if (ix < 0) return NULL;
  return heap.f64[(entriesBase(keys, heap.i32[(keys >>> 2) + 1]) + ix * ENTRY_BYTES + 16) >>> 3];
}

// --- Entry numbers, for per-site caches (backends/interp/attr.ts) ---
// An entry keeps its number until the dict is resized or the key deleted, and the dicts of
// one class's instances usually get their attributes in the same order, so an attribute
// site remembers the number it found last time and reads that entry back without hashing
// while it still holds the same key object.

/** The entry number of `key` in dict `d`, or -1 when absent. */
export function dictEntryIndex(heap: Heap, d: Value, key: Value): number {
  const a = dictAddr(heap, d);
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  hashValue(heap, key);
  if (keys === 0) return -1;
  return lookup(heap, keys, key, hashOut[0], hashOut[1]);
}

/** The entry number of `key`, whose hash is (hashLo, hashHi), in the dict at byte address `a`,
 *  or -1 when absent: dictEntryIndex without hashing (a site that cached its key's hash). */
export function dictIndexHashed(heap: Heap, a: number, key: Value, hashLo: number, hashHi: number): number {
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  return keys === 0 ? -1 : lookup(heap, keys, key, hashLo, hashHi);
}

/** The f64 index of the value of entry `ix` of the dict at byte address `a` when that entry's
 *  key is the heap object at address `keyAddr` (the same object), else -1. */
export function dictHintedSlot(heap: Heap, a: number, ix: number, keyAddr: number): number {
  const i32 = heap.i32;
  const keys = i32[(a >>> 2) + 2] >>> 0;
  if (keys === 0) return -1;
  const kw = keys >>> 2;
  if ((ix >>> 0) >= i32[kw + 3]) return -1; // also ix < 0 (no hint yet)
  const e = keys + KEYS_INDICES + (4 << i32[kw + 1]) + ix * ENTRY_BYTES;
  if (i32[(e + 8) >>> 2] !== (keyAddr | 0) || i32[(e + 12) >>> 2] !== HI_PTR) return -1;
  return (e + 16) >>> 3;
}

/** The f64 index of the value of entry `ix` (a live entry) of the dict at byte address `a`. */
export function dictEntrySlot(heap: Heap, a: number, ix: number): number {
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  return (keys + KEYS_INDICES + (4 << heap.i32[(keys >>> 2) + 1]) + ix * ENTRY_BYTES + 16) >>> 3;
}

/** Entries ever appended to the dict at byte address `a` (deleted ones included): a new key
 *  is entry count - 1. */
export function dictEntryCount(heap: Heap, a: number): number {
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  return keys === 0 ? 0 : heap.i32[(keys >>> 2) + 3];
}

/** The keys table address of the dict at byte address `a` (0 while empty); a resize changes it. */
export function dictKeysAddr(heap: Heap, a: number): number {
  return heap.i32[(a >>> 2) + 2] >>> 0;
}

/** Live entries of the dict at byte address `a`. */
export function dictUsed(heap: Heap, a: number): number {
  return heap.i32[(a >>> 2) + 1];
}

/** Records a store made through dictHintedSlot (the version word every mutation bumps). */
export function dictTouched(heap: Heap, a: number): void {
  heap.i32[(a >>> 2) + 3]++;
}

/** d[key] = value. */
export function dictSet(heap: Heap, d: Value, key: Value, value: Value): void {
  const a = dictAddr(heap, d);
  const hashLo = hashValue(heap, key);
  dictSetHashed(heap, a, key, hashLo, hashOut[1], value, 0);
}

/**
 * dictSet on the dict at byte address `a` with the key's hash already known (an attribute
 * site hashes its name once); returns the entry number the key has now. `expected`: how many
 * entries the dict will likely hold, so that its first table is made that large at once (an
 * instance dict whose class's instances get that many attributes: no resize on the way).
 */
export function dictSetHashed(heap: Heap, a: number, key: Value, hashLo: number, hashHi: number, value: Value, expected: number): number {
  let i32 = heap.i32;
  let keys = i32[(a >>> 2) + 2] >>> 0;
  if (keys !== 0) {
    const ix = lookup(heap, keys, key, hashLo, hashHi);
    if (ix >= 0) {
      heap.f64[(entriesBase(keys, i32[(keys >>> 2) + 1]) + ix * ENTRY_BYTES + 16) >>> 3] = value;
      i32[(a >>> 2) + 3]++;
      return ix;
    }
  }
  if (keys === 0 || i32[(keys >>> 2) + 2] <= 0) {
    const used = i32[(a >>> 2) + 1];
    keys = resize(heap, a, keys === 0 && expected > used ? (expected * 3 + 1) >> 1 : used * 3);
    i32 = heap.i32;
  }
  const slot = findEmptySlot(i32, keys, hashLo, hashHi);
  const kw = keys >>> 2;
  const n = i32[kw + 3];
  i32[((keys + KEYS_INDICES) >>> 2) + slot] = n;
  const e = entriesBase(keys, i32[kw + 1]) + n * ENTRY_BYTES;
  i32[e >>> 2] = hashLo;
  i32[(e >>> 2) + 1] = hashHi;
  heap.f64[(e + 8) >>> 3] = key;
  heap.f64[(e + 16) >>> 3] = value;
  i32[kw + 3] = n + 1;
  i32[kw + 2]--;
  i32[(a >>> 2) + 1]++;
  i32[(a >>> 2) + 3]++;
  return n;
}

/** del d[key]: returns false when the key was missing (the caller raises KeyError). */
export function dictDelete(heap: Heap, d: Value, key: Value): boolean {
  const a = dictAddr(heap, d);
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  const hashLo = hashValue(heap, key);
  if (keys === 0) return false;
  const ix = lookup(heap, keys, key, hashLo, hashOut[1]);
  if (ix < 0) return false;
  const i32 = heap.i32;
  i32[((keys + KEYS_INDICES) >>> 2) + slotOut[0]] = DUMMY;
  const e = entriesBase(keys, i32[(keys >>> 2) + 1]) + ix * ENTRY_BYTES;
  heap.f64[(e + 8) >>> 3] = NULL;
  heap.f64[(e + 16) >>> 3] = NULL;
  i32[(a >>> 2) + 1]--;
  i32[(a >>> 2) + 3]++;
  return true;
}

/** New table of the smallest power of two >= minSize (at least 8), entries compacted in order. */
function resize(heap: Heap, a: number, minSize: number): number {
  let log2 = LOG_MINSIZE;
  while (1 << log2 < minSize) log2++;
  const keys = newKeys(heap, log2, usableFraction(1 << log2));
  // Views only after the allocation: it may have grown the heap and replaced them (see Heap).
  const i32 = heap.i32;
  const f64 = heap.f64;
  const used = i32[(a >>> 2) + 1];
  const old = i32[(a >>> 2) + 2] >>> 0;
  let n = 0;
  if (old !== 0) {
    const oldEntries = entriesBase(old, i32[(old >>> 2) + 1]);
    const oldCount = i32[(old >>> 2) + 3];
    const entries = entriesBase(keys, log2);
    for (let k = 0; k < oldCount; k++) {
      const from = oldEntries + k * ENTRY_BYTES;
      if (i32[(from + 8 + 4) >>> 2] === HI_NULL) continue;
      const to = entries + n * ENTRY_BYTES;
      i32[to >>> 2] = i32[from >>> 2];
      i32[(to >>> 2) + 1] = i32[(from >>> 2) + 1];
      f64[(to + 8) >>> 3] = f64[(from + 8) >>> 3];
      f64[(to + 16) >>> 3] = f64[(from + 16) >>> 3];
      const slot = findEmptySlot(i32, keys, i32[to >>> 2], i32[(to >>> 2) + 1]);
      i32[((keys + KEYS_INDICES) >>> 2) + slot] = n;
      n++;
    }
  }
  if (n !== used) throw new Error(`internal error: dict resize found ${n} live entries, expected ${used}`);
  i32[(keys >>> 2) + 3] = n;
  i32[(keys >>> 2) + 2] = usableFraction(1 << log2) - n;
  // The old table stays readable until the next GC (lock-free readers), then is freed.
  Atomics.store(i32, (a >>> 2) + 2, keys);
  return keys;
}

// --- Iteration ---
// A position is an entry number; dictNext skips deleted entries. Keys and values are read with
// dictEntryKey/dictEntryValue at the returned position.

/** Next live entry at or after `pos`, or -1 when done. */
export function dictNext(heap: Heap, d: Value, pos: number): number {
  const a = loOf(d) >>> 0;
  const keys = heap.i32[(a >>> 2) + 2] >>> 0;
  if (keys === 0) return -1;
  const i32 = heap.i32;
  const count = i32[(keys >>> 2) + 3];
  const entries = entriesBase(keys, i32[(keys >>> 2) + 1]);
  for (; pos < count; pos++) {
    if (i32[(entries + pos * ENTRY_BYTES + 12) >>> 2] !== HI_NULL) return pos;
  }
  return -1;
}

export function dictEntryKey(heap: Heap, d: Value, pos: number): Value {
  const keys = heap.i32[((loOf(d) >>> 0) >>> 2) + 2] >>> 0;
  return heap.f64[(entriesBase(keys, heap.i32[(keys >>> 2) + 1]) + pos * ENTRY_BYTES + 8) >>> 3];
}

export function dictEntryValue(heap: Heap, d: Value, pos: number): Value {
  const keys = heap.i32[((loOf(d) >>> 0) >>> 2) + 2] >>> 0;
  return heap.f64[(entriesBase(keys, heap.i32[(keys >>> 2) + 1]) + pos * ENTRY_BYTES + 16) >>> 3];
}

/** Table size (slots) of a dict's keys, for tests that compare resize points with CPython. */
export function dictTableSize(heap: Heap, d: Value): number {
  const keys = heap.i32[((loOf(d) >>> 0) >>> 2) + 2] >>> 0;
  return keys === 0 ? 0 : 1 << heap.i32[(keys >>> 2) + 1];
}
