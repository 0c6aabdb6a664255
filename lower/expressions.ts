// Lowering of expressions: each returns the value (virtual register) holding its result.
// Short-circuit forms (and/or, conditional expressions, chained comparisons) become
// branches that meet in a block with a phi.

import type * as A from '../ast/nodes.js';
import type { OpName } from '../ir/ops.js';
import type { AttrValue, Block, BlockId, ValueId } from '../ir/types.js';
import { checkBindable, constant, loadName, pos, storeName, type Ctx } from './context.js';
import { compileSyntaxError } from './errors.js';
import { lowerComprehension, lowerLambda } from './functions.js';
import { checkCaller, checkCompare, checkSubscript } from './warnings.js';
import { awaitIterator, checkAsyncYieldFrom, lowerAwait, wrapAsyncYield } from './async.js';
import { superOwner } from './scopes.js';
import { isTemporaryIterable } from './exceptions.js';

export const BINARY_OPS: Record<A.operator['_type'], OpName> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', FloorDiv: 'floordiv',
  Mod: 'mod', Pow: 'pow', LShift: 'lshift', RShift: 'rshift', BitAnd: 'bit_and', BitOr: 'bit_or', BitXor: 'bit_xor',
};

export const INPLACE_OPS: Record<A.operator['_type'], OpName> = {
  Add: 'inplace_add', Sub: 'inplace_sub', Mult: 'inplace_mul', MatMult: 'inplace_matmul', Div: 'inplace_truediv',
  FloorDiv: 'inplace_floordiv', Mod: 'inplace_mod', Pow: 'inplace_pow', LShift: 'inplace_lshift',
  RShift: 'inplace_rshift', BitAnd: 'inplace_bit_and', BitOr: 'inplace_bit_or', BitXor: 'inplace_bit_xor',
};

const UNARY_OPS: Record<A.unaryop['_type'], OpName> = { UAdd: 'pos', USub: 'neg', Invert: 'invert', Not: 'not' };

const COMPARE_OPS: Record<A.cmpop['_type'], OpName> = {
  Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge', Is: 'is', IsNot: 'is_not', In: 'in', NotIn: 'not_in',
};

const CONVERSIONS: Record<number, string> = { [-1]: 'none', 115: 's', 114: 'r', 97: 'a' };

export function expression(ctx: Ctx, e: A.expr): ValueId {
  const b = ctx.b;
  const at = pos(e);
  switch (e._type) {
    case 'Constant': return constant(ctx, e.value, e);
    case 'Name': return loadName(ctx, e.id, e);
    case 'NamedExpr': {
      const value = expression(ctx, e.value);
      storeName(ctx, (e.target as A.Name).id, value, e.target);
      return value;
    }
    case 'BinOp': {
      // Iterative over the left spine: `a + b + c + ...` can be thousands deep.
      const spine: A.BinOp[] = [];
      let leaf: A.expr = e;
      for (; leaf._type === 'BinOp'; leaf = leaf.left) spine.push(leaf);
      let result = expression(ctx, leaf);
      for (let i = spine.length - 1; i >= 0; i--) {
        const right = expression(ctx, spine[i].right);
        result = b.value(BINARY_OPS[spine[i].op._type], [result, right], {}, pos(spine[i]));
      }
      return result;
    }
    case 'UnaryOp': return b.value(UNARY_OPS[e.op._type], [expression(ctx, e.operand)], {}, at);
    case 'BoolOp': return boolOp(ctx, e);
    case 'IfExp': {
      const [whenTrue, whenFalse, merge] = [b.newBlock(), b.newBlock(), b.newBlock()];
      condition(ctx, e.test, whenTrue, whenFalse);
      const incoming: ValueId[] = [];
      const from: BlockId[] = [];
      for (const [block, part] of [[whenTrue, e.body], [whenFalse, e.orelse]] as const) {
        b.setBlock(block);
        incoming.push(expression(ctx, part));
        from.push(b.block.id);
        b.emit('jump', [], { target: merge.id }, at);
      }
      b.setBlock(merge);
      return b.phi(merge, incoming, from, at);
    }
    case 'Compare': return compare(ctx, e);
    case 'Call': return call(ctx, e);
    case 'Attribute': return b.value('load_attr', [expression(ctx, e.value)], { name: e.attr }, at);
    case 'Subscript': {
      checkSubscript(ctx.module.info, e.value, e.slice);
      const container = expression(ctx, e.value);
      return b.value('subscr', [container, expression(ctx, e.slice)], {}, at);
    }
    case 'Slice': {
      const part = (node: A.expr | null) => node === null ? constant(ctx, null, e) : expression(ctx, node);
      const [start, stop, step] = [part(e.lower), part(e.upper), part(e.step)];
      return b.value('build_slice', [start, stop, step], {}, at);
    }
    case 'Tuple': case 'List': case 'Set': return display(ctx, e);
    case 'Dict': return dict(ctx, e);
    case 'JoinedStr': {
      if (e.values.length === 0) return constant(ctx, '', e);
      const parts = e.values.map((part) => expression(ctx, part));
      if (parts.length === 1) return parts[0]; // Already a str: a constant or a format_value.
      return b.value('build_string', parts, {}, at);
    }
    case 'FormattedValue': {
      const value = expression(ctx, e.value);
      const operands = e.format_spec === null ? [value] : [value, expression(ctx, e.format_spec)];
      return b.value('format_value', operands, { conversion: CONVERSIONS[e.conversion] ?? 'none' }, at);
    }
    case 'Lambda': return lowerLambda(ctx, e);
    case 'Yield': {
      // Suspension is a block boundary: the resume block starts with the value sent in.
      const value = wrapAsyncYield(ctx, e.value === null ? constant(ctx, null, e) : expression(ctx, e.value), e);
      const resume = b.newBlock();
      b.emit('yield_value', [value], { resume: resume.id }, at);
      b.setBlock(resume);
      return b.value('resume_value', [], {}, at);
    }
    case 'Await': return lowerAwait(ctx, e);
    case 'YieldFrom': {
      checkAsyncYieldFrom(ctx, e);
      // The delegate_send loop, shared with `await` (lower/async.ts awaitIterator).
      return awaitIterator(ctx, b.value('get_iter', [expression(ctx, e.value)], {}, at), e);
    }
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return lowerComprehension(ctx, e);
    case 'Starred': throw compileSyntaxError("can't use starred expression here", e, ctx.module.info);
    default:
      // Rejected by the scope pass, which sees every expression first.
      throw new Error(`pyx internal error: unexpected ${(e as A.expr)._type} in lowering`);
  }
}

