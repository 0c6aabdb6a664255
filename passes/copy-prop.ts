// copy-prop: replaces each use of a copy by the value it copies. The IR has no copy op;
// copies are phis whose operands are all one value (or the phi itself), as ssa, sccp and
// simplify-cfg leave them; removing one can make another trivial (iterated). Requires
// nothing; keeps the CFG. Assumes nothing about Python semantics: a phi never runs code.

import type { ValueId } from '../ir/types.js';
import type { Pass } from './pass.js';
import { replaceUses } from './util.js';

export const copyProp: Pass = {
  name: 'copy-prop',
  description: 'copy propagation: replace trivial phis (all inputs the same value) by that value',
  requires: [],
  invalidates: ['def-use', 'liveness'],
  stats: ['copies removed'],
  run(fn, ctx) {
    const map = new Map<ValueId, ValueId>();
    const resolve = (value: ValueId) => { let v = value; while (map.has(v)) v = map.get(v)!; return v; };
    for (let found = true; found;) {
      found = false;
      for (const block of fn.blocks) for (const instruction of block.instructions) {
        if (instruction.op !== 'phi' || map.has(instruction.result!)) continue;
        const inputs = new Set(instruction.operands.map(resolve).filter((v) => v !== instruction.result));
        if (inputs.size !== 1) continue;
        map.set(instruction.result!, [...inputs][0]);
        found = true;
      }
    }
    if (map.size === 0) return false;
    for (const block of fn.blocks) {
      block.instructions = block.instructions.filter((instruction) => instruction.result === null || !map.has(instruction.result));
    }
    replaceUses(fn, map);
    ctx.count('copies removed', map.size);
    return true;
  },
};
