import test from 'ava';
import { fixedDigits, significantDigits } from './float-digits.js';

// The toFixed/toPrecision fast paths must agree with the exact BigInt digits (which the
// CPython tables check) on every input, ties included.
test('fast decimal digit paths agree with the exact BigInt paths', (t) => {
  let seed = 99;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values: number[] = [0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123.456, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3];
  for (let i = 0; i < 1500; i++) values.push((rnd() - 0.5) * 10 ** Math.floor((rnd() - 0.5) * 40));
  // Exact ties: small dyadic rationals k / 2**n, which have short decimal expansions.
  for (let i = 0; i < 500; i++) values.push(Math.floor(rnd() * 100000) / 2 ** Math.floor(rnd() * 12));
  const wrong: string[] = [];
  for (const x of values) {
    for (const p of [0, 1, 2, 3, 5, 8, 12, 17, 20]) {
      const f1 = JSON.stringify(fixedDigits(x, p));
      const f2 = JSON.stringify(fixedDigits(x, p, true));
      if (f1 !== f2 && wrong.length < 10) wrong.push(`fixed ${x} ${p}: ${f1} vs ${f2}`);
      if (p === 0) continue;
      const s1 = JSON.stringify(significantDigits(x, p));
      const s2 = JSON.stringify(significantDigits(x, p, true));
      if (s1 !== s2 && wrong.length < 10) wrong.push(`sig ${x} ${p}: ${s1} vs ${s2}`);
    }
  }
  t.deepEqual(wrong, []);
});
