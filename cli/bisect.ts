// `pyx bisect --passes P FILE`: the first pass application that changes the program's
// behaviour, found by binary search on the pass manager's bisect limit (as LLVM's
// -opt-bisect-limit): with limit N only applications 1..N run. Applications are numbered
// pass-major, then by function index (passes/index.ts), so N names one pass on one function.
// Assumes the program behaves deterministically and that behaviour changes monotonically
// along the pipeline (the first application that changes it keeps it changed); otherwise
// the answer is *an* application that changes it, which every probe confirms. Each probe
// runs in a fresh thread with a time limit, so a pass that makes the program loop is found too.

import type { Argv } from 'yargs';
import { unifiedDiff } from '../viz/diff.js';
import { printFunction } from '../ir/print.js';
import type { PyxCommand } from './command.js';
import { describeDifference } from './check.js';
import { runIsolated, sameBehaviour } from './execute.js';
import { loadPassManager, pipelineOf, pipelineOptions, runStages, type PipelineArgs } from './pipeline.js';
import { loadProgram, reportingErrors, ProgramError } from './program.js';

interface BisectArgs extends PipelineArgs {
  file: string;
  timeout: number;
}

export const bisectCommand: PyxCommand<BisectArgs> = {
  command: 'bisect <file>',
  describe: "Find the first pass application that changes a program's behaviour",
  builder: (yargs: Argv) =>
    pipelineOptions(yargs.positional('file', { type: 'string', demandOption: true, describe: 'a Python program' })
      .option('timeout', { type: 'number', default: 60, describe: 'seconds one run may take (a run past it counts as changed behaviour)' }))
      .example('$0 bisect --passes ssa,sccp,gvn,dce prog.py', '') as unknown as Argv<BisectArgs>,
  run: (args) => reportingErrors(async () => {
    const pipeline = pipelineOf(args);
    if (pipeline === '') throw new ProgramError('pyx bisect: give the pipeline with --passes or -O1/-O2\n', 2);
    const program = await loadProgram(args.file);
    if (program.source === null) throw new ProgramError('pyx bisect: needs Python source (its output at -O0 is the reference)\n', 2);
    const source = program.source;
    const names = (await loadPassManager()).parsePipeline(pipeline);
    const functionCount = program.module.functions.length;
    const total = names.length * functionCount;
    const behaviourAt = async (limit: number) => {
      const stages = await runStages(program.module, pipeline, { verify: args.verify, bisectLimit: limit });
      return { module: stages[stages.length - 1].module, outcome: await runIsolated(stages[stages.length - 1].module, source, [args.file], args.timeout * 1000) };
    };
    const reference = await behaviourAt(0);
    if (reference.outcome.status === 70 || reference.outcome.status === 124) {
      throw new ProgramError(`pyx bisect: ${args.file} does not run to the end at -O0, so there is no reference:\n${reference.outcome.stderr}`, 1);
    }
    const full = await behaviourAt(total);
    let probes = 2;
    if (sameBehaviour(reference.outcome, full.outcome)) {
      process.stdout.write(`no difference: ${args.file} behaves the same at -O0 and with ${pipeline} (${total} pass applications)\n`);
      return 0;
    }
    // Invariant: behaviour at `low` equals the reference; at `high` it differs.
    let low = 0;
    let high = total;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      probes++;
      if (sameBehaviour(reference.outcome, (await behaviourAt(middle)).outcome)) low = middle;
      else high = middle;
    }
    const before = await behaviourAt(high - 1);
    const after = await behaviourAt(high);
    const pass = names[Math.floor((high - 1) / functionCount)];
    const fn = after.module.functions[(high - 1) % functionCount];
    const previous = before.module.functions[fn.index];
    process.stdout.write(
      `first behaviour change: application ${high} of ${total}: pass '${pass}' on function ${fn.index} ${fn.qualname}` +
      ` (${probes} probes; rerun with the pass manager's bisect limit ${high} to reproduce)\n` +
      describeDifference(reference.outcome, after.outcome, `limit ${high}`) +
      `the IR of ${fn.qualname} before and after that application:\n` +
      unifiedDiff(printFunction(previous) + '\n', printFunction(fn) + '\n', `before ${pass}`, `after ${pass}`),
    );
    return 1;
  }),
};
