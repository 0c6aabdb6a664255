// The statement half of the error pass: python.gram's statement and block rules with their
// invalid_* alternatives (CPython 3.13), on top of the expression, target and pattern
// recognizers. `&&tok` (a forced token) raises "expected 'tok'" wherever python.gram has
// one: after `else`, `try` and `finally` in both passes, in `def` only in the second (it
// sits in invalid_def_raw there).

import { type Expr, exprName, invalidTarget } from './syntax-errors-base.js';
import { PatternRecognizer } from './syntax-errors-match.js';

export class StmtRecognizer extends PatternRecognizer {
  /** file: [statements] ENDMARKER — true when the whole token stream is valid Python. */
  file(): boolean {
    let q = 0;
    for (;;) {
      // No rule ever returns to a top-level statement once it is parsed (`statement+` only
      // moves on), so the memo of the previous ones can go: this keeps the memo small,
      // which is most of the speed on long files.
      this.memo.clear();
      const r = this.statement(q);
      if (r === null) break;
      q = r;
    }
    return this.c.isKind(q, 'ENDMARKER');
  }

  /** eval: expressions NEWLINE* ENDMARKER — the start rule of `eval()` and `mode='eval'`. */
  eval(): boolean {
    let q = this.expressions(0)?.end ?? null;
    if (q === null) return false;
    while (this.c.isKind(q, 'NEWLINE')) q++;
    return this.c.isKind(q, 'ENDMARKER');
  }

  private statements(p: number): number | null {
    let q = p;
    for (;;) {
      const r = this.statement(q);
      if (r === null) break;
      q = r;
    }
    return q === p ? null : q;
  }

  private statement(p: number): number | null {
    return this.compoundStmt(p) ?? this.simpleStmts(p);
  }

  private simpleStmts(p: number): number | null {
    return this.memoize('simple_stmts', p, () => {
      const a = this.simpleStmt(p);
      if (a !== null && !this.c.is(a, ';') && this.c.isKind(a, 'NEWLINE')) return a + 1;
      let q = p;
      let any = false;
      for (;;) {
        const r = this.simpleStmt(q);
        if (r === null) break;
        any = true;
        q = r;
        if (!this.c.is(q, ';')) break;
        q++;
      }
      if (!any) return null;
      return this.c.isKind(q, 'NEWLINE') ? q + 1 : null;
    });
  }

  private forced(p: number, text: string): number {
    if (this.c.is(p, text)) return p + 1;
    throw this.c.tokenAt(p, `expected '${text}'`);
  }

  // --- Simple statements ---

  private simpleStmt(p: number): number | null {
    return this.memoize('simple_stmt', p, () => {
      const a = this.assignment(p);
      if (a !== null) return a;
      if (this.c.at(p).kind === 'NAME' && this.c.at(p).text === 'type') {
        const t = this.typeAlias(p);
        if (t !== null) return t;
      }
      const e = this.starExpressions(p);
      if (e) return e.end;
      const t = this.c.at(p);
      if (t.kind !== 'NAME') return null;
      switch (t.text) {
        case 'return': {
          const v = this.starExpressions(p + 1);
          return v ? v.end : p + 1;
        }
        case 'import':
        case 'from':
          return this.importStmt(p);
        case 'raise': {
          const a1 = this.expression(p + 1);
          if (a1 && this.c.is(a1.end, 'from')) {
            const b = this.expression(a1.end + 1);
            if (b) return b.end;
          }
          return a1 ? a1.end : p + 1;
        }
        case 'pass':
        case 'break':
        case 'continue':
          return p + 1;
        case 'del':
          return this.delStmt(p);
        case 'yield': {
          const y = this.yieldExpr(p);
          return y ? y.end : null;
        }
        case 'assert': {
          const a1 = this.expression(p + 1);
          if (!a1) return null;
          if (this.c.is(a1.end, ',')) {
            const b = this.expression(a1.end + 1);
            if (b) return b.end;
          }
          return a1.end;
        }
        case 'global':
        case 'nonlocal': {
          let q = p + 1;
          if (!this.c.isName(q)) return null;
          q++;
          while (this.c.is(q, ',') && this.c.isName(q + 1)) q += 2;
          return q;
        }
        default:
          return null;
      }
    });
  }

