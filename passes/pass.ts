// What a pass is, and what the pass manager hands it. Passes import only this file (and
// ir/), never passes/index.ts, so the registry can import every pass without a cycle.

import type { IRFunction, IRModule } from '../ir/types.js';
import type { AnalysisName, Analyses } from './analyses.js';

export type { AnalysisName } from './analyses.js';

/**
 * One transformation, run on each function of a module in turn. Invariants: `name` is
 * kebab-case and equals its file name; `run` leaves the function verifying (the manager
 * checks after every application when asked); it returns true exactly when it changed the
 * IR (a pass that reports false must not have touched it: dumps and bisect rely on that).
 * `invalidates` lists the cached analyses a change makes stale ('all' for anything
 * that edits the CFG); analyses not listed are kept across the pass, even when it changed
 * something. `stats` names the counters the pass keeps through `ctx.count`.
 */
export interface Pass {
  readonly name: string;
  readonly description: string;
  /** Analyses computed (or taken from the cache) before `run`; `ctx.get` returns them. */
  readonly requires: readonly AnalysisName[];
  readonly invalidates: readonly AnalysisName[] | 'all';
  readonly stats: readonly string[];
  run(fn: IRFunction, ctx: PassContext): boolean;
}

/**
 * What a pass sees while it runs on one function. `module` is the whole module (inline
 * reads callees from it; passes change only `fn`). `get` returns a cached analysis of `fn`,
 * computing it when absent; a pass that changes the IR and then needs a fresh analysis in
 * the same run calls `ctx.invalidate()` first.
 */
export interface PassContext {
  readonly module: IRModule;
  get<N extends AnalysisName>(name: N): Analyses[N];
  invalidate(names?: readonly AnalysisName[]): void;
  /** Adds `by` (default 1) to counter `counter` of this pass (shown by --stats). */
  count(counter: string, by?: number): void;
}
