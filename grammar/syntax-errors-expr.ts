// The expression half of the error pass: CPython 3.13's Grammar/python.gram expression
// rules as a backtracking recognizer over tokens, with the invalid_* alternatives that
// belong to expressions. Rules return an Expr (or a bare position) and never build an AST.
// Rule and alternative order follow python.gram because the order decides which invalid_*
// rule fires first and how far the parser has fetched when it does.
//
// Left-recursive rules (primary, bitwise_or, sum, ...) are loops; `this.inv` is CPython's
// call_invalid_rules flag (false in the first pass and under *_without_invalid rules).

import { type Expr, type ExprKind, Raised, TokenCursor, exprName, invalidTarget, parenthesized } from './syntax-errors-base.js';

const COMPARE_OPS = ['==', '!=', '<=', '<', '>=', '>'];
const AUGASSIGN = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);

export class ExprRecognizer {
  inv = false;
  protected memo = new Map<string, unknown>();

  constructor(readonly c: TokenCursor) {}

  protected memoize<T>(name: string, p: number, rule: () => T): T {
    const key = `${name}${this.inv ? '!' : ':'}${p}`;
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const result = rule();
    this.memo.set(key, result);
    return result;
  }

  protected mk(kind: ExprKind, start: number, end: number, extra: Partial<Expr> = {}): Expr {
    return { kind, start, end, ...extra };
  }

  /** Runs `rule` with the invalid_* alternatives switched off (the *_without_invalid rules). */
  protected withoutInvalid<T>(rule: () => T): T {
    const saved = this.inv;
    this.inv = false;
    try {
      return rule();
    } finally {
      this.inv = saved;
    }
  }

  isAugassign(p: number): boolean {
    const t = this.c.at(p);
    return t.kind === 'OP' && AUGASSIGN.has(t.text);
  }

  // --- Expression lists ---

  expressions(p: number): Expr | null {
    const a = this.expression(p);
    if (!a) return null;
    let q = a.end;
    const elts = [a];
    let comma = false;
    while (this.c.is(q, ',')) {
      comma = true;
      const b = this.expression(q + 1);
      if (!b) { q = q + 1; break; }
      elts.push(b);
      q = b.end;
    }
    return comma ? this.mk('Tuple', p, q, { elts }) : a;
  }

  starExpressions(p: number): Expr | null {
    return this.memoize('star_expressions', p, () => {
      const a = this.starExpression(p);
      if (!a) return null;
      let q = a.end;
      const elts = [a];
      let comma = false;
      while (this.c.is(q, ',')) {
        comma = true;
        const b = this.starExpression(q + 1);
        if (!b) { q = q + 1; break; }
        elts.push(b);
        q = b.end;
      }
      return comma ? this.mk('Tuple', p, q, { elts }) : a;
    });
  }

  starExpression(p: number): Expr | null {
    return this.memoize('star_expression', p, () => {
      if (this.c.is(p, '*')) {
        const a = this.bitwiseOr(p + 1);
        if (a) return this.mk('Starred', p, a.end, { value: a });
      }
      return this.expression(p);
    });
  }

  /** star_named_expressions: ','.star_named_expression+ [','] — returns the elements. */
  starNamedExpressions(p: number): { elts: Expr[]; end: number } | null {
    const a = this.starNamedExpression(p);
    if (!a) return null;
    const elts = [a];
    let q = a.end;
    while (this.c.is(q, ',')) {
      const b = this.starNamedExpression(q + 1);
      if (!b) break;
      elts.push(b);
      q = b.end;
    }
    if (this.c.is(q, ',')) q++;
    return { elts, end: q };
  }

  starNamedExpression(p: number): Expr | null {
    return this.memoize('star_named_expression', p, () => {
      if (this.c.is(p, '*')) {
        const a = this.bitwiseOr(p + 1);
        return a ? this.mk('Starred', p, a.end, { value: a }) : null;
      }
      return this.namedExpression(p);
    });
  }

  assignmentExpression(p: number): Expr | 'cut' | null {
    if (this.c.isName(p) && this.c.is(p + 1, ':=')) {
      const b = this.expression(p + 2);
      // The cut (~) after ':=' forbids the other alternatives of the caller.
      return b ? this.mk('NamedExpr', p, b.end) : 'cut';
    }
    return null;
  }

  namedExpression(p: number): Expr | null {
    return this.memoize('named_expression', p, () => {
      const a = this.assignmentExpression(p);
      if (a === 'cut') return null;
      if (a) return a;
      if (this.inv) this.invalidNamedExpression(p);
      const e = this.expression(p);
      if (e && !this.c.is(e.end, ':=')) return e;
      return null;
    });
  }

