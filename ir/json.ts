// The JSON form of the IR, for external passes in any language. Same structure as
// types.ts; attribute values are plain JSON except `const` ones, which are tagged because
// JSON cannot tell a Python int from a float nor carry bytes, complex, inf or nan:
//   {"type": "int", "value": "123"}   {"type": "float", "value": "1e+100"} (float repr)
//   {"type": "complex", "imag": "2.0"} {"type": "str", "value": "..."}
//   {"type": "bytes", "hex": "00ff"}   {"type": "bool", "value": true}
//   {"type": "none"}  {"type": "ellipsis"}
// Positions are [line, col, endLine, endCol] or null.

import type { ConstantValue } from '../ast/nodes.js';
import { floatRepr } from '../runtime/repr.js';
import { OP_TABLE, isOpName } from './ops.js';
import type { AttrValue, IRFunction, IRModule, Instruction } from './types.js';

export const JSON_FORMAT = 'pyx-ir';
export const JSON_VERSION = 1;

/** Malformed IR JSON; the message names the JSON path of the problem. */
export class IRJsonError extends Error {}

export function moduleToJson(module: IRModule): unknown {
  return {
    format: JSON_FORMAT, version: JSON_VERSION, filename: module.filename,
    functions: module.functions.map((fn) => ({
      index: fn.index, name: fn.name, qualname: fn.qualname, kind: fn.kind, parent: fn.parent, line: fn.line, docstring: fn.docstring,
      params: fn.params, locals: fn.locals, cellvars: fn.cellvars, freevars: fn.freevars,
      blocks: fn.blocks.map((block) => ({
        id: block.id, handler: block.handler,
        instructions: block.instructions.map((instruction) => ({
          op: instruction.op, result: instruction.result, operands: instruction.operands,
          attrs: Object.fromEntries(Object.entries(instruction.attrs).map(([name, attrValue]) =>
            [name, attrKind(instruction, name) === 'const' ? constantToJson(attrValue as ConstantValue) : attrValue])),
          pos: instruction.pos === null ? null : [instruction.pos.line, instruction.pos.col, instruction.pos.endLine, instruction.pos.endCol],
        })),
      })),
    })),
  };
}

/** The JSON text: objects and arrays that fit in 120 columns stay on one line (an
 *  instruction per line), so the file is readable and diffs well. */
export function writeJson(module: IRModule): string {
  return prettyJson(moduleToJson(module), '') + '\n';
}

function prettyJson(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 120) return flat;
  const inner = indent + ' ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + prettyJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${prettyJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

export function readJson(text: string): IRModule {
  let data: any;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IRJsonError(`IR JSON is not valid JSON: ${(error as Error).message}`);
  }
  return moduleFromJson(data);
}

