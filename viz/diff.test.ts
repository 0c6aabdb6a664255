import test from 'ava';
import { diffLines, unifiedDiff } from './diff.js';

test('diffLines: shortest script, deletions before insertions', (t) => {
  const script = diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
  t.deepEqual(script.map((l) => l.tag + l.text), [' a', '-b', '+x', ' c', ' d', '+e']);
  t.deepEqual(diffLines([], ['a']).map((l) => l.tag + l.text), ['+a']);
  t.deepEqual(diffLines(['a'], []).map((l) => l.tag + l.text), ['-a']);
  t.deepEqual(diffLines([], []), []);
});

test('unifiedDiff: GNU diff -u hunks', (t) => {
  const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
  const afterLines = before.trimEnd().split('\n');
  afterLines[1] = 'changed 2';
  afterLines.splice(15, 1);
  const after = afterLines.join('\n') + '\n';
  // Expected text produced by GNU diffutils: diff -u on the same two files.
  t.is(unifiedDiff(before, after, 'a', 'b'), [
    '--- a', '+++ b',
    '@@ -1,5 +1,5 @@', ' line 1', '-line 2', '+changed 2', ' line 3', ' line 4', ' line 5',
    '@@ -13,7 +13,6 @@', ' line 13', ' line 14', ' line 15', '-line 16', ' line 17', ' line 18', ' line 19', '',
  ].join('\n'));
  t.is(unifiedDiff(before, before, 'a', 'b'), '');
});
