// Behaviour under optimization: a sample of tests/programs (loops, closures, exceptions,
// unbound locals) runs on the interpreter at -O0 and after -O1, -O2 and -O2 then
// out-of-ssa (one program also after each pass alone); stdout, stderr and exit status must
// be identical to -O0. Each run is isolated in its own worker (cli/execute.ts).
// The whole corpus is checked by `pyx check --passes -O2 tests/programs/*.py` (minutes, so
// not in the unit suite); this sample keeps the suite fast.

import test from 'ava';
import { readFileSync } from 'node:fs';
import { runIsolated, sameBehaviour } from '../cli/execute.js';
import { readJson, writeJson } from '../ir/json.js';
import { lowerSource } from '../lower/index.js';
import { listPasses, runPipeline } from './index.js';

// Every run starts a worker (~1 s here), so the sample is small: one program goes through
// every pass alone, the others through the presets.
const EVERY_PASS = ['collatz'];
const SAMPLE = ['closures_nonlocal', 'exceptions_in_functions', 'newton_sqrt', 'unbound_local', 'union_find'];
const presets = ['-O1', '-O2', '-O2,out-of-ssa'];
const everyPass = [
  ...listPasses().filter((pass) => pass.name !== 'ssa').map((pass) => (pass.name === 'inline' ? 'inline,ssa' : `ssa,${pass.name}`)),
  'ssa', ...presets,
];

for (const name of [...EVERY_PASS, ...SAMPLE]) {
  const pipelines = EVERY_PASS.includes(name) ? everyPass : presets;
  test(`${name}.py behaves as at -O0 under ${EVERY_PASS.includes(name) ? 'every pass and preset' : 'the presets'}`, async (t) => {
    const url = new URL(`../tests/programs/${name}.py`, import.meta.url);
    const source = readFileSync(url, 'utf8');
    const json = writeJson(lowerSource(source, `${name}.py`));
    const argv = [`${name}.py`];
    const reference = await runIsolated(readJson(json), source, argv, 60_000);
    t.not(reference.status, 70, reference.stderr);
    for (const pipeline of pipelines) {
      const module = readJson(json);
      runPipeline(module, pipeline, { verify: true });
      const outcome = await runIsolated(module, source, argv, 60_000);
      t.true(sameBehaviour(reference, outcome), `${pipeline}: ${JSON.stringify(outcome).slice(0, 400)}`);
      if (pipeline === '-O2') t.true(outcome.ops <= reference.ops, `-O2 executed more ops (${outcome.ops} > ${reference.ops})`);
    }
  });
}
