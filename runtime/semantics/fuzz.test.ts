import test from 'ava';
import { Case, loadCases, mismatches, PyValue } from './expected.js';
import { runFormat, runParse, runStr } from './test-runners.js';

function run(c: Case): PyValue {
  if (c.op.startsWith('parse_')) return runParse(c);
  if (c.op.startsWith('format_')) return runFormat(c);
  return runStr(c);
}

test('random int()/float() texts, format specs and str method calls match CPython 3.13', (t) => {
  const cases = loadCases('fuzz.json');
  t.true(cases.length > 5000);
  t.deepEqual(mismatches(cases, run, 30), []);
});