/** Checks the shape as it converts; passes should still run verify.ts on the result. */
export function moduleFromJson(data: any): IRModule {
  const fail = (path: string, detail: string): never => { throw new IRJsonError(`IR JSON ${path}: ${detail}`); };
  if (data?.format !== JSON_FORMAT || data?.version !== JSON_VERSION) fail('', `expected format "${JSON_FORMAT}" version ${JSON_VERSION}`);
  if (typeof data.filename !== 'string' || !Array.isArray(data.functions)) fail('', 'needs "filename" and "functions"');
  const functions = (data.functions as any[]).map((fn, f): IRFunction => {
    const path = `functions[${f}]`;
    for (const key of ['index', 'line']) if (typeof fn?.[key] !== 'number') fail(path, `"${key}" must be a number`);
    for (const key of ['name', 'qualname', 'kind']) if (typeof fn[key] !== 'string') fail(path, `"${key}" must be a string`);
    for (const key of ['params', 'locals', 'cellvars', 'freevars', 'blocks']) if (!Array.isArray(fn[key])) fail(path, `"${key}" must be an array`);
    return {
      index: fn.index, name: fn.name, qualname: fn.qualname, kind: fn.kind, parent: fn.parent ?? null, line: fn.line,
      docstring: typeof fn.docstring === 'string' ? fn.docstring : null,
      params: fn.params.map((param: any) => ({ name: String(param.name), kind: param.kind, hasDefault: Boolean(param.hasDefault) })),
      locals: [...fn.locals], cellvars: [...fn.cellvars], freevars: [...fn.freevars],
      blocks: (fn.blocks as any[]).map((block, b) => {
        if (!Number.isInteger(block?.id) || !Array.isArray(block.instructions)) fail(`${path}.blocks[${b}]`, 'needs an integer "id" and "instructions"');
        return {
        id: block.id, handler: block.handler ?? null,
        instructions: (block.instructions as any[]).map((raw, i): Instruction => {
          const where = `${path}.blocks[${b}].instructions[${i}]`;
          if (typeof raw?.op !== 'string' || !isOpName(raw.op)) fail(where, `unknown op ${JSON.stringify(raw?.op)}`);
          const isId = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
          if (!Array.isArray(raw.operands) || !raw.operands.every(isId)) fail(where, '"operands" must be an array of value numbers');
          if (raw.result !== null && raw.result !== undefined && !isId(raw.result)) fail(where, '"result" must be a value number or null');
          const attrs: Record<string, AttrValue> = {};
          for (const [name, attrValue] of Object.entries(raw.attrs ?? {})) {
            const instruction = { op: raw.op } as Instruction;
            attrs[name] = attrKind(instruction, name) === 'const' ? constantFromJson(attrValue, `${where}.attrs.${name}`) : attrValue as AttrValue;
          }
          const pos = raw.pos;
          return {
            op: raw.op, result: raw.result ?? null, operands: [...raw.operands], attrs,
            pos: Array.isArray(pos) ? { line: pos[0], col: pos[1], endLine: pos[2], endCol: pos[3] } : null,
          };
        }),
        };
      }),
    };
  });
  return { filename: data.filename, functions };
}

function attrKind(instruction: Pick<Instruction, 'op'>, name: string) {
  return OP_TABLE[instruction.op].attrs.find((attr) => attr.name === name)?.kind;
}

export function constantToJson(constant: ConstantValue): unknown {
  if (constant === null) return { type: 'none' };
  switch (typeof constant) {
    case 'boolean': return { type: 'bool', value: constant };
    case 'bigint': return { type: 'int', value: constant.toString() };
    case 'number': return { type: 'float', value: floatRepr(constant) };
    case 'string': return { type: 'str', value: constant };
  }
  switch (constant.kind) {
    case 'complex': return { type: 'complex', imag: floatRepr(constant.imag) };
    case 'bytes': return { type: 'bytes', hex: Buffer.from(constant.value).toString('hex') };
    case 'ellipsis': return { type: 'ellipsis' };
  }
}

function parseFloatText(text: unknown, path: string): number {
  if (typeof text !== 'string') throw new IRJsonError(`IR JSON ${path}: float must be a repr string`);
  const body = text.replace(/^-/, '');
  const sign = text.startsWith('-') ? -1 : 1;
  if (body === 'inf') return sign * Infinity;
  if (body === 'nan') return NaN;
  const number = Number(text);
  if (Number.isNaN(number)) throw new IRJsonError(`IR JSON ${path}: bad float ${JSON.stringify(text)}`);
  return number;
}

export function constantFromJson(data: any, path: string): ConstantValue {
  switch (data?.type) {
    case 'none': return null;
    case 'bool': return Boolean(data.value);
    case 'int':
      if (typeof data.value !== 'string' || !/^-?\d+$/.test(data.value)) throw new IRJsonError(`IR JSON ${path}: int must be a decimal string`);
      return BigInt(data.value);
    case 'float': return parseFloatText(data.value, path);
    case 'str':
      if (typeof data.value !== 'string') throw new IRJsonError(`IR JSON ${path}: str value must be a string`);
      return data.value;
    case 'complex': return { kind: 'complex', imag: parseFloatText(data.imag, path) };
    case 'bytes':
      if (typeof data.hex !== 'string' || !/^([0-9a-f]{2})*$/.test(data.hex)) throw new IRJsonError(`IR JSON ${path}: bytes need "hex"`);
      return { kind: 'bytes', value: new Uint8Array(Buffer.from(data.hex, 'hex')) };
    case 'ellipsis': return { kind: 'ellipsis' };
  }
  throw new IRJsonError(`IR JSON ${path}: unknown constant ${JSON.stringify(data)}`);
}
