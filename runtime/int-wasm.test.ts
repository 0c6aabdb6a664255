// The Wasm limb kernels (runtime/bigint-wasm.ts) against JS BigInt, directly and through
// limbBinary at sizes on both sides of the size where bigint-limbs.ts switches to them (32 limbs),
// with carries and borrows that run through every limb, odd and even lengths, and signs.
import test from 'ava';
import { kernelsFor } from './bigint-wasm.js';
import { alloc } from './alloc.js';
import { TypeId } from './layout.js';
import { createRuntime } from './runtime.js';
import { intFromBigInt, intToBigInt, isBigInt } from './int.js';
import { limbBinary, limbCompare } from './bigint-limbs.js';
import { isNull, isSmallInt, type Value } from './value.js';
import * as I from './semantics/int.js';

const heap = createRuntime({ growMinimal: true, initialBytes: 0 });

let seed = 0x9e3779b9;
function rand32(): number {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return seed >>> 0;
}
/** A limb for a pattern: random, all ones (carries run), zero (borrows run), or top-bit only. */
function limb(pattern: number): number {
  switch (pattern) {
    case 0: return rand32();
    case 1: return 0xffffffff;
    case 2: return 0;
    default: return rand32() % 3 === 0 ? 0x80000000 : rand32();
  }
}
function valueOf(u: Uint32Array, at: number, n: number): bigint {
  let r = 0n;
  for (let i = n - 1; i >= 0; i--) r = (r << 32n) | BigInt(u[at + i]);
  return r;
}
/** An n-limb magnitude (top limb nonzero) with the given limb pattern. */
function magnitude(n: number, pattern: number): bigint {
  let r = 0n;
  for (let i = 0; i < n; i++) r = (r << 32n) | BigInt(limb(pattern));
  return r | (1n << BigInt(32 * n - 1));
}

/** The limbs of a fresh heap object of `words` words (no pointers: an int's type), as a word
 *  index into heap.u32: the kernels work on the heap's own memory. */
function scratchWords(words: number): number {
  return (alloc(heap, 16 + 4 * words, TypeId.INT, words) + 16) >>> 2;
}

test('wasm kernels: add, sub, mulSmall and mul match BigInt on raw limbs', (t) => {
  const k = kernelsFor(heap);
  if (k === null) { t.pass('no WebAssembly here: the JS loops cover everything'); return; }
  const base = scratchWords(512);
  for (let trial = 0; trial < 2000; trial++) {
    const xn = 1 + (rand32() % 70), yn = rand32() % (xn + 1), pattern = trial % 4;
    const u = heap.u32, X = base, Y = base + 100, O = base + 200;
    for (let i = 0; i < xn; i++) u[X + i] = limb(pattern);
    for (let i = 0; i < yn; i++) u[Y + i] = limb((pattern + trial) % 4);
    const x = valueOf(u, X, xn), y = valueOf(u, Y, yn);
    const what = `trial ${trial}: ${xn} and ${yn} limbs`;
    u.fill(0xdeadbeef, O, O + 200); // results must not depend on what the output held
    const used = k.add(4 * O, 4 * X, xn, 4 * Y, yn);
    t.is(valueOf(u, O, xn + 1), x + y, `add, ${what}`);
    t.is(used, xn + (u[O + xn] !== 0 ? 1 : 0), `add count, ${what}`);
    if (x >= y) {
      u.fill(0xdeadbeef, O, O + 200);
      k.sub(4 * O, 4 * X, xn, 4 * Y, yn);
      t.is(valueOf(u, O, xn), x - y, `sub, ${what}`);
    }
    const m = limb(pattern) || 1;
    u.fill(0xdeadbeef, O, O + 200);
    const top = k.mulSmall(4 * O, 4 * X, xn, m);
    t.is(valueOf(u, O, xn) + (BigInt(top >>> 0) << BigInt(32 * xn)), x * BigInt(m), `mulSmall by ${m}, ${what}`);
    if (yn > 0) {
      u.fill(0xdeadbeef, O, O + 200);
      k.mul(4 * O, 4 * X, xn, 4 * Y, yn);
      t.is(valueOf(u, O, xn + yn), x * y, `mul, ${what}`);
    }
  }
});

