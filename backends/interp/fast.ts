// Fast paths of the hottest ops, read straight from the frame's words: a frame slot `s` of
// the frame at f64 index `b` is the i32 pair [(b + s) * 2] (low word: int32 payload or
// address) and [(b + s) * 2 + 1] (high word: the tag). Checking the tag word needs no
// reinterpretation of a double through a scratch buffer, and writing a small-int result is
// two i32 stores with no boxing. Each fast path handles only the common case (small ints,
// plain floats, list/tuple with a small-int index, list and range iterators) exactly as the
// general code would and falls back to that code for everything else, so behaviour
// (results, exceptions, messages) is the general code's.
//
// Measured gains are in docs/architecture-runtime.md ("Interpreter speed").

import type { Heap, Value } from '../../runtime/index.js';
import { HI_INT, HI_PTR, HI_BOOL, HI_NONE, TAG_FLOOR, NULL, TRUE, FALSE, isNull } from '../../runtime/value.js';
import { truthy } from '../../runtime/builtins/protocol.js';
import { Op } from './dispatch.js';
import { TypeId, TYPE_MASK } from '../../runtime/layout.js';
import { NativeKind } from '../../runtime/builtins/native.js';
import type { BinaryName } from '../../runtime/builtins/arith.js';
import { listLength, listReplaceRange, tupleLength } from '../../runtime/sequence.js';
import { strLength } from '../../runtime/str.js';
import { sequenceSlice } from '../../runtime/builtins/containers.js';
import { adjustSlice } from '../../runtime/semantics/codepoints.js';

/** `x op y` on two int32 payloads, or undefined when the result needs the general path. */
export function smallIntResult(op: BinaryName, x: number, y: number): number | undefined {
  let r: number;
  switch (op) {
    case 'add': r = x + y; break;
    case 'sub': r = x - y; break;
    case 'mul': r = x * y; if (!Number.isSafeInteger(r)) return undefined; break;
    case 'floordiv':
      // Exact: |x|, |y| < 2**31, so x / y is never within one rounding of an integer it is not.
      if (y === 0) return undefined;
      r = Math.floor(x / y);
      break;
    case 'mod':
      if (y === 0) return undefined;
      r = x % y;
      if (r !== 0 && (r ^ y) < 0) r += y; // Python's remainder takes the divisor's sign
      break;
    case 'and': return x & y;
    case 'or': return x | y;
    case 'xor': return x ^ y;
    case 'rshift':
      if (y < 0) return undefined; // ValueError: negative shift count
      return y > 31 ? (x < 0 ? -1 : 0) : x >> y;
    case 'lshift':
      if (y < 0 || y > 31) return undefined;
      r = x * 2 ** y;
      break;
    default: return undefined;
  }
  return (r | 0) === r ? r : undefined;
}

/** Float `x op y` for the ops whose float result needs no Python-specific care. */
function floatResult(op: BinaryName, x: number, y: number): number | undefined {
  switch (op) {
    case 'add': return x + y;
    case 'sub': return x - y;
    case 'mul': return x * y;
    case 'truediv': return y !== 0 ? x / y : undefined; // ZeroDivisionError from the general path
    default: return undefined;
  }
}

/**
 * A binary-op step: small ints and floats inline, else `slow(x, y)` (the general operator,
 * in-place variants included). Invariant: `slow` gives the same result on the fast cases.
 */
export function binaryStep(heap: Heap, op: BinaryName, l: number, r: number, out: number,
  slow: (x: Value, y: Value) => Value): (b: number) => void {
  const intOps = op !== 'truediv' && op !== 'pow' && op !== 'matmul';
  return (b) => {
    const i32 = heap.i32;
    const xi = (b + l) << 1, yi = (b + r) << 1;
    if (intOps && i32[xi + 1] === HI_INT && i32[yi + 1] === HI_INT) {
      const v = smallIntResult(op, i32[xi], i32[yi]);
      if (v !== undefined) {
        const oi = (b + out) << 1;
        i32[oi] = v;
        i32[oi + 1] = HI_INT;
        return;
      }
    }
    const f64 = heap.f64;
    const x = f64[b + l], y = f64[b + r];
    // Floats, or a float and a small int (exact as a double, as Python converts it).
    const fx = x === x ? x : y === y && i32[xi + 1] === HI_INT ? i32[xi] : NaN;
    const fy = y === y ? y : x === x && i32[yi + 1] === HI_INT ? i32[yi] : NaN;
    if (fx === fx && fy === fy) {
      const v = floatResult(op, fx, fy);
      if (v !== undefined) { f64[b + out] = v; return; }
    }
    // The view is re-read for the store: the general path may allocate and replace it.
    const v = slow(x, y);
    heap.f64[b + out] = v;
  };
}

