// Displays, comprehensions, lambdas and parameter lists for the error pass: python.gram's
// atom-level rules and their invalid_* alternatives (CPython 3.13), on top of the operator
// rules of syntax-errors-expr.ts.

import { type Expr, exprName, invalidTarget, parenthesized } from './syntax-errors-base.js';
import { ExprRecognizer, type ParamItem } from './syntax-errors-expr.js';

export abstract class DisplayRecognizer extends ExprRecognizer {
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

  protected group(p: number): Expr | null {
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

  protected set(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    const items = this.starNamedExpressions(p + 1);
    return items && this.c.is(items.end, '}') ? this.mk('Set', p, items.end + 1) : null;
  }

  protected listcomp(p: number): Expr | null {
    if (!this.c.is(p, '[')) return null;
    const a = this.namedExpression(p + 1);
    if (a) {
      const b = this.forIfClauses(a.end);
      if (b && this.c.is(b.end, ']')) return this.mk('ListComp', p, b.end + 1);
    }
    if (this.inv) this.invalidComprehension(p);
    return null;
  }

  protected setcomp(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    const a = this.namedExpression(p + 1);
    if (a) {
      const b = this.forIfClauses(a.end);
      if (b && this.c.is(b.end, '}')) return this.mk('SetComp', p, b.end + 1);
    }
    if (this.inv) this.invalidComprehension(p);
    return null;
  }

  protected dictcomp(p: number): Expr | null {
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

  protected invalidComprehension(p: number): void {
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

  protected dict(p: number): Expr | null {
    if (!this.c.is(p, '{')) return null;
    let q = p + 1;
    const pairs = this.doubleStarredKvpairs(q);
    if (pairs !== null) q = pairs;
    if (this.c.is(q, '}')) return this.mk('Dict', p, q + 1);
    // `'{' invalid_double_starred_kvpairs '}'` runs in BOTH passes: pegen guards only the
    // alternatives that consist of a single invalid_* rule with call_invalid_rules. Its rules
    // below thus raise in the first pass, while the expressions they parse still do not
    // use invalid_* rules then (so "':' expected" beats "forgot a comma" after a pair).
    this.invalidDoubleStarredKvpairs(p + 1);
    return null;
  }

  protected doubleStarredKvpairs(p: number): number | null {
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

  protected doubleStarredKvpair(p: number): number | null {
    if (this.c.is(p, '**')) {
      const a = this.bitwiseOr(p + 1);
      return a ? a.end : null;
    }
    return this.kvpair(p);
  }

  protected kvpair(p: number): number | null {
    const a = this.expression(p);
    if (!a || !this.c.is(a.end, ':')) return null;
    const b = this.expression(a.end + 1);
    return b ? b.end : null;
  }

  protected invalidDoubleStarredKvpairs(p: number): void {
    // ','.double_starred_kvpair+ ',' invalid_kvpair — the gather is greedy and never gives
    // an element back, so the ',' must follow its last element.
    let end = this.doubleStarredKvpair(p);
    while (end !== null && this.c.is(end, ',')) {
      const r = this.doubleStarredKvpair(end + 1);
      if (r === null) break;
      end = r;
    }
    if (end !== null && this.c.is(end, ',')) this.invalidKvpair(end + 1);
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

  protected invalidKvpair(p: number): void {
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

  protected forIfClause(p: number): Expr | 'cut' | null {
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
      // invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
      let r = p;
      if (this.c.is(r, 'async')) r++;
      if (this.c.is(r, 'for')) {
        let v = this.bitwiseOr(r + 1);
        if (v) {
          let end = v.end;
          while (this.c.is(end, ',')) {
            v = this.bitwiseOr(end + 1);
            if (!v) { end++; break; }
            end = v.end;
          }
          if (!this.c.is(end, 'in')) throw this.c.atLastFetched("'in' expected after for-loop variables");
        }
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
      let emptyDefault = false;
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
          emptyDefault = this.c.is(q + 1, ')') || this.c.is(q + 1, ',');
          hasDefault = true;
          defaultEnd = q + 1;
          const d = this.expression(q + 1);
          if (d) q = d.end;
        }
      } else if (kind === 'param') {
        break;
      } else if (kind === 'kwds' || (kind === 'star' && !this.c.is(q, ','))) {
        // No rule goes on after a nameless `**`, or a `*` followed by neither a name nor ','
        // (a bare `*` before the closer is invalid_star_etc's case): stop fetching here.
        items.push({ kind, start, nameEnd, named, hasDefault, emptyDefault, defaultAt: -1, end: q });
        break;
      }
      items.push({ kind, start, nameEnd, named, hasDefault, emptyDefault, defaultAt: hasDefault ? defaultEnd - 1 : -1, end: q });
      if (kind === 'paren') break;
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return items;
  }

  protected validParameters(items: ParamItem[], annotations: boolean): number | null {
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

  protected invalidParameters(items: ParamItem[], annotations: boolean): void {
    if (items.length === 0) return;
    const first = items[0]!;
    if (first.kind === 'slash' && this.c.is(first.end, ',')) {
      throw this.c.tokenAt(first.start, 'at least one argument must precede /');
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
        // invalid_default ('=' &(')'|',')) fires when the scan of the parameters reaches
        // this one, i.e. in left-to-right order with the check below.
        if (it.emptyDefault) throw this.c.tokenAt(it.defaultAt, 'expected default value expression');
        // param_no_default / param_with_default end with ',' or look at the closer; a
        // parameter whose annotation or default failed to parse matches neither.
        const closer = annotations ? ')' : ':';
        if (!this.c.is(it.end, ',') && !this.c.is(it.end, closer)) break;
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
        if (seenStar >= 0) throw this.c.tokenAt(it.start, '* argument may appear only once');
        seenStar = i;
      } else if (it.kind === 'kwds') {
        if (it.named && it.hasDefault) throw this.c.tokenAt(it.defaultAt, 'var-keyword argument cannot have default value');
        const next = items[i + 1];
        if (next && it.named) throw this.c.tokenAt(next.start, 'arguments cannot follow var-keyword argument');
      }
    }
    // param_maybe_default+ '/' a='*': the last alternative of invalid_parameters.
    const slash = items.findIndex((it) => it.kind === 'slash');
    if (slash > 0 && items.slice(0, slash).every((it) => it.kind === 'param') && this.c.is(items[slash]!.end, '*')) {
      throw this.c.tokenAt(items[slash]!.end, 'expected comma between / and *');
    }
  }

  /** `'(' param_no_default+ ','? ')'` starting at an opening parenthesis: its ')' index. */
  protected parenthesizedParams(p: number): number | null {
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

  // --- Rules defined by the subclass (syntax-errors-args.ts) ---

  abstract starTargets(p: number): Expr | null;
}
