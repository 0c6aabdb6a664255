// String AST nodes exactly as CPython 3.13's parser actions build them
// (Parser/action_helpers.c): a STRING token's Constant, an f-string's JoinedStr, a
// replacement field's FormattedValue (with the `{x=}` debug text), a format spec, and the
// implicit concatenation of adjacent literals. The parser calls these bottom-up, in the
// order CPython runs its actions, so that warnings come out in CPython's order:
//
//   strings: (fstring | string)+    → concatenateStrings(items, first, last, lookahead, ctx)
//   string: STRING                  → stringConstant(token, ctx)
//   fstring: START middle* END      → joinedStr(start, parts, end, ctx)
//   '{' expr '='? conv? spec? '}'   → formattedValue({...}, ctx)
//   ':' (MIDDLE | field)*           → formatSpec(colon, parts, lastToken, ctx)
//
// The `\{` / `\}` warnings of f-string text are the tokenizer's (tokenize.ts, as CPython's
// lexer); the builders report the parser's: invalid escapes found while decoding.
//
// CPython calls the concatenation for EVERY strings atom, even one plain f-string: that
// is where adjacent literal pieces merge (`f"a{{b"` is two tokens, one Constant).

import type { Constant, FormattedValue, JoinedStr, Position, expr } from '../ast/nodes.js';
import { PySyntaxError } from './errors.js';
import { UnsupportedFeatureError } from '../lower/errors.js';
import {
  decodeFStringDebugText,
  decodeFStringMiddle,
  decodeFormatSpecMiddle,
  decodeString,
  SURROGATE_PAIR_FEATURE,
  syntaxError,
  type LiteralSite,
  type LiteralWarning,
} from './literals.js';
import type { Token } from './tokens.js';
import { strRepr } from '../runtime/repr.js';

/** What the builders need from the parse beyond the tokens. */
export interface LiteralContext {
  readonly filename: string;
  /** Source line `line` (from 1) with its newline, for SyntaxError.text; null if unknown. */
  lineText(line: number): string | null;
  /** Warnings are appended here in the order CPython emits them. */
  readonly warnings: LiteralWarning[];
}

/**
 * A piece of an f-string or format spec as the parser hands it over: a FSTRING_MIDDLE
 * token (undecoded), a FormattedValue, or the JoinedStr [Constant, FormattedValue] that
 * formattedValue() returns for a `{x=}` debug field.
 */
export type FStringPart = Token | FormattedValue | JoinedStr;

/** An item of implicit concatenation: a stringConstant() or a joinedStr(). */
export type StringItem = Constant | JoinedStr;

export function siteOf(token: Token, ctx: LiteralContext): LiteralSite {
  return {
    filename: ctx.filename,
    line: token.line,
    col: token.col,
    endLine: token.endLine,
    endCol: token.endCol,
    endByteCol: token.endByteCol,
    lineText: ctx.lineText(token.line),
  };
}

/** Records warnings with the offset where CPython's parser emits them: after `token`. */
function pushWarnings(ctx: LiteralContext, warnings: LiteralWarning[], token: Token): void {
  for (const warning of warnings) ctx.warnings.push({ ...warning, offset: token.end });
}

function span(first: Token, last: Token, extraEnd = 0): Position {
  return { lineno: first.line, col_offset: first.byteCol, end_lineno: last.endLine, end_col_offset: last.endByteCol + extraEnd };
}

function constant(value: Constant['value'], kind: string | null, position: Position): Constant {
  return { _type: 'Constant', value, kind, ...position };
}

function isToken(part: FStringPart): part is Token {
  return !('_type' in part);
}

function isEmptyStr(node: expr): boolean {
  return node._type === 'Constant' && node.value === '';
}

// --- Plain strings ---

