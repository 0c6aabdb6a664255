// Creating the runtime on a fresh heap, and joining it from another thread (worker).

import { attachThread, detachThread } from './alloc.js';
import { H, Heap, HeapOptions, MAGIC, type SharedMemory } from './heap.js';
import { TypeId, TYPE_NAMES } from './layout.js';
import { newBuiltinType } from './objects.js';
import { newDict } from './dict.js';
import { newTuple } from './sequence.js';
import { internStr } from './str.js';
import { NONE, fromPtr, loOf } from './value.js';
import { enterRunning, leaveRunning } from './safepoint.js';

/**
 * A new heap with the built-in type objects, the intern table, sys.modules and builtins dicts,
 * attached to the calling thread, which counts as running.
 */
export function createRuntime(options: HeapOptions = {}): Heap {
  const heap = Heap.create(options);
  attachThread(heap);
  enterRunning(heap);
  const i32 = heap.i32;
  i32[H.ROOT_MODULES] = loOf(newDict(heap));
  i32[H.ROOT_BUILTINS] = loOf(newDict(heap));
  heap.i32[H.ROOT_EMPTY_TUPLE] = loOf(newTuple(heap, 0));
  const object = newBuiltinType(heap, TypeId.OBJECT, internStr(heap, 'object'), NONE);
  for (let id = 1; id < TypeId.COUNT; id++) {
    const name = TYPE_NAMES[id];
    if (name === undefined || id === TypeId.OBJECT) continue;
    const base = id === TypeId.BOOL ? fromPtr(heap.i32[H.TYPE_TABLE + TypeId.INT]) : object;
    newBuiltinType(heap, id, internStr(heap, name), base);
  }
  return heap;
}

/** Attach the calling thread to a heap another thread created; it counts as running. */
export function joinRuntime(memory: SharedMemory): Heap {
  const heap = new Heap(memory);
  if (heap.i32[H.MAGIC] !== MAGIC) throw new Error('internal error: not a pyx heap');
  attachThread(heap);
  enterRunning(heap);
  return heap;
}

/** Detach the calling thread (it must not touch the heap afterwards). */
export function leaveRuntime(heap: Heap): void {
  leaveRunning(heap);
  detachThread(heap);
}
