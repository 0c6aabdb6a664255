// The tokenizer's state and its bookkeeping: positions (code-point and UTF-8 columns),
// token construction and error construction. tokenize.ts holds the scanning itself; see
// its file comment for what the tokenizer produces.

import { PySyntaxError } from './errors.js';
import type { Token, TokenKind } from './tokens.js';

export interface TokenizeOptions {
  /** false: leave out COMMENT and NL tokens (the parser's fast path). Default true. */
  comments?: boolean;
  /**
   * When given, the SyntaxWarnings CPython's lexer emits are appended here, in source
   * order: a number run into a keyword (`1if x else y`: 'invalid decimal literal') and
   * `\{` or `\}` in a non-raw f-string ("invalid escape sequence '\{'"). Other invalid
   * escapes are found when decoding literals, not by the tokenizer.
   */
  warnings?: TokenizeWarning[];
}

/** A warning as CPython's lexer emits it: category, message and line only (no column). */
export interface TokenizeWarning {
  readonly category: 'SyntaxWarning';
  readonly message: string;
  readonly lineno: number;
}

// CPython's limits (Parser/lexer/state.h, Parser/tokenizer).
export const TABSIZE = 8;
export const MAXINDENT = 100;
export const MAXLEVEL = 200;
export const MAXFSTRINGLEVEL = 150;
export const MAX_EXPR_NESTING = 3;

/**
 * One entry of the lexer's mode stack (CPython's tokenizer_mode). Entry 0 is the plain
 * mode; each open f-string pushes one. Invariant: `regular` is true while the lexer reads
 * an expression part of that f-string, false while it reads literal text.
 */
export interface Mode {
  regular: boolean;
  /** The quote character (code unit) and 1 or 3 of them. */
  quote: number;
  quoteSize: number;
  raw: boolean;
  /** Source index of the f-string's first character (its prefix). */
  start: number;
  startLine: number;
  startLineStart: number;
  /** Brackets opened inside this f-string's replacement fields and not yet closed. */
  curlyDepth: number;
  /**
   * The curlyDepth at which the innermost open replacement field began, -1 outside any
   * (CPython's curly_bracket_expr_start_depth); at most MAX_EXPR_NESTING - 1.
   */
  exprStartDepth: number;
  /** Reading a format spec (after the field's top-level `:`). */
  inFormatSpec: boolean;
}

export function plainMode(): Mode {
  return {
    regular: true, quote: 0, quoteSize: 0, raw: false, start: 0, startLine: 1,
    startLineStart: 0, curlyDepth: 0, exprStartDepth: 0, inFormatSpec: false,
  };
}

/**
 * Lexer state shared by the scanning layers (tokenize-numbers.ts, tokenize-fstring.ts,
 * tokenize.ts: each class extends the one before).
 * Invariants: `0 <= pos <= s.length`; `lineStart` indexes the first character of line
 * `lineNo` (1-based), the line holding `pos`; `level` counts the open brackets, whose
 * character, line, line start and source index are in the paren* arrays; `indents`
 * (columns with tabs to 8) and `altIndents` (tabs as 1) are equally long, starting at 0.
 */
