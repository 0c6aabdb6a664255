// CST → AST for string atoms: plain strings, f-strings (PEP 701) and their implicit
// concatenation. The node building itself is literals-ast.ts (CPython's action helpers);
// these handlers only hand it the tokens and sub-expressions in CPython's order.

import { type Builder, type Cst, type Handlers } from './to-ast-core.js';
import {
  concatenateStrings,
  debugText,
  formatSpec,
  formattedValue,
  joinedStr,
  stringConstant,
  type FStringPart,
} from './literals-ast.js';

/** An f-string piece: the FSTRING_MIDDLE token itself (decoded by literals-ast) or a field. */
function fstringPart(b: Builder, n: Cst, s: number): FStringPart {
  const kid = n.children[0];
  return kid.isTerminal() ? b.token(s) : b.visit(kid, s);
}

export const STRING_HANDLERS: Handlers = {
  strings: (b, n, s) => {
    const column = n.children[0];
    const items = new Array(column.children.length);
    for (let j = 0; j < items.length; j++) {
      const item = column.children[j];
      const itemStart = s + column.childOffsets[j];
      items[j] = item.isTerminal() ? stringConstant(b.token(itemStart), b) : b.visit(item, itemStart);
    }
    const end = s + n.matchLength;
    return concatenateStrings(items, b.token(s), b.token(end - 1), b.token(end), b);
  },
  fstring: (b, n, s) => {
    const end = s + n.matchLength - 1;
    return joinedStr(b.token(s), b.items(n, s, 1), b.token(end), b);
  },
  fstring_middle: fstringPart,
  fstring_format_spec: fstringPart,
  fstring_replacement_field: (b, n, s) => {
    const afterEquals = b.childStart(n, s, 3);
    const debug = b.has(n, 2) ? debugText(b.source, b.token(s).end, b.token(afterEquals).start) : null;
    return formattedValue({
      open: b.token(s),
      close: b.token(s + n.matchLength - 1),
      expression: b.child(n, s, 1),
      debug,
      conversion: b.optional(n, s, 3),
      formatSpec: b.optional(n, s, 4),
    }, b);
  },
  fstring_conversion: (b, _n, s) => ({ bang: b.token(s), name: b.token(s + 1) }),
  fstring_full_format_spec: (b, n, s) => formatSpec(b.token(s), b.items(n, s, 1), b.token(s + n.matchLength - 1), b),
};
