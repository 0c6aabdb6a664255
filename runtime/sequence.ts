// tuple and list.
//
// tuple (TypeId.TUPLE): word1 = length n; +8 n Values. Immutable once built: the builder fills
// every item (newTuple leaves them NULL) before the tuple escapes.
//
// list (TypeId.LIST): word1 = length; +8 i32 address of an ITEMS object (0 when capacity is 0).
// ITEMS (TypeId.ITEMS): word1 = capacity; +8 capacity Values (only the first `length` are live).
// Growth allocates a new ITEMS and swaps the pointer. The old array is not freed until the next
// GC, and GC only runs at safepoints, so a reader that loaded the old pointer (another thread,
// lock-free) still reads valid, if stale, items — the guarantee CPython 3.13t gets from QSBR.

import { alloc } from './alloc.js';
import { H, type Heap } from './heap.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { HI_PTR, NULL, Value, fromPtr, hiOf, loOf, ptrOrZero } from './value.js';
import { indexError, typeError } from './errors.js';

export const TUPLE_ITEMS = 8;
export const ITEMS_DATA = 8;

function ptrOfType(heap: Heap, v: Value, type: TypeId, what: string): number {
  const a = ptrOrZero(v);
  if (a === 0 || (heap.i32[a >>> 2] & TYPE_MASK) !== type) throw typeError(`expected ${what}`);
  return a;
}

// --- tuple ---

/** A tuple of n NULL items; fill each with tupleInit before it escapes. */
export function newTuple(heap: Heap, n: number): Value {
  if (n === 0 && heap.i32[H.ROOT_EMPTY_TUPLE] !== 0) return fromPtr(heap.i32[H.ROOT_EMPTY_TUPLE] >>> 0); // immutable: one for all
  const a = alloc(heap, TUPLE_ITEMS + n * 8, TypeId.TUPLE, n);
  const f64 = heap.f64;
  const first = (a + TUPLE_ITEMS) >>> 3;
  // A loop, not fill(): TypedArray.fill on a shared buffer costs ~50 ns per call (measured).
  for (let i = 0; i < n; i++) f64[first + i] = NULL;
  return fromPtr(a);
}

export function tupleInit(heap: Heap, tuple: Value, i: number, item: Value): void {
  heap.f64[((loOf(tuple) >>> 0) + TUPLE_ITEMS + i * 8) >>> 3] = item;
}

export function tupleLength(heap: Heap, tuple: Value): number {
  return heap.i32[(ptrOfType(heap, tuple, TypeId.TUPLE, 'tuple') >>> 2) + 1];
}

/** tuple[i] with Python's negative indexing and IndexError. */
export function tupleGet(heap: Heap, tuple: Value, i: number): Value {
  const a = ptrOfType(heap, tuple, TypeId.TUPLE, 'tuple');
  const n = heap.i32[(a >>> 2) + 1];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('tuple index out of range');
  return heap.f64[(a + TUPLE_ITEMS + i * 8) >>> 3];
}

// --- list ---

export function newList(heap: Heap, capacity = 0): Value {
  const a = alloc(heap, 16, TypeId.LIST, 0);
  if (capacity > 0) {
    const items = alloc(heap, ITEMS_DATA + capacity * 8, TypeId.ITEMS, capacity);
    heap.i32[(a >>> 2) + 2] = items; // views read after the allocation (see Heap)
  }
  return fromPtr(a);
}

export function isList(heap: Heap, v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR && (heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK) === TypeId.LIST;
}

export function listLength(heap: Heap, list: Value): number {
  return heap.i32[(ptrOfType(heap, list, TypeId.LIST, 'list') >>> 2) + 1];
}

/** CPython's list over-allocation (listobject.c list_resize): ~1/8 extra, rounded to 4. */
function grownCapacity(needed: number): number {
  return (needed + (needed >>> 3) + 6) & ~3;
}

/** Make room for `needed` items, replacing the items array if it is too small. */
function ensureCapacity(heap: Heap, a: number, needed: number): number {
  const i32 = heap.i32;
  const items = i32[(a >>> 2) + 2] >>> 0;
  const capacity = items === 0 ? 0 : i32[(items >>> 2) + 1];
  if (needed <= capacity) return items;
  const newCapacity = grownCapacity(needed);
  const fresh = alloc(heap, ITEMS_DATA + newCapacity * 8, TypeId.ITEMS, newCapacity);
  const length = heap.i32[(a >>> 2) + 1];
  if (length > 0) {
    const from = (items + ITEMS_DATA) >>> 3;
    heap.f64.copyWithin((fresh + ITEMS_DATA) >>> 3, from, from + length);
  }
  // Publish the new array only after it is complete, for lock-free readers.
  Atomics.store(heap.i32, (a >>> 2) + 2, fresh);
  return fresh;
}

