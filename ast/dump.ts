// ast.dump(), byte for byte as CPython 3.13's Lib/ast.py writes it.

import { ATTRIBUTES, FIELDS, OPTIONAL, type ConstantValue, type Node } from './nodes.js';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../runtime/repr.js';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** Like ast.dump's `indent`: a count of spaces, a string, or undefined for one line. */
  indent?: number | string;
  showEmpty?: boolean;
}

type Dumpable = Node | Dumpable[] | ConstantValue | undefined;

export function dump(node: Node, options: DumpOptions = {}): string {
  const annotateFields = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  const showEmpty = options.showEmpty ?? false;
  const indent = typeof options.indent === 'number' ? ' '.repeat(options.indent) : options.indent;

  // Returns [text, simple] exactly as ast.dump's inner _format does.
  function format(value: Dumpable, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== undefined) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (isNode(value)) {
      const type = value._type;
      const args: string[] = [];
      let argsBuffer: string[] = [];
      let allSimple = true;
      let keywords = annotateFields;
      const optional = OPTIONAL[type];
      const record = value as unknown as Record<string, Dumpable>;
      for (const name of FIELDS[type]) {
        const fieldValue = record[name];
        if (fieldValue === null && optional.includes(name)) {
          keywords = true;
          continue;
        }
        const empty = fieldValue === null || (Array.isArray(fieldValue) && fieldValue.length === 0);
        if (!showEmpty && empty && type !== 'Constant' && type !== 'MatchSingleton') {
          argsBuffer.push(fieldValue === null ? 'None' : '[]');
          continue;
        } else if (!keywords) {
          args.push(...argsBuffer);
          argsBuffer = [];
        }
        const [text, simple] =
          type === 'Constant' && name === 'value'
            ? [constantRepr(fieldValue as ConstantValue), true]
            : format(fieldValue, level);
        allSimple &&= simple;
        args.push(keywords ? `${name}=${text}` : text);
      }
      if (includeAttributes) {
        for (const name of ATTRIBUTES[type]) {
          const attribute = record[name];
          if (attribute === null || attribute === undefined) continue;
          const [text, simple] = format(attribute, level);
          allSimple &&= simple;
          args.push(`${name}=${text}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${type}(${args.join(', ')})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return [`[${prefix}${value.map((item) => format(item, level)[0]).join(sep)}]`, false];
    }
    // Outside Constant.value, plain numbers are ints (lineno, level, conversion, simple).
    if (typeof value === 'number') return [String(value), true];
    return [constantRepr(value as ConstantValue), true];
  }
  return format(node, 0)[0];
}

function isNode(value: Dumpable): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '_type' in value;
}

/** repr() of a Constant's value: a JS number is a Python float, a bigint a Python int. */
export function constantRepr(value: ConstantValue | undefined): string {
  if (value === null || value === undefined) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'bigint':
      return value.toString();
    case 'number':
      return floatRepr(value);
    case 'string':
      return strRepr(value);
  }
  switch (value.kind) {
    case 'complex':
      return complexRepr(0, value.imag);
    case 'bytes':
      return bytesRepr(value.value);
    case 'ellipsis':
      return 'Ellipsis';
  }
}
