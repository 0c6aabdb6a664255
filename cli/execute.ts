// Runs an IR module (lowered, or after any pipeline) on the interpreter backend and
// captures what the program printed, as `pyx check` and `pyx bisect` compare it. The
// module is run as given: no lowering here, so a pipeline's output is what executes.

import { Worker } from 'node:worker_threads';
import { moduleToJson } from '../ir/json.js';
import type { IRModule } from '../ir/types.js';

/** What one run produced. `status` is the exit status CPython would give (0, 1 for an
 *  uncaught exception, SystemExit's code); 70 when the interpreter itself failed (a pyx
 *  bug, e.g. on IR a broken pass produced), with the JS error's message on stderr. */
export interface RunOutcome {
  stdout: string;
  stderr: string;
  status: number;
  /** IR instructions executed (all ops summed). */
  ops: number;
}

/** Runs `module` as __main__ with no stdin; `source` is the program text for tracebacks. */
export async function runIR(module: IRModule, source: string, argv: string[]): Promise<RunOutcome> {
  const [{ createInterp, prepareHeap, runModule }, { formatTraceback }, { PyRaise, traceOf }, { PyError }, { createRuntime }] = await Promise.all([
    import('../backends/interp/index.js'), import('../backends/interp/traceback.js'),
    import('../runtime/builtins/exceptions.js'), import('../runtime/errors.js'), import('../runtime/index.js'),
  ]);
  const out: string[] = [];
  const err: string[] = [];
  const write = (fd: 1 | 2, text: string) => { (fd === 1 ? out : err).push(text); };
  let status = 0;
  let it: ReturnType<typeof createInterp> | undefined;
  try {
    const heap = createRuntime();
    prepareHeap(heap);
    it = createInterp(module, { source, argv, heap, write, readLine: () => null, countOps: true });
    runModule(it);
  } catch (error) {
    if (error instanceof PyRaise && error.pyType === 'SystemExit') {
      if (error.exitText !== null) write(2, `${error.exitText}\n`);
      status = error.exitCode ?? 0;
    } else if (error instanceof PyRaise || error instanceof PyError) {
      // Frames of imported modules show their own files' lines (backends/interp/modules.ts).
      const units = it?.units ?? [];
      write(2, formatTraceback(traceOf(error), (file) => units.findLast((u) => u.filename === file)?.source ?? (file === module.filename ? source : undefined), error.pyType, error.message));
      status = 1;
    } else {
      write(2, `pyx: internal error in the interpreter: ${(error as Error)?.message ?? String(error)}\n`);
      status = 70;
    }
  }
  let ops = 0;
  for (const count of it?.opCounts?.values() ?? []) ops += count;
  return { stdout: out.join(''), stderr: err.join(''), status, ops };
}

/** Whether two runs are observably the same program behaviour. A run the interpreter
 *  itself could not finish (status 70, or 124 for the time limit) is never "the same": it
 *  proves nothing about the pipeline. */
export function sameBehaviour(a: RunOutcome, b: RunOutcome): boolean {
  if (a.status === 70 || a.status === 124 || b.status === 70 || b.status === 124) return false;
  return a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
}

/**
 * runIR in a worker thread of its own, stopped after `timeoutMs`: a program that a broken
 * pass sent into an endless loop ends as status 124 with a message instead of hanging,
 * and no interpreter state can carry over from one program to the next (which happened
 * when `pyx check` ran all of tests/programs in one runtime: see the report of this tool).
 */
export function runIsolated(module: IRModule, source: string, argv: string[], timeoutMs: number): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const workerData = { json: moduleToJson(module), source, argv };
    // From dist/ the worker is the compiled .js. From the sources the worker must load
    // .ts files, and tsx's --import hook does not reach worker threads: register it there.
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(`(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); ` +
        `await import(${JSON.stringify(new URL('./execute-worker.ts', import.meta.url).href)}); })();`, { eval: true, workerData })
      : new Worker(new URL('./execute-worker.js', import.meta.url), { workerData });
    let settled = false;
    const finish = (outcome: RunOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ stdout: '', stderr: `pyx: stopped after ${timeoutMs / 1000} s (time limit)\n`, status: 124, ops: 0 }), timeoutMs);
    worker.once('message', (outcome: RunOutcome) => finish(outcome));
    worker.once('error', (error) => finish({ stdout: '', stderr: `pyx: internal error in the interpreter: ${error.message}\n`, status: 70, ops: 0 }));
    worker.once('exit', (code) => finish({ stdout: '', stderr: `pyx: the interpreter's thread exited (${code})\n`, status: 70, ops: 0 }));
  });
}
