// Which results can be computed straight into the local they are stored to, so the
// store_local that copies them takes no step: `x = a + b` is one dispatch, not two. A
// closure-level fusion like local-alias.ts's (the IR, its passes and its dumps are unchanged);
// together they turn -O0's load/compute/store triples into the single compute a register
// machine would execute.
//
// Result %v of instruction D goes to local x's slot when
// - the only use of %v is `store_local x %v`, and that store is the next instruction to run
//   after D: the next in D's block, or, for a for_iter, the first of its body block, which
//   nothing else enters;
// - D is an op that writes its result as its very last action, after reading all its
//   operands (FORWARDABLE): if it raises, x still holds its old value, as it would have
//   without the fusion, and an operand that reads x (an aliased load) sees the old value.
// Nothing between D's write and the skipped store can observe x: there is no such instruction.

import type { IRFunction, Instruction } from '../../ir/types.js';
import { blockMap, successors } from '../../ir/cfg.js';

/** Ops whose closures and inline paths write the result slot last. */
const FORWARDABLE = new Set([
  'add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'bit_and', 'bit_or', 'bit_xor',
  'inplace_add', 'inplace_sub', 'inplace_mul', 'inplace_matmul', 'inplace_truediv', 'inplace_floordiv', 'inplace_mod',
  'inplace_pow', 'inplace_lshift', 'inplace_rshift', 'inplace_bit_and', 'inplace_bit_or', 'inplace_bit_xor',
  'neg', 'pos', 'invert', 'not', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is', 'is_not', 'in', 'not_in',
  'call', 'load_attr', 'load_global', 'subscr', 'for_iter',
]);

/** The fusions of a function: result id → local name, and the store_local instructions that
 *  then take no step. */
export interface Forwarding {
  readonly results: Map<number, string>;
  readonly stores: Set<Instruction>;
}

/**
 * The results of `fn` that can be computed into their local's slot. `taken`: results that
 * already have a slot of their own choosing (aliased loads, constants): left alone.
 */
export function forwardedStores(fn: IRFunction, taken: ReadonlySet<number>): Forwarding {
  const results = new Map<number, string>();
  const stores = new Set<Instruction>();
  const uses = new Map<number, number>();
  const preds = new Map<number, number>();
  for (const block of fn.blocks) {
    for (const ins of block.instructions) for (const id of ins.operands) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  for (const block of fn.blocks) for (const target of successors(block)) preds.set(target, (preds.get(target) ?? 0) + 1);
  const byId = blockMap(fn);
  const fuse = (d: Instruction, s: Instruction | undefined) => {
    if (s === undefined || s.op !== 'store_local' || d.result === null || s.operands[0] !== d.result) return;
    if (uses.get(d.result) !== 1 || taken.has(d.result) || !FORWARDABLE.has(d.op)) return;
    results.set(d.result, s.attrs.name as string);
    stores.add(s);
  };
  for (const block of fn.blocks) {
    const body = block.instructions;
    for (let i = 0; i + 1 < body.length; i++) fuse(body[i], body[i + 1]);
    const last = body[body.length - 1];
    if (last?.op === 'for_iter') {
      const target = byId.get(last.attrs.body as number);
      if (target !== undefined && preds.get(target.id) === 1 && target.id !== block.id) fuse(last, target.instructions[0]);
    }
  }
  return { results, stores };
}
