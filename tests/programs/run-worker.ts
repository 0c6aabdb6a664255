// The worker side of programs.test.ts: runs the named programs one after another on this
// thread (which has the large stack `pyx run` itself uses) and posts each outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// compile.ts first: backends/interp has an import cycle (compile → exceptions → call →
// compile) that only evaluates cleanly when compile.ts is entered first.
import '../../backends/interp/compile.js';
import { runProgram } from '../../backends/interp/program.js';

export interface ProgramOutcome {
  name: string;
  out: string;
  err: string;
  status: number;
}

/** `# ARGS: a b` among the leading comment lines (the same rule as the generator's). */
export function argsOf(source: string): string[] {
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    if (line.startsWith('# ARGS:')) return line.slice('# ARGS:'.length).trim().split(/\s+/).filter((s) => s !== '');
  }
  return [];
}

if (parentPort && workerData?.programs) {
  const { dir, names, gcStress, pipeline } = workerData as { dir: string; names: string[]; gcStress: boolean; pipeline?: string };
  for (const name of names) {
    const file = `${name}.py`;
    const source = readFileSync(join(dir, file), 'utf8');
    let out = '';
    let err = '';
    const status = runProgram(source, file, [file, ...argsOf(source)], {
      write: (fd, text) => { if (fd === 1) out += text; else err += text; },
      flush: () => undefined,
      readLine: () => null,
      gcStress,
      pipeline,
    });
    parentPort.postMessage({ name, out, err, status } satisfies ProgramOutcome);
  }
}
