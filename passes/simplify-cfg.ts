// simplify-cfg: cleans the CFG: empty jump-only blocks are bypassed, a block is merged
// into its only predecessor when that ends with a jump to it, unreachable blocks are
// deleted. Requires nothing; changes the CFG. Blocks with a handler are never merged (the
// handler's phis take values at the raising block's entry, which merging would move).

import { blockMap, bypassEmptyBlocks, normalSuccessors, predecessors, removeUnreachable } from '../ir/cfg.js';
import { terminatorOf, type ValueId } from '../ir/types.js';
import type { Pass } from './pass.js';
import { replaceUses } from './util.js';

export const simplifyCfg: Pass = {
  name: 'simplify-cfg',
  description: 'CFG cleanup: bypass empty blocks, merge straight-line blocks, drop unreachable blocks',
  requires: [],
  invalidates: 'all',
  stats: ['edges retargeted', 'blocks merged', 'blocks removed'],
  run(fn, ctx) {
    let changedAny = false;
    for (let changed = true; changed;) {
      changed = false;
      // A branch to the same block both ways is NOT turned into a jump: `branch` tests the
      // condition's truth value, which may call __bool__/__len__ (and raise).
      const bypassed = bypassEmptyBlocks(fn);
      if (bypassed > 0) { ctx.count('edges retargeted', bypassed); changed = true; }
      const before = fn.blocks.length;
      removeUnreachable(fn);
      if (fn.blocks.length !== before) { ctx.count('blocks removed', before - fn.blocks.length); changed = true; }
      if (mergeOne(fn)) { ctx.count('blocks merged'); changed = true; }
      changedAny ||= changed;
    }
    return changedAny;
  },
};

/** Merges one block into its single predecessor; true when it did. */
function mergeOne(fn: Parameters<Pass['run']>[0]): boolean {
  const preds = predecessors(fn);
  const blocks = blockMap(fn);
  const entry = fn.blocks[0].id;
  for (const block of fn.blocks) {
    const terminator = terminatorOf(block)!;
    if (terminator.op !== 'jump') continue;
    const target = terminator.attrs.target as number;
    const next = blocks.get(target);
    if (next === undefined || target === entry || target === block.id) continue;
    if ((preds.get(target) ?? []).length !== 1 || next.handler !== block.handler) continue;
    if (block.handler !== null) continue;
    // next's phis have one input (from block): they are copies of it.
    const map = new Map<ValueId, ValueId>();
    for (const instruction of next.instructions) if (instruction.op === 'phi') map.set(instruction.result!, instruction.operands[0]);
    block.instructions = [...block.instructions.slice(0, -1), ...next.instructions.filter((i) => i.op !== 'phi')];
    fn.blocks = fn.blocks.filter((b) => b !== next);
    // Successors of `next` now come from `block`.
    for (const succ of new Set(normalSuccessors(block))) {
      for (const instruction of blocks.get(succ)?.instructions ?? []) {
        if (instruction.op !== 'phi') break;
        instruction.attrs.from = (instruction.attrs.from as number[]).map((id) => (id === target ? block.id : id));
      }
    }
    replaceUses(fn, map);
    return true;
  }
  return false;
}
