// CST → AST for the match statement (PEP 634) and its patterns.
// Each handler is named after the python.ohm rule (or `rule_case`) it builds.

import { type Builder, type Cst, type Handlers, LOAD, nameNode } from './to-ast-core.js';
import { commaList, operatorNode } from './to-ast-expressions.js';

/** `name ("." name)*` as a Name or a chain of Attributes, all Load. */
function dottedName(b: Builder, n: Cst, s: number): any {
  let value = nameNode(b, n.children[0], s, LOAD);
  const names = n.children[2];
  for (let j = 0; j < names.children.length; j++) {
    const nameStart = s + names.childOffsets[j];
    value = {
      _type: 'Attribute', value, attr: b.visit(names.children[j], nameStart), ctx: LOAD,
      ...b.span(s, nameStart + 1),
    };
  }
  return value;
}

/** literal_pattern / literal_expr's value as an expression. */
function literalExpression(b: Builder, n: Cst, s: number): any {
  const kid = n.children[0];
  if (!kid.isTerminal()) return b.visit(kid, s);
  const text = b.text(s);
  const value = text === 'None' ? null : text === 'True';
  return { _type: 'Constant', value, kind: null, ...b.at(n, s) };
}

function isImaginary(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind: string }).kind === 'complex';
}

function classPattern(b: Builder, n: Cst, s: number, positional: any[], keywords: any[][]): any {
  return {
    _type: 'MatchClass', cls: b.child(n, s, 0), patterns: positional, kwd_attrs: keywords.map((k) => k[0]),
    kwd_patterns: keywords.map((k) => k[1]), ...b.at(n, s),
  };
}

function mappingPattern(b: Builder, n: Cst, s: number, items: any[][], rest: string | null): any {
  return {
    _type: 'MatchMapping', keys: items.map((i) => i[0]), patterns: items.map((i) => i[1]), rest, ...b.at(n, s),
  };
}

export const PATTERN_HANDLERS: Handlers = {
  match_stmt: (b, n, s) => ({ _type: 'Match', subject: b.child(n, s, 1), cases: b.items(n, s, 5), ...b.at(n, s) }),
  subject_expr_tuple: (b, n, s) => {
    const elts = b.optional(n, s, 2) ?? [];
    elts.unshift(b.child(n, s, 0));
    return { _type: 'Tuple', elts, ctx: LOAD, ...b.at(n, s) };
  },
  case_block: (b, n, s) => ({
    _type: 'match_case', pattern: b.child(n, s, 1), guard: b.optional(n, s, 2), body: b.child(n, s, 4),
  }),
  guard: (b, n, s) => b.child(n, s, 1),
  patterns: (b, n, s) => {
    const kid = n.children[0];
    if (kid.ctorName !== 'open_sequence_pattern') return b.visit(kid, s);
    return { _type: 'MatchSequence', patterns: b.visit(kid, s), ...b.at(n, s) };
  },
  as_pattern: (b, n, s) => ({ _type: 'MatchAs', pattern: b.child(n, s, 0), name: b.child(n, s, 2), ...b.at(n, s) }),
  or_pattern: (b, n, s) => {
    if (!b.has(n, 1)) return b.child(n, s, 0);
    return { _type: 'MatchOr', patterns: commaList(b, n, s), ...b.at(n, s) };
  },
  literal_pattern: (b, n, s) => {
    const kid = n.children[0];
    if (kid.isTerminal()) {
      const text = b.text(s);
      return { _type: 'MatchSingleton', value: text === 'None' ? null : text === 'True', ...b.at(n, s) };
    }
    return { _type: 'MatchValue', value: b.visit(kid, s), ...b.at(n, s) };
  },
  literal_expr: literalExpression,
  signed_number: (b, n, s) => {
    const numberStart = b.childStart(n, s, 1);
    const value = { _type: 'Constant', value: b.number(numberStart), kind: null, ...b.span(numberStart, numberStart + 1) };
    if (!b.has(n, 0)) return value;
    return { _type: 'UnaryOp', op: operatorNode('USub'), operand: value, ...b.at(n, s) };
  },
  complex_number: (b, n, s) => {
    const left = b.child(n, s, 0);
    const real = left._type === 'UnaryOp' ? left.operand : left;
    if (isImaginary(real.value)) throw b.error('real number required in complex literal', s, s + n.children[0].matchLength);
    const imagStart = b.childStart(n, s, 2);
    const imag = b.number(imagStart);
    if (!isImaginary(imag)) throw b.error('imaginary number required in complex literal', imagStart);
    const right = { _type: 'Constant', value: imag, kind: null, ...b.span(imagStart, imagStart + 1) };
    const op = operatorNode(b.text(b.childStart(n, s, 1)) === '+' ? 'Add' : 'Sub');
    return { _type: 'BinOp', left, op, right, ...b.at(n, s) };
  },
  capture_pattern: (b, n, s) => ({ _type: 'MatchAs', pattern: null, name: b.child(n, s, 0), ...b.at(n, s) }),
  pattern_capture_target: (b, n, s) => b.child(n, s, 0),
  wildcard_pattern: (b, n, s) => ({ _type: 'MatchAs', pattern: null, name: null, ...b.at(n, s) }),
  value_pattern: (b, n, s) => ({ _type: 'MatchValue', value: b.child(n, s, 0), ...b.at(n, s) }),
  attr: dottedName,
  name_or_attr: dottedName,
  group_pattern: (b, n, s) => b.child(n, s, 1),
  sequence_pattern_list: (b, n, s) => ({ _type: 'MatchSequence', patterns: b.optional(n, s, 1) ?? [], ...b.at(n, s) }),
  sequence_pattern_tuple: (b, n, s) => ({ _type: 'MatchSequence', patterns: b.optional(n, s, 1) ?? [], ...b.at(n, s) }),
  open_sequence_pattern: (b, n, s) => {
    const rest = b.optional(n, s, 2) ?? [];
    rest.unshift(b.child(n, s, 0));
    return rest;
  },
  maybe_sequence_pattern: commaList,
  star_pattern: (b, n, s) => {
    const kid = n.children[1];
    const name = kid.ctorName === 'pattern_capture_target' ? b.child(n, s, 1) : null;
    return { _type: 'MatchStar', name, ...b.at(n, s) };
  },
  mapping_pattern_empty: (b, n, s) => mappingPattern(b, n, s, [], null),
  mapping_pattern_rest: (b, n, s) => mappingPattern(b, n, s, [], b.child(n, s, 1)),
  mapping_pattern_items_rest: (b, n, s) => mappingPattern(b, n, s, b.child(n, s, 1), b.child(n, s, 3)),
  mapping_pattern_items: (b, n, s) => mappingPattern(b, n, s, b.child(n, s, 1), null),
  items_pattern: commaList,
  key_value_pattern: (b, n, s) => [b.child(n, s, 0), b.child(n, s, 2)],
  double_star_pattern: (b, n, s) => b.child(n, s, 1),
  class_pattern_empty: (b, n, s) => classPattern(b, n, s, [], []),
  class_pattern_positional: (b, n, s) => classPattern(b, n, s, b.child(n, s, 2), []),
  class_pattern_keyword: (b, n, s) => classPattern(b, n, s, [], b.child(n, s, 2)),
  class_pattern_both: (b, n, s) => classPattern(b, n, s, b.child(n, s, 2), b.child(n, s, 4)),
  positional_patterns: commaList,
  keyword_patterns: commaList,
  keyword_pattern: (b, n, s) => [b.child(n, s, 0), b.child(n, s, 2)],
};
