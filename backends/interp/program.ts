// Source → exit status: parse, lower, run, and report errors as CPython does. What `pyx run`
// and the tests call.

import { PySyntaxError } from '../../grammar/errors.js';
import { UnsupportedFeatureError, lowerSource } from '../../lower/index.js';
import { PyError } from '../../runtime/errors.js';
import { PyRaise } from '../../runtime/builtins/exceptions.js';
import { syntaxErrorText } from '../../cli/report.js';
import { createInterp, prepareHeap, runModule } from './index.js';
import { uncaughtText } from './chain.js';
import { createRuntime } from '../../runtime/index.js';
import { runPipeline } from '../../passes/index.js';
import { unawaitedAtExit } from './coroutines.js';
import { runExitHandlers } from './atexit.js';
import { closeMainGenerators } from './iter-release.js';
import { cachedLowering } from './ir-cache.js';

export interface ProgramHost {
  write(fd: 1 | 2, text: string): void;
  flush(): void;
  readLine(): string | null;
  gcStress?: boolean;
  countOps?: boolean;
  /** Optimization pipeline to run on the IR first (`-O2`, `ssa,sccp,dce`); verified after each pass. */
  pipeline?: string;
  /** Read the program's lowered IR from the IR cache (ir-cache.ts) and store it there, as
   *  imported modules always are: `pyx run` skips loading the parser for a program it ran before. */
  cacheIr?: boolean;
}

/** Runs a whole program; returns the process exit status. */
export function runProgram(source: string, filename: string, argv: string[], host: ProgramHost): number {
  let module;
  try {
    module = host.cacheIr === true ? cachedLowering(source, filename, () => lowerSource(source, filename)) : lowerSource(source, filename);
    if (host.pipeline) runPipeline(module, host.pipeline, { verify: true });
  } catch (error) {
    if (error instanceof PySyntaxError) { host.write(2, syntaxErrorText(error)); return 1; }
    if (error instanceof UnsupportedFeatureError) { host.write(2, `${error.message}\n`); return 1; }
    throw error;
  }
  const heap = createRuntime();
  prepareHeap(heap);
  const it = createInterp(module, { source, argv, heap, write: host.write, readLine: host.readLine, gcStress: host.gcStress, countOps: host.countOps, pipeline: host.pipeline });
  let status = 0;
  try {
    runModule(it);
  } catch (error) {
    if (error instanceof PyRaise && error.pyType === 'SystemExit') {
      if (error.exitText !== null) { host.flush(); host.write(2, `${error.exitText}\n`); }
      status = error.exitCode ?? 0;
    } else if (error instanceof PyRaise || error instanceof PyError) {
      host.flush();
      // Each frame's line comes from its own file (imported modules included).
      host.write(2, uncaughtText(it.heap, error, (file) => it.units.findLast((u) => u.filename === file)?.source));
      status = 1;
    } else if (error instanceof UnsupportedFeatureError) {
      // An imported module uses something pyx cannot compile yet: reported as for the
      // script, naming the module's file.
      host.flush();
      host.write(2, error.filename === filename ? `${error.message}\n` : `pyx: ${error.filename}, line ${error.line}: ${error.feature} not supported yet\n`);
      status = 1;
    } else throw error;
  }
  // Interpreter shutdown: atexit's handlers (atexit.ts), the generators __main__'s globals
  // held (iter-release.ts), then the coroutines still never awaited (coroutines.ts).
  runExitHandlers(it);
  closeMainGenerators(it);
  const unawaited = unawaitedAtExit();
  if (unawaited !== '') host.write(2, unawaited);
  if (it.opCounts !== null) {
    const rows = [...it.opCounts].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${String(n).padStart(12)} ${op}`);
    host.write(2, `${rows.join('\n')}\n`);
  }
  return status;
}
