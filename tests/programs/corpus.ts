// The program corpus shared by programs.test.ts (every program against CPython 3.13's output)
// and pipelines.test.ts (the same programs through each optimization pipeline).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { STACK_MB } from '../../cli/thread.js';
import type { ProgramOutcome } from './run-worker.js';

export type { ProgramOutcome };

export const DIR = dirname(fileURLToPath(import.meta.url));

export const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

export /**
 * Programs pyx does not run right yet, each with what is missing. They run as `test.failing`:
 * the assertions stay exactly as for the others, and a program that starts passing fails the
 * suite until it is taken off this list.
 */
const KNOWN_FAILING: Record<string, string> = {
};


export interface RunOptions {
  gcStress?: boolean;
  /** Optimization pipeline applied to the IR before running (verified after each pass). */
  pipeline?: string;
}

/** Runs the programs on one worker; each outcome resolves as soon as it is posted. */
export function runAll(selected: string[], options: RunOptions = {}): Map<string, Promise<ProgramOutcome>> {
  const pending = new Map<string, { promise: Promise<ProgramOutcome>; resolve: (o: ProgramOutcome) => void }>();
  for (const name of selected) {
    let resolve!: (o: ProgramOutcome) => void;
    const promise = new Promise<ProgramOutcome>((r) => (resolve = r));
    pending.set(name, { promise, resolve });
  }
  const workerData = { programs: true, dir: DIR, names: selected, gcStress: options.gcStress ?? false, pipeline: options.pipeline };
  // tsx's --import hook does not reach worker threads: register it there.
  const script = `(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); ` +
    `await import(${JSON.stringify(new URL('./run-worker.ts', import.meta.url).href)}); })();`;
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(script, { eval: true, workerData, resourceLimits: { stackSizeMb: STACK_MB } })
    : new Worker(new URL('./run-worker.js', import.meta.url), { workerData, resourceLimits: { stackSizeMb: STACK_MB } });
  worker.on('message', (outcome: ProgramOutcome) => pending.get(outcome.name)?.resolve(outcome));
  const fail = (why: string) => {
    for (const { resolve } of pending.values()) resolve({ name: '', out: '', err: why, status: -1 });
  };
  worker.on('error', (error) => fail(`worker error: ${error.message}`));
  worker.on('exit', (code) => fail(`worker exited (${code})`));
  return new Map([...pending].map(([name, { promise }]) => [name, promise]));
}

