// The CPython 3.13 re table under IGNORECASE and MULTILINE|DOTALL (re.test.ts: flags=0).
import test from 'ava';
import { runCases } from './re-cases.js';

test('search/match/fullmatch/findall/finditer/split/sub/subn match CPython (flags I, M|S)', (t) => {
  t.true(runCases(t, (f) => f !== 0) > 4000);
});
