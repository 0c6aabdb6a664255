// Python's scope analysis, as CPython's symtable.c: which names of each scope are local,
// global (explicit or implicit), free or cell, and the compile-time SyntaxErrors it raises.
// Pass 1 walks the AST recording each scope's name uses; pass 2 resolves them top-down.

import type * as A from '../ast/nodes.js';
import { COMPILE_DEPTH_LIMIT, compileSyntaxError, CompileRecursionError, UnsupportedFeatureError, type SourceInfo } from './errors.js';
import { unsupportedExpression, unsupportedStatement } from './unsupported.js';
import { bindName, writtenName } from './mangle.js';

/** Where a name lives in one scope (CPython's LOCAL, GLOBAL_EXPLICIT/IMPLICIT, FREE, CELL). */
export type Binding = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
/** The code that opens a scope. */
export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';
/** The AST nodes that open a scope (generator expressions are rejected before analysis). */
export type ScopeNode = A.Module | A.ClassDef | A.FunctionDef | A.AsyncFunctionDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

// Flags of a name within one scope (CPython's DEF_* and USE).
const DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ITER = 32;
/** An annotated simple name (`x: int`): a later global/nonlocal of it is "annotated name 'x' can't be global". */
const DEF_ANNOT = 64;

/** The parameter of a class body function: the namespace dict (a name no Python code can spell). */
export const CLASS_NAMESPACE = '.namespace';

/**
 * One scope. Invariants after analyze(): every name in `symbols` has a binding; `cellvars`
 * and `freevars` are sorted (CPython's order for co_cellvars/co_freevars); `locals` lists
 * the params first (in order: the call binds them as locals, even those that are cells),
 * then the other plain local names in first-seen order. Cell names are not locals.
 */
export class Scope {
  readonly symbols = new Map<string, number>();
  readonly bindings = new Map<string, Binding>();
  readonly children: Scope[] = [];
  readonly params: string[] = [];
  /** The first global/nonlocal statement naming each name, for error positions. */
  readonly directives = new Map<string, A.Global | A.Nonlocal>();
  cellvars: string[] = [];
  freevars: string[] = [];
  /** An `async def` body (CPython's ste_coroutine for functions). */
  isAsync = false;
  /** The body contains `yield` or `yield from` (a generator, or an async generator when async). */
  generator = false;
  /** A comprehension that awaits (`async for`, or `await` in its body): it runs as a coroutine
   *  (an async generator for a generator expression). CPython's ste_coroutine for comprehensions. */
  coroutine = false;

  constructor(readonly kind: ScopeKind, readonly name: string, readonly node: ScopeNode, readonly parent: Scope | null) {}

  binding(name: string): Binding {
    if (this.kind === 'module') return this.bindings.get(name) === 'global_explicit' ? 'global_explicit' : 'global_implicit';
    return this.bindings.get(name) ?? 'global_implicit';
  }

  /** Names stored as plain locals of this frame (empty for the module). */
  get locals(): string[] {
    if (this.kind === 'module') return [];
    // A class body keeps its names in the namespace dict: only the dict's parameter is a local.
    if (this.kind === 'class') return [...this.params];
    const names = [...this.params];
    for (const [name, binding] of this.bindings) {
      if (binding === 'local' && !names.includes(name)) names.push(name);
    }
    return names;
  }
}

export interface SymbolTable {
  readonly module: Scope;
  /** The scope each function, lambda and comprehension node opens. */
  readonly scopes: Map<ScopeNode, Scope>;
}

export function buildSymbolTable(module: A.Module, info: SourceInfo): SymbolTable {
  const scopes = new Map<ScopeNode, Scope>();
  const top = new Scope('module', '<module>', module, null);
  scopes.set(module, top);
  const builder = new Pass1(info, scopes);
  builder.statements(module.body, top);
  analyze(top, new Set(), new Set(), info);
  return { module: top, scopes };
}

// --- Pass 1: record definitions and uses ---

class Pass1 {
  /** Statement and expression nodes on the path from the module (CPython's symtable depth). */
  private depth = 0;
  /** >0 while visiting a comprehension's iterable (CPython's ste_comp_iter_expr, inherited by nested scopes). */
  private compIterExpr = 0;

  constructor(readonly info: SourceInfo, readonly scopes: Map<ScopeNode, Scope>) {}

