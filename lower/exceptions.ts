// Lowering of try/except/else/finally, raise and with (docs/ir.md, "Exceptions are CFG
// edges"). Each protected region is a set of blocks naming one handler block:
//
// - `except` clauses: the body's handler is a dispatch block (`landing`, `push_exc`, then one
//   `exc_match` per clause); the clauses' own blocks name a cleanup block that runs
//   `pop_exc` and re-raises, so the handled-exception stack is right on every path, as
//   CPython's POP_EXCEPT cleanup handlers do. A named clause's cleanup also unbinds the name.
// - `finally` is duplicated as CPython does: once on the normal path, once before each
//   return/break/continue that leaves it, and once in a handler that re-raises.
// - `with` calls __exit__(None, None, None) on the normal paths, and in its handler
//   __exit__(type, exc, None), re-raising unless the result is true.
//
// Return/break/continue find what they leave on an unwind stack kept per function builder.

import type * as A from '../ast/nodes.js';
import type { FunctionBuilder } from '../ir/builder.js';
import type { Block, BlockId, ValueId } from '../ir/types.js';
import { constant, deleteName, pos, storeName, type Ctx } from './context.js';
import { compileSyntaxError } from './errors.js';
import { expression } from './expressions.js';
import { assign, statements } from './statements.js';
import { awaitValue } from './async.js';

/**
 * Something a return/break/continue must clean up on its way out. Invariant: `loops` is
 * ctx.loops.length when the entry was pushed, so a break/continue leaves exactly the
 * entries with loops >= ctx.loops.length; `outer` is the handler in effect around it.
 */
type Unwind =
  | { kind: 'finally'; body: A.stmt[]; outer: BlockId | null; loops: number }
  | { kind: 'handler'; name: string | null; node: A.Position; outer: BlockId | null; loops: number }
  | { kind: 'with'; exit: ValueId; node: A.Position; outer: BlockId | null; loops: number; async: boolean }
  | { kind: 'release'; iterators: readonly ValueId[]; outer: BlockId | null; loops: number }
  | { kind: 'release_local'; name: string; outer: BlockId | null; loops: number };

const STACKS = new WeakMap<FunctionBuilder, Unwind[]>();

function unwindStack(ctx: Ctx): Unwind[] {
  let stack = STACKS.get(ctx.b);
  if (stack === undefined) { stack = []; STACKS.set(ctx.b, stack); }
  return stack;
}

/** A new block whose exceptions go to `handler`. */
function blockWith(b: FunctionBuilder, handler: BlockId | null): Block {
  const block = b.newBlock();
  block.handler = handler;
  return block;
}

/** Continues in a new block protected by `handler` (the builder's handler from now on). */
function enterRegion(b: FunctionBuilder, handler: BlockId | null): void {
  b.handler = handler;
  const next = b.newBlock();
  b.emit('jump', [], { target: next.id }, null);
  b.setBlock(next);
}

/** `name = None; del name`: what CPython does at the end of `except E as name`. */
function clearName(ctx: Ctx, name: string, node: A.Position): void {
  storeName(ctx, name, constant(ctx, null, node), node);
  deleteName(ctx, name, node);
}

/**
 * Runs the cleanups of what a `return` (loop: false) or `break`/`continue` (loop: true)
 * leaves. Returns false when a finally body ended the path itself (a return in finally).
 */
export function unwindForExit(ctx: Ctx, loop: boolean): boolean {
  const stack = unwindStack(ctx);
  const saved = stack.slice();
  const handler = ctx.b.handler;
  try {
    for (let k = stack.length - 1; k >= 0; k--) {
      const entry = saved[k];
      if (loop && entry.loops < ctx.loops.length) break;
      stack.length = k; // a return inside a finally copy unwinds only what is outside it
      enterRegion(ctx.b, entry.outer); // the cleanup runs outside the construct it leaves
      if (entry.kind === 'finally') {
        statements(ctx, entry.body);
        if (!ctx.b.open) return false;
      } else if (entry.kind === 'handler') {
        ctx.b.emit('pop_exc', [], {}, null);
        if (entry.name !== null) clearName(ctx, entry.name, entry.node);
      } else if (entry.kind === 'release') {
        for (const iterator of entry.iterators) ctx.b.emit('release_iter', [iterator], {}, null);
      } else if (entry.kind === 'release_local') {
        releaseLocal(ctx, entry.name);
      } else {
        const none = constant(ctx, null, entry.node);
        const result = ctx.b.value('call', [entry.exit, none, none, none], {}, pos(entry.node));
        if (entry.async) awaitValue(ctx, result, 'aexit', entry.node);
      }
    }
    return true;
  } finally {
    stack.length = 0;
    stack.push(...saved);
    ctx.b.handler = handler;
  }
}

