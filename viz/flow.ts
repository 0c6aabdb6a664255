// The control- and data-flow facts the dumps and graphs show: dominator tree, dominance
// frontiers, natural loops with their nesting, block liveness of values, def-use chains.
// Computed over normal and exception edges alike (a handler is a successor of every block
// it covers), on the IR as it stands (before or after SSA: values are single-definition
// registers in both). These are views for people; passes use ir/analysis/ when present.

import { blockDominators, predecessors, successors, blockMap } from '../ir/cfg.js';
import type { BlockId, IRFunction, ValueId } from '../ir/types.js';

/** Immediate dominators (entry → null) and each block's children, in block order.
 *  Invariant: only reachable blocks appear. */
export interface DomTree {
  idom: Map<BlockId, BlockId | null>;
  children: Map<BlockId, BlockId[]>;
}

export function domTree(fn: IRFunction): DomTree {
  const idom = blockDominators(fn);
  const children = new Map<BlockId, BlockId[]>();
  for (const block of fn.blocks) if (idom.has(block.id)) children.set(block.id, []);
  for (const block of fn.blocks) {
    const parent = idom.get(block.id);
    if (parent !== undefined && parent !== null) children.get(parent)!.push(block.id);
  }
  return { idom, children };
}

/** Dominance frontier of each reachable block (Cooper, Harvey & Kennedy), sorted by id. */
export function dominanceFrontiers(fn: IRFunction, tree: DomTree = domTree(fn)): Map<BlockId, BlockId[]> {
  const frontier = new Map<BlockId, Set<BlockId>>([...tree.idom.keys()].map((id) => [id, new Set()]));
  for (const [block, preds] of predecessors(fn)) {
    if (!tree.idom.has(block) || preds.length < 2) continue;
    const stop = tree.idom.get(block) ?? null;
    for (const pred of preds) {
      // A predecessor that is unreachable contributes nothing.
      for (let runner: BlockId | null = tree.idom.has(pred) ? pred : null; runner !== null && runner !== stop; runner = tree.idom.get(runner) ?? null) {
        frontier.get(runner)!.add(block);
      }
    }
  }
  return new Map([...frontier].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
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

/** Natural loops, one per header (back-edges sharing a header are merged), outer first.
 *  A retreating edge whose target does not dominate its source (irreducible flow) makes no loop. */
export function naturalLoops(fn: IRFunction, tree: DomTree = domTree(fn)): Loop[] {
  const preds = predecessors(fn);
  const bodies = new Map<BlockId, Set<BlockId>>();
  const dominates = (a: BlockId, b: BlockId) => {
    for (let node: BlockId | null | undefined = b; node !== null && node !== undefined; node = tree.idom.get(node)) if (node === a) return true;
    return false;
  };
  for (const edge of backEdges(fn)) {
    const [from, header] = edge.split('->').map(Number);
    if (!dominates(header, from)) continue;
    const body = bodies.get(header) ?? new Set([header]);
    bodies.set(header, body);
    const work = [from];
    while (work.length > 0) {
      const id = work.pop()!;
      if (body.has(id)) continue;
      body.add(id);
      work.push(...(preds.get(id) ?? []).filter((p) => tree.idom.has(p)));
    }
  }
  // Larger loops first, so a loop's parent is the smallest earlier loop that contains it.
  const loops = [...bodies].map(([header, body]) => ({ header, blocks: [...body].sort((a, b) => a - b), parent: null as BlockId | null, depth: 1 }));
  loops.sort((a, b) => b.blocks.length - a.blocks.length || a.header - b.header);
  for (let i = 0; i < loops.length; i++) {
    for (let j = i - 1; j >= 0; j--) {
      if (loops[j].blocks.includes(loops[i].header)) {
        if (loops[i].parent === null || loops[j].blocks.length < loops.find((l) => l.header === loops[i].parent)!.blocks.length) {
          loops[i].parent = loops[j].header;
          loops[i].depth = loops[j].depth + 1;
        }
      }
    }
  }
  const order = new Map(fn.blocks.map((block, i) => [block.id, i]));
  return loops.sort((a, b) => a.depth - b.depth || order.get(a.header)! - order.get(b.header)!);
}

/** Values live on entry to and exit from each block, sorted. A phi's operand is live out
 *  of the predecessor it comes from, not into the phi's block. */
export interface Liveness {
  liveIn: Map<BlockId, ValueId[]>;
  liveOut: Map<BlockId, ValueId[]>;
}

export function liveness(fn: IRFunction): Liveness {
  const uses = new Map<BlockId, Set<ValueId>>();
  const defs = new Map<BlockId, Set<ValueId>>();
  const phiUses = new Map<BlockId, Set<ValueId>>(fn.blocks.map((block) => [block.id, new Set()]));
  for (const block of fn.blocks) {
    const use = new Set<ValueId>();
    const def = new Set<ValueId>();
    for (const instruction of block.instructions) {
      if (instruction.op === 'phi') {
        const from = instruction.attrs.from as number[];
        instruction.operands.forEach((id, i) => phiUses.get(from[i])?.add(id));
      } else {
        for (const id of instruction.operands) if (!def.has(id)) use.add(id);
      }
      if (instruction.result !== null) def.add(instruction.result);
    }
    uses.set(block.id, use);
    defs.set(block.id, def);
  }
  const liveIn = new Map<BlockId, Set<ValueId>>(fn.blocks.map((block) => [block.id, new Set()]));
  const liveOut = new Map<BlockId, Set<ValueId>>(fn.blocks.map((block) => [block.id, new Set()]));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = fn.blocks.length - 1; i >= 0; i--) {
      const block = fn.blocks[i];
      const out = new Set(phiUses.get(block.id));
      for (const succ of successors(block)) for (const id of liveIn.get(succ) ?? []) out.add(id);
      const inn = new Set(uses.get(block.id));
      for (const id of out) if (!defs.get(block.id)!.has(id)) inn.add(id);
      if (out.size !== liveOut.get(block.id)!.size || inn.size !== liveIn.get(block.id)!.size) {
        liveOut.set(block.id, out);
        liveIn.set(block.id, inn);
        changed = true;
      }
    }
  }
  const sorted = (map: Map<BlockId, Set<ValueId>>) => new Map([...map].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
  return { liveIn: sorted(liveIn), liveOut: sorted(liveOut) };
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

export function defUseChains(fn: IRFunction): DefUse[] {
  const chains = new Map<ValueId, DefUse>();
  const chain = (value: ValueId) => {
    let entry = chains.get(value);
    if (entry === undefined) chains.set(value, (entry = { value, def: null, uses: [] }));
    return entry;
  };
  for (const block of fn.blocks) {
    block.instructions.forEach((instruction, index) => {
      if (instruction.result !== null) chain(instruction.result).def = { block: block.id, index };
      for (const id of instruction.operands) chain(id).uses.push({ block: block.id, index });
    });
  }
  return [...chains.values()].sort((a, b) => a.value - b.value);
}
