// CPython 3.13's traceback text for an uncaught exception: outermost frame first, each entry's
// source lines with CPython's caret markers (carets.ts), and "[Previous line repeated N more
// times]" after three identical entries.

import type { TraceEntry } from '../../runtime/builtins/exceptions.js';
import { formatSourceLines } from './carets.js';

function entryText(e: TraceEntry, lines: string[]): string {
  const span = { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
  return `  File "${e.filename}", line ${e.line}, in ${e.name}\n` + formatSourceLines(lines, span);
}

/** The source text of a traceback entry's file (undefined: no source lines are shown). */
export type SourceLookup = (filename: string) => string | undefined;

/** `source`: the one file every entry is in, or a lookup by each entry's filename. */
export function formatTraceback(entries: readonly TraceEntry[], source: string | SourceLookup, pyType: string, message: string): string {
  const split = new Map<string, string[]>();
  const linesOf = (filename: string): string[] => {
    let lines = split.get(filename);
    if (lines === undefined) {
      const text = typeof source === 'string' ? source : source(filename);
      lines = text === undefined ? [] : text.split(/\r\n|\r|\n/);
      split.set(filename, lines);
    }
    return lines;
  };
  let out = 'Traceback (most recent call last):\n';
  const ordered = [...entries].reverse();
  let last = '';
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const e of ordered) {
    const key = `${e.filename}:${e.line}:${e.name}`;
    if (key === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flushRepeats();
      last = key;
      repeats = 1;
    }
    out += entryText(e, linesOf(e.filename));
  }
  flushRepeats();
  out += message === '' ? `${pyType}\n` : `${pyType}: ${message}\n`;
  return out;
}