export function listAppend(heap: Heap, list: Value, item: Value): void {
  const a = ptrOfType(heap, list, TypeId.LIST, 'list');
  const length = heap.i32[(a >>> 2) + 1];
  const items = ensureCapacity(heap, a, length + 1);
  heap.f64[((items + ITEMS_DATA) >>> 3) + length] = item;
  heap.i32[(a >>> 2) + 1] = length + 1;
}

function listIndex(heap: Heap, a: number, i: number, what: string): number {
  const n = heap.i32[(a >>> 2) + 1];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(what);
  return i;
}

/** list[i] with negative indexing and IndexError. */
export function listGet(heap: Heap, list: Value, i: number): Value {
  const a = ptrOfType(heap, list, TypeId.LIST, 'list');
  i = listIndex(heap, a, i, 'list index out of range');
  return heap.f64[((heap.i32[(a >>> 2) + 2] >>> 0) + ITEMS_DATA + i * 8) >>> 3];
}

export function listSet(heap: Heap, list: Value, i: number, item: Value): void {
  const a = ptrOfType(heap, list, TypeId.LIST, 'list');
  i = listIndex(heap, a, i, 'list assignment index out of range');
  heap.f64[((heap.i32[(a >>> 2) + 2] >>> 0) + ITEMS_DATA + i * 8) >>> 3] = item;
}

/** list.pop(i) (default last). */
export function listPop(heap: Heap, list: Value, i = -1): Value {
  const a = ptrOfType(heap, list, TypeId.LIST, 'list');
  const n = heap.i32[(a >>> 2) + 1];
  if (n === 0) throw indexError('pop from empty list');
  i = listIndex(heap, a, i, 'pop index out of range');
  const base = ((heap.i32[(a >>> 2) + 2] >>> 0) + ITEMS_DATA) >>> 3;
  const item = heap.f64[base + i];
  heap.f64.copyWithin(base + i, base + i + 1, base + n);
  heap.f64[base + n - 1] = NULL; // no stale reference past the end
  heap.i32[(a >>> 2) + 1] = n - 1;
  return item;
}

/** list.insert(i, item) with Python's clamping of i. */
export function listInsert(heap: Heap, list: Value, i: number, item: Value): void {
  const a = ptrOfType(heap, list, TypeId.LIST, 'list');
  const n = heap.i32[(a >>> 2) + 1];
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const items = ensureCapacity(heap, a, n + 1);
  const base = (items + ITEMS_DATA) >>> 3;
  heap.f64.copyWithin(base + i + 1, base + i, base + n);
  heap.f64[base + i] = item;
  heap.i32[(a >>> 2) + 1] = n + 1;
}

/** A new list of `count` items of `list` from index `start` by `step` (indices already in range). */
export function listSlice(heap: Heap, list: Value, start: number, step: number, count: number): Value {
  const out = newList(heap, count);
  if (count === 0) return out;
  // Views read after the allocation (see Heap).
  const i32 = heap.i32, f64 = heap.f64;
  const a = ptrOfType(heap, list, TypeId.LIST, 'list'), o = loOf(out) >>> 0;
  const src = ((i32[(a >>> 2) + 2] >>> 0) + ITEMS_DATA) >>> 3;
  const dst = ((i32[(o >>> 2) + 2] >>> 0) + ITEMS_DATA) >>> 3;
  if (step === 1) f64.copyWithin(dst, src + start, src + start + count);
  else for (let k = 0; k < count; k++) f64[dst + k] = f64[src + start + k * step];
  i32[(o >>> 2) + 1] = count;
  return out;
}

/** list[lo:hi] = the items of list `from` (a different list), growing or shrinking in place. */
export function listReplaceRange(heap: Heap, list: Value, lo: number, hi: number, from: Value): void {
  const a = ptrOfType(heap, list, TypeId.LIST, 'list');
  const b = ptrOfType(heap, from, TypeId.LIST, 'list');
  const n = heap.i32[(a >>> 2) + 1], m = heap.i32[(b >>> 2) + 1];
  const size = n - (hi - lo) + m;
  const items = ensureCapacity(heap, a, size);
  const i32 = heap.i32, f64 = heap.f64;
  const base = (items + ITEMS_DATA) >>> 3;
  if (m !== hi - lo) f64.copyWithin(base + lo + m, base + hi, base + n);
  if (m > 0) {
    const src = ((i32[(b >>> 2) + 2] >>> 0) + ITEMS_DATA) >>> 3;
    f64.copyWithin(base + lo, src, src + m);
  }
  for (let i = size; i < n; i++) f64[base + i] = NULL; // no stale references past the end
  i32[(a >>> 2) + 1] = size;
}
