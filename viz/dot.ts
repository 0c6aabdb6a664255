// Graphviz DOT for every graph pyx draws: AST, CFG, dominator tree, loops, SSA def-use and
// call graph. The text is deterministic (nodes and edges in source/block order, no maps
// iterated by hash), so golden tests compare it byte for byte; SVG is rendered from it
// by viz/svg.ts. Node names carry the function index (`f2_bb3`) so graphs of several
// functions can share one file as clusters.

import { FIELDS, type ConstantValue, type Node } from '../ast/nodes.js';
import { constantRepr } from '../ast/dump.js';
import { callGraph } from '../ir/analysis/callgraph.js';
import { blockAttrs } from '../ir/ops.js';
import { printInstruction } from '../ir/print.js';
import { terminatorOf, type IRFunction, type IRModule, type Instruction } from '../ir/types.js';
import { backEdges, defUseChains, domTree, naturalLoops, type Loop } from './flow.js';

export const GRAPH_KINDS = ['ast', 'cfg', 'dom', 'loops', 'defuse', 'callgraph'] as const;
/** What `pyx graph --kind` draws. 'ast' takes the tree; 'callgraph' the whole module. */
export type GraphKind = (typeof GRAPH_KINDS)[number];

/** A DOT double-quoted string. `\l` line ends are passed through by the callers that want
 *  left-justified lines, so only quotes, backslashes and newlines are escaped here. */
