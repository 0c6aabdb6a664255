// inline: replaces a call of a module-level function by its body, when the call cannot
// observably differ. Assumes (and checks what it can): the callee's global name is bound
// exactly once, by its `def` in the module body, and never rebound: no other store/delete
// of that global anywhere, and the module never reads `globals`, `vars`, `exec`, `eval`,
// `setattr`, `delattr`, `__import__` nor imports `sys` (the ways to rebind it dynamically),
// nor assigns a `__code__`. The load of the global stays (it raises NameError before the
// def ran). Only single-block callees whose ops cannot raise or have side effects are
// inlined (a raise would lose the callee's traceback line), with exactly one positional
// argument per parameter. Not modelled: RecursionError at the depth limit (the inlined call
// no longer adds a frame). Requires nothing; keeps the CFG.

import { OP_TABLE } from '../ir/ops.js';
import type { IRFunction, IRModule, Instruction, ValueId } from '../ir/types.js';
import type { Pass } from './pass.js';
import { nextValueId, replaceUses } from './util.js';

const REBINDERS = new Set(['globals', 'vars', 'exec', 'eval', 'setattr', 'delattr', '__import__']);

/** Global name → the function index it is provably always bound to (once bound). */
function stableFunctions(module: IRModule): Map<string, number> {
  const stores = new Map<string, number>();
  const result = new Map<string, number>();
  const definitions = new Map<number, Instruction>();
  for (const fn of module.functions) for (const block of fn.blocks) for (const instruction of block.instructions) {
    if (instruction.result !== null && fn.index === 0) definitions.set(instruction.result, instruction);
    const name = instruction.attrs.name as string;
    if (instruction.op === 'load_global' && REBINDERS.has(name)) return new Map();
    if (instruction.op === 'import_name' && (name === 'sys' || name === '__main__')) return new Map();
    if ((instruction.op === 'store_attr' || instruction.op === 'delete_attr') && name === '__code__') return new Map();
    if (instruction.op === 'store_global' || instruction.op === 'delete_global') stores.set(name, (stores.get(name) ?? 0) + 1);
  }
  for (const block of module.functions[0].blocks) for (const instruction of block.instructions) {
    if (instruction.op !== 'store_global' || stores.get(instruction.attrs.name as string) !== 1) continue;
    const made = definitions.get(instruction.operands[0]);
    if (made?.op === 'make_function') result.set(instruction.attrs.name as string, made.attrs.fn as number);
  }
  return result;
}

/** Whether `callee`'s body can be copied into a caller: see the header. */
function inlinable(callee: IRFunction): boolean {
  if (callee.kind !== 'function' || callee.parent !== 0 || callee.cellvars.length > 0 || callee.freevars.length > 0) return false;
  if (callee.blocks.length !== 1) return false;
  if (callee.params.some((param) => param.hasDefault || (param.kind !== 'normal' && param.kind !== 'positional_only'))) return false;
  const params = new Set(callee.params.map((param) => param.name));
  const instructions = callee.blocks[0].instructions;
  return instructions.every((instruction, i) => {
    if (i === instructions.length - 1) return instruction.op === 'return';
    if (instruction.op === 'load_local') return params.has(instruction.attrs.name as string);
    const flags = OP_TABLE[instruction.op].flags;
    return !flags.mayRaise && !flags.sideEffects && instruction.op !== 'make_function' && instruction.op !== 'load_closure' && instruction.op !== 'phi';
  }) && !instructions.some((instruction) => instruction.op === 'store_local' || instruction.op === 'delete_local');
}

export const inline: Pass = {
  name: 'inline',
  description: 'inline calls of small non-raising module-level functions whose global binding never changes',
  requires: [],
  invalidates: 'all',
  stats: ['calls inlined'],
  run(fn, ctx) {
    const stable = stableFunctions(ctx.module);
    if (stable.size === 0) return false;
    const globals = new Map<ValueId, string>();
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      if (instruction.op === 'load_global') globals.set(instruction.result!, instruction.attrs.name as string);
    }
    let next = nextValueId(fn);
    const results = new Map<ValueId, ValueId>();
    for (const block of fn.blocks) {
      const out: Instruction[] = [];
      for (const instruction of block.instructions) {
        const name = instruction.op === 'call' && instruction.attrs.kwnames === undefined ? globals.get(instruction.operands[0]) : undefined;
        const index = name === undefined ? undefined : stable.get(name);
        const callee = index === undefined ? undefined : ctx.module.functions[index];
        const args = instruction.operands.slice(1);
        if (callee === undefined || callee === fn || !inlinable(callee) || args.length !== callee.params.length) {
          out.push(instruction);
          continue;
        }
        const renamed = new Map<ValueId, ValueId>();
        const body = callee.blocks[0].instructions;
        for (const original of body.slice(0, -1)) {
          if (original.op === 'load_local') {
            renamed.set(original.result!, args[callee.params.findIndex((param) => param.name === original.attrs.name)]);
            continue;
          }
          const copy: Instruction = { ...original, attrs: { ...original.attrs }, operands: original.operands.map((v) => renamed.get(v) ?? v),
            result: original.result === null ? null : next++, pos: instruction.pos };
          if (original.result !== null) renamed.set(original.result, copy.result!);
          out.push(copy);
        }
        const returned = body[body.length - 1].operands[0];
        results.set(instruction.result!, renamed.get(returned) ?? returned);
        ctx.count('calls inlined');
      }
      block.instructions = out;
    }
    if (results.size === 0) return false;
    replaceUses(fn, results);
    return true;
  },
};
