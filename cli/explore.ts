// `pyx explore FILE -o report.html`: one self-contained page with the source and every
// stage of the pipeline (IR, diff against the previous stage, CFGs), source lines linked
// to the instructions they produced. The page itself is built by explorer/page.ts.

import { writeFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { renderPage } from '../explorer/page.js';
import { renderSvg } from '../viz/svg.js';
import type { PyxCommand } from './command.js';
import { pipelineOf, pipelineOptions, runStages, type PipelineArgs } from './pipeline.js';
import { loadProgram, reportingErrors, selectFunctions } from './program.js';

interface ExploreArgs extends PipelineArgs {
  file: string;
  output: string;
  function?: string;
}

export const exploreCommand: PyxCommand<ExploreArgs> = {
  command: 'explore <file>',
  describe: 'Write one HTML page showing every stage of the pipeline, linked to the source',
  builder: (yargs: Argv) =>
    pipelineOptions(yargs
      .positional('file', { type: 'string', demandOption: true, describe: 'a Python file (or .ir / .json IR), - for stdin' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'the HTML file to write' })
      .option('function', { alias: 'f', type: 'string', describe: 'only this function (qualname or name)' }))
      .example('$0 explore prog.py -O2 -o report.html', '') as unknown as Argv<ExploreArgs>,
  run: (args) => reportingErrors(async () => {
    const program = await loadProgram(args.file);
    const keep = new Set(selectFunctions(program.module, args.function).map((fn) => fn.index));
    const pipeline = pipelineOf(args);
    const stages = await runStages(program.module, pipeline, { verify: args.verify, stats: args.stats, timePasses: args.timePasses });
    const html = await renderPage({
      filename: program.filename, source: program.source, pipeline,
      stages: stages.map((stage, i) => ({
        id: `stage-${i}`,
        title: stage.pass === null ? '0. lowered IR' : `${i}. after ${stage.pass}${stage.changed ? '' : ' (no change)'}`,
        module: stage.module,
        previous: i === 0 ? null : stages[i - 1].module,
      })),
      functions: (fn) => keep.has(fn.index),
      render: renderSvg,
    });
    writeFileSync(args.output, html);
    return 0;
  }),
};
