// The tokenizer: source text → the token stream of CPython 3.13's `tokenize` module
// (kinds, texts, start/end line and column), with CPython's tokenizer errors as thrown
// PySyntaxError. Its control flow follows CPython's Parser/lexer/lexer.c (normal mode and
// PEP 701 f-string mode on a stack) so that the corner cases fall out the same way; it reads
// UTF-16 code units with charCodeAt and never allocates per character.
//
// Where pyx differs from the `tokenize` module, on purpose:
// - A lone `\r` ends a line (as `compile()` does after newline translation); the module,
//   fed untranslated text, would glue it into an OP token. NEWLINE/NL text is the raw line
//   end ('\n', '\r\n' or '\r'), or '' for the newline CPython implies at end of file.
// - FSTRING_MIDDLE text is always the raw source slice `source.slice(start, end)`. For `{{`
//   and `}}` CPython's lexer ends the token after the first brace and resumes after the
//   second, so the module shows 'a{' for `a{{`; pyx emits exactly the same split, which
//   means a FSTRING_MIDDLE's text never contains a doubled brace and the parser only has to
//   decode backslash escapes.
// - Errors are those `compile()` reports (the parser-mode lexer), not the module's more
//   lenient extra-tokens mode: e.g. `0777`, `1abc` and `)` with nothing open are errors.
//   Errors CPython's parser raises on the lexer's behalf (unclosed brackets, unexpected EOF,
//   IndentationError, TabError, continuation errors) come with the parser's text and offsets;
//   tokenizePartial() tells the parser which kind an error is, so it can order errors as
//   CPython does.
// - A leading U+FEFF is a UTF-8 file's BOM and is skipped, as CPython does when it reads a
//   file (compile() of a str would report it as an invalid non-printable character).
// - A NUL anywhere gives compile()'s location-less "source code string cannot contain null
//   bytes" (lineno 0 here for CPython's None).
// - Lone surrogates cannot come from UTF-8 and CPython cannot even encode such a source;
//   pyx accepts them inside literals and comments and reports them elsewhere as invalid
//   non-printable characters.
// Identifiers and printability use CPython 3.13's own Unicode 15.1 tables
// (tokenize-unicode.ts), not the JS regex classes of Node's newer Unicode.

import { PySyntaxError } from './errors.js';
import type { Token } from './tokens.js';
import {
  hex4, isDigit, isPotentialIdentifierChar, isPotentialIdentifierStart, isPrintable,
  isXidContinue, isXidStart,
} from './tokenize-chars.js';
import {
  MAXINDENT, MAXLEVEL, TABSIZE, type Mode, type TokenizeOptions,
} from './tokenize-core.js';
import { FstringLexer } from './tokenize-fstring.js';

export type { TokenizeOptions, TokenizeWarning } from './tokenize-core.js';

/**
 * Tokenize `source` as CPython 3.13's `tokenize.generate_tokens` does (see the file
 * comment for the documented differences). Throws PySyntaxError (SyntaxError,
 * IndentationError or TabError) with the fields `compile(source, filename, 'exec')`
 * reports for tokenizer-level errors; never any other exception.
 */
export function tokenize(source: string, filename = '<string>', options: TokenizeOptions = {}): Token[] {
  const lexer = new Lexer(source, filename, options.comments !== false, options.warnings ?? null);
  lexer.run();
  return lexer.tokens;
}

/**
 * What the tokenizer produced up to its first error. Invariant: `error` is null exactly
 * when `tokens` is the whole stream (ending with ENDMARKER); `deferred` and
 * `insideFstring` are false when `error` is null.
 */
export interface PartialTokens {
  readonly tokens: Token[];
  readonly error: PySyntaxError | null;
  /**
   * How CPython surfaces `error`. false: the lexer raises it itself (strings, numbers,
   * characters, brackets, f-strings); it reaches the user even when the parser has already
   * failed on an earlier token with a generic "invalid syntax", because CPython then
   * tokenizes the rest of the file looking for such errors — but not when the parser
   * failed with an IndentationError ("unexpected indent"/"unexpected unindent"), which
   * wins. true: the lexer only signals it and the parser raises it if it gets that far
   * (unexpected EOF, '(' was never closed, unindent mismatch, TabError, too many levels of
   * indentation, unexpected character after line continuation character); an earlier
   * parser error wins — except that CPython still reports "'(' was never closed" when
   * the parser's generic error lies on a later line than that bracket.
   */
  readonly deferred: boolean;
  /**
   * The error was raised inside an f-string (literal part or replacement field). CPython
   * then keeps an earlier parser error instead, even for a lexer-raised (`deferred`
   * false) error.
   */
  readonly insideFstring: boolean;
}

