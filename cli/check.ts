// `pyx check --passes P FILES…`: runs every program at -O0 and after pipeline P on the
// interpreter and reports any difference in stdout, stderr or exit status — the test a
// pass author runs over a corpus (tests/programs) to show a pass keeps behaviour.
// Exit status 0 when every program behaves the same, 1 when any differs or fails. Every
// run has a thread and a fresh runtime of its own, and a time limit (--timeout).

import type { Argv } from 'yargs';
import { unifiedDiff } from '../viz/diff.js';
import type { PyxCommand } from './command.js';
import { runIR, runIsolated, sameBehaviour, type RunOutcome } from './execute.js';
import { pipelineOf, pipelineOptions, runStages, type PipelineArgs } from './pipeline.js';
import { ProgramError, loadProgram } from './program.js';

interface CheckArgs extends PipelineArgs {
  files: string[];
  quiet: boolean;
  timeout: number;
  isolate: boolean;
}

export const checkCommand: PyxCommand<CheckArgs> = {
  command: 'check <files..>',
  describe: 'Run programs at -O0 and with a pipeline; report any difference in behaviour',
  builder: (yargs: Argv) =>
    pipelineOptions(yargs
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'Python programs' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only the programs that differ' })
      .option('timeout', { type: 'number', default: 60, describe: 'seconds one run of a program may take' })
      .option('isolate', { type: 'boolean', default: true, describe: 'each run in a fresh thread (--no-isolate: in this process, faster, no time limit)' }))
      .example('$0 check --passes ssa,sccp,dce tests/programs/*.py', '') as unknown as Argv<CheckArgs>,
  async run(args) {
    const pipeline = pipelineOf(args);
    if (pipeline === '') {
      process.stderr.write('pyx check: give the pipeline to check with --passes or -O1/-O2\n');
      return 2;
    }
    let failures = 0;
    let skipped = 0;
    let opsBefore = 0;
    let opsAfter = 0;
    for (const file of args.files.map(String)) {
      const verdict = await checkOne(file, pipeline, args.verify ?? true, args.isolate ? args.timeout * 1000 : null);
      if (verdict.ok === 'skipped') {
        skipped++;
        process.stdout.write(`skipped ${file} (does not compile at -O0)\n${verdict.detail}`);
      } else if (verdict.ok) {
        opsBefore += verdict.ops[0];
        opsAfter += verdict.ops[1];
        if (!args.quiet) process.stdout.write(`ok      ${file}  (ops ${verdict.ops[0]} -> ${verdict.ops[1]})\n`);
      } else {
        failures++;
        process.stdout.write(`DIFFERS ${file}\n${verdict.detail}`);
      }
    }
    const total = args.files.length - skipped;
    process.stdout.write(`${total - failures}/${total} programs behave the same with ${pipeline}` +
      (skipped > 0 ? ` (${skipped} skipped: they do not compile)` : '') +
      (opsBefore > 0 ? `; instructions executed by those: ${opsBefore} -> ${opsAfter} (${(opsAfter / opsBefore).toFixed(3)}x)` : '') + '\n');
    return failures === 0 ? 0 : 1;
  },
};

/** `skipped`: the program does not compile at -O0 (a SyntaxError, a feature pyx lacks), so
 *  there is no reference behaviour to compare the pipeline with. */
type Verdict = { ok: true; ops: [number, number] } | { ok: false; detail: string } | { ok: 'skipped'; detail: string };

async function checkOne(file: string, pipeline: string, verify: boolean, timeoutMs: number | null): Promise<Verdict> {
  let source: string;
  let stages;
  try {
    const program = await loadProgram(file);
    if (program.source === null) return { ok: false, detail: '  check needs Python source (its output at -O0 is the reference)\n' };
    source = program.source;
    stages = await runStages(program.module, pipeline, { verify });
  } catch (error) {
    if (error instanceof ProgramError) return { ok: error.exitCode === 1 ? 'skipped' : false, detail: indent(error.message) };
    throw error;
  }
  const argv = [file];
  // Isolated: each run in a fresh thread (no state shared between runs, a time limit).
  const run = (module: typeof stages[0]['module']) => (timeoutMs === null ? runIR(module, source, argv) : runIsolated(module, source, argv, timeoutMs));
  const [before, after] = await Promise.all([run(stages[0].module), run(stages[stages.length - 1].module)]);
  if (sameBehaviour(before, after)) return { ok: true, ops: [before.ops, after.ops] };
  return { ok: false, detail: describeDifference(before, after, pipeline) };
}

/** The differences between two runs, as unified diffs of each stream that differs. */
export function describeDifference(before: RunOutcome, after: RunOutcome, pipeline: string): string {
  const parts: string[] = [];
  for (const [run, label] of [[before, '-O0'], [after, pipeline]] as const) {
    if (run.status === 70 || run.status === 124) parts.push(`the run ${label === '-O0' ? 'at -O0' : `with ${label}`} did not finish: ${run.stderr}`);
  }
  if (parts.length > 0) return indent(parts.join(''));
  if (before.status !== after.status) parts.push(`exit status ${before.status} at -O0, ${after.status} with ${pipeline}\n`);
  if (before.stdout !== after.stdout) parts.push(unifiedDiff(before.stdout, after.stdout, 'stdout -O0', `stdout ${pipeline}`));
  if (before.stderr !== after.stderr) parts.push(unifiedDiff(before.stderr, after.stderr, 'stderr -O0', `stderr ${pipeline}`));
  return indent(parts.join(''));
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '  ');
}