type Sym = '<' | '<=' | '>' | '>=' | '==' | '!=';

function cmp(sym: Sym, x: number, y: number): boolean {
  switch (sym) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
    case '==': return x === y;
    default: return x !== y;
  }
}

/** A comparison step: two small ints, or non-NaN floats (one may be a small int), inline, else `slow`. */
export function compareStep(heap: Heap, sym: Sym, l: number, r: number, out: number,
  slow: (x: Value, y: Value) => Value): (b: number) => void {
  return (b) => {
    const i32 = heap.i32;
    const xi = (b + l) << 1, yi = (b + r) << 1;
    if (i32[xi + 1] === HI_INT && i32[yi + 1] === HI_INT) {
      heap.f64[b + out] = cmp(sym, i32[xi], i32[yi]) ? TRUE : FALSE;
      return;
    }
    const f64 = heap.f64;
    const x = f64[b + l], y = f64[b + r];
    // A NaN float is stored as a NaN, so `x === x` also sends Python NaNs the general way; a
    // float and a small int compare exactly as doubles.
    const fx = x === x ? x : y === y && i32[xi + 1] === HI_INT ? i32[xi] : NaN;
    const fy = y === y ? y : x === x && i32[yi + 1] === HI_INT ? i32[yi] : NaN;
    if (fx === fx && fy === fy) { f64[b + out] = cmp(sym, fx, fy) ? TRUE : FALSE; return; }
    const v = slow(x, y);
    heap.f64[b + out] = v;
  };
}

/** list[i] / tuple[i] with a small-int i in range (subscrInline), else `slow(container, key)`. */
export function subscrStep(heap: Heap, o: number, k: number, out: number,
  slow: (c: Value, key: Value) => Value): (b: number) => void {
  return (b) => {
    if (subscrInline(heap, b + o, b + k, b + out)) return;
    const f64 = heap.f64;
    const v = slow(f64[b + o], f64[b + k]);
    heap.f64[b + out] = v;
  };
}

/** list[i] = x with a small-int i in range (storeSubscrInline), else `slow(container, key, value)`. */
export function storeSubscrStep(heap: Heap, o: number, k: number, x: number,
  slow: (c: Value, key: Value, v: Value) => void): (b: number) => void {
  return (b) => {
    if (storeSubscrInline(heap, b + o, b + k, b + x)) return;
    const f64 = heap.f64;
    slow(f64[b + o], f64[b + k], f64[b + x]);
  };
}

export { isNull };

// --- The inline cases of the dispatch loop (call.ts runFrame, dispatch.ts) ---
// Each takes f64 slot indices (frame base already added) and returns false (or -1) when the
// general closure must run instead; otherwise it has done the whole operation.

const OP_ADD = Op.ADD, OP_SUB = Op.SUB, OP_MUL = Op.MUL, OP_TRUEDIV = Op.TRUEDIV, OP_FLOORDIV = Op.FLOORDIV, OP_MOD = Op.MOD;

