// CPython 3.13's traceback text for an uncaught exception: outermost frame first, each entry's
// source lines with CPython's caret markers (carets.ts), and "[Previous line repeated N more
// times]" after three identical entries.

import type { TraceEntry } from '../../runtime/builtins/exceptions.js';
import { COLORS, formatSourceLines } from './carets.js';

let colorize = false;

/** Whether tracebacks are coloured (the CLI decides, with `canColorize`; tests never colour). */
export function setTracebackColor(on: boolean): void {
  colorize = on;
}

/**
 * _colorize.can_colorize: PYTHON_COLORS=0/1 decides, then NO_COLOR disables, FORCE_COLOR
 * enables, TERM=dumb disables, else colour when stderr is a terminal (`stderrIsTTY`).
 */
export function canColorize(env: Record<string, string | undefined>, stderrIsTTY: boolean): boolean {
  if (env.PYTHON_COLORS === '0') return false;
  if (env.PYTHON_COLORS === '1') return true;
  if ('NO_COLOR' in env) return false;
  if ('FORCE_COLOR' in env) return true;
  if (env.TERM === 'dumb') return false;
  return stderrIsTTY;
}

function entryText(e: TraceEntry, lines: string[]): string {
  const span = { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
  const { MAGENTA: M, RESET: R } = COLORS;
  const head = colorize
    ? `  File ${M}"${e.filename}"${R}, line ${M}${e.line}${R}, in ${M}${e.name}${R}\n`
    : `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
  return head + formatSourceLines(lines, span, colorize);
}

/** The exception's last line (_format_final_exc_line), coloured when tracebacks are. */
export function finalLine(pyType: string, message: string): string {
  if (!colorize) return message === '' ? `${pyType}\n` : `${pyType}: ${message}\n`;
  const { BOLD_MAGENTA: B, MAGENTA: M, RESET: R } = COLORS;
  return message === '' ? `${B}${pyType}${R}\n` : `${B}${pyType}${R}: ${M}${message}${R}\n`;
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
  out += finalLine(pyType, message);
  return out;
}
