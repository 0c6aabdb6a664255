// Call arguments and assignment/deletion targets for the error pass: python.gram's
// arguments, kwargs, star_targets, single_target and del_targets rules with their invalid_*
// alternatives (CPython 3.13).

import { type Expr, exprName, parenthesized } from './syntax-errors-base.js';
import { DisplayRecognizer } from './syntax-errors-displays.js';

export abstract class ArgsRecognizer extends DisplayRecognizer {
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
  protected positionalArg(p: number): Expr | null {
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

  protected kwargs(p: number): { end: number; unpacking: boolean } | null {
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
    if (a) return this.mk('Starred', p, a.end, { value: a });
    // invalid_starred_expression: a '*' with nothing starrable after it.
    if (this.inv) throw this.c.atLastFetched('Invalid star expression');
    return null;
  }

  protected kwargOrStarred(p: number): { end: number; doubleStar: boolean } | null {
    if (this.inv) this.invalidKwarg(p);
    if (this.c.isName(p) && this.c.is(p + 1, '=')) {
      const b = this.expression(p + 2);
      if (b) return { end: b.end, doubleStar: false };
    }
    const s = this.starredExpression(p);
    return s ? { end: s.end, doubleStar: false } : null;
  }

  protected kwargOrDoubleStarred(p: number): { end: number; doubleStar: boolean } | null {
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

  protected invalidKwarg(p: number): void {
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

  protected invalidArguments(p: number): void {
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
    // (args ',')? a=NAME b='=' &(',' | ')')
    const named = pre && this.c.is(pre.end, ',') ? pre.end + 1 : p;
    for (const at of named === p ? [p] : [named, p]) {
      if (this.c.isName(at) && this.c.is(at + 1, '=') && (this.c.is(at + 2, ',') || this.c.is(at + 2, ')'))) {
        throw this.c.range(at, at + 2, 'expected argument value expression');
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

  protected targetWithStarAtom(p: number): Expr | null {
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
  protected starTargetsSeq(p: number, tuple: boolean): { elts: Expr[]; end: number } | null {
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

  protected tLookahead(p: number): boolean {
    return this.c.is(p, '(') || this.c.is(p, '[') || this.c.is(p, '.');
  }

  /** t_primary: the longest primary chain that is itself followed by ( [ or . */
  protected tPrimary(p: number): Expr | null {
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

  protected delTarget(p: number): number | null {
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
