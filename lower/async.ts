// Lowering of coroutine syntax (docs/generators.md, "Coroutines"): `await`, `async for`,
// `async with` and the async parts of comprehensions. As in CPython, `await x` is a
// `yield from` over x's awaitable iterator: get_awaitable, then the delegate_send loop whose
// yields pass through every awaiting coroutine up to whoever drives the outermost one (an
// event loop's send()).

import type * as A from '../ast/nodes.js';
import type { Block, ValueId } from '../ir/types.js';
import { pos, type Ctx } from './context.js';
import { compileSyntaxError } from './errors.js';
import { expression } from './expressions.js';
import { assign, statements } from './statements.js';
import type { Scope } from './scopes.js';

/** Where get_awaitable is used: selects CPython's TypeError wording. */
export type AwaitWhere = 'await' | 'aenter' | 'aexit';

/**
 * The delegate_send loop of `await` and `yield from` over `iterator`: loop(sent): pair =
 * delegate_send(it, sent); done → the result, else yield pair[1] and loop with what was sent
 * in. The phi's second input exists only after the body is built, so delegate_send's operand
 * is patched to it then. Returns the await's / yield from's value.
 */
export function awaitIterator(ctx: Ctx, iterator: ValueId, node: A.Position): ValueId {
  const b = ctx.b;
  const at = pos(node);
  const none = b.value('const', [], { value: null }, at);
  const entry = b.block;
  const [loop, again, done] = [b.newBlock(), b.newBlock(), b.newBlock()];
  b.emit('jump', [], { target: loop.id }, null);
  b.setBlock(loop);
  const pair = b.value('delegate_send', [iterator, none], {}, at);
  const step = b.block.instructions[b.block.instructions.length - 1];
  const finished = b.value('tuple_get', [pair], { index: 0 }, at);
  b.emit('branch', [finished], { then: done.id, else: again.id }, null);
  b.setBlock(again);
  const resume = b.newBlock();
  b.emit('yield_value', [b.value('tuple_get', [pair], { index: 1 }, at)], { resume: resume.id }, at);
  b.setBlock(resume);
  const sent = b.value('resume_value', [], {}, at);
  b.emit('jump', [], { target: loop.id }, null);
  // The phi's second input exists only now: patch delegate_send's operand to it.
  step.operands[1] = b.phi(loop, [none, sent], [entry.id, resume.id], at);
  b.setBlock(done);
  return b.value('tuple_get', [pair], { index: 1 }, at);
}

/** `await value` for an already evaluated value. */
export function awaitValue(ctx: Ctx, value: ValueId, where: AwaitWhere, node: A.Position): ValueId {
  const iterator = ctx.b.value('get_awaitable', [value], { where }, pos(node));
  return awaitIterator(ctx, iterator, node);
}

export function lowerAwait(ctx: Ctx, e: A.Await): ValueId {
  return awaitValue(ctx, expression(ctx, e.value), 'await', e);
}

/** Whether code lowered in `ctx` runs as a coroutine (an async def or an async comprehension). */
function inCoroutine(scope: Scope): boolean {
  return scope.isAsync || (scope.kind === 'comprehension' && scope.coroutine);
}

/**
 * `async for target in iterable: body else: orelse`. The header awaits `__anext__()` in a
 * region whose handler ends the loop on StopAsyncIteration (CPython's END_ASYNC_FOR) and
 * re-raises anything else; binding the target and the body are outside that region.
 */