// --- Temporary iterators ---

/**
 * Builtins whose call never returns a generator (or, for `iter`, may return the very object it
 * was given, which someone else holds): a loop over such a call needs no release region.
 * Keeping `for i in range(n)` and friends out of a region matters: inside one, every local
 * store ends its block (builder.ts), which costs the interpreter a jump.
 */
const NO_GENERATOR_CALLS = new Set(['range', 'enumerate', 'zip', 'reversed', 'sorted', 'iter', 'map', 'filter',
  'list', 'tuple', 'set', 'frozenset', 'dict', 'str', 'bytes', 'bytearray', 'open', 'vars', 'dir']);
const NO_GENERATOR_METHODS = new Set(['items', 'keys', 'values', 'split', 'splitlines', 'copy']);

/**
 * Whether a loop's iterable expression makes an object only the loop will hold (a call or a
 * generator expression), so that CPython frees — and so closes — its iterator where the loop is
 * left. A name, attribute or subscript is held by someone else and is never released.
 */
export function isTemporaryIterable(e: A.expr): boolean {
  if (e._type === 'GeneratorExp') return true;
  if (e._type !== 'Call') return false;
  if (e.func._type === 'Name') return !NO_GENERATOR_CALLS.has(e.func.id);
  if (e.func._type === 'Attribute') return !NO_GENERATOR_METHODS.has(e.func.attr);
  return true;
}

/**
 * Opens the region of a loop over the temporary `iterator`: an exception leaving the blocks
 * made until the returned function is called runs release_iter and re-raises (CPython pops
 * the iterator, and so closes a generator, before any handler outside the loop runs), and a
 * `return` inside releases it on its way out. `break` is the caller's to release (Loop.release).
 * Invariant: regions nest; the returned function closes the innermost one and lowers its handler.
 */
export function openReleaseRegion(ctx: Ctx, iterators: readonly ValueId[]): () => void {
  const b = ctx.b;
  const outer = b.handler;
  const handler = blockWith(b, outer);
  const stack = unwindStack(ctx);
  stack.push({ kind: 'release', iterators, outer, loops: ctx.loops.length });
  b.handler = handler.id;
  return () => {
    stack.pop();
    b.handler = outer;
    const current = b.open ? b.block : null;
    b.setBlock(handler);
    const caught = b.value('landing', [], {}, null);
    for (const iterator of iterators) b.emit('release_iter', [iterator], {}, null);
    b.emit('reraise', [caught], {}, null);
    if (current !== null) b.setBlock(current);
  };
}

/** Builtins whose iterator holds its arguments' iterators and nothing else holds: when the loop
 *  frees it, a temporary generator argument goes with it. */
const WRAPPING_CALLS = new Set(['enumerate', 'zip', 'map', 'filter']);

/**
 * What a `for` over `iterable` releases when left early (empty: no region): the iterator itself
 * for a call or generator expression, else for `enumerate(...)`, `zip(...)`, `map(...)` or
 * `filter(...)` (the builtins) the values of its temporary arguments (`args`, as lowered).
 */
export function loopTemporaries(ctx: Ctx, iterable: A.expr, iterator: ValueId, args: readonly ValueId[] | undefined): ValueId[] {
  if (isTemporaryIterable(iterable)) return [iterator];
  if (iterable._type !== 'Call' || iterable.func._type !== 'Name' || args === undefined) return [];
  if (!WRAPPING_CALLS.has(iterable.func.id) || ctx.scope.binding(iterable.func.id) !== 'global_implicit') return [];
  // Last first: zip and map keep their iterators in a tuple, which frees its items from the end.
  return iterable.args.flatMap((arg, i) => (isTemporaryIterable(arg) ? [args[i]] : [])).reverse();
}

function releaseLocal(ctx: Ctx, name: string): void {
  ctx.b.emit('release_iter', [ctx.b.value('load_local', [], { name }, null)], {}, null);
}