  private enter(levels = 1): void {
    this.depth += levels;
    if (this.depth > COMPILE_DEPTH_LIMIT) throw new CompileRecursionError();
  }

  private add(scope: Scope, name: string, flag: number): void {
    scope.symbols.set(name, (scope.symbols.get(name) ?? 0) | flag);
  }

  private open(kind: ScopeKind, name: string, node: ScopeNode, parent: Scope): Scope {
    const scope = new Scope(kind, name, node, parent);
    parent.children.push(scope);
    this.scopes.set(node, scope);
    return scope;
  }

  statements(body: A.stmt[], scope: Scope): void {
    for (const statement of body) this.statement(statement, scope);
  }

  statement(s: A.stmt, scope: Scope): void {
    this.enter();
    this.statementBody(s, scope);
    this.depth--;
  }

  private statementBody(s: A.stmt, scope: Scope): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.add(scope, bindName(s), DEF_LOCAL);
        this.expressions(s.args.defaults, scope);
        this.expressions(s.args.kw_defaults.filter((d): d is A.expr => d !== null), scope);
        // Annotations are evaluated in the enclosing scope when the def runs.
        this.expressions(annotationsOf(s), scope);
        this.expressions(s.decorator_list, scope);
        const inner = this.open('function', s.name, s, scope);
        inner.isAsync = s._type === 'AsyncFunctionDef';
        this.parameters(s.args, inner);
        this.statements(s.body, inner);
        return;
      }
      case 'ClassDef': {
        this.add(scope, bindName(s), DEF_LOCAL);
        this.expressions(s.bases, scope);
        this.expressions(s.keywords.map((k) => k.value), scope);
        this.expressions(s.decorator_list, scope);
        const inner = this.open('class', s.name, s, scope);
        // The body function's one parameter: the namespace dict __build_class__ passes.
        this.add(inner, CLASS_NAMESPACE, DEF_PARAM);
        inner.params.push(CLASS_NAMESPACE);
        this.statements(s.body, inner);
        return;
      }
      case 'Return': if (s.value) this.expression(s.value, scope); return;
      case 'Delete': this.expressions(s.targets, scope); return;
      case 'Assign': this.expressions(s.targets, scope); this.expression(s.value, scope); return;
      case 'AnnAssign':
        // As symtable.c: a simple name is local to the scope even without a value.
        if (s.target._type === 'Name' && s.simple) {
          const flags = scope.symbols.get(s.target.id) ?? 0;
          if (flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
            const word = flags & DEF_GLOBAL ? 'global' : 'nonlocal';
            throw compileSyntaxError(`annotated name '${s.target.id}' can't be ${word}`, s, this.info);
          }
          this.add(scope, s.target.id, DEF_LOCAL | DEF_ANNOT);
        } else {
          this.expression(s.target, scope);
        }
        this.expression(s.annotation, scope);
        if (s.value) this.expression(s.value, scope);
        return;
      case 'AugAssign': this.expression(s.target, scope); this.expression(s.value, scope); return;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (s._type === 'For' || s._type === 'AsyncFor') { this.expression(s.target, scope); this.expression(s.iter, scope); }
        else this.expression(s.test, scope);
        this.statements(s.body, scope);
        this.statements(s.orelse, scope);
        return;
      case 'Raise': if (s.exc) this.expression(s.exc, scope); if (s.cause) this.expression(s.cause, scope); return;
      case 'Try': case 'TryStar':
        this.statements(s.body, scope);
        for (const h of s.handlers) {
          if (h.type) this.expression(h.type, scope);
          if (h.name) this.add(scope, h.name, DEF_LOCAL);
          this.statements(h.body, scope);
        }
        this.statements(s.orelse, scope);
        this.statements(s.finalbody, scope);
        return;
      case 'With': case 'AsyncWith':
        for (const item of s.items) {
          this.expression(item.context_expr, scope);
          if (item.optional_vars) this.expression(item.optional_vars, scope);
        }
        this.statements(s.body, scope);
        return;
      case 'Assert': this.expression(s.test, scope); if (s.msg) this.expression(s.msg, scope); return;
      case 'Match':
        this.expression(s.subject, scope);
        for (const c of s.cases) {
          this.pattern(c.pattern, scope);
          if (c.guard) this.expression(c.guard, scope);
          this.statements(c.body, scope);
        }
        return;
      case 'Import': case 'ImportFrom':
        for (const alias of s.names) {
          if (alias.name === '*') continue; // Rejected by the lowering with its own message.
          this.add(scope, alias.asname ?? alias.name.split('.')[0], DEF_LOCAL);
        }
        return;
      case 'Global': case 'Nonlocal': this.directive(s, scope); return;
      case 'Expr': this.expression(s.value, scope); return;
      case 'Pass': case 'Break': case 'Continue': return;
      default: throw new UnsupportedFeatureError(unsupportedStatement(s), s.lineno, this.info.filename);
    }
  }

  /** A `case` pattern: its captures bind names; value, class and key expressions are evaluated. */
  private pattern(p: A.pattern, scope: Scope): void {
    this.enter();
    switch (p._type) {
      case 'MatchValue': this.expression(p.value, scope); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) this.pattern(q, scope); break;
      case 'MatchStar': if (p.name !== null) this.add(scope, p.name, DEF_LOCAL); break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern, scope);
        if (p.name !== null) this.add(scope, p.name, DEF_LOCAL);
        break;
      case 'MatchMapping':
        this.expressions(p.keys, scope);
        for (const q of p.patterns) this.pattern(q, scope);
        if (p.rest !== null) this.add(scope, p.rest, DEF_LOCAL);
        break;
      case 'MatchClass':
        this.expression(p.cls, scope);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q, scope);
        break;
    }
    this.depth--;
  }

  private directive(s: A.Global | A.Nonlocal, scope: Scope): void {
    const word = s._type === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const flags = scope.symbols.get(name) ?? 0;
      if (flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const message = flags & DEF_PARAM ? `name '${name}' is parameter and ${word}`
          : flags & USE ? `name '${name}' is used prior to ${word} declaration`
          : flags & DEF_ANNOT ? `annotated name '${name}' can't be ${word}`
          : `name '${name}' is assigned to before ${word} declaration`;
        throw compileSyntaxError(message, s, this.info);
      }
      this.add(scope, name, s._type === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL);
      if (!scope.directives.has(name)) scope.directives.set(name, s);
    }
  }

  private parameters(args: A.arguments, scope: Scope): void {
    // CPython's order, which is also co_varnames': *args and **kwargs after keyword-only.
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, ...(args.vararg ? [args.vararg] : []), ...(args.kwarg ? [args.kwarg] : [])];
    for (const arg of all) {
      if (scope.symbols.has(arg.arg)) throw compileSyntaxError(`duplicate argument '${arg.arg}' in function definition`, arg, this.info);
      this.add(scope, arg.arg, DEF_PARAM);
      scope.params.push(arg.arg);
    }
  }

  expressions(list: A.expr[], scope: Scope): void {
    for (const e of list) this.expression(e, scope);
  }

  expression(e: A.expr, scope: Scope): void {
    // A long `a + b + c + ...` is a left spine thousands deep: walked iteratively so the
    // JS stack does not overflow before CPython's own limit is reached.
    const base = this.depth;
    const spine: A.BinOp[] = [];
    for (; e._type === 'BinOp'; e = e.left) spine.push(e);
    this.enter(spine.length + 1);
    this.expressionBody(e, scope);
    // Then the right operands, innermost first (evaluation order), each at its own depth.
    for (let i = spine.length - 1; i >= 0; i--) {
      this.depth = base + i + 1;
      this.expression(spine[i].right, scope);
    }
    this.depth = base;
  }

  private expressionBody(e: A.expr, scope: Scope): void {
    switch (e._type) {
      case 'Name':
        this.add(scope, e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL);
        // symtable.c: a function that names `super` uses the implicit __class__ cell.
        if (e.id === 'super' && e.ctx._type === 'Load' && (scope.kind === 'function' || scope.kind === 'lambda')) this.add(scope, '__class__', USE);
        // In a comprehension (inlined into its function in CPython 3.13) super() is the
        // function's: the comprehension reads __class__ and the function's first parameter.
        // A generator expression is a function of its own (not inlined): super() there is
        // super(__class__, .0), which CPython then rejects at run time, as pyx does.
        if (e.id === 'super' && e.ctx._type === 'Load' && scope.kind === 'comprehension') {
          const owner = superOwner(scope);
          if (owner.kind === 'comprehension') this.add(scope, '__class__', USE);
          else if ((owner.kind === 'function' || owner.kind === 'lambda') && owner.params.length > 0) {
            this.add(scope, '__class__', USE);
            this.add(scope, owner.params[0], USE);
          }
        }
        return;
      case 'BoolOp': this.expressions(e.values, scope); return;
      case 'NamedExpr': this.namedExpression(e, scope); return;
      case 'UnaryOp': this.expression(e.operand, scope); return;
      case 'Lambda': {
        this.expressions(e.args.defaults, scope);
        this.expressions(e.args.kw_defaults.filter((d): d is A.expr => d !== null), scope);
        const inner = this.open('lambda', '<lambda>', e, scope);
        this.parameters(e.args, inner);
        this.expression(e.body, inner);
        return;
      }
      case 'IfExp': this.expression(e.test, scope); this.expression(e.body, scope); this.expression(e.orelse, scope); return;
      case 'Dict':
        e.keys.forEach((key, i) => { if (key !== null) this.expression(key, scope); this.expression(e.values[i], scope); });
        return;
      case 'Set': case 'List': case 'Tuple': this.expressions(e.elts, scope); return;
      case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': this.comprehension(e, scope); return;
      case 'Compare': this.expression(e.left, scope); this.expressions(e.comparators, scope); return;
      case 'Call':
        this.expression(e.func, scope);
        this.expressions(e.args, scope);
        for (const keyword of e.keywords) this.expression(keyword.value, scope);
        return;
      case 'FormattedValue': this.expression(e.value, scope); if (e.format_spec) this.expression(e.format_spec, scope); return;
      case 'JoinedStr': this.expressions(e.values, scope); return;
      case 'Constant': return;
      case 'Yield': {
        // symtable.c's wording.
        if (scope.kind === 'module' || scope.kind === 'class') throw compileSyntaxError("'yield' outside function", e, this.info);
        if (scope.kind === 'comprehension') {
          const kind = ({ ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression' } as Record<string, string>)[scope.node._type];
          throw compileSyntaxError(`'yield' inside ${kind}`, e, this.info);
        }
        scope.generator = true;
        if (e.value) this.expression(e.value, scope);
        return;
      }
      case 'YieldFrom':
        if (scope.kind === 'module' || scope.kind === 'class') throw compileSyntaxError("'yield' outside function", e, this.info);
        if (scope.kind === 'comprehension') throw compileSyntaxError(scope.node._type === 'GeneratorExp' ? "'yield' inside generator expression" : `'yield' inside ${scope.node._type === 'ListComp' ? 'list' : scope.node._type === 'SetComp' ? 'set' : 'dict'} comprehension`, e, this.info);
        scope.generator = true;
        this.expression(e.value, scope);
        return;
      case 'Await':
        // symtable.c's checks and wording; in a comprehension, the await makes it async.
        if (scope.kind === 'module' || scope.kind === 'class') throw compileSyntaxError("'await' outside function", e, this.info);
        if (scope.kind === 'comprehension') scope.coroutine = true;
        else if (!scope.isAsync) throw compileSyntaxError("'await' outside async function", e, this.info);
        this.expression(e.value, scope);
        return;
      case 'Attribute': this.expression(e.value, scope); return;
      case 'Subscript': this.expression(e.value, scope); this.expression(e.slice, scope); return;
      case 'Starred': this.expression(e.value, scope); return;
      case 'Slice':
        for (const part of [e.lower, e.upper, e.step]) if (part) this.expression(part, scope);
        return;
      default: throw new UnsupportedFeatureError(unsupportedExpression(e), e.lineno, this.info.filename);
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, scope: Scope): void {
    const [first, ...rest] = e.generators;
    this.iterable(first.iter, scope); // The first iterable is evaluated outside.
    const name = e._type === 'ListComp' ? '<listcomp>' : e._type === 'SetComp' ? '<setcomp>' : e._type === 'GeneratorExp' ? '<genexpr>' : '<dictcomp>';
    const inner = this.open('comprehension', name, e, scope);
    this.add(inner, '.0', DEF_PARAM);
    inner.params.push('.0');
    this.iterationTarget(first.target, inner);
    this.expressions(first.ifs, inner);
    for (const generator of rest) {
      this.iterable(generator.iter, inner);
      this.iterationTarget(generator.target, inner);
      this.expressions(generator.ifs, inner);
    }
    if (e._type === 'DictComp') { this.expression(e.key, inner); this.expression(e.value, inner); }
    else this.expression(e.elt, inner);
    if (e.generators.some((generator) => generator.is_async)) inner.coroutine = true;
    // symtable.c: an async list/set/dict comprehension needs an async function around it; one
    // inside another comprehension makes that one async instead (a generator expression
    // becomes an async generator expression, allowed anywhere).
    if (inner.coroutine && e._type !== 'GeneratorExp') {
      if (scope.kind === 'comprehension') scope.coroutine = true;
      else if (!scope.isAsync) throw compileSyntaxError('asynchronous comprehension outside of an asynchronous function', e, this.info);
    }
  }

  private iterable(e: A.expr, scope: Scope): void {
    this.compIterExpr++;
    try { this.expression(e, scope); } finally { this.compIterExpr--; }
  }

  private iterationTarget(target: A.expr, scope: Scope): void {
    this.expression(target, scope);
    const mark = (t: A.expr): void => {
      if (t._type === 'Name') {
        // In a comprehension, only a walrus declares a name global/nonlocal (symtable.c's DEF_COMP_ITER check).
        if (scope.kind === 'comprehension' && ((scope.symbols.get(t.id) ?? 0) & (DEF_GLOBAL | DEF_NONLOCAL))) {
          throw compileSyntaxError(`comprehension inner loop cannot rebind assignment expression target '${t.id}'`, t, this.info);
        }
        this.add(scope, t.id, DEF_ITER);
      }
      else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach(mark);
      else if (t._type === 'Starred') mark(t.value);
    };
    mark(target);
  }

  /** A walrus inside comprehensions binds in the nearest enclosing non-comprehension scope. */
  private namedExpression(e: A.NamedExpr, scope: Scope): void {
    if (this.compIterExpr > 0) throw compileSyntaxError('assignment expression cannot be used in a comprehension iterable expression', e, this.info);
    this.expression(e.value, scope);
    const target = e.target as A.Name;
    if (scope.kind !== 'comprehension') {
      this.add(scope, target.id, DEF_LOCAL);
      return;
    }
    for (let inner: Scope | null = scope; inner !== null && inner.kind === 'comprehension'; inner = inner.parent) {
      if ((inner.symbols.get(target.id) ?? 0) & DEF_ITER) {
        throw compileSyntaxError(`assignment expression cannot rebind comprehension iteration variable '${writtenName(target)}'`, target, this.info);
      }
    }
    let owner = scope;
    while (owner.kind === 'comprehension') owner = owner.parent!;
    if (owner.kind === 'class') throw compileSyntaxError('assignment expression within a comprehension cannot be used in a class body', e, this.info);
    const global = owner.kind === 'module' || (((owner.symbols.get(target.id) ?? 0) & DEF_GLOBAL) !== 0);
    this.add(owner, target.id, owner.kind === 'module' ? USE | DEF_LOCAL : DEF_LOCAL);
    for (let inner: Scope = scope; inner !== owner; inner = inner.parent!) {
      this.add(inner, target.id, global ? DEF_GLOBAL : DEF_NONLOCAL);
      this.add(inner, target.id, USE);
    }
  }
}

// --- Pass 2: resolve bindings (CPython's analyze_block / analyze_name) ---

function analyze(scope: Scope, bound: Set<string>, globals: Set<string>, info: SourceInfo): void {
  const localNames = new Set<string>();
  const newGlobals = new Set(globals);
  const newBound = new Set(bound);
  for (const [name, flags] of scope.symbols) {
    let binding: Binding;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw compileSyntaxError(`name '${name}' is nonlocal and global`, scope.directives.get(name) ?? (scope.node as A.FunctionDef), info);
      binding = 'global_explicit';
      newGlobals.add(name);
      newBound.delete(name);
    } else if (flags & DEF_NONLOCAL) {
      // Checked here, after the whole walk, as CPython does (so earlier errors win).
      if (scope.kind === 'module') {
        throw compileSyntaxError('nonlocal declaration not allowed at module level', scope.directives.get(name)!, info);
      }
      if (!bound.has(name)) {
        throw compileSyntaxError(`no binding for nonlocal '${name}' found`, scope.directives.get(name) ?? (scope.node as A.FunctionDef), info);
      }
      binding = 'free';
    } else if (flags & (DEF_LOCAL | DEF_PARAM)) {
      binding = 'local';
      localNames.add(name);
      newGlobals.delete(name);
    } else if (bound.has(name)) {
      binding = 'free';
    } else {
      binding = 'global_implicit';
    }
    scope.bindings.set(name, binding);
  }
  if (scope.kind === 'module') {
    newBound.clear(); // Module-level names are globals, never closed over.
  } else if (scope.kind === 'class') {
    // A class body's names are not visible to its methods; only the implicit __class__ is.
    newBound.add('__class__');
  } else {
    for (const name of localNames) newBound.add(name);
  }
  const freeInChildren = new Set<string>();
  for (const child of scope.children) {
    analyze(child, newBound, newGlobals, info);
    for (const name of child.freevars) freeInChildren.add(name);
  }
  // A name free in a child is a cell here when bound here, else it passes through as free.
  const passThrough: string[] = [];
  for (const name of freeInChildren) {
    const binding = scope.bindings.get(name);
    if (scope.kind === 'class') {
      // __class__ becomes the class body's cell; any other free name passes through the
      // class to its methods (a name bound in the class body stays in the namespace).
      if (name === '__class__') scope.bindings.set(name, 'cell');
      else if (binding === 'local' || binding === 'global_implicit' || binding === undefined) passThrough.push(name);
      else if (binding !== 'free' && binding !== 'global_explicit') scope.bindings.set(name, 'free');
      if (binding === undefined && name !== '__class__') scope.bindings.set(name, 'free');
      continue;
    }
    if (binding === 'local') scope.bindings.set(name, 'cell');
    else if (binding !== 'cell' && binding !== 'global_explicit' && scope.kind !== 'module') scope.bindings.set(name, 'free');
  }
  const names = (wanted: Binding) => [...scope.bindings].filter(([, binding]) => binding === wanted).map(([name]) => name).sort();
  scope.cellvars = names('cell');
  scope.freevars = [...new Set([...names('free'), ...passThrough.filter((n) => scope.bindings.get(n) !== 'free')])].sort();
}

// --- Display ---

/** The symbol table as indented text (one scope per header, one name per line), for the
 *  explorer and for students comparing with Python's `symtable` module. */
export function formatSymbolTable(table: SymbolTable): string {
  const lines: string[] = [];
  const visit = (scope: Scope, depth: number) => {
    const indent = '  '.repeat(depth);
    const line = scope.kind === 'module' ? '' : ` line ${(scope.node as A.Position).lineno}`;
    lines.push(`${indent}${scope.kind} ${scope.name}${line}`);
    for (const name of scope.symbols.keys()) {
      const flags = scope.symbols.get(name)!;
      const notes = [flags & DEF_PARAM && 'parameter', flags & (DEF_LOCAL | DEF_ITER) && 'assigned', flags & USE && 'used']
        .filter((note): note is string => typeof note === 'string');
      lines.push(`${indent}  ${name}: ${scope.binding(name)}${notes.length ? ` (${notes.join(', ')})` : ''}`);
    }
    for (const child of scope.children) visit(child, depth + 1);
  };
  visit(table.module, 0);
  return lines.join('\n') + '\n';
}

/** A def's annotation expressions in the order CPython 3.13's compiler evaluates them. */
export function annotationsOf(s: A.FunctionDef | A.AsyncFunctionDef): A.expr[] {
  const { args } = s;
  const params = [...args.args, ...args.posonlyargs, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
  const out = params.map((param) => param.annotation).filter((a): a is A.expr => a !== null);
  if (s.returns) out.push(s.returns);
  return out;
}

/**
 * The scope whose frame a zero-argument super() in `scope` takes its first argument from:
 * the nearest enclosing scope that is not an inlined comprehension (a generator expression,
 * run as its own function, is its own owner).
 */
export function superOwner(scope: Scope): Scope {
  let owner = scope;
  while (owner.kind === 'comprehension' && owner.node._type !== 'GeneratorExp' && owner.parent !== null) owner = owner.parent;
  return owner;
}
