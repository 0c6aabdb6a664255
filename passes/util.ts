// Small IR-editing helpers shared by passes.

import { OP_TABLE } from '../ir/ops.js';
import type { Block, BlockId, IRFunction, Instruction, ValueId } from '../ir/types.js';

/** One more than the largest value id in `fn` (a fresh id for a new instruction). */
export function nextValueId(fn: IRFunction): ValueId {
  let max = -1;
  for (const block of fn.blocks) for (const instruction of block.instructions) {
    if (instruction.result !== null && instruction.result > max) max = instruction.result;
  }
  return max + 1;
}

export function nextBlockId(fn: IRFunction): BlockId {
  return fn.blocks.reduce((max, block) => Math.max(max, block.id), -1) + 1;
}

/** Rewrites every operand through `map` (followed transitively: a → b → c reads as c).
 *  Returns how many operand slots changed. */
export function replaceUses(fn: IRFunction, map: ReadonlyMap<ValueId, ValueId>): number {
  if (map.size === 0) return 0;
  const resolve = (value: ValueId): ValueId => {
    let current = value;
    for (let steps = 0; map.has(current) && steps <= map.size; steps++) current = map.get(current)!;
    return current;
  };
  let changed = 0;
  for (const block of fn.blocks) for (const instruction of block.instructions) {
    instruction.operands = instruction.operands.map((operand) => {
      const target = resolve(operand);
      if (target !== operand) changed++;
      return target;
    });
  }
  return changed;
}

/** Whether deleting `instruction` when its result is unused keeps behaviour: it neither may
 *  raise nor has side effects (the op table's rule; allocations like build_list qualify). */
export function removableWhenUnused(instruction: Instruction): boolean {
  const flags = OP_TABLE[instruction.op].flags;
  return !flags.mayRaise && !flags.sideEffects && !flags.terminator;
}

export function isPure(instruction: Instruction): boolean {
  return OP_TABLE[instruction.op].flags.pure;
}

/** Index of the first non-phi instruction of `block`. */
export function firstNonPhi(block: Block): number {
  let at = 0;
  while (at < block.instructions.length && block.instructions[at].op === 'phi') at++;
  return at;
}

/** Where new non-phi instructions may go at the top of `block`: after its phis and after
 *  the `landing` that must open a handler block (the try/except ops of the next issue). */
export function topInsertionPoint(block: Block): number {
  const at = firstNonPhi(block);
  return (block.instructions[at]?.op as string | undefined) === 'landing' ? at + 1 : at;
}
