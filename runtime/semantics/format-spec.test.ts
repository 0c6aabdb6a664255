import test from 'ava';
import { loadCases, mismatches } from './expected.js';
import { formatFloat } from './format-spec.js';
import { runFormat } from './test-runners.js';

const cases = loadCases('format.json');

test('format() matches CPython 3.13 for float, int, bool and str specs', (t) => {
  t.true(cases.length > 5000);
  t.deepEqual(mismatches(cases, runFormat, 30), []);
});

test('float formatting is exact beyond 17 digits', (t) => {
  t.is(formatFloat(0.1, '.20f'), '0.10000000000000000555');
  t.is(formatFloat(1e300, 'f').length, 308);
  t.is(formatFloat(0.125, '.2f'), '0.12');
});
