// Non-moving mark-sweep collection, run with the world stopped (safepoint.ts stops it).
//
// Roots: the header's well-known objects (intern table, modules, builtins, type objects) and,
// for every attached thread, its frame chain and its handle stack. Internal arrays (list ITEMS,
// DICT_KEYS, SET_TABLE) are marked by their owner, which scans only the live part of them.
// Sweep rebuilds every page's free list, returns empty pages and dead large objects to the
// free-run list (merging neighbours), and drops empty pages from the threads' class lists.

import { H, Heap, T, FIRST_PAGE, PAGE_SIZE, MAX_THREADS, MIN_TRIGGER_PAGES, THREADS_BASE, THREAD_RECORD_BYTES } from './heap.js';
import { P, PAGE_HEADER, KIND_FREE, KIND_LARGE, KIND_SMALL, SIZE_CLASSES, alloc } from './alloc.js';
import { ARENA_BIT, TypeId, MARK_BIT, TYPE_MASK } from './layout.js';
import { HI_PTR, Value } from './value.js';
import { FUNCTION_FIELDS } from './objects.js';

export interface GcStats {
  liveObjects: number;
  freedObjects: number;
  freedBytes: number;
  /** Milliseconds spent marking and sweeping (the pause, minus the stop handshake). */
  ms: number;
  /** Milliseconds from the stop request until every other running thread had parked. */
  stopMs: number;
  /** Pages still holding live objects after the sweep. */
  livePages: number;
}

/** Collect now. The caller guarantees no other thread runs (world stopped, or single thread). */
export function collect(heap: Heap): GcStats {
  const start = performance.now();
  heap.checkEpoch();
  const stack: number[] = [];
  markRoots(heap, stack);
  drain(heap, stack);
  const stats = sweep(heap);
  stats.ms = performance.now() - start;
  const i32 = heap.i32;
  i32[H.LAST_FREED_BYTES] = stats.freedBytes;
  i32[H.LAST_FREED_OBJECTS] = stats.freedObjects;
  i32[H.LAST_LIVE_OBJECTS] = stats.liveObjects;
  Atomics.store(i32, H.PAGES_SINCE_GC, 0);
  i32[H.GC_TRIGGER_PAGES] = Math.max(MIN_TRIGGER_PAGES, stats.livePages);
  Atomics.add(i32, H.GC_COUNT, 1);
  return stats;
}

function markAddr(i32: Int32Array, stack: number[], a: number): void {
  if (a === 0) return;
  const w = a >>> 2;
  const header = i32[w];
  if ((header & MARK_BIT) !== 0) return;
  i32[w] = header | MARK_BIT;
  stack.push(a);
}

function markValueAt(i32: Int32Array, stack: number[], byteOffset: number): void {
  const w = byteOffset >>> 2;
  if (i32[w + 1] === HI_PTR) markAddr(i32, stack, i32[w] >>> 0);
}

function markValues(i32: Int32Array, stack: number[], from: number, count: number): void {
  for (let k = 0, w = from >>> 2; k < count; k++, w += 2) {
    if (i32[w + 1] === HI_PTR) markAddr(i32, stack, i32[w] >>> 0);
  }
}

function markRoots(heap: Heap, stack: number[]): void {
  const i32 = heap.i32;
  markAddr(i32, stack, i32[H.ROOT_INTERNED] >>> 0);
  markAddr(i32, stack, i32[H.ROOT_MODULES] >>> 0);
  markAddr(i32, stack, i32[H.ROOT_BUILTINS] >>> 0);
  markAddr(i32, stack, i32[H.ROOT_EMPTY_TUPLE] >>> 0);
  for (let t = 0; t < TypeId.COUNT; t++) markAddr(i32, stack, i32[H.TYPE_TABLE + t] >>> 0);
  const used = Atomics.load(i32, H.THREADS_USED);
  for (let slot = 0; slot < MAX_THREADS; slot++) {
    if ((used & (1 << slot)) === 0) continue;
    const rec = (THREADS_BASE + slot * THREAD_RECORD_BYTES) >>> 2;
    const frameStack = i32[rec + T.FRAME_STACK] >>> 0;
    if (frameStack !== 0) i32[frameStack >>> 2] |= MARK_BIT;
    // Walk the whole chain: arena frames are scanned here (they are not cells and carry no mark);
    // heap frames are marked and scanned by drain like any object.
    for (let f = i32[rec + T.TOP_FRAME] >>> 0; f !== 0; f = i32[(f >>> 2) + 4] >>> 0) {
      if ((i32[f >>> 2] & ARENA_BIT) !== 0) markValues(i32, stack, f + 24, 2 + i32[(f >>> 2) + 1]);
      else markAddr(i32, stack, f);
    }
    const handles = i32[rec + T.HANDLES] >>> 0;
    if (handles !== 0) {
      i32[handles >>> 2] |= MARK_BIT;
      markValues(i32, stack, handles + 8, i32[rec + T.HANDLE_TOP]);
    }
  }
}

