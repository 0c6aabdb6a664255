// Text and JSON dumps of the analyses (`pyx dump --analysis dom|df|loops|liveness|defuse|
// callgraph`): one section per function, blocks in block order, values sorted, so the
// output is deterministic and diffable. The graph forms are in viz/dot.ts.

import { callGraph, printCallGraph } from '../ir/analysis/callgraph.js';
import { printInstruction } from '../ir/print.js';
import type { IRFunction, IRModule } from '../ir/types.js';
import { defUseChains, domTree, dominanceFrontiers, liveness, naturalLoops } from './flow.js';

export const ANALYSIS_KINDS = ['dom', 'df', 'loops', 'liveness', 'defuse', 'callgraph'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

const values = (ids: readonly number[]) => `(${ids.map((id) => `%${id}`).join(' ')})`;
const blocks = (ids: readonly number[]) => `(${ids.map((id) => `bb${id}`).join(' ')})`;
const header = (fn: IRFunction) => `function ${fn.index} ${fn.qualname}`;

/** The plain data of one analysis of one function (what the JSON dump writes). */
export function analysisData(kind: Exclude<AnalysisKind, 'callgraph'>, fn: IRFunction): unknown {
  switch (kind) {
    case 'dom': {
      const tree = domTree(fn);
      return fn.blocks.filter((b) => tree.idom.has(b.id)).map((b) => ({ block: b.id, idom: tree.idom.get(b.id), children: tree.children.get(b.id) }));
    }
    case 'df': return [...dominanceFrontiers(fn)].map(([block, frontier]) => ({ block, frontier }));
    case 'loops': return naturalLoops(fn);
    case 'liveness': {
      const live = liveness(fn);
      return fn.blocks.map((b) => ({ block: b.id, liveIn: live.liveIn.get(b.id), liveOut: live.liveOut.get(b.id) }));
    }
    case 'defuse': return defUseChains(fn);
  }
}

export function analysisText(kind: AnalysisKind, module: IRModule, functions: readonly IRFunction[]): string {
  if (kind === 'callgraph') return printCallGraph(module, callGraph(module));
  const sections = functions.map((fn) => [header(fn), ...functionLines(kind, fn)].join('\n'));
  return `${kind} ${JSON.stringify(module.filename)}\n${sections.join('\n')}\n`;
}

export function analysisJson(kind: AnalysisKind, module: IRModule, functions: readonly IRFunction[]): string {
  if (kind === 'callgraph') {
    const graph = callGraph(module);
    return JSON.stringify({
      analysis: kind, filename: module.filename, edges: graph.edges,
      external: Object.fromEntries([...graph.external].map(([index, names]) => [index, Object.fromEntries(names)])),
      unknown: Object.fromEntries(graph.unknown),
    }, null, 1) + '\n';
  }
  return JSON.stringify({
    analysis: kind, filename: module.filename,
    functions: functions.map((fn) => ({ index: fn.index, qualname: fn.qualname, result: analysisData(kind, fn) })),
  }, null, 1) + '\n';
}

function functionLines(kind: Exclude<AnalysisKind, 'callgraph'>, fn: IRFunction): string[] {
  switch (kind) {
    case 'dom': {
      // The tree drawn by indentation, children in block order.
      const tree = domTree(fn);
      const lines: string[] = [];
      const stack: [number, number][] = fn.blocks.length > 0 ? [[fn.blocks[0].id, 1]] : [];
      while (stack.length > 0) {
        const [id, depth] = stack.pop()!;
        lines.push(`${'  '.repeat(depth)}bb${id}`);
        const children = tree.children.get(id) ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
      }
      return lines;
    }
    case 'df': return [...dominanceFrontiers(fn)].map(([block, frontier]) => `  bb${block}: ${blocks(frontier)}`);
    case 'loops': {
      const loops = naturalLoops(fn);
      if (loops.length === 0) return ['  (no loops)'];
      // Each loop under its parent, depth by indentation.
      const lines: string[] = [];
      const emit = (parent: number | null) => {
        for (const loop of loops.filter((l) => l.parent === parent)) {
          lines.push(`${'  '.repeat(loop.depth)}loop bb${loop.header} depth=${loop.depth} blocks=${blocks(loop.blocks)}`);
          emit(loop.header);
        }
      };
      emit(null);
      return lines;
    }
    case 'liveness': {
      const live = liveness(fn);
      return fn.blocks.map((b) => `  bb${b.id}: in=${values(live.liveIn.get(b.id)!)} out=${values(live.liveOut.get(b.id)!)}`);
    }
    case 'defuse': {
      const byId = new Map(fn.blocks.map((b) => [b.id, b]));
      return defUseChains(fn).map((chain) => {
        const def = chain.def === null ? 'undefined' : `bb${chain.def.block}[${chain.def.index}] ${printInstruction({ ...byId.get(chain.def.block)!.instructions[chain.def.index], pos: null })}`;
        const uses = chain.uses.map((use) => `bb${use.block}[${use.index}]`).join(' ');
        return `  %${chain.value}: def ${def}; uses ${uses === '' ? '(none)' : uses}`;
      });
    }
  }
}
