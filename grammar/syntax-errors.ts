// CPython 3.13's syntax-error reporting for a token stream the main parser rejected.
//
// What CPython does (Parser/pegen.c _PyPegen_run_parser, Parser/pegen_errors.c):
//   1. the first pass fails; remember the last token it fetched. If it raised an error
//      itself (a forced token such as `else` &&':', an action such as mixing bytes and str),
//      that error stands and the second pass does nothing (p->error_indicator is set);
//   2. otherwise re-parse from the start with the invalid_* rules enabled: the first one
//      that matches raises its specific message;
//   3. otherwise report by the first pass's last token: INDENT → "unexpected indent",
//      DEDENT → "unexpected unindent" (final), anything else → "invalid syntax" on it;
//   4. after 1-3 (but not after an unexpected indent/unindent), tokenize the rest of the
//      file: an error the lexer raises itself replaces the parser's, and an unclosed
//      bracket replaces it when the parser's furthest token lies on a later line.
// The parser asks for tokens lazily, so a tokenizer error the parser reaches first is
// raised right there and is final.
//
// The two passes run StmtRecognizer (syntax-errors-stmt.ts), a TypeScript transcription of
// python.gram's rules; see syntax-errors-base.ts for why it is not an Ohm grammar.

import { PySyntaxError } from './errors.js';
import { Raised, TokenCursor } from './syntax-errors-base.js';
import { StmtRecognizer } from './syntax-errors-stmt.js';
import type { Token } from './tokens.js';

/**
 * A tokenizer failure as tokenizePartial() reports it: the tokens before it are passed
 * separately. `deferred`: CPython's lexer only signals it and the parser raises it when it
 * gets there. `insideFstring`: raised inside an f-string, where an earlier parser error wins.
 */
export interface TokenizerFailure {
  /** null: the tokenizer did not fail (then the other fields are ignored). */
  readonly error: PySyntaxError | null;
  readonly deferred: boolean;
  readonly insideFstring: boolean;
}

/**
 * The error CPython 3.13 reports for `source`. `tokens` are the tokenizer's (NL and COMMENT
 * tokens are ignored): the whole stream ending with ENDMARKER, or, with `failure`, the
 * tokens before a tokenizer error. Returns null when the tokens are complete and valid by
 * python.gram — then the caller's parser disagrees with CPython's and must report its own
 * failure.
 */
export function diagnoseSyntaxError(
  source: string, filename: string, tokens: readonly Token[], tokenizer: TokenizerFailure | null = null,
  mode: 'file' | 'eval' = 'file',
): PySyntaxError | null {
  const failure = tokenizer?.error ? (tokenizer as TokenizerFailure & { error: PySyntaxError }) : null;
  // parse.ts passes tokens without NL and COMMENT already: no 10 MB copy in that case.
  const significant = tokens.some((t) => t.kind === 'NL' || t.kind === 'COMMENT')
    ? tokens.filter((t) => t.kind !== 'NL' && t.kind !== 'COMMENT')
    : tokens;
  if (!failure && (significant.length === 0 || significant[significant.length - 1]!.kind !== 'ENDMARKER')) {
    throw new Error('diagnoseSyntaxError: a complete token list must end with ENDMARKER');
  }
  const cursor = new TokenCursor(significant, source, filename, failure ? reportedTokenizerError(failure.error, cursorText(source)) : null);
  const recognizer = new StmtRecognizer(cursor);
  let parserError: PySyntaxError;
  try {
    let lastToken: number;
    try {
      if (recognizer[mode]()) return null;
      lastToken = cursor.fill - 1;
      recognizer.inv = true;
      recognizer[mode]();
      // Step 3.
      const token = cursor.tokens[lastToken]!;
      if (token.kind === 'INDENT') return cursor.atLastFetched('unexpected indent', 'IndentationError').error;
      if (token.kind === 'DEDENT') return cursor.atLastFetched('unexpected unindent', 'IndentationError').error;
      parserError = cursor.knownLocation(lastToken, 'invalid syntax').error;
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      // A tokenizer error reached by the parser is final.
      if (cursor.tokenizerError && e.error === cursor.tokenizerError) return e.error;
      parserError = e.error;
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // The recognizer ran out of JS stack on absurdly deep nesting (e.g. 10,000 unary
    // minus signs). CPython's parser stops at its own depth limit with this message, as a
    // MemoryError; pyx has only the SyntaxError family to report it with.
    const last = significant[Math.max(0, Math.min(cursor.fill, significant.length) - 1)];
    const line = last?.line ?? 1;
    const col = last?.col ?? 0;
    return new PySyntaxError('SyntaxError', 'Parser stack overflowed - Python source too complex to parse',
      filename, line, col + 1, cursor.lineText(line), line, col + 1);
  }
  return failure ? restOfFileCheck(parserError, failure, cursor) : parserError;
}

/** Step 4: what tokenizing the rest of the file does to the parser's error. */
function restOfFileCheck(
  parserError: PySyntaxError, failure: TokenizerFailure & { error: PySyntaxError }, cursor: TokenCursor,
): PySyntaxError {
  if (!failure.deferred) return failure.insideFstring ? parserError : cursor.tokenizerError!;
  if (/^'.' was never closed$/.test(failure.error.msg)) {
    const furthest = cursor.tokens[Math.max(0, Math.min(cursor.fill, cursor.tokens.length) - 1)];
    if (furthest && furthest.line > failure.error.lineno) return cursor.tokenizerError!;
  }
  return parserError;
}

/** Reads lines of the source on demand (for re-texting the tokenizer's error). */
function cursorText(source: string): (lineno: number) => string | null {
  const probe = new TokenCursor([], source, '');
  return (lineno) => probe.lineText(lineno);
}

/**
 * The tokenizer's error as a run of `python3.13 file.py` shows it. "'(' was never closed"
 * is raised by CPython's parser, which reads the line from the file (with its '\n'); the
 * lexer's own errors quote its line buffer, as tokenize() already does.
 */
function reportedTokenizerError(error: PySyntaxError, lineText: (lineno: number) => string | null): PySyntaxError {
  if (!/^'.' was never closed$/.test(error.msg)) return error;
  const text = lineText(error.lineno) ?? error.text;
  return new PySyntaxError(error.type, error.msg, error.filename, error.lineno, error.offset, text, error.endLineno, error.endOffset);
}

/**
 * The hook for grammar/parse.ts: the error to throw when tokenizing or matching failed.
 * `partial` is tokenizePartial()'s result; `ownError` (the parser's own report) is used only
 * when the error pass accepts complete tokens, i.e. when python.ohm and python.gram disagree.
 */
export function syntaxErrorFor(
  source: string,
  filename: string,
  partial: { tokens: readonly Token[]; error: PySyntaxError | null; deferred: boolean; insideFstring: boolean },
  ownError: () => PySyntaxError,
): PySyntaxError {
  return diagnoseSyntaxError(source, filename, partial.tokens, partial) ?? ownError();
}
