// Lowering of statements and assignment targets. Loops: `while` re-tests in a header
// block; `for` keeps its iterator in a value and advances it with for_iter in the header.
// `else` clauses run when the loop ends without `break`.

import type * as A from '../ast/nodes.js';
import type { ValueId } from '../ir/types.js';
import { constant, deleteName, ensureOpen, loadName, pos, storeName, type Ctx } from './context.js';
import { compileSyntaxError, UnsupportedFeatureError } from './errors.js';
import { callArguments, condition, expression, INPLACE_OPS } from './expressions.js';
import { lowerFunctionDef } from './functions.js';
import { loopTemporaries, lowerRaise, lowerTry, lowerWith, openReleaseRegion, unwindForExit } from './exceptions.js';
import { lowerClassDef } from './classes.js';
import { lowerMatch } from './match.js';
import { unsupportedStatement } from './unsupported.js';
import { checkAssert, repeatWarnings } from './warnings.js';
import { checkAsyncReturn, checkAsyncWith, lowerAsyncFor } from './async.js';

/** Each module's own top-level statements: the first body lowered in module scope. */
const MODULE_BODIES = new WeakMap<Ctx['module'], A.stmt[]>();

export function statements(ctx: Ctx, body: A.stmt[]): void {
  if (ctx.scope.kind === 'module' && !MODULE_BODIES.has(ctx.module)) MODULE_BODIES.set(ctx.module, body);
  for (const s of body) {
    ensureOpen(ctx);
    statement(ctx, s);
  }
}

function statement(ctx: Ctx, s: A.stmt): void {
  const b = ctx.b;
  const at = pos(s);
  const info = ctx.module.info;
  switch (s._type) {
    case 'Expr':
      // A constant statement (a docstring, `...`) has no effect: CPython emits no code.
      if (s.value._type !== 'Constant') expression(ctx, s.value);
      return;
    case 'Assign': {
      const value = expression(ctx, s.value);
      for (const target of s.targets) assign(ctx, target, value);
      return;
    }
    case 'AugAssign': return augmentedAssign(ctx, s);
    case 'AnnAssign': return annotatedAssign(ctx, s);
    case 'Delete': for (const target of s.targets) remove(ctx, target); return;
    case 'Pass': case 'Global': case 'Nonlocal': return;
    case 'If': {
      const [then, otherwise, after] = [b.newBlock(), b.newBlock(), b.newBlock()];
      condition(ctx, s.test, then, otherwise);
      for (const [block, body] of [[then, s.body], [otherwise, s.orelse]] as const) {
        b.setBlock(block);
        statements(ctx, body);
        if (b.open) b.emit('jump', [], { target: after.id }, null);
      }
      b.setBlock(after);
      return;
    }
    case 'While': {
      checkNesting(ctx, s);
      const [header, body, otherwise, after] = [b.newBlock(), b.newBlock(), b.newBlock(), b.newBlock()];
      b.emit('jump', [], { target: header.id }, null);
      b.setBlock(header);
      condition(ctx, s.test, body, otherwise);
      loopBody(ctx, body, header, after, s.body);
      repeatWarnings(info, s.test);
      b.setBlock(otherwise);
      statements(ctx, s.orelse);
      if (b.open) b.emit('jump', [], { target: after.id }, null);
      b.setBlock(after);
      return;
    }
    case 'For': {
      const iterator = b.value('get_iter', [expression(ctx, s.iter)], {}, pos(s.iter));
      checkNesting(ctx, s);
      const [otherwise, after] = [b.newBlock(), b.newBlock()];
      // A temporary iterator (a call's or a generator expression's, or those enumerate/zip/…
      // wrap) is released wherever the loop is left early; header and body are the region
      // (the `else` clause is not in it).
      const temporaries = loopTemporaries(ctx, s.iter, iterator, s.iter._type === 'Call' ? callArguments(s.iter) : undefined);
      const closeRegion = temporaries.length > 0 ? openReleaseRegion(ctx, temporaries) : null;
      const [header, body] = [b.newBlock(), b.newBlock()];
      b.emit('jump', [], { target: header.id }, null);
      b.setBlock(header);
      const item = b.value('for_iter', [iterator], { body: body.id, exit: otherwise.id }, pos(s.iter));
      b.setBlock(body);
      assign(ctx, s.target, item);
      loopBody(ctx, b.block, header, after, s.body, temporaries);
      closeRegion?.();
      b.setBlock(otherwise);
      statements(ctx, s.orelse);
      if (b.open) b.emit('jump', [], { target: after.id }, null);
      b.setBlock(after);
      return;
    }
    case 'Break': case 'Continue': {
      const loop = ctx.loops[ctx.loops.length - 1];
      if (loop === undefined) {
        throw compileSyntaxError(s._type === 'Break' ? "'break' outside loop" : "'continue' not properly in loop", s, info);
      }
      if (!unwindForExit(ctx, true)) return;
      if (s._type === 'Break') for (const temporary of loop.release ?? []) b.emit('release_iter', [temporary], {}, at);
      b.emit('jump', [], { target: (s._type === 'Break' ? loop.breakTarget : loop.continueTarget).id }, at);
      return;
    }
    case 'Return': {
      if (ctx.scope.kind === 'module' || ctx.scope.kind === 'class') throw compileSyntaxError("'return' outside function", s, info);
      checkAsyncReturn(ctx, s);
      const value = s.value === null ? constant(ctx, null, s) : expression(ctx, s.value);
      if (!unwindForExit(ctx, false)) return;
      b.emit('return', [value], {}, at);
      return;
    }
    case 'Assert': {
      checkAssert(info, s);
      const [fail, after] = [b.newBlock(), b.newBlock()];
      condition(ctx, s.test, after, fail);
      b.setBlock(fail);
      const errorClass = b.value('load_assertion_error', [], {}, at);
      const error = s.msg === null ? errorClass : b.value('call', [errorClass, expression(ctx, s.msg)], {}, at);
      // CPython's traceback points at the test (its carets go under `n >= 0`), not the statement.
      b.emit('raise', [error], {}, pos(s.test));
      b.setBlock(after);
      return;
    }
    case 'Raise': lowerRaise(ctx, s); return;
    case 'Try': case 'TryStar': lowerTry(ctx, s); return;
    case 'With': lowerWith(ctx, s); return;
    case 'Import': lowerImport(ctx, s); return;
    case 'ImportFrom': lowerImportFrom(ctx, s); return;
    case 'FunctionDef': case 'AsyncFunctionDef': lowerFunctionDef(ctx, s); return;
    case 'AsyncFor': lowerAsyncFor(ctx, s); return;
    case 'AsyncWith': checkAsyncWith(ctx, s); lowerWith(ctx, s); return;
    case 'ClassDef': lowerClassDef(ctx, s); return;
    case 'Match': lowerMatch(ctx, s); return;
    default: throw new UnsupportedFeatureError(unsupportedStatement(s), s.lineno, info.filename);
  }
}

