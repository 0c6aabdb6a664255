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

import { PySyntaxError } from './errors.js';
import type { Token, TokenKind } from './tokens.js';
import {
  hex4,
  isDigit,
  isHexDigit,
  isPotentialIdentifierChar,
  isPotentialIdentifierStart,
  isPrintable,
  isXidContinue,
  isXidStart,
} from './tokenize-chars.js';

export interface TokenizeOptions {
  /** false: leave out COMMENT and NL tokens (the parser's fast path). Default true. */
  comments?: boolean;
}

// CPython's limits (Parser/lexer/state.h, Parser/tokenizer).
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;

/**
 * One entry of the lexer's mode stack (CPython's tokenizer_mode). Entry 0 is the plain
 * mode; each open f-string pushes one. Invariant: `regular` is true while the lexer reads
 * an expression part of that f-string, false while it reads literal text.
 */
interface Mode {
  regular: boolean;
  quote: number;
  quoteSize: number;
  raw: boolean;
  /** Source index of the f-string's first character (its prefix). */
  start: number;
  startLine: number;
  startLineStart: number;
  curlyDepth: number;
  exprStartDepth: number;
  inFormatSpec: boolean;
  debug: boolean;
}

function plainMode(): Mode {
  return {
    regular: true, quote: 0, quoteSize: 0, raw: false, start: 0, startLine: 1,
    startLineStart: 0, curlyDepth: 0, exprStartDepth: 0, inFormatSpec: false, debug: false,
  };
}


/**
 * Tokenize `source` as CPython 3.13's `tokenize.generate_tokens` does (see the file
 * comment for the documented differences). Throws PySyntaxError (SyntaxError,
 * IndentationError or TabError) with the fields `compile(source, filename, 'exec')`
 * reports for tokenizer-level errors; never any other exception.
 */
export function tokenize(source: string, filename = '<string>', options: TokenizeOptions = {}): Token[] {
  const lexer = new Lexer(source, filename, options.comments !== false);
  lexer.run();
  return lexer.tokens;
}

