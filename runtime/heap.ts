// The ONE heap: a shared WebAssembly memory (its buffer is a SharedArrayBuffer) seen through
// fixed-length typed-array views.
//
// A shared Wasm memory rather than a growable SharedArrayBuffer so that the big-int kernels
// (bigint-wasm.ts) work on the heap's limbs in place: with a memory of their own, every operand
// was copied in and every result out (pidigits: ~20% of its time in those copies). Both kinds
// reserve their maximum as virtual memory and grow in place; a Wasm memory's `buffer` is replaced
// by a longer one at each grow, on every thread that holds the memory (measured on Node 20: a
// worker given the memory sees the main thread's growth through `memory.buffer`).
//
// Length-tracking views on a growable SAB measured 15–36x slower, so each thread keeps
// fixed-length views and re-creates them when the heap's epoch (bumped on every grow) changes.
// A thread re-checks the epoch at safepoints and right after it obtains fresh pages itself, which
// covers every way it can learn an address beyond its views: its own allocation, or an object
// another thread published (publication happens-before a safepoint of the reader).
//
// The maximum is 4 GiB (65,536 Wasm pages of 64 KiB, the most a 32-bit memory holds), which also
// matches u32 byte addresses in a Value's low word. The reservation is virtual memory only; the
// committed length starts small and grows by doubling.

import { PyError } from './errors.js';

/** Header words (Int32 indices). Every field is read/written with Atomics when threads race on it. */
export const H = {
  MAGIC: 0,
  /** Incremented after every grow; threads compare it with their views' epoch. */
  EPOCH: 1,
  /** Address of the first never-used page (bump pointer for pages, u32). */
  BUMP: 2,
  /** Spin lock for the page pool, large objects and growing. */
  LOCK: 3,
  /** Stop-the-world request: non-zero while a collector wants / holds the world stopped. */
  STOP: 4,
  /** Attached threads currently running (not parked, not idle). */
  RUNNING: 5,
  /** Collector election lock. */
  GC_LOCK: 6,
  /** Number of completed collections. */
  GC_COUNT: 7,
  /** Non-zero: collect at every safepoint (GC-stress mode for tests). */
  STRESS: 8,
  /** Head of the free page-run list (address of a run's first page, 0 = empty). */
  FREE_RUNS: 9,
  /** Bit i set: thread slot i is in use. */
  THREADS_USED: 10,
  /** Stats of the last collection: bytes freed (low 32 bits), objects freed, live objects. */
  LAST_FREED_BYTES: 11,
  LAST_FREED_OBJECTS: 12,
  LAST_LIVE_OBJECTS: 13,
  /** Lock of the intern table (str.ts). */
  INTERN_LOCK: 14,
  /** Non-zero: grow by exactly what is needed (tests: every allocation of a page replaces views). */
  GROW_MINIMAL: 15,
  /** Pages taken (fresh or reused) since the last collection, and the count that triggers one. */
  PAGES_SINCE_GC: 19,
  GC_TRIGGER_PAGES: 20,
  /** Bumped whenever a class namespace or MRO changes: the attribute caches (classes.ts) check it. */
  TYPE_VERSION: 21,
  /** The heap's maximum, in 64 KiB pages (the memory's own maximum is not readable from JS). */
  MAX_PAGES: 22,
  /** The empty tuple: one object, as in CPython (`() is tuple()`); 0 until createRuntime makes it. */
  ROOT_EMPTY_TUPLE: 23,
  /** Well-known roots (addresses; 0 = not yet created). */
  ROOT_INTERNED: 16,
  ROOT_MODULES: 17,
  ROOT_BUILTINS: 18,
  /** Type objects by type id start here (TYPE_TABLE + typeId). */
  TYPE_TABLE: 32,
} as const;

