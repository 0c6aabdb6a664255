// Def-use chains of a function's values: where each value is defined and every use of it.

import type { Block, IRFunction, Instruction, ValueId } from '../types.js';

export interface Use { block: Block; instruction: Instruction; operand: number }
export interface Definition { block: Block; instruction: Instruction }

/**
 * Invariants: `definitions` has one entry per defined value; `uses(v)` lists every operand
 * slot that reads v, in block then instruction order (a value used twice by one instruction
 * appears twice). A snapshot: stale once any instruction changes.
 */
export class DefUse {
  readonly definitions = new Map<ValueId, Definition>();
  private readonly useLists = new Map<ValueId, Use[]>();

  constructor(fn: IRFunction) {
    for (const block of fn.blocks) {
      for (const instruction of block.instructions) {
        if (instruction.result !== null) this.definitions.set(instruction.result, { block, instruction });
        instruction.operands.forEach((value, operand) => {
          let list = this.useLists.get(value);
          if (list === undefined) this.useLists.set(value, (list = []));
          list.push({ block, instruction, operand });
        });
      }
    }
  }

  uses(value: ValueId): readonly Use[] {
    return this.useLists.get(value) ?? [];
  }
}
