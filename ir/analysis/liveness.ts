// Liveness of values per block (backward dataflow to a fixed point). A phi operand is
// used at the end of its predecessor over a normal edge and at the entry of the
// predecessor over an exception edge (the raise may come before anything in the block).

import { normalSuccessors } from '../cfg.js';
import type { BlockId, IRFunction, ValueId } from '../types.js';

/**
 * Invariants: for every block, `liveIn` ⊆ values defined outside it or by its phis' operands'
 * flow; `liveOut(b)` is the union over normal successors s of liveIn(s) minus s's phi
 * results plus the operands s's phis take from b. Values live into a handler are live-in of
 * each block naming it. A snapshot.
 */
export class Liveness {
  readonly liveIn = new Map<BlockId, Set<ValueId>>();
  readonly liveOut = new Map<BlockId, Set<ValueId>>();

  constructor(fn: IRFunction) {
    const blocks = new Map(fn.blocks.map((block) => [block.id, block]));
    const phiResults = new Map<BlockId, Set<ValueId>>();
    const phiInputs = new Map<BlockId, Map<BlockId, ValueId[]>>(); // block → pred → operands
    for (const block of fn.blocks) {
      const results = new Set<ValueId>();
      const inputs = new Map<BlockId, ValueId[]>();
      for (const instruction of block.instructions) {
        if (instruction.op !== 'phi') break;
        results.add(instruction.result!);
        (instruction.attrs.from as number[]).forEach((pred, i) => {
          if (!inputs.has(pred)) inputs.set(pred, []);
          inputs.get(pred)!.push(instruction.operands[i]);
        });
      }
      phiResults.set(block.id, results);
      phiInputs.set(block.id, inputs);
      this.liveIn.set(block.id, new Set());
      this.liveOut.set(block.id, new Set());
    }
    for (let changed = true; changed;) {
      changed = false;
      for (let b = fn.blocks.length - 1; b >= 0; b--) {
        const block = fn.blocks[b];
        const out = new Set<ValueId>();
        for (const succ of normalSuccessors(block)) {
          if (!blocks.has(succ)) continue;
          const results = phiResults.get(succ)!;
          for (const value of this.liveIn.get(succ)!) if (!results.has(value)) out.add(value);
          for (const value of phiInputs.get(succ)!.get(block.id) ?? []) out.add(value);
        }
        const live = new Set(out);
        for (let i = block.instructions.length - 1; i >= 0; i--) {
          const instruction = block.instructions[i];
          if (instruction.result !== null) live.delete(instruction.result);
          if (instruction.op !== 'phi') for (const value of instruction.operands) live.add(value);
        }
        if (block.handler !== null && blocks.has(block.handler)) {
          const results = phiResults.get(block.handler)!;
          for (const value of this.liveIn.get(block.handler)!) if (!results.has(value)) live.add(value);
          for (const value of phiInputs.get(block.handler)!.get(block.id) ?? []) live.add(value);
        }
        const previousIn = this.liveIn.get(block.id)!;
        const previousOut = this.liveOut.get(block.id)!;
        if (live.size !== previousIn.size || out.size !== previousOut.size) changed = true;
        this.liveIn.set(block.id, live);
        this.liveOut.set(block.id, out);
      }
    }
  }
}
