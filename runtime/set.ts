// set and frozenset: CPython's set table (Objects/setobject.c), so iteration order — table order —
// is CPython's for keys whose hashes are CPython's (ints, floats, tuples of them).
//
// SET / FROZENSET:  word1 = used; +8 i32 fill (used + dummies); +12 i32 mask; +16 i32 SET_TABLE
//                   address; +20 i32 finger (set.pop's start); +24 i32 hash lo, +28 hash hi
//                   (frozenset, valid when +32 flags has HASHED)
// SET_TABLE:        word1 = slots (mask + 1); +8 entries of 16 bytes: key Value, hash lo, hash hi.
// Unused entry: key NULL (low word 0), hash 0. Dummy (deleted): key NULL with low word 1, hash -1.
// Probing: LINEAR_PROBES = 9 consecutive entries when they fit before the end of the table, then
// i = (5i + 1 + perturb) & mask with perturb >>= 5. Resize when fill*5 >= mask*3, to the
// smallest power of two > used*4 (used*2 past 50,000), reinserting in old table order.

import { alloc } from './alloc.js';
import type { Heap } from './heap.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { HI_NULL, HI_PTR, Value, fromPtr, hiOf, loOf } from './value.js';
import { hashFrozenset, hashOut } from './hash.js';
import { hashValue, keyEquals } from './keys.js';
import { keyError, typeError } from './errors.js';

const LINEAR_PROBES = 9;
const MINSIZE = 8;
const TABLE_ENTRIES = 8;
const ENTRY = 16;
const HASHED = 1;

function newTable(heap: Heap, slots: number): number {
  const t = alloc(heap, TABLE_ENTRIES + slots * ENTRY, TypeId.SET_TABLE, slots);
  const i32 = heap.i32;
  // Unused = NULL key (hi word HI_NULL, lo 0) and hash 0; zeroed memory already has the zeros.
  for (let k = 0, w = ((t + TABLE_ENTRIES) >>> 2) + 1; k < slots; k++, w += 4) i32[w] = HI_NULL;
  return t;
}

/** An empty set (or frozenset when `frozen`; fill a frozenset before it escapes). */
export function newSet(heap: Heap, frozen = false): Value {
  const a = alloc(heap, 40, frozen ? TypeId.FROZENSET : TypeId.SET, 0);
  const table = newTable(heap, MINSIZE);
  heap.i32[(a >>> 2) + 3] = MINSIZE - 1; // views read after the allocations (see Heap)
  heap.i32[(a >>> 2) + 4] = table;
  return fromPtr(a);
}

function setAddr(heap: Heap, s: Value): number {
  const a = loOf(s) >>> 0;
  const type = heap.i32[a >>> 2] & TYPE_MASK;
  if (s === s || hiOf(s) !== HI_PTR || (type !== TypeId.SET && type !== TypeId.FROZENSET)) throw typeError('expected set');
  return a;
}

export function setLength(heap: Heap, s: Value): number {
  return heap.i32[(setAddr(heap, s) >>> 2) + 1];
}

function entryIsUnused(i32: Int32Array, e: number): boolean {
  const w = e >>> 2;
  return i32[w + 1] === HI_NULL && i32[w] === 0 && i32[w + 2] === 0 && i32[w + 3] === 0;
}

function entryIsDummy(i32: Int32Array, e: number): boolean {
  return i32[(e >>> 2) + 1] === HI_NULL && i32[e >>> 2] === 1;
}

/** Entry address holding key, or the unused entry that ends the probe (set_lookkey). */
function lookKey(heap: Heap, a: number, key: Value, hashLo: number, hashHi: number): number {
  const i32 = heap.i32;
  const mask = i32[(a >>> 2) + 3];
  const table = (i32[(a >>> 2) + 4] >>> 0) + TABLE_ENTRIES;
  let i = hashLo & mask;
  let perturbLo = hashLo >>> 0;
  let perturbHi = hashHi >>> 0;
  for (;;) {
    let e = table + i * ENTRY;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (entryIsUnused(i32, e)) return e;
      const w = e >>> 2;
      if (i32[w + 2] === hashLo && i32[w + 3] === hashHi && keyEquals(heap, heap.f64[e >>> 3], key)) return e;
      e += ENTRY;
    } while (probes-- > 0);
    perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturbLo) & mask;
  }
}

