// Lowering of `match` (docs/match.md), following CPython 3.13's compiler (codegen_match):
// the subject is evaluated once; each case tests its pattern with branches to the next
// case's block on failure. A pattern's captures are collected as values while it is tested
// and stored only once the whole pattern has matched (before the guard, so a failing guard
// leaves them bound, as in CPython). An OR pattern's alternatives meet in a block whose phis
// give each captured name its value. The type tests and lookups are the `match` ops
// (match_sequence, match_mapping, get_len, match_keys, match_class); comparisons,
// unpacking and subscripts are the ordinary ops.

import type * as A from '../ast/nodes.js';
import type { ConstantValue } from '../ast/nodes.js';
import type { Block, BlockId, ValueId } from '../ir/types.js';
import { checkBindable, constant, pos, storeName, type Ctx } from './context.js';
import { compileSyntaxError } from './errors.js';
import { condition, expression } from './expressions.js';
import { statements } from './statements.js';

/** A captured name: its value and the capture pattern (where the store is reported). */
interface Capture {
  readonly value: ValueId;
  readonly node: A.Position;
}

/** Captures of the pattern being lowered, in binding order (a Map keeps insertion order). */
type Captures = Map<string, Capture>;

export function lowerMatch(ctx: Ctx, s: A.Match): void {
  const b = ctx.b;
  const subject = expression(ctx, s.subject);
  const end = b.newBlock();
  s.cases.forEach((c, i) => {
    const fail = b.newBlock();
    const captures: Captures = new Map();
    // Only the last case, or one with a guard, may be irrefutable (CPython's allow_irrefutable).
    pattern(ctx, c.pattern, subject, fail, captures, c.guard !== null || i === s.cases.length - 1);
    for (const [name, capture] of captures) storeName(ctx, name, capture.value, capture.node);
    if (c.guard !== null) {
      const body = b.newBlock();
      condition(ctx, c.guard, body, fail);
      b.setBlock(body);
    }
    statements(ctx, c.body);
    if (b.open) b.emit('jump', [], { target: end.id }, null);
    b.setBlock(fail);
  });
  b.emit('jump', [], { target: end.id }, null);
  b.setBlock(end);
}

function isWildcard(p: A.pattern): boolean {
  return (p._type === 'MatchAs' && p.pattern === null && p.name === null) || (p._type === 'MatchStar' && p.name === null);
}

/** Continues in a new block when `test` is true, else goes to `fail`. */
function require(ctx: Ctx, test: ValueId, fail: Block, node: A.Position): void {
  const next = ctx.b.newBlock();
  ctx.b.emit('branch', [test], { then: next.id, else: fail.id }, pos(node));
  ctx.b.setBlock(next);
}

/** Fails unless `value` is not None (the result of match_keys / match_class). */
function requireNotNone(ctx: Ctx, value: ValueId, fail: Block, node: A.Position): void {
  require(ctx, ctx.b.value('is_not', [value, constant(ctx, null, node)], {}, pos(node)), fail, node);
}

function capture(ctx: Ctx, name: string, value: ValueId, node: A.Position, captures: Captures): void {
  checkBindable(ctx, name, node);
  if (captures.has(name)) throw compileSyntaxError(`multiple assignments to name '${name}' in pattern`, node, ctx.module.info);
  captures.set(name, { value, node });
}

/**
 * Tests `p` against `subject`: control continues in the current block when it matches, and
 * goes to `fail` otherwise. `irrefutable`: whether a capture or wildcard may stand here.
 */
function pattern(ctx: Ctx, p: A.pattern, subject: ValueId, fail: Block, captures: Captures, irrefutable: boolean): void {
  const b = ctx.b;
  const at = pos(p);
  switch (p._type) {
    case 'MatchValue':
      require(ctx, b.value('eq', [subject, expression(ctx, p.value)], {}, at), fail, p);
      return;
    case 'MatchSingleton':
      require(ctx, b.value('is', [subject, constant(ctx, p.value, p)], {}, at), fail, p);
      return;
    case 'MatchAs':
      if (p.pattern === null) {
        if (!irrefutable) {
          throw compileSyntaxError(p.name === null ? 'wildcard makes remaining patterns unreachable'
            : `name capture '${p.name}' makes remaining patterns unreachable`, p, ctx.module.info);
        }
      } else {
        pattern(ctx, p.pattern, subject, fail, captures, irrefutable);
      }
      if (p.name !== null) capture(ctx, p.name, subject, p, captures);
      return;
    case 'MatchStar':
      // Only inside a sequence pattern (the parser's rule), which handles it.
      throw compileSyntaxError("can't use starred name here", p, ctx.module.info);
    case 'MatchOr': return orPattern(ctx, p, subject, fail, captures, irrefutable);
    case 'MatchSequence': return sequencePattern(ctx, p, subject, fail, captures);
    case 'MatchMapping': return mappingPattern(ctx, p, subject, fail, captures);
    case 'MatchClass': return classPattern(ctx, p, subject, fail, captures);
  }
}