export const MAGIC = 0x50595848; // "PYXH"
export const HEADER_BYTES = 4096;
export const MAX_THREADS = 16;
/** Per-thread record: see THREAD fields. */
export const THREAD_RECORD_BYTES = 512;
export const THREADS_BASE = HEADER_BYTES;
export const PAGE_SIZE = 64 * 1024;
/** First page address: after header and thread records, page-aligned. */
export const FIRST_PAGE = PAGE_SIZE;
export const MAX_HEAP_BYTES = 4 * 1024 * 1024 * 1024;
/**
 * A collection is due once this many pages (64 KiB each) were taken since the last one, or as
 * many as were live after it, whichever is more — the heap may double between collections.
 */
export const MIN_TRIGGER_PAGES = 512; // 32 MiB

/** Thread record fields (Int32 index relative to the record's first word). */
export const T = {
  STATE: 0, // 0 free, 1 attached
  /** Top frame of this thread's Python stack (address, 0 = none): a GC root chain. */
  TOP_FRAME: 1,
  /** Handle stack: base address of an in-heap Value array, capacity, and top (entries used). */
  HANDLES: 2,
  HANDLE_CAP: 3,
  HANDLE_TOP: 4,
  /** Bytes this thread allocated (wraps at 2^32; for rate measurements). */
  ALLOCATED: 5,
  /** This thread's frame stack (a FRAME_STACK object, 0 until the first call), its first free
   *  byte and its end (addresses). Frames are pushed and popped LIFO there (objects.ts). */
  FRAME_STACK: 6,
  FRAME_STACK_TOP: 7,
  FRAME_STACK_END: 8,
  /** Two words where the big-int kernels find a small int's limb (bigint-limbs.ts kAddr). */
  KERNEL_SCRATCH: 9,
  /** Current page per size class: CLASS_PAGES + classIndex. */
  CLASS_PAGES: 16,
  /** Head of this thread's page list per size class: CLASS_LISTS + classIndex. */
  CLASS_LISTS: 64,
} as const;

export interface HeapOptions {
  /** Bytes committed at creation (rounded up to a page); default 1 MiB. */
  initialBytes?: number;
  /** Reserved maximum (rounded up to a page); default 4 GiB, the most a Wasm memory holds. */
  maxBytes?: number;
  /**
   * Grow by exactly the pages needed instead of doubling, so views are replaced as often as
   * possible: a test mode that exposes code holding a view across an allocation.
   */
  growMinimal?: boolean;
}

/**
 * One thread's view of the shared heap.
 *
 * THE RULE for code using the views: any allocation may grow the heap and REPLACE this object's
 * views (a fixed-length view cannot reach the new pages). Raw addresses stay valid across an
 * allocation; a view held in a local does not — writes through a stale view beyond its length are
 * silently dropped. So read `heap.i32` / `heap.f64` again after every call that may allocate, and
 * never write `heap.i32[x] = alloc(...)` (JS evaluates `heap.i32` before the call).
 * The growMinimal test mode makes every page allocation replace the views, to catch violations.
 * Each thread (worker) owns its own Heap object around the
 * same SharedArrayBuffer. Invariants: the views cover exactly `sab.byteLength` as of `viewEpoch`;
 * `thread` is this thread's slot (-1 until attached); `strCache` maps str addresses to JS strings
 * and is valid only while `strCacheGc` equals the heap's GC count (addresses are reused after a GC).
 */
export class Heap {
  /** The shared memory: what another thread joins (runtime.ts joinRuntime). */
  readonly memory: SharedMemory;
  f64!: Float64Array;
  i32!: Int32Array;
  u32!: Uint32Array;
  u16!: Uint16Array;
  u8!: Uint8Array;
  viewEpoch = -1;
  thread = -1;
  /** Int32 index of this thread's record (valid once attached). */
  threadRecord = 0;
  readonly strCache = new Map<number, string>();
  strCacheGc = -1;
  /** Big int address → its JS BigInt, under the same rule as strCache (see runtime/int.ts). */
  readonly intCache = new Map<number, bigint>();
  intCacheGc = -1;
  /** Interned JS string → str address, for this thread (interned strs are immortal roots). */
  readonly internCache = new Map<string, number>();

  constructor(memory: SharedMemory) {
    this.memory = memory;
    this.refreshViews();
  }