test('wasm kernels: they see the pages the heap grows by after they were instantiated', (t) => {
  const k = kernelsFor(heap);
  if (k === null) { t.pass('no WebAssembly here'); return; }
  const n = 40000; // 160 KB per operand: the heap (growMinimal) grows for each
  const before = heap.byteLength;
  const x = scratchWords(n), y = scratchWords(1), o = scratchWords(n + 1);
  t.true(heap.byteLength > before, 'the heap grew');
  const u = heap.u32;
  for (let i = 0; i < n; i++) u[x + i] = 0xffffffff;
  u[y] = 1;
  t.is(k.add(4 * o, 4 * x, n, 4 * y, 1), n + 1);
  t.is(valueOf(heap.u32, o, n + 1), 1n << BigInt(32 * n));
});

const box = (n: bigint): Value => intFromBigInt(heap, n);
const SIZES = [1, 2, 15, 16, 17, 30, 31, 32, 33, 34, 63, 64, 65, 100];

function check(t: import('ava').ExecutionContext, r: Value, want: bigint, what: string): void {
  t.false(isNull(r), `${what}: handled on the limbs`);
  t.is(intToBigInt(heap, r), want, what);
  const int32 = want >= -(2n ** 31n) && want < 2n ** 31n;
  t.is(isSmallInt(r), int32, `${what}: canonical form`);
  if (!int32) t.true(isBigInt(heap, r), `${what}: a heap int`);
}

test('limbs: + - * of ints on both sides of the Wasm size, all sign combinations', (t) => {
  for (const la of SIZES) {
    for (const lb of SIZES) {
      const pattern = (la + lb) % 4;
      const a = magnitude(la, pattern), b = magnitude(lb, (pattern + 1) % 4);
      for (const [x, y] of [[a, b], [-a, b], [a, -b], [-a, -b], [a, a], [a, -a], [a + 1n, -a]]) {
        const what = `${la}x${lb} limbs, pattern ${pattern}: ${x < 0n ? '-' : '+'}a ${y < 0n ? '-' : '+'}b`;
        check(t, limbBinary(heap, 'add', box(x), box(y)), x + y, `add ${what}`);
        check(t, limbBinary(heap, 'sub', box(x), box(y)), x - y, `sub ${what}`);
        if (la * lb <= 16384) check(t, limbBinary(heap, 'mul', box(x), box(y)), x * y, `mul ${what}`);
        t.is(limbCompare(heap, box(x), box(y)), x < y ? -1 : x > y ? 1 : 0, `compare ${what}`);
      }
    }
  }
});

test('limbs: a carry through every limb and a borrow down to a short result, at Wasm sizes', (t) => {
  for (const n of [31, 32, 33, 64, 65, 200]) {
    const ones = (1n << BigInt(32 * n)) - 1n;
    check(t, limbBinary(heap, 'add', box(ones), box(1n)), ones + 1n, `${n} limbs of ones + 1`);
    check(t, limbBinary(heap, 'add', box(1n), box(ones)), ones + 1n, `1 + ${n} limbs of ones`);
    check(t, limbBinary(heap, 'sub', box(ones + 1n), box(1n)), ones, `2**${32 * n} - 1`);
    check(t, limbBinary(heap, 'sub', box(ones + 5n), box(ones)), 5n, `(ones + 5) - ones: one small limb left`);
    check(t, limbBinary(heap, 'sub', box(ones), box(ones - 2n ** 40n)), 2n ** 40n, 'a two-limb difference');
    check(t, limbBinary(heap, 'mul', box(ones), box(0xffffffffn)), ones * 0xffffffffn, `${n} limbs of ones * (2**32 - 1)`);
    check(t, limbBinary(heap, 'mul', box(-ones), box(3n)), -ones * 3n, `-${n} limbs of ones * 3`);
    if (n * n <= 16384) check(t, limbBinary(heap, 'mul', box(ones), box(ones)), ones * ones, `${n} limbs of ones squared`);
  }
});

test('limbs: // and % with one-limb divisors and quotients at Wasm sizes', (t) => {
  for (const n of [31, 32, 33, 65]) {
    const a = magnitude(n, 0), b = magnitude(n, 3) >> 5n; // a quotient of 5 to 6 bits
    for (const [x, y] of [[a, b], [-a, b], [a, -b], [-a, -b], [a, 7n], [-a, 7n], [a, -0xfffffffbn]]) {
      check(t, limbBinary(heap, 'floordiv', box(x), box(y)), I.floorDiv(x, y), `${n} limbs: ${x} // ${y}`);
      check(t, limbBinary(heap, 'mod', box(x), box(y)), I.mod(x, y), `${n} limbs: ${x} % ${y}`);
    }
  }
});
