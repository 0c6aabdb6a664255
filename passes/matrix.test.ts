// Every lowered golden program and every tests/programs program, through each pass alone
// after ssa, through -O1 and -O2 (then out of SSA): the verifier must accept the IR after
// every pass application, and a second run of a pipeline must reach a point where passes
// report no change only if they truly changed nothing (the printed IR is unchanged).
// Running the optimized programs against CPython's output belongs with the interpreter
// (backends/interp), which does not exist yet in this tree.

import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { readJson, writeJson } from '../ir/json.js';
import { printModule } from '../ir/print.js';
import { lowerSource, UnsupportedFeatureError } from '../lower/index.js';
import type { IRModule } from '../ir/types.js';
import { listPasses, runPipeline } from './index.js';

const roots = [new URL('../tests/golden/lower/', import.meta.url), new URL('../tests/programs/', import.meta.url)];
// Lowered once, as JSON, and read back for each pipeline (parsing dominated the run time).
const programs: { name: string; json: string }[] = [];
for (const root of roots) {
  for (const file of readdirSync(root).filter((name) => name.endsWith('.py')).sort()) {
    const module = lower(file, readFileSync(new URL(file, root), 'utf8'));
    if (module !== null) programs.push({ name: file, json: writeJson(module) });
  }
}

function lower(name: string, source: string): IRModule | null {
  try {
    return lowerSource(source, name);
  } catch (error) {
    if (error instanceof UnsupportedFeatureError) return null;
    throw error;
  }
}

const pipelines = [
  ...listPasses().filter((pass) => pass.name !== 'ssa').map((pass) => (pass.name === 'inline' ? 'inline,ssa' : `ssa,${pass.name}`)),
  '-O1', '-O2', '-O2,out-of-ssa', 'ssa,out-of-ssa,ssa,-O1',
];

for (const pipeline of pipelines) {
  test(`every program verifies after ${pipeline}`, (t) => {
    let compiled = 0;
    for (const { name, json } of programs) {
      const module = readJson(json);
      compiled++;
      const result = runPipeline(module, pipeline, { verify: true });
      t.is(result.applications, result.pipeline.length * module.functions.length);
      // A pass that says it changed nothing must leave the text identical: rerun the last
      // pass and compare.
      const before = printModule(module);
      const last = result.pipeline[result.pipeline.length - 1];
      const again = runPipeline(module, last, { verify: true });
      if (!again.passes[0].changed) t.is(printModule(module), before, `${name}: '${last}' reported no change but changed the IR`);
    }
    t.true(compiled > 50, `only ${compiled} programs compiled`);
  });
}
