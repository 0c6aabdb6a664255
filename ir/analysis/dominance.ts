// Dominators, the dominator tree and dominance frontiers of a function's blocks, over
// normal and exception edges (what SSA construction needs), plus the verifier's finer
// value-availability rule (exit(D) dominates entry(U)) for passes that move or merge values.

import { normalSuccessors, successors } from '../cfg.js';
import { DominatorTree, immediateDominators } from '../dom.js';
import type { BlockId, IRFunction } from '../types.js';

/**
 * Invariants: `order` lists the reachable blocks in reverse postorder (entry first);
 * `idom` has an entry for each of them (null for the entry block) and none for unreachable
 * blocks; `children` is the dominator tree in `order`; `frontier(b)` is b's dominance
 * frontier (Cytron et al.). A snapshot: stale once the CFG changes.
 */
export class Dominance {
  readonly order: BlockId[] = [];
  readonly idom = new Map<BlockId, BlockId | null>();
  readonly children = new Map<BlockId, BlockId[]>();
  private readonly frontiers = new Map<BlockId, Set<BlockId>>();
  private readonly index = new Map<BlockId, number>();
  private readonly blockTree: DominatorTree;
  private readonly splitTree: DominatorTree;

  constructor(fn: IRFunction) {
    fn.blocks.forEach((block, i) => this.index.set(block.id, i));
    const at = (id: BlockId) => this.index.get(id);
    const edges = fn.blocks.map((block) => successors(block).map(at).filter((i): i is number => i !== undefined));
    const idom = immediateDominators(fn.blocks.length, 0, edges);
    this.blockTree = new DominatorTree(idom);
    // Reverse postorder, iteratively (deep CFGs).
    const post: number[] = [];
    const seen = new Uint8Array(fn.blocks.length);
    const stack: [number, number][] = fn.blocks.length > 0 ? [[0, 0]] : [];
    if (fn.blocks.length > 0) seen[0] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const next = edges[top[0]][top[1]++];
      if (next === undefined) { post.push(top[0]); stack.pop(); } else if (!seen[next]) { seen[next] = 1; stack.push([next, 0]); }
    }
    for (const i of post.reverse()) {
      const id = fn.blocks[i].id;
      this.order.push(id);
      this.children.set(id, []);
    }
    for (const id of this.order) {
      const i = at(id)!;
      const parent = i === 0 ? null : fn.blocks[idom[i]].id;
      this.idom.set(id, parent);
      if (parent !== null) this.children.get(parent)!.push(id);
    }
    // Frontiers: for each join point, walk up from each predecessor to the idom.
    for (const id of this.order) this.frontiers.set(id, new Set());
    const preds = new Map<BlockId, BlockId[]>(this.order.map((id) => [id, []]));
    for (const id of this.order) for (const succ of new Set(successors(fn.blocks[at(id)!]))) preds.get(succ)?.push(id);
    for (const id of this.order) {
      const incoming = preds.get(id)!;
      if (incoming.length < 2) continue;
      for (const pred of incoming) {
        for (let runner: BlockId | null = pred; runner !== null && runner !== this.idom.get(id); runner = this.idom.get(runner) ?? null) {
          this.frontiers.get(runner)!.add(id);
        }
      }
    }
    // The split graph of verify.ts: node 2i = entry(block i), 2i+1 = exit(block i).
    const split: number[][] = [];
    fn.blocks.forEach((block) => {
      const handler = block.handler === null ? undefined : at(block.handler);
      split.push(handler === undefined ? [2 * at(block.id)! + 1] : [2 * at(block.id)! + 1, 2 * handler]);
      split.push(normalSuccessors(block).map(at).filter((i): i is number => i !== undefined).map((i) => 2 * i));
    });
    this.splitTree = new DominatorTree(immediateDominators(split.length, 0, split));
  }

  reachable(id: BlockId): boolean {
    return this.idom.has(id);
  }

  /** Block-level dominance over all edges (reflexive). */
  dominates(a: BlockId, b: BlockId): boolean {
    const i = this.index.get(a);
    const j = this.index.get(b);
    return i !== undefined && j !== undefined && this.blockTree.dominates(i, j);
  }

  /** Whether a value defined (by a non-for_iter op) in block `def` may be used in another
   *  block `use`: exit(def) dominates entry(use), the verifier's rule. */
  availableIn(def: BlockId, use: BlockId): boolean {
    const i = this.index.get(def);
    const j = this.index.get(use);
    return i !== undefined && j !== undefined && this.splitTree.dominates(2 * i + 1, 2 * j);
  }

  /** Whether a value available at the entry of `def` (a for_iter body's item, a phi
   *  operand across an exception edge) is available at the entry of `use`. */
  entryDominates(def: BlockId, use: BlockId): boolean {
    const i = this.index.get(def);
    const j = this.index.get(use);
    return i !== undefined && j !== undefined && this.splitTree.dominates(2 * i, 2 * j);
  }

  frontier(id: BlockId): ReadonlySet<BlockId> {
    return this.frontiers.get(id) ?? new Set();
  }
}
