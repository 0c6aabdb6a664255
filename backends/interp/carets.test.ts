// Caret markers against CPython 3.13's traceback.StackSummary.format_frame_summary for the span
// of every sub-expression of some snippets (testdata/carets.json, scripts/gen-caret-expected.py):
// anchors for binary operators, subscripts and calls, whole-line spans without carets,
// `x = f(...)`, multi-line spans, non-ASCII and wide characters.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { formatSourceLines } from './carets.js';

const cases = JSON.parse(readFileSync(new URL('./testdata/carets.json', import.meta.url), 'utf8')) as
  { source: string; span: [number, number, number, number]; expected: string }[];

test('every span is marked as CPython 3.13 marks it', (t) => {
  t.true(cases.length > 50);
  const wrong: string[] = [];
  for (const { source, span, expected } of cases) {
    const [line, col, endLine, endCol] = span;
    const got = formatSourceLines(source.split('\n'), { line, col, endLine, endCol });
    if (got !== expected) wrong.push(`${JSON.stringify(source)} ${span}:\n${got}---\n${expected}`);
  }
  t.deepEqual(wrong, []);
});