/** A sub-pattern of a sequence, mapping or class pattern: irrefutable ones are fine there. */
function subpattern(ctx: Ctx, p: A.pattern, subject: ValueId, fail: Block, captures: Captures): void {
  pattern(ctx, p, subject, fail, captures, true);
}

function orPattern(ctx: Ctx, p: A.MatchOr, subject: ValueId, fail: Block, captures: Captures, irrefutable: boolean): void {
  const b = ctx.b;
  const join = b.newBlock();
  const alternatives: Captures[] = [];
  const from: BlockId[] = [];
  p.patterns.forEach((alternative, i) => {
    const last = i === p.patterns.length - 1;
    const next = last ? fail : b.newBlock();
    const own: Captures = new Map();
    pattern(ctx, alternative, subject, next, own, last && irrefutable);
    if (i > 0) {
      const first = alternatives[0];
      if (own.size !== first.size || [...own.keys()].some((name) => !first.has(name))) {
        throw compileSyntaxError('alternative patterns bind different names', p, ctx.module.info);
      }
    }
    alternatives.push(own);
    from.push(b.block.id);
    b.emit('jump', [], { target: join.id }, null);
    if (!last) b.setBlock(next);
  });
  b.setBlock(join);
  // Names in the first alternative's order, each the value its matching alternative captured.
  for (const [name, first] of alternatives[0]) {
    const value = b.phi(join, alternatives.map((own) => own.get(name)!.value), from, pos(p));
    capture(ctx, name, value, first.node, captures);
  }
}

function sequencePattern(ctx: Ctx, p: A.MatchSequence, subject: ValueId, fail: Block, captures: Captures): void {
  const b = ctx.b;
  const at = pos(p);
  const size = p.patterns.length;
  const stars = p.patterns.filter((q) => q._type === 'MatchStar');
  if (stars.length > 1) throw compileSyntaxError('multiple starred names in sequence pattern', p, ctx.module.info);
  const star = p.patterns.findIndex((q) => q._type === 'MatchStar');
  require(ctx, b.value('match_sequence', [subject], {}, at), fail, p);
  const length = b.value('get_len', [subject], {}, at);
  const test = star < 0
    ? b.value('eq', [length, constant(ctx, BigInt(size), p)], {}, at)
    : b.value('ge', [length, constant(ctx, BigInt(size - 1), p)], {}, at);
  require(ctx, test, fail, p);
  if (p.patterns.every(isWildcard)) return;
  if (star >= 0 && isWildcard(p.patterns[star])) {
    // `[a, *_, b]`: index the items (from the end after the star) instead of unpacking.
    p.patterns.forEach((q, i) => {
      if (isWildcard(q)) return;
      const index = i < star ? constant(ctx, BigInt(i), q)
        : b.value('sub', [b.value('get_len', [subject], {}, pos(q)), constant(ctx, BigInt(size - i), q)], {}, pos(q));
      subpattern(ctx, q, b.value('subscr', [subject, index], {}, pos(q)), fail, captures);
    });
    return;
  }
  const items = star < 0
    ? b.value('unpack_sequence', [subject], { count: size }, at)
    : b.value('unpack_ex', [subject], { before: star, after: size - star - 1 }, at);
  p.patterns.forEach((q, i) => {
    if (isWildcard(q)) return;
    const item = b.value('tuple_get', [items], { index: i }, pos(q));
    if (q._type === 'MatchStar') capture(ctx, q.name!, item, q, captures);
    else subpattern(ctx, q, item, fail, captures);
  });
}

