// Every program of the corpus through each optimization pipeline: -O1, -O2, and each pass
// alone after ssa. Optimizing must keep behaviour: stdout and exit status must be CPython
// 3.13's (for the programs pyx does not run right yet, KNOWN_FAILING, they must be pyx's own
// unoptimized behaviour). The IR is verified after every pass. One worker per pipeline.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIR, KNOWN_FAILING, names, runAll, type ProgramOutcome } from './corpus.js';
import { PASSES } from '../../passes/registry.js';

const PIPELINES = ['-O1', '-O2', ...PASSES.map((pass) => pass.name).filter((name) => name !== 'ssa').map((name) => `ssa,${name}`)];
const unoptimized = runAll(names.filter((name) => name in KNOWN_FAILING));

for (const pipeline of PIPELINES) {
  // Serial: one worker at a time keeps memory and the 2-core machine's load bounded.
  test.serial(`${pipeline}: every program behaves as unoptimized`, async (t) => {
    const outcomes = runAll(names, { pipeline });
    const wrong: string[] = [];
    for (const name of names) {
      const got: ProgramOutcome = await outcomes.get(name)!;
      const expected = name in KNOWN_FAILING
        ? await unoptimized.get(name)!
        : { out: readFileSync(join(DIR, `${name}.stdout`), 'utf8'), status: Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim()) };
      if (got.out !== expected.out || got.status !== expected.status) {
        wrong.push(`${name} (status ${got.status}, expected ${expected.status}; ${got.err.trimEnd().split('\n').pop()})`);
      }
    }
    t.deepEqual(wrong, [], `${pipeline} changed the behaviour of ${wrong.length} program(s)`);
  });
}