/**
 * Lowers `e` as a condition: control goes to `whenTrue` or `whenFalse`. Like CPython's
 * compiler_jump_if, `and`/`or`/`not`, conditional expressions and chained comparisons
 * become jumps, so each operand's truth value is tested once: `if a and b:` never calls
 * a.__bool__ twice (lowering it as a value and then branching on the result would).
 */
export function condition(ctx: Ctx, e: A.expr, whenTrue: Block, whenFalse: Block): void {
  const b = ctx.b;
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return condition(ctx, e.operand, whenFalse, whenTrue);
      break;
    case 'BoolOp':
      e.values.forEach((part, i) => {
        if (i === e.values.length - 1) return condition(ctx, part, whenTrue, whenFalse);
        const next = b.newBlock();
        if (e.op._type === 'And') condition(ctx, part, next, whenFalse);
        else condition(ctx, part, whenTrue, next);
        b.setBlock(next);
      });
      return;
    case 'IfExp': {
      const [body, orelse] = [b.newBlock(), b.newBlock()];
      condition(ctx, e.test, body, orelse);
      b.setBlock(body);
      condition(ctx, e.body, whenTrue, whenFalse);
      b.setBlock(orelse);
      return condition(ctx, e.orelse, whenTrue, whenFalse);
    }
    case 'Compare': {
      if (e.ops.length === 1) break;
      checkCompare(ctx.module.info, e);
      let left = expression(ctx, e.left);
      e.ops.forEach((op, i) => {
        const right = expression(ctx, e.comparators[i]);
        const result = b.value(COMPARE_OPS[op._type], [left, right], {}, pos(e));
        const next = i === e.ops.length - 1 ? whenTrue : b.newBlock();
        b.emit('branch', [result], { then: next.id, else: whenFalse.id }, pos(e));
        if (next !== whenTrue) b.setBlock(next);
        left = right;
      });
      return;
    }
    default:
      break;
  }
  b.emit('branch', [expression(ctx, e)], { then: whenTrue.id, else: whenFalse.id }, pos(e));
}

function boolOp(ctx: Ctx, e: A.BoolOp): ValueId {
  const b = ctx.b;
  const merge = b.newBlock();
  const incoming: ValueId[] = [];
  const from: BlockId[] = [];
  e.values.forEach((part, i) => {
    const value = expression(ctx, part);
    incoming.push(value);
    from.push(b.block.id);
    if (i === e.values.length - 1) {
      b.emit('jump', [], { target: merge.id }, pos(e));
      return;
    }
    const next = b.newBlock();
    // `and` continues while true, `or` while false; either way the deciding value is the result.
    const [then, otherwise] = e.op._type === 'And' ? [next, merge] : [merge, next];
    b.emit('branch', [value], { then: then.id, else: otherwise.id }, pos(part));
    b.setBlock(next);
  });
  b.setBlock(merge);
  return b.phi(merge, incoming, from, pos(e));
}