  private invalidNamedExpression(p: number): void {
    this.memoize('invalid_named_expression', p, () => {
      const a = this.expression(p);
      if (a && this.c.is(a.end, ':=') && this.expression(a.end + 1)) {
        throw this.c.node(a, `cannot use assignment expressions with ${exprName(a)}`);
      }
      if (this.c.isName(p) && this.c.is(p + 1, '=')) {
        const b = this.bitwiseOr(p + 2);
        if (b && !this.c.is(b.end, '=') && !this.c.is(b.end, ':=')) {
          throw this.c.nodeRange(p, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      const excluded =
        this.list(p) || this.tuple(p) || this.genexp(p) || this.c.is(p, 'True') || this.c.is(p, 'None') || this.c.is(p, 'False');
      if (!excluded) {
        const a2 = this.bitwiseOr(p);
        if (a2 && this.c.is(a2.end, '=')) {
          const b = this.bitwiseOr(a2.end + 1);
          if (b && !this.c.is(b.end, '=') && !this.c.is(b.end, ':=')) {
            throw this.c.node(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
          }
        }
      }
      return null;
    });
  }

  expression(p: number): Expr | null {
    return this.memoize('expression', p, () => {
      if (this.inv) {
        this.invalidExpression(p);
        this.invalidLegacyExpression(p);
      }
      const a = this.disjunction(p);
      if (a && this.c.is(a.end, 'if')) {
        const b = this.disjunction(a.end + 1);
        if (b && this.c.is(b.end, 'else')) {
          const c = this.expression(b.end + 1);
          if (c) return this.mk('IfExp', p, c.end);
        }
      }
      if (a) return a;
      return this.lambdef(p);
    });
  }

  /** expression_without_invalid (used by the missing-comma check). */
  private expressionWithoutInvalid(p: number): Expr | null {
    return this.withoutInvalid(() => this.expression(p));
  }

  private invalidExpression(p: number): void {
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    const t = this.c.at(p);
    const nameString = this.c.isName(p) && (this.c.isKind(p + 1, 'STRING') || this.c.isKind(p + 1, 'FSTRING_START'));
    const soft = t.kind === 'NAME' && ['match', 'case', 'type', '_'].includes(t.text);
    if (!nameString && !soft) {
      const a = this.disjunction(p);
      if (a) {
        const b = this.expressionWithoutInvalid(a.end);
        if (b) {
          const legacy = a.kind === 'Name' && ['print', 'exec'].includes(this.c.tokens[a.start]!.text);
          if (!legacy && this.c.level[b.end - 1]! > 0) {
            throw this.c.nodeRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
          }
        }
      }
    }
    const a = this.disjunction(p);
    if (a && this.c.is(a.end, 'if')) {
      const b = this.disjunction(a.end + 1);
      if (b && !this.c.is(b.end, 'else') && !this.c.is(b.end, ':')) {
        throw this.c.nodeRange(a, b, "expected 'else' after 'if' expression");
      }
    }
    if (this.c.is(p, 'lambda')) {
      let q = p + 1;
      const params = this.lambdaParams(q);
      if (params !== null) q = params;
      if (this.c.is(q, ':') && (this.c.isKind(q + 1, 'FSTRING_MIDDLE') || this.c.is(q + 1, '{'))) {
        throw this.c.range(p, q + 1, 'f-string: lambda expressions are not allowed without parentheses');
      }
    }
  }

  private invalidLegacyExpression(p: number): void {
    if (!this.c.isName(p) || this.c.is(p + 1, '(')) return;
    const b = this.starExpressions(p + 1);
    const name = this.c.tokens[p]!.text;
    if (b && (name === 'print' || name === 'exec')) {
      throw this.c.nodeRange(p, b, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`);
    }
  }

  // --- Operators ---

  disjunction(p: number): Expr | null {
    return this.memoize('disjunction', p, () => this.boolChain(p, 'or', (q) => this.conjunction(q)));
  }

  conjunction(p: number): Expr | null {
    return this.memoize('conjunction', p, () => this.boolChain(p, 'and', (q) => this.inversion(q)));
  }

  private boolChain(p: number, op: string, operand: (q: number) => Expr | null): Expr | null {
    const a = operand(p);
    if (!a) return null;
    let end = a.end;
    while (this.c.is(end, op)) {
      const b = operand(end + 1);
      if (!b) break;
      end = b.end;
    }
    return end === a.end ? a : this.mk('BoolOp', p, end);
  }

  inversion(p: number): Expr | null {
    return this.memoize('inversion', p, () => {
      if (this.c.is(p, 'not')) {
        const a = this.inversion(p + 1);
        if (a) return this.mk('UnaryOp', p, a.end);
      }
      return this.comparison(p);
    });
  }

  comparison(p: number): Expr | null {
    const a = this.bitwiseOr(p);
    if (!a) return null;
    let end = a.end;
    let firstOp: string | undefined;
    for (;;) {
      const op = this.compareOp(end);
      if (!op) break;
      const b = this.bitwiseOr(op.end);
      if (!b) break;
      firstOp ??= op.text;
      end = b.end;
    }
    return firstOp ? this.mk('Compare', p, end, { value: a, firstOp }) : a;
  }

  private compareOp(p: number): { text: string; end: number } | null {
    for (const op of COMPARE_OPS) if (this.c.is(p, op)) return { text: op, end: p + 1 };
    if (this.c.is(p, 'not') && this.c.is(p + 1, 'in')) return { text: 'not in', end: p + 2 };
    if (this.c.is(p, 'in')) return { text: 'in', end: p + 1 };
    if (this.c.is(p, 'is') && this.c.is(p + 1, 'not')) return { text: 'is not', end: p + 2 };
    if (this.c.is(p, 'is')) return { text: 'is', end: p + 1 };
    return null;
  }

  bitwiseOr(p: number): Expr | null {
    return this.memoize('bitwise_or', p, () => this.binaryChain(p, ['|'], (q) => this.bitwiseXor(q)));
  }

  private bitwiseXor(p: number): Expr | null {
    return this.memoize('bitwise_xor', p, () => this.binaryChain(p, ['^'], (q) => this.bitwiseAnd(q)));
  }

  private bitwiseAnd(p: number): Expr | null {
    return this.memoize('bitwise_and', p, () => this.binaryChain(p, ['&'], (q) => this.shiftExpr(q)));
  }

  private shiftExpr(p: number): Expr | null {
    return this.memoize('shift_expr', p, () => this.binaryChain(p, ['<<', '>>'], (q) => this.sum(q)));
  }

  private sum(p: number): Expr | null {
    return this.memoize('sum', p, () => this.binaryChain(p, ['+', '-'], (q) => this.term(q)));
  }

  private term(p: number): Expr | null {
    return this.memoize('term', p, () => this.binaryChain(p, ['*', '/', '//', '%', '@'], (q) => this.factor(q)));
  }

  private binaryChain(p: number, ops: string[], operand: (q: number) => Expr | null): Expr | null {
    const a = operand(p);
    if (!a) return null;
    let end = a.end;
    for (;;) {
      const op = ops.find((o) => this.c.is(end, o));
      if (!op) break;
      const b = operand(end + 1);
      if (!b) break;
      end = b.end;
    }
    return end === a.end ? a : this.mk('BinOp', p, end);
  }

  factor(p: number): Expr | null {
    return this.memoize('factor', p, () => {
      if (this.c.is(p, '+') || this.c.is(p, '-') || this.c.is(p, '~')) {
        const a = this.factor(p + 1);
        return a ? this.mk('UnaryOp', p, a.end) : null;
      }
      return this.power(p);
    });
  }

  private power(p: number): Expr | null {
    const a = this.awaitPrimary(p);
    if (a && this.c.is(a.end, '**')) {
      const b = this.factor(a.end + 1);
      if (b) return this.mk('BinOp', p, b.end);
    }
    return a;
  }

  private awaitPrimary(p: number): Expr | null {
    return this.memoize('await_primary', p, () => {
      if (this.c.is(p, 'await')) {
        const a = this.primary(p + 1);
        return a ? this.mk('Await', p, a.end) : null;
      }
      return this.primary(p);
    });
  }

  // --- Primaries ---

  primary(p: number): Expr | null {
    return this.memoize('primary', p, () => {
      let a = this.atom(p);
      if (!a) return null;
      for (;;) {
        const next = this.primaryTrailer(a);
        if (!next) return a;
        a = next;
      }
    });
  }

  /** One step of the left-recursive primary: `.NAME`, genexp, call or subscript. */
  protected primaryTrailer(a: Expr): Expr | null {
    const q = a.end;
    if (this.c.is(q, '.')) {
      if (this.c.isName(q + 1)) return this.mk('Attribute', a.start, q + 2);
      return null;
    }
    const g = this.genexp(q);
    if (g) return this.mk('Call', a.start, g.end, { elts: [g] });
    if (this.c.is(q, '(')) {
      const args = this.arguments(q + 1);
      const close = args ? args.end : q + 1;
      if (this.c.is(close, ')')) {
        return this.mk('Call', a.start, close + 1, { elts: args?.elts ?? [], keywordUnpacking: args?.keywordUnpacking });
      }
      return null;
    }
    if (this.c.is(q, '[')) {
      const s = this.slices(q + 1);
      if (s && this.c.is(s.end, ']')) return this.mk('Subscript', a.start, s.end + 1);
    }
    return null;
  }

  slices(p: number): Expr | null {
    const a = this.slice(p);
    if (a && !this.c.is(a.end, ',')) return a;
    let q = p;
    let any = false;
    for (;;) {
      const e = this.slice(q) ?? this.starredExpression(q);
      if (!e) break;
      any = true;
      q = e.end;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return any ? this.mk('Tuple', p, q) : null;
  }

  private slice(p: number): Expr | null {
    let q = p;
    const lower = this.expression(q);
    if (lower) q = lower.end;
    if (this.c.is(q, ':')) {
      q++;
      const upper = this.expression(q);
      if (upper) q = upper.end;
      if (this.c.is(q, ':')) {
        q++;
        const step = this.expression(q);
        if (step) q = step.end;
      }
      return this.mk('Slice', p, q);
    }
    return this.namedExpression(p);
  }

  atom(p: number): Expr | null {
    const t = this.c.at(p);
    switch (t.kind) {
      case 'NAME':
        if (t.text === 'True' || t.text === 'False' || t.text === 'None') return this.mk(t.text, p, p + 1);
        return this.c.isName(p) ? this.mk('Name', p, p + 1) : null;
      case 'NUMBER':
        return this.mk('Constant', p, p + 1);
      case 'STRING':
      case 'FSTRING_START':
        return this.strings(p);
      case 'OP':
        if (t.text === '(') return this.tuple(p) ?? this.group(p) ?? this.genexp(p);
        if (t.text === '[') return this.list(p) ?? this.listcomp(p);
        if (t.text === '{') return this.dict(p) ?? this.set(p) ?? this.dictcomp(p) ?? this.setcomp(p);
        if (t.text === '...') return this.mk('Ellipsis', p, p + 1);
        return null;
      default:
        return null;
    }
  }

  // --- Strings ---

  strings(p: number): Expr | null {
    return this.memoize('strings', p, () => {
      let q = p;
      let bytes = 0;
      let text = 0;
      let joined = false;
      for (;;) {
        if (this.c.isKind(q, 'STRING')) {
          if (/^[a-zA-Z]*[bB]/.test(this.c.tokens[q]!.text)) bytes++;
          else text++;
          q++;
        } else if (this.c.isKind(q, 'FSTRING_START')) {
          const f = this.fstring(q);
          if (f === null) break;
          joined = true;
          text++;
          q = f;
        } else {
          break;
        }
      }
      if (q === p) return null;
      // _PyPegen_concatenate_strings raises in the action, in either pass.
      if (bytes > 0 && text > 0) throw this.c.atLastFetched('cannot mix bytes and nonbytes literals');
      return this.mk(joined ? 'JoinedStr' : 'Constant', p, q);
    });
  }

  private fstring(p: number): number | null {
    let q = p + 1;
    for (;;) {
      if (this.c.isKind(q, 'FSTRING_MIDDLE')) { q++; continue; }
      const r = this.replacementField(q);
      if (r === null) break;
      q = r;
    }
    return this.c.isKind(q, 'FSTRING_END') ? q + 1 : null;
  }

  private replacementField(p: number): number | null {
    if (!this.c.is(p, '{')) return null;
    const a = this.yieldExpr(p + 1) ?? this.starExpressions(p + 1);
    if (a) {
      let q = a.end;
      if (this.c.is(q, '=')) q++;
      if (this.c.is(q, '!') && this.c.isName(q + 1)) q += 2;
      if (this.c.is(q, ':')) {
        q++;
        for (;;) {
          if (this.c.isKind(q, 'FSTRING_MIDDLE')) { q++; continue; }
          const r = this.replacementField(q);
          if (r === null) break;
          q = r;
        }
      }
      if (this.c.is(q, '}')) return q + 1;
    }
    if (this.inv) this.invalidReplacementField(p);
    return null;
  }

  private invalidReplacementField(p: number): void {
    for (const ch of ['=', '!', ':', '}']) {
      if (this.c.is(p + 1, ch)) throw this.c.tokenAt(p + 1, `f-string: valid expression required before '${ch}'`);
    }
    const a = this.yieldExpr(p + 1) ?? this.starExpressions(p + 1);
    if (!a) throw this.c.atToken(p + 1, "f-string: expecting a valid expression after '{'");
    let q = a.end;
    if (!['=', '!', ':', '}'].some((ch) => this.c.is(q, ch))) {
      throw this.c.atToken(q, "f-string: expecting '=', or '!', or ':', or '}'");
    }
    if (this.c.is(q, '=')) {
      q++;
      if (!['!', ':', '}'].some((ch) => this.c.is(q, ch))) throw this.c.atToken(q, "f-string: expecting '!', or ':', or '}'");
    }
    if (this.c.is(q, '!')) {
      if (this.c.is(q + 1, ':') || this.c.is(q + 1, '}')) throw this.c.atToken(q + 1, 'f-string: missing conversion character');
      if (!this.c.isName(q + 1)) throw this.c.atToken(q + 1, 'f-string: invalid conversion character');
      q += 2;
    }
    if (!this.c.is(q, ':') && !this.c.is(q, '}')) throw this.c.atToken(q, "f-string: expecting ':' or '}'");
    if (this.c.is(q, ':')) {
      q++;
      while (this.c.isKind(q, 'FSTRING_MIDDLE')) q++;
      if (!this.c.is(q, '}')) throw this.c.atToken(q, "f-string: expecting '}', or format specs");
    }
  }

  // --- Displays and comprehensions ---

  list(p: number): Expr | null {
    if (!this.c.is(p, '[')) return null;
    const items = this.starNamedExpressions(p + 1);
    const q = items ? items.end : p + 1;
    return this.c.is(q, ']') ? this.mk('List', p, q + 1, { elts: items?.elts ?? [] }) : null;
  }

  tuple(p: number): Expr | null {
    if (!this.c.is(p, '(')) return null;
    let q = p + 1;
    let elts: Expr[] = [];
    const first = this.starNamedExpression(q);
    if (first && this.c.is(first.end, ',')) {
      q = first.end + 1;
      const rest = this.starNamedExpressions(q);
      elts = [first, ...(rest?.elts ?? [])];
      if (rest) q = rest.end;
    }
    return this.c.is(q, ')') ? this.mk('Tuple', p, q + 1, { elts }) : null;
  }

  private group(p: number): Expr | null {
    if (!this.c.is(p, '(')) return null;
    const a = this.yieldExpr(p + 1) ?? this.namedExpression(p + 1);
    if (a && this.c.is(a.end, ')')) return parenthesized(a, p, a.end + 1);
    if (this.inv) {
      const s = this.starredExpression(p + 1);
      if (s && this.c.is(s.end, ')')) throw this.c.node(s, 'cannot use starred expression here');
      if (this.c.is(p + 1, '**')) {
        const e = this.expression(p + 2);
        if (e && this.c.is(e.end, ')')) throw this.c.tokenAt(p + 1, 'cannot use double starred expression here');
      }
    }
    return null;
  }

  genexp(p: number): Expr | null {
    return this.memoize('genexp', p, () => {
      if (!this.c.is(p, '(')) return null;
      let a = this.assignmentExpression(p + 1);
      if (a === 'cut') a = null;
      if (!a) {
        const e = this.expression(p + 1);
        if (e && !this.c.is(e.end, ':=')) a = e;
      }
      if (a) {
        const b = this.forIfClauses(a.end);
        if (b && this.c.is(b.end, ')')) return this.mk('GeneratorExp', p, b.end + 1);
      }
      if (this.inv) this.invalidComprehension(p);
      return null;
    });
  }

  private set(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    const items = this.starNamedExpressions(p + 1);
    return items && this.c.is(items.end, '}') ? this.mk('Set', p, items.end + 1) : null;
  }

  private listcomp(p: number): Expr | null {
    if (!this.c.is(p, '[')) return null;
    const a = this.namedExpression(p + 1);
    if (a) {
      const b = this.forIfClauses(a.end);
      if (b && this.c.is(b.end, ']')) return this.mk('ListComp', p, b.end + 1);
    }
    if (this.inv) this.invalidComprehension(p);
    return null;
  }

  private setcomp(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    const a = this.namedExpression(p + 1);
    if (a) {
      const b = this.forIfClauses(a.end);
      if (b && this.c.is(b.end, '}')) return this.mk('SetComp', p, b.end + 1);
    }
    if (this.inv) this.invalidComprehension(p);
    return null;
  }

  private dictcomp(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    const kv = this.kvpair(p + 1);
    if (kv) {
      const b = this.forIfClauses(kv);
      if (b && this.c.is(b.end, '}')) return this.mk('DictComp', p, b.end + 1);
    }
    if (this.inv && this.c.is(p + 1, '**')) {
      const a = this.bitwiseOr(p + 2);
      const b = a && this.forIfClauses(a.end);
      if (b && this.c.is(b.end, '}')) throw this.c.tokenAt(p + 1, 'dict unpacking cannot be used in dict comprehension');
    }
    return null;
  }

  private invalidComprehension(p: number): void {
    const opener = this.c.at(p).text;
    const s = this.starredExpression(p + 1);
    if (s && this.forIfClauses(s.end)) throw this.c.node(s, 'iterable unpacking cannot be used in comprehension');
    if (opener === '(') return;
    const a = this.starNamedExpression(p + 1);
    if (!a || !this.c.is(a.end, ',')) return;
    const b = this.starNamedExpressions(a.end + 1);
    if (b && this.forIfClauses(b.end)) {
      const last = b.elts[b.elts.length - 1]!;
      throw this.c.nodeRange(a, last, 'did you forget parentheses around the comprehension target?');
    }
    if (this.forIfClauses(a.end + 1)) {
      throw this.c.nodeRange(a, a.end, 'did you forget parentheses around the comprehension target?');
    }
  }

  private dict(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    let q = p + 1;
    const pairs = this.doubleStarredKvpairs(q);
    if (pairs !== null) q = pairs;
    if (this.c.is(q, '}')) return this.mk('Dict', p, q + 1);
    if (this.inv) this.invalidDoubleStarredKvpairs(p + 1);
    return null;
  }

  private doubleStarredKvpairs(p: number): number | null {
    let q = p;
    let any = false;
    for (;;) {
      const r = this.doubleStarredKvpair(q);
      if (r === null) break;
      any = true;
      q = r;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return any ? q : null;
  }

  private doubleStarredKvpair(p: number): number | null {
    if (this.c.is(p, '**')) {
      const a = this.bitwiseOr(p + 1);
      return a ? a.end : null;
    }
    return this.kvpair(p);
  }

  private kvpair(p: number): number | null {
    const a = this.expression(p);
    if (!a || !this.c.is(a.end, ':')) return null;
    const b = this.expression(a.end + 1);
    return b ? b.end : null;
  }

  private invalidDoubleStarredKvpairs(p: number): void {
    // ','.double_starred_kvpair+ ',' invalid_kvpair
    let q = p;
    let any = false;
    for (;;) {
      const r = this.doubleStarredKvpair(q);
      if (r === null || !this.c.is(r, ',')) break;
      any = true;
      q = r + 1;
    }
    if (any) this.invalidKvpair(q);
    const a = this.expression(p);
    if (a && this.c.is(a.end, ':')) {
      if (this.c.is(a.end + 1, '*') && this.bitwiseOr(a.end + 2)) {
        throw this.c.startingFrom(a.end + 1, 'cannot use a starred expression in a dictionary value');
      }
      if (this.c.is(a.end + 1, '}') || this.c.is(a.end + 1, ',')) {
        throw this.c.tokenAt(a.end, "expression expected after dictionary key and ':'");
      }
    }
  }

  private invalidKvpair(p: number): void {
    const a = this.expression(p);
    if (!a) return;
    if (!this.c.is(a.end, ':')) {
      const last = this.c.tokens[a.end - 1]!;
      throw this.c.error('SyntaxError', "':' expected after dictionary key", last.line, last.endCol, last.endLine, 0);
    }
    if (this.c.is(a.end + 1, '*') && this.bitwiseOr(a.end + 2)) {
      throw this.c.startingFrom(a.end + 1, 'cannot use a starred expression in a dictionary value');
    }
    if (this.c.is(a.end + 1, '}') || this.c.is(a.end + 1, ',')) {
      throw this.c.tokenAt(a.end, "expression expected after dictionary key and ':'");
    }
  }

  /** for_if_clauses; the result's lastComprehensionItem ends "must be parenthesized" ranges. */
  forIfClauses(p: number): Expr | null {
    return this.memoize('for_if_clauses', p, () => {
      let q = p;
      let last: Expr | undefined;
      for (;;) {
        const r = this.forIfClause(q);
        if (r === 'cut') return null;
        if (!r) break;
        q = r.end;
        last = r.lastComprehensionItem;
      }
      return q === p ? null : this.mk('Clauses', p, q, { lastComprehensionItem: last });
    });
  }

  private forIfClause(p: number): Expr | 'cut' | null {
    const start = p;
    let q = p;
    if (this.c.is(q, 'async')) q++;
    if (this.c.is(q, 'for')) {
      const t = this.starTargets(q + 1);
      if (t && this.c.is(t.end, 'in')) {
        const it = this.disjunction(t.end + 1);
        if (!it) return 'cut';
        let end = it.end;
        let last = it;
        while (this.c.is(end, 'if')) {
          const cond = this.disjunction(end + 1);
          if (!cond) break;
          end = cond.end;
          last = cond;
        }
        return this.mk('Clauses', start, end, { lastComprehensionItem: last });
      }
    }
    if (this.inv) {
      // invalid_for_target: 'async'? 'for' a=star_expressions
      let r = p;
      if (this.c.is(r, 'async')) r++;
      if (this.c.is(r, 'for')) {
        const a = this.starExpressions(r + 1);
        const bad = invalidTarget(a, 'for');
        if (bad) throw this.c.node(bad, `cannot assign to ${exprName(bad)}`);
      }
    }
    return null;
  }

  yieldExpr(p: number): Expr | null {
    if (!this.c.is(p, 'yield')) return null;
    if (this.c.is(p + 1, 'from')) {
      const a = this.expression(p + 2);
      return a ? this.mk('Yield', p, a.end) : null;
    }
    const a = this.starExpressions(p + 1);
    return this.mk('Yield', p, a ? a.end : p + 1);
  }

  // --- Lambdas and parameters ---

  lambdef(p: number): Expr | null {
    if (!this.c.is(p, 'lambda')) return null;
    let q = p + 1;
    const params = this.lambdaParams(q);
    if (params !== null) q = params;
    if (!this.c.is(q, ':')) return null;
    const body = this.expression(q + 1);
    return body ? this.mk('Lambda', p, body.end) : null;
  }

  /** lambda_params: the end position, or null when there are none to parse. */
  lambdaParams(p: number): number | null {
    return this.parameters(p, false);
  }

  /**
   * params / lambda_params: a parameter list ending before `)` (def) or `:` (lambda). The
   * main grammar's several alternatives accept exactly the lists this loop accepts; the
   * invalid_parameters checks run first in the second pass, as in python.gram.
   */
  parameters(p: number, annotations: boolean): number | null {
    return this.memoize(annotations ? 'params' : 'lambda_params', p, () => {
      const items = this.parameterItems(p, annotations);
      if (this.inv) this.invalidParameters(items, annotations);
      return this.validParameters(items, annotations);
    });
  }

  protected parameterItems(p: number, annotations: boolean): ParamItem[] {
    const items: ParamItem[] = [];
    let q = p;
    for (;;) {
      const start = q;
      let kind: ParamItem['kind'];
      if (this.c.is(q, '/')) { kind = 'slash'; q++; }
      else if (this.c.is(q, '**')) { kind = 'kwds'; q++; }
      else if (this.c.is(q, '*')) { kind = 'star'; q++; }
      else if (this.c.is(q, '(')) { kind = 'paren'; q++; }
      else kind = 'param';
      let named = false;
      let hasDefault = false;
      let defaultEnd = -1;
      let nameEnd = q;
      if (kind !== 'slash' && kind !== 'paren' && this.c.isName(q)) {
        named = true;
        q++;
        if (annotations && this.c.is(q, ':')) {
          const ann = kind === 'star' ? this.starExpression(q + 1) : this.expression(q + 1);
          if (ann) q = ann.end;
        }
        nameEnd = q;
        if (this.c.is(q, '=')) {
          hasDefault = true;
          defaultEnd = q + 1;
          const d = this.expression(q + 1);
          if (d) q = d.end;
        }
      } else if (kind === 'param') {
        break;
      }
      items.push({ kind, start, nameEnd, named, hasDefault, defaultAt: hasDefault ? defaultEnd - 1 : -1, end: q });
      if (kind === 'paren') break;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return items;
  }

  private validParameters(items: ParamItem[], annotations: boolean): number | null {
    if (items.length === 0) return null;
    const closer = annotations ? ')' : ':';
    let sawSlash = false;
    let sawDefault = false;
    let sawStar = false;
    let sawKwds = false;
    let end = items[0]!.start;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (sawKwds || it.kind === 'paren') return null;
      if (it.kind === 'slash') {
        if (sawSlash || sawStar || i === 0) return null;
        sawSlash = true;
      } else if (it.kind === 'star') {
        if (sawStar || it.hasDefault) return null;
        if (!it.named && (i === items.length - 1 || items[i + 1]!.kind === 'kwds')) return null;
        sawStar = true;
      } else if (it.kind === 'kwds') {
        if (!it.named || it.hasDefault) return null;
        sawKwds = true;
      } else {
        if (it.hasDefault && it.end === it.defaultAt + 1) return null;
        if (!sawStar) {
          if (it.hasDefault) sawDefault = true;
          else if (sawDefault) return null;
        }
      }
      end = it.end;
      if (i < items.length - 1 || this.c.is(it.end, ',')) {
        if (this.c.is(it.end, ',')) end = it.end + 1;
      }
    }
    return this.c.is(end, closer) ? end : null;
  }

  private invalidParameters(items: ParamItem[], annotations: boolean): void {
    if (items.length === 0) return;
    const what = annotations ? 'argument' : 'argument';
    const first = items[0]!;
    if (first.kind === 'slash' && this.c.is(first.end, ',')) {
      throw this.c.tokenAt(first.start, `at least one ${what} must precede /`);
    }
    let seenSlash = -1;
    let seenStar = -1;
    let seenDefault = false;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind === 'slash') {
        if (seenSlash >= 0 && seenStar < 0) throw this.c.tokenAt(it.start, '/ may appear only once');
        if (seenStar >= 0) throw this.c.tokenAt(it.start, '/ must be ahead of *');
        seenSlash = i;
      } else if (it.kind === 'param') {
        if (seenStar < 0) {
          if (it.hasDefault) seenDefault = true;
          else if (seenDefault) {
            throw this.c.range(it.start, it.nameEnd, 'parameter without a default follows parameter with a default');
          }
        }
      } else if (it.kind === 'paren') {
        const close = this.parenthesizedParams(it.start);
        if (close !== null) {
          throw this.c.range(it.start, close + 1, annotations
            ? 'Function parameters cannot be parenthesized'
            : 'Lambda expression parameters cannot be parenthesized');
        }
      } else if (it.kind === 'star') {
        const closer = annotations ? ')' : ':';
        if (!it.named && (this.c.is(it.end, closer) || (this.c.is(it.end, ',') && (this.c.is(it.end + 1, closer) || this.c.is(it.end + 1, '**'))))) {
          if (annotations) throw this.c.tokenAt(it.start, 'named arguments must follow bare *');
          throw this.c.atLastFetched('named arguments must follow bare *');
        }
        if (it.named && it.hasDefault) throw this.c.tokenAt(it.defaultAt, 'var-positional argument cannot have default value');
        if (seenStar >= 0) throw this.c.tokenAt(it.start, '* may appear only once');
        seenStar = i;
      } else if (it.kind === 'kwds') {
        if (it.named && it.hasDefault) throw this.c.tokenAt(it.defaultAt, 'var-keyword argument cannot have default value');
        const next = items[i + 1];
        if (next && it.named) throw this.c.tokenAt(next.start, 'arguments cannot follow var-keyword argument');
      }
    }
  }

  /** `'(' param_no_default+ ','? ')'` starting at an opening parenthesis: its ')' index. */
  private parenthesizedParams(p: number): number | null {
    let q = p + 1;
    let any = false;
    while (this.c.isName(q)) {
      any = true;
      q++;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return any && this.c.is(q, ')') ? q : null;
  }

  // --- Call arguments ---

  /** arguments: args [','] &')' | invalid_arguments. */
  arguments(p: number): { end: number; elts: Expr[]; keywordUnpacking: boolean } | null {
    return this.memoize('arguments', p, () => {
      const a = this.args(p);
      if (a) {
        let q = a.end;
        if (this.c.is(q, ',')) q++;
        if (this.c.is(q, ')')) return { ...a, end: q };
      }
      if (this.inv) this.invalidArguments(p);
      return null;
    });
  }

  protected args(p: number): { end: number; elts: Expr[]; keywordUnpacking: boolean } | null {
    return this.memoize('args', p, () => {
      const elts: Expr[] = [];
      let q = p;
      for (;;) {
        const e = this.positionalArg(q);
        if (!e) break;
        elts.push(e);
        q = e.end;
        if (!this.c.is(q, ',')) return { end: q, elts, keywordUnpacking: false };
        q++;
      }
      if (elts.length > 0) {
        // The loop consumed a trailing ','; kwargs must follow it, else args ends before it.
        const k = this.kwargs(q);
        if (k) return { end: k.end, elts, keywordUnpacking: k.unpacking };
        return { end: q - 1, elts, keywordUnpacking: false };
      }
      const k = this.kwargs(p);
      return k ? { end: k.end, elts: [], keywordUnpacking: k.unpacking } : null;
    });
  }

  /** starred_expression | (assignment_expression | expression !':=') !'=' */
  private positionalArg(p: number): Expr | null {
    const s = this.starredExpression(p);
    if (s) return s;
    let a = this.assignmentExpression(p);
    if (a === 'cut') return null;
    if (!a) {
      const e = this.expression(p);
      if (e && !this.c.is(e.end, ':=')) a = e;
    }
    return a && !this.c.is(a.end, '=') ? a : null;
  }

  private kwargs(p: number): { end: number; unpacking: boolean } | null {
    let q = p;
    let unpacking = false;
    let any = false;
    let doubleStarred = false;
    for (;;) {
      const r = doubleStarred ? this.kwargOrDoubleStarred(q) : this.kwargOrStarred(q) ?? this.kwargOrDoubleStarred(q);
      if (!r) break;
      if (r.doubleStar) { doubleStarred = true; unpacking = true; }
      any = true;
      q = r.end;
      if (!this.c.is(q, ',')) return { end: q, unpacking };
      q++;
    }
    return any ? { end: q - 1, unpacking } : null;
  }

  starredExpression(p: number): Expr | null {
    if (!this.c.is(p, '*')) return null;
    if (this.inv) {
      const e = this.expression(p + 1);
      if (e && this.c.is(e.end, '=')) {
        const b = this.expression(e.end + 1);
        if (b) throw this.c.nodeRange(p, b, 'cannot assign to iterable argument unpacking');
      }
    }
    const a = this.expression(p + 1);
    return a ? this.mk('Starred', p, a.end, { value: a }) : null;
  }

  private kwargOrStarred(p: number): { end: number; doubleStar: boolean } | null {
    if (this.inv) this.invalidKwarg(p);
    if (this.c.isName(p) && this.c.is(p + 1, '=')) {
      const b = this.expression(p + 2);
      if (b) return { end: b.end, doubleStar: false };
    }
    const s = this.starredExpression(p);
    return s ? { end: s.end, doubleStar: false } : null;
  }

  private kwargOrDoubleStarred(p: number): { end: number; doubleStar: boolean } | null {
    if (this.inv) this.invalidKwarg(p);
    if (this.c.isName(p) && this.c.is(p + 1, '=')) {
      const b = this.expression(p + 2);
      if (b) return { end: b.end, doubleStar: false };
    }
    if (this.c.is(p, '**')) {
      const a = this.expression(p + 1);
      if (a) return { end: a.end, doubleStar: true };
    }
    return null;
  }

  private invalidKwarg(p: number): void {
    const t = this.c.at(p);
    if (t.kind === 'NAME' && ['True', 'False', 'None'].includes(t.text) && this.c.is(p + 1, '=')) {
      throw this.c.range(p, p + 2, `cannot assign to ${t.text}`);
    }
    if (this.c.isName(p) && this.c.is(p + 1, '=')) {
      const e = this.expression(p + 2);
      if (e && this.forIfClauses(e.end)) {
        throw this.c.range(p, p + 2, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    if (!(this.c.isName(p) && this.c.is(p + 1, '='))) {
      const a = this.expression(p);
      if (a && this.c.is(a.end, '=')) {
        throw this.c.nodeRange(a, a.end, 'expression cannot contain assignment, perhaps you meant "=="?');
      }
    }
    if (this.c.is(p, '**')) {
      const e = this.expression(p + 1);
      if (e && this.c.is(e.end, '=')) {
        const b = this.expression(e.end + 1);
        if (b) throw this.c.nodeRange(p, b, 'cannot assign to keyword argument unpacking');
      }
    }
  }

  private invalidArguments(p: number): void {
    // (args ',' kwargs | kwargs) a=',' ','.(starred_expression !'=')+
    const pre = this.args(p);
    if (pre && pre.keywordUnpacking && this.c.is(pre.end, ',')) {
      const s = this.starredExpression(pre.end + 1);
      if (s && !this.c.is(s.end, '=')) {
        let q = s.end;
        while (this.c.is(q, ',')) {
          const s2 = this.starredExpression(q + 1);
          if (!s2 || this.c.is(s2.end, '=')) break;
          q = s2.end;
        }
        throw this.c.startingFrom(pre.end, 'iterable argument unpacking follows keyword argument unpacking');
      }
    }
    const a = this.expression(p);
    if (a) {
      const b = this.forIfClauses(a.end);
      if (b && this.c.is(b.end, ',')) {
        const rest = this.args(b.end + 1);
        if (!rest) {
          const e = this.expression(b.end + 1);
          if (e) this.forIfClauses(e.end);
        }
        throw this.c.nodeRange(a, b.lastComprehensionItem!, 'Generator expression must be parenthesized');
      }
    }
    if (this.c.isName(p) && this.c.is(p + 1, '=')) {
      const e = this.expression(p + 2);
      if (e && this.forIfClauses(e.end)) {
        throw this.c.range(p, p + 2, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    const all = this.args(p);
    if (all) {
      const b = this.forIfClauses(all.end);
      if (b && all.elts.length > 1) {
        const last = all.elts[all.elts.length - 1]!;
        throw this.c.nodeRange(last, b.lastComprehensionItem!, 'Generator expression must be parenthesized');
      }
      if (this.c.is(all.end, ',')) {
        const e = this.expression(all.end + 1);
        const b2 = e && this.forIfClauses(e.end);
        if (e && b2) throw this.c.nodeRange(e, b2.lastComprehensionItem!, 'Generator expression must be parenthesized');
        if (this.args(all.end + 1)) {
          throw this.c.atLastFetched(all.keywordUnpacking
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument');
        }
      }
    }
  }

  // --- Targets ---

  starTargets(p: number): Expr | null {
    const a = this.starTarget(p);
    if (!a) return null;
    if (!this.c.is(a.end, ',')) return a;
    const elts = [a];
    let q = a.end;
    while (this.c.is(q, ',')) {
      const b = this.starTarget(q + 1);
      if (!b) { q++; break; }
      elts.push(b);
      q = b.end;
    }
    return this.mk('Tuple', p, q, { elts });
  }

  starTarget(p: number): Expr | null {
    return this.memoize('star_target', p, () => {
      if (this.c.is(p, '*')) {
        if (this.c.is(p + 1, '*')) return null;
        const a = this.starTarget(p + 1);
        return a ? this.mk('Starred', p, a.end, { value: a }) : null;
      }
      return this.targetWithStarAtom(p);
    });
  }

  private targetWithStarAtom(p: number): Expr | null {
    return this.memoize('target_with_star_atom', p, () => {
      const s = this.subscriptAttributeTarget(p);
      if (s) return s;
      if (this.c.isName(p)) return this.mk('Name', p, p + 1);
      if (this.c.is(p, '(')) {
        const a = this.targetWithStarAtom(p + 1);
        if (a && this.c.is(a.end, ')')) return parenthesized(a, p, a.end + 1);
        const seq = this.starTargetsSeq(p + 1, true);
        const q = seq ? seq.end : p + 1;
        if (this.c.is(q, ')')) return this.mk('Tuple', p, q + 1, { elts: seq?.elts ?? [] });
        return null;
      }
      if (this.c.is(p, '[')) {
        const seq = this.starTargetsSeq(p + 1, false);
        const q = seq ? seq.end : p + 1;
        if (this.c.is(q, ']')) return this.mk('List', p, q + 1, { elts: seq?.elts ?? [] });
      }
      return null;
    });
  }

  /** star_targets_tuple_seq (needs a comma) or star_targets_list_seq. */
  private starTargetsSeq(p: number, tuple: boolean): { elts: Expr[]; end: number } | null {
    const a = this.starTarget(p);
    if (!a) return null;
    const elts = [a];
    let q = a.end;
    while (this.c.is(q, ',')) {
      const b = this.starTarget(q + 1);
      if (!b) { q++; break; }
      elts.push(b);
      q = b.end;
    }
    if (tuple && elts.length === 1 && !this.c.is(a.end, ',')) return null;
    return { elts, end: q };
  }

  /** single_subscript_attribute_target (and the same shape in del_target). */
  subscriptAttributeTarget(p: number): Expr | null {
    const base = this.tPrimary(p);
    if (!base) return null;
    const q = base.end;
    if (this.c.is(q, '.') && this.c.isName(q + 1) && !this.tLookahead(q + 2)) return this.mk('Attribute', p, q + 2);
    if (this.c.is(q, '[')) {
      const s = this.slices(q + 1);
      if (s && this.c.is(s.end, ']') && !this.tLookahead(s.end + 1)) return this.mk('Subscript', p, s.end + 1);
    }
    return null;
  }

  private tLookahead(p: number): boolean {
    return this.c.is(p, '(') || this.c.is(p, '[') || this.c.is(p, '.');
  }

  /** t_primary: the longest primary chain that is itself followed by ( [ or . */
  private tPrimary(p: number): Expr | null {
    return this.memoize('t_primary', p, () => {
      let a = this.atom(p);
      if (!a || !this.tLookahead(a.end)) return null;
      for (;;) {
        const next = this.primaryTrailer(a);
        if (!next || !this.tLookahead(next.end)) return a;
        a = next;
      }
    });
  }

  singleTarget(p: number): Expr | null {
    const s = this.subscriptAttributeTarget(p);
    if (s) return s;
    if (this.c.isName(p)) return this.mk('Name', p, p + 1);
    if (this.c.is(p, '(')) {
      const a = this.singleTarget(p + 1);
      if (a && this.c.is(a.end, ')')) return parenthesized(a, p, a.end + 1);
    }
    return null;
  }

  delTargets(p: number): number | null {
    let q = p;
    let any = false;
    for (;;) {
      const t = this.delTarget(q);
      if (t === null) break;
      any = true;
      q = t;
      if (!this.c.is(q, ',')) return q;
      q++;
    }
    return any ? q : null;
  }

  private delTarget(p: number): number | null {
    return this.memoize('del_target', p, () => {
      const s = this.subscriptAttributeTarget(p);
      if (s) return s.end;
      if (this.c.isName(p)) return p + 1;
      if (this.c.is(p, '(')) {
        const a = this.delTarget(p + 1);
        if (a !== null && this.c.is(a, ')')) return a + 1;
        const b = this.delTargets(p + 1);
        const q = b ?? p + 1;
        return this.c.is(q, ')') ? q + 1 : null;
      }
      if (this.c.is(p, '[')) {
        const b = this.delTargets(p + 1);
        const q = b ?? p + 1;
        return this.c.is(q, ']') ? q + 1 : null;
      }
      return null;
    });
  }
}

/** One item of a parameter list as parameterItems() splits it. */
export interface ParamItem {
  kind: 'param' | 'slash' | 'star' | 'kwds' | 'paren';
  start: number;
  /** End of the name and its annotation (the `param` node's span). */
  nameEnd: number;
  named: boolean;
  hasDefault: boolean;
  /** Index of the '=' token, or -1. */
  defaultAt: number;
  end: number;
}

export { Raised };
