// Call graph of a module: which function's code creates which (make_function) and which
// call sites resolve to a function of the module by name.
// Assumes (for resolution only; nothing here changes code): a global name that the whole
// module stores exactly once, from a make_function, and never deletes, still holds that
// function when called — true unless code rebinds it dynamically (globals()[...] = ...,
// exec, another module's setattr); likewise a local stored exactly once in its function.
// Such edges are therefore "may call" facts for people and tools, never for optimization
// without a guard. Calls through other names go to `external` (a name the module never
// binds: a builtin or an unbound name) or count as `unknown` (attributes, results of calls).

import type { IRFunction, IRModule, Instruction, SourcePos, ValueId } from '../types.js';

/** One edge. Invariant: `sites` is non-empty, in block order; `kind` 'defines' edges come
 *  from the function whose code runs the make_function. */
export interface CallEdge {
  from: number;
  to: number;
  kind: 'defines' | 'calls';
  sites: (SourcePos | null)[];
}

/** Invariants: every edge's ends index `module.functions`; edges are sorted by (from,
 *  kind 'defines' first, to); `external` names are sorted; counts are ≥ 1. */
export interface CallGraph {
  edges: CallEdge[];
  /** Per function: calls to names the module never binds (builtins such as print). */
  external: Map<number, Map<string, number>>;
  /** Per function: call sites whose callee is not a name (obj.method(), f()(), ...). */
  unknown: Map<number, number>;
}

const CALL_OPS = new Set(['call', 'call_ex']);

export function callGraph(module: IRModule): CallGraph {
  const globalTargets = uniqueBindings(module.functions, ['store_global', 'delete_global'], 'store_global');
  const edges = new Map<string, CallEdge>();
  const external = new Map<number, Map<string, number>>();
  const unknown = new Map<number, number>();
  const addEdge = (from: number, to: number, kind: CallEdge['kind'], pos: SourcePos | null) => {
    const key = `${from}/${kind}/${to}`;
    const edge = edges.get(key) ?? { from, to, kind, sites: [] };
    edge.sites.push(pos);
    edges.set(key, edge);
  };
  const globallyBound = new Set<string>();
  for (const fn of module.functions) {
    for (const instruction of instructionsOf(fn)) {
      if (instruction.op === 'store_global' || instruction.op === 'delete_global') globallyBound.add(instruction.attrs.name as string);
    }
  }
  for (const fn of module.functions) {
    const localTargets = uniqueBindings([fn], ['store_local', 'delete_local'], 'store_local');
    const definers = new Map<ValueId, Instruction>();
    for (const instruction of instructionsOf(fn)) if (instruction.result !== null) definers.set(instruction.result, instruction);
    for (const instruction of instructionsOf(fn)) {
      if (instruction.op === 'make_function') addEdge(fn.index, instruction.attrs.fn as number, 'defines', instruction.pos);
      if (!CALL_OPS.has(instruction.op)) continue;
      const callee = definers.get(instruction.operands[0]);
      const name = callee?.attrs.name as string | undefined;
      let target: number | undefined;
      if (callee?.op === 'load_global') target = globalTargets.get(name!);
      else if (callee?.op === 'load_local') target = localTargets.get(name!);
      else if (callee?.op === 'make_function') target = callee.attrs.fn as number;
      if (target !== undefined) addEdge(fn.index, target, 'calls', instruction.pos);
      else if (callee?.op === 'load_global' && !globallyBound.has(name!)) {
        const names = external.get(fn.index) ?? new Map<string, number>();
        names.set(name!, (names.get(name!) ?? 0) + 1);
        external.set(fn.index, names);
      } else unknown.set(fn.index, (unknown.get(fn.index) ?? 0) + 1);
    }
  }
  const kindOrder = { defines: 0, calls: 1 };
  return {
    edges: [...edges.values()].sort((a, b) => a.from - b.from || kindOrder[a.kind] - kindOrder[b.kind] || a.to - b.to),
    external: new Map([...external].map(([index, names]) => [index, new Map([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))])),
    unknown,
  };
}

/** Names bound exactly once among `functions` (by `storeOp`, never by the other ops listed)
 *  whose stored value comes from a make_function: name → function index. */
function uniqueBindings(functions: readonly IRFunction[], ops: string[], storeOp: string): Map<string, number> {
  const count = new Map<string, number>();
  const target = new Map<string, number>();
  for (const fn of functions) {
    const definers = new Map<ValueId, Instruction>();
    for (const instruction of instructionsOf(fn)) if (instruction.result !== null) definers.set(instruction.result, instruction);
    for (const instruction of instructionsOf(fn)) {
      if (!ops.includes(instruction.op)) continue;
      const name = instruction.attrs.name as string;
      count.set(name, (count.get(name) ?? 0) + 1);
      const stored = instruction.op === storeOp ? definers.get(instruction.operands[0]) : undefined;
      if (stored?.op === 'make_function') target.set(name, stored.attrs.fn as number);
    }
  }
  return new Map([...target].filter(([name]) => count.get(name) === 1));
}

function* instructionsOf(fn: IRFunction): Iterable<Instruction> {
  for (const block of fn.blocks) yield* block.instructions;
}

/** The text dump: one line per edge, then the external and unknown calls per function. */
export function printCallGraph(module: IRModule, graph: CallGraph): string {
  const label = (index: number) => `${index} ${module.functions[index]?.qualname ?? '?'}`;
  const lines = [`callgraph ${JSON.stringify(module.filename)}`];
  for (const edge of graph.edges) {
    const where = edge.sites.map((pos) => (pos === null ? '?' : `${pos.line}:${pos.col}`)).join(' ');
    lines.push(`  ${label(edge.from)} -${edge.kind}-> ${label(edge.to)}  (${edge.sites.length}x at ${where})`);
  }
  for (const fn of module.functions) {
    const names = graph.external.get(fn.index);
    if (names !== undefined) lines.push(`  ${label(fn.index)} external ${[...names].map(([name, n]) => `${name} x${n}`).join(', ')}`);
    const count = graph.unknown.get(fn.index);
    if (count !== undefined) lines.push(`  ${label(fn.index)} unknown ${count}`);
  }
  return lines.join('\n') + '\n';
}
