// CPython 3.13's traceback text for an uncaught exception: outermost frame first, the source
// line stripped, `^^^` under the failing expression when it does not span the whole line,
// and "[Previous line repeated N more times]" after three identical entries.

import type { TraceEntry } from '../../runtime/builtins/exceptions.js';

function byteToCharCol(line: string, byteCol: number): number {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.slice(0, byteCol)).length;
}

function entryText(e: TraceEntry, lines: string[]): string {
  let out = `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
  const raw = lines[e.line - 1];
  if (raw === undefined) return out;
  const stripped = raw.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  if (e.col >= 0 && e.endLine === e.line) {
    const indent = raw.length - raw.trimStart().length;
    const start = byteToCharCol(raw, e.col) - indent;
    const end = byteToCharCol(raw, e.endCol) - indent;
    if (start > 0 || end < stripped.length) out += `    ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}\n`;
  }
  return out;
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