/** CPython's compiler allows 21 nested blocks (CO_MAXBLOCKS); here loops are the only kind. */
function checkNesting(ctx: Ctx, s: A.While | A.For): void {
  if (ctx.loops.length >= 21) throw compileSyntaxError('too many statically nested blocks', s, ctx.module.info);
}

function loopBody(ctx: Ctx, body: ReturnType<Ctx['b']['newBlock']>, header: typeof body, after: typeof body, code: A.stmt[], release: readonly ValueId[] = []): void {
  ctx.b.setBlock(body);
  ctx.loops.push(release.length === 0 ? { continueTarget: header, breakTarget: after } : { continueTarget: header, breakTarget: after, release });
  statements(ctx, code);
  ctx.loops.pop();
  if (ctx.b.open) ctx.b.emit('jump', [], { target: header.id }, null);
}

/** The names `from __future__ import` accepts (CPython 3.13's all_feature_names). */
const FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

/**
 * `import a.b.c` binds `a` (import_name without fromlist returns the top-level package);
 * `import a.b.c as d` binds the submodule itself, reached by import_from per component as
 * CPython 3.13 compiles it (IMPORT_NAME, then IMPORT_FROM b, IMPORT_FROM c).
 */
function lowerImport(ctx: Ctx, s: A.Import): void {
  for (const alias of s.names) {
    // CPython places the import instructions on the whole statement (no carets in tracebacks).
    let module = ctx.b.value('import_name', [], { name: alias.name, level: 0 }, pos(s));
    if (alias.asname === null || alias.asname === undefined) {
      storeName(ctx, alias.name.split('.')[0], module, alias);
      continue;
    }
    for (const part of alias.name.split('.').slice(1)) module = ctx.b.value('import_from', [module], { name: part }, pos(s));
    storeName(ctx, alias.asname, module, alias);
  }
}

/**
 * Whether the module being lowered starts with `from __future__ import annotations`
 * (PEP 563): then annotations are not evaluated but kept as strings, as CPython does.
 */
