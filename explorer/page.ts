// The explorer page (`pyx explore`, `pyx dump --format html`): ONE self-contained HTML file
// — no network, no external script or style — showing the source, then every stage of the
// pipeline with its IR text, the diff against the previous stage and each function's CFG
// as inline SVG. Every instruction line carries the source lines it came from
// (`data-lines`), so a click on a source line highlights its instructions in every stage,
// and a click on an instruction highlights its source lines (explorer/assets.ts).

import { printFunction } from '../ir/print.js';
import type { IRFunction, IRModule, Instruction } from '../ir/types.js';
import { cfgDot } from '../viz/dot.js';
import { unifiedDiff } from '../viz/diff.js';
import { CLIENT_SCRIPT, STYLE } from './assets.js';

/** One stage as the page shows it. Invariant: `previous` is the stage shown before it
 *  (null for the first), whose IR the diff is taken against. */
export interface PageStage {
  id: string;
  title: string;
  module: IRModule;
  previous: IRModule | null;
}

export interface PageInput {
  filename: string;
  /** The Python source; null when the input was IR (then no source panel). */
  source: string | null;
  pipeline: string;
  stages: PageStage[];
  /** Which functions to show (by index); all when undefined. */
  functions?: (fn: IRFunction) => boolean;
  /** DOT → SVG (viz/svg.ts); injected so tests can count renders. */
  render: (dot: string) => Promise<string>;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}


export async function renderPage(input: PageInput): Promise<string> {
  const keep = input.functions ?? (() => true);
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>pyx explore: ${escapeHtml(input.filename)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<header><h1>pyx explore: <code>${escapeHtml(input.filename)}</code></h1>`,
    `<p>pipeline: <code>${escapeHtml(input.pipeline === '' ? '(none: -O0)' : input.pipeline)}</code>. ` +
      'Click a source line to highlight the instructions it produced; click an instruction to find its source.</p>',
    `<p id="status" role="status"></p>`,
    `<nav><ol>${input.stages.map((stage) => `<li><a href="#${stage.id}">${escapeHtml(stage.title)}</a></li>`).join('')}</ol></nav></header>`,
  ];
  if (input.source !== null) parts.push(sourcePanel(input.source));
  for (const stage of input.stages) parts.push(await stagePanel(stage, keep, input.render));
  parts.push(`<script>${CLIENT_SCRIPT}</script></body></html>`);
  return parts.join('\n') + '\n';
}

function sourcePanel(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const body = lines.map((line, i) =>
    `<span class="src" id="L${i + 1}" data-line="${i + 1}"><span class="ln">${i + 1}</span>${escapeHtml(line)}</span>`).join('');
  return `<section id="source"><h2>Source</h2><pre class="code">${body}</pre></section>`;
}

/**
 * The source lines an instruction stands for, space-separated (for CSS `~=`): every line
 * of its span, except lines of its span where another function has code. A `def`'s
 * make_function spans the whole body, but a click on a body line should find the body's
 * instructions, not the definition's.
 */
function linesOf(instruction: Instruction, fnIndex: number, owners: Map<number, Set<number>>): string {
  if (instruction.pos === null) return '';
  const lines: number[] = [instruction.pos.line];
  for (let line = instruction.pos.line + 1; line <= instruction.pos.endLine; line++) {
    const owner = owners.get(line);
    if (owner === undefined || owner.has(fnIndex)) lines.push(line);
  }
  return lines.join(' ');
}

/** For each source line, the functions with an instruction starting on it. */
function lineOwners(module: IRModule): Map<number, Set<number>> {
  const owners = new Map<number, Set<number>>();
  for (const fn of module.functions) {
    for (const block of fn.blocks) {
      for (const instruction of block.instructions) {
        if (instruction.pos === null) continue;
        const set = owners.get(instruction.pos.line) ?? new Set<number>();
        set.add(fn.index);
        owners.set(instruction.pos.line, set);
      }
    }
  }
  return owners;
}

/** IR text of the kept functions, each instruction line wrapped with its source lines. */
function irPanel(module: IRModule, keep: (fn: IRFunction) => boolean): string {
  const out: string[] = [];
  const owners = lineOwners(module);
  for (const fn of module.functions.filter(keep)) {
    // printFunction's lines follow the blocks' instructions one for one after the header
    // lines, so the k-th instruction line is matched to the k-th instruction.
    const instructions = fn.blocks.flatMap((block) => [null, ...block.instructions]);
    const text = printFunction(fn).split('\n');
    const headerCount = text.length - instructions.length;
    text.forEach((line, i) => {
      const instruction = i >= headerCount ? instructions[i - headerCount] : null;
      if (instruction === null || instruction === undefined) out.push(escapeHtml(line));
      else {
        const lines = linesOf(instruction, fn.index, owners);
        out.push(lines === '' ? `<span class="ins">${escapeHtml(line)}</span>` : `<span class="ins" data-lines="${lines}">${escapeHtml(line)}</span>`);
      }
    });
    out.push('');
  }
  return `<pre class="ir">${out.join('\n')}</pre>`;
}

function moduleText(module: IRModule, keep: (fn: IRFunction) => boolean): string {
  return module.functions.filter(keep).map(printFunction).join('\n\n') + '\n';
}

async function stagePanel(stage: PageStage, keep: (fn: IRFunction) => boolean, render: (dot: string) => Promise<string>): Promise<string> {
  const diff = stage.previous === null ? null : unifiedDiff(moduleText(stage.previous, keep), moduleText(stage.module, keep), 'previous', stage.title);
  const diffHtml = diff === null ? '<p>(the first stage)</p>'
    : diff === '' ? '<p class="nochange">no change</p>'
    : `<pre class="diff">${diff.replace(/\n$/, '').split('\n').map((line) => {
      const cls = line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : 'ctx';
      return `<span class="${cls}">${escapeHtml(line)}</span>`;
    }).join('\n')}</pre>`;
  const graphs: string[] = [];
  for (const fn of stage.module.functions.filter(keep)) {
    const svg = await render(cfgDot(stage.module, [fn]));
    graphs.push(`<figure><figcaption>${escapeHtml(`function ${fn.index} ${fn.qualname}`)}</figcaption>${svg.slice(svg.indexOf('<svg'))}</figure>`);
  }
  return [
    `<section class="stage" id="${stage.id}"><h2>${escapeHtml(stage.title)}</h2>`,
    `<details open><summary>IR</summary>${irPanel(stage.module, keep)}</details>`,
    `<details open><summary>Diff against the previous stage</summary>${diffHtml}</details>`,
    `<details><summary>CFG</summary><div class="cfg">${graphs.join('')}</div></details>`,
    '</section>',
  ].join('\n');
}
