// CST → AST for statements, function parameters and type parameters.
// Each handler is named after the python.ohm rule (or `rule_case`) it builds.

import { type Builder, type Cst, type Handlers, STORE, nameNode } from './to-ast-core.js';
import { commaList, operatorNode } from './to-ast-expressions.js';

const AUG_OPS: Record<string, string> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** A statement's value: one node (compound statements) or a list (a line of simple ones). */
function statementList(value: any): any[] {
  return Array.isArray(value) ? value : [value];
}

function flatStatements(b: Builder, n: Cst, s: number, column: number): any[] {
  const out: any[] = [];
  for (const value of b.items(n, s, column)) {
    if (Array.isArray(value)) for (const statement of value) out.push(statement);
    else out.push(value);
  }
  return out;
}

/** An optional `else`/`elif` part: the statements, [If] for an elif, or []. */
function orElse(value: any): any[] {
  return value === null ? [] : statementList(value);
}

// --- Parameters ---
// param_* handlers give {arg, value}: value is undefined (no default), null (a keyword-only
// parameter without one) or the default expression.

interface Parameter { arg: any; value: any }
interface StarPart { vararg: any; kwonlyargs: any[]; kw_defaults: any[]; kwarg: any }

const NO_STAR: StarPart = { vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null };

export function emptyArguments(): any {
  return {
    _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [],
    kwarg: null, defaults: [],
  };
}

function makeArguments(posonly: Parameter[], plain: Parameter[], star: StarPart | null): any {
  const defaults = [];
  for (const p of posonly) if (p.value !== undefined) defaults.push(p.value);
  for (const p of plain) if (p.value !== undefined) defaults.push(p.value);
  const rest = star ?? NO_STAR;
  return {
    _type: 'arguments', posonlyargs: posonly.map((p) => p.arg), args: plain.map((p) => p.arg),
    vararg: rest.vararg, kwonlyargs: rest.kwonlyargs, kw_defaults: rest.kw_defaults, kwarg: rest.kwarg,
    defaults,
  };
}

/** The `arg` of a parameter: `param` (name and annotation) or a bare lambda `name`. */
function parameterArg(b: Builder, n: Cst, s: number): any {
  const kid = n.children[0];
  const kidStart = s + n.childOffsets[0];
  if (kid.ctorName === 'name') {
    return { _type: 'arg', arg: b.visit(kid, kidStart), annotation: null, type_comment: null, ...b.at(kid, kidStart) };
  }
  return b.visit(kid, kidStart);
}

function starPart(b: Builder, n: Cst, s: number, vararg: any, maybeColumn: number, kwdsColumn: number): StarPart {
  const maybe: Parameter[] = b.items(n, s, maybeColumn);
  return {
    vararg,
    kwonlyargs: maybe.map((p) => p.arg),
    kw_defaults: maybe.map((p) => p.value),
    kwarg: b.optional(n, s, kwdsColumn),
  };
}