/**
 * From here on, every `return` releases local `name` (lower/local-release.ts says which locals
 * qualify). Invariant: called between top-level statements of a function body, so the local
 * is bound on every later path; endLocalReleases closes what this opened.
 */
export function beginLocalRelease(ctx: Ctx, name: string): void {
  unwindStack(ctx).push({ kind: 'release_local', name, outer: ctx.b.handler, loops: ctx.loops.length });
}

/** At the end of a function body: releases the locals of beginLocalRelease (when the end is reachable) and forgets them. */
export function endLocalReleases(ctx: Ctx, names: readonly string[]): void {
  const stack = unwindStack(ctx);
  for (let k = names.length - 1; k >= 0; k--) {
    stack.pop();
    if (ctx.b.open) releaseLocal(ctx, names[k]);
  }
}

/** `raise`, `raise X`, `raise X from Y`. */
export function lowerRaise(ctx: Ctx, s: A.Raise): void {
  const b = ctx.b, at = pos(s);
  if (s.exc === null) {
    b.emit('reraise', [b.value('current_exc', [], {}, at)], {}, at);
    return;
  }
  const exception = expression(ctx, s.exc);
  b.emit('raise', s.cause === null ? [exception] : [exception, expression(ctx, s.cause)], {}, at);
}

/** A cleanup handler: `landing`, pop_exc (after unbinding `name`), re-raise. */
function cleanupBlock(ctx: Ctx, outer: BlockId | null, name: string | null, node: A.Position): Block {
  const b = ctx.b;
  const saved = b.handler;
  const cleanup = blockWith(b, outer);
  const current = b.open ? b.block : null;
  b.setBlock(cleanup);
  b.handler = outer;
  const caught = b.value('landing', [], {}, null);
  if (name !== null) clearName(ctx, name, node);
  b.emit('pop_exc', [], {}, null);
  b.emit('reraise', [caught], {}, null);
  if (current !== null) b.setBlock(current);
  b.handler = saved;
  return cleanup;
}

export function lowerTry(ctx: Ctx, s: A.Try | A.TryStar): void {
  const b = ctx.b;
  const stack = unwindStack(ctx);
  const outer = b.handler;
  const loops = ctx.loops.length;
  const finHandler = s.finalbody.length > 0 ? blockWith(b, outer) : null;
  if (finHandler !== null) stack.push({ kind: 'finally', body: s.finalbody, outer, loops });
  const inner = finHandler?.id ?? outer; // what protects `else` and the except clauses
  const after = blockWith(b, outer);
  const dispatch = s.handlers.length > 0 ? blockWith(b, null) : null;

  enterRegion(b, dispatch?.id ?? inner);
  statements(ctx, s.body);
  if (b.open) {
    enterRegion(b, inner);
    statements(ctx, s.orelse);
    if (b.open) b.emit('jump', [], { target: after.id }, null);
  }
  if (dispatch !== null) (s._type === 'TryStar' ? starClauses : exceptClauses)(ctx, s.handlers, dispatch, inner, after);

  if (finHandler !== null) {
    stack.pop();
    b.setBlock(finHandler);
    b.handler = outer;
    const caught = b.value('landing', [], {}, null);
    b.emit('push_exc', [caught], {}, null);
    const cleanup = cleanupBlock(ctx, outer, null, s);
    enterRegion(b, cleanup.id);
    stack.push({ kind: 'handler', name: null, node: s, outer, loops });
    statements(ctx, s.finalbody);
    stack.pop();
    if (b.open) b.emit('reraise', [caught], {}, null);
  }
  b.handler = outer;
  b.setBlock(after);
  if (finHandler !== null) statements(ctx, s.finalbody);
}

