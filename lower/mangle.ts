// Private name mangling (CPython's _Py_Mangle): inside a class body, and in every function,
// lambda and comprehension nested in it, an identifier `__spam` (two leading underscores, not
// ending in two) stands for `_Class__spam`, where Class is the nearest enclosing class's name
// without its leading underscores (a class named only underscores mangles nothing).
//
// The symbol table and the lowering both read identifiers from the AST, so the rewrite is done
// once, before either: `mangleModule` returns a tree in which every mangled identifier is
// already spelled `_Class__spam` — names, attributes, parameters, keyword arguments, global/
// nonlocal declarations, except-handler and match-capture names. A def's or class's own name
// is mangled only where it is bound (`bindName`): its __name__ and __qualname__ keep the
// written spelling, as in CPython. Nodes without a mangled identifier below them are shared
// with the input (which pyx parse/dump still print unchanged).

import type * as A from '../ast/nodes.js';

/** A def or class statement whose binding name differs from its written name. */
export type Bindable = (A.FunctionDef | A.AsyncFunctionDef | A.ClassDef) & { bindName?: string };

/** The name a def or class statement binds (its mangled name inside a class). */
export function bindName(s: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef): string {
  return (s as Bindable).bindName ?? s.name;
}

/** A Name's identifier as the program spells it (before mangling), for compile-time messages. */
export function writtenName(e: A.Name): string {
  return (e as A.Name & { written?: string }).written ?? e.id;
}

function mangle(name: string, privateName: string | null): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  return `_${privateName}${name}`;
}

/** The mangling prefix a class body uses: its name without leading underscores, or null. */
function privateOf(className: string): string | null {
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? null : stripped;
}

type Node = { _type?: string; [field: string]: unknown };

/** Fields holding identifiers, by node type: each is mangled in place of the written spelling. */
const NAME_FIELDS: Record<string, readonly string[]> = {
  Name: ['id'], Attribute: ['attr'], arg: ['arg'], keyword: ['arg'], ExceptHandler: ['name'],
  Global: ['names'], Nonlocal: ['names'], MatchAs: ['name'], MatchStar: ['name'], MatchMapping: ['rest'],
  MatchClass: ['kwd_attrs'],
};

/** Fields that hold statements (or handlers and match cases, which hold statements). */
const STATEMENT_FIELDS = new Set(['body', 'orelse', 'finalbody', 'handlers', 'cases']);

function walk(value: unknown, privateName: string | null): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item, i) => {
      const m = walk(item, privateName);
      if (m !== item) (out ??= value.slice())[i] = m;
    });
    return out ?? value;
  }
  if (value === null || typeof value !== 'object' || typeof (value as Node)._type !== 'string') return value;
  const node = value as Node;
  const type = node._type!;
  let copy: Node | null = null;
  const set = (field: string, v: unknown) => { if (v !== node[field]) (copy ??= { ...node })[field] = v; };
  const isScope = type === 'ClassDef';
  for (const field of Object.keys(node)) {
    if (field === '_type') continue;
    // Outside every class only statements can lead to one (an expression holds no class):
    // skipping expressions keeps deeply nested ones off the JS stack.
    if (privateName === null && !(isScope && field === 'body') && !STATEMENT_FIELDS.has(field)) continue;
    // A class body mangles with the class's own name; its decorators, bases and keywords with the outer one.
    const inner = isScope && field === 'body' ? privateOf(node.name as string) : privateName;
    set(field, walk(node[field], inner));
  }
  for (const field of NAME_FIELDS[type] ?? []) {
    const v = (copy ?? node)[field];
    if (typeof v === 'string') {
      const m = mangle(v, privateName);
      set(field, m);
      if (m !== v && type === 'Name') set('written', v); // messages name it as written (writtenName)
    }
    else if (Array.isArray(v)) {
      const names = v.map((n) => (typeof n === 'string' ? mangle(n, privateName) : n));
      if (names.some((n, i) => n !== v[i])) set(field, names);
    }
  }
  if ((type === 'FunctionDef' || type === 'AsyncFunctionDef' || type === 'ClassDef') && privateName !== null) {
    const bound = mangle(node.name as string, privateName);
    if (bound !== node.name) set('bindName', bound);
  }
  return copy ?? node;
}

/** The module with every private name inside a class mangled (the same object when there are none). */
export function mangleModule<T extends A.Module | A.Interactive | A.Expression>(module: T): T {
  return walk(module, null) as T;
}
