// Lowering of code that gets its own function: def, lambda and comprehensions (which run
// in their own scope, with the first iterable evaluated outside and passed as `.0`).

import type * as A from '../ast/nodes.js';
import { FunctionBuilder } from '../ir/builder.js';
import type { FunctionKind, Param, ValueId } from '../ir/types.js';
import { checkBindable, constant, pos, storeName, type ComprehensionNode, type Ctx } from './context.js';
import { cleanDoc, docstringOf } from './docstring.js';
import { UnsupportedFeatureError } from './errors.js';
import { condition, expression } from './expressions.js';
import { annotationsOf, type Scope, type ScopeNode } from './scopes.js';
import { annotationText, assign, futureAnnotations, statements } from './statements.js';
import type { Position } from '../ast/nodes.js';
import { asyncLoopHeader, awaitValue, markAsync, wrapAsyncYield } from './async.js';
import { bindName } from './mangle.js';
import { beginLocalRelease, endLocalReleases, isTemporaryIterable, openReleaseRegion } from './exceptions.js';
import { releasableLocals } from './local-release.js';

export function parameters(ctx: Ctx, args: A.arguments): Param[] {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
  for (const arg of all) checkBindable(ctx, arg.arg, arg);
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  const params: Param[] = positional.map((arg, i) => ({
    name: arg.arg, kind: i < args.posonlyargs.length ? 'positional_only' : 'normal', hasDefault: i >= firstDefault,
  }));
  if (args.vararg) params.push({ name: args.vararg.arg, kind: 'var_positional', hasDefault: false });
  args.kwonlyargs.forEach((arg, i) => params.push({ name: arg.arg, kind: 'keyword_only', hasDefault: args.kw_defaults[i] != null }));
  if (args.kwarg) params.push({ name: args.kwarg.arg, kind: 'var_keyword', hasDefault: false });
  return params;
}

/** Comprehensions are inlined in CPython 3.12+, so they do not appear in qualnames. */
function qualname(ctx: Ctx, name: string): string {
  let owner: Scope | null = ctx.scope;
  while (owner !== null && owner.kind === 'comprehension') owner = owner.parent;
  if (owner === null || owner.kind === 'module') return name;
  if (owner.kind === 'class') return `${ctx.module.qualnames.get(owner) ?? owner.name}.${name}`;
  return `${ctx.module.qualnames.get(owner) ?? owner.name}.<locals>.${name}`;
}

/**
 * Lowers a nested code object with `body` filling its entry block, then emits the
 * make_function that creates it (defaults already evaluated by the caller, in order).
 */
export function nested(ctx: Ctx, node: ScopeNode & Position, kind: FunctionKind, name: string, params: Param[],
  defaults: ValueId[], body: (inner: Ctx) => void, line = node.lineno): ValueId {
  const scope = ctx.module.table.scopes.get(node)!;
  const index = ctx.module.functions.length;
  ctx.module.functions.push(null);
  const builder = new FunctionBuilder(index, name, qualname(ctx, name), kind, ctx.b.fn.index, line, params);
  ctx.module.qualnames.set(scope, builder.fn.qualname);
  const inner: Ctx = { module: ctx.module, scope, b: builder, loops: [] };
  lowerBody(inner, node, body);
  const cells = scope.freevars.map((free) => ctx.b.value('load_closure', [], { name: free }, pos(node)));
  return ctx.b.value('make_function', [...defaults, ...cells], { fn: index }, pos(node));
}

/** Fills in a function's name lists and body; parameters that are cells move into them. */
export function lowerBody(ctx: Ctx, node: Position, body: (inner: Ctx) => void): void {
  const fn = ctx.b.fn;
  fn.locals = ctx.scope.locals;
  fn.cellvars = ctx.scope.cellvars;
  fn.freevars = ctx.scope.freevars;
  for (const param of fn.params) {
    if (ctx.scope.binding(param.name) !== 'cell') continue;
    const value = ctx.b.value('load_local', [], { name: param.name }, pos(node));
    ctx.b.emit('store_deref', [value], { name: param.name }, pos(node));
  }
  body(ctx);
  if (ctx.b.open) {
    // Falling off the end returns None. No position: neither op can raise.
    const none = ctx.b.value('const', [], { value: null }, null);
    ctx.b.emit('return', [none], {}, null);
  }
  ctx.module.functions[fn.index] = fn;
}