export function futureAnnotations(ctx: Ctx): boolean {
  const body = MODULE_BODIES.get(ctx.module) ?? [];
  for (const t of body) {
    if (t._type === 'Expr' && t.value._type === 'Constant' && typeof t.value.value === 'string' && t === body[0]) continue;
    if (t._type !== 'ImportFrom' || t.module !== '__future__' || (t.level ?? 0) !== 0) return false;
    if (t.names.some((alias) => alias.name === 'annotations')) return true;
  }
  return false;
}

function leadingFutureImport(ctx: Ctx, s: A.ImportFrom): boolean {
  const body = MODULE_BODIES.get(ctx.module) ?? [];
  let i = body[0]?._type === 'Expr' && body[0].value._type === 'Constant' && typeof body[0].value.value === 'string' ? 1 : 0;
  for (; i < body.length; i++) {
    const t = body[i];
    if (t === s) return true;
    if (t._type !== 'ImportFrom' || t.module !== '__future__' || (t.level ?? 0) !== 0) return false;
  }
  return false;
}

/** `from m import x as y, z` / `from . import x` / `from m import *` (module level only). */
function lowerImportFrom(ctx: Ctx, s: A.ImportFrom): void {
  const names = s.names.map((alias) => alias.name);
  const star = names.includes('*');
  if (star && ctx.scope.kind !== 'module') throw compileSyntaxError('import * only allowed at module level', s.names.find((a) => a.name === '*')!, ctx.module.info);
  if (s.module === '__future__' && (s.level ?? 0) === 0) {
    // A compiler directive as well as an import (the features themselves change nothing
    // pyx compiles: annotations are not evaluated in a way they would alter). Only the
    // module's docstring and other future imports may come before one (CPython's future.c).
    if (!leadingFutureImport(ctx, s)) throw compileSyntaxError('from __future__ imports must occur at the beginning of the file', s, ctx.module.info);
    // future.c reports a bad feature at the statement's first column, with one caret.
    const at = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: s.col_offset };
    for (const alias of s.names) {
      if (alias.name === 'braces') throw compileSyntaxError('not a chance', at, ctx.module.info);
      if (!FUTURE_FEATURES.has(alias.name)) throw compileSyntaxError(`future feature ${alias.name} is not defined`, at, ctx.module.info);
    }
  }
  const module = ctx.b.value('import_name', [], { name: s.module ?? '', level: s.level ?? 0, fromlist: names }, pos(s));
  if (star) { ctx.b.emit('import_star', [module], {}, pos(s)); return; }
  for (const alias of s.names) {
    const value = ctx.b.value('import_from', [module], { name: alias.name }, pos(s));
    storeName(ctx, alias.asname ?? alias.name, value, alias);
  }
}

/** Stores `value` into an assignment target (names, attributes, subscripts, unpacking). */
export function assign(ctx: Ctx, target: A.expr, value: ValueId): void {
  const b = ctx.b;
  const at = pos(target);
  switch (target._type) {
    case 'Name': storeName(ctx, target.id, value, target); return;
    case 'Attribute': b.emit('store_attr', [expression(ctx, target.value), value], { name: target.attr }, at); return;
    case 'Subscript': {
      const container = expression(ctx, target.value);
      b.emit('store_subscr', [container, expression(ctx, target.slice), value], {}, at);
      return;
    }
    case 'Tuple': case 'List': {
      const star = target.elts.findIndex((elt) => elt._type === 'Starred');
      if (target.elts.filter((elt) => elt._type === 'Starred').length > 1) {
        throw compileSyntaxError('multiple starred expressions in assignment', target, ctx.module.info);
      }
      const items = star === -1
        ? b.value('unpack_sequence', [value], { count: target.elts.length }, at)
        : b.value('unpack_ex', [value], { before: star, after: target.elts.length - star - 1 }, at);
      target.elts.forEach((elt, index) => {
        const item = b.value('tuple_get', [items], { index }, pos(elt));
        assign(ctx, elt._type === 'Starred' ? elt.value : elt, item);
      });
      return;
    }
    case 'Starred': throw compileSyntaxError('starred assignment target must be in a list or tuple', target, ctx.module.info);
    default: throw compileSyntaxError(`cannot assign to ${target._type}`, target, ctx.module.info);
  }
}

function remove(ctx: Ctx, target: A.expr): void {
  const b = ctx.b;
  switch (target._type) {
    case 'Name': deleteName(ctx, target.id, target); return;
    case 'Attribute': b.emit('delete_attr', [expression(ctx, target.value)], { name: target.attr }, pos(target)); return;
    case 'Subscript': {
      const container = expression(ctx, target.value);
      b.emit('delete_subscr', [container, expression(ctx, target.slice)], {}, pos(target));
      return;
    }
    case 'Tuple': case 'List': for (const elt of target.elts) remove(ctx, elt); return;
    default: throw compileSyntaxError(`cannot delete ${target._type}`, target, ctx.module.info);
  }
}

