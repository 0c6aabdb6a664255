// sccp: sparse conditional constant propagation (Wegman & Zadeck): finds values that are
// constant on every executable path and branches that go one way, folds them (rules and
// what they assume in fold.ts: only int/bool/float/str arithmetic, never an op that would
// raise, such as 1/0), turns decided branches into jumps and deletes unreachable blocks.
// Requires nothing (most effective after ssa); changes the CFG.

import type { ConstantValue } from '../ast/nodes.js';
import { normalSuccessors, removeUnreachable } from '../ir/cfg.js';
import { OP_TABLE } from '../ir/ops.js';
import { terminatorOf, type Block, type BlockId, type Instruction, type ValueId } from '../ir/types.js';
import { fold, foldable, truthy } from './fold.js';
import type { Pass } from './pass.js';
import { topInsertionPoint } from './util.js';

/** Lattice: absent = not yet known (top); BOTTOM = varies; { value } = that constant. */
const BOTTOM = 'bottom' as const;
type Cell = { value: ConstantValue } | typeof BOTTOM;

function sameConstant(a: ConstantValue, b: ConstantValue): boolean {
  if (typeof a !== typeof b) return false; // 1, 1.0 and True are different constants
  if (typeof a === 'number') return Object.is(a, b); // 0.0 vs -0.0 differ
  if (typeof a === 'object' && a !== null) return false; // bytes/complex/...: not merged
  return a === b;
}

export const sccp: Pass = {
  name: 'sccp',
  description: 'sparse conditional constant propagation: fold constants, decide branches, drop dead blocks',
  requires: [],
  invalidates: 'all',
  stats: ['values folded', 'branches decided', 'blocks removed'],
  run(fn, ctx) {
    const blocks = new Map(fn.blocks.map((block) => [block.id, block]));
    const cells = new Map<ValueId, Cell>();
    const executable = new Set<BlockId>();
    const edges = new Set<string>(); // "from>to", normal or exception
    const key = (from: BlockId, to: BlockId) => `${from}>${to}`;
    const cellOf = (value: ValueId): Cell | undefined => cells.get(value);

    const evaluate = (block: Block, instruction: Instruction): Cell | undefined => {
      if (instruction.op === 'const') return { value: instruction.attrs.value as ConstantValue };
      if (instruction.op === 'phi') {
        let result: Cell | undefined;
        const from = instruction.attrs.from as number[];
        for (let i = 0; i < from.length; i++) {
          if (!edges.has(key(from[i], block.id))) continue;
          const cell = cellOf(instruction.operands[i]);
          if (cell === undefined) continue;
          if (cell === BOTTOM) return BOTTOM;
          if (result === undefined) result = cell;
          else if (result !== BOTTOM && !sameConstant(result.value, cell.value)) return BOTTOM;
        }
        return result;
      }
      if (!foldable(instruction.op) || OP_TABLE[instruction.op].result !== 'object') return BOTTOM;
      const values: ConstantValue[] = [];
      for (const operand of instruction.operands) {
        const cell = cellOf(operand);
        if (cell === undefined) return undefined;
        if (cell === BOTTOM) return BOTTOM;
        values.push(cell.value);
      }
      const folded = fold(instruction.op, values);
      return folded === null ? BOTTOM : folded;
    };

    // Round-robin to a fixed point: cells only move down the lattice, so this terminates.
    const entry = fn.blocks[0].id;
    executable.add(entry);
    for (let changed = true; changed;) {
      changed = false;
      for (const block of fn.blocks) {
        if (!executable.has(block.id)) continue;
        for (const instruction of block.instructions) {
          if (instruction.result !== null) {
            const before = cells.get(instruction.result);
            const after = evaluate(block, instruction);
            if (after !== undefined && (before === undefined || (before !== BOTTOM && (after === BOTTOM || !sameConstant(before.value, after.value))))) {
              cells.set(instruction.result, before !== undefined && after !== BOTTOM ? BOTTOM : after);
              changed = true;
            }
          }
        }
        const targets: BlockId[] = [];
        const terminator = terminatorOf(block)!;
        if (terminator.op === 'branch') {
          const cell = cellOf(terminator.operands[0]);
          if (cell === BOTTOM) targets.push(...normalSuccessors(block));
          else if (cell !== undefined) targets.push((truthy(cell.value) ? terminator.attrs.then : terminator.attrs.else) as number);
        } else targets.push(...normalSuccessors(block));
        if (block.handler !== null) targets.push(block.handler);
        for (const target of targets) {
          if (!edges.has(key(block.id, target))) { edges.add(key(block.id, target)); changed = true; }
          if (!executable.has(target)) { executable.add(target); changed = true; }
        }
      }
    }

    // --- Rewrite ---
    let changed = false;
    for (const block of fn.blocks) {
      if (!executable.has(block.id)) continue;
      const constants: Instruction[] = [];
      block.instructions = block.instructions.filter((instruction) => {
        if (instruction.result === null || instruction.op === 'const') return true;
        const cell = cells.get(instruction.result);
        if (cell === undefined || cell === BOTTOM) return true;
        if (OP_TABLE[instruction.op].result !== 'object' && instruction.op !== 'phi') return true;
        const replacement: Instruction = { op: 'const', result: instruction.result, operands: [], attrs: { value: cell.value }, pos: instruction.pos };
        ctx.count('values folded');
        changed = true;
        if (instruction.op === 'phi') { constants.push(replacement); return false; }
        Object.assign(instruction, replacement);
        return true;
      });
      block.instructions.splice(topInsertionPoint(block), 0, ...constants);
      const terminator = terminatorOf(block)!;
      if (terminator.op === 'branch') {
        const cell = cells.get(terminator.operands[0]);
        if (cell !== undefined && cell !== BOTTOM) {
          const taken = (truthy(cell.value) ? terminator.attrs.then : terminator.attrs.else) as number;
          const dropped = (truthy(cell.value) ? terminator.attrs.else : terminator.attrs.then) as number;
          Object.assign(terminator, { op: 'jump', operands: [], attrs: { target: taken } });
          if (dropped !== taken && block.handler !== dropped) removePhiInput(blocks.get(dropped), block.id);
          ctx.count('branches decided');
          changed = true;
        }
      }
    }
    const before = fn.blocks.length;
    removeUnreachable(fn);
    if (fn.blocks.length !== before) {
      ctx.count('blocks removed', before - fn.blocks.length);
      changed = true;
    }
    return changed;
  },
};

/** Removes `from`'s operand from the phis of `block` (the edge from → block is gone). */
export function removePhiInput(block: Block | undefined, from: BlockId): void {
  if (block === undefined) return;
  for (const instruction of block.instructions) {
    if (instruction.op !== 'phi') break;
    const sources = instruction.attrs.from as number[];
    const at = sources.indexOf(from);
    if (at < 0) continue;
    instruction.attrs.from = sources.filter((_, i) => i !== at);
    instruction.operands = instruction.operands.filter((_, i) => i !== at);
  }
}
