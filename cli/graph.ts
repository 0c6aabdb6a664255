// `pyx graph FILE --kind cfg|ast|dom|loops|defuse|callgraph [--function F] -o out.svg`:
// one graph of a program, as DOT (`-o x.dot`, or stdout without -o) or SVG (`-o x.svg`,
// or --format svg), of the IR after the pipeline given by --passes / -O. DOT comes from viz/dot.ts; SVG is rendered in-process (viz/svg.ts).

import { writeFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { GRAPH_KINDS, graphDot, type GraphKind } from '../viz/dot.js';
import { renderSvg } from '../viz/svg.js';
import type { PyxCommand } from './command.js';
import { pipelineOf, pipelineOptions, runStages, type PipelineArgs } from './pipeline.js';
import { ProgramError, loadProgram, reportingErrors, selectFunctions } from './program.js';

interface GraphArgs extends PipelineArgs {
  file: string;
  kind: GraphKind;
  function?: string;
  output?: string;
  format?: 'dot' | 'svg';
}

export const graphCommand: PyxCommand<GraphArgs> = {
  command: 'graph <file>',
  describe: "Draw a program's AST, CFG, dominator tree, loops, def-use chains or call graph",
  builder: (yargs: Argv) =>
    pipelineOptions(yargs)
      .positional('file', { type: 'string', demandOption: true, describe: 'a Python file (or .ir / .json IR), - for stdin' })
      .option('kind', { alias: 'k', choices: GRAPH_KINDS, default: 'cfg' as GraphKind, describe: 'which graph' })
      .option('function', { alias: 'f', type: 'string', describe: 'only this function (qualname or name)' })
      .option('output', { alias: 'o', type: 'string', describe: 'output file; .svg renders SVG, anything else DOT' })
      .option('format', { choices: ['dot', 'svg'] as const, describe: 'output format (default: from -o, else dot)' })
      .example('$0 graph prog.py --kind cfg --function f -o cfg.svg', '') as unknown as Argv<GraphArgs>,
  run: (args) => reportingErrors(async () => {
    const program = await loadProgram(args.file);
    if (args.kind === 'ast' && program.tree === null) throw new ProgramError('pyx: --kind ast needs Python source, not IR\n', 2);
    // The graph of the IR after the pipeline (--passes / -O); the lowered IR at -O0.
    const stages = await runStages(program.module, pipelineOf(args), { verify: args.verify, stats: args.stats, timePasses: args.timePasses });
    const module = stages[stages.length - 1].module;
    const functions = selectFunctions(module, args.function);
    const dot = graphDot(args.kind, module, functions, program.tree ?? undefined);
    const format = args.format ?? (args.output?.endsWith('.svg') ? 'svg' : 'dot');
    const text = format === 'svg' ? await renderSvg(dot) : dot;
    if (args.output === undefined) process.stdout.write(text);
    else writeFileSync(args.output, text);
    return 0;
  }),
};
