// Printing a syntax error exactly as CPython 3.13 prints an uncaught one on stderr: the
// behaviour of `traceback.TracebackException._format_syntax_error` (Lib/traceback.py), which
// 3.13's default excepthook uses. Checked byte for byte against tests/errors/*.stderr.
//
// All column arithmetic is in code points, as Python's `str` indexes; JS strings index
// UTF-16 units, so the line is split into code points first (a character outside the BMP,
// e.g. an emoji, is one column for CPython and two units for JS). Wide (East Asian)
// characters get one caret each: 3.13 does not widen carets for syntax errors.

import type { PySyntaxError } from './errors.js';

/** The stderr text CPython 3.13 prints for `error` when it is uncaught (ends with "\n"). */
export function formatSyntaxError(error: PySyntaxError): string {
  const lines: string[] = [];
  lines.push(`  File "${error.filename || '<string>'}", line ${error.lineno}\n`);
  if (error.text !== null) lines.push(...formatSourceLine(error));
  lines.push(`${error.type}: ${error.msg || '<no detail available>'}\n`);
  return lines.join('');
}

/** The quoted source line and, when the error's columns fall inside it, the caret line. */
function formatSourceLine(error: PySyntaxError): string[] {
  const text = Array.from(error.text ?? '');
  const rtext = stripEnd(text, '\n');
  // Only spaces, newlines and form feeds are stripped: a leading tab stays, and the caret
  // line copies it so the carets line up on a terminal with any tab width.
  const ltext = stripStart(rtext, ' \n\f');
  const spaces = rtext.length - ltext.length;
  const quoted = `    ${ltext.join('')}\n`;

  let offset = error.offset;
  let endOffset: number;
  if (error.lineno === error.endLineno) {
    endOffset = error.endOffset === 0 ? offset : error.endOffset;
  } else {
    // A range over several lines is underlined to the end of its first line.
    endOffset = rtext.length + 1;
  }
  // `len(self.text)` counts the trailing newline; an empty text skips the clamping.
  if (text.length > 0 && offset > text.length) offset = rtext.length + 1;
  if (text.length > 0 && endOffset > text.length) endOffset = rtext.length + 1;
  if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;

  const column = offset - 1 - spaces;
  const endColumn = endOffset - 1 - spaces;
  if (column < 0) return [quoted];
  // Python's `ltext[:colno]` clamps at the string's end; Array.slice does the same.
  const caretSpace = ltext
    .slice(0, column)
    .map((c) => (isPythonSpace(c) ? c : ' '))
    .join('');
  return [quoted, `    ${caretSpace}${'^'.repeat(Math.max(0, endColumn - column))}\n`];
}

function stripEnd(chars: string[], set: string): string[] {
  let end = chars.length;
  while (end > 0 && set.includes(chars[end - 1]!)) end--;
  return chars.slice(0, end);
}

function stripStart(chars: string[], set: string): string[] {
  let start = 0;
  while (start < chars.length && set.includes(chars[start]!)) start++;
  return chars.slice(start);
}

// Python's str.isspace(): bidirectional class WS, B or S, or general category Zs. It differs
// from JS's \s (which has U+FEFF but lacks U+001C..U+001F and U+0085).
const PYTHON_SPACES = new Set(
  Array.from(
    '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006' +
      '\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
  ),
);

/** Whether one code point is whitespace by Python's `str.isspace`. */
export function isPythonSpace(char: string): boolean {
  return PYTHON_SPACES.has(char);
}
