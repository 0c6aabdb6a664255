// Allocation: per-thread size-class pages (threads never contend to allocate small objects) and
// page runs for large objects.
//
// The heap after FIRST_PAGE is a sequence of 64 KiB pages. Each page (or run of pages) starts with
// a 64-byte page header:
//   KIND   0 free run | 1 small-object page | 2 large object (a run)
//   CLASS  size-class index (small)      CELL   cell size in bytes (small)
//   OWNER  thread slot that allocates in it (small: only the owner ever takes cells from it)
//   FREE   free-cell list head (0 = none); a free cell's header word 1 links to the next
//   BUMP   next never-used cell; END  end of the cells
//   NEXT   next page in the owner's list for this class, or next run in the free-run list
//   PAGES  run length in pages (free runs and large objects)
// Memory is reused only after a stop-the-world sweep rebuilds FREE lists, so an address a thread
// holds stays valid until the next safepoint (ARCHITECTURE 6).

import { Heap, H, T, PAGE_SIZE, FIRST_PAGE, MAX_THREADS, THREADS_BASE, THREAD_RECORD_BYTES } from './heap.js';
import { TypeId, OWNER_SHIFT } from './layout.js';

/** Page header fields (Int32 index from the page's first word). DIRTY: a small-object page whose
 *  never-used cells (from BUMP on) may hold old words, so each is zeroed as it is handed out (a
 *  page reused from the free runs: zeroing it whole up front was ~8% of pidigits, whose big ints
 *  are written over in full anyway). */
export const P = { KIND: 0, CLASS: 1, CELL: 2, OWNER: 3, FREE: 4, BUMP: 5, END: 6, NEXT: 7, PAGES: 8, DIRTY: 9 } as const;
export const PAGE_HEADER = 64;
export const KIND_FREE = 0;
export const KIND_SMALL = 1;
export const KIND_LARGE = 2;

/** Cell sizes; roughly 25% apart so internal waste stays under ~20%. */
export const SIZE_CLASSES = [
  16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896,
  1024, 1280, 1536, 1792, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
];
export const MAX_SMALL = SIZE_CLASSES[SIZE_CLASSES.length - 1];
const CLASS_OF = new Uint8Array(MAX_SMALL / 8 + 1);
for (let size = 8, c = 0; size <= MAX_SMALL; size += 8) {
  while (SIZE_CLASSES[c] < size) c++;
  CLASS_OF[size >>> 3] = c;
}

// --- Threads ---

/**
 * Claim a thread slot and attach `heap` (this thread's view) to it. Every thread that allocates
 * must attach first. The slot's pages, handles and frames stay GC roots until `detachThread`.
 */
export function attachThread(heap: Heap): number {
  const i32 = heap.i32;
  for (;;) {
    const used = Atomics.load(i32, H.THREADS_USED);
    let slot = 0;
    while (slot < MAX_THREADS && (used & (1 << slot)) !== 0) slot++;
    if (slot === MAX_THREADS) throw new RangeError(`RuntimeError: more than ${MAX_THREADS} threads`);
    if (Atomics.compareExchange(i32, H.THREADS_USED, used, used | (1 << slot)) === used) {
      heap.thread = slot;
      heap.threadRecord = (THREADS_BASE + slot * THREAD_RECORD_BYTES) >>> 2;
      // Reset the per-thread state but keep the slot's page lists: a thread that takes over a
      // slot inherits its predecessor's pages (and their free cells) instead of stranding them.
      i32.fill(0, heap.threadRecord, heap.threadRecord + T.CLASS_PAGES);
      i32[heap.threadRecord + T.STATE] = 1;
      const capacity = 4096;
      const handles = alloc(heap, 8 + capacity * 8, TypeId.HANDLES, capacity);
      i32[heap.threadRecord + T.HANDLES] = handles;
      i32[heap.threadRecord + T.HANDLE_CAP] = capacity;
      return slot;
    }
  }
}

/**
 * Give the slot back. Its pages keep their objects and stay on the slot's lists (the sweep keeps
 * those lists current); the next thread to attach to the slot allocates from them.
 */
export function detachThread(heap: Heap): void {
  if (heap.thread < 0) return;
  const i32 = heap.i32;
  i32[heap.threadRecord + T.STATE] = 0;
  i32[heap.threadRecord + T.TOP_FRAME] = 0;
  i32[heap.threadRecord + T.HANDLE_TOP] = 0;
  for (;;) {
    const used = Atomics.load(i32, H.THREADS_USED);
    if (Atomics.compareExchange(i32, H.THREADS_USED, used, used & ~(1 << heap.thread)) === used) break;
  }
  heap.thread = -1;
}

// --- Allocation ---

/**
 * Allocate `bytes` (header included) and write the header: `typeId`, owner = this thread, and
 * header word 1 = `word1`. The rest is zeroed (zero words are the float 0.0, never a pointer, so
 * a half-initialized object is harmless to the GC). Never collects: callers may hold raw
 * addresses across allocations, only not across safepoints.
 */
