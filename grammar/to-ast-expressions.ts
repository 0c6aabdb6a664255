// CST → AST for expressions, call arguments, comprehensions and assignment targets.
// Each handler is named after the python.ohm rule (or `rule_case`) it builds.

import { type Builder, type Cst, type Handlers, DEL, LOAD, STORE, nameNode, setContext } from './to-ast-core.js';
import type { expr_context } from '../ast/nodes.js';

const BIN_OPS: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '**': 'Pow',
};
const UNARY_OPS: Record<string, string> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };
const COMPARE_OPS: Record<string, string> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', is: 'Is',
};

// Operator nodes carry no data, so one shared object per operator is enough.
const OPERATOR_NODES = new Map<string, { _type: string }>();
export function operatorNode(type: string): any {
  let node = OPERATOR_NODES.get(type);
  if (node === undefined) OPERATOR_NODES.set(type, (node = { _type: type }));
  return node;
}

/** `first (sep first)* ","?` as a list: children 0, 2 (an iteration) are the elements. */
export function commaList(b: Builder, node: Cst, start: number): any[] {
  const rest = b.items(node, start, 2);
  rest.unshift(b.child(node, start, 0));
  return rest;
}

/** The same shape, as one expression when it has no comma and as a Tuple when it has one. */
function tupleOrSingle(b: Builder, node: Cst, start: number): any {
  if (!b.has(node, 1) && !b.has(node, 3)) return b.child(node, start, 0);
  return { _type: 'Tuple', elts: commaList(b, node, start), ctx: LOAD, ...b.at(node, start) };
}

/** Left-associative binary operators: `operand (op operand)*`. */
function binaryChain(b: Builder, node: Cst, start: number): any {
  let left = b.child(node, start, 0);
  const ops = node.children[1];
  if (ops.children.length === 0) return left;
  const operands = node.children[2];
  for (let j = 0; j < ops.children.length; j++) {
    const op = operatorNode(BIN_OPS[b.text(start + ops.childOffsets[j])]);
    const rightStart = start + operands.childOffsets[j];
    const rightNode = operands.children[j];
    const right = b.visit(rightNode, rightStart);
    left = { _type: 'BinOp', left, op, right, ...b.span(start, rightStart + rightNode.matchLength) };
  }
  return left;
}

function boolChain(op: string): (b: Builder, node: Cst, start: number) => any {
  return (b, node, start) => {
    if (!b.has(node, 1)) return b.child(node, start, 0);
    const values = b.items(node, start, 2);
    values.unshift(b.child(node, start, 0));
    return { _type: 'BoolOp', op: operatorNode(op), values, ...b.at(node, start) };
  };
}

/** Applies the trailers (`.name`, call, genexp call, subscript) of iteration child `column`
 *  to `value`, which starts at `start`; each new node spans from `start`. */
function applyTrailers(b: Builder, node: Cst, start: number, value: any, column: number): any {
  const trailers = node.children[column];
  for (let j = 0; j < trailers.children.length; j++) {
    const trailer = trailers.children[j];
    const trailerStart = start + trailers.childOffsets[j];
    const kind = trailer.children[0];
    const kindStart = trailerStart + trailer.childOffsets[0];
    const position = b.span(start, trailerStart + trailer.matchLength);
    switch (kind.ctorName) {
      case 'trailer_attribute':
        value = { _type: 'Attribute', value, attr: b.child(kind, kindStart, 1), ctx: LOAD, ...position };
        break;
      case 'trailer_call': {
        const args = b.optional(kind, kindStart, 1) ?? { args: [], keywords: [] };
        value = { _type: 'Call', func: value, args: args.args, keywords: args.keywords, ...position };
        break;
      }
      case 'genexp':
        value = { _type: 'Call', func: value, args: [b.visit(kind, kindStart)], keywords: [], ...position };
        break;
      case 'trailer_subscript':
        value = { _type: 'Subscript', value, slice: b.child(kind, kindStart, 1), ctx: LOAD, ...position };
        break;
      default:
        throw new Error(`to-ast: unknown trailer ${kind.ctorName}`);
    }
  }
  return value;
}

function constant(b: Builder, node: Cst, start: number, value: unknown): any {
  return { _type: 'Constant', value, kind: null, ...b.at(node, start) };
}

/** Handlers for targets in context `ctx` (Store for assignments, Del for `del`). */
function attributeTarget(ctx: expr_context) {
  return (b: Builder, node: Cst, start: number) => ({
    _type: 'Attribute', value: b.child(node, start, 0), attr: b.child(node, start, 2), ctx, ...b.at(node, start),
  });
}
function subscriptTarget(ctx: expr_context) {
  return (b: Builder, node: Cst, start: number) => ({
    _type: 'Subscript', value: b.child(node, start, 0), slice: b.child(node, start, 2), ctx, ...b.at(node, start),
  });
}
function nameOrPassTarget(ctx: expr_context) {
  return (b: Builder, node: Cst, start: number) => {
    const kid = node.children[0];
    const kidStart = start + node.childOffsets[0];
    return kid.ctorName === 'name' ? nameNode(b, kid, kidStart, ctx) : b.visit(kid, kidStart);
  };
}
function sequenceTarget(type: 'Tuple' | 'List', ctx: expr_context) {
  return (b: Builder, node: Cst, start: number) => ({
    _type: type, elts: b.optional(node, start, 1) ?? [], ctx, ...b.at(node, start),
  });
}

