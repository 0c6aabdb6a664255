// The pass manager: runs a pipeline of passes over an IR module.
//
//   import { runPipeline, parsePipeline, PRESETS, listPasses } from '../passes/index.js';
//
//   const result = runPipeline(module, 'ssa,sccp,dce', {   // or '-O2', or ['ssa', 'dce']
//     verify: true,                     // verify the module after every pass (tests: always)
//     onPass: (name, module, changed, info) => { ... },  // after each pass over the module
//     onBeforePass: (name, module) => { ... },           // before it (for before:PASS dumps)
//     bisectLimit: 12,                  // stop after 12 pass applications (-opt-bisect-limit)
//     functions: (fn) => fn.name === 'f',  // restrict to some functions (default: all)
//   });
//   result.applications  // pass applications done (one application = one pass on one function)
//   result.passes        // per pass, in pipeline order: name, changed, ms, stats counters
//   formatStats(result), formatTimings(result)   // what --stats and --time-passes print
//
// A pipeline string is a comma-separated list of pass names and presets (-O0, -O1, -O2);
// `parsePipeline` expands it, throwing PipelineError (a clear message listing the known
// passes) for an unknown name. Passes run in order; each runs over every function before
// the next starts. The module is changed in place. After a pass changes a function, the
// analyses it `invalidates` are dropped from the cache. With `verify`, a pass that leaves
// invalid IR throws PassVerifyError naming the pass and the problems. Bisect: applications
// are numbered from 1 in execution order (pass-major, then function index); with
// `bisectLimit: N`, application N+1 and later are skipped (and `result.skipped` counts them),
// so `bisectLimit: 0` runs nothing. onPass is called after every pass in the pipeline, also
// when bisect skipped it (changed=false then).

import type { IRFunction, IRModule } from '../ir/types.js';
import { verifyFunction } from '../ir/verify.js';
import { AnalysisCache } from './analyses.js';
import type { Pass, PassContext } from './pass.js';
import { PASSES } from './registry.js';

export type { Pass, PassContext, AnalysisName } from './pass.js';
export { ANALYSIS_NAMES, AnalysisCache } from './analyses.js';

/** The presets. -O1: cheap scalar cleanups on SSA; -O2 adds inlining, GVN, LICM and type
 *  inference. Every pass here is correct under Python's dynamic semantics (see each file). */
export const PRESETS: Readonly<Record<string, readonly string[]>> = {
  '-O0': [],
  '-O1': ['ssa', 'sccp', 'copy-prop', 'dce', 'simplify-cfg'],
  '-O2': ['inline', 'ssa', 'sccp', 'copy-prop', 'gvn', 'licm', 'dce', 'simplify-cfg', 'type-infer'],
};

/** An unknown pass or malformed pipeline; the message is meant for the user as it is. */
export class PipelineError extends Error {}

/** The IR was invalid after `pass` ran; `problems` are the verifier's messages. */
export class PassVerifyError extends Error {
  constructor(readonly pass: string, readonly application: number, readonly problems: readonly string[]) {
    super(`invalid IR after pass '${pass}' (application ${application}):\n  ${problems.join('\n  ')}`);
  }
}

const registry = new Map<string, Pass>(PASSES.map((pass) => [pass.name, pass]));

/** Every registered pass, in registration order. */
export function listPasses(): readonly Pass[] {
  return [...registry.values()];
}

export function getPass(name: string): Pass | undefined {
  return registry.get(name);
}

/** Adds a pass (an experiment, a course assignment) to the registry; names must be new. */
export function registerPass(pass: Pass): void {
  if (registry.has(pass.name) || pass.name in PRESETS) throw new PipelineError(`a pass named '${pass.name}' already exists`);
  registry.set(pass.name, pass);
}

/** Expands presets and splits on commas; every name must be a registered pass. */
export function parsePipeline(pipeline: string | readonly string[]): string[] {
  const items = typeof pipeline === 'string' ? pipeline.split(',') : pipeline;
  const names: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (item === '') {
      if (items.length === 1) continue; // '' is the empty pipeline
      throw new PipelineError(`empty pass name in pipeline '${items.join(',')}'`);
    }
    const preset = PRESETS[item];
    if (preset !== undefined) { names.push(...preset); continue; }
    if (!registry.has(item)) {
      throw new PipelineError(`unknown pass '${item}' (known passes: ${[...registry.keys()].join(', ')}; presets: ${Object.keys(PRESETS).join(', ')})`);
    }
    names.push(item);
  }
  return names;
}