/** `t op= v`: the target's parts are evaluated once, then read, combined in place, stored. */
function augmentedAssign(ctx: Ctx, s: A.AugAssign): void {
  const b = ctx.b;
  const op = INPLACE_OPS[s.op._type];
  const target = s.target;
  switch (target._type) {
    case 'Name': {
      const current = loadName(ctx, target.id, target);
      const result = b.value(op, [current, expression(ctx, s.value)], {}, pos(s));
      storeName(ctx, target.id, result, target);
      return;
    }
    case 'Attribute': {
      const object = expression(ctx, target.value);
      const current = b.value('load_attr', [object], { name: target.attr }, pos(target));
      const result = b.value(op, [current, expression(ctx, s.value)], {}, pos(s));
      b.emit('store_attr', [object, result], { name: target.attr }, pos(target));
      return;
    }
    case 'Subscript': {
      const container = expression(ctx, target.value);
      const key = expression(ctx, target.slice);
      const current = b.value('subscr', [container, key], {}, pos(target));
      const result = b.value(op, [current, expression(ctx, s.value)], {}, pos(s));
      b.emit('store_subscr', [container, key, result], {}, pos(target));
      return;
    }
    default: throw compileSyntaxError(`'${target._type}' is an illegal expression for augmented assignment`, target, ctx.module.info);
  }
}

/**
 * `target: annotation [= value]` as CPython 3.13 compiles it: the value is assigned; in a
 * module or class body the annotation is evaluated too, and for a simple name stored in
 * `__annotations__[name]` (a function's local annotations are not evaluated at all);
 * without a value, an attribute's object or a subscript's object and index are still evaluated.
 */
function annotatedAssign(ctx: Ctx, s: A.AnnAssign): void {
  if (s.value) assign(ctx, s.target, expression(ctx, s.value));
  else if (s.target._type === 'Attribute') expression(ctx, s.target.value);
  else if (s.target._type === 'Subscript') { expression(ctx, s.target.value); expression(ctx, s.target.slice); }
  if (ctx.scope.kind !== 'module' && ctx.scope.kind !== 'class') return;
  // PEP 563 (`from __future__ import annotations`): the annotation's source text, unevaluated.
  const text = futureAnnotations(ctx) ? annotationText(ctx, s.annotation) : null;
  const annotation = text !== null ? constant(ctx, text, s.annotation) : expression(ctx, s.annotation);
  if (s.target._type !== 'Name' || !s.simple) return;
  const at = pos(s);
  const annotations = loadName(ctx, '__annotations__', s);
  ctx.b.emit('store_subscr', [annotations, constant(ctx, s.target.id, s), annotation], {}, at);
}

/**
 * The source text of a one-line expression (what ast.unparse gives for ordinarily written
 * code); null when it spans lines or the source is unknown. AST columns count UTF-8 bytes.
 */
export function annotationText(ctx: Ctx, e: A.expr): string | null {
  const source = ctx.module.info.source;
  if (source === null || e.end_lineno !== e.lineno || e.end_col_offset === null || e.end_col_offset === undefined) return null;
  const line = source.split('\n')[e.lineno - 1] ?? '';
  return Buffer.from(line, 'utf8').subarray(e.col_offset, e.end_col_offset).toString('utf8');
}

/** Whether a module or class body annotates anything (CPython's find_ann: not inside nested defs). */
function hasAnnotations(body: readonly A.stmt[]): boolean {
  return body.some((s) => {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'If': case 'While': case 'For': case 'AsyncFor': return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With': case 'AsyncWith': return hasAnnotations(s.body);
      case 'Try': case 'TryStar':
        return hasAnnotations(s.body) || s.handlers.some((h) => hasAnnotations(h.body)) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody);
      case 'Match': return s.cases.some((c) => hasAnnotations(c.body));
      default: return false;
    }
  });
}

/** CPython's SETUP_ANNOTATIONS: a module or class body that annotates names starts with `__annotations__ = {}`. */
export function setupAnnotations(ctx: Ctx, body: readonly A.stmt[], node: A.Position): void {
  if (!hasAnnotations(body)) return;
  storeName(ctx, '__annotations__', ctx.b.value('build_dict', [], {}, pos(node)), node);
}
