// licm: loop-invariant code motion: moves ops whose operands are all defined outside a
// loop into its preheader (made when missing), innermost loops first. Only ops the op
// table calls pure move (const, is, tuple_get, ...): they never raise, so running them
// when the loop runs zero times is unobservable; an allocation or a load may not move
// (identity, or a raise on the wrong path). Requires dominance and loops; may add blocks.

import { predecessors } from '../ir/cfg.js';
import type { Loop } from '../ir/analysis/loops.js';
import { terminatorOf, type Block, type BlockId, type IRFunction, type Instruction, type ValueId } from '../ir/types.js';
import type { Pass } from './pass.js';
import { firstNonPhi, isPure, nextBlockId, nextValueId } from './util.js';

export const licm: Pass = {
  name: 'licm',
  description: 'loop-invariant code motion of pure ops into loop preheaders',
  requires: ['loops'],
  invalidates: 'all',
  stats: ['ops hoisted', 'preheaders created'],
  run(fn, ctx) {
    let changed = false;
    // First give every loop a preheader (this changes the CFG, so loops are recomputed).
    let created = 0;
    for (const loop of ctx.get('loops').loops) if (ensurePreheader(fn, loop) === 'created') created++;
    if (created > 0) {
      ctx.count('preheaders created', created);
      ctx.invalidate();
      changed = true;
    }
    const loops = [...ctx.get('loops').loops].sort((a, b) => b.depth - a.depth);
    const blocks = new Map(fn.blocks.map((block) => [block.id, block]));
    const definedIn = new Map<ValueId, BlockId>();
    for (const block of fn.blocks) for (const i of block.instructions) if (i.result !== null) definedIn.set(i.result, block.id);
    for (const loop of loops) {
      const preheader = findPreheader(fn, loop);
      if (preheader === null) continue;
      const target = blocks.get(preheader)!;
      const hoisted: Instruction[] = [];
      // Blocks in RPO so an op's invariant operands defined in the loop are hoisted first.
      const order = ctx.get('dominance').order.filter((id) => loop.blocks.has(id));
      for (const id of order) {
        const block = blocks.get(id)!;
        block.instructions = block.instructions.filter((instruction) => {
          if (!isPure(instruction) || instruction.op === 'phi') return true;
          if (!instruction.operands.every((v) => !loop.blocks.has(definedIn.get(v) ?? -1))) return true;
          hoisted.push(instruction);
          definedIn.set(instruction.result!, preheader);
          return false;
        });
      }
      if (hoisted.length === 0) continue;
      target.instructions.splice(target.instructions.length - 1, 0, ...hoisted);
      ctx.count('ops hoisted', hoisted.length);
      changed = true;
    }
    return changed;
  },
};

/** The loop's preheader: the single block outside it that enters the header, ending in a
 *  jump to it; null when there is none. */
function findPreheader(fn: IRFunction, loop: Loop): BlockId | null {
  const outside = (predecessors(fn).get(loop.header) ?? []).filter((id) => !loop.blocks.has(id));
  if (outside.length !== 1) return null;
  const block = fn.blocks.find((b) => b.id === outside[0])!;
  const terminator = terminatorOf(block)!;
  if (terminator.op !== 'jump' || block.handler === loop.header) return null;
  return block.id;
}

/** Makes a preheader when the loop has none and every outside edge into the header is a
 *  normal jump/branch edge (a handler header or a for_iter edge is left alone). */
function ensurePreheader(fn: IRFunction, loop: Loop): 'exists' | 'created' | 'impossible' {
  if (findPreheader(fn, loop) !== null) return 'exists';
  const header = fn.blocks.find((b) => b.id === loop.header)!;
  if (header === fn.blocks[0]) return 'impossible';
  const outside = (predecessors(fn).get(loop.header) ?? []).filter((id) => !loop.blocks.has(id));
  const sources = outside.map((id) => fn.blocks.find((b) => b.id === id)!);
  if (sources.length === 0 || sources.some((b) => b.handler === loop.header || !['jump', 'branch'].includes(terminatorOf(b)!.op))) return 'impossible';
  const id = nextBlockId(fn);
  const preheader: Block = { id, instructions: [], handler: null };
  // The header's phis: the outside inputs move to a phi in the preheader.
  let value = nextValueId(fn);
  const outsideSet = new Set(outside);
  const moved: Instruction[] = [];
  for (const phi of header.instructions.slice(0, firstNonPhi(header))) {
    const from = phi.attrs.from as number[];
    const inside = from.map((f, i) => [f, phi.operands[i]] as const).filter(([f]) => !outsideSet.has(f));
    const out = from.map((f, i) => [f, phi.operands[i]] as const).filter(([f]) => outsideSet.has(f));
    let incoming: ValueId;
    if (new Set(out.map(([, v]) => v)).size === 1) incoming = out[0][1];
    else {
      incoming = value++;
      moved.push({ op: 'phi', result: incoming, operands: out.map(([, v]) => v), attrs: { from: out.map(([f]) => f) }, pos: null });
    }
    phi.attrs.from = [...inside.map(([f]) => f), id];
    phi.operands = [...inside.map(([, v]) => v), incoming];
  }
  preheader.instructions = [...moved, { op: 'jump', result: null, operands: [], attrs: { target: loop.header }, pos: null }];
  for (const source of sources) {
    const terminator = terminatorOf(source)!;
    for (const name of ['target', 'then', 'else']) if (terminator.attrs[name] === loop.header) terminator.attrs[name] = id;
  }
  // Place it just before the header so printed IR still reads top to bottom.
  fn.blocks.splice(fn.blocks.indexOf(header), 0, preheader);
  return 'created';
}