/** `a < b < c` is `a < b and b < c` with b evaluated once. */
function compare(ctx: Ctx, e: A.Compare): ValueId {
  const b = ctx.b;
  checkCompare(ctx.module.info, e);
  let left = expression(ctx, e.left);
  if (e.ops.length === 1) return b.value(COMPARE_OPS[e.ops[0]._type], [left, expression(ctx, e.comparators[0])], {}, pos(e));
  const merge: Block = b.newBlock();
  const incoming: ValueId[] = [];
  const from: BlockId[] = [];
  e.ops.forEach((op, i) => {
    const right = expression(ctx, e.comparators[i]);
    const result = b.value(COMPARE_OPS[op._type], [left, right], {}, pos(e));
    incoming.push(result);
    from.push(b.block.id);
    if (i === e.ops.length - 1) {
      b.emit('jump', [], { target: merge.id }, pos(e));
      return;
    }
    const next = b.newBlock();
    b.emit('branch', [result], { then: next.id, else: merge.id }, pos(e));
    b.setBlock(next);
    left = right;
  });
  b.setBlock(merge);
  return b.phi(merge, incoming, from, pos(e));
}

/**
 * `super()` with no arguments in a method: CPython's compiler passes the implicit __class__
 * cell and the first argument of the frame, so pyx lowers it to super(__class__, first).
 * Null when this call is not that (super() elsewhere then raises RuntimeError at run time).
 */
function zeroArgSuper(ctx: Ctx, e: A.Call): ValueId[] | null {
  if (e.func._type !== 'Name' || e.func.id !== 'super' || e.args.length > 0 || e.keywords.length > 0) return null;
  const params = ctx.b.fn.params;
  if (!ctx.scope.freevars.includes('__class__')) return null;
  const owner = superOwner(ctx.scope);
  if (owner !== ctx.scope) {
    // The enclosing function's first parameter, a free variable here (scopes.ts adds it).
    const first = owner.params[0];
    if (first === undefined || !ctx.scope.freevars.includes(first)) return null;
    const cls = ctx.b.value('load_deref', [], { name: '__class__' }, pos(e));
    return [cls, loadName(ctx, first, e)];
  }
  if (params.length === 0 || params[0].kind === 'keyword_only') return null;
  const cls = ctx.b.value('load_deref', [], { name: '__class__' }, pos(e));
  return [cls, loadName(ctx, params[0].name, e)];
}

function call(ctx: Ctx, e: A.Call): ValueId {
  const b = ctx.b;
  const at = pos(e);
  // compile.c's validate_keywords: each keyword may not be __debug__ nor repeat (reported at the repeat).
  e.keywords.forEach((keyword, i) => {
    if (keyword.arg === null) return;
    checkBindable(ctx, keyword.arg, keyword);
    const again = e.keywords.slice(i + 1).find((other) => other.arg === keyword.arg);
    if (again !== undefined) throw compileSyntaxError(`keyword argument repeated: ${keyword.arg}`, again, ctx.module.info);
  });
  checkCaller(ctx.module.info, e.func);
  const callee = expression(ctx, e.func);
  const implicitSuper = zeroArgSuper(ctx, e);
  if (implicitSuper !== null) return b.value('call', [callee, ...implicitSuper], {}, at);
  const simple = e.args.every((arg) => arg._type !== 'Starred') && e.keywords.every((keyword) => keyword.arg !== null);
  if (simple) {
    const operands = [callee, ...e.args.map((arg) => expression(ctx, arg))];
    operands.push(...e.keywords.map((keyword) => expression(ctx, keyword.value)));
    const attrs: Record<string, AttrValue> = e.keywords.length === 0 ? {} : { kwnames: e.keywords.map((keyword) => keyword.arg!) };
    const result = b.value('call', operands, attrs, at);
    const args = operands.slice(1, 1 + e.args.length);
    CALL_ARGUMENTS.set(e, args);
    releaseConsumedTemporaries(ctx, e, args);
    return result;
  }
  // `f(*x)` passes x itself, so call_ex can name f when x is not iterable (as CPython).
  const onlyStar = e.args.length === 1 && e.args[0]._type === 'Starred' ? e.args[0] : null;
  const args = onlyStar !== null ? expression(ctx, onlyStar.value)
    : b.value('list_to_tuple', [sequence(ctx, e.args, 'list', e)], {}, at);
  if (e.keywords.length === 0) return b.value('call_ex', [callee, args], {}, at);
  // Keywords: runs of named ones become dicts, merged in order with the ** mappings so a
  // repeated name raises "got multiple values for keyword argument".
  let keywords: ValueId | null = null;
  let run: ValueId[] = [];
  const flush = () => {
    if (run.length === 0 && keywords !== null) return;
    const part = b.value('build_dict', run, {}, at);
    run = [];
    if (keywords === null) keywords = part;
    else b.emit('dict_merge', [keywords, part, callee], {}, at);
  };
  for (const keyword of e.keywords) {
    if (keyword.arg !== null) {
      run.push(constant(ctx, keyword.arg, keyword), expression(ctx, keyword.value));
      continue;
    }
    flush();
    b.emit('dict_merge', [keywords!, expression(ctx, keyword.value), callee], {}, pos(keyword));
  }
  if (run.length > 0) flush();
  return b.value('call_ex', [callee, args, keywords!], {}, at);
}

