// `pyx dump FILE` (also `pyx --dump-ir[=STAGE] FILE`): what the compiler does to a program,
// stage by stage. STAGE: `ast`; `ir` (the IR after the whole pipeline; the lowered IR at
// -O0); `input` (the lowered IR, before any pass); `after:PASS` / `before:PASS` (every
// application of PASS in the pipeline); `changed` (only passes that changed something,
// each with a unified diff against the stage before); `all` (the input and every pass).
// A single-stage text dump is exactly printModule's text (valid IR parser input) and a
// JSON dump exactly writeJson's (valid `pyx run --ir` input); several stages on stdout
// get `*** ... ***` separators, or one numbered file each with --dump-dir.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { dump as astDump } from '../ast/dump.js';
import { moduleToJson, writeJson } from '../ir/json.js';
import { printFunction, printModule } from '../ir/print.js';
import type { IRFunction, IRModule } from '../ir/types.js';
import { renderPage, type PageStage } from '../explorer/page.js';
import { ANALYSIS_KINDS, analysisJson, analysisText, type AnalysisKind } from '../viz/analysis-dump.js';
import { unifiedDiff } from '../viz/diff.js';
import { astDot, cfgDot, graphDot } from '../viz/dot.js';
import { renderSvg } from '../viz/svg.js';
import type { PyxCommand } from './command.js';
import { pipelineOf, pipelineOptions, runStages, stageSlug, type PipelineArgs, type Stage } from './pipeline.js';
import { ProgramError, loadProgram, reportingErrors, selectFunctions, type Program } from './program.js';

export const DUMP_FORMATS = ['text', 'json', 'dot', 'svg', 'html'] as const;
type DumpFormat = (typeof DUMP_FORMATS)[number];

interface DumpArgs extends PipelineArgs {
  file: string;
  stage: string;
  format: DumpFormat;
  function?: string;
  dumpDir?: string;
  analysis?: AnalysisKind;
}

/** `pyx --dump-ir[=STAGE] ARGS` → `pyx dump --stage STAGE ARGS` (main.ts calls this first). */
export function rewriteDumpIr(argv: readonly string[]): string[] {
  const index = argv.findIndex((arg) => /^--dump-ir(=|$)/.test(arg));
  if (index === -1) return [...argv];
  const stage = argv[index].includes('=') ? argv[index].slice('--dump-ir='.length) : 'ir';
  return ['dump', '--stage', stage, ...argv.filter((_, i) => i !== index)];
}

/** One selected stage: what it shows and which stage precedes it (for diffs). */
interface Selected {
  /** e.g. "IR after sccp"; the `*** … ***` separator and HTML title. */
  title: string;
  /** e.g. "03-after-sccp": the --dump-dir file name without extension. */
  fileStem: string;
  stage: Stage;
  previous: Stage | null;
}

