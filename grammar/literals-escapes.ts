// Backslash-escape decoding for string and bytes literals, step for step as CPython 3.13:
// Parser/string_parser.c (decode_unicode_with_escapes), Objects/unicodeobject.c
// (_PyUnicode_DecodeUnicodeEscapeInternal2) and Objects/bytesobject.c (_PyBytes_DecodeEscape2).
//
// CPython re-encodes a str literal's body into an ASCII buffer (each non-ASCII character
// becomes `\UXXXXXXXX`) before running the 'unicodeescape' codec on it, and the codec's error
// positions count bytes of THAT buffer. We build the same buffer so our messages carry the
// same positions (`"é\x1"` fails "in position 10-12").

import { lookupUnicodeName } from './unicode-names.js';

/**
 * A decode failure, before it becomes a SyntaxError. `message` is the full text CPython puts
 * after the `(unicode error) ` / `(value error) ` prefix; `type` picks the prefix.
 */
export class EscapeError extends Error {
  constructor(
    readonly type: 'unicode error' | 'value error',
    readonly detail: string,
  ) {
    super(`(${type}) ${detail}`);
  }
}

/**
 * The result of decoding escapes. `invalidEscape` is the text CPython's SyntaxWarning
 * quotes for the FIRST invalid escape (`d` for `\d`, `777` for the octal `\777`), and
 * `invalidOctal` tells which of the two warning texts applies; both undefined/false when
 * every escape was valid. `pairsSurrogates` is true when an escaped high surrogate is
 * directly followed by an escaped low one (`"\ud800\udc00"`): two code points for
 * Python, but a JS string cannot hold them apart from the one astral character.
 */
export interface Escaped<T> {
  value: T;
  invalidEscape?: string;
  invalidOctal: boolean;
  pairsSurrogates?: boolean;
}

// --- str: the ASCII buffer, then the 'unicodeescape' codec ---

/** Decodes the body of a non-raw str literal (newlines already translated to `\n`). */
export function decodeUnicodeEscapes(body: string): Escaped<string> {
  return unicodeEscapeCodec(asciiBuffer(body));
}

/** decode_unicode_with_escapes' buffer: ASCII stays, non-ASCII becomes `\U%08x`. */
function asciiBuffer(body: string): string {
  // Pure ASCII (the common case) is its own buffer.
  if (!/[^\x00-\x7f]/.test(body) && !body.endsWith('\\')) return body;
  const out: string[] = [];
  let runStart = 0;
  for (let i = 0; i < body.length; ) {
    const code = body.charCodeAt(i);
    if (code === 0x5c) {
      i++;
      // A backslash before a non-ASCII character (or at the very end) stays a literal
      // backslash: CPython writes it as the valid escape `\u005c`, so no warning follows.
      if (i >= body.length || body.charCodeAt(i) >= 0x80) {
        out.push(body.slice(runStart, i), 'u005c');
        runStart = i;
        continue;
      }
      i++; // the escaped ASCII character belongs to the escape
    } else if (code >= 0x80) {
      const cp = body.codePointAt(i)!;
      out.push(body.slice(runStart, i), '\\U' + cp.toString(16).padStart(8, '0'));
      i += cp > 0xffff ? 2 : 1;
      runStart = i;
    } else {
      i++;
    }
  }
  out.push(body.slice(runStart));
  return out.join('');
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  b: '\b',
  f: '\f',
  t: '\t',
  n: '\n',
  r: '\r',
  v: '\v',
  a: '\x07',
};

const HEX_ESCAPES: Record<string, [number, string]> = {
  x: [2, 'truncated \\xXX escape'],
  u: [4, 'truncated \\uXXXX escape'],
  U: [8, 'truncated \\UXXXXXXXX escape'],
};

