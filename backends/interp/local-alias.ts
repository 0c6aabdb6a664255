// Which load_local results can live in their local's own frame slot, so the load needs no
// step at all: a closure-level fusion (like attr.ts's method loads) that cuts the dispatches
// of -O0 code, where every read of a local is a load_local copying it to a fresh value slot
// (~40% of the ops a numeric loop executes). The IR, its passes and its dumps are unchanged.
//
// A load of local `x` giving %v is aliased to x's slot when
// - x is definitely bound there (so the load's UnboundLocalError check can never fire):
//   a forward must-analysis over the CFG with its exception edges; parameters are bound on
//   entry, store_local binds, delete_local unbinds, a handler sees what every block it
//   protects had at its start, less what they delete (it may be entered after any prefix);
// - every use of %v is later in the same block (no phi, no other block), and no store_local
//   or delete_local of x comes between the load and the last use: so reading the slot at a
//   use gives what the load would have copied. Nothing else writes a function's fast locals
//   (exec and frame.f_locals write a snapshot, PEP 667), and a function that names
//   locals()/vars()/dir()/eval()/exec() is left alone anyway, as passes/ssa.ts does.

import type { IRFunction } from '../../ir/types.js';
import { successors } from '../../ir/cfg.js';

const FRAME_READERS = new Set(['locals', 'vars', 'dir', 'eval', 'exec']);

/** load_local result id → local name, for the loads whose result can share the local's slot. */
export function aliasedLoads(fn: IRFunction): Map<number, string> {
  const aliased = new Map<number, string>();
  if (fn.blocks.length === 0) return aliased;
  for (const block of fn.blocks) for (const ins of block.instructions) {
    if ((ins.op === 'load_global' || ins.op === 'load_name') && FRAME_READERS.has(ins.attrs.name as string)) return aliased;
  }
  const bound = definitelyBound(fn);
  // Each value's uses: the block (index) of all of them and the last position there, or
  // block -1 when a phi or more than one block uses it.
  const useBlock = new Map<number, number>();
  const lastUse = new Map<number, number>();
  fn.blocks.forEach((block, k) => block.instructions.forEach((ins, i) => {
    for (const id of ins.operands) {
      const where = useBlock.get(id);
      if (ins.op === 'phi' || (where !== undefined && where !== k)) useBlock.set(id, -1);
      else { useBlock.set(id, k); lastUse.set(id, i); }
    }
  }));
  fn.blocks.forEach((block, k) => {
    const have = new Set(bound[k]);
    const body = block.instructions;
    body.forEach((ins, i) => {
      const name = ins.attrs.name as string;
      if (ins.op === 'load_local' && ins.result !== null && have.has(name) && useBlock.get(ins.result) === k) {
        const last = lastUse.get(ins.result)!;
        if (last > i && !writesBetween(body, i, last, name)) aliased.set(ins.result, name);
      }
      if (ins.op === 'store_local') have.add(name);
      if (ins.op === 'delete_local') have.delete(name);
    });
  });
  return aliased;
}

function writesBetween(body: IRFunction['blocks'][number]['instructions'], from: number, to: number, name: string): boolean {
  for (let j = from + 1; j < to; j++) {
    const ins = body[j];
    if ((ins.op === 'store_local' || ins.op === 'delete_local') && ins.attrs.name === name) return true;
  }
  return false;
}

/** For each block (by index), the locals definitely bound at its start. */
function definitelyBound(fn: IRFunction): Set<string>[] {
  const n = fn.blocks.length;
  const index = new Map(fn.blocks.map((block, k) => [block.id, k]));
  const all = new Set<string>([...fn.locals, ...fn.params.map((p) => p.name)]);
  // Optimistic start (everything bound) for all but the entry; intersections only shrink.
  const start: Set<string>[] = fn.blocks.map((_, k) => (k === 0 ? new Set(fn.params.map((p) => p.name)) : new Set(all)));
  const reached = new Array<boolean>(n).fill(false);
  reached[0] = true;
  let changed = true;
  while (changed) {
    changed = false;
    fn.blocks.forEach((block, k) => {
      if (!reached[k]) return;
      const end = new Set(start[k]);
      const deleted = new Set<string>();
      for (const ins of block.instructions) {
        if (ins.op === 'store_local') end.add(ins.attrs.name as string);
        if (ins.op === 'delete_local') { end.delete(ins.attrs.name as string); deleted.add(ins.attrs.name as string); }
      }
      for (const succ of successors(block)) {
        const s = index.get(succ);
        if (s === undefined) continue;
        // The handler may be entered before any of this block's stores ran.
        const flowing = succ === block.handler ? [...start[k]].filter((x) => !deleted.has(x)) : [...end];
        const before = start[s].size;
        if (!reached[s]) { reached[s] = true; start[s] = new Set(flowing); changed = true; continue; }
        const keep = new Set(flowing);
        for (const x of [...start[s]]) if (!keep.has(x)) start[s].delete(x);
        if (start[s].size !== before) changed = true;
      }
    });
  }
  return start;
}
