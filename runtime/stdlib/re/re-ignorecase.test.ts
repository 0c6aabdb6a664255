// The CPython 3.13 re table under re.IGNORECASE (re.test.ts: flags=0; re-multiline.test.ts: M|S).
import test from 'ava';
import { runCases } from './re-cases.js';

test('search/match/fullmatch/findall/finditer/split/sub/subn match CPython (re.I)', (t) => {
  t.true(runCases(t, (f) => f === 2) > 2000);
});
