// How the CLI prints a Python syntax error: the one place where every subcommand gets its
// stderr text for a PySyntaxError.

import { formatSyntaxError } from '../grammar/error-format.js';
import type { PySyntaxError } from '../grammar/errors.js';

/** The text CPython 3.13 prints to stderr for an uncaught SyntaxError (ends with "\n"). */
export function syntaxErrorText(error: PySyntaxError): string {
  return formatSyntaxError(error);
}