function writeEntry(heap: Heap, e: number, key: Value, hashLo: number, hashHi: number): void {
  heap.f64[e >>> 3] = key;
  heap.i32[(e >>> 2) + 2] = hashLo;
  heap.i32[(e >>> 2) + 3] = hashHi;
}

/** set.add(key). */
export function setAdd(heap: Heap, s: Value, key: Value): void {
  const a = setAddr(heap, s);
  const hashLo = hashValue(heap, key);
  const hashHi = hashOut[1];
  const i32 = heap.i32;
  const w = a >>> 2;
  const mask = i32[w + 3];
  const table = (i32[w + 4] >>> 0) + TABLE_ENTRIES;
  let i = hashLo & mask;
  let perturbLo = hashLo >>> 0;
  let perturbHi = hashHi >>> 0;
  let freeSlot = 0;
  for (;;) {
    let e = table + i * ENTRY;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (entryIsUnused(i32, e)) {
        if (freeSlot !== 0) {
          writeEntry(heap, freeSlot, key, hashLo, hashHi);
          i32[w + 1]++;
          return;
        }
        writeEntry(heap, e, key, hashLo, hashHi);
        const fill = ++i32[w + 2];
        const used = ++i32[w + 1];
        if (fill * 5 >= mask * 3) resize(heap, a, used > 50000 ? used * 2 : used * 4);
        return;
      }
      const ew = e >>> 2;
      if (i32[ew + 2] === hashLo && i32[ew + 3] === hashHi) {
        if (keyEquals(heap, heap.f64[e >>> 3], key)) return;
      } else if (entryIsDummy(i32, e)) {
        freeSlot = e; // the LAST dummy on the probe path, as CPython 3.13 does (no first-fit)
      }
      e += ENTRY;
    } while (probes-- > 0);
    perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturbLo) & mask;
  }
}

/** set_insert_clean: place a key known to be absent into a table without dummies. */
function insertClean(heap: Heap, table: number, mask: number, key: Value, hashLo: number, hashHi: number): void {
  const i32 = heap.i32;
  let i = hashLo & mask;
  let perturbLo = hashLo >>> 0;
  let perturbHi = hashHi >>> 0;
  for (;;) {
    let e = table + i * ENTRY;
    if (i32[(e >>> 2) + 1] === HI_NULL) return writeEntry(heap, e, key, hashLo, hashHi);
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e += ENTRY;
        if (i32[(e >>> 2) + 1] === HI_NULL) return writeEntry(heap, e, key, hashLo, hashHi);
      }
    }
    perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturbLo) & mask;
  }
}

function resize(heap: Heap, a: number, minUsed: number): void {
  let slots = MINSIZE;
  while (slots <= minUsed) slots <<= 1;
  const fresh = newTable(heap, slots);
  const i32 = heap.i32;
  const w = a >>> 2;
  const oldSlots = i32[w + 3] + 1;
  const old = (i32[w + 4] >>> 0) + TABLE_ENTRIES;
  for (let k = 0; k < oldSlots; k++) {
    const e = old + k * ENTRY;
    if (i32[(e >>> 2) + 1] === HI_NULL) continue; // unused or dummy
    insertClean(heap, fresh + TABLE_ENTRIES, slots - 1, heap.f64[e >>> 3], i32[(e >>> 2) + 2], i32[(e >>> 2) + 3]);
  }
  i32[w + 2] = i32[w + 1];
  i32[w + 3] = slots - 1;
  Atomics.store(i32, w + 4, fresh);
}

