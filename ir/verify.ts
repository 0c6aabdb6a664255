// Structural checks of IR, derived from the op table. Dominance rule (what "defined before
// use" means): each block B is split into entry(B) → exit(B); a normal edge leaves exit(B),
// an exception edge leaves entry(B) (the raise may precede every definition in B). A value
// defined in D is available in another block U when exit(D) dominates entry(U); a for_iter
// result only where entry(its body target) dominates. A phi operand must be available at
// the end of its predecessor (at its entry, for an exception edge). A phi is available from
// entry(its block) on (set on the edge into it, before anything raises). So that a handler sees
// the locals as they were at the entry of the raising block (one value per predecessor for
// the SSA pass), no instruction that may raise follows a write to a local in such a block.

import { DominatorTree, immediateDominators } from './dom.js';
import { normalSuccessors } from './cfg.js';
import { OP_TABLE, type AttrKind, type ValueKind } from './ops.js';
import { printInstruction } from './print.js';
import type { AttrValue, Block, IRFunction, IRModule, Instruction } from './types.js';

/** Broken IR; `problems` has one message per problem, each naming function, block and instruction. */
export class IRVerifyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid IR:\n  ${problems.join('\n  ')}`);
  }
}

/** Throws IRVerifyError listing every problem found. */
export function assertValid(module: IRModule): void {
  const problems = verifyModule(module);
  if (problems.length > 0) throw new IRVerifyError(problems);
}

export function verifyModule(module: IRModule): string[] {
  const problems: string[] = [];
  if (module.functions.length === 0 || module.functions[0].kind !== 'module') {
    problems.push('function 0 must be the module body (kind=module)');
  }
  module.functions.forEach((fn, i) => {
    if (fn.index !== i) problems.push(`function at position ${i} has index ${fn.index}`);
    if (fn.parent !== null && (fn.parent < 0 || fn.parent >= module.functions.length)) {
      problems.push(`function ${i}: parent ${fn.parent} does not exist`);
    }
    problems.push(...verifyFunction(fn, module));
  });
  return problems;
}

/** Printing each instruction for a message nobody reads tripled verification time, so the
 *  location text is only built when a template string converts it. */
function lazyText(make: () => string): { toString(): string } {
  return { toString: make };
}

interface Definition { block: number; index: number; instruction: Instruction }

export function verifyFunction(fn: IRFunction, module: IRModule | null = null): string[] {
  const problems: string[] = [];
  const where = (block: Block | null, index: number | null, instruction: Instruction | null) =>
    `function ${fn.index} '${fn.name}'` + (block === null ? '' : `, bb${block.id}`) +
    (index === null ? '' : `, instruction ${index}`) + (instruction === null ? '' : ` (${printInstruction(instruction)})`);
  if (fn.blocks.length === 0) return [`${where(null, null, null)}: has no blocks`];

  // Blocks, terminators and the definitions table.
  const blockIndex = new Map<number, number>();
  fn.blocks.forEach((block, i) => {
    if (blockIndex.has(block.id)) problems.push(`${where(block, null, null)}: duplicate block id`);
    blockIndex.set(block.id, i);
  });
  const definitions = new Map<number, Definition>();
  fn.blocks.forEach((block, b) => {
    if (block.handler !== null && !blockIndex.has(block.handler)) {
      problems.push(`${where(block, null, null)}: handler bb${block.handler} does not exist`);
    }
    if (block.instructions.length === 0) problems.push(`${where(block, null, null)}: empty block (needs a terminator)`);
    let phisDone = false;
    let storedLocal = false;
    block.instructions.forEach((instruction, i) => {
      const spec = OP_TABLE[instruction.op];
      const here = lazyText(() => where(block, i, instruction));
      if (spec.flags.terminator !== (i === block.instructions.length - 1)) {
        problems.push(spec.flags.terminator ? `${here}: terminator before the end of the block` : `${here}: block does not end with a terminator`);
      }
      if (instruction.op === 'phi') {
        if (phisDone) problems.push(`${here}: phi after a non-phi instruction`);
      } else phisDone = true;
      // The handler must see the locals as they were when the block was entered.
      if (block.handler !== null && storedLocal && spec.flags.mayRaise) {
        problems.push(`${here}: may raise after a local was written in a block with a handler (end the block after the write)`);
      }
      if (spec.flags.writes.includes('locals')) storedLocal = true;
      if ((instruction.result === null) !== (spec.result === null)) {
        problems.push(`${here}: ${spec.result === null ? 'op has no result' : 'op needs a result'}`);
      }
      if (instruction.result !== null) {
        if (definitions.has(instruction.result)) problems.push(`${here}: %${instruction.result} is defined twice`);
        definitions.set(instruction.result, { block: b, index: i, instruction });
      }
      problems.push(...checkShape(instruction, fn, module, blockIndex).map((problem) => `${here}: ${problem}`));
    });
  });

  // The CFG on split blocks: node 2i is entry(block i), 2i+1 its exit.
  const successorsOf = fn.blocks.map((block) => normalSuccessors(block).filter((id) => blockIndex.has(id)).map((id) => blockIndex.get(id)!));
  const predecessors: number[][] = fn.blocks.map(() => []);
  successorsOf.forEach((targets, b) => targets.forEach((target) => predecessors[target].push(b)));
  const split: number[][] = [];
  fn.blocks.forEach((block, b) => {
    const handler = block.handler === null ? undefined : blockIndex.get(block.handler);
    split.push(handler === undefined ? [2 * b + 1] : [2 * b + 1, 2 * handler]);
    split.push(successorsOf[b].map((target) => 2 * target));
  });
  // Every predecessor (normal or exception edge) of each block, once, for the phi check.
  const allPredecessors: Set<number>[] = fn.blocks.map(() => new Set());
  fn.blocks.forEach((block, b) => {
    for (const target of successorsOf[b]) allPredecessors[target].add(block.id);
    const handler = block.handler === null ? undefined : blockIndex.get(block.handler);
    if (handler !== undefined) allPredecessors[handler].add(block.id);
  });
  const idom = immediateDominators(split.length, 0, split);
  const tree = new DominatorTree(idom);
  const entryId = fn.blocks[0].id;
  fn.blocks.forEach((block) => {
    if (block.handler === entryId || normalSuccessors(block).includes(entryId)) {
      problems.push(`${where(block, null, null)}: branches to the entry block bb${entryId}`);
    }
  });

  // Where each value becomes available: the split-graph node that must dominate its uses.
  const availableAt = (definition: Definition): number => {
    const { instruction, block } = definition;
    if (instruction.op === 'for_iter') return 2 * (blockIndex.get(instruction.attrs.body as number) ?? block);
    // A phi is set on the edge into its block, before anything there can raise: its block's
    // handler sees it (the SSA pass names a loop header's phi in the handler of the loop).
    if (instruction.op === 'phi') return 2 * block;
    return 2 * block + 1;
  };
  fn.blocks.forEach((block, b) => {
    if (idom[2 * b] === -1) return; // Unreachable code is never executed; passes may leave it.
    block.instructions.forEach((instruction, i) => {
      const here = lazyText(() => where(block, i, instruction));
      instruction.operands.forEach((operand, o) => {
        const definition = definitions.get(operand);
        if (definition === undefined) {
          problems.push(`${here}: %${operand} is never defined`);
          return;
        }
        const spec = OP_TABLE[instruction.op];
        const expected: ValueKind = (spec.operands[o] ?? spec.variadic)?.kind ?? 'object';
        const actual = OP_TABLE[definition.instruction.op].result;
        if (expected !== 'object' && actual !== expected) {
          problems.push(`${here}: operand %${operand} must be of kind ${expected} (it is the ${actual} result of ${definition.instruction.op})`);
        }
        if (instruction.op === 'tuple_get') {
          const producer = definition.instruction;
          const size = producer.op === 'unpack_sequence' ? (producer.attrs.count as number)
            : producer.op === 'unpack_ex' ? (producer.attrs.before as number) + 1 + (producer.attrs.after as number) : Infinity;
          if ((instruction.attrs.index as number) >= size) problems.push(`${here}: index ${instruction.attrs.index} is out of range for a tuple of ${size}`);
        }
        if (instruction.op === 'phi') {
          const from = (instruction.attrs.from as number[])[o];
          const pred = blockIndex.get(from);
          if (pred === undefined) return;
          const viaNormal = successorsOf[pred].includes(b);
          const at = viaNormal ? 2 * pred + 1 : 2 * pred;
          const sameBlockOk = viaNormal && definition.block === pred && definition.instruction.op !== 'for_iter';
          if (!sameBlockOk && !tree.dominates(availableAt(definition), at)) {
            problems.push(`${here}: %${operand} is not available at the end of bb${from}`);
          }
          return;
        }
        const local = definition.block === b && definition.instruction.op !== 'for_iter';
        if (local ? definition.index >= i : !tree.dominates(availableAt(definition), 2 * b)) {
          problems.push(`${here}: %${operand} does not dominate this use`);
        }
      });
      if (instruction.op === 'phi') {
        const from = instruction.attrs.from as number[];
        const expected = [...allPredecessors[b]];
        const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y).join(',');
        if (sorted(from) !== sorted(expected)) {
          problems.push(`${here}: phi must name each predecessor once (${expected.map((id) => `bb${id}`).join(', ') || 'none'})`);
        }
      }
      if (instruction.op === 'for_iter') {
        const body = blockIndex.get(instruction.attrs.body as number);
        if (body !== undefined && (allPredecessors[body].size !== 1 || predecessors[body].length !== 1 ||
          instruction.attrs.body === instruction.attrs.exit)) {
          problems.push(`${here}: the body block must have this block as its only predecessor`);
        }
      }
    });
  });
  return problems;
}

/** Operand counts, attributes and their kinds, names known to the function. */
function checkShape(instruction: Instruction, fn: IRFunction, module: IRModule | null, blockIndex: Map<number, number>): string[] {
  const problems: string[] = [];
  const spec = OP_TABLE[instruction.op];
  const required = spec.operands.filter((operand) => !operand.optional).length;
  const count = instruction.operands.length;
  if (spec.variadic === undefined ? count < required || count > spec.operands.length : count < spec.operands.length) {
    const wanted = spec.variadic !== undefined ? `at least ${spec.operands.length}`
      : required === spec.operands.length ? `${required}` : `${required} to ${spec.operands.length}`;
    problems.push(`expects ${wanted} operand(s), has ${count}`);
  }
  if (spec.variadic?.pairs && (count - spec.operands.length) % 2 !== 0) problems.push('expects operands in pairs');
  for (const name of Object.keys(instruction.attrs)) {
    if (!spec.attrs.some((attr) => attr.name === name)) problems.push(`unknown attribute '${name}'`);
  }
  for (const attr of spec.attrs) {
    const attrValue = instruction.attrs[attr.name];
    if (attrValue === undefined) {
      if (!attr.optional) problems.push(`missing attribute '${attr.name}'`);
      continue;
    }
    const problem = checkAttr(attr.kind, attrValue, attr.values, fn, module, blockIndex);
    if (problem !== null) problems.push(`attribute '${attr.name}': ${problem}`);
  }
  const name = instruction.attrs.name;
  const semantics = spec.semantics;
  if (semantics.category === 'variable' && typeof name === 'string') {
    const known = semantics.scope === 'local' ? fn.locals : semantics.scope === 'global' ? null : [...fn.cellvars, ...fn.freevars];
    if (known !== null && !known.includes(name)) problems.push(`'${name}' is not one of this function's ${semantics.scope === 'local' ? 'locals' : 'cellvars or freevars'}`);
  }
  if (instruction.op === 'phi' && Array.isArray(instruction.attrs.from) && instruction.attrs.from.length !== count) {
    problems.push(`phi has ${count} operand(s) but ${instruction.attrs.from.length} predecessor(s)`);
  }
  if (instruction.op === 'make_function' && module !== null && typeof instruction.attrs.fn === 'number') {
    const target = module.functions[instruction.attrs.fn];
    if (target !== undefined) {
      const wanted = target.params.filter((param) => param.hasDefault).length + target.freevars.length;
      if (count !== wanted) problems.push(`function ${target.index} needs ${wanted} operand(s) (defaults, then cells), has ${count}`);
    }
  }
  return problems;
}

