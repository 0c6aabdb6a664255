// Runs an IR module (lowered, or after any pipeline) on the interpreter backend and
// captures what the program printed, as `pyx check` and `pyx bisect` compare it. The
// module is run as given: no lowering here, so a pipeline's output is what executes.

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
      write(2, formatTraceback(traceOf(error), source, error.pyType, error.message));
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

/** Whether two runs are observably the same program behaviour. */
export function sameBehaviour(a: RunOutcome, b: RunOutcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
}