/** `string: STRING`: the token's Constant (`kind` 'u' for a lower-case u prefix). */
export function stringConstant(token: Token, ctx: LiteralContext): Constant {
  const decoded = decodeString(token.text, siteOf(token, ctx));
  pushWarnings(ctx, decoded.warnings, token);
  const value = decoded.isBytes ? { kind: 'bytes' as const, value: decoded.value as Uint8Array } : (decoded.value as string);
  return constant(value, decoded.kind, span(token, token));
}

// --- f-strings ---

/** `fstring: FSTRING_START fstring_middle* FSTRING_END` (CPython's _PyPegen_joined_str). */
export function joinedStr(start: Token, parts: FStringPart[], end: Token, ctx: LiteralContext): JoinedStr {
  const isRaw = /[rR]/.test(start.text);
  const values: expr[] = [];
  for (const part of parts) {
    if (isToken(part)) {
      // CPython decodes f-string text against the FSTRING_END token: errors and warnings
      // point there, whatever line the text is on.
      const decoded = decodeFStringMiddle(part.text, isRaw, siteOf(end, ctx));
      pushWarnings(ctx, decoded.warnings, end);
      if (decoded.value !== '') values.push(constant(decoded.value, null, span(part, part, decoded.extraEnd)));
    } else if (part._type === 'JoinedStr') {
      // A `{x=}` field: CPython decodes its debug text here like the f-string's own text.
      const [text, value] = part.values as [Constant, FormattedValue];
      const decoded = decodeFStringDebugText(text.value as string, isRaw, siteOf(end, ctx));
      pushWarnings(ctx, decoded.warnings, end);
      values.push({ ...text, value: decoded.value }, value);
    } else {
      values.push(part);
    }
  }
  return { _type: 'JoinedStr', values, ...span(start, end) };
}

/** The pieces of one replacement field `{expression=!c:spec}`. */
export interface ReplacementField {
  /** The `{` token and the `}` token: the FormattedValue spans them. */
  readonly open: Token;
  readonly close: Token;
  readonly expression: expr;
  /** For `{x=}`: the debug text, from debugText(); null without `=`. */
  readonly debug: string | null;
  /** The `!` token and the NAME after it, when there is a conversion. */
  readonly conversion: { readonly bang: Token; readonly name: Token } | null;
  /** The formatSpec() result, when there is a `:`. */
  readonly formatSpec: JoinedStr | null;
}

/**
 * A replacement field (CPython's _PyPegen_check_fstring_conversion + _PyPegen_formatted_value):
 * a FormattedValue, or for `{x=}` the JoinedStr [Constant(debug text), FormattedValue] that
 * joinedStr()/formatSpec() flatten. Debug fields convert with `!r` unless they have a
 * conversion or a format spec.
 */
export function formattedValue(field: ReplacementField, ctx: LiteralContext): FormattedValue | JoinedStr {
  let conversion = -1;
  if (field.conversion) {
    const { bang, name } = field.conversion;
    if (bang.endLine !== name.line || bang.endByteCol !== name.byteCol) {
      throw rangeError('f-string: conversion type must come right after the exclamanation mark', bang, name, ctx);
    }
    // The NAME's identifier, NFKC-normalized as CPython stores names: `!ｒ` is `!r`.
    const id = /^[\x00-\x7f]*$/.test(name.text) ? name.text : name.text.normalize('NFKC');
    if (!['s', 'r', 'a'].includes(id)) {
      throw rangeError(`f-string: invalid conversion character ${strRepr(id)}: expected 's', 'r', or 'a'`, name, name, ctx);
    }
    conversion = id.charCodeAt(0);
  } else if (field.debug !== null && field.formatSpec === null) {
    conversion = 'r'.charCodeAt(0);
  }
  const position = span(field.open, field.close);
  const value: FormattedValue = {
    _type: 'FormattedValue',
    value: field.expression,
    conversion,
    format_spec: field.formatSpec,
    ...position,
  };
  if (field.debug === null) return value;
  // The debug text ends where the conversion name, the spec's colon, or the `}` begins
  // (CPython computes it from those nodes' starts, one column back).
  let endLine: number;
  let endCol: number;
  if (field.conversion) {
    endLine = field.conversion.name.line;
    endCol = field.conversion.name.byteCol - 1;
  } else if (field.formatSpec) {
    endLine = field.formatSpec.lineno;
    endCol = field.formatSpec.col_offset;
  } else {
    endLine = position.end_lineno!;
    endCol = position.end_col_offset! - 1;
  }
  const text = constant(field.debug, null, {
    lineno: position.lineno,
    col_offset: position.col_offset + 1,
    end_lineno: endLine,
    end_col_offset: endCol,
  });
  return { _type: 'JoinedStr', values: [text, value], lineno: position.lineno, col_offset: position.col_offset, end_lineno: endLine, end_col_offset: endCol + 1 };
}