export function setContains(heap: Heap, s: Value, key: Value): boolean {
  const a = setAddr(heap, s);
  const hashLo = hashValue(heap, key);
  return !entryIsUnused(heap.i32, lookKey(heap, a, key, hashLo, hashOut[1]));
}

/** set.discard(key): returns whether it was present. */
export function setDiscard(heap: Heap, s: Value, key: Value): boolean {
  const a = setAddr(heap, s);
  const hashLo = hashValue(heap, key);
  const e = lookKey(heap, a, key, hashLo, hashOut[1]);
  const i32 = heap.i32;
  if (entryIsUnused(i32, e)) return false;
  i32[e >>> 2] = 1;
  i32[(e >>> 2) + 1] = HI_NULL;
  i32[(e >>> 2) + 2] = -1;
  i32[(e >>> 2) + 3] = -1;
  i32[(a >>> 2) + 1]--;
  return true;
}

/** set.pop(): CPython's finger walk, so the popped element matches CPython's. */
export function setPop(heap: Heap, s: Value): Value {
  const a = setAddr(heap, s);
  const i32 = heap.i32;
  const w = a >>> 2;
  if (i32[w + 1] === 0) throw keyError("'pop from an empty set'");
  const mask = i32[w + 3];
  const table = (i32[w + 4] >>> 0) + TABLE_ENTRIES;
  let i = i32[w + 5] & mask;
  while (i32[((table + i * ENTRY) >>> 2) + 1] === HI_NULL) i = i === mask ? 0 : i + 1;
  const e = table + i * ENTRY;
  const key = heap.f64[e >>> 3];
  i32[e >>> 2] = 1;
  i32[(e >>> 2) + 1] = HI_NULL;
  i32[(e >>> 2) + 2] = -1;
  i32[(e >>> 2) + 3] = -1;
  i32[w + 1]--;
  i32[w + 5] = i + 1;
  return key;
}

// --- Iteration: positions are table slots ---

/** Next active slot at or after pos, or -1. */
export function setNext(heap: Heap, s: Value, pos: number): number {
  const a = loOf(s) >>> 0;
  const i32 = heap.i32;
  const slots = i32[(a >>> 2) + 3] + 1;
  const table = (i32[(a >>> 2) + 4] >>> 0) + TABLE_ENTRIES;
  for (; pos < slots; pos++) if (i32[((table + pos * ENTRY) >>> 2) + 1] !== HI_NULL) return pos;
  return -1;
}

export function setEntryKey(heap: Heap, s: Value, pos: number): Value {
  const table = (heap.i32[((loOf(s) >>> 0) >>> 2) + 4] >>> 0) + TABLE_ENTRIES;
  return heap.f64[(table + pos * ENTRY) >>> 3];
}

/** Set equality (set == set, set == frozenset): same size and every element of a is in b. */
export function setEquals(heap: Heap, x: Value, y: Value): boolean {
  if (setLength(heap, x) !== setLength(heap, y)) return false;
  for (let p = setNext(heap, x, 0); p >= 0; p = setNext(heap, x, p + 1)) {
    if (!setContains(heap, y, setEntryKey(heap, x, p))) return false;
  }
  return true;
}

/** frozenset hash (semantics/hash.ts's frozenset_hash), cached in the object. */
export function frozensetHash(heap: Heap, s: Value): number {
  const a = setAddr(heap, s);
  const i32 = heap.i32;
  const w = a >>> 2;
  if ((i32[w + 8] & HASHED) !== 0) {
    hashOut[0] = i32[w + 6];
    hashOut[1] = i32[w + 7];
    return hashOut[0];
  }
  const n = i32[w + 1];
  const lanes = new Int32Array(2 * n);
  const table = (i32[w + 4] >>> 0) + TABLE_ENTRIES;
  let k = 0;
  for (let p = setNext(heap, s, 0); p >= 0; p = setNext(heap, s, p + 1), k++) {
    const e = table + p * ENTRY;
    lanes[2 * k] = i32[(e >>> 2) + 2];
    lanes[2 * k + 1] = i32[(e >>> 2) + 3];
  }
  hashFrozenset(lanes, n);
  i32[w + 6] = hashOut[0];
  i32[w + 7] = hashOut[1];
  i32[w + 8] |= HASHED;
  return hashOut[0];
}

