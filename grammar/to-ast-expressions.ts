// CST → AST for expressions, call arguments, comprehensions and assignment targets.
// Each handler is named after the python.ohm rule (or `rule_case`) it builds.

import { type Builder, type Cst, type Handlers, DEL, LOAD, STORE, nameNode, setContext } from './to-ast-core.js';
import type { expr_context } from '../ast/nodes.js';

const BIN_OPS: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '**': 'Pow',
};
const UNARY_OPS: Record<string, string> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };
const NOT_OPS: Record<string, string> = { not: 'Not' };
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

// Precedence of python.gram's binary levels, lowest first: bitwise_or, bitwise_xor,
// bitwise_and, shift_expr, sum, term. All are left-associative.
const PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};

/** `factor (binary_operator factor)*`: rebuilds python.gram's tree by precedence climbing.
 *  Each BinOp spans its leftmost operand's start to its rightmost operand's end. */
function binaryOperators(b: Builder, node: Cst, start: number): any {
  const ops = node.children[1];
  if (ops.children.length === 0) return b.child(node, start, 0);
  const operandColumn = node.children[2];
  const count = ops.children.length;
  const values = [b.child(node, start, 0)];
  const starts = [b.childStart(node, start, 0)];
  const ends = [starts[0] + node.children[0].matchLength];
  const operators: string[] = [];
  for (let j = 0; j < count; j++) {
    operators.push(b.text(start + ops.childOffsets[j]));
    const operandStart = start + operandColumn.childOffsets[j];
    values.push(b.visit(operandColumn.children[j], operandStart));
    starts.push(operandStart);
    ends.push(operandStart + operandColumn.children[j].matchLength);
  }
  let k = 0;
  // Consumes operands from index k at precedence >= minimum; k ends on the last one used.
  const climb = (minimum: number): any => {
    let left = values[k];
    const leftStart = starts[k];
    while (k < count && PRECEDENCE[operators[k]] >= minimum) {
      const operator = operators[k];
      k++;
      const right = climb(PRECEDENCE[operator] + 1);
      left = { _type: 'BinOp', left, op: operatorNode(BIN_OPS[operator]), right, ...b.span(leftStart, ends[k]) };
    }
    return left;
  };
  return climb(1);
}

/** Wraps `value` in the prefix operators of iteration child 0 (`not`, unary `+ - ~`),
 *  innermost last; each UnaryOp spans from its operator to the end of `node`. */
function prefixOperators(b: Builder, node: Cst, start: number, value: any, ops: Record<string, string>): any {
  const prefixes = node.children[0];
  const end = start + node.matchLength;
  for (let j = prefixes.children.length - 1; j >= 0; j--) {
    const opStart = start + prefixes.childOffsets[j];
    value = { _type: 'UnaryOp', op: operatorNode(ops[b.text(opStart)]), operand: value, ...b.span(opStart, end) };
  }
  return value;
}

/** `inversion (("or" | "and") inversion)*`: `and` groups first, then one `or` over them.
 *  Each BoolOp spans its first operand's start to its last operand's end. */
/** The operators of inversion's comparison column: terminals, or not_in / is_not nodes. */
function compareOperators(b: Builder, node: Cst, start: number): any[] {
  const column = node.children[2];
  const ops = new Array(column.children.length);
  for (let j = 0; j < ops.length; j++) {
    const op = column.children[j];
    const opStart = start + column.childOffsets[j];
    ops[j] = op.isTerminal() ? operatorNode(COMPARE_OPS[b.text(opStart)]) : b.visit(op, opStart);
  }
  return ops;
}

function booleanOperators(b: Builder, node: Cst, start: number): any {
  const ops = node.children[1];
  if (ops.children.length === 0) return b.child(node, start, 0);
  const operandColumn = node.children[2];
  const orValues: any[] = [];
  let andValues = [b.child(node, start, 0)];
  let andStart = start;
  let andEnd = start + node.children[0].matchLength;
  const closeAnd = () => {
    orValues.push(andValues.length === 1 ? andValues[0]
      : { _type: 'BoolOp', op: operatorNode('And'), values: andValues, ...b.span(andStart, andEnd) });
  };
  for (let j = 0; j < ops.children.length; j++) {
    const operandStart = start + operandColumn.childOffsets[j];
    const operand = b.visit(operandColumn.children[j], operandStart);
    if (b.text(start + ops.childOffsets[j]) === 'or') {
      closeAnd();
      andValues = [operand];
      andStart = operandStart;
    } else {
      andValues.push(operand);
    }
    andEnd = operandStart + operandColumn.children[j].matchLength;
  }
  closeAnd();
  if (orValues.length === 1) return orValues[0];
  return { _type: 'BoolOp', op: operatorNode('Or'), values: orValues, ...b.at(node, start) };
}

