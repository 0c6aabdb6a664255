import test from 'ava';
import { describeDifference, firstDifference } from './first-difference.js';

test('equal texts have no difference', (t) => {
  t.is(firstDifference('abc', 'abc').index, -1);
});

test('the first differing offset, with context on both sides', (t) => {
  const difference = firstDifference('Name(id=1, col_offset=4)', 'Name(id=1, col_offset=5)', 5);
  t.is(difference.index, 22);
  t.is(difference.actual, '…fset=4)');
  t.is(difference.expected, '…fset=5)');
  t.is(describeDifference(difference), 'at offset 22\n  pyx:     …fset=4)\n  CPython: …fset=5)');
});

test('a prefix differs where the shorter text ends', (t) => {
  const difference = firstDifference('abc', 'abcdef', 2);
  t.is(difference.index, 3);
  t.is(difference.actual, '…bc');
  t.is(difference.expected, '…bcde…');
});
