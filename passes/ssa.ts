// ssa: promotes local variables (load_local/store_local) to values and phis, Cytron et
// al.'s construction (phis at iterated dominance frontiers, renaming down the dominator
// tree). Cells and globals are untouched (other frames see them). Requires nothing.
// Exception edges: it works on the verifier's split graph (entry(B) → exit(B); exception
// edges leave entry(B)), so a handler's phi takes the value a local had when the raising
// block was entered. A local that some load may read unbound (UnboundLocalError), or that
// is ever `del`eted, stays in memory: its loads still raise as Python requires. A function
// that names locals/dir/vars/eval/exec (as a global: they may read its frame) keeps all its
// locals in memory, where those builtins look.

import { immediateDominators } from '../ir/dom.js';
import { normalSuccessors } from '../ir/cfg.js';
import type { Instruction, ValueId } from '../ir/types.js';
import type { Pass } from './pass.js';
import { firstNonPhi, nextValueId, replaceUses } from './util.js';

const UNDEF = -1;

export const ssa: Pass = {
  name: 'ssa',
  description: 'promote local variables to SSA values and phis (Cytron et al.)',
  requires: [],
  invalidates: ['def-use', 'liveness'],
  stats: ['locals promoted', 'locals kept in memory', 'phis inserted', 'loads removed', 'stores removed'],
  run(fn, ctx) {
    const count = fn.blocks.length;
    if (count === 0) return false;
    const indexOf = new Map(fn.blocks.map((block, i) => [block.id, i]));
    // --- Which locals are candidates ---
    const candidates = new Set<string>();
    const deleted = new Set<string>();
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      if (instruction.op === 'load_local' || instruction.op === 'store_local') candidates.add(instruction.attrs.name as string);
      if (instruction.op === 'delete_local') deleted.add(instruction.attrs.name as string);
    }
    for (const name of deleted) candidates.delete(name);
    const params = new Set(fn.params.map((param) => param.name));
    // A param's entry value is read by a load placed at the start of the entry block; with a
    // handler on the entry block that load would not be available to the handler's phis.
    if (fn.blocks[0].handler !== null) for (const name of params) candidates.delete(name);
    // A function that may read its own frame (locals(), dir(), vars(), eval(), exec() by name)
    // keeps its locals in memory, where those builtins look.
    if (fn.kind !== 'module' && readsFrame(fn)) candidates.clear();
    if (candidates.size === 0) return false;

    // --- The split graph and its dominator tree and frontiers ---
    const succ: number[][] = [];
    fn.blocks.forEach((block) => {
      const handler = block.handler === null ? undefined : indexOf.get(block.handler);
      succ.push(handler === undefined ? [2 * indexOf.get(block.id)! + 1] : [2 * indexOf.get(block.id)! + 1, 2 * handler]);
      succ.push(normalSuccessors(block).map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined).map((i) => 2 * i));
    });
    const nodes = succ.length;
    const idom = immediateDominators(nodes, 0, succ);
    const preds: number[][] = Array.from({ length: nodes }, () => []);
    succ.forEach((targets, node) => { if (idom[node] !== -1) for (const t of new Set(targets)) preds[t].push(node); });
    const frontier: Set<number>[] = Array.from({ length: nodes }, () => new Set());
    for (let node = 0; node < nodes; node++) {
      if (idom[node] === -1 || preds[node].length < 2) continue;
      for (const pred of preds[node]) {
        for (let runner = pred; runner !== idom[node]; runner = idom[runner]) {
          frontier[runner].add(node);
          if (runner === idom[runner]) break;
        }
      }
    }

    // --- Phi placement (only at entry nodes: exit nodes have one predecessor) ---
    const defs = new Map<string, Set<number>>([...candidates].map((name) => [name, new Set<number>()]));
    fn.blocks.forEach((block, b) => {
      for (const instruction of block.instructions) {
        if (instruction.op === 'store_local' && candidates.has(instruction.attrs.name as string)) defs.get(instruction.attrs.name as string)!.add(2 * b + 1);
      }
    });
    for (const name of candidates) if (params.has(name)) defs.get(name)!.add(0);
    let next = nextValueId(fn);
    const phiAt: Map<string, Instruction>[] = fn.blocks.map(() => new Map());
    for (const [name, sites] of defs) {
      const work = [...sites];
      const placed = new Set<number>();
      while (work.length > 0) {
        const node = work.pop()!;
        for (const target of frontier[node]) {
          if (placed.has(target)) continue;
          placed.add(target);
          const b = target >> 1;
          const from = [...new Set(preds[target].map((p) => fn.blocks[p >> 1].id))];
          phiAt[b].set(name, { op: 'phi', result: next++, operands: from.map(() => UNDEF), attrs: { from }, pos: null });
          if (!sites.has(target)) work.push(target);
        }
      }
    }

    // --- Renaming, iteratively down the split graph's dominator tree ---
    const children: number[][] = Array.from({ length: nodes }, () => []);
    for (let node = 1; node < nodes; node++) if (idom[node] !== -1 && idom[node] !== node) children[idom[node]].push(node);
    const stacks = new Map<string, ValueId[]>([...candidates].map((name) => [name, [UNDEF]]));
    const top = (name: string) => { const s = stacks.get(name)!; return s[s.length - 1]; };
    const replacement = new Map<ValueId, ValueId>();
    const loadSees = new Map<string, ValueId[]>([...candidates].map((name) => [name, []]));
    const paramLoads: Instruction[] = [];
    for (const name of fn.params.map((param) => param.name)) {
      if (!candidates.has(name)) continue;
      const load: Instruction = { op: 'load_local', result: next++, operands: [], attrs: { name }, pos: null };
      paramLoads.push(load);
      stacks.get(name)!.push(load.result!);
    }
    // Fills the phis of the targets of `node`'s out-edges with the current values.
    const fillPhis = (node: number) => {
      const fromId = fn.blocks[node >> 1].id;
      for (const target of succ[node]) {
        if (target % 2 === 1) continue;
        for (const [name, phi] of phiAt[target >> 1]) {
          const slot = (phi.attrs.from as number[]).indexOf(fromId);
          // An exit node's edges are normal; an entry node's edge is the exception edge.
          if (slot >= 0 && (node % 2 === 1 || !normalSuccessors(fn.blocks[node >> 1]).includes(fn.blocks[target >> 1].id) ||
            phi.operands[slot] === UNDEF)) phi.operands[slot] = top(name);
        }
      }
    };
    const stack: [number, string[] | null][] = [[0, null]];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const [node, pushed] = frame;
      if (pushed !== null) {
        for (const name of pushed) stacks.get(name)!.pop();
        stack.pop();
        continue;
      }
      const mine: string[] = [];
      const block = fn.blocks[node >> 1];
      if (node % 2 === 0) {
        for (const [name, phi] of phiAt[node >> 1]) { stacks.get(name)!.push(phi.result!); mine.push(name); }
      } else {
        for (const instruction of block.instructions) {
          const name = instruction.attrs.name as string;
          if (!candidates.has(name)) continue;
          if (instruction.op === 'load_local') {
            replacement.set(instruction.result!, top(name));
            loadSees.get(name)!.push(top(name));
          } else if (instruction.op === 'store_local') {
            stacks.get(name)!.push(instruction.operands[0]);
            mine.push(name);
          }
        }
      }
      fillPhis(node);
      frame[1] = mine;
      for (let i = children[node].length - 1; i >= 0; i--) stack.push([children[node][i], null]);
    }

    // --- Which locals may be read unbound: keep those in memory ---
    const phiByResult = new Map<ValueId, { name: string; phi: Instruction }>();
    phiAt.forEach((phis) => phis.forEach((phi, name) => phiByResult.set(phi.result!, { name, phi })));
    const promoted = new Set<string>();
    for (const name of candidates) {
      const seen = new Set<ValueId>();
      const work = [...loadSees.get(name)!];
      let maybeUnbound = false;
      while (work.length > 0 && !maybeUnbound) {
        const value = work.pop()!;
        if (value === UNDEF) { maybeUnbound = true; break; }
        if (seen.has(value)) continue;
        seen.add(value);
        const entry = phiByResult.get(value);
        if (entry !== undefined && entry.name === name) work.push(...entry.phi.operands);
      }
      if (maybeUnbound) ctx.count('locals kept in memory');
      else { promoted.add(name); ctx.count('locals promoted'); }
    }
    if (promoted.size === 0) return false;

    // --- Rewrite: drop promoted loads/stores, insert used phis and param loads ---
    const finalMap = new Map<ValueId, ValueId>();
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      if (instruction.op === 'load_local' && promoted.has(instruction.attrs.name as string)) {
        finalMap.set(instruction.result!, replacement.get(instruction.result!)!);
      }
    }
    fn.blocks.forEach((block) => {
      block.instructions = block.instructions.filter((instruction) => {
        const promotedHere = (instruction.op === 'load_local' || instruction.op === 'store_local') && promoted.has(instruction.attrs.name as string);
        if (promotedHere) ctx.count(instruction.op === 'load_local' ? 'loads removed' : 'stores removed');
        return !promotedHere;
      });
    });
    // Phis: keep only those reachable from a remaining use (minimal SSA has dead ones).
    const used = new Set<ValueId>();
    const resolve = (value: ValueId) => { let v = value; while (finalMap.has(v)) v = finalMap.get(v)!; return v; };
    const work: ValueId[] = [];
    for (const block of fn.blocks) for (const instruction of block.instructions) for (const operand of instruction.operands) work.push(resolve(operand));
    while (work.length > 0) {
      const value = work.pop()!;
      if (used.has(value)) continue;
      used.add(value);
      const entry = phiByResult.get(value);
      if (entry !== undefined) for (const operand of entry.phi.operands) work.push(resolve(operand));
    }
    fn.blocks.forEach((block, b) => {
      const phis = [...phiAt[b].entries()].filter(([name, phi]) => promoted.has(name) && used.has(phi.result!)).map(([, phi]) => phi);
      block.instructions.splice(firstNonPhi(block), 0, ...phis);
      ctx.count('phis inserted', phis.length);
    });
    const loads = paramLoads.filter((load) => promoted.has(load.attrs.name as string) && used.has(load.result!));
    fn.blocks[0].instructions.splice(firstNonPhi(fn.blocks[0]), 0, ...loads);
    replaceUses(fn, finalMap);
    return true;
  },
};

/** Names of the builtins that read the calling frame's locals (CPython's locals()/dir()/vars()/eval()/exec()). */
const FRAME_READERS = new Set(['locals', 'dir', 'vars', 'eval', 'exec']);

/** Whether `fn` loads one of FRAME_READERS as a global: it may then read its own locals. */
function readsFrame(fn: { blocks: { instructions: Instruction[] }[] }): boolean {
  return fn.blocks.some((block) => block.instructions.some((i) => (i.op === 'load_global' || i.op === 'load_name') && FRAME_READERS.has(i.attrs.name as string)));
}
