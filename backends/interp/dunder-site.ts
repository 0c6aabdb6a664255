// A binary operator site's cache for two instances of one user class whose method for the
// operator (Vector.__add__) is a plain Python function: the method is called straight away
// with both operands, as CPython's BINARY_OP ends up doing, instead of going through the
// generic protocol (classes-dunder.ts binaryDunder: a dozen lookups by name and a handle
// frame per operation). Same class on both sides means no reflected method is tried first
// (that needs a proper subclass on the right) and none after NotImplemented (the types are
// the same), so NotImplemented is the usual TypeError at once. Valid while the heap's
// TYPE_VERSION is the one the entry was made under (attr.ts's rule).

import type { Heap, Value } from '../../runtime/index.js';
import { isNull } from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { HI_PTR, NULL, fromPtr } from '../../runtime/value.js';
import { TypeId, TYPE_MASK } from '../../runtime/layout.js';
import { NativeKind } from '../../runtime/builtins/native.js';
import { lookupType } from '../../runtime/classes.js';
import { isNotImplemented } from '../../runtime/classes-dunder.js';
import { fail, type BinaryName } from '../../runtime/builtins/arith.js';
import { callValues } from './call.js';
import type { Interp } from './state.js';
import { isPlainFunction } from './attr.js';

const scratch = new Float64Array(1);
const scratchI = new Int32Array(scratch.buffer);

/** The class address of `v` when it is a plain user-class instance, else 0. */
function instanceClassOf(i32: Int32Array, v: Value): number {
  scratch[0] = v;
  if (scratchI[1] !== HI_PTR) return 0;
  const w = (scratchI[0] >>> 0) >>> 2;
  if ((i32[w] & TYPE_MASK) !== TypeId.FUNCTION || i32[w + 1] !== -NativeKind.INSTANCE) return 0;
  return i32[w + 2] >>> 0;
}

/**
 * The slow path of a (non-inplace) binary op site: `general` unless both operands are
 * instances of one class with a plain Python `__op__`.
 */
export function dunderSite(it: Interp, op: BinaryName, general: (x: Value, y: Value) => Value): (x: Value, y: Value) => Value {
  const heap: Heap = it.heap;
  const name = `__${op}__`;
  let cls = 0, version = -1, fn: Value = NULL;
  return (x, y) => {
    const i32 = heap.i32;
    const c = instanceClassOf(i32, x);
    if (c === 0 || c !== instanceClassOf(i32, y)) return general(x, y);
    if (c !== cls || i32[H.TYPE_VERSION] !== version) {
      cls = c;
      version = i32[H.TYPE_VERSION];
      const f = lookupType(heap, fromPtr(c), name);
      fn = isPlainFunction(f, i32) ? f : NULL;
    }
    if (isNull(fn)) return general(x, y);
    // The operands stay rooted in the caller's frame slots; the class keeps fn alive.
    const r = callValues(it, fn, 2, x, y, NULL);
    if (isNotImplemented(heap, r)) fail(heap, op, x, y, false);
    return r;
  };
}
