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
  } catch {
    // The tokenizer fails elsewhere; the first bad byte is still the error to report.
    return { text, error: lineError(bytes, invalid[0], text, units[0], filename) };
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
    if (token.kind === 'NAME') {
      const chunk = bytes.subarray(start, end);
      const [first] = invalidUtf8(chunk);
      const column = [...text.slice(lineStartOf(text, unit), unit)].length + 1;
      return { text, error: unicodeError(filename, chunk, first, token.line, column, token.line, -1, lineOf(text, unit)) };
    }
    if (token.kind === 'STRING') {
      const prefix = /^[A-Za-z]*/.exec(token.text)![0];
      // A bytes literal with a non-ASCII character is the parser's own error.
      if (/b/i.test(prefix)) return { text };
      const quote = token.text.startsWith('"""', prefix.length) || token.text.startsWith("'''", prefix.length) ? 3 : 1;
      let from = start + prefix.length + quote;
      let to = end - quote;
      if (!/r/i.test(prefix) && bytes.subarray(from, to).includes(0x5c)) {
        // With backslashes CPython decodes one run of non-ASCII bytes at a time.
        from = invalid[n].index;
        while (bytes[from - 1] >= 0x80) from--;
        to = invalid[n].index;
        while (to < bytes.length && bytes[to] >= 0x80) to++;
      }
      return { text, error: stringError(filename, bytes, from, to, token, text) };
    }
    // FSTRING_MIDDLE: CPython 3.13 raises a bare UnicodeDecodeError here (not a
    // SyntaxError); pyx reports it like a str literal's.
    return { text, error: stringError(filename, bytes, start, end, token, text) };
  }
  return { text };
}

// A str literal's error: CPython points from the token's start to the end of the chunk it
// was decoding (the body, or one non-ASCII run), in characters of the 'replace'-decoded line.
function stringError(filename: string, bytes: Uint8Array, from: number, to: number, token: Token, text: string): PySyntaxError {
  const chunk = bytes.subarray(from, to);
  const [first] = invalidUtf8(chunk);
  const lineStart = bytes.lastIndexOf(0x0a, Math.max(0, to - 1)) + 1;
  // CPython leaves this one in bytes (it does convert the start to characters).
  const endOffset = to - lineStart;
  return unicodeError(filename, chunk, first, token.line, token.col + 1, token.endLine, endOffset, lineOf(text, token.start));
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
  let lineno = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) lineno++;
  const column = [...text.slice(lineStart, unit)].length + 1;
  const lineBytes = bytes.subarray(bytes.lastIndexOf(0x0a, Math.max(0, sequence.index - 1)) + 1);
  const within = sequence.index - (bytes.length - lineBytes.length);
  const shifted = { ...sequence, index: within };
  // A bad byte outside a string reads as part of an identifier, whose errors have no end.
  return unicodeError(filename, lineBytes, shifted, lineno, column, lineno, -1, lineOf(text, unit));
}

function lineStartOf(text: string, unit: number): number {
  return unit === 0 ? 0 : text.lastIndexOf('\n', unit - 1) + 1;
}

function lineOf(text: string, unit: number): string {
  const start = lineStartOf(text, unit);
  const end = text.indexOf('\n', unit);
  return end < 0 ? `${text.slice(start)}\n` : text.slice(start, end + 1);
}
