// Lowering of `class` statements as CPython compiles them: the body becomes a function of
// one parameter (the namespace dict) whose names go through load_name/store_name; the
// statement calls __build_class__(body, name, *bases, **keywords), applies the decorators
// and binds the name. The body returns the implicit __class__ cell when a method uses
// super() or __class__, so __build_class__ can fill it with the new class.

import type * as A from '../ast/nodes.js';
import type { AttrValue, ValueId } from '../ir/types.js';
import { constant, pos, storeName, type Ctx } from './context.js';
import { cleanDoc, docstringOf } from './docstring.js';
import { UnsupportedFeatureError } from './errors.js';
import { expression } from './expressions.js';
import { nested } from './functions.js';
import { CLASS_NAMESPACE } from './scopes.js';
import { setupAnnotations, statements } from './statements.js';
import { bindName } from './mangle.js';

export function lowerClassDef(ctx: Ctx, s: A.ClassDef): void {
  const filename = ctx.module.info.filename;
  if (s.type_params.length > 0) throw new UnsupportedFeatureError('type parameters are', s.lineno, filename);
  const at = pos(s);
  const decorators = s.decorator_list.map((decorator) => expression(ctx, decorator));
  const buildClass = ctx.b.value('load_global', [], { name: '__build_class__' }, at);
  const params = [{ name: CLASS_NAMESPACE, kind: 'normal' as const, hasDefault: false }];
  const body = nested(ctx, s, 'function', s.name, params, [], (inner) => {
    const b = inner.b;
    const ns = () => b.value('load_local', [], { name: CLASS_NAMESPACE }, at);
    // What CPython's compiler_class_body stores first: __module__, __qualname__ (and __doc__).
    const moduleName = b.value('load_global', [], { name: '__name__' }, at);
    b.emit('store_name', [ns(), moduleName], { name: '__module__' }, at);
    b.emit('store_name', [ns(), constant(inner, b.fn.qualname, s)], { name: '__qualname__' }, at);
    // 3.13: the line of the class statement (its first decorator's), and at the end the
    // names its methods assign through `self.NAME` (compiler_class_body).
    b.emit('store_name', [ns(), constant(inner, BigInt(s.decorator_list[0]?.lineno ?? s.lineno), s)], { name: '__firstlineno__' }, at);
    setupAnnotations(inner, s.body, s);
    const doc = docstringOf(s.body);
    if (doc !== null) {
      b.fn.docstring = cleanDoc(doc);
      b.emit('store_name', [ns(), constant(inner, cleanDoc(doc), s.body[0])], { name: '__doc__' }, pos(s.body[0]));
    }
    statements(inner, doc !== null ? s.body.slice(1) : s.body);
    if (!b.open) return;
    const attrs = [...staticAttributes(s)].sort();
    const tuple = b.value('build_tuple', attrs.map((name) => constant(inner, name, s)), {}, at);
    b.emit('store_name', [ns(), tuple], { name: '__static_attributes__' }, at);
    const result = inner.scope.cellvars.includes('__class__')
      ? b.value('load_closure', [], { name: '__class__' }, at)
      : b.value('const', [], { value: null }, null);
    b.emit('return', [result], {}, null);
  }, s.decorator_list[0]?.lineno ?? s.lineno);
  let result: ValueId;
  if (s.bases.some((base) => base._type === 'Starred') || s.keywords.some((keyword) => keyword.arg === null)) {
    result = starredClassCall(ctx, s, buildClass, body);
  } else {
    const operands: ValueId[] = [buildClass, body, constant(ctx, s.name, s), ...s.bases.map((base) => expression(ctx, base))];
    operands.push(...s.keywords.map((keyword) => expression(ctx, keyword.value)));
    const attrs: Record<string, AttrValue> = s.keywords.length === 0 ? {} : { kwnames: s.keywords.map((keyword) => keyword.arg!) };
    result = ctx.b.value('call', operands, attrs, at);
  }
  for (let i = decorators.length - 1; i >= 0; i--) result = ctx.b.value('call', [decorators[i], result], {}, pos(s.decorator_list[i]));
  storeName(ctx, bindName(s), result, s);
}

/**
 * `class C(*bases, **kw)`: __build_class__(body, 'C', *bases, **kw) through call_ex, the
 * arguments built as a call with starred arguments builds them (expressions.ts).
 */
function starredClassCall(ctx: Ctx, s: A.ClassDef, buildClass: ValueId, body: ValueId): ValueId {
  const b = ctx.b;
  const at = pos(s);
  const list = b.value('build_list', [body, constant(ctx, s.name, s)], {}, at);
  for (const base of s.bases) {
    if (base._type === 'Starred') b.emit('list_extend', [list, expression(ctx, base.value)], {}, pos(base));
    else b.emit('list_append', [list, expression(ctx, base)], {}, pos(base));
  }
  const args = b.value('list_to_tuple', [list], {}, at);
  if (s.keywords.length === 0) return b.value('call_ex', [buildClass, args], {}, at);
  // Runs of named keywords become dicts merged in order with the ** mappings, so a repeated
  // name raises "got multiple values for keyword argument" as in a call.
  let keywords: ValueId | null = null;
  let run: ValueId[] = [];
  const flush = () => {
    const part = b.value('build_dict', run, {}, at);
    run = [];
    if (keywords === null) keywords = part;
    else b.emit('dict_merge', [keywords, part, buildClass], {}, at);
  };
  for (const keyword of s.keywords) {
    if (keyword.arg !== null) {
      run.push(constant(ctx, keyword.arg, keyword), expression(ctx, keyword.value));
      continue;
    }
    if (keywords === null || run.length > 0) flush();
    b.emit('dict_merge', [keywords!, expression(ctx, keyword.value), buildClass], {}, pos(keyword));
  }
  if (run.length > 0) flush();
  return b.value('call_ex', [buildClass, args, keywords!], {}, at);
}

/**
 * The names stored as `self.NAME` in the functions of a class body (nested functions
 * included, nested classes not: they collect their own), CPython 3.13's __static_attributes__.
 */
function staticAttributes(s: A.ClassDef): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown, inFunction: boolean): void => {
    if (Array.isArray(node)) { for (const x of node) walk(x, inFunction); return; }
    if (node === null || typeof node !== 'object' || !('_type' in node)) return;
    const n = node as { _type: string } & Record<string, unknown>;
    if (n._type === 'ClassDef') return;
    if (inFunction && n._type === 'Attribute') {
      const attr = n as unknown as A.Attribute;
      if (attr.ctx._type === 'Store' && attr.value._type === 'Name' && attr.value.id === 'self') names.add(attr.attr);
    }
    const fn = n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'Lambda';
    for (const key of Object.keys(n)) if (key !== '_type') walk(n[key], inFunction || fn);
  };
  for (const stmt of s.body) walk(stmt, false);
  return names;
}