export const dumpCommand: PyxCommand<DumpArgs> = {
  command: 'dump <file>',
  describe: 'Dump a program at any stage (AST, IR before/after each pass, diffs, analyses)',
  builder: (yargs: Argv) =>
    pipelineOptions(yargs
      .positional('file', { type: 'string', demandOption: true, describe: 'a Python file (or .ir / .json IR), - for stdin' })
      .option('stage', { alias: 's', type: 'string', default: 'ir', describe: 'ast, ir, input, after:PASS, before:PASS, changed, all' })
      .option('format', { alias: 'F', choices: DUMP_FORMATS, default: 'text' as DumpFormat, describe: 'output format' })
      .option('function', { alias: 'f', type: 'string', describe: 'only this function (qualname or name)' })
      .option('dump-dir', { type: 'string', describe: 'write one numbered file per stage here (03-after-gvn.ir)' })
      .option('analysis', { alias: 'a', choices: ANALYSIS_KINDS, describe: 'dump an analysis of the stage instead of its IR' }))
      .example('$0 dump prog.py --passes ssa,sccp,dce --stage changed', '')
      .example('$0 --dump-ir=all -O2 prog.py --dump-dir out/', '') as unknown as Argv<DumpArgs>,
  run: (args) => reportingErrors(async () => {
    const program = await loadProgram(args.file);
    if (args.stage === 'ast') return dumpAst(program, args);
    const functions = selectFunctions(program.module, args.function);
    const keep = new Set(functions.map((fn) => fn.index));
    const stages = await runStages(program.module, pipelineOf(args), { verify: args.verify, stats: args.stats, timePasses: args.timePasses });
    const selected = selectStages(stages, args.stage, keep);
    if (args.analysis !== undefined) return dumpAnalysis(args, selected, keep);
    if (args.dumpDir !== undefined) {
      mkdirSync(args.dumpDir, { recursive: true });
      for (const item of selected) {
        writeFileSync(join(args.dumpDir, `${item.fileStem}.${extension(args.format)}`), await render(args.format, [item], keep, program));
        if (args.stage === 'changed' && item.previous !== null) {
          writeFileSync(join(args.dumpDir, `${item.fileStem}.diff`), diffOf(item, keep));
        }
      }
      return 0;
    }
    if (args.format === 'svg' && selected.length > 1) {
      throw new ProgramError(`pyx: --format svg draws one stage; stage '${args.stage}' has ${selected.length}: use --dump-dir\n`, 2);
    }
    process.stdout.write(await render(args.format, selected, keep, program, args.stage === 'changed'));
    return 0;
  }),
};

function selectStages(stages: Stage[], spec: string, keep: Set<number>): Selected[] {
  const item = (stage: Stage, title: string, previous: Stage | null, stem = stage): Selected =>
    ({ title, fileStem: `${String(stem.index).padStart(2, '0')}-${stageSlug(stem)}`, stage, previous });
  const titleOf = (stage: Stage) => (stage.pass === null ? 'IR input (lowered)' : `IR after ${stage.pass}`);
  if (spec === 'ir') return [item(stages[stages.length - 1], titleOf(stages[stages.length - 1]), null)];
  if (spec === 'input') return [item(stages[0], titleOf(stages[0]), null)];
  if (spec === 'all') return stages.map((stage, i) => item(stage, titleOf(stage), stages[i - 1] ?? null));
  if (spec === 'changed') {
    // Judged by the text of the functions shown: a pass that changed only other functions
    // (--function) has nothing to show here.
    return stages.filter((stage) => stage.changed && irText(stage.module, keep) !== irText(stages[stage.index - 1].module, keep))
      .map((stage) => item(stage, titleOf(stage), stages[stage.index - 1]));
  }
  const match = /^(after|before):(.+)$/.exec(spec);
  if (match === null) throw new ProgramError(`pyx: unknown stage '${spec}' (stages: ast, ir, input, after:PASS, before:PASS, changed, all)\n`, 2);
  const [, when, pass] = match;
  const hits = stages.filter((stage) => stage.pass === pass);
  if (hits.length === 0) {
    const passes = stages.slice(1).map((stage) => stage.pass).join(',');
    throw new ProgramError(`pyx: pass '${pass}' is not in the pipeline (${passes === '' ? 'empty: give --passes or -O' : passes})\n`, 2);
  }
  return hits.map((stage) => {
    if (when === 'after') return item(stage, titleOf(stage), stages[stage.index - 1]);
    const before = stages[stage.index - 1];
    return { title: `IR before ${pass}`, fileStem: `${String(stage.index).padStart(2, '0')}-before-${pass}`, stage: before, previous: null };
  });
}

const filtered = (module: IRModule, keep: Set<number>): IRFunction[] => module.functions.filter((fn) => keep.has(fn.index));
const isWhole = (module: IRModule, keep: Set<number>) => keep.size === module.functions.length;

/** The IR text of a stage: the whole module (parser input) or just the chosen functions. */
function irText(module: IRModule, keep: Set<number>): string {
  if (isWhole(module, keep)) return printModule(module);
  return filtered(module, keep).map(printFunction).join('\n\n') + '\n';
}

function diffOf(item: Selected, keep: Set<number>): string {
  const before = item.previous === null ? '' : irText(item.previous.module, keep);
  return unifiedDiff(before, irText(item.stage.module, keep), item.previous === null ? '/dev/null' : stageSlug(item.previous), stageSlug(item.stage));
}

