// The expression half of the error pass: CPython 3.13's Grammar/python.gram expression
// rules as a backtracking recognizer over tokens, with the invalid_* alternatives that
// belong to expressions. Rules return an Expr (or a bare position) and never build an AST.
// Rule and alternative order follow python.gram because the order decides which invalid_*
// rule fires first and how far the parser has fetched when it does.
//
// Left-recursive rules (primary, bitwise_or, sum, ...) are loops; `this.inv` is CPython's
// call_invalid_rules flag (false in the first pass and under *_without_invalid rules).

import { type Expr, type ExprKind, TokenCursor, exprName } from './syntax-errors-base.js';

const COMPARE_OPS = ['==', '!=', '<=', '<', '>=', '>'];
export const AUGASSIGN = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);

/** Memoized rule names → small ids (filled on first use; there are a few dozen rules). */
const RULE_IDS = new Map<string, number>();
const MAX_RULES = 128;

export abstract class ExprRecognizer {
  inv = false;
  protected memo = new Map<number, unknown>();

  constructor(readonly c: TokenCursor) {}

  protected memoize<T>(name: string, p: number, rule: () => T): T {
    // A numeric key (position, rule, pass flag): string keys cost more than the rules.
    let id = RULE_IDS.get(name);
    if (id === undefined) {
      id = RULE_IDS.size;
      RULE_IDS.set(name, id);
    }
    const key = (p * MAX_RULES + id) * 2 + (this.inv ? 1 : 0);
    const memo = this.memo as Map<number, unknown>;
    if (memo.has(key)) return memo.get(key) as T;
    const result = rule();
    memo.set(key, result);
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

  protected invalidNamedExpression(p: number): void {
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
  protected expressionWithoutInvalid(p: number): Expr | null {
    return this.withoutInvalid(() => this.expression(p));
  }

  protected invalidExpression(p: number): void {
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
          if (!legacy && this.c.levelAt(b.end - 1) > 0) {
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
      if (this.c.is(q, ':') && this.c.isKind(q + 1, 'FSTRING_MIDDLE')) {
        throw this.c.range(p, q + 1, 'f-string: lambda expressions are not allowed without parentheses');
      }
    }
  }

  protected invalidLegacyExpression(p: number): void {
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

  protected boolChain(p: number, op: string, operand: (q: number) => Expr | null): Expr | null {
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

  protected compareOp(p: number): { text: string; end: number } | null {
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

  protected bitwiseXor(p: number): Expr | null {
    return this.memoize('bitwise_xor', p, () => this.binaryChain(p, ['^'], (q) => this.bitwiseAnd(q)));
  }

  protected bitwiseAnd(p: number): Expr | null {
    return this.memoize('bitwise_and', p, () => this.binaryChain(p, ['&'], (q) => this.shiftExpr(q)));
  }

  protected shiftExpr(p: number): Expr | null {
    return this.memoize('shift_expr', p, () => {
      if (this.inv) {
        // invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion
        const a = this.sum(p);
        if (a && ['+', '-', '*', '/', '%', '//', '@'].some((op) => this.c.is(a.end, op)) && this.c.is(a.end + 1, 'not')) {
          const b = this.inversion(a.end + 2);
          if (b) throw this.c.nodeRange(a.end + 1, b, "'not' after an operator must be parenthesized");
        }
      }
      return this.binaryChain(p, ['<<', '>>'], (q) => this.sum(q));
    });
  }

  protected sum(p: number): Expr | null {
    return this.memoize('sum', p, () => this.binaryChain(p, ['+', '-'], (q) => this.term(q)));
  }

  protected term(p: number): Expr | null {
    return this.memoize('term', p, () => {
      if (this.inv && (this.c.is(p, '+') || this.c.is(p, '-') || this.c.is(p, '~')) && this.c.is(p + 1, 'not')) {
        // invalid_factor: ('+' | '-' | '~') a='not' b=factor
        const b = this.factor(p + 2);
        if (b) throw this.c.nodeRange(p + 1, b, "'not' after an operator must be parenthesized");
      }
      return this.binaryChain(p, ['*', '/', '//', '%', '@'], (q) => this.factor(q));
    });
  }

  protected binaryChain(p: number, ops: string[], operand: (q: number) => Expr | null): Expr | null {
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

  protected power(p: number): Expr | null {
    const a = this.awaitPrimary(p);
    if (a && this.c.is(a.end, '**')) {
      const b = this.factor(a.end + 1);
      if (b) return this.mk('BinOp', p, b.end);
    }
    return a;
  }

  protected awaitPrimary(p: number): Expr | null {
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

  protected slice(p: number): Expr | null {
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

  protected fstring(p: number): number | null {
    let q = p + 1;
    for (;;) {
      if (this.c.isKind(q, 'FSTRING_MIDDLE')) { q++; continue; }
      const r = this.replacementField(q);
      if (r === null) break;
      q = r;
    }
    return this.c.isKind(q, 'FSTRING_END') ? q + 1 : null;
  }

  protected replacementField(p: number): number | null {
    if (!this.c.is(p, '{')) return null;
    const a = this.yieldExpr(p + 1) ?? this.starExpressions(p + 1);
    if (a) {
      let q = a.end;
      if (this.c.is(q, '=')) q++;
      if (this.c.is(q, '!') && this.c.isName(q + 1)) {
        // _PyPegen_check_fstring_conversion runs in the action, so in either pass.
        const conversion = this.c.tokens[q + 1]!.text;
        if (!['s', 'r', 'a'].includes(conversion)) {
          throw this.c.tokenAt(q + 1, `f-string: invalid conversion character '${conversion}': expected 's', 'r', or 'a'`);
        }
        q += 2;
      }
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

  protected invalidReplacementField(p: number): void {
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

  // --- Rules defined by the subclasses (syntax-errors-displays.ts, syntax-errors-args.ts) ---

  abstract list(p: number): Expr | null;
  abstract tuple(p: number): Expr | null;
  protected abstract group(p: number): Expr | null;
  abstract genexp(p: number): Expr | null;
  protected abstract set(p: number): Expr | null;
  protected abstract listcomp(p: number): Expr | null;
  protected abstract dict(p: number): Expr | null;
  protected abstract dictcomp(p: number): Expr | null;
  protected abstract setcomp(p: number): Expr | null;
  abstract yieldExpr(p: number): Expr | null;
  abstract lambdef(p: number): Expr | null;
  abstract lambdaParams(p: number): number | null;
  abstract arguments(p: number): { end: number; elts: Expr[]; keywordUnpacking: boolean } | null;
  abstract starredExpression(p: number): Expr | null;
}

/**
 * One item of a parameter list as parameterItems() splits it: a parameter (`param`), `/`,
 * `*` or `*name`, `**name`, or a stray `(`. Invariants: token indices with
 * `start <= nameEnd <= end`; `defaultAt` is the '=' token's index when `hasDefault`, else -1;
 * `end` is where the item stops (its ',' or whatever ended it is not included).
 */
export interface ParamItem {
  kind: 'param' | 'slash' | 'star' | 'kwds' | 'paren';
  start: number;
  /** End of the name and its annotation (the `param` node's span). */
  nameEnd: number;
  named: boolean;
  hasDefault: boolean;
  /** An '=' followed directly by ',' or ')' (invalid_default's case). */
  emptyDefault: boolean;
  /** Index of the '=' token, or -1. */
  defaultAt: number;
  end: number;
}

