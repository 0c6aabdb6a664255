// The analyses passes can ask for, and their per-function cache. The pass manager drops
// entries a pass `invalidates`; anything else survives to the next pass.

import { Dominance } from '../ir/analysis/dominance.js';
import { DefUse } from '../ir/analysis/def-use.js';
import { Liveness } from '../ir/analysis/liveness.js';
import { LoopInfo } from '../ir/analysis/loops.js';
import type { IRFunction } from '../ir/types.js';

/** Every analysis by name; a pass's `requires`/`invalidates` use these names. */
export interface Analyses {
  dominance: Dominance;
  loops: LoopInfo;
  liveness: Liveness;
  'def-use': DefUse;
}
export type AnalysisName = keyof Analyses;
export const ANALYSIS_NAMES: readonly AnalysisName[] = ['dominance', 'loops', 'liveness', 'def-use'];

/** Analyses that are computed from another: dropping the base drops them too. */
const DEPENDS_ON: Partial<Record<AnalysisName, AnalysisName[]>> = { loops: ['dominance'] };

/** Invariant: an entry is exactly what computing it now would give, as long as every pass
 *  that changed the function invalidated what it made stale. */
export class AnalysisCache {
  private readonly cache = new Map<IRFunction, Map<AnalysisName, unknown>>();
  computed = 0;

  get<N extends AnalysisName>(fn: IRFunction, name: N): Analyses[N] {
    let entries = this.cache.get(fn);
    if (entries === undefined) this.cache.set(fn, (entries = new Map()));
    let result = entries.get(name) as Analyses[N] | undefined;
    if (result === undefined) {
      result = this.compute(fn, name);
      entries.set(name, result);
      this.computed++;
    }
    return result;
  }

  invalidate(fn: IRFunction, names: readonly AnalysisName[] | 'all'): void {
    const entries = this.cache.get(fn);
    if (entries === undefined) return;
    if (names === 'all') { entries.clear(); return; }
    for (const name of names) {
      entries.delete(name);
      for (const [dependent, bases] of Object.entries(DEPENDS_ON)) {
        if (bases.includes(name)) entries.delete(dependent as AnalysisName);
      }
    }
  }

  private compute<N extends AnalysisName>(fn: IRFunction, name: N): Analyses[N] {
    const make: { [K in AnalysisName]: () => Analyses[K] } = {
      dominance: () => new Dominance(fn),
      loops: () => new LoopInfo(fn, this.get(fn, 'dominance')),
      liveness: () => new Liveness(fn),
      'def-use': () => new DefUse(fn),
    };
    return make[name]() as Analyses[N];
  }
}
