// Python's SyntaxError family as pyx reports it: the same fields as CPython's exception
// object, formatted by formatSyntaxError() exactly as CPython 3.13 prints an uncaught one.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A Python syntax error. Positions are CPython's: `lineno` from 1, `offset` and
 * `endOffset` are 1-based code-point columns into `text` (the offending source line).
 * `endOffset` 0 or equal to `offset` means a single caret.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number = lineno,
    readonly endOffset: number = 0,
  ) {
    super(`${type}: ${msg}`);
  }
}