/** Mark everything reachable from the objects on the stack. */
function drain(heap: Heap, stack: number[]): void {
  const i32 = heap.i32;
  while (stack.length > 0) {
    const a = stack.pop()!;
    const w = a >>> 2;
    switch (i32[w] & TYPE_MASK) {
      case TypeId.TUPLE:
        markValues(i32, stack, a + 8, i32[w + 1]);
        break;
      case TypeId.LIST: {
        const items = i32[w + 2] >>> 0;
        if (items !== 0) {
          i32[items >>> 2] |= MARK_BIT;
          markValues(i32, stack, items + 8, i32[w + 1]);
        }
        break;
      }
      case TypeId.DICT: {
        const keys = i32[w + 2] >>> 0;
        if (keys === 0) break;
        const kw = keys >>> 2;
        i32[kw] |= MARK_BIT;
        const entries = keys + 16 + (4 << i32[kw + 1]);
        const count = i32[kw + 3];
        for (let k = 0; k < count; k++) {
          markValueAt(i32, stack, entries + k * 24 + 8);
          markValueAt(i32, stack, entries + k * 24 + 16);
        }
        break;
      }
      case TypeId.SET:
      case TypeId.FROZENSET: {
        const table = i32[w + 4] >>> 0;
        i32[table >>> 2] |= MARK_BIT;
        const slots = i32[w + 3] + 1;
        for (let k = 0; k < slots; k++) markValueAt(i32, stack, table + 8 + k * 16);
        break;
      }
      case TypeId.RANGE:
      case TypeId.SLICE:
      case TypeId.TYPE:
        markValues(i32, stack, a + 8, 3);
        break;
      case TypeId.CELL:
        markValues(i32, stack, a + 8, 1);
        break;
      case TypeId.FUNCTION:
        markValues(i32, stack, a + 8, FUNCTION_FIELDS);
        break;
      case TypeId.MODULE:
        markValues(i32, stack, a + 8, 2);
        break;
      case TypeId.FRAME: {
        // The caller: arena frames are covered by markRoots' chain walk (and carry no mark).
        const back = i32[w + 4] >>> 0;
        if (back !== 0 && (i32[back >>> 2] & ARENA_BIT) === 0) markAddr(i32, stack, back);
        markValues(i32, stack, a + 24, 2 + i32[w + 1]);
        break;
      }
      default:
        break; // int, str, bytes, complex: no references
    }
  }
}

function sweep(heap: Heap): GcStats {
  const i32 = heap.i32;
  const stats: GcStats = { liveObjects: 0, freedObjects: 0, freedBytes: 0, ms: 0, stopMs: 0, livePages: 0 };
  const bump = i32[H.BUMP] >>> 0;
  // Free runs are rebuilt in address order, merging neighbours.
  let runsHead = 0;
  let runsTail = 0;
  let pending = 0;
  let pendingPages = 0;
  const flush = () => {
    if (pending === 0) return;
    const pw = pending >>> 2;
    i32[pw + P.KIND] = KIND_FREE;
    i32[pw + P.PAGES] = pendingPages;
    i32[pw + P.NEXT] = 0;
    if (runsTail === 0) runsHead = pending;
    else i32[(runsTail >>> 2) + P.NEXT] = pending;
    runsTail = pending;
    pending = 0;
    pendingPages = 0;
  };
  for (let page = FIRST_PAGE; page < bump;) {
    const pw = page >>> 2;
    const kind = i32[pw + P.KIND];
    let pages = kind === KIND_SMALL ? 1 : i32[pw + P.PAGES];
    let free = kind === KIND_FREE;
    if (kind === KIND_SMALL) {
      free = sweepPage(i32, page, stats) === 0;
    } else if (kind === KIND_LARGE) {
      const ow = (page + PAGE_HEADER) >>> 2;
      if ((i32[ow] & MARK_BIT) !== 0) {
        i32[ow] &= ~MARK_BIT;
        stats.liveObjects++;
      } else {
        stats.freedObjects++;
        stats.freedBytes += pages * PAGE_SIZE;
        free = true;
      }
    }
    if (!free && kind !== KIND_FREE) stats.livePages += pages;
    if (free) {
      if (pending !== 0 && pending + pendingPages * PAGE_SIZE === page) pendingPages += pages;
      else {
        flush();
        pending = page;
        pendingPages = pages;
      }
      i32[pw + P.KIND] = KIND_FREE;
    }
    if (pages < 1) pages = 1; // a corrupt header must not stall the walk
    page += pages * PAGE_SIZE;
  }
  flush();
  i32[H.FREE_RUNS] = runsHead;
  dropFreePagesFromThreads(i32);
  return stats;
}