const PARAMETER_HANDLERS: Handlers = {
  parameters_slash_no_default: (b, n, s) =>
    makeArguments(b.child(n, s, 0), [...b.items(n, s, 1), ...b.items(n, s, 2)], b.optional(n, s, 3)),
  parameters_slash_with_default: (b, n, s) =>
    makeArguments(b.child(n, s, 0), b.items(n, s, 1), b.optional(n, s, 2)),
  parameters_no_default: (b, n, s) =>
    makeArguments([], [...b.items(n, s, 0), ...b.items(n, s, 1)], b.optional(n, s, 2)),
  parameters_with_default: (b, n, s) => makeArguments([], b.items(n, s, 0), b.optional(n, s, 1)),
  parameters: (b, n, s) => {
    const kid = n.children[0];
    const value = b.visit(kid, s + n.childOffsets[0]);
    return kid.ctorName === 'star_etc' || kid.ctorName === 'lambda_star_etc' ? makeArguments([], [], value) : value;
  },
  slash_no_default: (b, n, s) => b.items(n, s, 0),
  slash_with_default: (b, n, s) => [...b.items(n, s, 0), ...b.items(n, s, 1)],
  star_etc_vararg: (b, n, s) => starPart(b, n, s, b.child(n, s, 1).arg, 2, 3),
  star_etc_vararg_star: (b, n, s) => starPart(b, n, s, b.child(n, s, 1).arg, 2, 3),
  star_etc_bare: (b, n, s) => starPart(b, n, s, null, 2, 3),
  star_etc: (b, n, s) => {
    const kid = n.children[0];
    const value = b.visit(kid, s + n.childOffsets[0]);
    return kid.ctorName.endsWith('kwds') ? { ...NO_STAR, kwarg: value } : value;
  },
  kwds: (b, n, s) => b.child(n, s, 1).arg,
  param_no_default: (b, n, s) => ({ arg: parameterArg(b, n, s), value: undefined }),
  param_no_default_star_annotation: (b, n, s) => ({ arg: b.child(n, s, 0), value: undefined }),
  param_with_default: (b, n, s) => ({ arg: parameterArg(b, n, s), value: b.child(n, s, 1) }),
  param_maybe_default: (b, n, s) => ({ arg: parameterArg(b, n, s), value: b.optional(n, s, 1) }),
  param: (b, n, s) => ({
    _type: 'arg', arg: b.child(n, s, 0), annotation: b.optional(n, s, 1), type_comment: null, ...b.at(n, s),
  }),
  param_star_annotation: (b, n, s) => ({
    _type: 'arg', arg: b.child(n, s, 0), annotation: b.child(n, s, 1), type_comment: null, ...b.at(n, s),
  }),
  annotation: (b, n, s) => b.child(n, s, 1),
  star_annotation: (b, n, s) => b.child(n, s, 1),
  default: (b, n, s) => b.child(n, s, 1),
};
// Lambda parameters have the same shapes; only the leaves differ (a bare name, see parameterArg).
for (const rule of Object.keys(PARAMETER_HANDLERS)) {
  if (rule.startsWith('param') || rule.startsWith('slash') || rule.startsWith('star_etc') || rule === 'kwds') {
    PARAMETER_HANDLERS[`lambda_${rule}`] ??= PARAMETER_HANDLERS[rule];
  }
}

// --- Statements ---