/** Applies the trailers of a primary to `value`, which starts at `valueStart`: iteration
 *  `opColumn` of `node` (starting at `start`) holds the opening tokens (".", "(", "["),
 *  `opColumn + 1` the name / call_tail / subscript_tail after each. Every new node spans
 *  from `valueStart` to its trailer's end. */
function applyTrailers(b: Builder, node: Cst, start: number, valueStart: number, value: any, opColumn: number): any {
  const opens = node.children[opColumn];
  const tails = node.children[opColumn + 1];
  for (let j = 0; j < opens.children.length; j++) {
    const tail = tails.children[j];
    const tailStart = start + tails.childOffsets[j];
    const position = b.span(valueStart, tailStart + tail.matchLength);
    const open = b.text(start + opens.childOffsets[j]);
    if (open === '.') {
      value = { _type: 'Attribute', value, attr: b.visit(tail, tailStart), ctx: LOAD, ...position };
    } else if (open === '(') {
      const args = b.visit(tail, tailStart);
      value = { _type: 'Call', func: value, args: args.args, keywords: args.keywords, ...position };
    } else {
      value = { _type: 'Subscript', value, slice: b.visit(tail, tailStart), ctx: LOAD, ...position };
    }
  }
  return value;
}

const NO_ARGUMENTS = { args: [], keywords: [] };

/** The value of an atom whose chosen alternative `kid` starts at `start`. */
function atomValue(b: Builder, kid: Cst, start: number): any {
  if (!kid.isTerminal()) return b.visit(kid, start);
  const token = b.token(start);
  const position = b.span(start, start + 1);
  switch (token.text) {
    case 'True': return { _type: 'Constant', value: true, kind: null, ...position };
    case 'False': return { _type: 'Constant', value: false, kind: null, ...position };
    case 'None': return { _type: 'Constant', value: null, kind: null, ...position };
    case '...': return { _type: 'Constant', value: { kind: 'ellipsis' }, kind: null, ...position };
  }
  if (token.kind === 'NUMBER') return { _type: 'Constant', value: b.number(start), kind: null, ...position };
  return { _type: 'Name', id: b.identifier(start), ctx: LOAD, ...position };
}

