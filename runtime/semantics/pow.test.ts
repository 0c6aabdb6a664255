import test from 'ava';
import { powBig, powCorrectlyRounded } from './pow.js';
import { powDD } from './pow-dd.js';

// A deterministic LCG so the sample is the same on every run.
function* samples(n: number): Generator<[number, number]> {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < n; i++) {
    const x = i % 3 === 0 ? 1 + (next() - 0.5) * 1e-3 : 10 ** ((next() - 0.5) * 40);
    const y = i % 4 === 0 ? (next() - 0.5) * 400 : (next() - 0.5) * 20;
    yield [x, y];
  }
}

test('the double-double fast path agrees with the 160-bit BigInt path whenever it answers', (t) => {
  let answered = 0;
  let inRange = 0;
  const wrong: string[] = [];
  for (const [x, y] of samples(1500)) {
    if (Math.abs(y * Math.log(x)) < 690) inRange++; // results that are normal doubles
    const fast = powDD(x, y);
    if (fast === undefined) continue;
    answered++;
    const slow = powBig(x, y);
    if (slow !== undefined && !Object.is(fast, slow) && wrong.length < 10) wrong.push(`${x} ** ${y}: dd ${fast}, big ${slow}`);
  }
  t.deepEqual(wrong, []);
  t.true(answered >= inRange * 0.99, `fast path answered ${answered} of ${inRange}`);
});

test('known values where V8 Math.pow is an ulp off', (t) => {
  t.is(powCorrectlyRounded(2, 1.5), 2.8284271247461903); // glibc / CPython
  t.is(powCorrectlyRounded(2, -1.5), 0.3535533905932738);
  t.is(powCorrectlyRounded(0.5, -0.5), 1.4142135623730951);
});