async function render(format: DumpFormat, items: Selected[], keep: Set<number>, program: Program, diffs = false): Promise<string> {
  const many = items.length !== 1;
  switch (format) {
    case 'text':
      return items.map((item) => {
        const body = diffs ? diffOf(item, keep) : irText(item.stage.module, keep);
        return many || diffs ? `*** ${item.title} ***\n${body}` : body;
      }).join(many ? '\n' : '');
    case 'json': {
      const json = (module: IRModule) => (isWhole(module, keep) ? module : { ...module, functions: filtered(module, keep) });
      if (!many) return writeJson(json(items[0].stage.module));
      return JSON.stringify(items.map((item) => ({ stage: item.title, pass: item.stage.pass, changed: item.stage.changed, ir: moduleToJson(json(item.stage.module)) })), null, 1) + '\n';
    }
    case 'dot':
      return items.map((item) => cfgDot(item.stage.module, filtered(item.stage.module, keep))).join('');
    case 'svg':
      return renderSvg(cfgDot(items[0].stage.module, filtered(items[0].stage.module, keep)));
    case 'html': {
      const stages: PageStage[] = items.map((item, i) => ({
        id: `stage-${i}`, title: item.title, module: item.stage.module,
        previous: item.previous?.module ?? (i > 0 ? items[i - 1].stage.module : null),
      }));
      return renderPage({
        filename: program.filename, source: program.source, pipeline: '', stages,
        functions: (fn) => keep.has(fn.index), render: renderSvg,
      });
    }
  }
}

function extension(format: DumpFormat): string {
  return { text: 'ir', json: 'json', dot: 'dot', svg: 'svg', html: 'html' }[format];
}

async function dumpAst(program: Program, args: DumpArgs): Promise<number> {
  if (program.tree === null) throw new ProgramError('pyx: stage ast needs Python source, not IR\n', 2);
  let text: string;
  switch (args.format) {
    case 'text': text = astDump(program.tree, { indent: 2, includeAttributes: true }) + '\n'; break;
    case 'dot': text = astDot(program.tree, program.filename); break;
    case 'svg': text = await renderSvg(astDot(program.tree, program.filename)); break;
    default: throw new ProgramError(`pyx: stage ast has formats text, dot and svg (not ${args.format})\n`, 2);
  }
  if (args.dumpDir !== undefined) {
    mkdirSync(args.dumpDir, { recursive: true });
    writeFileSync(join(args.dumpDir, `00-ast.${args.format === 'text' ? 'txt' : args.format}`), text);
  } else process.stdout.write(text);
  return 0;
}

async function dumpAnalysis(args: DumpArgs, selected: Selected[], keep: Set<number>): Promise<number> {
  if (selected.length !== 1) throw new ProgramError(`pyx: --analysis dumps one stage; '${args.stage}' has ${selected.length}\n`, 2);
  const kind = args.analysis!;
  const module = selected[0].stage.module;
  const functions = filtered(module, keep);
  const graphKind = ({ dom: 'dom', loops: 'loops', defuse: 'defuse', callgraph: 'callgraph' } as const)[kind as 'dom'];
  let text: string;
  switch (args.format) {
    case 'text': text = analysisText(kind, module, functions); break;
    case 'json': text = analysisJson(kind, module, functions); break;
    case 'dot':
    case 'svg':
      if (graphKind === undefined) throw new ProgramError(`pyx: --analysis ${kind} has formats text and json (no graph)\n`, 2);
      text = graphDot(graphKind, module, functions);
      if (args.format === 'svg') text = await renderSvg(text);
      break;
    default: throw new ProgramError(`pyx: --analysis has formats text, json, dot and svg (not ${args.format})\n`, 2);
  }
  if (args.dumpDir !== undefined) {
    mkdirSync(args.dumpDir, { recursive: true });
    writeFileSync(join(args.dumpDir, `${selected[0].fileStem}.${kind}.${args.format === 'text' ? 'txt' : args.format}`), text);
  } else process.stdout.write(text);
  return 0;
}
