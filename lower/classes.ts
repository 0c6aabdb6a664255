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
import { statements } from './statements.js';

export function lowerClassDef(ctx: Ctx, s: A.ClassDef): void {
  const filename = ctx.module.info.filename;
  if (s.type_params.length > 0) throw new UnsupportedFeatureError('type parameters are', s.lineno, filename);
  if (s.bases.some((base) => base._type === 'Starred') || s.keywords.some((keyword) => keyword.arg === null)) {
    throw new UnsupportedFeatureError("'*' and '**' in class bases are", s.lineno, filename);
  }
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
    const doc = docstringOf(s.body);
    if (doc !== null) {
      b.fn.docstring = cleanDoc(doc);
      b.emit('store_name', [ns(), constant(inner, cleanDoc(doc), s.body[0])], { name: '__doc__' }, pos(s.body[0]));
    }
    statements(inner, doc !== null ? s.body.slice(1) : s.body);
    if (!b.open) return;
    const result = inner.scope.cellvars.includes('__class__')
      ? b.value('load_closure', [], { name: '__class__' }, at)
      : b.value('const', [], { value: null }, null);
    b.emit('return', [result], {}, null);
  }, s.decorator_list[0]?.lineno ?? s.lineno);
  const operands: ValueId[] = [buildClass, body, constant(ctx, s.name, s), ...s.bases.map((base) => expression(ctx, base))];
  operands.push(...s.keywords.map((keyword) => expression(ctx, keyword.value)));
  const attrs: Record<string, AttrValue> = s.keywords.length === 0 ? {} : { kwnames: s.keywords.map((keyword) => keyword.arg!) };
  let result = ctx.b.value('call', operands, attrs, at);
  for (let i = decorators.length - 1; i >= 0; i--) result = ctx.b.value('call', [decorators[i], result], {}, pos(s.decorator_list[i]));
  storeName(ctx, s.name, result, s);
}