function defaults(ctx: Ctx, args: A.arguments): ValueId[] {
  return [...args.defaults, ...args.kw_defaults.filter((d): d is A.expr => d != null)].map((d) => expression(ctx, d));
}

export function lowerFunctionDef(ctx: Ctx, s: A.FunctionDef | A.AsyncFunctionDef): void {
  if (s.type_params.length > 0) throw new UnsupportedFeatureError('type parameters are', s.lineno, ctx.module.info.filename);
  const decorators = s.decorator_list.map((decorator) => expression(ctx, decorator));
  const defaultValues = defaults(ctx, s.args);
  // Annotations are evaluated after the defaults, as CPython does, and kept in the function's
  // `__annotations__` (their source text under `from __future__ import annotations`).
  const annotations = annotatedNames(s).flatMap(([name, annotation]) => {
    const text = futureAnnotations(ctx) ? annotationText(ctx, annotation) : null;
    return [constant(ctx, name, annotation), text !== null ? constant(ctx, text, annotation) : expression(ctx, annotation)];
  });
  const made = nested(ctx, s, 'function', s.name, parameters(ctx, s.args), defaultValues, (inner) => {
    if (s._type === 'AsyncFunctionDef') markAsync(inner, inner.scope.generator);
    const doc = docstringOf(s.body);
    if (doc !== null) inner.b.fn.docstring = cleanDoc(doc);
    // A local holding a generator only this function refers to is released where the function
    // returns, as CPython's reference counting frees it there (lower/local-release.ts).
    const releasable = s._type === 'FunctionDef' ? releasableLocals(inner, inner.b.fn.params.map((p) => p.name), s.body) : new Map<A.stmt, string>();
    if (releasable.size === 0) { statements(inner, s.body); return; }
    const released: string[] = [];
    for (const statement of s.body) {
      statements(inner, [statement]);
      const name = releasable.get(statement);
      if (name !== undefined && inner.b.open) { beginLocalRelease(inner, name); released.push(name); }
    }
    endLocalReleases(inner, released);
  }, s.decorator_list[0]?.lineno ?? s.lineno); // co_firstlineno is the first decorator's line.
  if (annotations.length > 0) ctx.b.emit('store_attr', [made, ctx.b.value('build_dict', annotations, {}, pos(s))], { name: '__annotations__' }, pos(s));
  let result = made;
  for (let i = decorators.length - 1; i >= 0; i--) result = ctx.b.value('call', [decorators[i], result], {}, pos(s.decorator_list[i]));
  storeName(ctx, bindName(s), result, s);
}

