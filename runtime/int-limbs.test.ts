// Limb arithmetic (runtime/bigint-limbs.ts) against JS BigInt with Python's floor semantics, on
// values chosen for carries, borrows, int32/2**32/2**53/2**64 edges and the division estimate.
import test from 'ava';
import { createRuntime } from './runtime.js';
import { intCompare, intFromBigInt, intToBigInt, isBigInt } from './int.js';
import { limbBinary, limbCompare, limbNegate, NOT_HANDLED } from './bigint-limbs.js';
import { FALSE, TRUE, fromInt32, isNull, isSmallInt, sameValue, type Value } from './value.js';
import * as I from './semantics/int.js';

// growMinimal: every new page replaces the views, so a view held across an allocation fails here.
const heap = createRuntime({ growMinimal: true, initialBytes: 0 });

// A deterministic generator (xorshift) so a failure names a reproducible value.
let seed = 0x2545f491;
function rand32(): number {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return seed >>> 0;
}
function randBig(limbs: number): bigint {
  let n = 0n;
  for (let i = 0; i < limbs; i++) n = (n << 32n) | BigInt(rand32());
  return n;
}

const EDGES: bigint[] = [
  0n, 1n, 2n, 3n, 7n, 10n, 0x7fffffffn, 0x80000000n, 0x80000001n, 0xffffffffn, 0x100000000n, 0x100000001n,
  0x1fffffn, 0x200000n, 2n ** 52n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n,
  2n ** 64n + 1n, 2n ** 96n - 1n, 2n ** 96n, 2n ** 128n - 1n, 2n ** 160n + 2n ** 32n, 10n ** 40n + 7n,
];
const VALUES: bigint[] = [];
for (const v of EDGES) { VALUES.push(v); if (v !== 0n) VALUES.push(-v); }
for (const limbs of [1, 2, 3, 4, 7, 12]) for (let k = 0; k < 2; k++) { const v = randBig(limbs); VALUES.push(v, -v); }

const box = (n: bigint): Value => intFromBigInt(heap, n);
const INT32 = (n: bigint) => n >= -(2n ** 31n) && n < 2n ** 31n;

function check(t: import('ava').ExecutionContext, r: Value, want: bigint, what: string): void {
  t.is(intToBigInt(heap, r), want, what);
  // Canonical form: an int32-range value is a small int, anything else a heap big int.
  t.is(isSmallInt(r), INT32(want), `${what}: canonical form`);
  if (!INT32(want)) t.true(isBigInt(heap, r), what);
}

function expected(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case 'add': return a + b;
    case 'sub': return a - b;
    case 'mul': return a * b;
    case 'floordiv': return I.floorDiv(a, b);
    default: return I.mod(a, b);
  }
}

/** Which cases limbBinary must take (the rest may go to BigInt). */
function limbsTake(op: string, a: bigint, b: bigint): boolean {
  const limbs = (n: bigint) => Math.ceil((n < 0n ? -n : n).toString(16).length / 8);
  if (op === 'add' || op === 'sub') return true;
  if (op === 'mul') return a === 0n || b === 0n || limbs(a) <= 1 || limbs(b) <= 1 || limbs(a) * limbs(b) <= 16384;
  if (b === 0n) return false;
  const q = (a < 0n ? -a : a) / (b < 0n ? -b : b);
  // A one-limb divisor, a quotient well inside one limb, or a small long division (divLong).
  return limbs(b) <= 1 || q < 2n ** 31n || (limbs(a) - limbs(b) + 1) * limbs(b) <= 24;
}

for (const op of ['add', 'sub', 'mul', 'floordiv', 'mod']) {
  test(`limbs: ${op} of every pair matches BigInt, in canonical form`, (t) => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        const r = limbBinary(heap, op, box(a), box(b));
        const what = `${a} ${op} ${b}`;
        if (isNull(r)) {
          t.false(limbsTake(op, a, b), `${what}: not handled`);
          continue;
        }
        check(t, r, expected(op, a, b), what);
      }
    }
  });
}

