import test from 'ava';
import { loadCases, mismatches } from './expected.js';
import { formatFloat, formatInt, formatStr } from './format-spec.js';
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

test('absurd widths and precisions give Python errors, not JS RangeErrors or hangs', (t) => {
  t.is(formatFloat(1.5, '.2000f').length, 2002); // digits past 1074 are zeros
  t.is(formatFloat(5e-324, '.1100e').slice(0, 12), '4.9406564584');
  t.throws(() => formatFloat(1.5, '.3000000000f'), { message: 'precision too big' });
  t.throws(() => formatFloat(1.5, '2000000000'), { name: 'MemoryError' });
  t.throws(() => formatStr('a', '>2000000000'), { name: 'MemoryError' });
  t.throws(() => formatInt(1n, '2000000000'), { name: 'MemoryError' });
});
