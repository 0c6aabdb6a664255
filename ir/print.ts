// The IR's text form, derived from the op table. parse.ts reads exactly this grammar back:
//
//   module '<file>'
//   function 1 'f' kind=function parent=0 line=3 qualname='outer.<locals>.f'
//     params (a, b=?, /, c, *args, d=?, **kw)      (=? marks a default, from make_function)
//     docstring 'Its __doc__.'                     (only when it has one)
//     locals ('a', 'b')                          (cellvars / freevars lines likewise)
//   bb0:                                         (or `bb2: except bb5`, its handler)
//     %0 = const 1 @3:4-3:5
//     store_local %0 name='x' @3:0-3:5
//
// Operands come first (%N), then the op's attributes in table order as name=value (a
// `bare` attribute as just its value, e.g. `%0 = const 1`), then
// the source span @line:col-endline:endcol. Value and block numbers are printed as stored.
// The parser also accepts `; comments` and blank lines in a function body (hand-written IR
// for pass tests); the printer never writes them.

import { constantRepr } from '../ast/dump.js';
import { strRepr } from '../runtime/repr.js';
import type { ConstantValue } from '../ast/nodes.js';
import { OP_TABLE, type AttrKind } from './ops.js';
import type { AttrValue, Block, IRFunction, IRModule, Instruction, Param, SourcePos } from './types.js';

export function printModule(module: IRModule): string {
  return [`module ${strRepr(module.filename)}`, ...module.functions.map(printFunction)].join('\n\n') + '\n';
}

export function printFunction(fn: IRFunction): string {
  const lines = [
    `function ${fn.index} ${strRepr(fn.name)} kind=${fn.kind} parent=${fn.parent ?? 'none'} ` +
      `line=${fn.line} qualname=${strRepr(fn.qualname)}`,
    `  params (${printParams(fn.params)})`,
  ];
  if (fn.docstring !== null) lines.push(`  docstring ${strRepr(fn.docstring)}`);
  for (const [label, names] of [['locals', fn.locals], ['cellvars', fn.cellvars], ['freevars', fn.freevars]] as const) {
    if (names.length > 0) lines.push(`  ${label} ${printNames(names)}`);
  }
  for (const block of fn.blocks) lines.push(printBlock(block));
  return lines.join('\n');
}

export function printBlock(block: Block): string {
  const header = `bb${block.id}:` + (block.handler === null ? '' : ` except bb${block.handler}`);
  return [header, ...block.instructions.map((instruction) => '  ' + printInstruction(instruction))].join('\n');
}

export function printInstruction(instruction: Instruction): string {
  const spec = OP_TABLE[instruction.op];
  let text = instruction.result === null ? instruction.op : `%${instruction.result} = ${instruction.op}`;
  if (instruction.operands.length > 0) text += ' ' + instruction.operands.map((id) => `%${id}`).join(', ');
  for (const attr of spec.attrs) {
    const attrValue = instruction.attrs[attr.name];
    if (attrValue === undefined) continue;
    text += attr.bare ? ` ${printAttr(attr.kind, attrValue)}` : ` ${attr.name}=${printAttr(attr.kind, attrValue)}`;
  }
  if (instruction.pos !== null) text += ' ' + printPos(instruction.pos);
  return text;
}

export function printAttr(kind: AttrKind, attrValue: AttrValue): string {
  switch (kind) {
    case 'const':
      return constantRepr(attrValue as ConstantValue);
    case 'name':
      return strRepr(attrValue as string);
    case 'names':
      return printNames(attrValue as readonly string[]);
    case 'int':
    case 'func':
    case 'enum':
      return String(attrValue);
    case 'block':
      return `bb${attrValue as number}`;
    case 'blocks':
      return `[${(attrValue as readonly number[]).map((id) => `bb${id}`).join(', ')}]`;
  }
}

/** A Python tuple of str, as repr() writes it. */
export function printNames(names: readonly string[]): string {
  if (names.length === 1) return `(${strRepr(names[0])},)`;
  return `(${names.map(strRepr).join(', ')})`;
}

export function printPos(pos: SourcePos): string {
  return `@${pos.line}:${pos.col}-${pos.endLine}:${pos.endCol}`;
}

/** Python's signature syntax; a parameter with a default is written `name=?`. */
export function printParams(params: readonly Param[]): string {
  const parts: string[] = [];
  const mark = (param: Param) => param.name + (param.hasDefault ? '=?' : '');
  params.forEach((param, i) => {
    const next = params[i + 1];
    if (param.kind === 'keyword_only' && (i === 0 || (params[i - 1].kind !== 'keyword_only' && params[i - 1].kind !== 'var_positional'))) {
      parts.push('*');
    }
    if (param.kind === 'var_positional') parts.push('*' + param.name);
    else if (param.kind === 'var_keyword') parts.push('**' + param.name);
    else parts.push(mark(param));
    if (param.kind === 'positional_only' && next?.kind !== 'positional_only') parts.push('/');
  });
  return parts.join(', ');
}