test('limbs: << and >> of ints of either sign by 0..100 bits match BigInt (floor shifts)', (t) => {
  for (const a of VALUES) {
    for (const s of [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 500]) {
      for (const [op, want] of [['lshift', a << BigInt(s)], ['rshift', a >> BigInt(s)]] as const) {
        check(t, limbBinary(heap, op, box(a), fromInt32(s)), want, `${a} ${op} ${s}`);
      }
    }
  }
  t.true(isNull(limbBinary(heap, 'lshift', box(3n), fromInt32(-1)))); // ValueError from the BigInt path
  t.true(isNull(limbBinary(heap, 'rshift', box(2n ** 80n), box(2n ** 40n)))); // a big count
  check(t, limbBinary(heap, 'lshift', box(2n ** 80n), TRUE), 2n ** 81n, '2**80 << True');
  check(t, limbBinary(heap, 'rshift', box(-(2n ** 80n)), TRUE), -(2n ** 79n), '-2**80 >> True');
});

test('limbs: >> of negative ints whose low limbs are zero (the borrow of |x| - 1 runs up)', (t) => {
  for (const limbs of [1, 2, 3, 5]) {
    for (const low of [0, 1, 2, 3]) {
      const hi = randBig(limbs) | 1n;
      for (const [x, tag] of [[hi << BigInt(32 * low), 'zeros'], [(hi << BigInt(32 * low)) + 1n, 'one'], [(1n << BigInt(32 * (limbs + low))) - 1n, 'ones']] as const) {
        for (const s of [0, 1, 31, 32, 33, 32 * low, 32 * low + 7, 32 * (limbs + low), 32 * (limbs + low) + 1]) {
          check(t, limbBinary(heap, 'rshift', box(-x), fromInt32(s)), -x >> BigInt(s), `-${tag} ${x} >> ${s}`);
        }
      }
    }
  }
});

test('limbs: & | ^ of ints of either sign match BigInt (two\'s complement)', (t) => {
  for (const a of VALUES) {
    for (const b of VALUES) {
      for (const [op, want] of [['and', a & b], ['or', a | b], ['xor', a ^ b]] as const) {
        check(t, limbBinary(heap, op, box(a), box(b)), want, `${a} ${op} ${b}`);
      }
    }
  }
  for (const [a, b] of [[-(2n ** 64n), 2n ** 64n - 1n], [-(2n ** 64n), -(2n ** 64n)], [-1n, 2n ** 100n], [-(2n ** 96n) + 1n, -(2n ** 32n)]]) {
    for (const [op, want] of [['and', a & b], ['or', a | b], ['xor', a ^ b]] as const) {
      check(t, limbBinary(heap, op, box(a), box(b)), want, `${a} ${op} ${b}`);
      check(t, limbBinary(heap, op, box(b), box(a)), want, `${b} ${op} ${a}`);
    }
  }
});

test('limbs: // and % of multi-limb ints with one-limb quotients near the estimate edges', (t) => {
  for (let k = 0; k < 300; k++) {
    const bl = 2 + (k % 6);
    let b = randBig(bl);
    if (k % 3 === 0) b = (b >> 40n) << 40n; // low limbs zero: the estimate sees all of b
    if (k % 5 === 0) b = (1n << BigInt(32 * bl)) - 1n - BigInt(rand32()); // all-ones top limbs
    const q = BigInt([0, 1, 2, 0xfffffffd, 0x80000000, rand32(), rand32() >>> 11][k % 7]);
    const rmax = [0n, 1n, b - 1n, BigInt(rand32())][k % 4];
    const a = b * q + (rmax < b ? rmax : 0n);
    for (const [x, y] of [[a, b], [-a, b], [a, -b], [-a, -b]]) {
      for (const op of ['floordiv', 'mod']) {
        const r = limbBinary(heap, op, box(x), box(y));
        if (isNull(r)) { t.true(q >= 0xfffffffdn, `${x} ${op} ${y}: only a quotient near 2**32 may be left to BigInt`); continue; }
        check(t, r, expected(op, x, y), `${x} ${op} ${y}`);
      }
    }
  }
});