export function lowerAsyncFor(ctx: Ctx, s: A.AsyncFor): void {
  if (!inCoroutine(ctx.scope)) throw compileSyntaxError("'async for' outside async function", s, ctx.module.info);
  const b = ctx.b;
  const aiter = b.value('get_aiter', [expression(ctx, s.iter)], {}, pos(s.iter));
  const outer = b.handler;
  const [stop, otherwise, after] = [b.newBlock(), b.newBlock(), b.newBlock()];
  b.handler = stop.id;
  const header = b.newBlock();
  b.handler = outer;
  b.emit('jump', [], { target: header.id }, null);
  b.setBlock(header);
  b.handler = stop.id;
  const item = awaitIterator(ctx, b.value('get_anext', [aiter], {}, pos(s.iter)), s.iter);
  b.handler = outer;
  const body = b.newBlock();
  b.emit('jump', [], { target: body.id }, null);
  b.setBlock(body);
  assign(ctx, s.target, item);
  ctx.loops.push({ continueTarget: header, breakTarget: after });
  statements(ctx, s.body);
  ctx.loops.pop();
  if (b.open) b.emit('jump', [], { target: header.id }, null);
  // The handler: StopAsyncIteration ends the loop (through `else`), anything else propagates.
  b.setBlock(stop);
  const caught = b.value('landing', [], {}, null);
  const ended = b.value('end_async_for', [caught], {}, pos(s.iter));
  const reraise = b.newBlock();
  b.emit('branch', [ended], { then: otherwise.id, else: reraise.id }, null);
  b.setBlock(reraise);
  b.emit('reraise', [caught], {}, null);
  b.setBlock(otherwise);
  statements(ctx, s.orelse);
  if (b.open) b.emit('jump', [], { target: after.id }, null);
  b.setBlock(after);
}

/** The compile-time checks of `async with` (the statement itself is lowerWith's, async). */
export function checkAsyncWith(ctx: Ctx, s: A.AsyncWith): void {
  if (!inCoroutine(ctx.scope)) throw compileSyntaxError("'async with' outside async function", s, ctx.module.info);
}

/** compile.c's checks on `yield from` and `return value` in async functions. */
export function checkAsyncYieldFrom(ctx: Ctx, e: A.YieldFrom): void {
  if (ctx.scope.isAsync) throw compileSyntaxError("'yield from' inside async function", e, ctx.module.info);
}

export function checkAsyncReturn(ctx: Ctx, s: A.Return): void {
  if (s.value !== null && ctx.scope.isAsync && ctx.scope.generator) {
    throw compileSyntaxError("'return' with value in async generator", s, ctx.module.info);
  }
}

/** Emits the async_function marker that makes a call create a coroutine / async generator. */
export function markAsync(ctx: Ctx, generator: boolean): void {
  ctx.b.emit('async_function', [], { kind: generator ? 'async_generator' : 'coroutine' }, null);
}

/** `yield value` in an async generator: the value is wrapped (see async_gen_wrap). */
export function wrapAsyncYield(ctx: Ctx, value: ValueId, node: A.Position): ValueId {
  if (!ctx.scope.isAsync && !(ctx.scope.kind === 'comprehension' && ctx.scope.coroutine)) return value;
  return ctx.b.value('async_gen_wrap', [value], {}, pos(node));
}

/**
 * Fills the loop `header` of an async comprehension loop over `aiter`: awaits `__anext__()`
 * and continues at `body` with the item (returned), or at `exit` on StopAsyncIteration.
 */
export function asyncLoopHeader(ctx: Ctx, aiter: ValueId, header: Block, body: Block, exit: Block, node: A.Position): ValueId {
  const b = ctx.b;
  const outer = b.handler;
  const stop = b.newBlock();
  header.handler = stop.id;
  b.setBlock(header);
  b.handler = stop.id;
  const item = awaitIterator(ctx, b.value('get_anext', [aiter], {}, pos(node)), node);
  b.emit('jump', [], { target: body.id }, null);
  b.handler = outer;
  b.setBlock(stop);
  const caught = b.value('landing', [], {}, null);
  const ended = b.value('end_async_for', [caught], {}, pos(node));
  const reraise = b.newBlock();
  b.emit('branch', [ended], { then: exit.id, else: reraise.id }, null);
  b.setBlock(reraise);
  b.emit('reraise', [caught], {}, null);
  return item;
}
