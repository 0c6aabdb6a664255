// Whole-corpus check of literal decoding: every STRING and NUMBER token of the given
// Python files, decoded by grammar/literals.ts, against CPython 3.13's values and warnings
// (dumped by check-corpus.py). Not part of the unit tests: it needs CPython and a corpus.
//
//   P=/root/.pyenv/versions/3.13.0/bin/python3.13
//   $P tests/literals/check-corpus.py /tmp/expected.json $(find $LIB -name '*.py')
//   node --import tsx tests/literals/check-corpus.ts /tmp/expected.json

import { readFileSync } from 'node:fs';
import { constantRepr } from '../../ast/dump.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { UnsupportedFeatureError } from '../../lower/errors.js';
import { decodeNumber, decodeString } from '../../grammar/literals.js';
import { tokenize } from '../../grammar/tokenize.js';

type Item = [line: number, col: number, result: string, warnings: string[]];
const expected = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, Item[]>;

let files = 0;
let literals = 0;
let decodeMs = 0;
let unsupported = 0;
const failures: string[] = [];
for (const [path, items] of Object.entries(expected)) {
  let tokens;
  try {
    tokens = tokenize(readFileSync(path, 'utf8'), path).filter((t) => t.kind === 'STRING' || t.kind === 'NUMBER');
  } catch {
    failures.push(`${path}: pyx's tokenizer rejects it`);
    continue;
  }
  files++;
  if (tokens.length !== items.length) failures.push(`${path}: ${tokens.length} literal tokens, CPython ${items.length}`);
  const start = performance.now();
  const results = tokens.map((token) => {
    try {
      if (token.kind === 'NUMBER') return { repr: constantRepr(decodeNumber(token.text)), warnings: [] as string[] };
      const decoded = decodeString(token.text);
      const value = decoded.isBytes ? { kind: 'bytes' as const, value: decoded.value as Uint8Array } : (decoded.value as string);
      return { repr: constantRepr(value), warnings: decoded.warnings.map((w) => w.message) };
    } catch (error) {
      if (error instanceof PySyntaxError) return { repr: `SyntaxError: ${error.msg}`, warnings: [] };
      if (error instanceof UnsupportedFeatureError) return { repr: 'unsupported', warnings: [] };
      throw error;
    }
  });
  decodeMs += performance.now() - start;
  literals += tokens.length;
  for (let i = 0; i < Math.min(tokens.length, items.length); i++) {
    const [line, col, result, warnings] = items[i];
    const got = results[i];
    // Refused strs must be exactly those holding an adjacent high + low surrogate pair.
    if (got.repr === 'unsupported') {
      unsupported++;
      if (!/\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}/.test(result)) failures.push(`${path}:${line}:${col}: refused, CPython ${result}`);
      continue;
    }
    if (got.repr !== result || JSON.stringify(got.warnings) !== JSON.stringify(warnings)) {
      failures.push(`${path}:${line}:${col}: got ${got.repr.slice(0, 80)} ${JSON.stringify(got.warnings)}, CPython ${result.slice(0, 80)} ${JSON.stringify(warnings)}`);
    }
  }
}
console.log(`files: ${files}, literal tokens: ${literals}, decode time ${decodeMs.toFixed(0)} ms (${(literals / decodeMs * 1000).toFixed(0)} tokens/s)`);
console.log(`refused as unsupported (surrogate pairs): ${unsupported}, mismatches: ${failures.length}`);
for (const failure of failures.slice(0, 30)) console.log('  ' + failure);
process.exitCode = failures.length === 0 ? 0 : 1;
