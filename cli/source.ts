// Source bytes → text, as CPython 3.13 does for `ast.parse(bytes)` (and `python -m ast FILE`,
// which reads files in binary mode): a UTF-8 BOM, then a PEP 263 coding declaration on
// line 1 or 2, else UTF-8. Decoding problems become CPython's SyntaxError, never a crash.

import { TextDecoder } from 'node:util';
import { PySyntaxError } from '../grammar/errors.js';
import { decodeMalformedUtf8 } from './source-utf8.js';

/**
 * The encoding a source file declares. Invariants: `name` is CPython's normalized spelling
 * as it appears in error messages ('utf-8', 'iso-8859-1', or the declared name lowercased);
 * `bom` is true when the bytes start with EF BB BF (which are then not part of the text).
 */
export interface SourceEncoding {
  readonly name: string;
  readonly bom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

// tokenize.detect_encoding's cookie pattern: a comment-only line containing `coding[:=]`.
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
// A line that may precede the cookie line: blank or comment-only.
const BLANK_RE = /^[ \t\f]*(?:[#\r\n]|$)/;

/**
 * A decoded source. Invariant: `deferred`, when present, is a SyntaxError CPython raises only
 * once its parser reaches the offending token (invalid UTF-8 in an identifier or a string);
 * `text` then holds U+FFFD for the bad bytes, so the parser can run first.
 */
export interface DecodedSource {
  readonly text: string;
  readonly deferred?: PySyntaxError;
  /** Where the token that raises `deferred` starts (line from 1, code-point column from 1). */
  readonly deferredAt?: { readonly lineno: number; readonly offset: number };
}

/** Decodes a source file's bytes to the text the tokenizer sees. Throws PySyntaxError. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const { text, deferred } = decodeSourceDeferred(bytes, filename);
  if (deferred) throw deferred;
  return text;
}

/** As decodeSource, but hands back the errors CPython raises only while parsing. */
export function decodeSourceDeferred(bytes: Uint8Array, filename: string): DecodedSource {
  const encoding = detectEncoding(bytes, filename);
  const body = encoding.bom ? bytes.subarray(3) : bytes;
  if (encoding.name === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
    } catch {
      const { text, error, at } = decodeMalformedUtf8(body, filename);
      return { text, deferred: error, deferredAt: at };
    }
  }
  return { text: decodeDeclared(body, encoding, filename) };
}

function decodeDeclared(body: Uint8Array, encoding: SourceEncoding, filename: string): string {
  switch (encoding.name) {
    case 'iso-8859-1':
      return latin1(body);
    case 'ascii': {
      const bad = body.findIndex((byte) => byte > 0x7f);
      if (bad >= 0) {
        throw noPosition(
          `'ascii' codec can't decode byte ${hexByte(body[bad])} in position ${bad}: ordinal not in range(128)`,
          filename,
        );
      }
      return latin1(body);
    }
    case 'cp1252':
      return decodeCp1252(body, filename);
  }
  // Other codecs: the WHATWG decoders cover the common ones (koi8-r, cp1251, shift_jis, …).
  // They may decode a byte Python's codec leaves unassigned instead of failing, and accept
  // a few labels Python does not know; everything Python decodes, they decode the same.
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding.name, { fatal: true });
  } catch {
    throw noPosition(`unknown encoding: ${encoding.name}`, filename);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw noPosition(`'${encoding.name}' codec can't decode the source: invalid bytes`, filename);
  }
}

/** The declared encoding (PEP 263), as CPython's tokenizer finds it. Throws PySyntaxError. */
export function detectEncoding(bytes: Uint8Array, filename = '<unknown>'): SourceEncoding {
  const bom = BOM.every((byte, index) => bytes[index] === byte);
  let position = bom ? 3 : 0;
  for (let lineIndex = 0; lineIndex < 2 && position < bytes.length; lineIndex++) {
    let end = bytes.indexOf(0x0a, position);
    end = end < 0 ? bytes.length : end + 1;
    // Only ASCII matters to the cookie pattern; latin1 keeps one char per byte.
    const line = latin1(bytes.subarray(position, end));
    const match = CODING_RE.exec(line);
    if (match) {
      const name = normalizeEncoding(match[1]);
      if (bom && name !== 'utf-8') {
        throw noPosition(`encoding problem: ${name} with BOM`, filename);
      }
      return { name, bom };
    }
    if (!BLANK_RE.test(line)) break;
    position = end;
  }
  return { name: 'utf-8', bom };
}

// Python's codec aliases (encodings.aliases) for the four codecs pyx decodes itself, keyed
// as encodings.normalize_encoding() spells them: lower case, punctuation runs as '_'.
const CODEC_ALIASES: Record<string, readonly string[]> = {
  'utf-8': ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'],
  'iso-8859-1': [
    'latin_1', 'latin1', 'latin', 'l1', 'cp819', '8859', 'iso8859', 'iso8859_1', 'iso_8859_1',
    'iso_8859_1_1987', 'iso_ir_100', 'ibm819', 'csisolatin1',
  ],
  ascii: [
    'ascii', '646', 'us_ascii', 'us', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
    'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6',
  ],
  cp1252: ['cp1252', 'windows_1252', '1252'],
};

/**
 * The codec a declaration names: 'utf-8', 'iso-8859-1', 'ascii' or 'cp1252' for the codecs
 * pyx decodes itself, otherwise the declaration as written (CPython's messages quote it so).
 */
function normalizeEncoding(declared: string): string {
  // CPython's get_normal_name(): "utf-8-…", "latin-1-…" and the like keep their base codec.
  const dashed = declared.toLowerCase().replaceAll('_', '-');
  if (dashed === 'utf-8' || dashed.startsWith('utf-8-')) return 'utf-8';
  for (const prefix of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (dashed === prefix || dashed.startsWith(`${prefix}-`)) return 'iso-8859-1';
  }
  const key = declared.toLowerCase().replace(/[^a-z0-9.]+/g, '_');
  for (const [codec, aliases] of Object.entries(CODEC_ALIASES)) if (aliases.includes(key)) return codec;
  return declared;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  // Chunked so String.fromCharCode never receives more arguments than the stack allows.
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

// cp1252 differs from latin-1 only in 0x80-0x9f; -1 marks bytes Python leaves undefined.
// (Node 20's WHATWG windows-1252 decoder drops these bytes, so pyx decodes it itself.)
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array, filename: string): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    const code = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : byte;
    if (code < 0) {
      throw noPosition(
        `'charmap' codec can't decode byte ${hexByte(byte)} in position ${i}: character maps to <undefined>`,
        filename,
      );
    }
    codes[i] = code;
  }
  return new TextDecoder('utf-16le').decode(codes);
}


function hexByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}

// CPython raises these with lineno 0, offset -1 and no text (see ast.parse(b'# coding: x')).
function noPosition(message: string, filename: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', message, filename, 0, -1, null, 0, -1);
}
