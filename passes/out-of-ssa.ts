// out-of-ssa: replaces phis by copies through fresh locals (`.phiN`): each predecessor
// stores its input just before its terminator and the block loads it at its top. One local
// per phi makes the swap and lost-copy problems impossible (stores read SSA values, never
// these locals; a store seen by a branch's other target is never read there). An edge is
// split only when its predecessor has a handler and a terminator that may raise (the
// handler must see the locals of the block's entry). Phis of handler blocks stay, and so
// does a phi of a protected block whose value the handler's code uses: a load at the block's
// top would not exist yet when the block raises (the SSA pass names a loop header's phi in
// the handler of the loop: `try: while ...: n += 1 / except: print(n)`).
// Requires nothing; may add blocks.

import { OP_TABLE } from '../ir/ops.js';
import { terminatorOf, type Block, type BlockId, type Instruction, type ValueId } from '../ir/types.js';
import { successors } from '../ir/cfg.js';
import type { Pass } from './pass.js';
import { nextBlockId } from './util.js';

export const outOfSsa: Pass = {
  name: 'out-of-ssa',
  description: 'replace phis by stores to fresh locals in predecessors and loads at the block top',
  requires: [],
  invalidates: 'all',
  stats: ['phis removed', 'edges split'],
  run(fn, ctx) {
    const handlers = new Set(fn.blocks.map((block) => block.handler).filter((id): id is BlockId => id !== null));
    const blocks = new Map(fn.blocks.map((block) => [block.id, block]));
    let nextBlock = nextBlockId(fn);
    const split = new Map<string, Block>(); // "pred>block" → the block on that edge
    let changed = false;
    for (const block of [...fn.blocks]) {
      if (handlers.has(block.id)) continue;
      const seenByHandler = block.handler === null ? null : usedFrom(blocks, block.handler, block.id);
      const phis = block.instructions.filter((instruction) => instruction.op === 'phi' && !seenByHandler?.has(instruction.result!));
      if (phis.length === 0) continue;
      const loads: Instruction[] = [];
      for (const phi of phis) {
        const name = `.phi${phi.result}`;
        if (!fn.locals.includes(name)) fn.locals.push(name);
        (phi.attrs.from as number[]).forEach((from, i) => {
          const store: Instruction = { op: 'store_local', result: null, operands: [phi.operands[i]], attrs: { name }, pos: null };
          const pred = blocks.get(from)!;
          const terminator = terminatorOf(pred)!;
          if (pred.handler === null || !OP_TABLE[terminator.op].flags.mayRaise) {
            pred.instructions.splice(pred.instructions.length - 1, 0, store);
            return;
          }
          // The store would precede a raising terminator in a block with a handler: the
          // handler must see the locals of the block's entry, so the store gets its own block.
          const key = `${from}>${block.id}`;
          let middle = split.get(key);
          if (middle === undefined) {
            middle = { id: nextBlock++, instructions: [{ op: 'jump', result: null, operands: [], attrs: { target: block.id }, pos: null }], handler: null };
            split.set(key, middle);
            fn.blocks.splice(fn.blocks.indexOf(block), 0, middle);
            blocks.set(middle.id, middle);
            for (const attr of ['target', 'then', 'else', 'exit']) if (terminator.attrs[attr] === block.id) terminator.attrs[attr] = middle.id;
            ctx.count('edges split');
          }
          middle.instructions.splice(middle.instructions.length - 1, 0, store);
        });
        loads.push({ op: 'load_local', result: phi.result, operands: [], attrs: { name }, pos: phi.pos });
        ctx.count('phis removed');
      }
      const kept = block.instructions.filter((instruction) => instruction.op === 'phi' && !phis.includes(instruction));
      block.instructions = [...kept, ...loads, ...block.instructions.filter((instruction) => instruction.op !== 'phi')];
      changed = true;
    }
    return changed;
  },
};

/** The values used by the blocks reachable from `handler` (its code), other than `owner`. */
function usedFrom(blocks: Map<BlockId, Block>, handler: BlockId, owner: BlockId): Set<ValueId> {
  const used = new Set<ValueId>();
  const seen = new Set<BlockId>([handler]);
  const work = [handler];
  while (work.length > 0) {
    const block = blocks.get(work.pop()!);
    if (block === undefined) continue;
    if (block.id !== owner) for (const instruction of block.instructions) for (const operand of instruction.operands) used.add(operand);
    for (const next of successors(block)) if (!seen.has(next)) { seen.add(next); work.push(next); }
  }
  return used;
}
