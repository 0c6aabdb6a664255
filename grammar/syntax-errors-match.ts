// `match` statements and patterns for the error pass: python.gram's match_stmt, case_block
// and pattern rules with their invalid_* alternatives (CPython 3.13).

import { ArgsRecognizer } from './syntax-errors-args.js';

export abstract class PatternRecognizer extends ArgsRecognizer {
  // --- match ---

  protected matchStmt(p: number): number | null {
    const t = this.c.at(p);
    if (t.kind !== 'NAME' || t.text !== 'match') return null;
    const subject = this.subjectExpr(p + 1);
    if (subject !== null && this.c.is(subject, ':') && this.c.isKind(subject + 1, 'NEWLINE') && this.c.isKind(subject + 2, 'INDENT')) {
      let q = subject + 3;
      let any = false;
      for (;;) {
        const r = this.caseBlock(q);
        if (r === null) break;
        any = true;
        q = r;
      }
      if (any && this.c.isKind(q, 'DEDENT')) return q + 1;
    }
    if (this.inv && subject !== null) {
      if (this.c.isKind(subject, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      this.checkIndent(subject, "'match' statement", p);
    }
    return null;
  }

  protected subjectExpr(p: number): number | null {
    const a = this.starNamedExpression(p);
    if (a && this.c.is(a.end, ',')) {
      const rest = this.starNamedExpressions(a.end + 1);
      return rest ? rest.end : a.end + 1;
    }
    const n = this.namedExpression(p);
    return n ? n.end : null;
  }

  protected caseBlock(p: number): number | null {
    const t = this.c.at(p);
    if (t.kind !== 'NAME' || t.text !== 'case') return null;
    let q = this.patterns(p + 1);
    if (q === null) return null;
    if (this.c.is(q, 'if')) {
      const g = this.namedExpression(q + 1);
      if (!g) return null;
      q = g.end;
    }
    if (this.inv) {
      if (this.c.isKind(q, 'NEWLINE')) throw this.c.atLastFetched("expected ':'");
      this.checkIndent(q, "'case' statement", p);
    }
    if (!this.c.is(q, ':')) return null;
    return this.block(q + 1);
  }

  protected patterns(p: number): number | null {
    const open = this.openSequencePattern(p);
    return open ?? this.pattern(p);
  }

  protected pattern(p: number): number | null {
    return this.memoize('pattern', p, () => {
      const o = this.orPattern(p);
      if (o !== null && this.c.is(o, 'as')) {
        const t = this.c.at(o + 1);
        if (this.c.isName(o + 1) && t.text !== '_' && !this.c.is(o + 2, '.') && !this.c.is(o + 2, '(') && !this.c.is(o + 2, '=')) {
          return o + 2;
        }
        if (this.inv) {
          if (t.kind === 'NAME' && t.text === '_') throw this.c.tokenAt(o + 1, "cannot use '_' as a target");
          if (!this.c.isName(o + 1)) {
            const e = this.expression(o + 1);
            if (e) throw this.c.node(e, 'invalid pattern target');
          }
        }
        return null;
      }
      return o;
    });
  }

  protected orPattern(p: number): number | null {
    let q = this.closedPattern(p);
    if (q === null) return null;
    while (this.c.is(q, '|')) {
      const r = this.closedPattern(q + 1);
      if (r === null) break;
      q = r;
    }
    return q;
  }

  protected closedPattern(p: number): number | null {
    return this.memoize('closed_pattern', p, () => {
      const t = this.c.at(p);
      // literal_pattern
      const num = this.signedNumber(p);
      if (num !== null) {
        if ((this.c.is(num, '+') || this.c.is(num, '-')) && this.c.isKind(num + 1, 'NUMBER')) return num + 2;
        if (!this.c.is(num, '+') && !this.c.is(num, '-')) return num;
      }
      if (t.kind === 'STRING' || t.kind === 'FSTRING_START') {
        const s = this.strings(p);
        return s ? s.end : null;
      }
      if (t.kind === 'NAME' && ['None', 'True', 'False'].includes(t.text)) return p + 1;
      if (this.c.isName(p)) {
        // capture, wildcard, value (dotted) or class pattern
        let q = p + 1;
        while (this.c.is(q, '.') && this.c.isName(q + 1)) q += 2;
        if (this.c.is(q, '(')) return this.classPatternArgs(q);
        if (this.c.is(q, '.') || this.c.is(q, '=')) return null;
        return q;
      }
      if (this.c.is(p, '(')) {
        const g = this.pattern(p + 1);
        if (g !== null && this.c.is(g, ')')) return g + 1;
        const seq = this.openSequencePattern(p + 1);
        const q = seq ?? p + 1;
        return this.c.is(q, ')') ? q + 1 : null;
      }
      if (this.c.is(p, '[')) {
        const seq = this.maybeSequencePattern(p + 1);
        const q = seq ?? p + 1;
        return this.c.is(q, ']') ? q + 1 : null;
      }
      if (this.c.is(p, '{')) return this.mappingPattern(p);
      return null;
    });
  }

  /** signed_number !('+'|'-') | complex_number (a real part, then + or - an imaginary one). */
  protected numberLiteral(p: number): number | null {
    const n = this.signedNumber(p);
    if (n === null) return null;
    if (this.c.is(n, '+') || this.c.is(n, '-')) return this.c.isKind(n + 1, 'NUMBER') ? n + 2 : null;
    return n;
  }

  protected signedNumber(p: number): number | null {
    if (this.c.isKind(p, 'NUMBER')) return p + 1;
    if (this.c.is(p, '-') && this.c.isKind(p + 1, 'NUMBER')) return p + 2;
    return null;
  }

  protected classPatternArgs(p: number): number | null {
    let q = p + 1;
    let sawKeyword = false;
    let firstPositionalAfterKeyword = -1;
    let lastEnd = -1;
    for (;;) {
      if (this.c.isName(q) && this.c.is(q + 1, '=')) {
        const v = this.pattern(q + 2);
        if (v === null) return null;
        sawKeyword = true;
        q = v;
      } else {
        const v = this.pattern(q);
        if (v === null) break;
        if (sawKeyword && firstPositionalAfterKeyword < 0) firstPositionalAfterKeyword = q;
        lastEnd = v;
        q = v;
      }
      if (!this.c.is(q, ',')) break;
      q++;
    }
    if (firstPositionalAfterKeyword >= 0) {
      if (this.inv) throw this.c.range(firstPositionalAfterKeyword, lastEnd, 'positional patterns follow keyword patterns');
      return null;
    }
    return this.c.is(q, ')') ? q + 1 : null;
  }

  protected openSequencePattern(p: number): number | null {
    const a = this.maybeStarPattern(p);
    if (a === null || !this.c.is(a, ',')) return null;
    return this.maybeSequencePattern(a + 1) ?? a + 1;
  }

  protected maybeSequencePattern(p: number): number | null {
    let q = p;
    let any = false;
    for (;;) {
      const r = this.maybeStarPattern(q);
      if (r === null) break;
      any = true;
      q = r;
      if (!this.c.is(q, ',')) return q;
      q++;
    }
    return any ? q : null;
  }

  protected maybeStarPattern(p: number): number | null {
    if (this.c.is(p, '*') && this.c.isName(p + 1)) return p + 2;
    return this.pattern(p);
  }

  protected mappingPattern(p: number): number | null {
    let q = p + 1;
    for (;;) {
      if (this.c.is(q, '**') && this.c.isName(q + 1)) {
        q += 2;
      } else {
        const key = this.numberLiteral(q) ?? this.mappingKey(q);
        if (key === null || !this.c.is(key, ':')) break;
        const v = this.pattern(key + 1);
        if (v === null) return null;
        q = v;
      }
      if (!this.c.is(q, ',')) break;
      q++;
    }
    return this.c.is(q, '}') ? q + 1 : null;
  }

  protected mappingKey(p: number): number | null {
    const t = this.c.at(p);
    if (t.kind === 'STRING' || t.kind === 'FSTRING_START') return this.strings(p)?.end ?? null;
    if (t.kind === 'NAME' && ['None', 'True', 'False'].includes(t.text)) return p + 1;
    if (this.c.isName(p)) {
      let q = p + 1;
      while (this.c.is(q, '.') && this.c.isName(q + 1)) q += 2;
      return q > p + 1 ? q : null;
    }
    return null;
  }

  // --- Rules defined by the subclass (syntax-errors-stmt.ts) ---

  protected abstract block(p: number): number | null;
  protected abstract checkIndent(colon: number, what: string, keyword: number): void;
}