export const STATEMENT_HANDLERS: Handlers = {
  ...PARAMETER_HANDLERS,
  file: (b, n, s) => ({ _type: 'Module', body: flatStatements(b, n, s, 0), type_ignores: [] }),
  statement: (b, n, s) => statementList(b.child(n, s, 0)),
  simple_stmts: (b, n, s) => {
    const rest = b.items(n, s, 2);
    rest.unshift(b.child(n, s, 0));
    return rest;
  },
  simple_stmt: (b, n, s) => {
    const kid = n.children[0];
    if (!kid.isTerminal()) return b.visit(kid, s);
    const type = b.text(s) === 'pass' ? 'Pass' : b.text(s) === 'break' ? 'Break' : 'Continue';
    return { _type: type, ...b.at(n, s) };
  },
  expr_stmt: (b, n, s) => ({ _type: 'Expr', value: b.child(n, s, 0), ...b.at(n, s) }),
  yield_stmt: (b, n, s) => ({ _type: 'Expr', value: b.child(n, s, 0), ...b.at(n, s) }),
  assignment: (b, n, s) => {
    if (n.children[0].ctorName === '_iter') {
      return { _type: 'Assign', targets: b.items(n, s, 0), value: b.child(n, s, 2), type_comment: null, ...b.at(n, s) };
    }
    if (n.children[1].ctorName === 'augassign') {
      return {
        _type: 'AugAssign', target: b.child(n, s, 0), op: operatorNode(AUG_OPS[b.text(b.childStart(n, s, 1))]),
        value: b.child(n, s, 2), ...b.at(n, s),
      };
    }
    // A bare name is a "simple" target; a parenthesized one or an attribute/subscript is not.
    const simple = n.children[0].children[0].ctorName === 'name' ? 1 : 0;
    const annotated = n.children[2];
    const annotatedStart = b.childStart(n, s, 2);
    return {
      _type: 'AnnAssign', target: b.child(n, s, 0), annotation: b.child(annotated, annotatedStart, 0),
      value: b.optional(annotated, annotatedStart, 1), simple, ...b.at(n, s),
    };
  },
  ann_target: (b, n, s) => {
    const kid = n.children[0];
    return kid.ctorName === 'name' ? nameNode(b, kid, s, STORE) : b.visit(kid, s);
  },
  assign_value: (b, n, s) => b.child(n, s, 1),
  return_stmt: (b, n, s) => ({ _type: 'Return', value: b.optional(n, s, 1), ...b.at(n, s) }),
  raise_stmt_value: (b, n, s) => ({ _type: 'Raise', exc: b.child(n, s, 1), cause: b.optional(n, s, 2), ...b.at(n, s) }),
  raise_stmt_bare: (b, n, s) => ({ _type: 'Raise', exc: null, cause: null, ...b.at(n, s) }),
  raise_from: (b, n, s) => b.child(n, s, 1),
  global_stmt: (b, n, s) => ({ _type: 'Global', names: namesAfterKeyword(b, n, s), ...b.at(n, s) }),
  nonlocal_stmt: (b, n, s) => ({ _type: 'Nonlocal', names: namesAfterKeyword(b, n, s), ...b.at(n, s) }),
  del_stmt: (b, n, s) => ({ _type: 'Delete', targets: b.child(n, s, 1), ...b.at(n, s) }),
  assert_stmt: (b, n, s) => ({ _type: 'Assert', test: b.child(n, s, 1), msg: b.optional(n, s, 3), ...b.at(n, s) }),
  import_name: (b, n, s) => {
    const names = b.items(n, s, 3);
    names.unshift(b.child(n, s, 1));
    return { _type: 'Import', names, ...b.at(n, s) };
  },
  import_from_module: (b, n, s) => ({
    _type: 'ImportFrom', module: b.child(n, s, 2), names: b.child(n, s, 4), level: importLevel(b, n, s), ...b.at(n, s),
  }),
  import_from_relative: (b, n, s) => ({
    _type: 'ImportFrom', module: null, names: b.child(n, s, 3), level: importLevel(b, n, s), ...b.at(n, s),
  }),
  import_from_targets_paren: (b, n, s) => b.child(n, s, 1),
  import_from_targets_star: (b, n, s) => [{ _type: 'alias', name: '*', asname: null, ...b.at(n, s) }],
  import_from_as_names: commaList,
  import_from_as_name: alias,
  dotted_as_name: alias,
  as_name: (b, n, s) => b.child(n, s, 1),
  dotted_name: (b, n, s) => {
    const first: string = b.child(n, s, 0);
    return b.has(n, 1) ? [first, ...b.items(n, s, 2)].join('.') : first;
  },

  block_indented: (b, n, s) => flatStatements(b, n, s, 2),
  decorator: (b, n, s) => b.child(n, s, 1),
  class_def: (b, n, s) => {
    const classArguments = b.optional(n, s, 4) ?? { args: [], keywords: [] };
    return {
      _type: 'ClassDef', name: b.child(n, s, 2), bases: classArguments.args, keywords: classArguments.keywords,
      body: b.child(n, s, 6), decorator_list: b.items(n, s, 0), type_params: b.optional(n, s, 3) ?? [],
      ...b.span(b.childStart(n, s, 1), s + n.matchLength),
    };
  },
  class_arguments: (b, n, s) => b.optional(n, s, 1) ?? { args: [], keywords: [] },
  function_def: (b, n, s) => ({
    _type: b.has(n, 1) ? 'AsyncFunctionDef' : 'FunctionDef', name: b.child(n, s, 3),
    args: b.optional(n, s, 6) ?? emptyArguments(), body: b.child(n, s, 10), decorator_list: b.items(n, s, 0),
    returns: b.optional(n, s, 8), type_comment: null, type_params: b.optional(n, s, 4) ?? [],
    ...b.span(b.childStart(n, s, 1), s + n.matchLength),
  }),
  returns: (b, n, s) => b.child(n, s, 1),
  lambdef: (b, n, s) => ({
    _type: 'Lambda', args: b.optional(n, s, 1) ?? emptyArguments(), body: b.child(n, s, 3), ...b.at(n, s),
  }),
  if_stmt: conditional,
  elif_stmt: conditional,
  else_block: (b, n, s) => b.child(n, s, 2),
  while_stmt: (b, n, s) => ({
    _type: 'While', test: b.child(n, s, 1), body: b.child(n, s, 3), orelse: orElse(b.optional(n, s, 4)), ...b.at(n, s),
  }),
  for_stmt: (b, n, s) => ({
    _type: b.has(n, 0) ? 'AsyncFor' : 'For', target: b.child(n, s, 2), iter: b.child(n, s, 4),
    body: b.child(n, s, 6), orelse: orElse(b.optional(n, s, 7)), type_comment: null, ...b.at(n, s),
  }),
  with_stmt_paren: (b, n, s) => {
    const items = b.items(n, s, 5);
    items.unshift(b.child(n, s, 3));
    return withStatement(b, n, s, items, b.child(n, s, 9));
  },
  with_stmt_plain: (b, n, s) => {
    const items = b.items(n, s, 4);
    items.unshift(b.child(n, s, 2));
    return withStatement(b, n, s, items, b.child(n, s, 6));
  },
  with_item_as: (b, n, s) => ({ _type: 'withitem', context_expr: b.child(n, s, 0), optional_vars: b.child(n, s, 2) }),
  with_item: (b, n, s) => {
    const kid = n.children[0];
    if (kid.ctorName === 'with_item_as') return b.visit(kid, s);
    return { _type: 'withitem', context_expr: b.visit(kid, s), optional_vars: null };
  },
  try_stmt_finally: (b, n, s) => ({
    _type: 'Try', body: b.child(n, s, 2), handlers: [], orelse: [], finalbody: b.child(n, s, 3), ...b.at(n, s),
  }),
  try_stmt_except: (b, n, s) => tryStatement(b, n, s, 'Try'),
  try_stmt_except_star: (b, n, s) => tryStatement(b, n, s, 'TryStar'),
  except_block_typed: (b, n, s) => ({
    _type: 'ExceptHandler', type: b.child(n, s, 1), name: b.optional(n, s, 2), body: b.child(n, s, 4), ...b.at(n, s),
  }),
  except_block_bare: (b, n, s) => ({ _type: 'ExceptHandler', type: null, name: null, body: b.child(n, s, 2), ...b.at(n, s) }),
  except_star_block: (b, n, s) => ({
    _type: 'ExceptHandler', type: b.child(n, s, 2), name: b.optional(n, s, 3), body: b.child(n, s, 5), ...b.at(n, s),
  }),
  except_name: (b, n, s) => b.child(n, s, 1),
  finally_block: (b, n, s) => b.child(n, s, 2),

  // --- Type parameters ---
  type_alias: (b, n, s) => ({
    _type: 'TypeAlias', name: nameNode(b, n.children[1], b.childStart(n, s, 1), STORE),
    type_params: b.optional(n, s, 2) ?? [], value: b.child(n, s, 4), ...b.at(n, s),
  }),
  type_params: (b, n, s) => {
    const params = b.items(n, s, 3);
    params.unshift(b.child(n, s, 1));
    return params;
  },
  type_param_var: (b, n, s) => ({
    _type: 'TypeVar', name: b.child(n, s, 0), bound: b.optional(n, s, 1), default_value: b.optional(n, s, 2), ...b.at(n, s),
  }),
  type_param_var_tuple: (b, n, s) => ({
    _type: 'TypeVarTuple', name: b.child(n, s, 1), default_value: b.optional(n, s, 2), ...b.at(n, s),
  }),
  type_param_param_spec: (b, n, s) => ({
    _type: 'ParamSpec', name: b.child(n, s, 1), default_value: b.optional(n, s, 2), ...b.at(n, s),
  }),
  type_param_bound: (b, n, s) => b.child(n, s, 1),
  type_param_default: (b, n, s) => b.child(n, s, 1),
  type_param_starred_default: (b, n, s) => b.child(n, s, 1),
};

