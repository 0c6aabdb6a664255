// Invalid UTF-8 in source, as CPython 3.13's ast.parse(bytes) treats it. CPython does not
// validate the file up front: it decodes each token when the parser needs its text. So
// bad bytes inside a comment are accepted, inside an identifier or a str literal they are
// "(unicode error) 'utf-8' codec can't decode byte …" with a position relative to that
// token's text, and inside a bytes literal they are the parser's own "bytes can only
// contain ASCII literal characters". pyx decodes with U+FFFD replacements, tokenizes, and
// reproduces the first of these by the token that holds the first bad byte.

import { TextDecoder, TextEncoder } from 'node:util';
import { PySyntaxError } from '../grammar/errors.js';
import { tokenize } from '../grammar/tokenize.js';
import type { Token } from '../grammar/tokens.js';

/** A malformed sequence: its first byte and Python's reason (a "maximal subpart"). */
export interface InvalidUtf8 {
  readonly index: number;
  readonly length: number;
  readonly reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

/** The malformed sequences of `bytes`, in order, as Python's utf-8 decoder delimits them. */
export function invalidUtf8(bytes: Uint8Array): InvalidUtf8[] {
  const found: InvalidUtf8[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) {
      i++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f; // surrogates are not UTF-8
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else {
      found.push({ index: i, length: 1, reason: 'invalid start byte' });
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      if (i + k >= bytes.length) {
        found.push({ index: i, length: k, reason: 'unexpected end of data' });
        break;
      }
      const byte = bytes[i + k];
      if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) {
        found.push({ index: i, length: k, reason: 'invalid continuation byte' });
        break;
      }
    }
    i += k > need ? need + 1 : k;
  }
  return found;
}

/**
 * UTF-8 that is known to be malformed, decoded. Invariant: `text` has each malformed
 * sequence replaced by U+FFFD (Python's 'replace' handler). `error` is the SyntaxError
 * CPython raises for the first bad byte in an identifier or a str literal; it is absent when
 * CPython accepts the bytes (comments) or when its parser complains itself (bytes literals).
 * CPython raises it when its parser reaches that token, so a syntax error in an earlier
 * statement wins over it (see parseBytes in frontend.ts).
 */
export interface MalformedUtf8 {
  readonly text: string;
  readonly error?: PySyntaxError;
  /** Where the token holding the bad byte starts (line from 1, code-point column from 1):
   *  only a syntax error placed before it can precede `error`. */
  readonly at?: { readonly lineno: number; readonly offset: number };
}

export function decodeMalformedUtf8(bytes: Uint8Array, filename: string): MalformedUtf8 {
  const invalid = invalidUtf8(bytes);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  // The text and, per malformed sequence, its UTF-16 index in that text.
  let text = '';
  let previous = 0;
  const units: number[] = [];
  for (const sequence of invalid) {
    text += decoder.decode(bytes.subarray(previous, sequence.index));
    units.push(text.length);
    text += '\uFFFD';
    previous = sequence.index + sequence.length;
  }
  text += decoder.decode(bytes.subarray(previous));

  let tokens: Token[];
  try {
    // Tokenized with each U+FFFD swapped for a letter (U+00AA, also one UTF-16 unit):
    // CPython's tokenizer reads a bad byte as part of an identifier, which U+FFFD is not.
    tokens = tokenize(text.replaceAll('\uFFFD', '\u00AA'), filename, { comments: true });
  } catch (tokenizeError) {
    const error = lineError(bytes, invalid[0], text, units[0], filename);
    // CPython's tokenizer measures a line's indentation before reading its first token, so
    // an indentation error on the bad byte's line comes first: leave it to the parser.
    const indentation = tokenizeError instanceof PySyntaxError &&
      (tokenizeError.type !== 'SyntaxError' || tokenizeError.msg.startsWith('unindent'));
    if (indentation && tokenizeError.lineno === error.lineno) return { text };
    // Otherwise the tokenizer fails elsewhere; the first bad byte is still the error.
    return { text, error, at: { lineno: error.lineno, offset: error.offset } };
  }
  const encoder = new TextEncoder();
  // Byte index of a UTF-16 index of `text`: the UTF-8 length of what precedes it, with each
  // U+FFFD standing for its malformed sequence's own length.
  const byteIndex = (unit: number): number => {
    let bytesBefore = encoder.encode(text.slice(0, unit)).length;
    for (const [n, sequence] of invalid.entries()) if (units[n] < unit) bytesBefore += sequence.length - 3;
    return bytesBefore;
  };
  let next = 0;
  for (const [n, unit] of units.entries()) {
    while (next < tokens.length && tokens[next].end <= unit) next++;
    const token = tokens[next];
    if (token === undefined || token.start > unit || token.kind === 'COMMENT') continue;
    const start = byteIndex(token.start);
    const end = byteIndex(token.end);
    const at = { lineno: token.line, offset: token.col + 1 };
    if (token.kind === 'NAME') {
      const chunk = bytes.subarray(start, end);
      const [first] = invalidUtf8(chunk);
      const line = lineOf(text, unit);
      const column = identifierColumn(bytes, end, line);
      return { text, at, error: unicodeError(filename, chunk, first, token.line, column, token.line, -1, line) };
    }
    if (token.kind === 'STRING') {
      const prefix = /^[A-Za-z]*/.exec(token.text)![0];
      // A bytes literal with a non-ASCII character is the parser's own error.
      if (/b/i.test(prefix)) return { text };
      const quote = token.text.startsWith('"""', prefix.length) || token.text.startsWith("'''", prefix.length) ? 3 : 1;
      const bodyStart = start + prefix.length + quote;
      const bodyEnd = end - quote;
      if (!/r/i.test(prefix) && bytes.subarray(bodyStart, bodyEnd).includes(0x5c)) {
        // With backslashes CPython decodes one run of non-ASCII bytes at a time.
        let from = invalid[n].index;
        while (bytes[from - 1] >= 0x80) from--;
        let to = invalid[n].index;
        while (to < bytes.length && bytes[to] >= 0x80) to++;
        return { text, at, error: stringError(filename, bytes, from, to, token, start, end, text) };
      }
      return { text, at, error: stringError(filename, bytes, bodyStart, bodyEnd, token, start, end, text) };
    }
    // FSTRING_MIDDLE: CPython 3.13 raises a bare UnicodeDecodeError here (not a
    // SyntaxError); pyx reports it like a str literal's.
    return { text, at, error: stringError(filename, bytes, start, end, token, start, end, text) };
  }
  return { text };
}

