// Character classes for the tokenizer, kept apart so tokenize.ts stays about control flow.
// CPython's lexer works on UTF-8 bytes; pyx works on UTF-16 code units, so every test
// here takes a code unit (or a code point where noted) from `String.charCodeAt`.

import { PRINTABLE, XID_CONTINUE, XID_START } from './tokenize-unicode.js';

/** ASCII letter, `_`, or any non-ASCII unit: CPython's `is_potential_identifier_start`. */
export function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

/** As above plus digits: CPython's `is_potential_identifier_char`. */
export function isPotentialIdentifierChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// Python identifiers use XID_Start / XID_Continue (PEP 3131), and error messages depend on
// str.isprintable(). Both come from CPython 3.13's Unicode 15.1 tables (generated into
// tokenize-unicode.ts), not from JS regex classes: Node's \p{ID_Start} follows a newer
// Unicode and also differs on the few characters whose NFKC form is not an identifier.

function inRanges(table: readonly number[], cp: number): boolean {
  // Binary search for the last range start <= cp (starts sit at even indices).
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table[2 * mid] <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && cp < table[2 * hi + 1];
}

/** Is code point `cp` valid at the start of a Python identifier (XID_Start or `_`)? */
export function isXidStart(cp: number): boolean {
  if (cp < 128) return isPotentialIdentifierStart(cp);
  return inRanges(XID_START, cp);
}

/** Is code point `cp` valid after the start of a Python identifier (XID_Continue)? */
export function isXidContinue(cp: number): boolean {
  if (cp < 128) return isPotentialIdentifierChar(cp);
  return inRanges(XID_CONTINUE, cp);
}

/** Py_UNICODE_ISPRINTABLE (str.isprintable) for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 0x20 && cp < 0x7f;
  return inRanges(PRINTABLE, cp);
}

/** Hex as CPython's `%04X`: upper case, at least four digits. */
export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