export interface PassInfo {
  /** Position of the pass in the expanded pipeline, from 0. */
  index: number;
  changed: boolean;
  /** Milliseconds spent in the pass's run() over all functions (not verification). */
  ms: number;
  /** Counters this pass kept in this application (every declared counter, 0 when unused). */
  stats: Record<string, number>;
  /** Functions it changed, by index. */
  changedFunctions: number[];
  /** Applications skipped by the bisect limit. */
  skipped: number;
}

export interface PipelineOptions {
  verify?: boolean;
  onPass?: (name: string, module: IRModule, changed: boolean, info: PassInfo) => void;
  onBeforePass?: (name: string, module: IRModule, index: number) => void;
  bisectLimit?: number;
  functions?: (fn: IRFunction) => boolean;
}

export interface PipelineResult {
  pipeline: string[];
  passes: ({ name: string } & PassInfo)[];
  applications: number;
  skipped: number;
  /** Analyses computed (cache misses), a measure of how much invalidation cost. */
  analysesComputed: number;
}

export function runPipeline(module: IRModule, pipeline: string | readonly string[], options: PipelineOptions = {}): PipelineResult {
  const names = parsePipeline(pipeline);
  const cache = new AnalysisCache();
  const result: PipelineResult = { pipeline: names, passes: [], applications: 0, skipped: 0, analysesComputed: 0 };
  const limit = options.bisectLimit ?? Infinity;
  names.forEach((name, index) => {
    const pass = registry.get(name)!;
    options.onBeforePass?.(name, module, index);
    const info: PassInfo = { index, changed: false, ms: 0, stats: Object.fromEntries(pass.stats.map((s) => [s, 0])), changedFunctions: [], skipped: 0 };
    for (const fn of module.functions) {
      if (options.functions !== undefined && !options.functions(fn)) continue;
      if (result.applications >= limit) { info.skipped++; result.skipped++; continue; }
      result.applications++;
      const ctx: PassContext = {
        module,
        get: (analysis) => cache.get(fn, analysis),
        invalidate: (analyses) => cache.invalidate(fn, analyses ?? 'all'),
        count: (counter, by = 1) => { info.stats[counter] = (info.stats[counter] ?? 0) + by; },
      };
      const start = performance.now();
      for (const analysis of pass.requires) ctx.get(analysis);
      const changed = pass.run(fn, ctx);
      info.ms += performance.now() - start;
      if (changed) {
        info.changed = true;
        info.changedFunctions.push(fn.index);
        cache.invalidate(fn, pass.invalidates);
      }
      if (options.verify) {
        // Only this function changed (passes touch only `fn`): verifying it alone keeps
        // verification linear in the module's size rather than quadratic.
        const problems = verifyFunction(fn, module);
        if (problems.length > 0) throw new PassVerifyError(name, result.applications, problems);
      }
    }
    result.passes.push({ name, ...info });
    options.onPass?.(name, module, info.changed, info);
  });
  result.analysesComputed = cache.computed;
  return result;
}

/** What --stats prints: one line per nonzero counter, LLVM-style. */
export function formatStats(result: PipelineResult): string {
  const lines: string[] = [];
  for (const pass of result.passes) {
    for (const [counter, value] of Object.entries(pass.stats)) {
      if (value !== 0) lines.push(`${String(value).padStart(8)} ${pass.name.padEnd(14)} - ${counter}`);
    }
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/** What --time-passes prints: per pass application over the module, and the total. */
export function formatTimings(result: PipelineResult): string {
  const total = result.passes.reduce((sum, pass) => sum + pass.ms, 0);
  const lines = result.passes.map((pass) =>
    `${pass.ms.toFixed(3).padStart(10)} ms ${total > 0 ? ((100 * pass.ms) / total).toFixed(1).padStart(5) : '  0.0'}%  ${pass.name}`);
  lines.push(`${total.toFixed(3).padStart(10)} ms 100.0%  total`);
  return lines.join('\n') + '\n';
}
