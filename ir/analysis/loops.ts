// Natural loops (one per header: the union of its back edges' bodies) and their nesting.
// A back edge is t → h where h dominates t; edges into a loop that h does not dominate
// (irreducible control flow, which the lowering never produces) make no loop.

import { successors } from '../cfg.js';
import type { BlockId, IRFunction } from '../types.js';
import type { Dominance } from './dominance.js';

/**
 * Invariants: `blocks` contains `header` and every latch; `parent` is the innermost loop
 * strictly containing this one (null at the top level); `depth` is 1 for an outermost
 * loop; `children` are the loops whose parent this is.
 */
export interface Loop {
  header: BlockId;
  latches: BlockId[];
  blocks: Set<BlockId>;
  parent: Loop | null;
  children: Loop[];
  depth: number;
}

/** Invariants: `loops` lists outer loops before the loops they contain (by header RPO);
 *  `innermost(b)` is the deepest loop containing b, or null. */
export class LoopInfo {
  readonly loops: Loop[] = [];
  private readonly innermostOf = new Map<BlockId, Loop>();

  constructor(fn: IRFunction, dominance: Dominance) {
    const preds = new Map<BlockId, BlockId[]>(fn.blocks.map((block) => [block.id, []]));
    for (const block of fn.blocks) {
      if (!dominance.reachable(block.id)) continue;
      for (const succ of new Set(successors(block))) preds.get(succ)?.push(block.id);
    }
    for (const header of dominance.order) {
      const latches = (preds.get(header) ?? []).filter((pred) => dominance.dominates(header, pred));
      if (latches.length === 0) continue;
      const body = new Set<BlockId>([header]);
      const stack = [...latches];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (body.has(id)) continue;
        body.add(id);
        stack.push(...(preds.get(id) ?? []));
      }
      this.loops.push({ header, latches, blocks: body, parent: null, children: [], depth: 1 });
    }
    // Outer loops come first (their header precedes in RPO), so the last containing loop
    // seen is the innermost one.
    for (const loop of this.loops) {
      for (const outer of this.loops) {
        if (outer !== loop && outer.blocks.has(loop.header) && outer.blocks.size > loop.blocks.size) loop.parent = outer;
      }
    }
    for (const loop of this.loops) {
      if (loop.parent !== null) loop.parent.children.push(loop);
      for (let p = loop.parent; p !== null; p = p.parent) loop.depth++;
    }
    const byDepth = [...this.loops].sort((a, b) => a.depth - b.depth);
    for (const loop of byDepth) for (const id of loop.blocks) this.innermostOf.set(id, loop);
  }

  innermost(id: BlockId): Loop | null {
    return this.innermostOf.get(id) ?? null;
  }
}
