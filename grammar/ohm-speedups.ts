// Three caches inside ohm-js, each measured on the standard library (node --cpu-prof) and
// each leaving Ohm's behaviour unchanged: they remember answers Ohm recomputes on every
// evaluation step although they can never change. Installed once, by parse.ts, after
// python.ohm is compiled. Ohm's public API exports its parsing-expression classes
// (`pexprs`); its match-state class is reached through the one state a match hands them.

import * as ohm from 'ohm-js';

interface Application {
  isSyntactic(): boolean;
  eval(state: MatchStateLike): boolean;
}
interface MatchStateLike {
  grammar: unknown;
  maybeSkipSpacesBefore(expression: unknown): number;
  inputStream: { pos: number };
}

const pexprs = ohm.pexprs as unknown as Record<string, { prototype: Record<string, unknown> }>;
let installed = false;

/** Installs the caches. `grammar` is matched once (on `anyInput`) to reach Ohm's
 *  match-state class; the third cache applies to it alone. Idempotent. */
export function installOhmSpeedups(grammar: ohm.Grammar, anyInput: string, startRule: string): void {
  if (installed) return;
  installed = true;
  const apply = pexprs.Apply.prototype as unknown as Application;

  // 1. Is the current rule syntactic (name starts upper case, so spaces are skipped)? Asked
  // before every expression is evaluated and derived from the name each time: ~6%.
  const uncachedIsSyntactic = apply.isSyntactic;
  apply.isSyntactic = function (this: Application & { pyxSyntactic?: boolean }): boolean {
    return (this.pyxSyntactic ??= uncachedIsSyntactic.call(this));
  };

  // 2. An expression's arity (number of CST children, a recursive walk), recomputed whenever
  // a rule or an iteration succeeds: ~4%. Fixed once its grammar is built, and grammars
  // compiled before this point are complete.
  for (const name of ['Alt', 'Seq', 'Iter', 'Lookahead', 'Lex']) {
    const prototype = pexprs[name].prototype as { getArity(): number };
    const uncachedGetArity = prototype.getArity;
    prototype.getArity = function (this: { pyxArity?: number }): number {
      return (this.pyxArity ??= uncachedGetArity.call(this));
    };
  }

  // 3. Spaces are only ever skipped inside a syntactic rule, and `grammar` has none, yet Ohm
  // asks the expression and the context before each step: ~5%. Answer at once for it.
  const rules = (grammar as unknown as { rules: Record<string, unknown> }).rules;
  if (Object.keys(rules).some((rule) => rule[0] !== rule[0].toLowerCase())) return;
  let statePrototype: MatchStateLike | undefined;
  const applyEval = apply.eval;
  apply.eval = function (this: Application, state: MatchStateLike): boolean {
    statePrototype ??= Object.getPrototypeOf(state) as MatchStateLike;
    return applyEval.call(this, state);
  };
  try {
    grammar.match(anyInput, startRule);
  } finally {
    apply.eval = applyEval;
  }
  if (statePrototype === undefined) return;
  const uncachedSkip = statePrototype.maybeSkipSpacesBefore;
  statePrototype.maybeSkipSpacesBefore = function (this: MatchStateLike, expression: unknown): number {
    if (this.grammar === grammar) return this.inputStream.pos;
    return uncachedSkip.call(this, expression);
  };
}