function checkAttr(kind: AttrKind, attrValue: AttrValue, values: readonly string[] | undefined, fn: IRFunction,
  module: IRModule | null, blockIndex: Map<number, number>): string | null {
  const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  switch (kind) {
    case 'const':
      return attrValue === null || ['boolean', 'bigint', 'number', 'string'].includes(typeof attrValue) ||
        (typeof attrValue === 'object' && 'kind' in attrValue) ? null : 'not a constant';
    case 'name':
      return typeof attrValue === 'string' ? null : 'not a name';
    case 'names':
      return Array.isArray(attrValue) && attrValue.every((item) => typeof item === 'string') ? null : 'not a tuple of names';
    case 'int':
      return isCount(attrValue) ? null : 'not a non-negative integer';
    case 'enum':
      return typeof attrValue === 'string' && (values ?? []).includes(attrValue) ? null : `not one of ${(values ?? []).join(', ')}`;
    case 'func':
      if (!isCount(attrValue)) return 'not a function index';
      return module === null || (attrValue as number) < module.functions.length ? null : `function ${attrValue} does not exist`;
    case 'block':
      return isCount(attrValue) && blockIndex.has(attrValue as number) ? null : `bb${attrValue} does not exist in function ${fn.index}`;
    case 'blocks': {
      if (!Array.isArray(attrValue)) return 'not a list of blocks';
      const missing = (attrValue as number[]).filter((id) => !blockIndex.has(id));
      return missing.length === 0 ? null : `${missing.map((id) => `bb${id}`).join(', ')} do(es) not exist`;
    }
  }
}