function exceptClauses(ctx: Ctx, handlers: A.ExceptHandler[], dispatch: Block, inner: BlockId | null, after: Block): void {
  // compiler_try_except: a bare `except:` before another clause.
  handlers.forEach((h, i) => { if (h.type === null && i < handlers.length - 1) throw compileSyntaxError("default 'except:' must be last", h, ctx.module.info); });
  const b = ctx.b;
  const stack = unwindStack(ctx);
  const cleanup = cleanupBlock(ctx, inner, null, handlers[0]);
  dispatch.handler = cleanup.id;
  b.setBlock(dispatch);
  b.handler = cleanup.id;
  const caught = b.value('landing', [], {}, null);
  b.emit('push_exc', [caught], {}, null);
  for (const h of handlers) {
    const body = b.newBlock();
    if (h.type !== null) {
      const next = b.newBlock();
      // CPython reports a bad clause at the whole handler (CHECK_EXC_MATCH's location).
      const test = b.value('exc_match', [caught, expression(ctx, h.type)], {}, pos(h));
      b.emit('branch', [test], { then: body.id, else: next.id }, pos(h));
      b.setBlock(body);
      clauseBody(ctx, h, caught, inner, after, stack);
      b.handler = cleanup.id;
      b.setBlock(next);
    } else {
      b.emit('jump', [], { target: body.id }, null);
      b.setBlock(body);
      clauseBody(ctx, h, caught, inner, after, stack);
      b.handler = cleanup.id;
      return; // a bare except is last (the parser rejects anything after it)
    }
  }
  b.emit('reraise', [caught], {}, null);
}

function clauseBody(ctx: Ctx, h: A.ExceptHandler, caught: ValueId, inner: BlockId | null, after: Block, stack: Unwind[]): void {
  const b = ctx.b;
  if (h.name !== null) {
    enterRegion(b, cleanupBlock(ctx, inner, h.name, h).id);
    storeName(ctx, h.name, caught, h);
  }
  stack.push({ kind: 'handler', name: h.name, node: h, outer: inner, loops: ctx.loops.length });
  statements(ctx, h.body);
  stack.pop();
  if (!b.open) return;
  b.emit('pop_exc', [], {}, null);
  if (h.name !== null) clearName(ctx, h.name, h);
  b.emit('jump', [], { target: after.id }, null);
}

/** `with` and `async with` (whose __aenter__/__aexit__ results are awaited: lower/async.ts). */
/**
 * The clauses of try/except* (CPython's compiler_try_star_except): `orig` is handled while
 * the clauses run; each clause tests what the earlier ones left (exc_star_match), runs its
 * body with the match as the handled exception, and an exception leaving the body is
 * collected in a list instead of propagating. At the end exc_star_reraise combines what was
 * raised with the unhandled rest; that is re-raised, or nothing is and control goes on after.
 */
function starClauses(ctx: Ctx, handlers: A.ExceptHandler[], dispatch: Block, inner: BlockId | null, after: Block): void {
  const b = ctx.b;
  for (const h of handlers) checkStarBody(ctx, h.body, false);
  const cleanup = cleanupBlock(ctx, inner, null, handlers[0]);
  dispatch.handler = cleanup.id;
  b.setBlock(dispatch);
  b.handler = cleanup.id;
  const orig = b.value('landing', [], {}, null);
  b.emit('push_exc', [orig], {}, null);
  const raised = b.value('build_list', [], {}, null);
  let rest = orig;
  for (const h of handlers) {
    const at = pos(h);
    // The parser requires a type after `except*`.
    const pair = b.value('exc_star_match', [rest, expression(ctx, h.type!)], {}, at);
    const match = b.value('tuple_get', [pair], { index: 0 }, at);
    rest = b.value('tuple_get', [pair], { index: 1 }, at);
    const [body, next] = [b.newBlock(), b.newBlock()];
    b.emit('branch', [b.value('is_not', [match, constant(ctx, null, h)], {}, at)], { then: body.id, else: next.id }, at);
    const failed = blockWith(b, cleanup.id);
    b.setBlock(body);
    enterRegion(b, failed.id);
    b.emit('push_exc', [match], {}, null);
    if (h.name !== null) storeName(ctx, h.name, match, h);
    statements(ctx, h.body);
    if (b.open) {
      b.emit('pop_exc', [], {}, null);
      if (h.name !== null) clearName(ctx, h.name, h);
      b.emit('jump', [], { target: next.id }, null);
    }
    b.setBlock(failed);
    b.handler = cleanup.id;
    const error = b.value('landing', [], {}, null);
    b.emit('pop_exc', [], {}, null);
    if (h.name !== null) clearName(ctx, h.name, h);
    b.emit('list_append', [raised, error], {}, null);
    b.emit('jump', [], { target: next.id }, null);
    b.setBlock(next);
  }
  b.emit('list_append', [raised, rest], {}, null);
  const result = b.value('exc_star_reraise', [orig, raised], {}, null);
  const [reraise, done] = [blockWith(b, inner), blockWith(b, inner)];
  b.emit('branch', [b.value('is_not', [result, constant(ctx, null, handlers[0])], {}, null)], { then: reraise.id, else: done.id }, null);
  b.handler = inner;
  b.setBlock(reraise);
  b.emit('pop_exc', [], {}, null);
  b.emit('reraise', [result], {}, null);
  b.setBlock(done);
  b.emit('pop_exc', [], {}, null);
  b.emit('jump', [], { target: after.id }, null);
}

const STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

/**
 * CPython's compile-time error for leaving an except* body with return, or with break/continue
 * of a loop outside it (nested functions and classes are their own code).
 */
function checkStarBody(ctx: Ctx, body: A.stmt[], inLoop: boolean): void {
  for (const s of body) {
    switch (s._type) {
      case 'Return': {
        // At module level the symtable's "'return' outside function" comes first. CPython
        // reports a constant return value on the statement's line at the value itself.
        if (ctx.scope.kind === 'module') break;
        const at = s.value?._type === 'Constant' && s.value.lineno === s.lineno ? s.value : s;
        throw compileSyntaxError(STAR_EXIT, at, ctx.module.info);
      }
      case 'Break': case 'Continue':
        if (!inLoop) throw compileSyntaxError(STAR_EXIT, s, ctx.module.info);
        break;
      case 'For': case 'AsyncFor': case 'While':
        checkStarBody(ctx, s.body, true);
        checkStarBody(ctx, s.orelse, inLoop);
        break;
      case 'If': checkStarBody(ctx, s.body, inLoop); checkStarBody(ctx, s.orelse, inLoop); break;
      case 'With': case 'AsyncWith': checkStarBody(ctx, s.body, inLoop); break;
      case 'Try': case 'TryStar':
        for (const part of [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody]) checkStarBody(ctx, part, inLoop);
        break;
      case 'Match': for (const c of s.cases) checkStarBody(ctx, c.body, inLoop); break;
      default: break;
    }
  }
}

export function lowerWith(ctx: Ctx, s: A.With | A.AsyncWith, index = 0): void {
  const b = ctx.b;
  const item = s.items[index];
  const at = pos(item.context_expr);
  const isAsync = s._type === 'AsyncWith';
  const manager = expression(ctx, item.context_expr);
  const exit = b.value(isAsync ? 'async_with_exit' : 'with_exit', [manager], {}, at);
  let entered = b.value(isAsync ? 'async_with_enter' : 'with_enter', [manager], {}, at);
  if (isAsync) entered = awaitValue(ctx, entered, 'aenter', item.context_expr);
  const outer = b.handler;
  const cleanup = cleanupBlock(ctx, outer, null, s);
  const handler = blockWith(b, cleanup.id);
  const after = blockWith(b, outer);
  const stack = unwindStack(ctx);
  stack.push({ kind: 'with', exit, node: s, outer, loops: ctx.loops.length, async: isAsync });
  enterRegion(b, handler.id);
  // As CPython: binding the target is inside the region, so a failing unpack calls __exit__.
  if (item.optional_vars !== null) assign(ctx, item.optional_vars, entered);
  if (index + 1 < s.items.length) lowerWith(ctx, s, index + 1);
  else statements(ctx, s.body);
  stack.pop();
  b.handler = outer;
  if (b.open) {
    enterRegion(b, outer);
    const none = constant(ctx, null, s);
    const result = b.value('call', [exit, none, none, none], {}, pos(s));
    if (isAsync) awaitValue(ctx, result, 'aexit', s);
    b.emit('jump', [], { target: after.id }, null);
  }
  b.setBlock(handler);
  b.handler = cleanup.id;
  const caught = b.value('landing', [], {}, null);
  b.emit('push_exc', [caught], {}, null);
  let result = b.value('with_exit_exc', [exit, caught], {}, pos(s));
  if (isAsync) result = awaitValue(ctx, result, 'aexit', s);
  const [suppress, reraise] = [b.newBlock(), b.newBlock()];
  b.emit('branch', [result], { then: suppress.id, else: reraise.id }, pos(s));
  b.setBlock(reraise);
  b.emit('reraise', [caught], {}, null);
  b.setBlock(suppress);
  b.emit('pop_exc', [], {}, null);
  b.emit('jump', [], { target: after.id }, null);
  b.handler = outer;
  b.setBlock(after);
}
