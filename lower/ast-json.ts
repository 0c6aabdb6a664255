// Revives the JSON that scripts/py-ast-json.py writes (CPython's AST) into pyx AST nodes.
// Lets tests and tools lower a program whose AST came from CPython rather than pyx's parser.

import type { ConstantValue, Module } from '../ast/nodes.js';

function revive(value: any): any {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  if ('$int' in value) return BigInt(value.$int);
  if ('$float' in value) return parseFloat(value.$float === 'inf' ? 'Infinity' : value.$float === '-inf' ? '-Infinity' : value.$float);
  if ('$complex' in value) {
    const imag = value.$complex as string;
    return { kind: 'complex', imag: imag === 'inf' ? Infinity : imag === 'nan' ? NaN : parseFloat(imag) } satisfies ConstantValue;
  }
  if ('$bytes' in value) return { kind: 'bytes', value: new Uint8Array(Buffer.from(value.$bytes, 'hex')) } satisfies ConstantValue;
  if ('$ellipsis' in value) return { kind: 'ellipsis' } satisfies ConstantValue;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
}

export function moduleFromAstJson(text: string): Module {
  const tree = revive(JSON.parse(text));
  if (tree?._type !== 'Module') throw new Error('AST JSON: expected a Module');
  return tree as Module;
}
