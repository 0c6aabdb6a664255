// Literal decoding: the text of a NUMBER, STRING or FSTRING_MIDDLE token → its Python
// value, exactly as CPython 3.13's parser computes it (Parser/pegen.c parsenumber,
// Parser/string_parser.c, Parser/action_helpers.c). Pure functions; no parser state.
//
//   decodeNumber(text, site?)              → bigint (int) | number (float) | {kind:'complex', imag}
//   decodeString(text, site?)              → { value: string | Uint8Array, isBytes, isRaw, kind, warnings }
//   decodeFStringMiddle(text, isRaw, site?) → { value, warnings, extraEnd } (one FSTRING_MIDDLE)
//   decodeFormatSpecMiddle(text, site?)    → the same, for a FSTRING_MIDDLE inside a format spec
//   decodeFStringDebugText(text, isRaw, site?) → the text of `{x=}`, as CPython 3.13.0 decodes it
//
// AST node building for strings (implicit concatenation, f-strings, `{x=}`) lives in
// literals-ast.ts; backslash escapes in literals-escapes.ts; `\N{}` names in unicode-names.ts.
//
// Errors are PySyntaxError with CPython's message and the location CPython reports: pass the
// `site` (file name, token span, source line). Without a site the error points at line 1
// of a file named `<unknown>`, which is what unit tests of bare token texts need.
//
// Warnings (SyntaxWarning for invalid escapes) are returned, not printed: CPython prints
// them on stderr at compile time, and so should pyx's driver: mergeWarnings() interleaves
// them with the tokenizer's, formatLiteralWarning() gives CPython's text. CPython 3.13
// reports only the FIRST invalid escape of each decoded token, on the line of the token
// it is given (for f-string text: the FSTRING_END token; for a format spec: the
// FSTRING_MIDDLE token itself). Messages are 3.13's (`invalid escape sequence '\\d'`);
// the longer "Such sequences will not work in the future..." text is 3.14's.
//
// A str with an escaped high surrogate directly followed by an escaped low one cannot be
// a JS string (it would read as one astral character): such literals raise pyx's
// UnsupportedFeatureError rather than yield a wrong value.

import { PySyntaxError } from './errors.js';
import { UnsupportedFeatureError } from '../lower/errors.js';
import { EscapeError, decodeBytesEscapes, decodeUnicodeEscapes, type Escaped } from './literals-escapes.js';

/**
 * Where a literal came from, for errors and warnings. Lines count from 1; `col`/`endCol`
 * count code points from 0 and `endByteCol` UTF-8 bytes (a Token's fields), so `col + 1`
 * is CPython's 1-based `offset`. `lineText` is source line `line` including its newline
 * (as CPython reads it from the file), or null when unknown. `endByteCol` only matters
 * for a token spanning lines (see endOffsetThroughFirstLine); without it such an error
 * ends at `endCol + 1` on its last line.
 */
export interface LiteralSite {
  readonly filename: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly endByteCol?: number;
  readonly lineText: string | null;
}

/**
 * A compile-time warning CPython would print as `filename:lineno: category: message`.
 * `offset`, set by the literals-ast builders only, is where CPython's parser stands when it
 * emits the warning: the UTF-16 source index just past the token whose action decodes the
 * text (the STRING, the FSTRING_END, the format spec's FSTRING_MIDDLE). mergeWarnings()
 * uses it to interleave these with the tokenizer's warnings.
 */
export interface LiteralWarning {
  readonly category: 'SyntaxWarning';
  readonly message: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset?: number;
}

/** A Python number: int → bigint, float → number, imaginary literal → complex. */
export type NumberValue = bigint | number | { readonly kind: 'complex'; readonly imag: number };

/**
 * A decoded STRING token. Invariants: `value` is a Uint8Array exactly when `isBytes`;
 * `kind` is 'u' exactly when the token text starts with a lower-case `u` (CPython checks
 * only that character: `U"x"` has no kind).
 */