test('limbs: products of up to 16384 limb pairs schoolbook, larger ones left to BigInt', (t) => {
  for (const [la, lb] of [[2, 2], [2, 128], [16, 16], [3, 85], [17, 15], [128, 128], [8, 2048]]) {
    for (const pattern of ['random', 'ones']) {
      const x = pattern === 'ones' ? (1n << BigInt(32 * la)) - 1n : randBig(la) | (1n << BigInt(32 * la - 1));
      const y = pattern === 'ones' ? (1n << BigInt(32 * lb)) - 1n : randBig(lb) | (1n << BigInt(32 * lb - 1));
      check(t, limbBinary(heap, 'mul', box(x), box(-y)), -(x * y), `${la}x${lb} limbs, ${pattern}`);
    }
  }
  t.true(isNull(limbBinary(heap, 'mul', box(2n ** 4100n + 1n), box(2n ** 4100n + 3n)))); // 129 x 129 limbs
});

test('limbs: a zero divisor and large quotients are left to the BigInt path', (t) => {
  const big = box(2n ** 100n + 3n);
  t.true(isNull(limbBinary(heap, 'floordiv', big, fromInt32(0))));
  t.true(isNull(limbBinary(heap, 'mod', big, fromInt32(0))));
  t.true(isNull(limbBinary(heap, 'pow', big, fromInt32(2))));
  const huge = box(2n ** 40000n + 1n), half = box(2n ** 20000n + 3n); // 626 x 626 limbs of long division
  t.true(sameValue(limbBinary(heap, 'floordiv', huge, half), NOT_HANDLED));
  t.true(sameValue(limbBinary(heap, 'mod', huge, half), NOT_HANDLED));
});

test('limbs: // and % with multi-limb quotients (long division up to 24 limb steps) match BigInt, floored', (t) => {
  const tops = [1n, 2n, 0x7fffffffn, 0x80000000n, 0xffffffffn];
  for (let k = 0; k < 400; k++) {
    const yl = 2 + (k % 4), ql = 1 + ((k * 7) % 9); // up to 5 x 10 limbs: mostly divLong's sizes
    // Divisors whose top limb is tiny or full (the estimate is not normalized), or random.
    let b = k % 3 === 0 ? (tops[k % 5] << BigInt(32 * (yl - 1))) | randBig(yl - 1) : randBig(yl) | (1n << BigInt(32 * yl - 1 - (k % 31)));
    if (k % 7 === 0) b = (1n << BigInt(32 * yl)) - 1n; // all ones
    if (k % 11 === 0) b = 1n << BigInt(32 * yl - 32); // a power of two: zero low limbs
    const q = k % 5 === 0 ? (1n << BigInt(32 * ql)) - 1n : randBig(ql);
    const r = [0n, 1n, b - 1n, randBig(yl) % b][k % 4];
    const a = q * b + r;
    for (const [x, y] of [[a, b], [-a, b], [a, -b], [-a, -b]]) {
      for (const op of ['floordiv', 'mod']) {
        const got = limbBinary(heap, op, box(x), box(y));
        const what = `${x} ${op} ${y}`;
        if (isNull(got)) { t.false(limbsTake(op, x, y), `${what}: not handled`); continue; }
        check(t, got, expected(op, x, y), what);
      }
    }
  }
});

test('limbs: bools are ints and never come back as bools', (t) => {
  const big = box(2n ** 70n);
  check(t, limbBinary(heap, 'add', TRUE, fromInt32(0)), 1n, 'True + 0');
  t.false(sameValue(limbBinary(heap, 'add', TRUE, fromInt32(0)), TRUE));
  t.false(sameValue(limbBinary(heap, 'add', fromInt32(0), FALSE), FALSE));
  check(t, limbBinary(heap, 'sub', big, TRUE), 2n ** 70n - 1n, '2**70 - True');
  check(t, limbBinary(heap, 'mul', big, TRUE), 2n ** 70n, '2**70 * True');
});

test('limbs: negation and comparison', (t) => {
  for (const a of VALUES) {
    check(t, limbNegate(heap, box(a)), -a, `-(${a})`);
    for (const b of VALUES) {
      const want = a < b ? -1 : a > b ? 1 : 0;
      t.is(limbCompare(heap, box(a), box(b)), want, `${a} <=> ${b}`);
      t.is(intCompare(heap, box(a), box(b)), want, `${a} <=> ${b} (intCompare)`);
    }
  }
});