/**
 * The debug text of `{expression=...}`: the source from just after `{` up to the token
 * that follows `=` and its spaces (`!`, `:` or `}`), given as UTF-16 offsets into
 * `source`. Like CPython's lexer it reads newlines as `\n`, and when the text holds a `#`
 * anywhere it drops from each `#` to the end of its line, even inside a string literal:
 * CPython 3.13 turns `f"{'a#b'=}"` into the text `'a`.
 */
export function debugText(source: string, afterOpen: number, beforeEnd: number): string {
  const text = source.slice(afterOpen, beforeEnd).replace(/\r\n?/g, '\n');
  return text.includes('#') ? text.replace(/#[^\n]*/g, '') : text;
}

/**
 * `fstring_full_format_spec: ':' fstring_format_spec*` (CPython's
 * _PyPegen_setup_full_format_spec). `lastToken` is the spec's last token (the colon when
 * the spec is empty); the JoinedStr spans colon..lastToken. FSTRING_MIDDLE tokens here are
 * decoded even in raw f-strings and report at themselves.
 */
export function formatSpec(
  colon: Token,
  parts: FStringPart[],
  lastToken: Token,
  ctx: LiteralContext,
): JoinedStr {
  const items: expr[] = [];
  for (const part of parts) {
    if (isToken(part)) {
      const decoded = decodeFormatSpecMiddle(part.text, siteOf(part, ctx));
      pushWarnings(ctx, decoded.warnings, part);
      items.push(constant(decoded.value, null, span(part, part, decoded.extraEnd)));
    } else {
      items.push(part);
    }
  }
  const spec = items.filter((item) => !isEmptyStr(item));
  const position = span(colon, lastToken);
  if (spec.length === 0 || (spec.length === 1 && spec[0]._type === 'Constant')) {
    return { _type: 'JoinedStr', values: spec, ...position };
  }
  // Several pieces: CPython reuses the concatenation, which flattens debug fields and
  // merges adjacent constants. Only str pieces can occur, so it cannot fail.
  return concatenate(spec as StringItem[], position, ctx.filename, () => {
    throw new Error('unreachable: a format spec holds no bytes');
  }) as JoinedStr;
}

// --- Implicit concatenation ---

/**
 * `strings: (fstring | string)+` (CPython's _PyPegen_concatenate_strings): one Constant
 * (str or bytes; `kind` from the FIRST item) or one JoinedStr whose adjacent constants are
 * merged (merged positions: first piece's start to last piece's end) and whose empty
 * constants are dropped. `first`/`last` are the atom's first and last tokens. Mixing bytes
 * with str raises `cannot mix bytes and nonbytes literals` at `lookahead`, the token after
 * the atom, where CPython's parser stands when it notices.
 */
export function concatenateStrings(
  items: StringItem[],
  first: Token,
  last: Token,
  lookahead: Token,
  ctx: LiteralContext,
): Constant | JoinedStr {
  return concatenate(items, span(first, last), ctx.filename, () => {
    throw mixError(last, lookahead, ctx);
  });
}

/**
 * `cannot mix bytes and nonbytes literals`, raised where CPython's parser stands: on the
 * token after the atom. When that is a NEWLINE, CPython's own NEWLINE token is one
 * character wide and starts at the comment before it, if any (`b"a" "b"  # c` points at
 * `# c` and the line end). In EVAL mode CPython has no token for the newline it implies
 * at the end of the source (it reports offset = column, end -1); that case is not copied.
 */
function mixError(last: Token, lookahead: Token, ctx: LiteralContext): PySyntaxError {
  const message = 'cannot mix bytes and nonbytes literals';
  if (lookahead.kind !== 'NEWLINE') return syntaxError(message, siteOf(lookahead, ctx), lookahead.text);
  const lineText = ctx.lineText(lookahead.line);
  let col = lookahead.col;
  if (lineText !== null && last.endLine === lookahead.line) {
    const between = Array.from(lineText).slice(last.endCol, lookahead.col);
    const hash = between.indexOf('#');
    if (hash >= 0) col = last.endCol + hash;
  }
  // The newline implied at the end of a file without one has no width (as in CPython's
  // report for such a file: `x = "a" b"b"` ends at offset 13, not 14).
  const width = lookahead.start === lookahead.end ? 0 : 1;
  return new PySyntaxError('SyntaxError', message, ctx.filename, lookahead.line, col + 1, lineText, lookahead.line, lookahead.col + 1 + width);
}

function concatenate(
  items: StringItem[],
  position: Position,
  filename: string,
  mixError: () => never,
): Constant | JoinedStr {
  let fstringFound = false;
  let strFound = false;
  let bytesFound = false;
  for (const item of items) {
    if (item._type === 'Constant') {
      if (isBytes(item)) bytesFound = true;
      else strFound = true;
    } else {
      fstringFound = true;
    }
  }
  if ((strFound || fstringFound) && bytesFound) mixError();

  if (bytesFound) {
    const parts = items.map((item) => ((item as Constant).value as { value: Uint8Array }).value);
    const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return constant({ kind: 'bytes', value: bytes }, (items[0] as Constant).kind, position);
  }
  if (!fstringFound && items.length === 1) return items[0];

  const flat: expr[] = items.flatMap((item) => (item._type === 'JoinedStr' ? item.values : [item]));
  const values: expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let element = flat[i];
    if (element._type === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]._type === 'Constant') {
        // Merge the run of constants; the first one gives the kind and the start.
        const firstElement = element;
        let lastElement = element;
        let text = '';
        let j = i;
        for (; j < flat.length && flat[j]._type === 'Constant'; j++) {
          lastElement = flat[j] as Constant;
          const piece = lastElement.value as string;
          if (/[\ud800-\udbff]$/.test(text) && /^[\udc00-\udfff]/.test(piece)) {
            throw new UnsupportedFeatureError(SURROGATE_PAIR_FEATURE, lastElement.lineno, filename);
          }
          text += piece;
        }
        i = j - 1;
        element = constant(text, firstElement.kind, {
          lineno: firstElement.lineno,
          col_offset: firstElement.col_offset,
          end_lineno: lastElement.end_lineno,
          end_col_offset: lastElement.end_col_offset,
        });
      }
      if (fstringFound && isEmptyStr(element)) continue;
    }
    values.push(element);
  }
  if (!fstringFound) return values[0] as Constant;
  return { _type: 'JoinedStr', values, ...position };
}

function isBytes(node: Constant): boolean {
  const value = node.value;
  return typeof value === 'object' && value !== null && value.kind === 'bytes';
}

// --- Errors ---

function rangeError(message: string, from: Token, to: Token, ctx: LiteralContext): PySyntaxError {
  return new PySyntaxError(
    'SyntaxError',
    message,
    ctx.filename,
    from.line,
    from.col + 1,
    ctx.lineText(from.line),
    to.endLine,
    to.endCol + 1,
  );
}