export class LexerCore {
  readonly tokens: Token[] = [];
  /** The text scanned: the source, plus '\n' when CPython would imply one at the end. */
  protected readonly s: string;
  /** Length of the real source; indices at or past it belong to the implied newline. */
  protected readonly n: number;
  protected readonly ascii: boolean;
  protected pos = 0;
  protected lineNo = 1;
  protected lineStart = 0;
  /**
   * Where CPython's line buffer starts: the start of the last line read between tokens.
   * Lines read inside a token (continuation lines, multi-line strings) do not move it.
   */
  protected bufStart = 0;
  protected atBol = true;
  /** The current line holds only whitespace and maybe a comment (its end is an NL). */
  protected blankLine = false;
  protected done = false;
  protected level = 0;
  protected readonly parenChar: number[] = [];
  protected readonly parenLine: number[] = [];
  /** Source index of each open bracket; its column is only worked out for an error. */
  protected readonly parenIndex: number[] = [];
  protected readonly parenLineStart: number[] = [];
  protected readonly indents: number[] = [0];
  protected readonly altIndents: number[] = [0];
  /** INDENTs (> 0) or DEDENTs (< 0) still to emit before the line's first token. */
  protected pendingIndents = 0;
  protected readonly modes: Mode[] = [plainMode()];
  // Column cache for lines with non-ASCII text: code-point and UTF-8 columns of index
  // `cacheIndex` on the line starting at `cacheLine`. Tokens arrive in order, so walking
  // forward from the cache is linear per line.
  protected cacheLine = -1;
  protected cacheIndex = 0;
  protected cacheCol = 0;
  protected cacheByte = 0;
  protected lastByteCol = 0;
  /** Set when the error being thrown is one CPython's parser raises (see PartialTokens). */
  deferredError = false;

  /** How many f-strings are open at the current position. */
  get fstringDepth(): number {
    return this.modes.length - 1;
  }