export function alloc(heap: Heap, bytes: number, typeId: number, word1: number): number {
  const size = (bytes + 7) & ~7;
  if (size > MAX_SMALL) return allocLarge(heap, size, typeId, word1);
  const cls = CLASS_OF[size >>> 3];
  const i32 = heap.i32;
  const page = i32[heap.threadRecord + T.CLASS_PAGES + cls] >>> 0;
  if (page !== 0) {
    const pw = page >>> 2;
    let a = i32[pw + P.FREE] >>> 0;
    if (a !== 0) {
      i32[pw + P.FREE] = i32[(a >>> 2) + 1];
      return initCell(heap, a, size, size, typeId, word1);
    }
    a = i32[pw + P.BUMP] >>> 0;
    const cell = i32[pw + P.CELL];
    if (a + cell <= (i32[pw + P.END] >>> 0)) {
      i32[pw + P.BUMP] = a + cell;
      return initCell(heap, a, size, i32[pw + P.DIRTY] !== 0 ? size : 0, typeId, word1);
    }
  }
  return allocSlow(heap, cls, size, typeId, word1);
}

/** Writes a cell's header and zeroes its first `zeroBytes` past it (cells from a free list or a
 *  dirty page hold old words; other fresh cells are already zero: 0). */
function initCell(heap: Heap, a: number, size: number, zeroBytes: number, typeId: number, word1: number): number {
  const i32 = heap.i32;
  const w = a >>> 2;
  i32[w] = typeId | (heap.thread << OWNER_SHIFT);
  i32[w + 1] = word1;
  if (zeroBytes > 8) {
    const end = w + (zeroBytes >>> 2);
    if (zeroBytes <= 64) for (let k = w + 2; k < end; k++) i32[k] = 0;
    else i32.fill(0, w + 2, end);
  }
  i32[heap.threadRecord + T.ALLOCATED] += size;
  return a;
}

function allocSlow(heap: Heap, cls: number, size: number, typeId: number, word1: number): number {
  if (heap.thread < 0) throw new Error('internal error: allocation on a thread that is not attached');
  let i32 = heap.i32;
  const rec = heap.threadRecord;
  let page = i32[rec + T.CLASS_PAGES + cls] >>> 0;
  let last = page;
  // Pages after the current one may have cells freed by the last sweep.
  page = page === 0 ? i32[rec + T.CLASS_LISTS + cls] >>> 0 : i32[(page >>> 2) + P.NEXT] >>> 0;
  while (page !== 0) {
    const pw = page >>> 2;
    if (i32[pw + P.FREE] !== 0 || (i32[pw + P.BUMP] >>> 0) + i32[pw + P.CELL] <= (i32[pw + P.END] >>> 0)) {
      i32[rec + T.CLASS_PAGES + cls] = page;
      return alloc(heap, size, typeId, word1);
    }
    last = page;
    page = i32[pw + P.NEXT] >>> 0;
  }
  const fresh = takeRun(heap, 1, PAGE_HEADER);
  i32 = heap.i32; // takeRun may have grown the heap and re-created the views
  const pw = fresh >>> 2;
  i32[pw + P.DIRTY] = lastRunReused ? 1 : 0;
  const cell = SIZE_CLASSES[cls];
  i32[pw + P.KIND] = KIND_SMALL;
  i32[pw + P.CLASS] = cls;
  i32[pw + P.CELL] = cell;
  i32[pw + P.OWNER] = heap.thread;
  i32[pw + P.FREE] = 0;
  i32[pw + P.BUMP] = fresh + PAGE_HEADER;
  i32[pw + P.END] = fresh + PAGE_HEADER + Math.floor((PAGE_SIZE - PAGE_HEADER) / cell) * cell;
  i32[pw + P.NEXT] = 0;
  i32[pw + P.PAGES] = 1;
  if (last === 0) i32[rec + T.CLASS_LISTS + cls] = fresh;
  else i32[(last >>> 2) + P.NEXT] = fresh;
  i32[rec + T.CLASS_PAGES + cls] = fresh;
  return alloc(heap, size, typeId, word1);
}

/**
 * alloc() for an object whose caller writes every word after the first `zeroBytes` itself
 * before anything reads them (a big int's limbs, written by the arithmetic that made it): a
 * large one's memory past those bytes is left as it was. A large pidigits operand is ~40 KB,
 * and zeroing each result before the kernels overwrite it took ~16% of that benchmark. The
 * words must hold no pointers: the collector never reads them only because the type says so.
 */