/** The values of the positional arguments of each call lowered without `*`/`**` (by AST node). */
const CALL_ARGUMENTS = new WeakMap<A.Call, ValueId[]>();

/** The positional argument values of call `e` once lowered, when it had neither `*` nor `**`. */
export function callArguments(e: A.Call): readonly ValueId[] | undefined {
  return CALL_ARGUMENTS.get(e);
}

/** Builtins that may stop reading an iterator before its end and keep no reference to it. */
const EARLY_STOPPING = new Set(['any', 'all', 'next']);

/**
 * any(), all() and next() called on a temporary generator (a generator expression or a call,
 * lower/exceptions.ts isTemporaryIterable) may leave it suspended; CPython frees the argument
 * when the call returns, which closes it (its finally blocks run there): release_iter does that.
 */
function releaseConsumedTemporaries(ctx: Ctx, e: A.Call, args: ValueId[]): void {
  if (e.func._type !== 'Name' || !EARLY_STOPPING.has(e.func.id) || ctx.scope.binding(e.func.id) !== 'global_implicit') return;
  e.args.forEach((arg, i) => {
    if (isTemporaryIterable(arg)) ctx.b.emit('release_iter', [args[i]], {}, pos(e));
  });
}

/** A list or set of `items`, where `*x` items are spliced in. */
function sequence(ctx: Ctx, items: A.expr[], kind: 'list' | 'set', node: A.Position): ValueId {
  const b = ctx.b;
  const at = pos(node);
  const firstStar = items.findIndex((item) => item._type === 'Starred');
  const prefix = firstStar === -1 ? items : items.slice(0, firstStar);
  const result = b.value(kind === 'list' ? 'build_list' : 'build_set', prefix.map((item) => expression(ctx, item)), {}, at);
  for (const item of items.slice(prefix.length)) {
    if (item._type === 'Starred') {
      b.emit(kind === 'list' ? 'list_extend' : 'set_update', [result, expression(ctx, item.value)], {}, pos(item));
    } else {
      b.emit(kind === 'list' ? 'list_append' : 'set_add', [result, expression(ctx, item)], {}, pos(item));
    }
  }
  return result;
}

function display(ctx: Ctx, e: A.Tuple | A.List | A.Set): ValueId {
  const b = ctx.b;
  const starred = e.elts.some((item) => item._type === 'Starred');
  if (e._type === 'Set') {
    return starred ? sequence(ctx, e.elts, 'set', e) : b.value('build_set', e.elts.map((item) => expression(ctx, item)), {}, pos(e));
  }
  if (!starred) {
    return b.value(e._type === 'Tuple' ? 'build_tuple' : 'build_list', e.elts.map((item) => expression(ctx, item)), {}, pos(e));
  }
  const list = sequence(ctx, e.elts, 'list', e);
  return e._type === 'Tuple' ? b.value('list_to_tuple', [list], {}, pos(e)) : list;
}

function dict(ctx: Ctx, e: A.Dict): ValueId {
  const b = ctx.b;
  const keys = e.keys as (A.expr | null)[];
  const firstSplat = keys.findIndex((key) => key === null);
  const prefixLength = firstSplat === -1 ? keys.length : firstSplat;
  const operands: ValueId[] = [];
  for (let i = 0; i < prefixLength; i++) operands.push(expression(ctx, keys[i]!), expression(ctx, e.values[i]));
  const result = b.value('build_dict', operands, {}, pos(e));
  for (let i = prefixLength; i < keys.length; i++) {
    const key = keys[i];
    if (key === null) b.emit('dict_update', [result, expression(ctx, e.values[i])], {}, pos(e.values[i]));
    else {
      const keyValue = expression(ctx, key);
      b.emit('dict_set', [result, keyValue, expression(ctx, e.values[i])], {}, pos(key));
    }
  }
  return result;
}
