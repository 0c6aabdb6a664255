// gvn: global value numbering over the dominator tree: an op identical to an earlier one
// (same op, operands and attributes) that is available at it is replaced by it. Only ops
// the op table calls pure are merged across blocks (others allocate — `is` sees identity —
// or read mutable state); within one block, loads of a global/cell/local are also merged
// when no op between them may write that region (the first load raising means the second
// never runs, so NameError/UnboundLocalError stay). Requires dominance; keeps the CFG.

import type { ConstantValue } from '../ast/nodes.js';
import { OP_TABLE, type Region } from '../ir/ops.js';
import type { BlockId, Instruction, ValueId } from '../ir/types.js';
import type { Pass } from './pass.js';
import { replaceUses } from './util.js';

const LOADS: Partial<Record<string, Region>> = { load_global: 'globals', load_deref: 'cells', load_local: 'locals' };

function constantKey(value: ConstantValue): string {
  if (value === null) return 'None';
  if (typeof value === 'number') return `f:${Object.is(value, -0) ? '-0' : String(value)}`;
  if (typeof value === 'bigint') return `i:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  if (typeof value === 'string') return `s:${JSON.stringify(value)}`;
  if (value.kind === 'bytes') return `y:${Array.from(value.value).join(',')}`;
  if (value.kind === 'complex') return `j:${Object.is(value.imag, -0) ? '-0' : String(value.imag)}`;
  return 'Ellipsis';
}

function keyOf(instruction: Instruction, resolve: (v: ValueId) => ValueId): string {
  const attrs = instruction.op === 'const' ? constantKey(instruction.attrs.value as ConstantValue)
    : JSON.stringify(instruction.attrs, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
  return `${instruction.op}(${instruction.operands.map(resolve).join(',')})${attrs}`;
}

export const gvn: Pass = {
  name: 'gvn',
  description: 'global value numbering: merge identical pure ops (and repeated loads within a block)',
  requires: ['dominance'],
  invalidates: ['def-use', 'liveness'],
  stats: ['pure ops merged', 'loads merged'],
  run(fn, ctx) {
    const dominance = ctx.get('dominance');
    const blocks = new Map(fn.blocks.map((block) => [block.id, block]));
    const map = new Map<ValueId, ValueId>();
    const resolve = (value: ValueId) => { let v = value; while (map.has(v)) v = map.get(v)!; return v; };
    const seen = new Map<string, { block: BlockId; value: ValueId }[]>();
    for (const id of dominance.order) {
      const block = blocks.get(id)!;
      const epoch: Record<Region, number> = { locals: 0, cells: 0, globals: 0, heap: 0 };
      const loads = new Map<string, ValueId>();
      for (const instruction of block.instructions) {
        const spec = OP_TABLE[instruction.op];
        const region = LOADS[instruction.op];
        if (region !== undefined && instruction.result !== null) {
          const key = `${keyOf(instruction, resolve)}@${epoch[region]}`;
          const earlier = loads.get(key);
          if (earlier !== undefined) { map.set(instruction.result, earlier); ctx.count('loads merged'); } else loads.set(key, instruction.result);
        } else if (spec.flags.pure && instruction.result !== null) {
          // A phi is only the same as another phi of the same block.
          const key = keyOf(instruction, resolve) + (instruction.op === 'phi' ? `#${id}` : '');
          const candidates = seen.get(key) ?? [];
          const found = candidates.find((c) => c.block === id || dominance.availableIn(c.block, id));
          if (found !== undefined) { map.set(instruction.result, found.value); ctx.count('pure ops merged'); } else {
            candidates.push({ block: id, value: instruction.result });
            seen.set(key, candidates);
          }
        }
        for (const written of spec.flags.writes) epoch[written]++;
      }
    }
    if (map.size === 0) return false;
    for (const block of fn.blocks) {
      block.instructions = block.instructions.filter((instruction) => instruction.result === null || !map.has(instruction.result));
    }
    replaceUses(fn, map);
    return true;
  },
};
