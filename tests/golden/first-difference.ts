// Where two long dumps first differ, shown as short excerpts: a full diff of a 100 KB
// one-line ast.dump is unreadable, the first divergence is what one fixes first.

/** Invariant: `index` is the first offset where the texts differ (-1 when equal). */
export interface Difference {
  readonly index: number;
  readonly actual: string;
  readonly expected: string;
}

export function firstDifference(actual: string, expected: string, context = 60): Difference {
  if (actual === expected) return { index: -1, actual: '', expected: '' };
  let index = 0;
  const limit = Math.min(actual.length, expected.length);
  while (index < limit && actual.charCodeAt(index) === expected.charCodeAt(index)) index++;
  const start = Math.max(0, index - context);
  const excerpt = (text: string) =>
    (start > 0 ? '…' : '') + text.slice(start, index + context) + (index + context < text.length ? '…' : '');
  return { index, actual: excerpt(actual), expected: excerpt(expected) };
}

/** A two-line report: "at offset N\n  pyx:     …\n  CPython: …". */
export function describeDifference(difference: Difference): string {
  return `at offset ${difference.index}\n  pyx:     ${difference.actual}\n  CPython: ${difference.expected}`;
}