export function quote(text: string): string {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

/** Left-justified multi-line label: every line ends with `\l`. */
function leftLines(lines: readonly string[]): string {
  return '"' + lines.map((line) => line.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '\\l').join('') + '"';
}

const HEADER = ['  node [fontname="monospace", fontsize=10];', '  edge [fontname="monospace", fontsize=9];'];

function graph(name: string, body: readonly string[]): string {
  return [`digraph ${quote(name)} {`, ...HEADER, ...body, '}'].join('\n') + '\n';
}

/** Body lines of several functions: one cluster per function when there is more than one. */
function perFunction(functions: readonly IRFunction[], draw: (fn: IRFunction) => string[]): string[] {
  if (functions.length === 1) return draw(functions[0]).map((line) => '  ' + line);
  return functions.flatMap((fn) => [
    `  subgraph cluster_f${fn.index} {`,
    `    label=${quote(`function ${fn.index} ${fn.qualname}`)};`,
    ...draw(fn).map((line) => '    ' + line),
    '  }',
  ]);
}

const id = (fn: IRFunction, block: number) => `f${fn.index}_bb${block}`;

/** An instruction as the CFG shows it: its text form without the source span. */
function instructionText(instruction: Instruction): string {
  return printInstruction({ ...instruction, pos: null });
}

// --- CFG ---

/** Edges of a block: normal successors labelled with the terminator's attribute name,
 *  back-edges bold red, the exception edge dashed. */
function cfgEdges(fn: IRFunction, back: Set<string>): string[] {
  const lines: string[] = [];
  for (const block of fn.blocks) {
    const terminator = terminatorOf(block);
    if (terminator !== undefined) {
      for (const attr of blockAttrs(terminator.op)) {
        const value = terminator.attrs[attr.name];
        const targets = typeof value === 'number' ? [value] : Array.isArray(value) ? (value as number[]) : [];
        for (const target of targets) {
          const style = back.has(`${block.id}->${target}`) ? ', color=red, style=bold, xlabel="back"' : '';
          const label = attr.name === 'target' ? '' : `label=${quote(attr.name)}`;
          const attrs = [label, style.slice(2)].filter(Boolean).join(', ');
          lines.push(`${id(fn, block.id)} -> ${id(fn, target)}${attrs === '' ? '' : ` [${attrs}]`};`);
        }
      }
    }
    if (block.handler !== null) lines.push(`${id(fn, block.id)} -> ${id(fn, block.handler)} [style=dashed, label="except"];`);
  }
  return lines;
}

function cfgNodes(fn: IRFunction, blocks = fn.blocks.map((block) => block.id)): string[] {
  const byId = new Map(fn.blocks.map((block) => [block.id, block]));
  return blocks.map((blockId) => {
    const block = byId.get(blockId)!;
    const header = `bb${block.id}:` + (block.handler === null ? '' : ` except bb${block.handler}`);
    return `${id(fn, block.id)} [shape=box, label=${leftLines([header, ...block.instructions.map((i) => '  ' + instructionText(i))])}];`;
  });
}

export function cfgDot(module: IRModule, functions: readonly IRFunction[]): string {
  return graph(`cfg ${module.filename}`, perFunction(functions, (fn) => [...cfgNodes(fn), ...cfgEdges(fn, backEdges(fn))]));
}

// --- Dominator tree ---

export function domDot(module: IRModule, functions: readonly IRFunction[]): string {
  return graph(`dom ${module.filename}`, perFunction(functions, (fn) => {
    const tree = domTree(fn);
    const lines = fn.blocks.filter((block) => tree.idom.has(block.id)).map((block) => `${id(fn, block.id)} [shape=box, label=${quote(`bb${block.id}`)}];`);
    for (const block of fn.blocks) for (const child of tree.children.get(block.id) ?? []) lines.push(`${id(fn, block.id)} -> ${id(fn, child)};`);
    return lines;
  }));
}

// --- Loops: the CFG with each natural loop as a nested cluster ---

export function loopsDot(module: IRModule, functions: readonly IRFunction[]): string {
  return graph(`loops ${module.filename}`, perFunction(functions, (fn) => {
    const loops = naturalLoops(fn);
    const lines: string[] = [];
    const placed = new Set<number>();
    const emit = (loop: Loop, indent: string) => {
      lines.push(`${indent}subgraph cluster_f${fn.index}_loop${loop.header} {`);
      lines.push(`${indent}  label=${quote(`loop bb${loop.header} (depth ${loop.depth})`)}; style=rounded; color=blue;`);
      for (const inner of loops.filter((l) => l.parent === loop.header)) emit(inner, indent + '  ');
      const own = loop.blocks.filter((b) => !placed.has(b));
      own.forEach((b) => placed.add(b));
      for (const line of cfgNodes(fn, own)) lines.push(indent + '  ' + line);
      lines.push(`${indent}}`);
    };
    for (const loop of loops.filter((l) => l.parent === null)) emit(loop, '');
    lines.push(...cfgNodes(fn, fn.blocks.map((b) => b.id).filter((b) => !placed.has(b))));
    lines.push(...cfgEdges(fn, backEdges(fn)));
    return lines;
  }));
}

// --- SSA def-use ---

/** One node per instruction that defines or uses a value; an edge from each definition
 *  to each use, labelled with the value. Blocks are clusters, in block order. */
export function defUseDot(module: IRModule, functions: readonly IRFunction[]): string {
  return graph(`defuse ${module.filename}`, perFunction(functions, (fn) => {
    const node = (block: number, index: number) => `f${fn.index}_bb${block}_i${index}`;
    const lines: string[] = [];
    for (const block of fn.blocks) {
      const members = block.instructions
        .map((instruction, index) => ({ instruction, index }))
        .filter(({ instruction }) => instruction.result !== null || instruction.operands.length > 0);
      if (members.length === 0) continue;
      lines.push(`subgraph cluster_f${fn.index}_bb${block.id} {`, `  label=${quote(`bb${block.id}`)};`);
      for (const { instruction, index } of members) lines.push(`  ${node(block.id, index)} [shape=box, label=${quote(instructionText(instruction))}];`);
      lines.push('}');
    }
    for (const chain of defUseChains(fn)) {
      if (chain.def === null) continue;
      for (const use of chain.uses) lines.push(`${node(chain.def.block, chain.def.index)} -> ${node(use.block, use.index)} [label=${quote(`%${chain.value}`)}];`);
    }
    return lines;
  }));
}

// --- Call graph ---

export function callGraphDot(module: IRModule): string {
  const graphData = callGraph(module);
  const lines = module.functions.map((fn) => `  f${fn.index} [shape=box, label=${quote(`${fn.index} ${fn.qualname}`)}];`);
  for (const edge of graphData.edges) {
    const style = edge.kind === 'defines' ? 'style=dotted, color=gray40, label="defines"' : `label=${quote(`calls x${edge.sites.length}`)}`;
    lines.push(`  f${edge.from} -> f${edge.to} [${style}];`);
  }
  const externals = new Set<string>();
  for (const names of graphData.external.values()) for (const name of names.keys()) externals.add(name);
  for (const name of [...externals].sort()) lines.push(`  ${quote('ext ' + name)} [shape=plaintext, label=${quote(name)}];`);
  for (const [index, names] of graphData.external) {
    for (const [name, count] of names) lines.push(`  f${index} -> ${quote('ext ' + name)} [style=dashed, label=${quote(`x${count}`)}];`);
  }
  for (const [index, count] of graphData.unknown) {
    lines.push(`  f${index}_unknown [shape=plaintext, label="?"];`, `  f${index} -> f${index}_unknown [style=dashed, label=${quote(`unknown x${count}`)}];`);
  }
  return graph(`callgraph ${module.filename}`, lines);
}

// --- AST ---

/** The AST as a tree: a node per AST node, labelled with its type and its scalar fields
 *  (names, constants, operators), edges labelled with the field (and index in a list). */
export function astDot(tree: Node, name: string): string {
  const lines: string[] = [];
  let count = 0;
  const visit = (node: Node): string => {
    const me = `n${count++}`;
    const record = node as unknown as Record<string, unknown>;
    const scalars: string[] = [];
    const children: [string, Node][] = [];
    for (const field of FIELDS[node._type]) {
      const value = record[field];
      if (isNode(value)) {
        // Operators and contexts are nodes without fields: show them inline.
        if (FIELDS[value._type].length === 0) scalars.push(`${field}=${value._type}`);
        else children.push([field, value]);
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (isNode(item)) children.push([`${field}[${i}]`, item]);
          else scalars.push(`${field}[${i}]=${scalar(item)}`);
        });
      } else if (value !== null && value !== undefined) scalars.push(`${field}=${node._type === 'Constant' && field === 'value' ? constantRepr(value as ConstantValue) : scalar(value)}`);
    }
    const position = 'lineno' in record ? [`@${record.lineno}:${record.col_offset}`] : [];
    lines.push(`  ${me} [shape=box, label=${quote([node._type, ...scalars, ...position].join('\n'))}];`);
    for (const [field, child] of children) {
      const target = visit(child);
      lines.push(`  ${me} -> ${target} [label=${quote(field)}];`);
    }
    return me;
  };
  visit(tree);
  return graph(`ast ${name}`, lines);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '_type' in value;
}

function scalar(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return constantRepr(value as ConstantValue);
}

/** The DOT of `kind` for a module (and its AST, needed only for 'ast'). */
export function graphDot(kind: GraphKind, module: IRModule, functions: readonly IRFunction[], tree?: Node): string {
  switch (kind) {
    case 'ast':
      if (tree === undefined) throw new Error('the AST graph needs the parsed tree');
      return astDot(tree, module.filename);
    case 'cfg': return cfgDot(module, functions);
    case 'dom': return domDot(module, functions);
    case 'loops': return loopsDot(module, functions);
    case 'defuse': return defUseDot(module, functions);
    case 'callgraph': return callGraphDot(module);
  }
}