/** The 'unicodeescape' codec in strict mode on an ASCII buffer. */
function unicodeEscapeCodec(buffer: string): Escaped<string> {
  const parts: string[] = [];
  let invalidEscape: string | undefined;
  let invalidOctal = false;
  let pairsSurrogates = false;
  const end = buffer.length;
  let s = 0;
  while (s < end) {
    const c = buffer[s];
    if (c !== '\\') {
      // Copy the run of plain characters in one piece.
      let next = buffer.indexOf('\\', s);
      if (next < 0) next = end;
      parts.push(buffer.slice(s, next));
      s = next;
      continue;
    }
    const start = s;
    s++;
    if (s >= end) throw codecError(buffer, start, end, '\\ at end of string');
    const e = buffer[s++];
    if (e === '\n') continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      parts.push(simple);
      continue;
    }
    if (e >= '0' && e <= '7') {
      let code = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && s < end && buffer[s] >= '0' && buffer[s] <= '7'; k++) {
        code = code * 8 + buffer.charCodeAt(s++) - 48;
      }
      if (code > 0o377 && invalidEscape === undefined) {
        // Only 3-digit escapes exceed 0o377, so the warning quotes exactly those digits.
        invalidEscape = buffer.slice(s - 3, s);
        invalidOctal = true;
      }
      parts.push(String.fromCharCode(code));
      continue;
    }
    const hex = HEX_ESCAPES[e];
    if (hex !== undefined) {
      const [count, message] = hex;
      let code = 0;
      for (let k = 0; k < count; k++, s++) {
        const digit = s < end ? hexDigit(buffer.charCodeAt(s)) : -1;
        if (digit < 0) throw codecError(buffer, start, s, message);
        code = code * 16 + digit;
      }
      if (code > 0x10ffff) throw codecError(buffer, start, s, 'illegal Unicode character');
      if (code >= 0xdc00 && code <= 0xdfff && parts.length > 0) {
        const previous = parts[parts.length - 1];
        const last = previous.charCodeAt(previous.length - 1);
        // Only an escape yields a lone high surrogate, and the buffer is ASCII otherwise.
        if (last >= 0xd800 && last <= 0xdbff) pairsSurrogates = true;
      }
      parts.push(String.fromCodePoint(code));
      continue;
    }
    if (e === 'N') {
      parts.push(namedEscape(buffer, start, s));
      s = buffer.indexOf('}', s) + 1;
      continue;
    }
    if (invalidEscape === undefined) invalidEscape = e;
    parts.push('\\' + e);
  }
  return { value: parts.join(''), invalidEscape, invalidOctal, pairsSurrogates };
}

/** `\N{NAME}` starting at `start` (the backslash); `s` is just after the `N`. */
function namedEscape(buffer: string, start: number, s: number): string {
  const malformed = 'malformed \\N character escape';
  if (s >= buffer.length || buffer[s] !== '{') throw codecError(buffer, start, s, malformed);
  const close = buffer.indexOf('}', s + 1);
  if (close < 0) throw codecError(buffer, start, buffer.length, malformed);
  if (close === s + 1) throw codecError(buffer, start, close, malformed);
  const cp = lookupUnicodeName(buffer.slice(s + 1, close));
  if (cp === undefined) throw codecError(buffer, start, close + 1, 'unknown Unicode character name');
  return String.fromCodePoint(cp);
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/** UnicodeDecodeError's str(): `end` is exclusive, as in the exception object. */
function codecError(buffer: string, start: number, end: number, reason: string): EscapeError {
  const where =
    end === start + 1
      ? `byte 0x${buffer.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end - 1}`;
  return new EscapeError('unicode error', `'unicodeescape' codec can't decode ${where}: ${reason}`);
}

// --- bytes ---

/** Decodes the body of a non-raw bytes literal; every char of `body` is ASCII. */
export function decodeBytesEscapes(body: string): Escaped<Uint8Array> {
  const out = new Uint8Array(body.length);
  let n = 0;
  let invalidEscape: string | undefined;
  let invalidOctal = false;
  const end = body.length;
  let s = 0;
  while (s < end) {
    if (body[s] !== '\\') {
      out[n++] = body.charCodeAt(s++);
      continue;
    }
    s++;
    // Unreachable from a well-formed token (its body cannot end in one backslash), but
    // CPython has the message, so we keep it rather than read past the end.
    if (s === end) throw new EscapeError('value error', 'Trailing \\ in string');
    const e = body[s++];
    if (e === '\n') continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out[n++] = simple.charCodeAt(0);
      continue;
    }
    if (e >= '0' && e <= '7') {
      let code = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && s < end && body[s] >= '0' && body[s] <= '7'; k++) {
        code = code * 8 + body.charCodeAt(s++) - 48;
      }
      if (code > 0o377 && invalidEscape === undefined) {
        invalidEscape = body.slice(s - 3, s);
        invalidOctal = true;
      }
      out[n++] = code & 0xff; // CPython stores the int into a char: 0o777 becomes 0xff.
      continue;
    }
    if (e === 'x') {
      const high = s + 1 < end ? hexDigit(body.charCodeAt(s)) : -1;
      const low = s + 1 < end ? hexDigit(body.charCodeAt(s + 1)) : -1;
      if (high < 0 || low < 0) {
        throw new EscapeError('value error', `invalid \\x escape at position ${s - 2}`);
      }
      out[n++] = high * 16 + low;
      s += 2;
      continue;
    }
    // Unknown escapes (including \N, \u, \U, which bytes lack) keep their backslash.
    if (invalidEscape === undefined) invalidEscape = e;
    out[n++] = 0x5c;
    s--;
  }
  return { value: out.slice(0, n), invalidEscape, invalidOctal };
}
