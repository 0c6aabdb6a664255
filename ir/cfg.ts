// CFG queries derived from the op table's block attributes and each block's handler.

import { immediateDominators } from './dom.js';
import { OP_TABLE, blockAttrs } from './ops.js';
import { terminatorOf, type Block, type BlockId, type IRFunction } from './types.js';

/** Normal successors: the block attributes of the terminator, in table order. */
export function normalSuccessors(block: Block): BlockId[] {
  const terminator = terminatorOf(block);
  if (terminator === undefined || !OP_TABLE[terminator.op].flags.terminator) return [];
  const successors: BlockId[] = [];
  for (const attr of blockAttrs(terminator.op)) {
    const target = terminator.attrs[attr.name];
    if (typeof target === 'number') successors.push(target);
    else if (Array.isArray(target)) successors.push(...(target as number[]));
  }
  return successors;
}

/** Normal successors plus the exception handler, when the block has one. */
export function successors(block: Block): BlockId[] {
  const result = normalSuccessors(block);
  if (block.handler !== null) result.push(block.handler);
  return result;
}

export function blockMap(fn: IRFunction): Map<BlockId, Block> {
  return new Map(fn.blocks.map((block) => [block.id, block]));
}

/** Ids of the blocks reachable from the entry, through normal and exception edges. */
export function reachable(fn: IRFunction): Set<BlockId> {
  const blocks = blockMap(fn);
  const seen = new Set<BlockId>();
  const stack = fn.blocks.length > 0 ? [fn.blocks[0].id] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const block = blocks.get(id);
    if (block !== undefined) stack.push(...successors(block));
  }
  return seen;
}

/** Drops unreachable blocks and the phi inputs that came from them. */
export function removeUnreachable(fn: IRFunction): void {
  const live = reachable(fn);
  fn.blocks = fn.blocks.filter((block) => live.has(block.id));
  for (const block of fn.blocks) {
    for (const instruction of block.instructions) {
      if (instruction.op !== 'phi') continue;
      const from = instruction.attrs.from as number[];
      const keep = from.map((id) => live.has(id));
      instruction.attrs.from = from.filter((_, i) => keep[i]);
      instruction.operands = instruction.operands.filter((_, i) => keep[i]);
    }
  }
}

/**
 * Puts blocks in reverse postorder (a then-branch before its else) and renumbers them
 * 0, 1, 2, ... so printed IR reads top to bottom. Unreachable blocks keep their order, last.
 */
export function renumberBlocks(fn: IRFunction): void {
  const blocks = blockMap(fn);
  const postorder: Block[] = [];
  const seen = new Set<BlockId>();
  // Iterative DFS: a function of thousands of statements is a chain deeper than the JS stack.
  const stack: [Block, BlockId[]][] = [];
  const enter = (block: Block) => {
    seen.add(block.id);
    stack.push([block, successors(block)]);
  };
  if (fn.blocks.length > 0) enter(fn.blocks[0]);
  while (stack.length > 0) {
    const [block, pending] = stack[stack.length - 1];
    // pop() takes the last successor first, so the first one (a then-branch) leads the RPO.
    const id = pending.pop();
    if (id === undefined) {
      postorder.push(block);
      stack.pop();
      continue;
    }
    const next = blocks.get(id);
    if (next !== undefined && !seen.has(id)) enter(next);
  }
  const ordered = postorder.reverse().concat(fn.blocks.filter((block) => !seen.has(block.id)));
  const newId = new Map(ordered.map((block, i) => [block.id, i]));
  const map = (id: BlockId) => newId.get(id) ?? id;
  for (const block of ordered) {
    block.id = map(block.id);
    if (block.handler !== null) block.handler = map(block.handler);
    for (const instruction of block.instructions) {
      for (const attr of blockAttrs(instruction.op)) {
        const target = instruction.attrs[attr.name];
        if (typeof target === 'number') instruction.attrs[attr.name] = map(target);
        else if (Array.isArray(target)) instruction.attrs[attr.name] = (target as number[]).map(map);
      }
    }
  }
  fn.blocks = ordered;
}

/**
 * Retargets edges that lead to a block holding only `jump T` straight to T (the lowering
 * leaves such blocks where an `if` ends inside a loop). Skipped when T starts with phis
 * (their `from` would change) and for a for_iter body (it must keep one predecessor).
 * Returns how many blocks were bypassed; they become unreachable.
 */
export function bypassEmptyBlocks(fn: IRFunction): number {
  const entry = fn.blocks[0]?.id;
  const blocks = blockMap(fn);
  const forIterBodies = new Set<BlockId>();
  for (const block of fn.blocks) {
    const terminator = terminatorOf(block);
    if (terminator?.op === 'for_iter') forIterBodies.add(terminator.attrs.body as number);
  }
  const finalTarget = (id: BlockId): BlockId => {
    const seen = new Set<BlockId>();
    let current = id;
    for (;;) {
      const block = blocks.get(current);
      if (block === undefined || current === entry || forIterBodies.has(current) || seen.has(current)) return current;
      const [only] = block.instructions;
      if (block.instructions.length !== 1 || only.op !== 'jump') return current;
      const target = only.attrs.target as number;
      if (blocks.get(target)?.instructions[0]?.op === 'phi') return current;
      seen.add(current);
      current = target;
    }
  };
  let bypassed = 0;
  for (const block of fn.blocks) {
    if (block.handler !== null) block.handler = finalTarget(block.handler);
    const terminator = terminatorOf(block);
    if (terminator === undefined) continue;
    for (const attr of blockAttrs(terminator.op)) {
      const target = terminator.attrs[attr.name];
      if (typeof target !== 'number') continue;
      const final = finalTarget(target);
      if (final !== target) bypassed++;
      terminator.attrs[attr.name] = final;
    }
  }
  return bypassed;
}

/** Renumbers values %0, %1, ... in block order, so printed IR reads top to bottom. */
export function renumberValues(fn: IRFunction): void {
  const newId = new Map<number, number>();
  for (const block of fn.blocks) {
    for (const instruction of block.instructions) {
      if (instruction.result !== null) newId.set(instruction.result, newId.size);
    }
  }
  for (const block of fn.blocks) {
    for (const instruction of block.instructions) {
      if (instruction.result !== null) instruction.result = newId.get(instruction.result)!;
      // An undefined operand keeps its number so the verifier can still report it.
      instruction.operands = instruction.operands.map((id) => newId.get(id) ?? id);
    }
  }
}

/** Predecessors of each block (normal and exception edges), each listed once. */
export function predecessors(fn: IRFunction): Map<BlockId, BlockId[]> {
  const result = new Map<BlockId, BlockId[]>(fn.blocks.map((block) => [block.id, []]));
  for (const block of fn.blocks) {
    for (const target of new Set(successors(block))) result.get(target)?.push(block.id);
  }
  return result;
}

/**
 * Immediate dominator of each reachable block over normal and exception edges (null for
 * the entry); unreachable blocks are absent. What the SSA pass needs to place phis. (The
 * verifier's value-availability rule is finer: see verify.ts.)
 */
export function blockDominators(fn: IRFunction): Map<BlockId, BlockId | null> {
  const index = new Map(fn.blocks.map((block, i) => [block.id, i]));
  const edges = fn.blocks.map((block) => successors(block).filter((id) => index.has(id)).map((id) => index.get(id)!));
  const idom = immediateDominators(fn.blocks.length, 0, edges);
  const result = new Map<BlockId, BlockId | null>();
  fn.blocks.forEach((block, i) => {
    if (idom[i] !== -1) result.set(block.id, i === 0 ? null : fn.blocks[idom[i]].id);
  });
  return result;
}
