// Tokens, as CPython 3.13's tokenizer produces them (the `tokenize` module's view, with
// PEP 701 f-string tokens). The tokenizer (tokenize.ts) is the only producer; the parser
// (parse.ts) and the error reporter are the consumers.

export type TokenKind =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'NL'
  | 'COMMENT'
  | 'INDENT'
  | 'DEDENT'
  | 'FSTRING_START'
  | 'FSTRING_MIDDLE'
  | 'FSTRING_END'
  | 'ENDMARKER';

/**
 * One token. Invariants: `start <= end` index the source string (UTF-16 offsets) and
 * `source.slice(start, end)` is the token's raw text, except for DEDENT/ENDMARKER (empty)
 * and NEWLINE at end of file without a trailing newline (empty). Lines count from 1.
 * `col`/`endCol` count code points from the start of the line (as CPython's tokenize),
 * `byteCol`/`endByteCol` count UTF-8 bytes (as CPython's AST `col_offset`).
 */
export interface Token {
  readonly kind: TokenKind;
  /** The raw source text (for OP the operator, for NAME the identifier as written). */
  readonly text: string;
  readonly line: number;
  readonly col: number;
  readonly byteCol: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly endByteCol: number;
  readonly start: number;
  readonly end: number;
}
