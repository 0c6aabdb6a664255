// BigInt <-> limbs conversion (runtime/bigint-convert.ts through int.ts): every limb count up to
// past the doubling blocks' boundaries, odd and even, both signs, read back from the limbs
// themselves (the address -> BigInt cache cleared first).
import test from 'ava';
import { createRuntime } from './runtime.js';
import { intFromBigInt, intToBigInt, isBigInt } from './int.js';
import { loOf } from './value.js';

// growMinimal: every new page replaces the views, so a view held across an allocation fails here.
const heap = createRuntime({ growMinimal: true, initialBytes: 0 });

let seed = 0x9e3779b9;
function rand32(): number {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return seed >>> 0;
}

/** A magnitude of exactly `limbs` limbs (top limb nonzero), and its limbs low first. */
function magnitude(limbs: number, pattern: 'random' | 'ones' | 'top-only'): { n: bigint; words: number[] } {
  const words: number[] = [];
  for (let i = 0; i < limbs; i++) {
    words.push(pattern === 'ones' ? 0xffffffff : pattern === 'top-only' ? (i === limbs - 1 ? 1 : 0) : rand32());
  }
  if (words[limbs - 1] === 0) words[limbs - 1] = 1;
  let n = 0n;
  for (let i = limbs - 1; i >= 0; i--) n = (n << 32n) | BigInt(words[i]);
  return { n, words };
}

const COUNTS: number[] = [];
for (let l = 3; l <= 70; l++) COUNTS.push(l);
COUNTS.push(95, 96, 97, 111, 112, 113, 240, 241, 257, 1000, 1001, 3001);

test('BigInt -> limbs -> BigInt round-trips at every size, with the limbs laid out as int.ts says', (t) => {
  for (const limbs of COUNTS) {
    for (const pattern of ['random', 'ones', 'top-only'] as const) {
      const { n, words } = magnitude(limbs, pattern);
      for (const v of [n, -n]) {
        const boxed = intFromBigInt(heap, v);
        t.true(isBigInt(heap, boxed));
        const a = loOf(boxed) >>> 0;
        t.is(heap.i32[(a >>> 2) + 1], limbs, `limb count of a ${limbs}-limb ${pattern} value`);
        t.is(heap.i32[(a >>> 2) + 2], v < 0n ? -1 : 1);
        const at = (a + 16) >>> 2;
        t.deepEqual(Array.from(heap.u32.subarray(at, at + limbs)), words, `limbs of a ${limbs}-limb ${pattern} value`);
        heap.intCache.clear(); // read the limbs, not the cached BigInt
        t.is(intToBigInt(heap, boxed), v, `${limbs}-limb ${pattern} value read back`);
      }
    }
  }
});

test('values near int32 and 2**53 keep their canonical small or one/two-limb forms', (t) => {
  for (const v of [2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 31n) - 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 64n - 1n, 2n ** 64n]) {
    const boxed = intFromBigInt(heap, v);
    heap.intCache.clear();
    t.is(intToBigInt(heap, boxed), v);
    t.is(isBigInt(heap, boxed), v >= 2n ** 31n || v < -(2n ** 31n));
  }
});
