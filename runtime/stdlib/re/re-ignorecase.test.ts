// The CPython 3.13 re table under re.IGNORECASE (re.test.ts: flags=0; re-multiline.test.ts: M|S).
import test from 'ava';
import { compile, escape } from './index.js';
import { data, runCases } from './re-cases.js';

test('search/match/fullmatch/findall/finditer/split/sub/subn match CPython (re.I)', (t) => {
  t.true(runCases(t, (f) => f === 2) > 2000);
});

test('IGNORECASE relates exactly the characters sre folds together (literal and in a set)', (t) => {
  const bad: string[] = [];
  for (const [a, b, lit, cls] of data.icase as [string, string, number, number][]) {
    const g1 = compile('(?i)' + escape(a)).fullmatch(b) !== null;
    const g2 = compile('(?i)[' + escape(a) + ']').fullmatch(b) !== null;
    if (g1 !== (lit === 1) || g2 !== (cls === 1)) bad.push(`U+${a.codePointAt(0)!.toString(16)} ~ U+${b.codePointAt(0)!.toString(16)}`);
  }
  t.deepEqual(bad, []);
  t.true(data.icase.length > 3000);
});