/** (name, annotation) of a def's annotated parameters and return, in CPython's order (args, posonlyargs, *args, kwonly, **kw, return). */
function annotatedNames(s: A.FunctionDef | A.AsyncFunctionDef): [string, A.expr][] {
  const { args } = s;
  const params = [...args.args, ...args.posonlyargs, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
  const out: [string, A.expr][] = params.filter((p) => p.annotation !== null).map((p) => [p.arg, p.annotation!]);
  if (s.returns) out.push(['return', s.returns]);
  return out;
}

export function lowerLambda(ctx: Ctx, e: A.Lambda): ValueId {
  return nested(ctx, e, 'lambda', '<lambda>', parameters(ctx, e.args), defaults(ctx, e.args), (inner) => {
    const value = expression(inner, e.body);
    inner.b.emit('return', [value], {}, pos(e.body));
  });
}

const COMPREHENSION_NAMES = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' } as const;

export function lowerComprehension(ctx: Ctx, e: ComprehensionNode): ValueId {
  const first = e.generators[0];
  const iterator = ctx.b.value(first.is_async ? 'get_aiter' : 'get_iter', [expression(ctx, first.iter)], {}, pos(first.iter));
  // An async comprehension (`async for`, or `await` inside) is a coroutine function that the
  // caller awaits; an async generator expression an async generator function.
  const coroutine = ctx.module.table.scopes.get(e)!.coroutine;
  const params: Param[] = [{ name: '.0', kind: 'normal', hasDefault: false }];
  // A generator expression is a generator function of its own (CPython does not inline it),
  // so its frame appears in tracebacks as <genexpr>.
  const kind = e._type === 'GeneratorExp' ? 'function' : 'comprehension';
  const fn = nested(ctx, e, kind, COMPREHENSION_NAMES[e._type], params, [], (inner) => {
    const b = inner.b;
    const at = pos(e);
    if (coroutine) markAsync(inner, e._type === 'GeneratorExp');
    const result = e._type === 'GeneratorExp' ? b.value('const', [], { value: null }, null)
      : b.value(e._type === 'ListComp' ? 'build_list' : e._type === 'SetComp' ? 'build_set' : 'build_dict', [], {}, at);
    // Each generator is a loop; a failing `if` continues its own loop, and the innermost
    // body adds the element. `exit` of loop i goes back to loop i-1's header.
    let outerHeader: typeof b.block | null = null;
    // A loop over a temporary (`.0` when the outermost iterable was a call or a generator
    // expression) releases it when an exception leaves the comprehension, above all the
    // GeneratorExit of a generator expression being closed (lower/exceptions.ts).
    const closeRegions: (() => void)[] = [];
    e.generators.forEach((generator, i) => {
      const iterable = i === 0 ? b.value('load_local', [], { name: '.0' }, pos(generator.iter)) : expression(inner, generator.iter);
      const it = i === 0 && generator.is_async ? iterable
        : b.value(generator.is_async ? 'get_aiter' : 'get_iter', [iterable], {}, pos(generator.iter));
      if (!generator.is_async && isTemporaryIterable(generator.iter)) closeRegions.push(openReleaseRegion(inner, [it]));
      const [header, body, exit] = [b.newBlock(), b.newBlock(), b.newBlock()];
      b.emit('jump', [], { target: header.id }, at);
      b.setBlock(header);
      const item = generator.is_async ? asyncLoopHeader(inner, it, header, body, exit, generator.iter)
        : b.value('for_iter', [it], { body: body.id, exit: exit.id }, pos(generator.iter));
      b.setBlock(exit);
      if (outerHeader === null) b.emit('return', [result], {}, at);
      else b.emit('jump', [], { target: outerHeader.id }, at);
      b.setBlock(body);
      assign(inner, generator.target, item);
      for (const test of generator.ifs) {
        const next = b.newBlock();
        condition(inner, test, next, header);
        b.setBlock(next);
      }
      outerHeader = header;
    });
    if (e._type === 'DictComp') {
      const key = expression(inner, e.key);
      b.emit('dict_set', [result, key, expression(inner, e.value)], {}, at);
    } else if (e._type === 'GeneratorExp') {
      const resume = b.newBlock();
      b.emit('yield_value', [wrapAsyncYield(inner, expression(inner, e.elt), e.elt)], { resume: resume.id }, pos(e.elt));
      b.setBlock(resume);
      b.value('resume_value', [], {}, pos(e.elt));
    } else {
      b.emit(e._type === 'ListComp' ? 'list_append' : 'set_add', [result, expression(inner, e.elt)], {}, pos(e.elt));
    }
    b.emit('jump', [], { target: outerHeader!.id }, at);
    for (const close of closeRegions.reverse()) close();
  });
  const made = ctx.b.value('call', [fn, iterator], {}, pos(e));
  return coroutine && e._type !== 'GeneratorExp' ? awaitValue(ctx, made, 'await', e) : made;
}
