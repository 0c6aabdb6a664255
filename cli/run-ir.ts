// `pyx run --ir FILE`: runs IR read from a dump — the JSON form (`pyx dump --format json`)
// or the text form — so a pass written in any language can sit in the middle of a
// pipeline: `pyx dump p.py --format json > a.json; my-pass < a.json > b.json; pyx run --ir b.json`.
// The IR is verified first: invalid IR from an external pass is a clear error, not a crash.
// Tracebacks quote source lines from the module's filename when that file exists, as
// CPython's linecache does.

import { readFileSync } from 'node:fs';
import { verifyModule } from '../ir/verify.js';
import { runIR } from './execute.js';
import { loadProgram, reportingErrors, ProgramError } from './program.js';

export function runIrFile(file: string, rest: string[]): Promise<number> {
  return reportingErrors(async () => {
    if (!file.endsWith('.json') && !file.endsWith('.ir')) throw new ProgramError(`pyx run --ir: '${file}' must be IR JSON (.json) or IR text (.ir)\n`, 2);
    const { module } = await loadProgram(file);
    const problems = verifyModule(module);
    if (problems.length > 0) throw new ProgramError(`pyx run --ir: ${file} is not valid IR:\n  ${problems.join('\n  ')}\n`, 1);
    let source = '';
    try {
      source = readFileSync(module.filename, 'utf8');
    } catch {
      // No source beside the IR: tracebacks then show file and line only.
    }
    const outcome = await runIR(module, source, [module.filename, ...rest]);
    // Pipes and files are written synchronously by Node on Linux, so nothing is lost at exit.
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    return outcome.status;
  });
}
