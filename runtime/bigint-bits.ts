// Shifts and bitwise operators of ints on their limbs, for either sign. Python's ints behave as
// two's complement with infinitely many sign bits: a negative x is ~(|x| - 1), and >> floors, so
// x >> s of a negative x is -(|x| >> s), one more in magnitude when a set bit is shifted out.
// Each function makes its result in one pass
// (plus a carry pass when the result is negative) with no BigInt: a negative operand used to cost
// two conversions of all its limbs per operator (`(x >> k) & mask` on a 150-limb x: ~10 us).
//
// Operands are given as bigint-limbs.ts's load() describes them: `small` is the array holding a
// small int's magnitude (null for a heap int, whose limbs are read from heap.u32 at word `at`),
// `len` limbs, `sign` -1, 0 or 1. The heap view is re-read after the result's allocation.

import type { Heap } from './heap.js';
import { NULL, type Value, fromInt32 } from './value.js';
import { LIMBS_AT, allocBig, finish } from './bigint-result.js';

/** Largest left shift done here (bits); beyond it the BigInt path answers (and its errors). */
const MAX_LSHIFT = 1 << 24;

/** x << s (left) or x >> s for a count 0 <= s < 2**31; NULL for a left shift past MAX_LSHIFT. */
export function shiftLimbs(heap: Heap, small: Uint32Array | null, at: number, len: number, sign: number, s: number, left: boolean): Value {
  if (sign === 0) return fromInt32(0);
  const q = s >>> 5, r = s & 31;
  if (left) {
    if (s > MAX_LSHIFT) return NULL;
    const res = allocBig(heap, len + q + 1);
    const u32 = heap.u32;
    const x = small ?? u32;
    const out = (res + LIMBS_AT) >>> 2;
    u32.fill(0, out, out + q);
    if (r === 0) {
      for (let i = 0; i < len; i++) u32[out + q + i] = x[at + i];
      u32[out + q + len] = 0;
    } else {
      let prev = 0;
      for (let i = 0; i < len; i++) {
        const limb = x[at + i];
        u32[out + q + i] = (limb << r) | (prev >>> (32 - r));
        prev = limb;
      }
      u32[out + q + len] = prev >>> (32 - r);
    }
    return finish(heap, res, sign, len + q + 1); // -(|x| << s) for a negative x
  }
  if (q >= len) return fromInt32(sign < 0 ? -1 : 0);
  const n = len - q;
  const res = allocBig(heap, n + 1);
  const u32 = heap.u32;
  const x = small ?? u32;
  const out = (res + LIMBS_AT) >>> 2;
  const from = at + q;
  if (r === 0) for (let i = 0; i < n; i++) u32[out + i] = x[from + i];
  else {
    for (let i = 0; i < n - 1; i++) u32[out + i] = (x[from + i] >>> r) | (x[from + i + 1] << (32 - r));
    u32[out + n - 1] = x[from + n - 1] >>> r;
  }
  u32[out + n] = 0;
  if (sign > 0) return finish(heap, res, 1, n);
  // x < 0: floor(-|x| / 2**s) is -((|x| >> s) + 1) when a bit shifted out was set, else -(|x| >> s).
  let dropped = r !== 0 && (x[from] & ((1 << r) - 1)) !== 0;
  for (let i = at; i < from && !dropped; i++) dropped = x[i] !== 0;
  if (dropped) {
    let i = 0;
    while (u32[out + i] === 0xffffffff) u32[out + i++] = 0;
    u32[out + i]++;
  }
  return finish(heap, res, -1, n + 1);
}

/** x & y, x | y or x ^ y (op 'and', 'or', 'xor') of any two ints, in two's complement. */
export function bitwiseLimbs(
  heap: Heap, op: string,
  xSmall: Uint32Array | null, xAt: number, xLen: number, xSign: number,
  ySmall: Uint32Array | null, yAt: number, yLen: number, ySign: number,
): Value {
  const xNeg = xSign < 0, yNeg = ySign < 0;
  const kind = op === 'and' ? 0 : op === 'or' ? 1 : 2;
  // The sign limb of the result: all ones (negative) or zero.
  const xExt = xNeg ? -1 : 0, yExt = yNeg ? -1 : 0;
  const negative = (kind === 0 ? xExt & yExt : kind === 1 ? xExt | yExt : xExt ^ yExt) !== 0;
  // x & y with a non-negative operand fits that operand's limbs; otherwise the longer one's.
  let n = xLen > yLen ? xLen : yLen;
  if (kind === 0 && !xNeg && xLen < n) n = xLen;
  if (kind === 0 && !yNeg && yLen < n) n = yLen;
  if (n === 0) return fromInt32(0);
  const res = allocBig(heap, n + 1);
  const u32 = heap.u32;
  const x = xSmall ?? u32, y = ySmall ?? u32;
  const out = (res + LIMBS_AT) >>> 2;
  // Two's complement limbs on the fly: ~(|v| - 1), the borrow running up from the lowest limb.
  let xBorrow = xNeg ? 1 : 0, yBorrow = yNeg ? 1 : 0;
  for (let i = 0; i < n; i++) {
    let p: number, q: number;
    if (i < xLen) {
      const limb = x[xAt + i];
      p = xNeg ? ~(limb - xBorrow) : limb | 0;
      if (xBorrow !== 0 && limb !== 0) xBorrow = 0;
    } else p = xExt;
    if (i < yLen) {
      const limb = y[yAt + i];
      q = yNeg ? ~(limb - yBorrow) : limb | 0;
      if (yBorrow !== 0 && limb !== 0) yBorrow = 0;
    } else q = yExt;
    u32[out + i] = kind === 0 ? p & q : kind === 1 ? p | q : p ^ q;
  }
  u32[out + n] = 0;
  if (!negative) return finish(heap, res, 1, n);
  // The magnitude of a negative result r is ~r + 1.
  let carry = 1;
  for (let i = 0; i < n; i++) {
    const v = (~u32[out + i] >>> 0) + carry;
    u32[out + i] = v;
    carry = v > 0xffffffff ? 1 : 0;
  }
  u32[out + n] = carry;
  return finish(heap, res, -1, n + 1);
}