  private annotatedRhs(p: number): Expr | null {
    return this.yieldExpr(p) ?? this.starExpressions(p);
  }

  private assignment(p: number): number | null {
    // NAME ':' expression ['=' annotated_rhs]
    if (this.c.isName(p) && this.c.is(p + 1, ':')) {
      const r = this.annotationRest(p + 2);
      if (r !== null) return r;
    }
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    let target: number | null = null;
    if (this.c.is(p, '(')) {
      const s = this.singleTarget(p + 1);
      if (s && this.c.is(s.end, ')')) target = s.end + 1;
    }
    if (target === null) target = this.subscriptAttributeTarget(p)?.end ?? null;
    if (target !== null && this.c.is(target, ':')) {
      const r = this.annotationRest(target + 1);
      if (r !== null) return r;
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    const afterTargets = this.targetsAndEquals(p);
    if (afterTargets !== p) {
      const rhs = this.annotatedRhs(afterTargets);
      if (rhs && !this.c.is(rhs.end, '=')) return rhs.end;
    }
    // single_target augassign ~ (yield_expr | star_expressions)
    const single = this.singleTarget(p);
    if (single && this.isAugassign(single.end)) {
      const rhs = this.annotatedRhs(single.end + 1);
      return rhs ? rhs.end : null; // the cut: no invalid_assignment after it
    }
    if (this.inv) this.invalidAssignment(p);
    return null;
  }

  private annotationRest(p: number): number | null {
    const b = this.expression(p);
    if (!b) return null;
    if (this.c.is(b.end, '=')) {
      const d = this.annotatedRhs(b.end + 1);
      if (d) return d.end;
    }
    return b.end;
  }

  /** (star_targets '=')*: the position after the last `targets =` of the run. */
  private targetsAndEquals(p: number): number {
    let q = p;
    for (;;) {
      const t = this.starTargets(q);
      if (!t || !this.c.is(t.end, '=')) return q;
      q = t.end + 1;
    }
  }

  private invalidAssignment(p: number): void {
    // invalid_ann_assign_target ':' expression
    const ann = this.invalidAnnAssignTarget(p);
    if (ann && this.c.is(ann.end, ':') && this.expression(ann.end + 1)) {
      throw this.c.node(ann.inner, `only single target (not ${exprName(ann.inner)}) can be annotated`);
    }
    // star_named_expression ',' star_named_expressions* ':' expression
    const a = this.starNamedExpression(p);
    if (a && this.c.is(a.end, ',')) {
      let q = a.end + 1;
      for (;;) {
        const more = this.starNamedExpressions(q);
        if (!more || more.end === q) break;
        q = more.end;
      }
      if (this.c.is(q, ':') && this.expression(q + 1)) throw this.c.node(a, 'only single target (not tuple) can be annotated');
    }
    // expression ':' expression
    const e = this.expression(p);
    if (e && this.c.is(e.end, ':') && this.expression(e.end + 1)) throw this.c.node(e, 'illegal target for annotation');
    // (star_targets '=')* a=star_expressions '='
    const q = this.targetsAndEquals(p);
    const s = this.starExpressions(q);
    if (s && this.c.is(s.end, '=')) {
      const bad = invalidTarget(s, 'star');
      if (bad) throw this.c.node(bad, `cannot assign to ${exprName(bad)}`);
    }
    // (star_targets '=')* a=yield_expr '='
    const y = this.yieldExpr(q);
    if (y && this.c.is(y.end, '=')) throw this.c.node(y, 'assignment to yield expression not possible');
    // a=star_expressions augassign (yield_expr | star_expressions)
    const aug = this.starExpressions(p);
    if (aug && this.isAugassign(aug.end) && this.annotatedRhs(aug.end + 1)) {
      throw this.c.node(aug, `'${exprName(aug)}' is an illegal expression for augmented assignment`);
    }
  }

  private invalidAnnAssignTarget(p: number): { inner: Expr; end: number } | null {
    const l = this.list(p) ?? this.tuple(p);
    if (l) return { inner: l, end: l.end };
    if (this.c.is(p, '(')) {
      const inner = this.invalidAnnAssignTarget(p + 1);
      if (inner && this.c.is(inner.end, ')')) return { inner: inner.inner, end: inner.end + 1 };
    }
    return null;
  }

  private delStmt(p: number): number | null {
    const t = this.delTargets(p + 1);
    if (t !== null && (this.c.is(t, ';') || this.c.isKind(t, 'NEWLINE'))) return t;
    if (this.inv) {
      const a = this.starExpressions(p + 1);
      const bad = invalidTarget(a, 'del');
      if (bad) throw this.c.node(bad, `cannot delete ${exprName(bad)}`);
    }
    return null;
  }

  private typeAlias(p: number): number | null {
    if (!this.c.isName(p + 1)) return null;
    let q = p + 2;
    const tp = this.typeParams(q);
    if (tp !== null) q = tp;
    if (!this.c.is(q, '=')) return null;
    const b = this.expression(q + 1);
    return b ? b.end : null;
  }

  private typeParams(p: number): number | null {
    if (!this.c.is(p, '[')) return null;
    if (this.inv && this.c.is(p + 1, ']')) throw this.c.startingFrom(p + 1, 'Type parameter list cannot be empty');
    let q = p + 1;
    let any = false;
    for (;;) {
      let r = q;
      if (this.c.is(r, '*') || this.c.is(r, '**')) r++;
      if (!this.c.isName(r)) break;
      r++;
      if (this.c.is(r, ':')) {
        const b = this.expression(r + 1);
        if (!b) break;
        r = b.end;
      }
      if (this.c.is(r, '=')) {
        const d = this.starExpression(r + 1);
        if (!d) break;
        r = d.end;
      }
      any = true;
      q = r;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return any && this.c.is(q, ']') ? q + 1 : null;
  }

  // --- Imports ---

  private importStmt(p: number): number | null {
    if (this.inv && this.c.is(p, 'import')) {
      const names = this.dottedNames(p + 1);
      if (names !== null && this.c.is(names, 'from') && this.dottedName(names + 1) !== null) {
        throw this.c.startingFrom(p, "Did you mean to use 'from ... import ...' instead?");
      }
      if (this.c.isKind(p + 1, 'NEWLINE')) throw this.c.startingFrom(p + 1, "Expected one or more names after 'import'");
    }
    if (this.c.is(p, 'import')) {
      let q = p + 1;
      for (;;) {
        const d = this.dottedName(q);
        if (d === null) return q === p + 1 ? null : q - 1;
        q = d;
        if (this.c.is(q, 'as')) {
          if (!this.c.isName(q + 1)) return null;
          q += 2;
        }
        if (!this.c.is(q, ',')) return q;
        q++;
      }
    }
    if (!this.c.is(p, 'from')) return null;
    let q = p + 1;
    let dots = 0;
    while (this.c.is(q, '.') || this.c.is(q, '...')) { q++; dots++; }
    const d = this.dottedName(q);
    if (d !== null) q = d;
    else if (dots === 0) return null;
    if (!this.c.is(q, 'import')) return null;
    return this.importFromTargets(q + 1);
  }

  private importFromTargets(p: number): number | null {
    if (this.c.is(p, '(')) {
      const names = this.importFromAsNames(p + 1);
      if (names !== null) {
        let q = names;
        if (this.c.is(q, ',')) q++;
        if (this.c.is(q, ')')) return q + 1;
      }
    }
    const names = this.importFromAsNames(p);
    if (names !== null && !this.c.is(names, ',')) return names;
    if (this.c.is(p, '*')) return p + 1;
    if (this.inv) {
      if (names !== null && this.c.is(names, ',') && this.c.isKind(names + 1, 'NEWLINE')) {
        throw this.c.atLastFetched('trailing comma not allowed without surrounding parentheses');
      }
      if (this.c.isKind(p, 'NEWLINE')) throw this.c.startingFrom(p, "Expected one or more names after 'import'");
    }
    return null;
  }

  private importFromAsNames(p: number): number | null {
    let q = p;
    for (;;) {
      if (!this.c.isName(q)) return q === p ? null : q - 1;
      q++;
      if (this.c.is(q, 'as')) {
        if (!this.c.isName(q + 1)) return null;
        q += 2;
      }
      if (!this.c.is(q, ',')) return q;
      q++;
    }
  }

  private dottedName(p: number): number | null {
    if (!this.c.isName(p)) return null;
    let q = p + 1;
    while (this.c.is(q, '.') && this.c.isName(q + 1)) q += 2;
    return q;
  }

  private dottedNames(p: number): number | null {
    let q = this.dottedName(p);
    if (q === null) return null;
    while (this.c.is(q, ',')) {
      const r = this.dottedName(q + 1);
      if (r === null) break;
      q = r;
    }
    return q;
  }

  // --- Blocks ---

  protected block(p: number): number | null {
    return this.memoize('block', p, () => {
      if (this.c.isKind(p, 'NEWLINE') && this.c.isKind(p + 1, 'INDENT')) {
        const s = this.statements(p + 2);
        if (s !== null && this.c.isKind(s, 'DEDENT')) return s + 1;
      }
      const s = this.simpleStmts(p);
      if (s !== null) return s;
      if (this.inv && this.c.isKind(p, 'NEWLINE') && !this.c.isKind(p + 1, 'INDENT')) {
        throw this.c.atLastFetched('expected an indented block', 'IndentationError');
      }
      return null;
    });
  }

  /** `':' NEWLINE !INDENT` after a header: the IndentationError CPython raises there. */
  protected checkIndent(colon: number, what: string, keyword: number): void {
    if (this.c.is(colon, ':') && this.c.isKind(colon + 1, 'NEWLINE') && !this.c.isKind(colon + 2, 'INDENT')) {
      const line = this.c.tokens[keyword]!.line;
      throw this.c.atLastFetched(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
    }
  }

  // --- Compound statements ---

  private compoundStmt(p: number): number | null {
    const t = this.c.at(p);
    if (t.kind === 'NAME' || t.kind === 'OP') {
      switch (t.text) {
        case 'def': case '@': case 'async': {
          const f = this.functionDef(p);
          if (f !== null) return f;
          break;
        }
      }
      switch (t.text) {
        case 'if': return this.ifStmt(p, 'if');
        case 'class': case '@': {
          const c = this.classDef(p);
          if (c !== null) return c;
          break;
        }
      }
      switch (t.text) {
        case 'with': case 'async': {
          const w = this.withStmt(p);
          if (w !== null) return w;
          break;
        }
      }
      switch (t.text) {
        case 'for': case 'async': {
          const f = this.forStmt(p);
          if (f !== null) return f;
          break;
        }
        case 'try': return this.tryStmt(p);
        case 'while': return this.whileStmt(p);
      }
    }
    return this.matchStmt(p);
  }

  private decorators(p: number): number {
    let q = p;
    while (this.c.is(q, '@')) {
      const e = this.namedExpression(q + 1);
      if (!e || !this.c.isKind(e.end, 'NEWLINE')) break;
      q = e.end + 1;
    }
    return q;
  }

  private functionDef(p: number): number | null {
    const q = this.decorators(p);
    return this.functionDefRaw(q);
  }

  private functionDefRaw(p: number): number | null {
    let q = p;
    if (this.c.is(q, 'async')) q++;
    if (!this.c.is(q, 'def') || !this.c.isName(q + 1)) return null;
    const def = q;
    q += 2;
    const tp = this.typeParams(q);
    if (tp !== null) q = tp;
    if (this.inv && this.c.is(q, '(')) {
      // invalid_def_raw: the header parses, then ':' NEWLINE !INDENT
      let r = q + 1;
      const params = this.parameters(r, true);
      if (params !== null) r = params;
      if (this.c.is(r, ')')) {
        r++;
        if (this.c.is(r, '->')) {
          const ret = this.expression(r + 1);
          if (ret) r = ret.end;
        }
        this.checkIndent(r, 'function definition', def);
      }
    }
    // The forced tokens (&&'(' and &&':') belong to invalid_def_raw's second alternative,
    // so they raise in the second pass only; the first pass simply fails there.
    if (this.inv) q = this.forced(q, '(');
    else if (this.c.is(q, '(')) q++;
    else return null;
    const params = this.parameters(q, true);
    if (params !== null) q = params;
    if (!this.c.is(q, ')')) return null;
    q++;
    if (this.c.is(q, '->')) {
      // ['->' expression] is optional: without an expression ':' is expected at '->'.
      const ret = this.expression(q + 1);
      if (ret) q = ret.end;
    }
    if (this.inv) q = this.forced(q, ':');
    else if (this.c.is(q, ':')) q++;
    else return null;
    return this.block(q);
  }

  private classDef(p: number): number | null {
    const q = this.decorators(p);
    if (!this.c.is(q, 'class') || !this.c.isName(q + 1)) return null;
    let r = q + 2;
    const tp = this.typeParams(r);
    if (tp !== null) r = tp;
    if (this.c.is(r, '(')) {
      const args = this.arguments(r + 1);
      const close = args ? args.end : r + 1;
      if (this.c.is(close, ')')) r = close + 1;
    }
    if (this.inv) {
      if (this.c.isKind(r, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      this.checkIndent(r, 'class definition', q);
    }
    if (!this.c.is(r, ':')) return null;
    return this.block(r + 1);
  }

  /** if_stmt and elif_stmt (which differ only in their keyword). */
  private ifStmt(p: number, keyword: 'if' | 'elif'): number | null {
    if (!this.c.is(p, keyword)) return null;
    const cond = this.namedExpression(p + 1);
    if (this.inv && cond) {
      if (this.c.isKind(cond.end, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      this.checkIndent(cond.end, `'${keyword}' statement`, p);
    }
    if (!cond || !this.c.is(cond.end, ':')) return null;
    const body = this.block(cond.end + 1);
    if (body === null) return null;
    const elif = this.ifStmt(body, 'elif');
    if (elif !== null) return elif;
    return this.elseBlock(body) ?? body;
  }

  private elseBlock(p: number): number | null {
    if (!this.c.is(p, 'else')) return null;
    if (this.inv) this.checkIndent(p + 1, "'else' statement", p);
    return this.block(this.forced(p + 1, ':'));
  }

  private whileStmt(p: number): number | null {
    const cond = this.namedExpression(p + 1);
    if (this.inv && cond) {
      if (this.c.isKind(cond.end, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      this.checkIndent(cond.end, "'while' statement", p);
    }
    if (!cond || !this.c.is(cond.end, ':')) return null;
    const body = this.block(cond.end + 1);
    if (body === null) return null;
    return this.elseBlock(body) ?? body;
  }

  private forStmt(p: number): number | null {
    let q = p;
    if (this.c.is(q, 'async')) q++;
    if (!this.c.is(q, 'for')) return null;
    const forAt = q;
    if (this.inv) {
      const t = this.starTargets(q + 1);
      if (t && this.c.is(t.end, 'in')) {
        const it = this.starExpressions(t.end + 1);
        if (it) {
          if (this.c.isKind(it.end, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
          this.checkIndent(it.end, "'for' statement", forAt);
        }
      }
    }
    const t = this.starTargets(q + 1);
    if (t && this.c.is(t.end, 'in')) {
      // The cut after 'in': a failure past it fails the whole for statement.
      const it = this.starExpressions(t.end + 1);
      if (!it || !this.c.is(it.end, ':')) return null;
      const body = this.block(it.end + 1);
      if (body === null) return null;
      return this.elseBlock(body) ?? body;
    }
    if (this.inv) {
      const a = this.starExpressions(q + 1);
      const bad = invalidTarget(a, 'for');
      if (bad) throw this.c.node(bad, `cannot assign to ${exprName(bad)}`);
    }
    return null;
  }

  private withStmt(p: number): number | null {
    let q = p;
    if (this.c.is(q, 'async')) q++;
    if (!this.c.is(q, 'with')) return null;
    const withAt = q;
    if (this.inv) {
      const plain = this.withItemsLoose(q + 1, false);
      if (plain !== null) this.checkIndent(plain, "'with' statement", withAt);
      if (this.c.is(q + 1, '(')) {
        let r = this.withItemsLoose(q + 2, true);
        if (r !== null) {
          if (this.c.is(r, ',')) r++;
          if (this.c.is(r, ')')) this.checkIndent(r + 1, "'with' statement", withAt);
        }
      }
    }
    if (this.c.is(q + 1, '(')) {
      let r = this.withItems(q + 2);
      if (r !== null) {
        if (this.c.is(r, ',')) r++;
        if (this.c.is(r, ')') && this.c.is(r + 1, ':')) {
          const body = this.block(r + 2);
          if (body !== null) return body;
        }
      }
    }
    const r = this.withItems(q + 1);
    if (r !== null && this.c.is(r, ':')) {
      const body = this.block(r + 1);
      if (body !== null) return body;
    }
    if (this.inv) {
      const plain = this.withItemsLoose(q + 1, false);
      if (plain !== null && this.c.isKind(plain, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      if (this.c.is(q + 1, '(')) {
        let r2 = this.withItemsLoose(q + 2, true);
        if (r2 !== null) {
          if (this.c.is(r2, ',')) r2++;
          if (this.c.is(r2, ')') && this.c.isKind(r2 + 1, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
        }
      }
    }
    return null;
  }

  /** ','.(expression ['as' star_target])+ (or `expressions` items inside parentheses). */
  private withItemsLoose(p: number, parenthesized: boolean): number | null {
    let q = p;
    let any = false;
    for (;;) {
      const e = parenthesized ? this.expressions(q) : this.expression(q);
      if (!e) break;
      let r = e.end;
      if (this.c.is(r, 'as')) {
        const t = this.starTarget(r + 1);
        if (t) r = t.end;
      }
      any = true;
      q = r;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    if (!any) return null;
    return this.c.is(q - 1, ',') && !this.c.is(q, ',') ? q - 1 : q;
  }

  private withItems(p: number): number | null {
    let q = p;
    let any = false;
    for (;;) {
      const r = this.withItem(q);
      if (r === null) break;
      any = true;
      q = r;
      if (!this.c.is(q, ',')) return q;
      q++;
    }
    return any ? q - 1 : null;
  }

  private withItem(p: number): number | null {
    const e = this.expression(p);
    if (!e) return null;
    if (this.c.is(e.end, 'as')) {
      const t = this.starTarget(e.end + 1);
      if (t && (this.c.is(t.end, ',') || this.c.is(t.end, ')') || this.c.is(t.end, ':'))) return t.end;
      if (this.inv) {
        const a = this.expression(e.end + 1);
        if (a && (this.c.is(a.end, ',') || this.c.is(a.end, ')') || this.c.is(a.end, ':'))) {
          const bad = invalidTarget(a, 'star');
          if (bad) throw this.c.node(bad, `cannot assign to ${exprName(bad)}`);
        }
      }
    }
    return e.end;
  }

  private tryStmt(p: number): number | null {
    if (this.inv) {
      this.checkIndent(p + 1, "'try' statement", p);
      if (this.c.is(p + 1, ':')) {
        const body = this.block(p + 2);
        if (body !== null && !this.c.is(body, 'except') && !this.c.is(body, 'finally')) {
          throw this.c.atLastFetched("expected 'except' or 'finally' block");
        }
        if (body !== null) this.mixedExcept(body);
      }
    }
    const body = this.block(this.forced(p + 1, ':'));
    if (body === null) return null;
    const fin = this.finallyBlock(body);
    if (fin !== null) return fin;
    for (const star of [false, true]) {
      let q = body;
      let any = false;
      for (;;) {
        const r = this.exceptBlock(q, star);
        if (r === null) break;
        any = true;
        q = r;
      }
      if (!any) continue;
      q = this.elseBlock(q) ?? q;
      return this.finallyBlock(q) ?? q;
    }
    return null;
  }

  /** invalid_try_stmt's last two alternatives: except and except* handlers mixed. */
  private mixedExcept(body: number): void {
    for (const star of [false, true]) {
      let q = body;
      let any = false;
      for (;;) {
        const r = this.exceptBlock(q, star);
        if (r === null) break;
        any = true;
        q = r;
      }
      if (!any || !this.c.is(q, 'except')) continue;
      if (!star && this.c.is(q + 1, '*')) {
        const e = this.expression(q + 2);
        let r = e ? e.end : -1;
        if (e && this.c.is(r, 'as') && this.c.isName(r + 1)) r += 2;
        if (e && this.c.is(r, ':')) throw this.c.range(q, q + 2, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      if (star) {
        let r = q + 1;
        const e = this.expression(r);
        if (e) {
          r = e.end;
          if (this.c.is(r, 'as') && this.c.isName(r + 1)) r += 2;
        }
        if (this.c.is(r, ':')) throw this.c.tokenAt(q, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }

  private finallyBlock(p: number): number | null {
    if (!this.c.is(p, 'finally')) return null;
    if (this.inv) this.checkIndent(p + 1, "'finally' statement", p);
    return this.block(this.forced(p + 1, ':'));
  }

  private exceptBlock(p: number, star: boolean): number | null {
    if (!this.c.is(p, 'except')) return null;
    let q = p + 1;
    if (star) {
      if (!this.c.is(q, '*')) return null;
      q++;
    }
    const what = star ? "'except*' statement" : "'except' statement";
    const e = this.expression(q);
    let afterType = q;
    if (e) {
      afterType = e.end;
      if (this.c.is(afterType, 'as') && this.c.isName(afterType + 1)) afterType += 2;
    }
    if (this.inv) {
      if (e) this.checkIndent(afterType, what, p);
      else if (!star) this.checkIndent(q, what, p);
      if (star && !e && (this.c.isKind(q, 'NEWLINE') || this.c.is(q, ':'))) {
        throw this.c.atLastFetched('expected one or more exception types');
      }
    }
    if (e && this.c.is(afterType, ':')) return this.block(afterType + 1);
    if (!star && !e && this.c.is(q, ':')) return this.block(q + 1);
    if (this.inv) {
      if (e && this.c.is(e.end, ',')) {
        const more = this.expressions(e.end + 1);
        if (more) {
          let r = more.end;
          if (this.c.is(r, 'as') && this.c.isName(r + 1)) r += 2;
          if (this.c.is(r, ':')) throw this.c.startingFrom(e.start, 'multiple exception types must be parenthesized');
        }
      }
      if (e && this.c.isKind(afterType, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      if (!e && this.c.isKind(q, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
    }
    return null;
  }
}