export interface DecodedString {
  readonly value: string | Uint8Array;
  readonly isBytes: boolean;
  readonly isRaw: boolean;
  readonly kind: 'u' | null;
  readonly warnings: LiteralWarning[];
}

/**
 * Decoded f-string text. `extraEnd` is 1 when the token's text ends with a brace that
 * stands for a doubled one (`a{` for `a{{`): CPython's own token, and so the AST
 * Constant's end column, covers the skipped second brace; the tokenize-style Token does not.
 */
export interface DecodedMiddle {
  readonly value: string;
  readonly warnings: LiteralWarning[];
  readonly extraEnd: 0 | 1;
}

// --- Numbers ---

const DIGITS = '[0-9](?:_?[0-9])*';
const POINT_FLOAT = `(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const FLOAT = `(?:${POINT_FLOAT}|(?:${DIGITS}|${POINT_FLOAT})[eE][+-]?${DIGITS})`;
const INT_RE = /^(?:[1-9](?:_?[0-9])*|0(?:_?0)*|0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+)$/;
const FLOAT_RE = new RegExp(`^${FLOAT}$`);
const IMAGINARY_RE = new RegExp(`^(?:${FLOAT}|${DIGITS})[jJ]$`);

/** sys.get_int_max_str_digits() default: CPython refuses longer decimal int literals. */
const INT_MAX_STR_DIGITS = 4300;

/** The value of a NUMBER token, as CPython's parsenumber() computes it. */
export function decodeNumber(text: string, site?: LiteralSite): NumberValue {
  // Underscores only separate digits; CPython drops them before converting.
  const clean = text.replaceAll('_', '');
  if (INT_RE.test(text)) {
    const isDecimal = !/^0[xXoObB]/.test(clean);
    if (isDecimal && clean[0] !== '0' && clean.length > INT_MAX_STR_DIGITS) {
      const where = siteOrDefault(site, text);
      // CPython reports this one without columns (offset 0) so that no wall of carets is drawn.
      throw new PySyntaxError(
        'SyntaxError',
        `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: ` +
          `value has ${clean.length} digits; use sys.set_int_max_str_digits() to increase the limit` +
          ' - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
        where.filename,
        where.line,
        0,
        where.lineText,
        where.endLine,
        0,
      );
    }
    // BigInt() reads the 0x/0o/0b prefixes itself (lower-cased for safety).
    return BigInt(isDecimal ? clean : clean.slice(0, 2).toLowerCase() + clean.slice(2));
  }
  // JS Number() on decimal text is correctly rounded, as CPython's dtoa-based strtod is;
  // overflow gives Infinity in both (`1e309`).
  if (FLOAT_RE.test(text)) return Number(clean);
  if (IMAGINARY_RE.test(text)) return { kind: 'complex', imag: Number(clean.slice(0, -1)) };
  throw syntaxError(invalidNumberMessage(clean), site, text);
}

function invalidNumberMessage(clean: string): string {
  const prefix = clean.slice(0, 2).toLowerCase();
  if (prefix === '0x') return 'invalid hexadecimal literal';
  if (prefix === '0o') return 'invalid octal literal';
  if (prefix === '0b') return 'invalid binary literal';
  return 'invalid decimal literal';
}

// --- Strings and bytes ---

const STRING_PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb']);

/**
 * The value of a STRING token (any prefix but f: f-strings come as FSTRING_* tokens;
 * single, double or triple quotes). `\r\n` and lone `\r` in the text read as `\n`, as they
 * do once CPython has translated the source's newlines.
 */
export function decodeString(text: string, site?: LiteralSite): DecodedString {
  const quoteAt = text.search(/['"]/);
  const prefix = text.slice(0, Math.max(quoteAt, 0)).toLowerCase();
  if (quoteAt < 0 || !STRING_PREFIXES.has(prefix)) {
    throw new TypeError(`decodeString: not a STRING token text: ${JSON.stringify(text.slice(0, 40))}`);
  }
  const isBytes = prefix.includes('b');
  const isRaw = prefix.includes('r');
  const kind = text[0] === 'u' ? 'u' : null;
  const quote = text[quoteAt];
  const triple = text.startsWith(quote.repeat(3), quoteAt) && text.length - quoteAt >= 6;
  const quoteLength = triple ? 3 : 1;
  if (text.length - quoteAt < 2 * quoteLength || !text.endsWith(quote.repeat(quoteLength))) {
    throw new TypeError(`decodeString: unterminated STRING token text: ${JSON.stringify(text.slice(0, 40))}`);
  }
  const body = translateNewlines(text.slice(quoteAt + quoteLength, text.length - quoteLength));
  const warnings: LiteralWarning[] = [];

  if (isBytes) {
    if (/[^\x00-\x7f]/.test(body)) {
      throw syntaxError('bytes can only contain ASCII literal characters', site, text);
    }
    if (isRaw || !body.includes('\\')) return { value: latin1Bytes(body), isBytes, isRaw, kind, warnings };
    const decoded = decodeOrThrow(() => decodeBytesEscapes(body), site, text);
    pushEscapeWarning(warnings, decoded, site);
    return { value: decoded.value, isBytes, isRaw, kind, warnings };
  }
  if (isRaw || !body.includes('\\')) return { value: body, isBytes, isRaw, kind, warnings };
  const decoded = decodeOrThrow(() => decodeUnicodeEscapes(body), site, text);
  if (decoded.pairsSurrogates) throw surrogatePairError(site);
  pushEscapeWarning(warnings, decoded, site);
  return { value: decoded.value, isBytes, isRaw, kind, warnings };
}

// --- f-string text ---

/**
 * The value of one FSTRING_MIDDLE token outside a format spec. `isRaw`: the f-string has an
 * r/R prefix. Pass the f-string's FSTRING_END token as `site`: CPython reports both decode
 * errors and escape warnings there. `text` is the token text as pyx's tokenizer gives it
 * (`a{` for the source `a{{`); a source slice still holding `{{`/`}}` is accepted too.
 */
export function decodeFStringMiddle(text: string, isRaw: boolean, site?: LiteralSite): DecodedMiddle {
  return decodeMiddle(text, isRaw, site, true);
}

/**
 * The value of a FSTRING_MIDDLE token inside a format spec (`f"{x:>{w}.2f}"`). CPython
 * decodes these escapes even in raw f-strings, and reports at this token itself: pass
 * the FSTRING_MIDDLE token as `site`. (CPython 3.13.0 lets a decode error here escape as
 * a bare UnicodeDecodeError; pyx raises the SyntaxError the other literals raise.)
 */
export function decodeFormatSpecMiddle(text: string, site?: LiteralSite): DecodedMiddle {
  return decodeMiddle(text, false, site, false);
}

/**
 * The debug text of a top-level `{expression=}` field, decoded as CPython 3.13.0 does: its
 * _PyPegen_joined_str decodes every Constant of the f-string, the `=` text included, as
 * f-string text. So `f"{'\\x41'=}"` shows `'A'='A'`, and an invalid escape in the expression
 * warns a second time, at the FSTRING_END (pass it as `site`). Debug texts inside a format
 * spec are left alone (CPython does not decode them).
 */
export function decodeFStringDebugText(text: string, isRaw: boolean, site?: LiteralSite): DecodedMiddle {
  const warnings: LiteralWarning[] = [];
  const translated = translateNewlines(text);
  if (isRaw || !translated.includes('\\')) return { value: translated, warnings, extraEnd: 0 };
  const decoded = decodeOrThrow(() => decodeUnicodeEscapes(translated), site, text);
  if (decoded.pairsSurrogates) throw surrogatePairError(site);
  if (decoded.invalidEscape !== '{' && decoded.invalidEscape !== '}') pushEscapeWarning(warnings, decoded, site);
  return { value: decoded.value, warnings, extraEnd: 0 };
}

function decodeMiddle(text: string, isRaw: boolean, site: LiteralSite | undefined, braceWarned: boolean): DecodedMiddle {
  const warnings: LiteralWarning[] = [];
  const { chunks, extraEnd } = splitAtBraces(translateNewlines(text), isRaw);
  const values = chunks.map((chunk) => {
    if (isRaw || !chunk.includes('\\')) return chunk;
    const decoded = decodeOrThrow(() => decodeUnicodeEscapes(chunk), site, text);
    if (decoded.pairsSurrogates) throw surrogatePairError(site);
    // The tokenizer warns about `\{` and `\}` in f-string text (tokenize.ts does too).
    const brace = decoded.invalidEscape === '{' || decoded.invalidEscape === '}';
    if (!(braceWarned && brace)) pushEscapeWarning(warnings, decoded, site);
    return decoded.value;
  });
  return { value: values.join(''), warnings, extraEnd };
}

/**
 * Splits f-string text the way CPython's lexer splits it into tokens: each escaped brace
 * (written `{{`/`}}` in source, kept once in pyx's token text) ends a piece that keeps one
 * brace. CPython decodes every piece on its own, so each may warn once. A `\N{...}` escape
 * (not in raw text) is one unit; a backslash before a brace does not escape it.
 */
function splitAtBraces(text: string, isRaw: boolean): { chunks: string[]; extraEnd: 0 | 1 } {
  const chunks: string[] = [];
  let start = 0;
  let extraEnd: 0 | 1 = 0;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '{' || next === '}') {
        i++;
      } else if (!isRaw && next === 'N' && text[i + 2] === '{') {
        const close = text.indexOf('}', i + 3);
        i = close < 0 ? text.length : close + 1;
      } else {
        i += 2;
      }
      continue;
    }
    if (c === '{' || c === '}') {
      chunks.push(text.slice(start, i + 1));
      const doubledInText = text[i + 1] === c;
      i += doubledInText ? 2 : 1;
      start = i;
      extraEnd = !doubledInText && i >= text.length ? 1 : 0;
      continue;
    }
    i++;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return { chunks, extraEnd };
}

/**
 * One file's warnings in the order CPython prints them, from the tokenizer's (`lexer`, in
 * source order) and the literal builders' (`parser`, in the order the parser built the
 * atoms). CPython's lexer runs just ahead of its parser, so a lexer warning comes first
 * when it arises before the parser's `offset`. A lexer warning without an `offset` (the
 * UTF-16 index where it arises) is placed by line, first among its line's warnings.
 */
export function mergeWarnings(
  lexer: readonly { readonly message: string; readonly lineno: number; readonly offset?: number }[],
  parser: readonly LiteralWarning[],
  filename = parser[0]?.filename ?? '<unknown>',
): LiteralWarning[] {
  const merged: LiteralWarning[] = [];
  let i = 0;
  let j = 0;
  while (i < lexer.length || j < parser.length) {
    if (j >= parser.length || (i < lexer.length && lexerFirst(lexer[i], parser[j]))) {
      merged.push({ category: 'SyntaxWarning', message: lexer[i].message, filename, lineno: lexer[i].lineno });
      i++;
    } else {
      merged.push(parser[j++]);
    }
  }
  return merged;
}

function lexerFirst(lexer: { lineno: number; offset?: number }, parser: LiteralWarning): boolean {
  if (lexer.offset !== undefined && parser.offset !== undefined) return lexer.offset < parser.offset;
  return lexer.lineno <= parser.lineno;
}

/** Whitespace as Python's str.strip() removes it (JS trim() differs on \x1c-\x1f, \ufeff). */
const PY_SPACE = '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');

/**
 * A warning as CPython 3.13 prints it on stderr (warnings.formatwarning): the location
 * line, then the source line stripped and indented by two spaces when it is known.
 * `lineText` is source line `warning.lineno`. CPython prints every one (compile-time
 * warnings bypass the once-per-location registry), in the order the parser meets them.
 */
export function formatLiteralWarning(warning: LiteralWarning, lineText: string | null): string {
  const head = `${warning.filename}:${warning.lineno}: ${warning.category}: ${warning.message}\n`;
  return lineText === null ? head : `${head}  ${lineText.replace(PY_STRIP, '')}\n`;
}

// --- Shared helpers ---

/**
 * Python strs are JS strings in pyx (lone surrogates standing for themselves), so a high
 * surrogate followed by a low one, two code points for Python, would silently become one
 * astral character. Such strs only come from escapes (`"\ud800\udc00"`); pyx refuses them
 * rather than compute a wrong value.
 */
function surrogatePairError(site: LiteralSite | undefined): UnsupportedFeatureError {
  return new UnsupportedFeatureError(SURROGATE_PAIR_FEATURE, site?.line ?? 1, site?.filename ?? '<unknown>');
}

/** The feature named by the UnsupportedFeatureError for such strs (also from concatenation). */
export const SURROGATE_PAIR_FEATURE =
  "str literals holding a high surrogate followed by a low surrogate (e.g. '\\ud800\\udc00') are";

function translateNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function decodeOrThrow<T>(decode: () => Escaped<T>, site: LiteralSite | undefined, text: string): Escaped<T> {
  try {
    return decode();
  } catch (error) {
    if (error instanceof EscapeError) throw syntaxError(error.message, site, text);
    throw error;
  }
}

function pushEscapeWarning(warnings: LiteralWarning[], decoded: Escaped<unknown>, site: LiteralSite | undefined) {
  if (decoded.invalidEscape === undefined) return;
  const message = decoded.invalidOctal
    ? `invalid octal escape sequence '\\${decoded.invalidEscape}'`
    : `invalid escape sequence '\\${decoded.invalidEscape}'`;
  warnings.push({
    category: 'SyntaxWarning',
    message,
    filename: site?.filename ?? '<unknown>',
    lineno: site?.line ?? 1,
  });
}

/** The site of a token text seen on its own: line 1 of `<unknown>`, spanning the text. */
function siteOrDefault(site: LiteralSite | undefined, text: string): LiteralSite {
  if (site) return site;
  const lines = text.split('\n');
  const lastLine = lines[lines.length - 1];
  return {
    filename: '<unknown>',
    line: 1,
    col: 0,
    endLine: lines.length,
    endCol: Array.from(lastLine).length,
    endByteCol: Buffer.byteLength(lastLine, 'utf8'),
    // compile() of a string gives the first line without its newline.
    lineText: lines[0],
  };
}

/**
 * CPython's end_offset when a token ends on a later line than it starts: it converts the
 * end's BYTE column (1-based) to characters through the FIRST line's text, clamped to
 * that text's length + 1 (the terminating NUL counts as one more character).
 */
function endOffsetThroughFirstLine(lineText: string, endByteOffset: number): number {
  const bytes = Buffer.from(lineText, 'utf8');
  const clamped = Math.min(endByteOffset, bytes.length + 1);
  const head = new TextDecoder().decode(bytes.subarray(0, Math.min(clamped, bytes.length)));
  return Array.from(head).length + (clamped > bytes.length ? 1 : 0);
}

/** A SyntaxError covering the site's token, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
export function syntaxError(message: string, site: LiteralSite | undefined, text: string): PySyntaxError {
  const where = siteOrDefault(site, text);
  const endOffset =
    where.endLine === where.line || where.lineText === null || where.endByteCol === undefined
      ? where.endCol + 1
      : endOffsetThroughFirstLine(where.lineText, where.endByteCol + 1);
  return new PySyntaxError(
    'SyntaxError',
    message,
    where.filename,
    where.line,
    where.col + 1,
    where.lineText,
    where.endLine,
    endOffset,
  );
}