/**
 * Like tokenize(), but returns the tokens before the first error together with the error
 * instead of throwing, so that a parser can pick the error CPython would report.
 */
export function tokenizePartial(
  source: string, filename = '<string>', options: TokenizeOptions = {},
): PartialTokens {
  const lexer = new Lexer(source, filename, options.comments !== false, options.warnings ?? null);
  try {
    lexer.run();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return {
      tokens: lexer.tokens, error: e, deferred: lexer.deferredError,
      insideFstring: lexer.fstringDepth > 0,
    };
  }
  return { tokens: lexer.tokens, error: null, deferred: false, insideFstring: false };
}

class Lexer extends FstringLexer {
  run(): void {
    const s = this.s;
    const nul = s.indexOf('\0');
    if (nul >= 0) this.nullByteError();
    while (!this.done) {
      const mode = this.modes[this.modes.length - 1];
      if (mode.regular) this.normalMode(mode);
      else this.fstringMode(mode);
    }
  }

  // --- Normal mode ---

  /** After a backslash: consume `\r?\n`, or fail as CPython's tok_continuation_line. */
  private continuation(): void {
    const s = this.s;
    let c = s.charCodeAt(this.pos);
    if (c === 13) {
      if (s.charCodeAt(this.pos + 1) === 10) this.pos++;
      c = 10;
    }
    if (c !== 10) {
      // CPython counts from its line buffer to just past the offending character.
      const bytes = this.utf8Length(Math.min(this.bufStart, this.lineStart), Math.min(this.pos + 1, this.n));
      this.parserError('SyntaxError', 'unexpected character after line continuation character', this.lineNo, this.lineStart, bytes, 0);
    }
    this.pos++;
    this.lineNo++;
    this.lineStart = this.pos;
    if (this.pos >= this.s.length) this.unexpectedEof();
  }