export function allocUnzeroed(heap: Heap, bytes: number, typeId: number, word1: number, zeroBytes: number): number {
  const size = (bytes + 7) & ~7;
  if (size > MAX_SMALL) return allocLarge(heap, size, typeId, word1, zeroBytes);
  // alloc's fast path, with the cell left as it is past zeroBytes; its other cases go to alloc.
  const i32 = heap.i32;
  const page = i32[heap.threadRecord + T.CLASS_PAGES + CLASS_OF[size >>> 3]] >>> 0;
  if (page !== 0) {
    const pw = page >>> 2;
    let a = i32[pw + P.FREE] >>> 0;
    if (a !== 0) i32[pw + P.FREE] = i32[(a >>> 2) + 1];
    else {
      a = i32[pw + P.BUMP] >>> 0;
      if (a + i32[pw + P.CELL] > (i32[pw + P.END] >>> 0)) return alloc(heap, bytes, typeId, word1);
      i32[pw + P.BUMP] = a + i32[pw + P.CELL];
    }
    return initCell(heap, a, size, zeroBytes, typeId, word1);
  }
  return alloc(heap, bytes, typeId, word1);
}

function allocLarge(heap: Heap, size: number, typeId: number, word1: number, zeroBytes = size): number {
  if (heap.thread < 0) throw new Error('internal error: allocation on a thread that is not attached');
  const pages = Math.ceil((size + PAGE_HEADER) / PAGE_SIZE);
  // Only the header and the object need zeros: a large run holds one object, nothing reads
  // the rest, and a run is zeroed again whenever it is taken (pidigits' big results took a
  // 64 KiB fill each: ~16% of its profile).
  const run = takeRun(heap, pages, PAGE_HEADER + zeroBytes);
  const i32 = heap.i32;
  const pw = run >>> 2;
  i32[pw + P.KIND] = KIND_LARGE;
  i32[pw + P.OWNER] = heap.thread;
  i32[pw + P.PAGES] = pages;
  i32[pw + P.NEXT] = 0;
  const a = run + PAGE_HEADER;
  i32[a >>> 2] = typeId | (heap.thread << OWNER_SHIFT);
  i32[(a >>> 2) + 1] = word1;
  i32[heap.threadRecord + T.ALLOCATED] += size;
  return a;
}

/**
 * Take a run of `pages` pages whose first `zeroBytes` are zero (all of them by default): first
 * fit from the free-run list (splitting the rest off),
 * else fresh pages from the bump pointer, growing the heap. Under the heap lock: page acquisition
 * is rare (once per 64 KiB of small objects), so a lock here costs nothing measurable.
 */
export function takeRun(heap: Heap, pages: number, zeroBytes = pages * PAGE_SIZE): number {
  Atomics.add(heap.i32, H.PAGES_SINCE_GC, pages);
  heap.lock();
  try {
    heap.checkEpoch();
    const i32 = heap.i32;
    let prev = 0;
    let run = Atomics.load(i32, H.FREE_RUNS) >>> 0;
    while (run !== 0) {
      const rw = run >>> 2;
      const have = i32[rw + P.PAGES];
      const next = i32[rw + P.NEXT];
      if (have >= pages) {
        let replacement = next;
        if (have > pages) {
          const rest = run + pages * PAGE_SIZE;
          i32[(rest >>> 2) + P.KIND] = KIND_FREE;
          i32[(rest >>> 2) + P.PAGES] = have - pages;
          i32[(rest >>> 2) + P.NEXT] = next;
          replacement = rest;
        }
        if (prev === 0) Atomics.store(i32, H.FREE_RUNS, replacement);
        else i32[(prev >>> 2) + P.NEXT] = replacement;
        i32.fill(0, rw, rw + Math.ceil(zeroBytes / 4));
        lastRunReused = true;
        return run;
      }
      prev = run;
      run = next >>> 0;
    }
    const fresh = Atomics.load(i32, H.BUMP) >>> 0;
    const end = fresh + pages * PAGE_SIZE;
    heap.growTo(end);
    Atomics.store(heap.i32, H.BUMP, end);
    lastRunReused = false;
    return fresh;
  } finally {
    heap.unlock();
  }
}

/** Whether the run takeRun returned last came from the free runs (its words past the zeroed
 *  bytes hold old data) rather than never-used memory (all zero). */
let lastRunReused = false;

/** Return a run to the free-run list. Only the collector calls this, with the world stopped. */
export function freeRun(heap: Heap, run: number, pages: number): void {
  const i32 = heap.i32;
  const rw = run >>> 2;
  i32[rw + P.KIND] = KIND_FREE;
  i32[rw + P.PAGES] = pages;
  i32[rw + P.NEXT] = i32[H.FREE_RUNS];
  i32[H.FREE_RUNS] = run;
}

/** Size in bytes of the cell or large object holding the object at `addr`. */
export function cellSizeOf(heap: Heap, addr: number): number {
  const page = Math.floor((addr - FIRST_PAGE) / PAGE_SIZE) * PAGE_SIZE + FIRST_PAGE;
  const pw = page >>> 2;
  if (heap.i32[pw + P.KIND] === KIND_SMALL) return heap.i32[pw + P.CELL];
  return heap.i32[pw + P.PAGES] * PAGE_SIZE - PAGE_HEADER;
}
