// Numeric literals: a port of CPython's lexer state machine for numbers, so that the same
// texts are accepted and the same errors (message and position) are raised.

import { LexerCore } from './tokenize-core.js';
import { isDigit, isHexDigit, isPotentialIdentifierChar } from './tokenize-chars.js';

/** The lexer layer that scans numbers; `number()` is its entry point. */
export class NumberLexer extends LexerCore {
  protected decimalTail(): number {
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
  protected lookahead(rest: string): boolean {
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
  protected verifyEndOfNumber(c: number, kind: string): void {
    let keyword = false;
    if (c === 97) keyword = this.lookahead('nd');
    else if (c === 101) keyword = this.lookahead('lse');
    else if (c === 102) keyword = this.lookahead('or');
    else if (c === 105) {
      const c2 = this.s.charCodeAt(this.pos);
      keyword = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) keyword = this.lookahead('r');
    else if (c === 110) keyword = this.lookahead('ot');
    if (keyword) {
      this.warn(`invalid ${kind} literal`);
      return;
    }
    if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.error(`invalid ${kind} literal`, this.pos);
    }
  }

  protected finishNumber(start: number, c: number): void {
    this.backup(c);
    this.pushHere('NUMBER', start);
  }

  protected number(start: number): void {
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

  protected radix(start: number, base: 2 | 8 | 16, kind: string): void {
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

  protected afterInteger(start: number, c: number): void {
    if (c === 46) return this.fraction(start, this.nextc());
    this.afterFraction(start, c);
  }

  protected fraction(start: number, c: number): void {
    if (isDigit(c)) c = this.decimalTail();
    this.afterFraction(start, c);
  }

  protected afterFraction(start: number, c: number): void {
    if (c === 101 || c === 69) return this.exponent(start, c);
    if (c === 106 || c === 74) return this.imaginary(start);
    this.verifyEndOfNumber(c, 'decimal');
    this.finishNumber(start, c);
  }

  protected exponent(start: number, e: number): void {
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

  protected imaginary(start: number): void {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    this.finishNumber(start, c);
  }

}