  /** Indentation at the start of a logical line (CPython's `atbol` block). */
  private indentation(): void {
    const s = this.s;
    this.atBol = false;
    let col = 0;
    let alt = 0;
    let contCol = 0;
    let c: number;
    // At the end of file CPython reads no further line, so its buffer stays where it was.
    if (this.pos < s.length) this.bufStart = this.lineStart;
    for (;;) {
      c = s.charCodeAt(this.pos);
      if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        alt++;
      } else if (c === 12) {
        col = alt = 0;
      } else if (c === 92) {
        // Only the first backslash decides the indentation of what follows.
        contCol = contCol || col;
        this.pos++;
        this.continuation();
        this.bufStart = this.lineStart;
        continue;
      } else break;
      this.pos++;
    }
    this.blankLine = c === 35 || c === 10 || c === 13;
    if (this.blankLine || this.level !== 0) return;
    if (contCol) col = alt = contCol;
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (alt !== this.altIndents[top]) this.tabError();
    } else if (col > this.indents[top]) {
      if (top + 1 >= MAXINDENT) {
        this.parserError('IndentationError', 'too many levels of indentation', this.lineNo, this.lineStart, 1, 0);
      }
      if (alt <= this.altIndents[top]) this.tabError();
      this.pendingIndents++;
      this.indents.push(col);
      this.altIndents.push(alt);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.pendingIndents--;
        this.indents.pop();
        this.altIndents.pop();
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // CPython points just past the line's '\n'.
        const text = this.lineText(this.lineStart);
        const bytes = this.utf8Length(this.lineStart, this.lineStart + text.length) + 1;
        this.parserError('IndentationError', 'unindent does not match any outer indentation level', this.lineNo, this.lineStart, bytes, -1);
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
  }

  private tabError(): never {
    this.parserError('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineNo, this.lineStart, 1, 0);
  }

  protected normalMode(mode: Mode): void {
    const s = this.s;
    if (this.atBol) this.indentation();
    if (this.pendingIndents !== 0) {
      if (this.pendingIndents < 0) {
        this.pendingIndents++;
        if (this.pos >= s.length) this.pushTrailing('DEDENT');
        else this.push('DEDENT', this.pos, this.lineNo, this.lineStart);
      } else {
        this.pendingIndents--;
        this.push('INDENT', this.lineStart, this.lineNo, this.lineStart);
      }
      return;
    }
    let c: number;
    for (;;) {
      // Skip spaces, then look at one character (the `again:` loop of CPython).
      c = s.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++this.pos);
      if (c === 92) {
        // Backslash continuation: the logical line goes on.
        this.pos++;
        this.continuation();
        continue;
      }
      break;
    }
    const start = this.pos;
    if (c === 35) {
      let p = this.pos + 1;
      for (;;) {
        const d = s.charCodeAt(p);
        if (d === 10 || d === 13 || p >= s.length) break;
        p++;
      }
      this.pos = p;
      if (this.keepComments) this.pushHere('COMMENT', start);
      return;
    }
    if (this.pos >= s.length) {
      if (this.level > 0) this.neverClosed();
      this.pushTrailing('ENDMARKER');
      this.done = true;
      return;
    }
    if (isPotentialIdentifierStart(c)) {
      this.nameOrString(start, c);
      return;
    }
    if (c === 10 || c === 13) {
      this.pos = c === 13 && s.charCodeAt(start + 1) === 10 ? start + 2 : start + 1;
      this.atBol = true;
      this.pushNewline(this.blankLine || this.level > 0 ? 'NL' : 'NEWLINE', start);
      this.lineNo++;
      this.lineStart = this.pos;
      return;
    }
    if (c === 46) {
      const d = s.charCodeAt(this.pos + 1);
      if (isDigit(d)) {
        this.number(start);
        return;
      }
      this.pos += d === 46 && s.charCodeAt(this.pos + 2) === 46 ? 3 : 1;
      this.pushHere('OP', start);
      return;
    }
    if (isDigit(c)) {
      this.number(start);
      return;
    }
    if (c === 34 || c === 39) {
      this.string(start, start);
      return;
    }
    this.operator(mode, start, c);
  }


  // --- Names and strings ---

  private nameOrString(start: number, c: number): void {
    const s = this.s;
    // String prefixes: any order of b/r, u alone, f/r; never b with u or f.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    let p = start;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = s.charCodeAt(++p);
      if (c === 34 || c === 39) {
        if (sawF) this.fstringStart(start, p, sawR);
        else this.string(start, p);
        return;
      }
    }
    let nonAscii = false;
    while (isPotentialIdentifierChar(c)) {
      if (c >= 128) nonAscii = true;
      c = s.charCodeAt(++p);
    }
    if (nonAscii) this.verifyIdentifier(start, p);
    this.pos = p;
    this.pushHere('NAME', start);
  }

  /** PEP 3131 check of the identifier at [start, end), as CPython's verify_identifier. */
  private verifyIdentifier(start: number, end: number): void {
    const s = this.s;
    let i = start;
    let first = true;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      const next = i + (cp > 0xffff ? 2 : 1);
      if (first ? !isXidStart(cp) : !isXidContinue(cp)) {
        this.pos = next;
        const msg = isPrintable(cp)
          ? `invalid character '${String.fromCodePoint(cp)}' (U+${hex4(cp)})`
          : `invalid non-printable character U+${hex4(cp)}`;
        this.error(msg, next);
      }
      first = false;
      i = next;
    }
  }

  /** A string literal; `start` is its first prefix letter or quote, `q` its quote. */
  private string(start: number, q: number): void {
    const s = this.s;
    const len = s.length;
    const quote = s.charCodeAt(q);
    const firstLine = this.lineNo;
    const firstLineStart = this.lineStart;
    let p = q + 1;
    let quoteSize = 1;
    let endQuotes = 0;
    if (s.charCodeAt(p) === quote) {
      if (s.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuotes = 1; // the empty string
        p++;
      }
    }
    let escapedQuote = false;
    while (endQuotes !== quoteSize) {
      if (p >= len) {
        this.pos = p;
        this.unterminatedString(start, quote, firstLine, firstLineStart, quoteSize, escapedQuote);
      }
      let c = s.charCodeAt(p++);
      if (c === quote) {
        endQuotes++;
        continue;
      }
      endQuotes = 0;
      if (c === 92) {
        if (p >= len) continue; // the end of file is reported on the next round
        c = s.charCodeAt(p++);
        if (c === quote) escapedQuote = true;
      } else if (quoteSize === 1 && (c === 10 || c === 13)) {
        this.pos = p - 1;
        this.unterminatedString(start, quote, firstLine, firstLineStart, quoteSize, escapedQuote);
      }
      if (c === 10 || c === 13) {
        if (c === 13 && s.charCodeAt(p) === 10) p++;
        this.lineNo++;
        this.lineStart = p;
      }
    }
    this.pos = p;
    this.push('STRING', start, firstLine, firstLineStart);
  }

  private unterminatedString(
    start: number, quote: number, line: number, lineStart: number, quoteSize: number, escapedQuote: boolean,
  ): never {
    const detected = this.detectedLine();
    if (this.modes.length > 1) {
      // A string inside an f-string's expression that stops where the f-string's own
      // quote is: really a replacement field missing its '}'.
      const m = this.modes[this.modes.length - 1];
      if (m.quote === quote && m.quoteSize === quoteSize) {
        this.error("f-string: expecting '}'", start + 1, line, lineStart);
      }
    }
    const msg = quoteSize === 3
      ? `unterminated triple-quoted string literal (detected at line ${detected})`
      : escapedQuote
        ? `unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`
        : `unterminated string literal (detected at line ${detected})`;
    this.error(msg, start + 1, line, lineStart);
  }

  // --- Operators and brackets ---

  private operator(mode: Mode, start: number, c: number): void {
    const s = this.s;
    const inFstring = this.modes.length > 1;
    if (inFstring && mode.exprStartDepth >= 0 && c === 58) {
      // A `:` at the replacement field's own level starts its format spec.
      if (mode.curlyDepth - 1 === mode.exprStartDepth) {
        mode.regular = false;
        mode.inFormatSpec = true;
        this.pos = start + 1;
        this.pushHere('OP', start);
        return;
      }
    }
    const width = operatorWidth(c, s.charCodeAt(start + 1), s.charCodeAt(start + 2));
    if (width > 1) {
      this.pos = start + width;
      this.pushHere('OP', start);
      return;
    }
    this.pos = start + 1;
    if (c === 40 || c === 91 || c === 123) {
      if (this.level >= MAXLEVEL) this.error('too many nested parentheses', this.pos);
      this.parenChar[this.level] = c;
      this.parenLine[this.level] = this.lineNo;
      this.parenLineStart[this.level] = this.lineStart;
      this.parenIndex[this.level] = start;
      this.level++;
      if (inFstring) mode.curlyDepth++;
    } else if (c === 41 || c === 93 || c === 125) {
      this.closeBracket(mode, c, inFstring);
    } else if (c < 0x20 || c === 0x7f) {
      this.error(`invalid non-printable character U+${hex4(c)}`, this.pos);
    }
    this.pushHere('OP', start);
  }

  private closeBracket(mode: Mode, c: number, inFstring: boolean): void {
    const ch = String.fromCharCode(c);
    if (inFstring && mode.curlyDepth === 0 && c === 125) {
      this.error("f-string: single '}' is not allowed", this.pos);
    }
    if (this.level === 0) this.error(`unmatched '${ch}'`, this.pos);
    this.level--;
    const opening = this.parenChar[this.level];
    if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
      if (inFstring && opening === 123 && mode.curlyDepth - 1 === mode.exprStartDepth) {
        this.error(`f-string: unmatched '${ch}'`, this.pos);
      }
      const open = String.fromCharCode(opening);
      const line = this.parenLine[this.level];
      this.error(
        line !== this.lineNo
          ? `closing parenthesis '${ch}' does not match opening parenthesis '${open}' on line ${line}`
          : `closing parenthesis '${ch}' does not match opening parenthesis '${open}'`,
        this.pos,
      );
    }
    if (inFstring) {
      mode.curlyDepth--;
      if (mode.curlyDepth < 0) this.error(`f-string: unmatched '${ch}'`, this.pos);
      if (c === 125 && mode.curlyDepth === mode.exprStartDepth) {
        // The replacement field is complete: back to the f-string's literal text.
        mode.exprStartDepth--;
        mode.regular = false;
        mode.inFormatSpec = false;
      }
    }
  }
}

/** Length of the operator starting with c, c2, c3 (CPython's _PyToken_Two/ThreeChars). */
function operatorWidth(c: number, c2: number, c3: number): number {
  switch (c) {
    case 33: // !
    case 37: // %
    case 38: // &
    case 43: // +
    case 58: // :
    case 61: // =
    case 64: // @
    case 94: // ^
    case 124: // |
      return c2 === 61 ? 2 : 1;
    case 45: // -
      return c2 === 61 || c2 === 62 ? 2 : 1;
    case 42: // *
    case 47: // /
      if (c2 === c) return c3 === 61 ? 3 : 2;
      return c2 === 61 ? 2 : 1;
    case 60: // <
      if (c2 === 60) return c3 === 61 ? 3 : 2;
      return c2 === 61 || c2 === 62 ? 2 : 1;
    case 62: // >
      if (c2 === 62) return c3 === 61 ? 3 : 2;
      return c2 === 61 ? 2 : 1;
    default:
      return 1;
  }
}