/** Sweep one small page: rebuild its free list; returns the number of live cells. */
function sweepPage(i32: Int32Array, page: number, stats: GcStats): number {
  const pw = page >>> 2;
  const cell = i32[pw + P.CELL];
  const end = i32[pw + P.BUMP] >>> 0;
  let freeHead = 0;
  let live = 0;
  // Walk backwards so the rebuilt list hands out low addresses first.
  for (let a = end - cell; a >= page + PAGE_HEADER; a -= cell) {
    const w = a >>> 2;
    const header = i32[w];
    if ((header & MARK_BIT) !== 0) {
      i32[w] = header & ~MARK_BIT;
      live++;
      continue;
    }
    if ((header & TYPE_MASK) !== TypeId.FREE) {
      stats.freedObjects++;
      stats.freedBytes += cell;
    }
    i32[w] = TypeId.FREE;
    i32[w + 1] = freeHead;
    freeHead = a;
  }
  i32[pw + P.FREE] = freeHead;
  stats.liveObjects += live;
  return live;
}

function dropFreePagesFromThreads(i32: Int32Array): void {
  for (let slot = 0; slot < MAX_THREADS; slot++) {
    const rec = (THREADS_BASE + slot * THREAD_RECORD_BYTES) >>> 2;
    for (let cls = 0; cls < SIZE_CLASSES.length; cls++) {
      let prev = 0;
      let page = i32[rec + T.CLASS_LISTS + cls] >>> 0;
      while (page !== 0) {
        const next = i32[(page >>> 2) + P.NEXT] >>> 0;
        if (i32[(page >>> 2) + P.KIND] !== KIND_SMALL) {
          if (prev === 0) i32[rec + T.CLASS_LISTS + cls] = next;
          else i32[(prev >>> 2) + P.NEXT] = next;
        } else prev = page;
        page = next;
      }
      i32[rec + T.CLASS_PAGES + cls] = i32[rec + T.CLASS_LISTS + cls];
    }
  }
}

// --- Handles: an explicit root stack for TypeScript code holding Values across a safepoint ---

/** Push v as a root; returns its handle index. Pop with popHandles(heap, index). */
export function pushHandle(heap: Heap, v: Value): number {
  const i32 = heap.i32;
  const rec = heap.threadRecord;
  const top = i32[rec + T.HANDLE_TOP];
  if (top >= i32[rec + T.HANDLE_CAP]) growHandles(heap, rec);
  heap.f64[((heap.i32[rec + T.HANDLES] >>> 0) + 8 + top * 8) >>> 3] = v;
  heap.i32[rec + T.HANDLE_TOP] = top + 1;
  return top;
}

/** The most handles a thread may hold (32 MiB of them); past it a RangeError, as for the JS stack. */
const MAX_HANDLES = 1 << 22;

/**
 * Doubles the thread's handle stack into a new HANDLES object (the old one is garbage at the
 * next collection: only the thread record points to it). Deep recursion through native code —
 * lru_cache wrappers, sort keys, map callbacks — holds a few handles per Python level, so a
 * fixed stack ran out long before sys.setrecursionlimit's depth. Handles are always read
 * through the record's base address, so moving them is invisible to their holders; alloc()
 * never collects, so the copied Values stay valid.
 */
function growHandles(heap: Heap, rec: number): void {
  const cap = heap.i32[rec + T.HANDLE_CAP];
  if (cap >= MAX_HANDLES) throw new RangeError('RecursionError: handle stack exhausted');
  const next = cap * 2;
  const fresh = alloc(heap, 8 + next * 8, TypeId.HANDLES, next) >>> 0;
  const old = heap.i32[rec + T.HANDLES] >>> 0; // views re-read: alloc may have grown the heap
  heap.f64.copyWithin((fresh + 8) >>> 3, (old + 8) >>> 3, ((old + 8) >>> 3) + cap);
  heap.i32[rec + T.HANDLES] = fresh;
  heap.i32[rec + T.HANDLE_CAP] = next;
}

/** The current value of a handle (re-read it after a safepoint; the object did not move). */
export function handleGet(heap: Heap, index: number): Value {
  return heap.f64[((heap.i32[heap.threadRecord + T.HANDLES] >>> 0) + 8 + index * 8) >>> 3];
}

export function handleSet(heap: Heap, index: number, v: Value): void {
  heap.f64[((heap.i32[heap.threadRecord + T.HANDLES] >>> 0) + 8 + index * 8) >>> 3] = v;
}

/** Drop handles down to `top` (the index the first of them got). */
export function popHandles(heap: Heap, top: number): void {
  heap.i32[heap.threadRecord + T.HANDLE_TOP] = top;
}
