// The SyntaxWarnings CPython 3.13's compiler (not its parser) emits while compiling, in the
// order it emits them: `x is 1`, `(1, 2)(3)`, `5[0]`, `[1, 2]['a']`, `assert (x, 'msg')`.
// CPython runs them on the AST after constant folding, so `-1` and `(1, 2)` count as
// literals; foldedType() models the folds that matter here (unary +/-/~ on numbers and
// tuples of constants, not arithmetic between constants).

import type * as A from '../ast/nodes.js';
import type { LiteralWarning } from '../grammar/literals.js';
import type { SourceInfo } from './errors.js';

/** The Python type name of `e` if CPython's AST optimizer makes it a Constant, else null. */
export function foldedType(e: A.expr): string | null {
  switch (e._type) {
    case 'Constant': {
      const value = e.value;
      if (value === null) return 'NoneType';
      switch (typeof value) {
        case 'boolean': return 'bool';
        case 'bigint': return 'int';
        case 'number': return 'float';
        case 'string': return 'str';
      }
      return value.kind === 'ellipsis' ? 'ellipsis' : value.kind;
    }
    case 'UnaryOp': {
      const operand = foldedType(e.operand);
      if (e.op._type === 'USub' || e.op._type === 'UAdd') return operand === 'int' || operand === 'float' || operand === 'complex' ? operand : null;
      if (e.op._type === 'Invert') return operand === 'int' ? 'int' : null;
      return null;
    }
    case 'Tuple':
      return e.ctx._type === 'Load' && e.elts.every((elt) => foldedType(elt) !== null) ? 'tuple' : null;
    default:
      return null;
  }
}

/** CPython's infer_type(): the type a display or literal certainly has, else null. */
function inferType(e: A.expr): string | null {
  const folded = foldedType(e);
  if (folded !== null) return folded;
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return null;
  }
}

function warn(info: SourceInfo, node: A.Position, message: string): void {
  info.warnings?.push({ category: 'SyntaxWarning', message, filename: info.filename, lineno: node.lineno } satisfies LiteralWarning);
}

/** `is`/`is not` with a literal operand (None, True, False and ... are fine). */
export function checkCompare(info: SourceInfo, e: A.Compare): void {
  const isLiteral = (operand: A.expr) => {
    const type = foldedType(operand);
    return type !== null && !['NoneType', 'bool', 'ellipsis'].includes(type);
  };
  let left = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const right = e.comparators[i];
    const op = e.ops[i]._type;
    if ((op === 'Is' || op === 'IsNot') && (isLiteral(left) || isLiteral(right))) {
      const literal = isLiteral(left) ? left : right;
      const message = op === 'Is' ? `"is" with '${foldedType(literal)}' literal. Did you mean "=="?`
        : `"is not" with '${foldedType(literal)}' literal. Did you mean "!="?`;
      warn(info, e, message);
      return; // CPython stops at the first warning of a comparison.
    }
    left = right;
  }
}

const NOT_CALLABLE = new Set(['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue']);

/** Calling a literal or a display, as in `[(1, 2) (3, 4)]` with a missing comma. */
export function checkCaller(info: SourceInfo, func: A.expr): void {
  if (NOT_CALLABLE.has(func._type) || foldedType(func) !== null) {
    warn(info, func, `'${inferType(func)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** Subscripting a literal that never supports it, then indexing a sequence literal with a
 *  key that is certainly not an int or a slice. */
export function checkSubscript(info: SourceInfo, value: A.expr, index: A.expr): void {
  const valueType = foldedType(value);
  if ((valueType !== null && ['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset'].includes(valueType)) ||
    ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value._type)) {
    warn(info, value, `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  const sequence = valueType !== null ? ['str', 'bytes', 'tuple'].includes(valueType)
    : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type);
  if (sequence) {
    warn(info, value, `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
  }
}

/** `assert (test, message)`: a non-empty tuple (folded to a constant or not) is always true. */
export function checkAssert(info: SourceInfo, s: A.Assert): void {
  if (s.test._type === 'Tuple' && s.test.elts.length > 0) {
    warn(info, s, 'assertion is always true, perhaps remove parentheses?');
  }
}

/**
 * Emits the warnings of `e` again, in the order its lowering emits them, without making
 * code. CPython 3.13 compiles a `while` test twice (at the top and, inverted, at the
 * bottom of the loop), so its warnings (even those inside a lambda or comprehension there)
 * appear twice; pyx tests once but must warn like CPython.
 */
export function repeatWarnings(info: SourceInfo, e: A.expr): void {
  const walk = (node: A.expr | null): void => {
    if (node === null) return;
    switch (node._type) {
      case 'Compare': checkCompare(info, node); walk(node.left); node.comparators.forEach(walk); return;
      case 'Call':
        checkCaller(info, node.func);
        walk(node.func);
        node.args.forEach(walk);
        node.keywords.forEach((keyword) => walk(keyword.value));
        return;
      case 'Subscript':
        if (node.ctx._type === 'Load') checkSubscript(info, node.value, node.slice);
        walk(node.value);
        walk(node.slice);
        return;
      case 'Lambda':
        node.args.defaults.forEach(walk);
        node.args.kw_defaults.forEach(walk);
        walk(node.body);
        return;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        node.generators.forEach((generator) => {
          walk(generator.iter);
          walk(generator.target);
          generator.ifs.forEach(walk);
        });
        if (node._type === 'DictComp') { walk(node.key); walk(node.value); } else walk(node.elt);
        return;
      case 'Dict': node.keys.forEach((key, i) => { walk(key); walk(node.values[i]); }); return;
      case 'NamedExpr': walk(node.value); return;
      case 'BinOp': {
        const rights: A.expr[] = []; // Iterative over the left spine, as the lowering.
        let leaf: A.expr = node;
        for (; leaf._type === 'BinOp'; leaf = leaf.left) rights.push(leaf.right);
        walk(leaf);
        for (let i = rights.length - 1; i >= 0; i--) walk(rights[i]);
        return;
      }
      case 'UnaryOp': walk(node.operand); return;
      case 'BoolOp': node.values.forEach(walk); return;
      case 'IfExp': walk(node.test); walk(node.body); walk(node.orelse); return;
      case 'Attribute': case 'Starred': walk(node.value); return;
      case 'Slice': walk(node.lower); walk(node.upper); walk(node.step); return;
      case 'Tuple': case 'List': case 'Set': node.elts.forEach(walk); return;
      case 'JoinedStr': node.values.forEach(walk); return;
      case 'FormattedValue': walk(node.value); walk(node.format_spec); return;
      default: return; // Names and constants warn about nothing; the rest is rejected earlier.
    }
  };
  walk(e);
}
