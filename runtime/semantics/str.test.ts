import test from 'ava';
import { loadCases, mismatches, none, tuple } from './expected.js';
import { runStr } from './test-runners.js';

const cases = loadCases('str.json');

test('str methods match CPython 3.13 (code-point exact, Unicode 15.1 tables)', (t) => {
  t.true(cases.length > 10000);
  t.deepEqual(mismatches(cases, runStr, 30), []);
  t.is(none.t, 'none');
  t.is(tuple().t, 'tuple');
});
