// Safepoints and the stop-the-world handshake (ARCHITECTURE 6–7).
//
// Control words in the heap header: STOP (a collector wants the world stopped), RUNNING (attached
// threads that are running, i.e. not parked and not idle), GC_LOCK (elects one collector).
// A running thread polls STOP at safepoints (loop back-edges, calls, blocking operations) and
// parks: RUNNING--, notify, Atomics.wait on STOP, RUNNING++ when it clears. The collector sets
// STOP, waits until it is the only running thread, collects, clears STOP and wakes everyone.
// A thread that blocks (waiting for a message, a lock, I/O) must call leaveRunning first, so a
// collection never waits for it; its frames and handles stay roots all the same.

import { H, Heap } from './heap.js';
import { collect, GcStats } from './gc.js';

/** Count this thread as running (on attach, and after a blocking operation). */
export function enterRunning(heap: Heap): void {
  Atomics.add(heap.i32, H.RUNNING, 1);
  if (Atomics.load(heap.i32, H.STOP) !== 0) park(heap);
}

/** Stop counting this thread as running (before blocking, and on detach). */
export function leaveRunning(heap: Heap): void {
  Atomics.sub(heap.i32, H.RUNNING, 1);
  Atomics.notify(heap.i32, H.RUNNING);
}

/**
 * Poll for a stop request; collect if enough memory was taken since the last collection (or
 * always, in stress mode); refresh stale views.
 */
export function safepoint(heap: Heap): void {
  // The polls are plain reads: an aligned int32 read is never torn, and the caller's next
  // safepoint (every call and loop back-edge) reads again, so a stop request or a new view
  // epoch is seen at most one safepoint late; the Atomics path confirms before acting.
  // Atomics.load on the heap's growable SAB is not inlined by this V8: it was ~25 ns per
  // safepoint, ~10% of a call-heavy program (docs/architecture-runtime.md).
  const i32 = heap.i32;
  if (i32[H.STOP] !== 0 && Atomics.load(i32, H.STOP) !== 0) park(heap);
  else if (i32[H.STRESS] !== 0 || i32[H.PAGES_SINCE_GC] >= i32[H.GC_TRIGGER_PAGES]) collectGarbage(heap);
  if (heap.i32[H.EPOCH] !== heap.viewEpoch && Atomics.load(heap.i32, H.EPOCH) !== heap.viewEpoch) heap.refreshViews();
}

/** Park until no collection is pending. */
export function park(heap: Heap): void {
  const i32 = heap.i32;
  do {
    leaveRunning(heap);
    while (Atomics.load(i32, H.STOP) !== 0) Atomics.wait(i32, H.STOP, 1, 1000);
    Atomics.add(i32, H.RUNNING, 1);
  } while (Atomics.load(i32, H.STOP) !== 0);
  heap.checkEpoch();
}

/**
 * Stop the world and collect. Must be called at a safepoint of a running thread. If another
 * thread is already collecting, this waits for that collection instead and returns null.
 */
export function collectGarbage(heap: Heap): GcStats | null {
  const i32 = heap.i32;
  if (Atomics.compareExchange(i32, H.GC_LOCK, 0, 1) !== 0) {
    while (Atomics.load(i32, H.GC_LOCK) !== 0) {
      if (Atomics.load(i32, H.STOP) !== 0) park(heap);
      else Atomics.wait(i32, H.GC_LOCK, 1, 1);
    }
    return null;
  }
  try {
    const start = performance.now();
    Atomics.store(i32, H.STOP, 1);
    for (;;) {
      const running = Atomics.load(i32, H.RUNNING);
      if (running <= 1) break;
      Atomics.wait(i32, H.RUNNING, running, 1000);
    }
    const stopMs = performance.now() - start;
    const stats = collect(heap);
    stats.stopMs = stopMs;
    return stats;
  } finally {
    Atomics.store(i32, H.STOP, 0);
    Atomics.notify(i32, H.STOP);
    Atomics.store(i32, H.GC_LOCK, 0);
    Atomics.notify(i32, H.GC_LOCK);
  }
}

/** GC-stress mode: collect at every safepoint (tests). */
export function setGcStress(heap: Heap, on: boolean): void {
  Atomics.store(heap.i32, H.STRESS, on ? 1 : 0);
}