/** Handlers for targets in context `ctx` (Store for assignments, Del for `del`). */
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
  expression: (b, n, s) => {
    if (!b.has(n, 1)) return b.child(n, s, 0);
    return { _type: 'IfExp', test: b.optional(n, s, 2), body: b.child(n, s, 0), orelse: b.optional(n, s, 4), ...b.at(n, s) };
  },
  yield_expr_from: (b, n, s) => ({ _type: 'YieldFrom', value: b.child(n, s, 2), ...b.at(n, s) }),
  yield_expr_plain: (b, n, s) => ({ _type: 'Yield', value: b.optional(n, s, 1), ...b.at(n, s) }),
  starred_bitwise_or: (b, n, s) => ({ _type: 'Starred', value: b.child(n, s, 1), ctx: LOAD, ...b.at(n, s) }),
  starred_expression: (b, n, s) => ({ _type: 'Starred', value: b.child(n, s, 1), ctx: LOAD, ...b.at(n, s) }),
  assignment_expression: (b, n, s) => ({
    _type: 'NamedExpr', target: nameNode(b, n.children[0], s + n.childOffsets[0], STORE),
    value: b.child(n, s, 2), ...b.at(n, s),
  }),
  disjunction: booleanOperators,
  inversion: (b, n, s) => {
    let value = b.child(n, s, 1);
    if (b.has(n, 2)) {
      value = {
        _type: 'Compare', left: value, ops: compareOperators(b, n, s), comparators: b.items(n, s, 3),
        ...b.span(b.childStart(n, s, 1), s + n.matchLength),
      };
    }
    return prefixOperators(b, n, s, value, NOT_OPS);
  },
  not_in: () => operatorNode('NotIn'),
  is_not: () => operatorNode('IsNot'),
  bitwise_or: binaryOperators,
  factor: (b, n, s) => {
    // ("+" | "-" | "~")* "await"? atom trailers* ("**" factor)?
    const atomStart = b.childStart(n, s, 2);
    let value = applyTrailers(b, n, s, atomStart, atomValue(b, n.children[2], atomStart), 3);
    const awaitStart = b.childStart(n, s, 1);
    if (b.has(n, 1)) value = { _type: 'Await', value, ...b.span(awaitStart, b.childStart(n, s, 5)) };
    if (b.has(n, 5)) {
      const right = b.optional(n, s, 6);
      value = { _type: 'BinOp', left: value, op: operatorNode('Pow'), right, ...b.span(awaitStart, s + n.matchLength) };
    }
    return prefixOperators(b, n, s, value, UNARY_OPS);
  },
  t_primary: (b, n, s) => applyTrailers(b, n, s, s, b.child(n, s, 0), 2),
  call_tail: (b, n, s) => {
    const inside = n.children[0];
    if (inside.children.length === 0) return NO_ARGUMENTS;
    const kid = inside.children[0];
    const kidStart = s + inside.childOffsets[0];
    if (kid.ctorName !== 'genexp_body') return b.visit(kid, kidStart);
    // f(x for x in y): the GeneratorExp spans the call's parentheses, as in CPython.
    const genexp = {
      _type: 'GeneratorExp', elt: b.child(kid, kidStart, 0), generators: b.child(kid, kidStart, 1),
      ...b.span(s - 1, s + n.matchLength),
    };
    return { args: [genexp], keywords: [] };
  },
  subscript_tail: (b, n, s) => b.child(n, s, 0),
  slices: (b, n, s) => {
    const first = b.child(n, s, 0);
    if (!b.has(n, 1) && !b.has(n, 3) && first._type !== 'Starred') return first;
    const elts = b.items(n, s, 2);
    elts.unshift(first);
    return { _type: 'Tuple', elts, ctx: LOAD, ...b.at(n, s) };
  },
  slice_range: (b, n, s) => ({
    _type: 'Slice', lower: b.optional(n, s, 0), upper: b.optional(n, s, 2),
    step: b.optional(n, s, 3), ...b.at(n, s),
  }),
  slice_step: (b, n, s) => b.optional(n, s, 1),
  atom: (b, n, s) => atomValue(b, n.children[0], s),
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
  star_targets: (b, n, s) => {
    if (!b.has(n, 1) && !b.has(n, 3)) return b.child(n, s, 0);
    return { _type: 'Tuple', elts: commaList(b, n, s), ctx: STORE, ...b.at(n, s) };
  },
  star_targets_list_seq: commaList,
  star_targets_tuple_seq_many: commaList,
  star_targets_tuple_seq_one: (b, n, s) => [b.child(n, s, 0)],
  star_target: (b, n, s) => {
    if (!b.has(n, 0)) return b.child(n, s, 1);
    return { _type: 'Starred', value: b.child(n, s, 1), ctx: STORE, ...b.at(n, s) };
  },
  single_subscript_attribute_target: (b, n, s) => {
    const value = b.child(n, s, 0);
    const tail = b.child(n, s, 2);
    if (b.text(b.childStart(n, s, 1)) === '.') return { _type: 'Attribute', value, attr: tail, ctx: STORE, ...b.at(n, s) };
    return { _type: 'Subscript', value, slice: tail, ctx: STORE, ...b.at(n, s) };
  },
  star_atom: nameOrPassTarget(STORE),
  paren_star_atom_target: (b, n, s) => b.child(n, s, 1),
  paren_star_atom_tuple: sequenceTarget('Tuple', STORE),
  list_star_atom: sequenceTarget('List', STORE),
  single_target: nameOrPassTarget(STORE),
  paren_single_target: (b, n, s) => b.child(n, s, 1),
  del_targets: commaList,
  del_target: (b, n, s) => setContext(b.child(n, s, 0), DEL),
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