/**
 * CPython's byte offset → column conversion for these errors: it cuts the error line's
 * 'replace'-decoded text, re-encoded as UTF-8, after `offset` bytes and counts characters.
 * A U+FFFD there takes 3 bytes where the bad byte took 1, so columns after a bad byte land
 * further left than the characters' own columns.
 */
function cpythonColumn(line: string, offset: number): number {
  const reencoded = new TextEncoder().encode(line);
  const cut = Math.max(0, Math.min(offset, reencoded.length + 1));
  return [...new TextDecoder('utf-8').decode(reencoded.subarray(0, cut))].length;
}

/** The byte offset of `index` (an index into `bytes`) from the start of its line. */
function lineByteOffset(bytes: Uint8Array, index: number): number {
  if (index === 0) return 0;
  return index - (Math.max(bytes.lastIndexOf(0x0a, index - 1), bytes.lastIndexOf(0x0d, index - 1)) + 1);
}

// A bad byte in an identifier: CPython's tokenizer stops at the identifier's end and the
// error takes that position, unconverted to 1-based: the column is cpythonColumn(end).
function identifierColumn(bytes: Uint8Array, end: number, line: string): number {
  return cpythonColumn(line, lineByteOffset(bytes, end));
}

// A bad byte in a str literal: `chunk` [from, to) is what CPython decodes (the body, or with
// backslashes one run of non-ASCII bytes). The error spans the string token, 1-based byte
// offsets converted by cpythonColumn against the token's first line (its end too, even when
// the token ends on a later line; that line is then quoted without its newline).
function stringError(
  filename: string, bytes: Uint8Array, from: number, to: number, token: Token, start: number, end: number, text: string,
): PySyntaxError {
  const chunk = bytes.subarray(from, to);
  const [first] = invalidUtf8(chunk);
  const line = lineOf(text, token.start);
  const offset = cpythonColumn(line, lineByteOffset(bytes, start) + 1);
  const endOffset = cpythonColumn(line, lineByteOffset(bytes, end) + 1);
  const quoted = token.endLine === token.line ? line : line.replace(/\r?\n$/, '');
  return unicodeError(filename, chunk, first, token.line, offset, token.endLine, endOffset, quoted);
}

function unicodeError(
  filename: string, chunk: Uint8Array, sequence: InvalidUtf8 | undefined,
  lineno: number, offset: number, endLineno: number, endOffset: number, line: string,
): PySyntaxError {
  // The chunk holds the bad byte by construction; `?? 0` only keeps the types total.
  const index = sequence?.index ?? 0;
  const length = sequence?.length ?? 1;
  // Python's UnicodeDecodeError names one byte, or the range of a longer malformed sequence.
  const what = length === 1
    ? `byte 0x${chunk[index].toString(16).padStart(2, '0')} in position ${index}`
    : `bytes in position ${index}-${index + length - 1}`;
  const message = `(unicode error) 'utf-8' codec can't decode ${what}: ${sequence?.reason ?? 'invalid start byte'}`;
  return new PySyntaxError('SyntaxError', message, filename, lineno, offset, line, endLineno, endOffset);
}

/** Fallback when the text cannot be tokenized: the bad byte's line and column. */
function lineError(bytes: Uint8Array, sequence: InvalidUtf8, text: string, unit: number, filename: string): PySyntaxError {
  const lineStart = lineStartOf(text, unit);
  const lineno = (text.slice(0, lineStart).match(LINE_BREAK) ?? []).length + 1;
  const column = [...text.slice(lineStart, unit)].length + 1;
  // A bad byte outside a string reads as part of an identifier: CPython decodes from the
  // identifier's start, and such errors have no end.
  let from = sequence.index;
  while (from > 0 && isIdentifierByte(bytes[from - 1])) from--;
  const shifted = { ...sequence, index: sequence.index - from };
  return unicodeError(filename, bytes.subarray(from), shifted, lineno, column, lineno, -1, lineOf(text, unit));
}

function isIdentifierByte(byte: number): boolean {
  return byte >= 0x80 || byte === 0x5f || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
}

// Lines end at \r\n, \r or \n, as CPython's tokenizer reads them.
const LINE_BREAK = /\r\n|\r|\n/g;

function lineStartOf(text: string, unit: number): number {
  if (unit === 0) return 0;
  return Math.max(text.lastIndexOf('\n', unit - 1), text.lastIndexOf('\r', unit - 1)) + 1;
}

/** The line holding `unit`, ended by "\n" whatever its own line break (as CPython quotes it). */
function lineOf(text: string, unit: number): string {
  const start = lineStartOf(text, unit);
  const ends = [text.indexOf('\n', unit), text.indexOf('\r', unit)].filter((index) => index >= 0);
  return `${text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length)}\n`;
}
