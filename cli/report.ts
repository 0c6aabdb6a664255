// How the CLI prints a Python syntax error: the one place to wire the error engineer's
// formatter (grammar/error-format.ts) into every subcommand.

import type { PySyntaxError } from '../grammar/errors.js';

/**
 * The text CPython 3.13 prints to stderr for an uncaught SyntaxError (ends with "\n").
 * Until grammar/error-format.ts lands this is a minimal rendering of the same layout
 * (File/line header, the source line, one caret, "Type: message"); replacing the body
 * with `return formatSyntaxError(error)` is the whole switch-over.
 */
export function syntaxErrorText(error: PySyntaxError): string {
  let text = `  File "${error.filename}", line ${error.lineno}\n`;
  if (error.text !== null) {
    const line = error.text.replace(/\r?\n$/, '');
    const stripped = line.trimStart();
    const column = Math.max(0, error.offset - 1 - (line.length - stripped.length));
    text += `    ${stripped}\n    ${' '.repeat(column)}^\n`;
  }
  return `${text}${error.type}: ${error.msg}\n`;
}