  static create(options: HeapOptions = {}): Heap {
    const maxPages = roundUp(options.maxBytes ?? MAX_HEAP_BYTES, PAGE_SIZE) / PAGE_SIZE;
    const initial = Math.max(FIRST_PAGE + PAGE_SIZE, roundUp(options.initialBytes ?? 1 << 20, PAGE_SIZE));
    const api = (globalThis as { WebAssembly?: { Memory: new (d: { initial: number; maximum: number; shared: true }) => SharedMemory } }).WebAssembly;
    if (api === undefined) throw new Error('pyx needs WebAssembly: its heap is a shared Wasm memory');
    const heap = new Heap(new api.Memory({ initial: initial / PAGE_SIZE, maximum: maxPages, shared: true }));
    heap.i32[H.MAX_PAGES] = maxPages;
    heap.i32[H.MAGIC] = MAGIC;
    heap.i32[H.BUMP] = FIRST_PAGE;
    heap.i32[H.GROW_MINIMAL] = options.growMinimal ? 1 : 0;
    heap.i32[H.GC_TRIGGER_PAGES] = MIN_TRIGGER_PAGES;
    return heap;
  }

  /** Re-create the fixed-length views over the current length (after another thread grew it). */
  refreshViews(): void {
    const sab = this.memory.buffer;
    const length = sab.byteLength;
    this.f64 = new Float64Array(sab, 0, length >>> 3);
    this.i32 = new Int32Array(sab, 0, length >>> 2);
    this.u32 = new Uint32Array(sab, 0, length >>> 2);
    this.u16 = new Uint16Array(sab, 0, length >>> 1);
    this.u8 = new Uint8Array(sab, 0, length);
    this.viewEpoch = Atomics.load(this.i32, H.EPOCH);
  }

  /** Refresh views if the heap grew since they were made. Cheap: one atomic load. */
  checkEpoch(): void {
    // A plain read first (see safepoint.ts: Atomics.load on this growable SAB is not inlined).
    if (this.i32[H.EPOCH] !== this.viewEpoch && Atomics.load(this.i32, H.EPOCH) !== this.viewEpoch) this.refreshViews();
  }

  get byteLength(): number {
    return this.memory.buffer.byteLength;
  }

  /** Collections so far. A plain read: it only changes in a stop-the-world collection,
   *  which every other thread waits out in park() (Atomics operations), so no thread can
   *  read a stale count after one; caches compare it on every hit (attr, globals, plans). */
  get gcCount(): number {
    return this.i32[H.GC_COUNT];
  }

  /** Grow so that at least `minBytes` are committed. Caller holds the heap lock. */
  growTo(minBytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (have >= minBytes) {
      this.checkEpoch();
      return;
    }
    const max = this.i32[H.MAX_PAGES] * PAGE_SIZE;
    if (minBytes > max) {
      // What CPython raises when malloc fails: MemoryError with an empty message.
      throw new PyError('MemoryError', '');
    }
    let next = have;
    if (this.i32[H.GROW_MINIMAL] !== 0) next = roundUp(minBytes, PAGE_SIZE);
    while (next < minBytes) next *= 2;
    try {
      this.memory.grow((Math.min(next, max) - have) / PAGE_SIZE);
    } catch {
      throw new PyError('MemoryError', ''); // the system refused to commit the pages
    }
    Atomics.add(this.i32, H.EPOCH, 1); // the header is within every view
    this.refreshViews();
  }

  lock(): void {
    const i32 = this.i32;
    while (Atomics.compareExchange(i32, H.LOCK, 0, 1) !== 0) Atomics.wait(i32, H.LOCK, 1, 1);
  }

  unlock(): void {
    Atomics.store(this.i32, H.LOCK, 0);
    Atomics.notify(this.i32, H.LOCK, 1);
  }
}

/** A shared WebAssembly.Memory, as far as the heap uses one (the project's lib settings do not
 *  declare the WebAssembly API). */
export interface SharedMemory {
  readonly buffer: SharedArrayBuffer;
  grow(pages: number): number;
}

export function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