export const EXPRESSION_HANDLERS: Handlers = {
  expressions: tupleOrSingle,
  star_expressions: tupleOrSingle,
  star_named_expressions: commaList,
  expression_conditional: (b, n, s) => ({
    _type: 'IfExp', test: b.child(n, s, 2), body: b.child(n, s, 0), orelse: b.child(n, s, 4), ...b.at(n, s),
  }),
  yield_expr_from: (b, n, s) => ({ _type: 'YieldFrom', value: b.child(n, s, 2), ...b.at(n, s) }),
  yield_expr_plain: (b, n, s) => ({ _type: 'Yield', value: b.optional(n, s, 1), ...b.at(n, s) }),
  star_expression_star: (b, n, s) => ({ _type: 'Starred', value: b.child(n, s, 1), ctx: LOAD, ...b.at(n, s) }),
  star_named_expression_star: (b, n, s) => ({ _type: 'Starred', value: b.child(n, s, 1), ctx: LOAD, ...b.at(n, s) }),
  starred_expression: (b, n, s) => ({ _type: 'Starred', value: b.child(n, s, 1), ctx: LOAD, ...b.at(n, s) }),
  assignment_expression: (b, n, s) => ({
    _type: 'NamedExpr', target: nameNode(b, n.children[0], s + n.childOffsets[0], STORE),
    value: b.child(n, s, 2), ...b.at(n, s),
  }),
  disjunction: boolChain('Or'),
  conjunction: boolChain('And'),
  inversion_not: (b, n, s) => ({ _type: 'UnaryOp', op: operatorNode('Not'), operand: b.child(n, s, 1), ...b.at(n, s) }),
  comparison: (b, n, s) => {
    if (!b.has(n, 1)) return b.child(n, s, 0);
    return {
      _type: 'Compare', left: b.child(n, s, 0), ops: b.items(n, s, 1), comparators: b.items(n, s, 2), ...b.at(n, s),
    };
  },
  compare_op: (b, n, s) => {
    const kid = n.children[0];
    if (kid.ctorName === 'not_in') return operatorNode('NotIn');
    if (kid.ctorName === 'is_not') return operatorNode('IsNot');
    return operatorNode(COMPARE_OPS[b.text(s)]);
  },
  bitwise_or: binaryChain,
  bitwise_xor: binaryChain,
  bitwise_and: binaryChain,
  shift_expr: binaryChain,
  sum: binaryChain,
  term: binaryChain,
  factor_unary: (b, n, s) => ({
    _type: 'UnaryOp', op: operatorNode(UNARY_OPS[b.text(s)]), operand: b.child(n, s, 1), ...b.at(n, s),
  }),
  power: (b, n, s) => {
    if (!b.has(n, 1)) return b.child(n, s, 0);
    return { _type: 'BinOp', left: b.child(n, s, 0), op: operatorNode('Pow'), right: b.optional(n, s, 2), ...b.at(n, s) };
  },
  await_primary_await: (b, n, s) => ({ _type: 'Await', value: b.child(n, s, 1), ...b.at(n, s) }),
  primary: (b, n, s) => applyTrailers(b, n, s, b.child(n, s, 0), 1),
  t_primary: (b, n, s) => applyTrailers(b, n, s, b.child(n, s, 0), 2),
  slices_one: (b, n, s) => b.child(n, s, 0),
  slices_tuple: (b, n, s) => ({ _type: 'Tuple', elts: commaList(b, n, s), ctx: LOAD, ...b.at(n, s) }),
  slice_slice: (b, n, s) => ({
    _type: 'Slice', lower: b.optional(n, s, 0), upper: b.optional(n, s, 2),
    step: b.optional(n, s, 3), ...b.at(n, s),
  }),
  slice_step: (b, n, s) => b.optional(n, s, 1),
  atom: (b, n, s) => {
    const kid = n.children[0];
    if (kid.ctorName === 'name') return nameNode(b, kid, s, LOAD);
    if (!kid.isTerminal()) return b.visit(kid, s);
    const text = b.text(s);
    switch (text) {
      case 'True': return constant(b, n, s, true);
      case 'False': return constant(b, n, s, false);
      case 'None': return constant(b, n, s, null);
      case '...': return constant(b, n, s, { kind: 'ellipsis' });
      default: return constant(b, n, s, b.number(s));
    }
  },
  group: (b, n, s) => b.child(n, s, 1),
  list: (b, n, s) => ({ _type: 'List', elts: b.optional(n, s, 1) ?? [], ctx: LOAD, ...b.at(n, s) }),
  tuple: (b, n, s) => ({ _type: 'Tuple', elts: b.optional(n, s, 1) ?? [], ctx: LOAD, ...b.at(n, s) }),
  tuple_items: (b, n, s) => {
    const rest = b.optional(n, s, 2) ?? [];
    rest.unshift(b.child(n, s, 0));
    return rest;
  },
  set: (b, n, s) => ({ _type: 'Set', elts: b.child(n, s, 1), ...b.at(n, s) }),
  dict: (b, n, s) => {
    const pairs: any[][] = b.optional(n, s, 1) ?? [];
    return { _type: 'Dict', keys: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]), ...b.at(n, s) };
  },
  double_starred_kvpairs: commaList,
  double_starred_kvpair_unpack: (b, n, s) => [null, b.child(n, s, 1)],
  kvpair: (b, n, s) => [b.child(n, s, 0), b.child(n, s, 2)],
  for_if_clauses: (b, n, s) => b.items(n, s, 0),
  for_if_clause: (b, n, s) => ({
    _type: 'comprehension', target: b.child(n, s, 2), iter: b.child(n, s, 4),
    ifs: b.items(n, s, 6), is_async: b.has(n, 0) ? 1 : 0,
  }),
  listcomp: (b, n, s) => ({ _type: 'ListComp', elt: b.child(n, s, 1), generators: b.child(n, s, 2), ...b.at(n, s) }),
  setcomp: (b, n, s) => ({ _type: 'SetComp', elt: b.child(n, s, 1), generators: b.child(n, s, 2), ...b.at(n, s) }),
  genexp: (b, n, s) => ({ _type: 'GeneratorExp', elt: b.child(n, s, 1), generators: b.child(n, s, 2), ...b.at(n, s) }),
  dictcomp: (b, n, s) => {
    const [key, value] = b.child(n, s, 1);
    return { _type: 'DictComp', key, value, generators: b.child(n, s, 2), ...b.at(n, s) };
  },

  // --- Call arguments: {args, keywords}, positional and starred first, as the grammar orders them ---
  arguments: (b, n, s) => b.child(n, s, 0),
  args_positional: (b, n, s) => {
    const args = b.items(n, s, 2);
    args.unshift(b.child(n, s, 0));
    const rest = b.optional(n, s, 4);
    if (rest === null) return { args, keywords: [] };
    return { args: args.concat(rest.args), keywords: rest.keywords };
  },
  args: (b, n, s) => b.child(n, s, 0),
  kwargs_both: (b, n, s) => splitArguments([
    b.child(n, s, 0), ...b.items(n, s, 2), b.child(n, s, 4), ...b.items(n, s, 6),
  ]),
  kwargs_starred: (b, n, s) => splitArguments(commaList(b, n, s)),
  kwargs_double_starred: (b, n, s) => splitArguments(commaList(b, n, s)),
  kwarg_or_starred_keyword: keywordArgument,
  kwarg_or_double_starred_keyword: keywordArgument,
  kwarg_or_double_starred_unpack: (b, n, s) => ({ _type: 'keyword', arg: null, value: b.child(n, s, 1), ...b.at(n, s) }),

  // --- Targets ---
  star_targets_one: (b, n, s) => b.child(n, s, 0),
  star_targets_tuple: (b, n, s) => ({ _type: 'Tuple', elts: commaList(b, n, s), ctx: STORE, ...b.at(n, s) }),
  star_targets_list_seq: commaList,
  star_targets_tuple_seq_many: commaList,
  star_targets_tuple_seq_one: (b, n, s) => [b.child(n, s, 0)],
  star_target_star: (b, n, s) => ({ _type: 'Starred', value: b.child(n, s, 1), ctx: STORE, ...b.at(n, s) }),
  target_with_star_atom_attribute: attributeTarget(STORE),
  target_with_star_atom_subscript: subscriptTarget(STORE),
  single_subscript_attribute_target_attribute: attributeTarget(STORE),
  single_subscript_attribute_target_subscript: subscriptTarget(STORE),
  star_atom: nameOrPassTarget(STORE),
  star_atom_paren: (b, n, s) => b.child(n, s, 1),
  star_atom_tuple: sequenceTarget('Tuple', STORE),
  star_atom_list: sequenceTarget('List', STORE),
  single_target: nameOrPassTarget(STORE),
  single_target_paren: (b, n, s) => b.child(n, s, 1),
  del_targets: commaList,
  del_target_attribute: attributeTarget(DEL),
  del_target_subscript: subscriptTarget(DEL),
  del_t_atom: nameOrPassTarget(DEL),
  del_t_atom_paren: (b, n, s) => setContext(b.child(n, s, 1), DEL),
  del_t_atom_tuple: sequenceTarget('Tuple', DEL),
  del_t_atom_list: sequenceTarget('List', DEL),

  name: (b, _n, s) => b.identifier(s),
};

function keywordArgument(b: Builder, n: Cst, s: number): any {
  return { _type: 'keyword', arg: b.child(n, s, 0), value: b.child(n, s, 2), ...b.at(n, s) };
}

function splitArguments(items: any[]): { args: any[]; keywords: any[] } {
  const args: any[] = [];
  const keywords: any[] = [];
  for (const item of items) (item._type === 'keyword' ? keywords : args).push(item);
  return { args, keywords };
}
