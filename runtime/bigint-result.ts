// Making big-int results on the heap, shared by the limb files (bigint-limbs.ts, bigint-bits.ts).
// A result is allocated for its worst-case limb count, written, and then finish() trims it to the
// limbs it uses (the GC sizes a cell from its page, never from word1) or returns a small int:
// results are canonical as runtime/int.ts requires (int32-range values are small ints, a heap
// int's top limb is nonzero).

import { alloc, allocUnzeroed } from './alloc.js';
import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { type Value, fromInt32, fromPtr } from './value.js';

/** Bytes from a big int's address to its first limb (runtime/int.ts's layout). */
export const LIMBS_AT = 16;

/** A fresh big int with room for `limbs` limbs; its sign and final count are set by finish(). */
export function allocBig(heap: Heap, limbs: number): number {
  return alloc(heap, LIMBS_AT + limbs * 4, TypeId.INT, limbs);
}

/** allocBig for a caller that writes every limb it later counts (finish's n) itself: the
 *  limbs of a large one are not zeroed first. */
export function allocBigUnzeroed(heap: Heap, limbs: number): number {
  return allocUnzeroed(heap, LIMBS_AT + limbs * 4, TypeId.INT, limbs, LIMBS_AT);
}

/** The canonical value of the n-limb magnitude written at address a, with the given sign. */
export function finish(heap: Heap, a: number, sign: number, n: number): Value {
  const u32 = heap.u32;
  const at = (a + LIMBS_AT) >>> 2;
  while (n > 0 && u32[at + n - 1] === 0) n--;
  if (n === 0) return fromInt32(0);
  if (n === 1) {
    const m = u32[at];
    if (m < 0x80000000 || (sign < 0 && m === 0x80000000)) return fromInt32(sign < 0 ? -m : m);
  }
  const i32 = heap.i32;
  i32[(a >>> 2) + 1] = n;
  i32[(a >>> 2) + 2] = sign < 0 ? -1 : 1;
  return fromPtr(a);
}