/**
 * set_merge (setobject.c): add every key of set/frozenset `other` to `s` as CPython's
 * set.update(a_set) does: one resize up front, then (into an empty table) a copy of the
 * entries when the tables have the same size and `other` has no dummies, else clean inserts in
 * `other`'s table order — so the resulting iteration order is CPython's.
 */
export function setMerge(heap: Heap, s: Value, other: Value): void {
  const a = setAddr(heap, s);
  const o = setAddr(heap, other);
  const w = a >>> 2, ow = o >>> 2;
  const oUsed = heap.i32[ow + 1];
  if (a === o || oUsed === 0) return;
  if ((heap.i32[w + 2] + oUsed) * 5 >= heap.i32[w + 3] * 3) resize(heap, a, (heap.i32[w + 1] + oUsed) * 2);
  const i32 = heap.i32; // re-read: resize may have grown the heap
  const oMask = i32[ow + 3];
  const oTable = (i32[ow + 4] >>> 0) + TABLE_ENTRIES;
  if (i32[w + 2] === 0) {
    const mask = i32[w + 3];
    const table = (i32[w + 4] >>> 0) + TABLE_ENTRIES;
    const copy = mask === oMask && i32[ow + 2] === oUsed;
    for (let k = 0; k <= oMask; k++) {
      const e = oTable + k * ENTRY;
      if (i32[(e >>> 2) + 1] === HI_NULL) continue;
      const key = heap.f64[e >>> 3], lo = i32[(e >>> 2) + 2], hi = i32[(e >>> 2) + 3];
      if (copy) writeEntry(heap, table + k * ENTRY, key, lo, hi);
      else insertClean(heap, table, mask, key, lo, hi);
    }
    i32[w + 1] = oUsed;
    i32[w + 2] = oUsed;
    return;
  }
  for (let k = 0; k <= oMask; k++) {
    const e = (heap.i32[ow + 4] >>> 0) + TABLE_ENTRIES + k * ENTRY;
    if (heap.i32[(e >>> 2) + 1] !== HI_NULL) setAdd(heap, s, heap.f64[e >>> 3]);
  }
}

/** CPython's one resize before adding `extra` keys (set_merge, a dict's set_update_internal). */
export function setReserve(heap: Heap, s: Value, extra: number): void {
  const a = setAddr(heap, s);
  const w = a >>> 2;
  if ((heap.i32[w + 2] + extra) * 5 >= heap.i32[w + 3] * 3) resize(heap, a, (heap.i32[w + 1] + extra) * 2);
}

/** set_difference_update's tail: when more than a quarter of the slots are dummies, rebuild. */
export function setCompact(heap: Heap, s: Value): void {
  const a = setAddr(heap, s);
  const w = a >>> 2;
  const used = heap.i32[w + 1];
  if (heap.i32[w + 2] - used <= (heap.i32[w + 3] >>> 2)) return;
  resize(heap, a, used > 50000 ? used * 2 : used * 4);
}

/** set_swap_bodies: exchange the tables (used, fill, mask, table, finger) of two sets. */
export function setSwapBodies(heap: Heap, x: Value, y: Value): void {
  const wa = setAddr(heap, x) >>> 2, wb = setAddr(heap, y) >>> 2;
  const i32 = heap.i32;
  for (const k of [1, 2, 3, 4, 5]) { const t = i32[wa + k]; i32[wa + k] = i32[wb + k]; i32[wb + k] = t; }
}