/** Small-int and float + - * / // % (dispatch.ts's arithmetic opcodes). */
export function arith(heap: Heap, op: number, l: number, r: number, out: number): boolean {
  const i32 = heap.i32;
  if (i32[(l << 1) + 1] === HI_INT && i32[(r << 1) + 1] === HI_INT) {
    const x = i32[l << 1], y = i32[r << 1];
    let v: number;
    if (op === OP_ADD) v = x + y;
    else if (op === OP_SUB) v = x - y;
    else if (op === OP_MUL) { v = x * y; if (!Number.isSafeInteger(v)) return false; }
    else if (op === OP_TRUEDIV) {
      // Both exact in a double, so x / y is Python's correctly rounded true division.
      if (y === 0) return false;
      heap.f64[out] = x / y;
      return true;
    } else if (op === OP_FLOORDIV) { if (y === 0) return false; v = Math.floor(x / y); }
    else { if (y === 0) return false; v = x % y; if (v !== 0 && (v ^ y) < 0) v += y; }
    if ((v | 0) !== v) return false;
    i32[out << 1] = v;
    i32[(out << 1) + 1] = HI_INT;
    return true;
  }
  const f64 = heap.f64;
  // Floats, or a float and a small int (exact as a double, as Python converts it): tagged
  // values of other types and NaN floats take the general path.
  let x = f64[l], y = f64[r];
  if (x !== x) { if (i32[(l << 1) + 1] !== HI_INT || y !== y) return false; x = i32[l << 1]; }
  else if (y !== y) { if (i32[(r << 1) + 1] !== HI_INT) return false; y = i32[r << 1]; }
  if (op === OP_ADD) f64[out] = x + y;
  else if (op === OP_SUB) f64[out] = x - y;
  else if (op === OP_MUL) f64[out] = x * y;
  else if (op === OP_TRUEDIV && y !== 0) f64[out] = x / y;
  else return false;
  return true;
}

/** Two small ints or two non-NaN floats compared; the result written as a bool. */
export function compareInline(heap: Heap, op: number, l: number, r: number, out: number): boolean {
  const i32 = heap.i32;
  let x: number, y: number;
  if (i32[(l << 1) + 1] === HI_INT && i32[(r << 1) + 1] === HI_INT) { x = i32[l << 1]; y = i32[r << 1]; }
  else {
    // Floats, or a float and a small int (compared exactly: the int is exact as a double).
    x = heap.f64[l]; y = heap.f64[r];
    if (x !== x) { if (i32[(l << 1) + 1] !== HI_INT || y !== y) return false; x = i32[l << 1]; }
    else if (y !== y) { if (i32[(r << 1) + 1] !== HI_INT) return false; y = i32[r << 1]; }
  }
  const t = op === Op.LT ? x < y : op === Op.LE ? x <= y : op === Op.GT ? x > y : op === Op.GE ? x >= y : op === Op.EQ ? x === y : x !== y;
  i32[out << 1] = t ? 1 : 0;
  i32[(out << 1) + 1] = HI_BOOL;
  return true;
}

/** list[i] / tuple[i] with a small-int i in range. */
export function subscrInline(heap: Heap, o: number, k: number, out: number): boolean {
  const i32 = heap.i32;
  if (i32[(o << 1) + 1] !== HI_PTR || i32[(k << 1) + 1] !== HI_INT) return false;
  const w = (i32[o << 1] >>> 0) >>> 2;
  const t = i32[w] & TYPE_MASK;
  if (t !== TypeId.LIST && t !== TypeId.TUPLE) return false;
  const n = i32[w + 1];
  let i = i32[k << 1];
  if (i < 0) i += n;
  if (i < 0 || i >= n) return false;
  const first = t === TypeId.LIST ? ((i32[w + 2] >>> 0) + 8) >>> 3 : ((w << 2) + 8) >>> 3;
  heap.f64[out] = heap.f64[first + i];
  return true;
}

/** list[i] = x with a small-int i in range. */
export function storeSubscrInline(heap: Heap, o: number, k: number, x: number): boolean {
  const i32 = heap.i32;
  if (i32[(o << 1) + 1] !== HI_PTR || i32[(k << 1) + 1] !== HI_INT) return false;
  const w = (i32[o << 1] >>> 0) >>> 2;
  if ((i32[w] & TYPE_MASK) !== TypeId.LIST) return false;
  const n = i32[w + 1];
  let i = i32[k << 1];
  if (i < 0) i += n;
  if (i < 0 || i >= n) return false;
  const f64 = heap.f64;
  f64[(((i32[w + 2] >>> 0) + 8) >>> 3) + i] = f64[x];
  return true;
}

/** Truth of bools, ints, None and floats inline; anything else through truthy(). */
export function truthInline(heap: Heap, s: number): boolean {
  const i32 = heap.i32;
  const hi = i32[(s << 1) + 1];
  if (hi === HI_BOOL || hi === HI_INT) return i32[s << 1] !== 0;
  if (hi === HI_NONE) return false;
  if ((hi >>> 0) < TAG_FLOOR) return heap.f64[s] !== 0; // a float (NaN is true)
  return truthy(heap, heap.f64[s]);
}

