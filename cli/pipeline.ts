// The pass pipeline as the IR-level subcommands use it: `--passes P`, `-O1`/`-O2`, and a
// snapshot of the module after every pass, from which every dump stage is derived
// (before:PASS is the snapshot after the previous pass, or the input).
//
// The pass manager (passes/index.ts) is imported lazily by a variable specifier, as
// cli/frontend.ts does for the parser: -O0 commands never load the passes, and this file
// type-checks whether or not the pass registry has landed in the tree yet.

import type { Argv } from 'yargs';
import type { IRModule } from '../ir/types.js';
import { ProgramError } from './program.js';

/** The part of passes/index.ts used here (see that file for the full contract). */
export interface PassManager {
  runPipeline(module: IRModule, pipeline: string | readonly string[], options?: {
    verify?: boolean;
    bisectLimit?: number;
    onPass?: (name: string, module: IRModule, changed: boolean, info: { index: number; skipped: number }) => void;
  }): PipelineResult;
  formatStats(result: PipelineResult): string;
  formatTimings(result: PipelineResult): string;
  parsePipeline(pipeline: string | readonly string[]): string[];
  PipelineError: new (...args: any[]) => Error;
  PassVerifyError: new (...args: any[]) => Error;
}

/** Opaque here except for these fields; formatStats/formatTimings read the rest. */
export interface PipelineResult {
  pipeline: string[];
  applications: number;
  skipped: number;
}


let managerPromise: Promise<PassManager> | undefined;

export async function loadPassManager(): Promise<PassManager> {
  managerPromise ??= import('../passes/index.js') as unknown as Promise<PassManager>;
  try {
    return await managerPromise;
  } catch (error) {
    throw new ProgramError(`pyx: the pass manager could not be loaded (${(error as Error).message})\n`, 70);
  }
}

/** The module at one point of the pipeline. Invariants: stage 0 is the input (`pass` null);
 *  stage i > 0 is the module after the i-th pass of the expanded pipeline; `module` is a
 *  deep copy no later pass touches. `changed` is what the pass reported (false for stage 0). */
export interface Stage {
  index: number;
  pass: string | null;
  changed: boolean;
  /** The bisect limit skipped at least one application of this pass. */
  skipped: boolean;
  module: IRModule;
}

export interface PipelineArgs {
  passes?: string;
  O?: string | number;
  verify?: boolean;
  stats?: boolean;
  timePasses?: boolean;
}

/** Adds --passes, -O and --verify to a command. */
export function pipelineOptions<T>(yargs: Argv<T>): Argv<T & PipelineArgs> {
  return yargs
    .option('passes', { alias: 'p', type: 'string', describe: 'pipeline, e.g. ssa,sccp,dce (presets -O0 -O1 -O2 allowed)' })
    .option('O', { type: 'string', describe: 'optimization level: -O0, -O1, -O2 (before --passes)' })
    .option('verify', { type: 'boolean', default: true, describe: 'verify the IR after every pass' })
    .option('stats', { type: 'boolean', default: false, describe: "print each pass's change counters to stderr" })
    .option('time-passes', { type: 'boolean', default: false, describe: "print each pass's time to stderr" }) as unknown as Argv<T & PipelineArgs>;
}

/** The pipeline string of the arguments ('' for none). */
export function pipelineOf(args: PipelineArgs): string {
  const parts: string[] = [];
  if (args.O !== undefined) {
    const level = String(args.O);
    if (!/^[012]$/.test(level)) throw new ProgramError(`pyx: -O${level}: the levels are -O0, -O1 and -O2\n`, 2);
    parts.push(`-O${level}`);
  }
  if (args.passes !== undefined && args.passes !== '') parts.push(args.passes);
  return parts.join(',');
}

/** Runs `pipeline` on a copy of `module`, returning every stage (stage 0 the input). */
export async function runStages(module: IRModule, pipeline: string,
  options: { verify?: boolean; bisectLimit?: number; stats?: boolean; timePasses?: boolean } = {}): Promise<Stage[]> {
  const stages: Stage[] = [{ index: 0, pass: null, changed: false, skipped: false, module: structuredClone(module) }];
  if (pipeline === '' || pipeline === '-O0') return stages;
  const manager = await loadPassManager();
  const working = structuredClone(module);
  try {
    const result = manager.runPipeline(working, pipeline, {
      verify: options.verify ?? true,
      bisectLimit: options.bisectLimit,
      onPass: (name, current, changed, info) => {
        stages.push({ index: stages.length, pass: name, changed, skipped: info.skipped > 0, module: structuredClone(current) });
      },
    });
    if (options.stats) process.stderr.write(manager.formatStats(result));
    if (options.timePasses) process.stderr.write(manager.formatTimings(result));
  } catch (error) {
    if (error instanceof manager.PipelineError) throw new ProgramError(`pyx: ${error.message}\n`, 2);
    if (error instanceof manager.PassVerifyError) throw new ProgramError(`pyx: ${error.message}\n`, 70);
    throw error;
  }
  return stages;
}

/** The file-name-safe label of a stage: `input`, `after-gvn`. */
export function stageSlug(stage: Stage): string {
  return stage.pass === null ? 'input' : `after-${stage.pass}`;
}
