// Runs an (optimized) IR module on the interpreter and captures what the program prints,
// as backends/interp/program.ts does for a source file: the pass tests compare a program's
// output at -O0 with its output after a pipeline.

import { createInterp, prepareHeap, runModule } from '../backends/interp/index.js';
import { formatTraceback } from '../backends/interp/traceback.js';
import type { IRModule } from '../ir/types.js';
import { PyRaise, traceOf } from '../runtime/builtins/exceptions.js';
import { PyError } from '../runtime/errors.js';
import { createRuntime } from '../runtime/index.js';

/** What a run printed, and its exit status. `opCounts`: instructions executed per op. */
export interface RunOutput { stdout: string; stderr: string; status: number; ops: number }

export function runIR(module: IRModule, source: string, argv: string[]): RunOutput {
  const output = { stdout: '', stderr: '', status: 0, ops: 0 };
  const write = (fd: 1 | 2, text: string) => { if (fd === 1) output.stdout += text; else output.stderr += text; };
  const heap = createRuntime();
  prepareHeap(heap);
  const it = createInterp(module, { source, argv, heap, write, readLine: () => null, countOps: true });
  try {
    runModule(it);
  } catch (error) {
    if (error instanceof PyRaise && error.pyType === 'SystemExit') {
      if (error.exitText !== null) write(2, `${error.exitText}\n`);
      output.status = error.exitCode ?? 0;
    } else if (error instanceof PyRaise || error instanceof PyError) {
      write(2, formatTraceback(traceOf(error), source, error.pyType, error.message));
      output.status = 1;
    } else throw error;
  }
  for (const count of it.opCounts?.values() ?? []) output.ops += count;
  return output;
}