/**
 * for_iter over a list or small-int range iterator: true with the next item written to `out`;
 * false when the general iteration must answer — other iterators, big ints, and exhaustion
 * (which the general path records in the iterator). Layouts: native.ts (SEQ_ITER: F0 sequence
 * or NULL once exhausted, F1 next index; RANGE_ITER: F0 next, F1 stop, F2 step), from byte 8.
 */
export function iterInline(heap: Heap, s: number, out: number): boolean {
  const i32 = heap.i32;
  if (i32[(s << 1) + 1] !== HI_PTR) return false;
  const w = (i32[s << 1] >>> 0) >>> 2;
  if ((i32[w] & TYPE_MASK) !== TypeId.FUNCTION) return false;
  const kind = -i32[w + 1];
  const f = w + 2;
  if (kind === NativeKind.RANGE_ITER) {
    if (i32[f + 1] !== HI_INT || i32[f + 3] !== HI_INT || i32[f + 5] !== HI_INT) return false;
    const c = i32[f], e = i32[f + 2], st = i32[f + 4];
    if (st > 0 ? c >= e : c <= e) return false;
    const next = c + st;
    if ((next | 0) !== next) return false;
    i32[out << 1] = c;
    i32[(out << 1) + 1] = HI_INT;
    i32[f] = next;
    return true;
  }
  if (kind === NativeKind.SEQ_ITER) {
    if (i32[f + 1] !== HI_PTR || i32[f + 3] !== HI_INT) return false;
    const q = (i32[f] >>> 0) >>> 2;
    if ((i32[q] & TYPE_MASK) !== TypeId.LIST) return false;
    const i = i32[f + 2];
    if (i >= i32[q + 1]) return false;
    i32[f + 2] = i + 1;
    heap.f64[out] = heap.f64[(((i32[q + 2] >>> 0) + 8) >>> 3) + i];
    return true;
  }
  return false;
}

/** A slice bound in slot s: a small int, null for None, undefined for anything else. */
function boundAt(i32: Int32Array, s: number): number | null | undefined {
  const hi = i32[(s << 1) + 1];
  return hi === HI_INT ? i32[s << 1] : hi === HI_NONE ? null : undefined;
}

/** Whether slot s holds a list. */
function isListAt(i32: Int32Array, s: number): boolean {
  return i32[(s << 1) + 1] === HI_PTR && (i32[(i32[s << 1] >>> 0) >>> 2] & TYPE_MASK) === TypeId.LIST;
}

/** seq[x:y:z] for a list, tuple or str with small-int or None bounds and a nonzero step (a
 *  fused build_slice, compile.ts). */
export function sliceInline(heap: Heap, o: number, x: number, y: number, z: number, out: number): boolean {
  const i32 = heap.i32;
  if (i32[(o << 1) + 1] !== HI_PTR) return false;
  const t = i32[(i32[o << 1] >>> 0) >>> 2] & TYPE_MASK;
  if (t !== TypeId.LIST && t !== TypeId.TUPLE && t !== TypeId.STR) return false;
  const start = boundAt(i32, x), stop = boundAt(i32, y), step = boundAt(i32, z);
  if (start === undefined || stop === undefined || step === undefined || step === 0) return false;
  const c = heap.f64[o];
  const n = t === TypeId.LIST ? listLength(heap, c) : t === TypeId.TUPLE ? tupleLength(heap, c) : strLength(heap, c);
  const [a, , st, count] = adjustSlice(n, start, stop, step);
  const r = sequenceSlice(heap, c, t, a, st, count);
  heap.f64[out] = r;
  return true;
}

/** list[x:y] = other list (step None or 1, small-int or None bounds; not the list itself), as
 *  list_ass_slice replaces the range (a fused build_slice, compile.ts). */
export function listStoreSliceInline(heap: Heap, o: number, x: number, y: number, z: number, v: number): boolean {
  const i32 = heap.i32;
  if (!isListAt(i32, o) || !isListAt(i32, v) || i32[o << 1] === i32[v << 1]) return false;
  const start = boundAt(i32, x), stop = boundAt(i32, y), step = boundAt(i32, z);
  if (start === undefined || stop === undefined || (step !== null && step !== 1)) return false;
  const list = heap.f64[o];
  const [a, , , count] = adjustSlice(listLength(heap, list), start, stop, 1);
  listReplaceRange(heap, list, a, a + count, heap.f64[v]);
  return true;
}