function namesAfterKeyword(b: Builder, n: Cst, s: number): string[] {
  const names = b.items(n, s, 3);
  names.unshift(b.child(n, s, 1));
  return names;
}

/** `from . . . x import y`: each "." counts 1 and each "..." token counts 3. */
function importLevel(b: Builder, n: Cst, s: number): number {
  const dots = n.children[1];
  let level = 0;
  for (let j = 0; j < dots.children.length; j++) level += b.text(s + dots.childOffsets[j]).length;
  return level;
}

function alias(b: Builder, n: Cst, s: number): any {
  return { _type: 'alias', name: b.child(n, s, 0), asname: b.optional(n, s, 1), ...b.at(n, s) };
}

function conditional(b: Builder, n: Cst, s: number): any {
  return {
    _type: 'If', test: b.child(n, s, 1), body: b.child(n, s, 3), orelse: orElse(b.optional(n, s, 4)), ...b.at(n, s),
  };
}

function withStatement(b: Builder, n: Cst, s: number, items: any[], body: any[]): any {
  return { _type: b.has(n, 0) ? 'AsyncWith' : 'With', items, body, type_comment: null, ...b.at(n, s) };
}

function tryStatement(b: Builder, n: Cst, s: number, type: 'Try' | 'TryStar'): any {
  return {
    _type: type, body: b.child(n, s, 2), handlers: b.items(n, s, 3), orelse: b.optional(n, s, 4) ?? [],
    finalbody: b.optional(n, s, 5) ?? [], ...b.at(n, s),
  };
}