class Lexer {
  readonly tokens: Token[] = [];
  /** The text scanned: the source, plus '\n' when CPython would imply one at the end. */
  private readonly s: string;
  /** Length of the real source; indices at or past it belong to the implied newline. */
  private readonly n: number;
  private readonly ascii: boolean;
  private pos = 0;
  private lineNo = 1;
  private lineStart = 0;
  private atBol = true;
  private blankLine = false;
  private done = false;
  private level = 0;
  private readonly parenChar: number[] = [];
  private readonly parenLine: number[] = [];
  private readonly parenCol: number[] = [];
  private readonly parenLineStart: number[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private pendingIndents = 0;
  private readonly modes: Mode[] = [plainMode()];
  // Column cache for lines with non-ASCII text: code-point and UTF-8 columns of index
  // `cacheIndex` on the line starting at `cacheLine`. Tokens arrive in order, so walking
  // forward from the cache is linear per line.
  private cacheLine = -1;
  private cacheIndex = 0;
  private cacheCol = 0;
  private cacheByte = 0;
  private lastByteCol = 0;

  constructor(
    source: string,
    private readonly filename: string,
    private readonly keepComments: boolean,
  ) {
    this.n = source.length;
    const last = source.charCodeAt(source.length - 1);
    this.s = source.length > 0 && last !== 10 && last !== 13 ? source + '\n' : source;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(source);
    if (source.charCodeAt(0) === 0xfeff) {
      // A BOM is not part of the first line: CPython strips it while decoding.
      this.pos = 1;
      this.lineStart = 1;
    }
  }

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

  // --- Positions and token construction ---

  /** Code-point column of index `i` on the line starting at `lineStart`; sets lastByteCol. */
  private column(lineStart: number, i: number): number {
    if (this.ascii) {
      this.lastByteCol = i - lineStart;
      return i - lineStart;
    }
    if (this.cacheLine !== lineStart || this.cacheIndex > i) {
      this.cacheLine = lineStart;
      this.cacheIndex = lineStart;
      this.cacheCol = 0;
      this.cacheByte = 0;
    }
    const s = this.s;
    let j = this.cacheIndex;
    let col = this.cacheCol;
    let bytes = this.cacheByte;
    while (j < i) {
      const c = s.charCodeAt(j);
      j++;
      col++;
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && j < i) {
        const d = s.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) {
          j++;
          bytes += 4;
        } else bytes += 3;
      } else bytes += 3;
    }
    this.cacheIndex = j;
    this.cacheCol = col;
    this.cacheByte = bytes;
    this.lastByteCol = bytes;
    return col;
  }

  /** Push a token from `start` (on line `line` starting at `lineStart`) to `this.pos`. */
  private push(kind: TokenKind, start: number, line: number, lineStart: number, end = this.pos): void {
    const col = this.column(lineStart, start);
    const byteCol = this.lastByteCol;
    const endCol = this.column(this.lineStart, end);
    const endByteCol = this.lastByteCol;
    this.tokens.push({
      kind, text: this.s.slice(start, end), line, col, byteCol,
      endLine: this.lineNo, endCol, endByteCol, start, end,
    });
  }

  /** Push a single-line token from `start` to `this.pos` on the current line. */
  private pushHere(kind: TokenKind, start: number): void {
    this.push(kind, start, this.lineNo, this.lineStart);
  }

  /** DEDENT/ENDMARKER at end of file: CPython puts them at (last line + 1, 0). */
  private pushTrailing(kind: TokenKind): void {
    const n = this.n;
    this.tokens.push({
      kind, text: '', line: this.lineNo, col: 0, byteCol: 0, endLine: this.lineNo,
      endCol: 0, endByteCol: 0, start: n, end: n,
    });
  }

  /** NEWLINE or NL for the line end at `start`, which the lexer has just consumed. */
  private pushNewline(kind: TokenKind, start: number): void {
    if (kind === 'NL' && !this.keepComments) return;
    const col = this.column(this.lineStart, start);
    const byteCol = this.lastByteCol;
    let end = this.pos;
    if (start >= this.n) end = start; // the implied newline has no text
    // The module reports one column per line-end character, and one for the implied one.
    const width = end === start ? 1 : end - start;
    this.tokens.push({
      kind, text: this.s.slice(start, end), line: this.lineNo, col, byteCol,
      endLine: this.lineNo, endCol: col + width, endByteCol: byteCol + width, start, end,
    });
  }

  // --- Errors ---

  /** The line starting at `lineStart`, without its line end (as CPython's error text). */
  private lineText(lineStart: number): string {
    const s = this.s;
    let e = lineStart;
    while (e < this.n) {
      const c = s.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    return s.slice(lineStart, e);
  }

  /**
   * A tokenizer error located as CPython's `_syntaxerror_range`: `offset` is the number of
   * code points from the line start to `cur` (the lexer's position after the offending
   * character), `endOffset` defaults to `offset`. The text is the line without its end.
   */
  error(
    msg: string, cur: number, line = this.lineNo, lineStart = this.lineStart,
    offset = -1, endOffset = -1,
  ): never {
    if (offset < 0) offset = this.column(lineStart, Math.min(cur, this.n));
    if (endOffset < 0) endOffset = offset;
    throw new PySyntaxError('SyntaxError', msg, this.filename, line, offset, this.lineText(lineStart), line, endOffset);
  }

  /**
   * An error the lexer only signals and CPython's parser then raises (E_EOF, E_DEDENT,
   * E_TABSPACE, E_TOODEEP, E_LINECONT): the parser takes the text from the lexer's line
   * buffer, so it keeps its '\n' when the error is on the line being read. Offsets are
   * given as CPython computes them for each case.
   */
  private parserError(
    type: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, line: number,
    lineStart: number, offset: number, endOffset: number, current = true,
  ): never {
    const text = this.lineText(lineStart) + (current ? '\n' : '');
    throw new PySyntaxError(type, msg, this.filename, line, offset, text, line, endOffset);
  }

  private nullByteError(): never {
    // compile() refuses such a string before tokenizing, without a location (CPython's
    // lineno/offset/text are None; a PySyntaxError says lineno 0, offset 0, text null).
    // Running a file instead reports 'source code cannot contain null bytes' at its line.
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', this.filename, 0, 0, null, 0, 0);
  }

  private unexpectedEof(): never {
    const s = this.s;
    // CPython reports it at the end of the last line of the file.
    let lineStart = this.lineStart;
    let line = this.lineNo;
    if (lineStart >= this.n && this.n > 0) {
      line--;
      let j = this.n - 1;
      if (s.charCodeAt(j) === 10) j--;
      if (s.charCodeAt(j) === 13) j--;
      while (j >= 0 && s.charCodeAt(j) !== 10 && s.charCodeAt(j) !== 13) j--;
      lineStart = j + 1;
    }
    const text = this.lineText(lineStart);
    const col = this.column(lineStart, lineStart + text.length);
    this.parserError('SyntaxError', 'unexpected EOF while parsing', line, lineStart, col + 1, -1);
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
      const offset = this.column(this.lineStart, Math.min(this.pos + 1, this.n));
      this.parserError('SyntaxError', 'unexpected character after line continuation character', this.lineNo, this.lineStart, offset, 0);
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
        const offset = this.column(this.lineStart, this.lineStart + text.length) + 1;
        this.parserError('IndentationError', 'unindent does not match any outer indentation level', this.lineNo, this.lineStart, offset, -1);
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
  }

  private tabError(): never {
    this.parserError('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineNo, this.lineStart, 1, 0);
  }

  private normalMode(mode: Mode): void {
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

  private neverClosed(): never {
    const i = this.level - 1;
    const ch = String.fromCharCode(this.parenChar[i]);
    const col = this.parenCol[i];
    const line = this.parenLine[i];
    this.parserError('SyntaxError', `'${ch}' was never closed`, line, this.parenLineStart[i], col + 1, 0, line === this.detectedLine());
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

  /** CPython's line number where it stops: at end of file, the last line's. */
  private detectedLine(): number {
    const atEof = this.pos >= this.s.length && this.lineStart >= this.s.length && this.lineNo > 1;
    return atEof ? this.lineNo - 1 : this.lineNo;
  }

  // --- Numbers (a port of CPython's state machine, with its error messages) ---

  /** Next code unit, or -1 at the end (without moving, as CPython's tok_nextc at EOF). */
  private nextc(): number {
    return this.pos < this.s.length ? this.s.charCodeAt(this.pos++) : -1;
  }

  private backup(c: number): void {
    if (c !== -1) this.pos--;
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc(); while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.error('invalid decimal literal', this.pos);
      }
    }
    return c;
  }

  /** Does the text after the consumed letter spell `rest` and then end the word? */
  private lookahead(rest: string): boolean {
    const s = this.s;
    for (let i = 0; i < rest.length; i++) {
      if (s.charCodeAt(this.pos + i) !== rest.charCodeAt(i)) return false;
    }
    const after = this.pos + rest.length;
    return !(after < s.length && isPotentialIdentifierChar(s.charCodeAt(after)));
  }

  /**
   * A number may be followed directly by a keyword (`1if x else y`: CPython only warns),
   * but not by any other letter or digit.
   */
  private verifyEndOfNumber(c: number, kind: string): void {
    let keyword = false;
    if (c === 97) keyword = this.lookahead('nd');
    else if (c === 101) keyword = this.lookahead('lse');
    else if (c === 102) keyword = this.lookahead('or');
    else if (c === 105) {
      const c2 = this.s.charCodeAt(this.pos);
      keyword = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) keyword = this.lookahead('r');
    else if (c === 110) keyword = this.lookahead('ot');
    if (keyword) return;
    if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.error(`invalid ${kind} literal`, this.pos);
    }
  }

  private finishNumber(start: number, c: number): void {
    this.backup(c);
    this.pushHere('NUMBER', start);
  }

  private number(start: number): void {
    this.pos = start;
    let c = this.nextc();
    if (c === 46) return this.fraction(start, this.nextc());
    if (c !== 48) return this.afterInteger(start, this.decimalTail());
    c = this.nextc();
    if (c === 120 || c === 88) return this.radix(start, 16, 'hexadecimal');
    if (c === 111 || c === 79) return this.radix(start, 8, 'octal');
    if (c === 98 || c === 66) return this.radix(start, 2, 'binary');
    // Zeros, maybe with underscores; a nonzero digit after them is an error for integers.
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          this.error('invalid decimal literal', this.pos);
        }
      }
      if (c !== 48) break;
      c = this.nextc();
    }
    const zerosEnd = this.pos;
    if (isDigit(c)) {
      nonzero = true;
      c = this.decimalTail();
    }
    if (c === 46) return this.fraction(start, this.nextc());
    if (c === 101 || c === 69) return this.exponent(start, c);
    if (c === 106 || c === 74) return this.imaginary(start);
    if (nonzero) {
      this.backup(c);
      // CPython passes byte offsets here, so non-ASCII lines get byte columns.
      this.column(this.lineStart, start);
      const from = this.lastByteCol + 1;
      this.column(this.lineStart, zerosEnd);
      const to = this.lastByteCol;
      this.error(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        this.pos, this.lineNo, this.lineStart, from, to,
      );
    }
    this.verifyEndOfNumber(c, 'decimal');
    this.finishNumber(start, c);
  }

  private radix(start: number, base: 2 | 8 | 16, kind: string): void {
    const ok = (d: number): boolean => (base === 16 ? isHexDigit(d) : d >= 48 && d < 48 + base);
    let c = this.nextc();
    do {
      if (c === 95) c = this.nextc();
      if (!ok(c)) {
        if (base !== 16 && isDigit(c)) {
          this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, this.pos);
        }
        this.backup(c);
        this.error(`invalid ${kind} literal`, this.pos);
      }
      do c = this.nextc(); while (ok(c));
    } while (c === 95);
    if (base !== 16 && isDigit(c)) {
      this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, this.pos);
    }
    this.verifyEndOfNumber(c, kind);
    this.finishNumber(start, c);
  }

  private afterInteger(start: number, c: number): void {
    if (c === 46) return this.fraction(start, this.nextc());
    this.afterFraction(start, c);
  }

  private fraction(start: number, c: number): void {
    if (isDigit(c)) c = this.decimalTail();
    this.afterFraction(start, c);
  }

  private afterFraction(start: number, c: number): void {
    if (c === 101 || c === 69) return this.exponent(start, c);
    if (c === 106 || c === 74) return this.imaginary(start);
    this.verifyEndOfNumber(c, 'decimal');
    this.finishNumber(start, c);
  }

  private exponent(start: number, e: number): void {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.error('invalid decimal literal', this.pos);
      }
    } else if (!isDigit(c)) {
      // `1e` followed by something else: the number ends before the `e`.
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      this.pushHere('NUMBER', start);
      return;
    }
    c = this.decimalTail();
    if (c === 106 || c === 74) return this.imaginary(start);
    this.verifyEndOfNumber(c, 'decimal');
    this.finishNumber(start, c);
  }

  private imaginary(start: number): void {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    this.finishNumber(start, c);
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
      this.parenCol[this.level] = this.column(this.lineStart, start);
      this.level++;
      if (inFstring) mode.curlyDepth++;
    } else if (c === 41 || c === 93 || c === 125) {
      this.closeBracket(mode, c, inFstring);
    } else if (c < 0x20 || c === 0x7f) {
      this.error(`invalid non-printable character U+${hex4(c)}`, this.pos);
    } else if (c === 61 && mode.exprStartDepth >= 0) {
      mode.debug = true;
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
        mode.debug = false;
      }
    }
  }

  // --- f-strings (PEP 701) ---

  private fstringStart(start: number, q: number, raw: boolean): void {
    const s = this.s;
    const quote = s.charCodeAt(q);
    let quoteSize = 1;
    let p = q + 1;
    if (s.charCodeAt(p) === quote && s.charCodeAt(p + 1) === quote) {
      quoteSize = 3;
      p += 2;
    }
    this.pos = p;
    if (this.modes.length >= MAXFSTRINGLEVEL) this.error('too many nested f-strings', this.pos);
    this.modes.push({
      regular: false, quote, quoteSize, raw, start, startLine: this.lineNo,
      startLineStart: this.lineStart, curlyDepth: 0, exprStartDepth: -1, inFormatSpec: false,
      debug: false,
    });
    this.pushHere('FSTRING_START', start);
  }

  private fstringMode(mode: Mode): void {
    const s = this.s;
    const start = this.pos;
    const firstLine = this.lineNo;
    const firstLineStart = this.lineStart;
    let c = s.charCodeAt(start);
    if (c === 123 && s.charCodeAt(start + 1) !== 123) {
      // A replacement field right away: nothing literal to emit first.
      this.enterExpression(mode);
      this.normalMode(mode);
      return;
    }
    const quote = mode.quote;
    const size = mode.quoteSize;
    if (c === quote && (size === 1 || (s.charCodeAt(start + 1) === quote && s.charCodeAt(start + 2) === quote))) {
      this.pos = start + size;
      this.modes.pop();
      this.pushHere('FSTRING_END', start);
      return;
    }
    let endQuotes = 0;
    let unicodeEscape = false;
    while (endQuotes !== size) {
      const before = this.pos;
      c = this.nextc();
      const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
      if (c === -1 || (size === 1 && (c === 10 || c === 13))) {
        if (inFormatSpec && c !== -1) {
          // A newline ends a single-quoted f-string's format spec.
          this.pos = before;
          mode.regular = true;
          mode.inFormatSpec = false;
          this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart);
          return;
        }
        const detected = this.detectedLine();
        const msg = size === 3
          ? `unterminated triple-quoted f-string literal (detected at line ${detected})`
          : `unterminated f-string literal (detected at line ${detected})`;
        this.error(msg, mode.start + 1, mode.startLine, mode.startLineStart);
      }
      if (c === quote) {
        endQuotes++;
        continue;
      }
      endQuotes = 0;
      if (c === 123) {
        const peek = this.nextc();
        if (peek !== 123 || inFormatSpec) {
          this.backup(peek);
          this.pos--;
          this.enterExpression(mode);
          this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart);
        } else {
          // `{{`: the token keeps the first brace; the second is skipped.
          this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart, this.pos - 1);
        }
        return;
      }
      if (c === 125) {
        if (unicodeEscape) {
          this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart);
          return;
        }
        const peek = this.nextc();
        if (peek === 125 && !inFormatSpec && mode.curlyDepth === 0) {
          this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart, this.pos - 1);
        } else {
          this.backup(peek);
          this.pos--;
          mode.regular = true;
          mode.inFormatSpec = false;
          this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart);
        }
        return;
      }
      if (c === 92) {
        let peek = this.nextc();
        if (peek === 123 || peek === 125) {
          // `\{`: the brace is still a brace; look at it again.
          this.backup(peek);
          continue;
        }
        if (peek === 13 || peek === 10) {
          if (peek === 13 && s.charCodeAt(this.pos) === 10) this.pos++;
          this.lineNo++;
          this.lineStart = this.pos;
          continue;
        }
        if (!mode.raw && peek === 78) {
          peek = this.nextc();
          if (peek === 123) unicodeEscape = true;
          else this.backup(peek);
        }
        continue;
      }
      if (c === 10 || c === 13) {
        if (c === 13 && s.charCodeAt(this.pos) === 10) this.pos++;
        this.lineNo++;
        this.lineStart = this.pos;
      }
    }
    // The closing quotes go to the FSTRING_END of the next round.
    this.pos -= size;
    this.push('FSTRING_MIDDLE', start, firstLine, firstLineStart);
  }

  private enterExpression(mode: Mode): void {
    mode.exprStartDepth++;
    if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
      this.error('f-string: expressions nested too deeply', this.pos);
    }
    mode.regular = true;
    mode.inFormatSpec = false;
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
