// complex: an immutable heap object holding two raw IEEE doubles.
//
//   word 0-1: header (TypeId.COMPLEX, word 1 unused = 0)
//   +8:  real part (raw double bits, NOT a Value: a NaN part keeps whatever bits arithmetic made)
//   +16: imaginary part (same)
//
// The parts are raw doubles rather than Values so complex arithmetic (runtime/semantics/complex.ts)
// never needs to box; reading a part back as a Python float goes through fromFloat, which
// canonicalizes NaN. No references, so the GC's drain treats it as a leaf (gc.ts default case).

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { alloc } from './alloc.js';
import { type Value, fromPtr, fromFloat, loOf } from './value.js';

const COMPLEX_BYTES = 24;

/** A new complex(re, im). Invariant: the object is never mutated after this returns. */
export function newComplex(heap: Heap, re: number, im: number): Value {
  const a = alloc(heap, COMPLEX_BYTES, TypeId.COMPLEX, 0);
  const f64 = heap.f64; // read after the allocation: it may have replaced the views
  f64[(a + 8) >>> 3] = re;
  f64[(a + 16) >>> 3] = im;
  return fromPtr(a);
}

/** The real part of a complex Value as a JS number (any NaN bits). */
export function complexReal(heap: Heap, v: Value): number {
  return heap.f64[((loOf(v) >>> 0) + 8) >>> 3];
}

/** The imaginary part of a complex Value as a JS number (any NaN bits). */
export function complexImag(heap: Heap, v: Value): number {
  return heap.f64[((loOf(v) >>> 0) + 16) >>> 3];
}

/** A part as a Python float Value (NaN canonicalized). */
export function complexPartValue(x: number): Value {
  return fromFloat(x);
}
