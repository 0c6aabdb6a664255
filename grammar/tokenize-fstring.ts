// PEP 701 f-strings: the lexer's f-string mode (CPython's tok_get_fstring_mode), which reads
// literal text and hands replacement fields back to normal mode. FSTRING_MIDDLE tokens are
// raw source slices; see tokenize.ts for how `{{`/`}}` split them.

import { MAX_EXPR_NESTING, MAXFSTRINGLEVEL, type Mode } from './tokenize-core.js';
import { NumberLexer } from './tokenize-numbers.js';

/** The lexer layer for f-strings; normal mode (tokenize.ts) provides normalMode(). */
export abstract class FstringLexer extends NumberLexer {
  /** Normal mode, for a replacement field that starts right away. */
  protected abstract normalMode(mode: Mode): void;

  protected fstringStart(start: number, q: number, raw: boolean): void {
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
    });
    this.pushHere('FSTRING_START', start);
  }

  protected fstringMode(mode: Mode): void {
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
          if (!mode.raw) this.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`);
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

  protected enterExpression(mode: Mode): void {
    mode.exprStartDepth++;
    if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
      this.error('f-string: expressions nested too deeply', this.pos);
    }
    mode.regular = true;
    mode.inFormatSpec = false;
  }
}
