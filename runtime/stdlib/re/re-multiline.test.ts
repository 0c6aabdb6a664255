// The CPython 3.13 re table under re.MULTILINE | re.DOTALL (re.test.ts: flags=0; re-ignorecase.test.ts: I).
import test from 'ava';
import { runCases } from './re-cases.js';

test('search/match/fullmatch/findall/finditer/split/sub/subn match CPython (re.M | re.S)', (t) => {
  t.true(runCases(t, (f) => f === (8 | 16)) > 2000);
});
