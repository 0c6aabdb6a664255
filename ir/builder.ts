// Builds IR functions instruction by instruction; the lowering's only way to make IR.

import { OP_TABLE, type OpName } from './ops.js';
import type { AttrValue, Block, BlockId, FunctionKind, IRFunction, Instruction, Param, SourcePos, ValueId } from './types.js';

/**
 * Appends instructions to a current block. Invariant: after a terminator the builder has
 * no current block until `setBlock` (emitting then is a lowering bug and throws).
 */
export class FunctionBuilder {
  readonly fn: IRFunction;
  private nextValue = 0;
  private nextBlock = 0;
  private current: Block | null = null;
  /** Handler given to blocks created from now on (the try/except of the next issue sets it). */
  handler: BlockId | null = null;

  constructor(index: number, name: string, qualname: string, kind: FunctionKind,
    parent: number | null, line: number, params: Param[]) {
    this.fn = { index, name, qualname, kind, parent, line, docstring: null, params, locals: [], cellvars: [], freevars: [], blocks: [] };
    this.current = this.newBlock();
  }

  newBlock(): Block {
    const block: Block = { id: this.nextBlock++, instructions: [], handler: this.handler };
    this.fn.blocks.push(block);
    return block;
  }

  setBlock(block: Block): void {
    this.current = block;
  }

  /** True while instructions can be appended (the current block has no terminator yet). */
  get open(): boolean {
    return this.current !== null;
  }

  get block(): Block {
    if (this.current === null) throw new Error('pyx internal error: emitting into a terminated block');
    return this.current;
  }

  /** Appends an instruction; returns its result (null for ops without one). */
  emit(op: OpName, operands: ValueId[], attrs: Record<string, AttrValue>, pos: SourcePos | null): ValueId | null {
    const spec = OP_TABLE[op];
    const result = spec.result === null ? null : this.nextValue++;
    const instruction: Instruction = { op, result, operands, attrs, pos };
    const block = this.block;
    block.instructions.push(instruction);
    if (spec.flags.terminator) {
      this.current = null;
    } else if (block.handler !== null && spec.flags.writes.includes('locals')) {
      // Keeps the verifier's rule: a handler sees the locals of its raising block's entry.
      const next = this.newBlock();
      next.handler = block.handler;
      this.emit('jump', [], { target: next.id }, null);
      this.current = next;
    }
    return result;
  }

  /** emit() for ops that have a result. */
  value(op: OpName, operands: ValueId[], attrs: Record<string, AttrValue>, pos: SourcePos | null): ValueId {
    const result = this.emit(op, operands, attrs, pos);
    if (result === null) throw new Error(`pyx internal error: op ${op} has no result`);
    return result;
  }

  /** Inserts a phi at the top of `block` (after its other phis). */
  phi(block: Block, incoming: ValueId[], from: BlockId[], pos: SourcePos | null): ValueId {
    const result = this.nextValue++;
    let at = 0;
    while (at < block.instructions.length && block.instructions[at].op === 'phi') at++;
    block.instructions.splice(at, 0, { op: 'phi', result, operands: incoming, attrs: { from }, pos });
    return result;
  }
}
