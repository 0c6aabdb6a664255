// A miniature parser for one string atom (`"a" f"b{x=!r:>{w}}" u"c"`, optionally in
// parentheses), built on pyx's tokenizer and the literal builders of grammar/literals-ast.ts.
// It exists to test those builders against CPython's ast.dump, and shows the grammar the
// order in which to call them. Replacement-field expressions are limited to what the test
// table uses: a name, a number, a nested string atom, or `{}`.

import type { Dict, Name, expr } from '../../ast/nodes.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { decodeNumber, mergeWarnings, type LiteralWarning } from '../../grammar/literals.js';
import {
  concatenateStrings,
  debugText,
  formatSpec,
  formattedValue,
  joinedStr,
  stringConstant,
  type FStringPart,
  type LiteralContext,
  type StringItem,
} from '../../grammar/literals-ast.js';
import { tokenize } from '../../grammar/tokenize.js';
import type { TokenizeWarning } from '../../grammar/tokenize-core.js';
import type { Token } from '../../grammar/tokens.js';

/**
 * Where each lexer warning arises, re-derived from the tokens, for mergeWarnings():
 * TokenizeWarning has no offset yet. `\{`/`\}` in non-raw f-string text, a number run
 * into a keyword. Without a one-to-one match the warnings are returned unplaced.
 */
export function lexerWarningOffsets(warnings: TokenizeWarning[], tokens: Token[]): { message: string; lineno: number; offset?: number }[] {
  const events: number[] = [];
  const raw: boolean[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.kind === 'FSTRING_START') raw.push(/[rR]/.test(token.text));
    else if (token.kind === 'FSTRING_END') raw.pop();
    else if (token.kind === 'FSTRING_MIDDLE' && !raw[raw.length - 1]) {
      for (let i = 0; i < token.text.length; i++) {
        if (token.text[i] !== '\\') continue;
        const next = i + 1 < token.text.length ? token.text[i + 1] : tokens[k + 1]?.text[0];
        if (next === '{' || next === '}') events.push(token.start + i);
        else i++;
      }
    } else if (token.kind === 'NUMBER' && tokens[k + 1]?.kind === 'NAME' && tokens[k + 1].start === token.end) {
      events.push(token.end);
    }
  }
  if (events.length !== warnings.length) return warnings;
  return warnings.map((warning, i) => ({ ...warning, offset: events[i] }));
}

/**
 * Parses `source` (one string atom). Warnings go to `warnings` as they arise, so a caller
 * still has those emitted before an error is thrown, as CPython prints them.
 */
export function parseStringAtom(source: string, warnings: LiteralWarning[] = []): { node: expr; warnings: LiteralWarning[] } {
  const lines = source.split(/(?<=\n)/);
  const ctx: { -readonly [K in keyof LiteralContext]: LiteralContext[K] } = {
    filename: '<unknown>',
    lineText: (line) => lines[line - 1] ?? null,
    warnings: [],
  };
  const lexerWarnings: TokenizeWarning[] = [];
  const tokens = tokenize(source, '<unknown>', { comments: false, warnings: lexerWarnings });
  const lexer = lexerWarningOffsets(lexerWarnings, tokens);
  // The builders' warnings collect apart; on the way out (or on an error) they are merged
  // with the lexer's into `warnings`, in the order CPython prints them.
  const parser: LiteralWarning[] = [];
  ctx.warnings = parser;
  let pos = 0;

  const peek = (): Token => tokens[pos];
  const isOp = (text: string) => peek().kind === 'OP' && peek().text === text;
  function expect(kind: Token['kind'], text?: string): Token {
    const token = tokens[pos];
    if (token.kind !== kind || (text !== undefined && token.text !== text)) {
      throw new PySyntaxError('SyntaxError', `test parser: expected ${text ?? kind}, got ${token.kind} ${JSON.stringify(token.text)}`, '<unknown>', token.line, token.col + 1, null);
    }
    pos++;
    return token;
  }

  function atom(): expr {
    if (isOp('(')) {
      pos++;
      const inner = strings();
      expect('OP', ')');
      return inner;
    }
    return strings();
  }

  function strings(): expr {
    const first = peek();
    const items: StringItem[] = [];
    while (peek().kind === 'STRING' || peek().kind === 'FSTRING_START') {
      items.push(peek().kind === 'STRING' ? stringConstant(expect('STRING'), ctx) : fstring());
    }
    return concatenateStrings(items, first, tokens[pos - 1], peek(), ctx);
  }

  function fstring(): StringItem {
    const start = expect('FSTRING_START');
    const parts: FStringPart[] = [];
    while (peek().kind !== 'FSTRING_END') {
      parts.push(peek().kind === 'FSTRING_MIDDLE' ? expect('FSTRING_MIDDLE') : field());
    }
    return joinedStr(start, parts, expect('FSTRING_END'), ctx);
  }

  function field(): FStringPart {
    const open = expect('OP', '{');
    const expression = fieldExpression();
    const hasDebug = isOp('=');
    if (hasDebug) pos++;
    let conversion: { bang: Token; name: Token } | null = null;
    if (isOp('!')) {
      const bang = expect('OP', '!');
      conversion = { bang, name: expect('NAME') };
    }
    let spec = null;
    let colon: Token | null = null;
    if (isOp(':')) {
      colon = expect('OP', ':');
      const parts: FStringPart[] = [];
      while (!isOp('}')) parts.push(peek().kind === 'FSTRING_MIDDLE' ? expect('FSTRING_MIDDLE') : field());
      spec = formatSpec(colon, parts, tokens[pos - 1], ctx);
    }
    const close = expect('OP', '}');
    const debugEnd = conversion?.bang ?? colon ?? close;
    const debug = hasDebug ? debugText(source, open.end, debugEnd.start) : null;
    return formattedValue({ open, close, expression, debug, conversion, formatSpec: spec }, ctx);
  }

  function fieldExpression(): expr {
    const token = peek();
    const position = (last: Token) => ({
      lineno: token.line,
      col_offset: token.byteCol,
      end_lineno: last.endLine,
      end_col_offset: last.endByteCol,
    });
    if (token.kind === 'NAME') {
      pos++;
      return { _type: 'Name', id: token.text, ctx: { _type: 'Load' }, ...position(token) } satisfies Name;
    }
    if (token.kind === 'NUMBER') {
      pos++;
      const value = decodeNumber(token.text);
      return { _type: 'Constant', value, kind: null, ...position(token) };
    }
    if (isOp('{')) {
      pos++;
      const close = expect('OP', '}');
      return { _type: 'Dict', keys: [], values: [], ...position(close) } satisfies Dict;
    }
    return strings();
  }

  try {
    return { node: atom(), warnings };
  } finally {
    warnings.push(...mergeWarnings(lexer, parser, ctx.filename));
  }
}
