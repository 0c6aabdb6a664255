// Reads the text form that print.ts writes (grammar in print.ts's header). Per-op syntax
// (operand count, attribute names and kinds) comes from the op table. Errors name the line.

import type { ConstantValue } from '../ast/nodes.js';
import { OP_TABLE, isOpName, type AttrKind } from './ops.js';
import type { AttrValue, Block, FunctionKind, IRFunction, IRModule, Instruction, Param, ParamKind, SourcePos } from './types.js';

/** A malformed IR text; `line` is 1-based in the parsed text. */
export class IRParseError extends Error {
  constructor(readonly line: number, readonly detail: string) {
    super(`IR text line ${line}: ${detail}`);
  }
}

const FUNCTION_KINDS: readonly FunctionKind[] = ['module', 'function', 'lambda', 'comprehension'];
const NUMBER = /-?(?:\d+(?:\.\d*)?(?:e[+-]?\d+)?|inf|nan)j?(?![\w.])/y;
const WORD = /[A-Za-z_]\w*/y;
const DIGITS = /\d+/y;
const PUNCT = '=,()[]@:-';

interface Token { type: 'value' | 'block' | 'string' | 'number' | 'word' | 'punct'; text: string }

/** Splits one line into tokens; spaces separate, nothing else is skipped. Hand-written
 *  (dispatch on the first character) because one big regex with groups was 10x slower. */
