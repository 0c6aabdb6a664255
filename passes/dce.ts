// dce: deletes instructions whose results are never used by anything that must stay, phi
// cycles included (mark from the ops that may raise, have side effects or end a block).
// Requires nothing; keeps the CFG (removes no blocks). Assumes only the op table's flags:
// an op that may raise is kept even when unused, since the raise is observable.

import type { Pass } from './pass.js';
import { removableWhenUnused } from './util.js';
import type { Instruction, ValueId } from '../ir/types.js';

export const dce: Pass = {
  name: 'dce',
  description: 'dead code elimination: drop unused instructions that neither raise nor have side effects',
  requires: [],
  invalidates: ['def-use', 'liveness'],
  stats: ['instructions removed', 'phis removed'],
  run(fn, ctx) {
    const definitions = new Map<ValueId, Instruction>();
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      if (instruction.result !== null) definitions.set(instruction.result, instruction);
    }
    const live = new Set<Instruction>();
    const work: Instruction[] = [];
    const mark = (instruction: Instruction) => {
      if (live.has(instruction)) return;
      live.add(instruction);
      work.push(instruction);
    };
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      if (!removableWhenUnused(instruction)) mark(instruction);
    }
    while (work.length > 0) {
      for (const operand of work.pop()!.operands) {
        const definition = definitions.get(operand);
        if (definition !== undefined) mark(definition);
      }
    }
    let changed = false;
    for (const block of fn.blocks) {
      const kept = block.instructions.filter((instruction) => live.has(instruction));
      if (kept.length === block.instructions.length) continue;
      for (const instruction of block.instructions) {
        if (!live.has(instruction)) ctx.count(instruction.op === 'phi' ? 'phis removed' : 'instructions removed');
      }
      block.instructions = kept;
      changed = true;
    }
    return changed;
  },
};
