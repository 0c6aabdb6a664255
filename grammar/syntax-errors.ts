// CPython 3.13's syntax-error reporting for a token stream the main parser rejected.
//
// What CPython does (Parser/pegen.c _PyPegen_run_parser, Parser/pegen_errors.c):
//   1. the first pass fails; remember the last token it fetched;
//   2. re-parse from the start with the invalid_* rules enabled: the first one that
//      matches raises its specific message;
//   3. otherwise report by the first pass's last token: INDENT → "unexpected indent",
//      DEDENT → "unexpected unindent", anything else → "invalid syntax" on that token.
// Errors the tokenizer finds anywhere in the file win over all of these; pyx's tokenizer
// reads the whole file before parsing, so they never reach this module.
//
// The two passes run StmtRecognizer (syntax-errors-stmt.ts), a TypeScript transcription of
// python.gram's rules; see syntax-errors-base.ts for why it is not an Ohm grammar.

import { PySyntaxError } from './errors.js';
import { Raised, TokenCursor } from './syntax-errors-base.js';
import { StmtRecognizer } from './syntax-errors-stmt.js';
import type { Token } from './tokens.js';

/**
 * The error CPython 3.13 reports for `source`, given its tokens (as tokenize() returns
 * them; NL and COMMENT tokens are ignored, the list must end with ENDMARKER). Returns null
 * when the error pass finds the tokens valid — then the caller's own parser disagrees with
 * python.gram, and it must report its own failure.
 */
export function diagnoseSyntaxError(source: string, filename: string, tokens: readonly Token[]): PySyntaxError | null {
  // parse.ts passes tokens without NL and COMMENT already: no 10 MB copy in that case.
  const significant = tokens.some((t) => t.kind === 'NL' || t.kind === 'COMMENT')
    ? tokens.filter((t) => t.kind !== 'NL' && t.kind !== 'COMMENT')
    : tokens;
  if (significant.length === 0 || significant[significant.length - 1]!.kind !== 'ENDMARKER') {
    throw new Error('diagnoseSyntaxError: the token list must end with ENDMARKER');
  }
  const cursor = new TokenCursor(significant, source, filename);
  const recognizer = new StmtRecognizer(cursor);
  try {
    // First pass. An error raised here (a forced token such as &&':', or an action such as
    // string concatenation) stays set, but the second pass still runs and any error it
    // raises replaces the first one.
    let firstError: PySyntaxError | null = null;
    try {
      if (recognizer.file()) return null;
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      firstError = e.error;
    }
    const lastToken = cursor.fill - 1;
    recognizer.inv = true;
    try {
      recognizer.file();
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      return e.error;
    }
    return firstError ?? genericError(cursor, lastToken);
  } catch (e) {
    if (e instanceof RangeError) {
      // The recognizer ran out of JS stack on absurdly deep nesting (e.g. 10,000 unary
      // minus signs). CPython's parser stops at its own depth limit with this message, as a
      // MemoryError; pyx has only the SyntaxError family to report it with.
      const last = significant[Math.max(0, cursor.fill - 1)]!;
      return new PySyntaxError('SyntaxError', 'Parser stack overflowed - Python source too complex to parse',
        filename, last.line, last.col + 1, cursor.lineText(last.line), last.line, last.col + 1);
    }
    throw e;
  }
}

/** Step 3 above: the message by the kind of the first pass's last token. */
function genericError(cursor: TokenCursor, lastToken: number): PySyntaxError {
  const token = cursor.tokens[lastToken]!;
  if (token.kind === 'INDENT') return cursor.atLastFetched('unexpected indent', 'IndentationError').error;
  if (token.kind === 'DEDENT') return cursor.atLastFetched('unexpected unindent', 'IndentationError').error;
  return cursor.knownLocation(lastToken, 'invalid syntax').error;
}

/**
 * The hook for grammar/parse.ts: the error to throw when the main grammar rejected
 * `tokens` (a failed match, or a token with no class such as `$`). It is CPython's
 * diagnosis of the whole file; `ownError` (the parser's own report) is used only when the
 * error pass accepts the tokens, i.e. when python.ohm and python.gram disagree.
 */
export function syntaxErrorFor(
  source: string, filename: string, tokens: readonly Token[], ownError: () => PySyntaxError,
): PySyntaxError {
  return diagnoseSyntaxError(source, filename, tokens) ?? ownError();
}
