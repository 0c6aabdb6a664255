// The control- and data-flow facts the dumps and graphs show, as plain sorted data:
// dominator tree, dominance frontiers, natural loops with their nesting, block liveness of
// values, def-use chains. They are computed by the very analyses the passes use
// (ir/analysis/), so a dump shows what a pass sees; only the retreating edges drawn as
// back-edges (which also mark irreducible flow) are found here.

import { Dominance } from '../ir/analysis/dominance.js';
import { DefUse as DefUseAnalysis } from '../ir/analysis/def-use.js';
import { Liveness as LivenessAnalysis } from '../ir/analysis/liveness.js';
import { LoopInfo } from '../ir/analysis/loops.js';
import { blockMap, successors } from '../ir/cfg.js';
import type { BlockId, IRFunction, ValueId } from '../ir/types.js';

const sortIds = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

/** Immediate dominators (entry → null) and each block's children, in block order (which
 *  follows the source). Invariant: only reachable blocks appear. */
export interface DomTree {
  idom: Map<BlockId, BlockId | null>;
  children: Map<BlockId, BlockId[]>;
}

export function domTree(fn: IRFunction): DomTree {
  const dominance = new Dominance(fn);
  const order = new Map(fn.blocks.map((block, i) => [block.id, i]));
  const children = new Map([...dominance.children].map(([id, list]) => [id, [...list].sort((a, b) => order.get(a)! - order.get(b)!)]));
  return { idom: new Map(dominance.idom), children };
}

/** Dominance frontier of each reachable block, in block order, each sorted by id. */
export function dominanceFrontiers(fn: IRFunction): Map<BlockId, BlockId[]> {
  const dominance = new Dominance(fn);
  return new Map(fn.blocks.filter((block) => dominance.reachable(block.id)).map((block) => [block.id, sortIds(dominance.frontier(block.id))]));
}

/**
 * Retreating edges of a depth-first walk from the entry in successor order (an edge to a
 * block still on the walk's stack). On a reducible CFG these are exactly the back-edges.
 * Keys are `from->to`.
 */
export function backEdges(fn: IRFunction): Set<string> {
  const blocks = blockMap(fn);
  const result = new Set<string>();
  if (fn.blocks.length === 0) return result;
  const state = new Map<BlockId, 'open' | 'done'>();
  const stack: [BlockId, BlockId[]][] = [[fn.blocks[0].id, successors(fn.blocks[0])]];
  state.set(fn.blocks[0].id, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top[1].shift();
    if (next === undefined) {
      state.set(top[0], 'done');
      stack.pop();
      continue;
    }
    const seen = state.get(next);
    if (seen === 'open') result.add(`${top[0]}->${next}`);
    else if (seen === undefined && blocks.has(next)) {
      state.set(next, 'open');
      stack.push([next, successors(blocks.get(next)!)]);
    }
  }
  return result;
}

/** A natural loop: its header, every block in it (sorted, header included), the loop it
 *  is nested in (null at top level) and its depth (1 for an outermost loop). Invariant:
 *  a nested loop's blocks are a subset of its parent's. */
export interface Loop {
  header: BlockId;
  blocks: BlockId[];
  parent: BlockId | null;
  depth: number;
}

/** Natural loops (ir/analysis/loops.ts: one per header), outer loops first. */
export function naturalLoops(fn: IRFunction): Loop[] {
  const info = new LoopInfo(fn, new Dominance(fn));
  return info.loops.map((loop) => ({ header: loop.header, blocks: sortIds(loop.blocks), parent: loop.parent?.header ?? null, depth: loop.depth }));
}

/** Values live on entry to and exit from each block, sorted (ir/analysis/liveness.ts: a
 *  phi's operand is live out of the predecessor it comes from). */
export interface Liveness {
  liveIn: Map<BlockId, ValueId[]>;
  liveOut: Map<BlockId, ValueId[]>;
}

export function liveness(fn: IRFunction): Liveness {
  const analysis = new LivenessAnalysis(fn);
  const sorted = (map: Map<BlockId, Set<ValueId>>) => new Map(fn.blocks.map((block) => [block.id, sortIds(map.get(block.id) ?? [])]));
  return { liveIn: sorted(analysis.liveIn), liveOut: sorted(analysis.liveOut) };
}

/** Where an instruction sits: its block and index in that block. */
export interface Site {
  block: BlockId;
  index: number;
}

/** A value's definition and its uses in block order (a value used twice by one
 *  instruction is listed twice). Invariant: `def` is null only for an undefined operand. */
export interface DefUse {
  value: ValueId;
  def: Site | null;
  uses: Site[];
}

/** Def-use chains (ir/analysis/def-use.ts) with instructions located by block and index. */
export function defUseChains(fn: IRFunction): DefUse[] {
  const analysis = new DefUseAnalysis(fn);
  const site = (block: { id: BlockId; instructions: readonly object[] }, instruction: object): Site =>
    ({ block: block.id, index: block.instructions.indexOf(instruction) });
  const values = new Set<ValueId>(analysis.definitions.keys());
  for (const block of fn.blocks) for (const instruction of block.instructions) for (const id of instruction.operands) values.add(id);
  return sortIds(values).map((value) => {
    const definition = analysis.definitions.get(value);
    return {
      value,
      def: definition === undefined ? null : site(definition.block, definition.instruction),
      uses: analysis.uses(value).map((use) => site(use.block, use.instruction)),
    };
  });
}