function tokenize(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const sticky = (pattern: RegExp, from: number): string | null => {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    return match === null ? null : match[0];
  };
  while (at < text.length) {
    const char = text[at];
    if (char === ' ' || char === '\t') { at++; continue; }
    if (char === ';') break; // A comment to the end of the line (hand-written IR only).
    let type: Token['type'];
    let raw: string | null = null;
    let value: string | null = null;
    const next = text[at + 1];
    if (char === '%') {
      value = sticky(DIGITS, at + 1);
      type = 'value';
      if (value !== null) raw = '%' + value;
    } else if (char === 'b' && next === 'b' && /\d/.test(text[at + 2] ?? '')) {
      value = sticky(DIGITS, at + 2);
      const word = sticky(WORD, at)!; // `bb12x` is a word, not a block.
      type = word.length === value!.length + 2 ? 'block' : 'word';
      raw = word;
      if (type === 'word') value = null;
    } else if (char === "'" || char === '"' || (char === 'b' && (next === "'" || next === '"'))) {
      const quote = char === 'b' ? next : char;
      let end = at + (char === 'b' ? 2 : 1);
      while (end < text.length && text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
      type = 'string';
      if (end < text.length) raw = text.slice(at, end + 1);
    } else if ((char >= '0' && char <= '9') || (char === '-' && /[\din]/.test(next ?? '')) || char === 'i' || char === 'n') {
      raw = sticky(NUMBER, at);
      type = 'number';
      if (raw === null && (char === 'i' || char === 'n')) { raw = sticky(WORD, at); type = 'word'; }
    } else if (/[A-Za-z_]/.test(char)) {
      raw = sticky(WORD, at);
      type = 'word';
    } else {
      type = 'punct';
      if (PUNCT.includes(char)) raw = char;
    }
    if (raw === null) throw new IRParseError(line, `unexpected text '${text.slice(at, at + 20)}'`);
    tokens.push({ type, text: value ?? raw });
    at += raw.length;
  }
  return tokens;
}

class Cursor {
  private index = 0;
  constructor(readonly tokens: Token[], readonly line: number) {}
  get done(): boolean { return this.index >= this.tokens.length; }
  peek(): Token | undefined { return this.tokens[this.index]; }
  fail(expected: string): never {
    const token = this.peek();
    throw new IRParseError(this.line, `expected ${expected}, found ${token === undefined ? 'end of line' : `'${token.text}'`}`);
  }
  take(type: Token['type'], text?: string): string {
    const token = this.peek();
    if (token === undefined || token.type !== type || (text !== undefined && token.text !== text)) this.fail(text ?? type);
    this.index++;
    return token.text;
  }
  accept(type: Token['type'], text?: string): boolean {
    const token = this.peek();
    if (token === undefined || token.type !== type || (text !== undefined && token.text !== text)) return false;
    this.index++;
    return true;
  }
  int(): number {
    const text = this.take('number');
    if (!/^\d+$/.test(text)) throw new IRParseError(this.line, `expected an integer, found '${text}'`);
    return Number(text);
  }
  end(): void { if (!this.done) this.fail('end of line'); }
}

export function parseModule(text: string): IRModule {
  const lines = text.split('\n');
  let lineIndex = 0;
  const cursorAt = (i: number) => new Cursor(tokenize(lines[i], i + 1), i + 1);
  // Comment-only lines (`; ...`) count as blank; print.ts never writes comments.
  const isBlank = (line: string) => line.trim() === '' || line.trimStart().startsWith(';');
  const skipBlank = () => { while (lineIndex < lines.length && isBlank(lines[lineIndex])) lineIndex++; };

  skipBlank();
  if (lineIndex >= lines.length) throw new IRParseError(1, "expected 'module'");
  const header = cursorAt(lineIndex++);
  header.take('word', 'module');
  const module: IRModule = { filename: decodeString(header.take('string'), header.line), functions: [] };
  header.end();

  for (;;) {
    skipBlank();
    if (lineIndex >= lines.length) return module;
    const cursor = cursorAt(lineIndex++);
    cursor.take('word', 'function');
    const index = cursor.int();
    if (index !== module.functions.length) throw new IRParseError(cursor.line, `expected function ${module.functions.length}, found ${index}`);
    const name = decodeString(cursor.take('string'), cursor.line);
    const fields = new Map<string, Token>();
    for (const field of ['kind', 'parent', 'line', 'qualname']) {
      cursor.take('word', field);
      cursor.take('punct', '=');
      const token = cursor.peek() ?? cursor.fail(`a value for ${field}`);
      cursor.take(token.type);
      fields.set(field, token);
    }
    cursor.end();
    const kind = fields.get('kind')!.text as FunctionKind;
    if (!FUNCTION_KINDS.includes(kind)) throw new IRParseError(cursor.line, `unknown function kind '${kind}'`);
    const parentText = fields.get('parent')!.text;
    const fn: IRFunction = {
      index, name, kind,
      qualname: decodeString(fields.get('qualname')!.text, cursor.line),
      parent: parentText === 'none' ? null : Number(parentText),
      line: Number(fields.get('line')!.text),
      docstring: null,
      params: [], locals: [], cellvars: [], freevars: [], blocks: [],
    };
    module.functions.push(fn);
    if (!/^  params \(.*\)$/.test(lines[lineIndex] ?? '')) throw new IRParseError(lineIndex + 1, "expected '  params (...)'");
    fn.params = parseParams(lines[lineIndex].slice('  params ('.length, -1), lineIndex + 1);
    lineIndex++;
    if ((lines[lineIndex] ?? '').startsWith('  docstring ')) {
      const doc = cursorAt(lineIndex++);
      doc.take('word', 'docstring');
      fn.docstring = decodeString(doc.take('string'), doc.line);
      doc.end();
    }
    for (const label of ['locals', 'cellvars', 'freevars'] as const) {
      if (!(lines[lineIndex] ?? '').startsWith(`  ${label} `)) continue;
      const names = cursorAt(lineIndex++);
      names.take('word', label);
      fn[label] = parseAttr(names, 'names') as string[];
      names.end();
    }
    let block: Block | null = null;
    // The body runs to the next `function` line; blank and comment lines may appear anywhere.
    for (;;) {
      skipBlank();
      if (lineIndex >= lines.length || lines[lineIndex].startsWith('function ')) break;
      const line = lines[lineIndex];
      const body = cursorAt(lineIndex++);
      if (!line.startsWith('  ')) {
        const id = Number(body.take('block'));
        body.take('punct', ':');
        let handler: number | null = null;
        if (body.accept('word', 'except')) handler = Number(body.take('block'));
        body.end();
        block = { id, instructions: [], handler };
        fn.blocks.push(block);
      } else {
        if (block === null) throw new IRParseError(body.line, 'instruction before the first block label');
        block.instructions.push(parseInstruction(body));
      }
    }
  }
}

function parseInstruction(cursor: Cursor): Instruction {
  let result: number | null = null;
  if (cursor.peek()?.type === 'value') {
    result = Number(cursor.take('value'));
    cursor.take('punct', '=');
  }
  const op = cursor.take('word');
  if (!isOpName(op)) throw new IRParseError(cursor.line, `unknown op '${op}'`);
  const spec = OP_TABLE[op];
  const operands: number[] = [];
  if (cursor.peek()?.type === 'value') {
    do operands.push(Number(cursor.take('value'))); while (cursor.accept('punct', ','));
  }
  const attrs: Record<string, AttrValue> = {};
  const bare = spec.attrs[0]?.bare ? spec.attrs[0] : undefined;
  if (bare !== undefined && cursor.peek() !== undefined && !(cursor.peek()!.type === 'punct' && cursor.peek()!.text === '@')) {
    attrs[bare.name] = parseAttr(cursor, bare.kind, bare.values);
  }
  while (cursor.peek()?.type === 'word') {
    const name = cursor.take('word');
    const attr = spec.attrs.find((candidate) => candidate.name === name);
    if (attr === undefined) throw new IRParseError(cursor.line, `op ${op} has no attribute '${name}'`);
    if (name in attrs) throw new IRParseError(cursor.line, `attribute '${name}' given twice`);
    cursor.take('punct', '=');
    attrs[name] = parseAttr(cursor, attr.kind, attr.values);
  }
  let pos: SourcePos | null = null;
  if (cursor.accept('punct', '@')) {
    const line = cursor.int();
    cursor.take('punct', ':');
    const col = cursor.int();
    const endLine = Number(cursor.take('number').replace('-', ''));
    cursor.take('punct', ':');
    pos = { line, col, endLine, endCol: cursor.int() };
  }
  cursor.end();
  return { op, result, operands, attrs, pos };
}

function parseAttr(cursor: Cursor, kind: AttrKind, values?: readonly string[]): AttrValue {
  switch (kind) {
    case 'const':
      return parseConstant(cursor);
    case 'name':
      return decodeString(cursor.take('string'), cursor.line);
    case 'names': {
      const names: string[] = [];
      cursor.take('punct', '(');
      while (!cursor.accept('punct', ')')) {
        names.push(decodeString(cursor.take('string'), cursor.line));
        if (!cursor.accept('punct', ',')) { cursor.take('punct', ')'); break; }
      }
      return names;
    }
    case 'int':
    case 'func':
      return cursor.int();
    case 'enum': {
      const word = cursor.take('word');
      if (values !== undefined && !values.includes(word)) throw new IRParseError(cursor.line, `expected one of ${values.join(', ')}, found '${word}'`);
      return word;
    }
    case 'block':
      return Number(cursor.take('block'));
    case 'blocks': {
      const blocks: number[] = [];
      cursor.take('punct', '[');
      if (!cursor.accept('punct', ']')) {
        do blocks.push(Number(cursor.take('block'))); while (cursor.accept('punct', ','));
        cursor.take('punct', ']');
      }
      return blocks;
    }
  }
}

// --- Python literals as repr() writes them ---

function parseConstant(cursor: Cursor): ConstantValue {
  const token = cursor.peek();
  if (token?.type === 'word') {
    cursor.take('word');
    switch (token.text) {
      case 'None': return null;
      case 'True': return true;
      case 'False': return false;
      case 'Ellipsis': return { kind: 'ellipsis' };
    }
    throw new IRParseError(cursor.line, `'${token.text}' is not a constant`);
  }
  if (token?.type === 'string') {
    const text = cursor.take('string');
    if (text.startsWith('b')) return { kind: 'bytes', value: decodeBytes(text, cursor.line) };
    return decodeString(text, cursor.line);
  }
  const text = cursor.take('number');
  if (text.endsWith('j')) return { kind: 'complex', imag: parseFloatRepr(text.slice(0, -1)) };
  if (/^-?\d+$/.test(text)) return BigInt(text);
  return parseFloatRepr(text);
}

function parseFloatRepr(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = sign < 0 ? text.slice(1) : text;
  if (body === 'inf') return sign * Infinity;
  if (body === 'nan') return NaN;
  return sign * Number(body);
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t' };

/** Decodes a str literal as strRepr writes it (\\ \' \n \r \t \xNN \uNNNN \UNNNNNNNN). */
export function decodeString(literal: string, line: number): string {
  let out = '';
  const body = literal.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') { out += body[i]; continue; }
    const escape = body[++i];
    if (escape in SIMPLE_ESCAPES) { out += SIMPLE_ESCAPES[escape]; continue; }
    const width = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
    const hex = body.slice(i + 1, i + 1 + width);
    if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) {
      throw new IRParseError(line, `bad escape '\\${escape}' in string literal`);
    }
    out += String.fromCodePoint(parseInt(hex, 16));
    i += width;
  }
  return out;
}

function decodeBytes(literal: string, line: number): Uint8Array {
  const text = decodeString(literal.slice(1), line);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new IRParseError(line, 'non-byte character in bytes literal');
    bytes[i] = code;
  }
  return bytes;
}

// --- Parameters: Python signature syntax with `=?` for a default ---

function parseParams(text: string, line: number): Param[] {
  const params: Param[] = [];
  if (text.trim() === '') return params;
  let kind: ParamKind = 'normal';
  const parts = text.split(', ');
  if (parts.includes('/')) kind = 'positional_only';
  for (const part of parts) {
    if (part === '/') { kind = 'normal'; continue; }
    if (part === '*') { kind = 'keyword_only'; continue; }
    const match = /^(\*\*|\*)?([^\s,()=*/]+)(=\?)?$/.exec(part);
    if (match === null) throw new IRParseError(line, `bad parameter '${part}'`);
    const [, stars, name, marker] = match;
    if (stars === '*') {
      params.push({ name, kind: 'var_positional', hasDefault: false });
      kind = 'keyword_only';
    } else if (stars === '**') {
      params.push({ name, kind: 'var_keyword', hasDefault: false });
    } else {
      params.push({ name, kind, hasDefault: marker !== undefined });
    }
  }
  return params;
}