/** A hashable identity for a constant key, equal for keys Python finds equal (1, 1.0, True). */
function keyIdentity(e: A.expr): string | null {
  const literal = (value: ConstantValue): string | null => {
    if (value === null) return 'None';
    if (typeof value === 'boolean') return `n${value ? 1 : 0}`;
    if (typeof value === 'bigint') return `n${value}`;
    if (typeof value === 'number') return Number.isInteger(value) ? `n${BigInt(value)}` : `f${value}`;
    if (typeof value === 'string') return `s${value}`;
    if (typeof value === 'object' && value.kind === 'bytes') return `b${Array.from(value.value).join(',')}`;
    if (typeof value === 'object' && value.kind === 'complex') return value.imag === 0 ? 'n0' : `c${value.imag}`;
    return null;
  };
  if (e._type === 'Constant') return literal(e.value);
  if (e._type === 'UnaryOp' && e.op._type === 'USub' && e.operand._type === 'Constant') {
    const inner = literal(e.operand.value);
    return inner === null ? null : inner === 'n0' ? 'n0' : inner.startsWith('n') ? `n-${inner.slice(1)}` : `-${inner}`;
  }
  return null; // complex sums and value patterns are only checked at run time (match_keys)
}

/** The repr CPython's duplicate-key message shows for a constant key. */
function keyRepr(ctx: Ctx, e: A.expr): string {
  const source = ctx.module.info.source?.split(/\r\n|\r|\n/)[e.lineno - 1];
  if (e._type === 'Constant' && typeof e.value === 'string') {
    return `'${e.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  }
  if (e._type === 'Constant' && typeof e.value === 'boolean') return e.value ? 'True' : 'False';
  if (e._type === 'Constant' && e.value === null) return 'None';
  if (source !== undefined && e.lineno === e.end_lineno) return source.slice(e.col_offset, e.end_col_offset ?? undefined);
  return String(e._type === 'Constant' ? e.value : '?');
}

function mappingPattern(ctx: Ctx, p: A.MatchMapping, subject: ValueId, fail: Block, captures: Captures): void {
  const b = ctx.b;
  const at = pos(p);
  const size = p.keys.length;
  require(ctx, b.value('match_mapping', [subject], {}, at), fail, p);
  if (size > 0) require(ctx, b.value('ge', [b.value('get_len', [subject], {}, at), constant(ctx, BigInt(size), p)], {}, at), fail, p);
  if (size === 0 && p.rest === null) return;
  const seen = new Set<string>();
  for (const key of p.keys) {
    const identity = keyIdentity(key);
    if (identity === null) continue;
    if (seen.has(identity)) throw compileSyntaxError(`mapping pattern checks duplicate key (${keyRepr(ctx, key)})`, p, ctx.module.info);
    seen.add(identity);
  }
  const keys = p.keys.map((key) => expression(ctx, key));
  const values = b.value('match_keys', [subject, ...keys], {}, at);
  requireNotNone(ctx, values, fail, p);
  const items = b.value('unpack_sequence', [values], { count: size }, at);
  p.patterns.forEach((q, i) => {
    if (!isWildcard(q)) subpattern(ctx, q, b.value('tuple_get', [items], { index: i }, pos(q)), fail, captures);
  });
  if (p.rest !== null) {
    const rest = b.value('build_dict', [], {}, at);
    b.emit('dict_update', [rest, subject], {}, at);
    for (const key of keys) b.emit('delete_subscr', [rest, key], {}, at);
    capture(ctx, p.rest, rest, p, captures);
  }
}

function classPattern(ctx: Ctx, p: A.MatchClass, subject: ValueId, fail: Block, captures: Captures): void {
  const b = ctx.b;
  const at = pos(p);
  p.kwd_attrs.forEach((name, i) => {
    if (p.kwd_attrs.indexOf(name) !== i) {
      throw compileSyntaxError(`attribute name repeated in class pattern: ${name}`, p.kwd_patterns[i], ctx.module.info);
    }
  });
  const cls = expression(ctx, p.cls);
  const found = b.value('match_class', [subject, cls], { count: p.patterns.length, names: [...p.kwd_attrs] }, at);
  requireNotNone(ctx, found, fail, p);
  const all = [...p.patterns, ...p.kwd_patterns];
  if (all.length === 0) return;
  const items = b.value('unpack_sequence', [found], { count: all.length }, at);
  all.forEach((q, i) => {
    if (!isWildcard(q)) subpattern(ctx, q, b.value('tuple_get', [items], { index: i }, pos(q)), fail, captures);
  });
}