  constructor(
    source: string,
    protected readonly filename: string,
    protected readonly keepComments: boolean,
    protected readonly warnings: TokenizeWarning[] | null = null,
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

  // --- Positions and token construction ---

  /** Code-point column of index `i` on the line starting at `lineStart`; sets lastByteCol. */
  protected column(lineStart: number, i: number): number {
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
  protected push(kind: TokenKind, start: number, line: number, lineStart: number, end = this.pos): void {
    let col = start - lineStart;
    let byteCol = col;
    let endCol = end - this.lineStart;
    let endByteCol = endCol;
    if (!this.ascii) {
      col = this.column(lineStart, start);
      byteCol = this.lastByteCol;
      endCol = this.column(this.lineStart, end);
      endByteCol = this.lastByteCol;
    }
    this.tokens.push({
      kind, text: this.s.slice(start, end), line, col, byteCol,
      endLine: this.lineNo, endCol, endByteCol, start, end,
    });
  }

  /** Push a single-line token from `start` to `this.pos` on the current line. */
  protected pushHere(kind: TokenKind, start: number): void {
    const end = this.pos;
    if (this.ascii) {
      // The common case, kept free of calls: columns are plain index differences.
      const col = start - this.lineStart;
      const endCol = end - this.lineStart;
      this.tokens.push({
        kind, text: this.s.slice(start, end), line: this.lineNo, col, byteCol: col,
        endLine: this.lineNo, endCol, endByteCol: endCol, start, end,
      });
      return;
    }
    this.push(kind, start, this.lineNo, this.lineStart, end);
  }

  /** DEDENT/ENDMARKER at end of file: CPython puts them at (last line + 1, 0). */
  protected pushTrailing(kind: TokenKind): void {
    const n = this.n;
    this.tokens.push({
      kind, text: '', line: this.lineNo, col: 0, byteCol: 0, endLine: this.lineNo,
      endCol: 0, endByteCol: 0, start: n, end: n,
    });
  }

  /** NEWLINE or NL for the line end at `start`, which the lexer has just consumed. */
  protected pushNewline(kind: TokenKind, start: number): void {
    if (kind === 'NL' && !this.keepComments) return;
    let col = start - this.lineStart;
    let byteCol = col;
    if (!this.ascii) {
      col = this.column(this.lineStart, start);
      byteCol = this.lastByteCol;
    }
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
  protected lineText(lineStart: number): string {
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
  protected error(
    msg: string, cur: number, line = this.lineNo, lineStart = this.lineStart,
    offset = -1, endOffset = -1,
  ): never {
    if (offset < 0) offset = this.column(lineStart, Math.min(cur, this.n));
    if (endOffset < 0) endOffset = offset;
    throw new PySyntaxError('SyntaxError', msg, this.filename, line, offset, this.lineText(lineStart), line, endOffset);
  }

  /**
   * An error the lexer only signals and CPython's parser then raises (E_EOF, E_DEDENT,
   * E_TABSPACE, E_TOODEEP, E_LINECONT, unclosed brackets). The parser takes its text from
   * the lexer's line buffer when the error is on the line being read (`current`): from
   * `bufStart` to the end of that line, with a '\n'; otherwise just line `lineStart`.
   * `byteOffset` is CPython's 1-based UTF-8 offset into that text, converted to code
   * points the way _PyPegen_byte_offset_to_character_offset does.
   */
  protected parserError(
    type: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, line: number,
    lineStart: number, byteOffset: number, endOffset: number, current = true,
  ): never {
    this.deferredError = true;
    let text: string;
    if (current) {
      const lineEnd = lineStart + this.lineText(lineStart).length;
      text = this.s.slice(Math.min(this.bufStart, lineStart), lineEnd).replace(/\r\n?/g, '\n') + '\n';
    } else {
      text = this.lineText(lineStart);
    }
    const offset = byteOffsetToCharOffset(text, byteOffset);
    throw new PySyntaxError(type, msg, this.filename, line, offset, text, line, endOffset);
  }

  /** UTF-8 length of s[from, to). */
  protected utf8Length(from: number, to: number): number {
    let bytes = 0;
    const s = this.s;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          bytes += 4;
        } else bytes += 3;
      } else bytes += 3;
    }
    return bytes;
  }

  protected warn(message: string): void {
    this.warnings?.push({ category: 'SyntaxWarning', message, lineno: this.lineNo });
  }

  protected nullByteError(): never {
    // compile() refuses such a string before tokenizing, without a location (CPython's
    // lineno/offset/text are None; a PySyntaxError says lineno 0, offset 0, text null).
    // Running a file instead reports 'source code cannot contain null bytes' at its line.
    this.deferredError = false;
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', this.filename, 0, 0, null, 0, 0);
  }

  /** End of file inside brackets: CPython's parser reports the innermost one. */
  protected neverClosed(): never {
    const i = this.level - 1;
    const ch = String.fromCharCode(this.parenChar[i]);
    const line = this.parenLine[i];
    this.parserError(
      'SyntaxError', `'${ch}' was never closed`, line, this.parenLineStart[i],
      this.utf8Length(this.parenLineStart[i], this.parenIndex[i]) + 1, 0, line === this.detectedLine(),
    );
  }

  protected unexpectedEof(): never {
    // Inside brackets the parser names the open bracket instead.
    if (this.level > 0) this.neverClosed();
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
    // CPython's offset: the bytes of the last line, its newline included.
    const bytes = this.utf8Length(lineStart, lineStart + this.lineText(lineStart).length) + 1;
    this.parserError('SyntaxError', 'unexpected EOF while parsing', line, lineStart, bytes, -1);
  }

  /** CPython's line number where it stops: at end of file, the last line's. */
  protected detectedLine(): number {
    const atEof = this.pos >= this.s.length && this.lineStart >= this.s.length && this.lineNo > 1;
    return atEof ? this.lineNo - 1 : this.lineNo;
  }

  // --- Numbers (a port of CPython's state machine, with its error messages) ---

  /** Next code unit, or -1 at the end (without moving, as CPython's tok_nextc at EOF). */
  protected nextc(): number {
    return this.pos < this.s.length ? this.s.charCodeAt(this.pos++) : -1;
  }

  protected backup(c: number): void {
    if (c !== -1) this.pos--;
  }

}

/**
 * CPython's _PyPegen_byte_offset_to_character_offset: the number of code points in the
 * first `byteOffset` bytes of `text`'s UTF-8 form (clamped to its length + 1), a code point
 * cut by the limit counting as one.
 */
export function byteOffsetToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length && bytes < byteOffset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      bytes += 4;
    } else bytes += 3;
    chars++;
  }
  // Offsets past the end (up to one past, as CPython clamps) count as one more column each.
  if (bytes < byteOffset) chars += Math.min(byteOffset - bytes, 1);
  return chars;
}
