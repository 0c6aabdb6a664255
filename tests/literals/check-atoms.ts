// Differential check of the string-atom builders (through tests/literals/string-atoms.ts)
// against CPython 3.13 on atoms from fuzz-atoms.py: AST dumps with positions, literal
// errors, and warnings in CPython's order. Errors raised by the tokenizer or the grammar
// (not by literals) are counted apart: they are not this module's.
//
//   $P tests/literals/fuzz-atoms.py /tmp/atoms.json 4000
//   node --import tsx tests/literals/check-atoms.ts /tmp/atoms.json

import { readFileSync } from 'node:fs';
import { dump } from '../../ast/dump.js';
import { PySyntaxError } from '../../grammar/errors.js';
import type { LiteralWarning } from '../../grammar/literals.js';
import { parseStringAtom } from './string-atoms.js';
import { UnsupportedFeatureError } from '../../lower/errors.js';

interface Case {
  source: string;
  dump?: string;
  error?: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number };
  warnings: [string, number][];
}

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Case[];
const literalError = /unicode error|value error|cannot mix|bytes can only|conversion/;
let ok = 0;
let elsewhere = 0;
let refused = 0;
const failures: string[] = [];
for (const c of cases) {
  const warnings: LiteralWarning[] = [];
  let actual: Record<string, unknown>;
  try {
    actual = { dump: dump(parseStringAtom(c.source, warnings).node, { includeAttributes: true }) };
  } catch (error) {
    if (error instanceof UnsupportedFeatureError) {
      // Refused strs must be exactly those CPython gives an adjacent high + low surrogate.
      if (/\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}/.test(c.dump ?? '')) refused++;
      else failures.push(`${JSON.stringify(c.source)}\n  pyx refused it: ${error.message}`);
      continue;
    }
    if (!(error instanceof PySyntaxError)) throw error;
    actual = { error: { msg: error.msg, lineno: error.lineno, offset: error.offset, end_lineno: error.endLineno, end_offset: error.endOffset } };
  }
  actual.warnings = warnings.map((w) => [w.message, w.lineno]);
  const expected = c.error ? { error: c.error, warnings: c.warnings } : { dump: c.dump, warnings: c.warnings };
  if (JSON.stringify(actual) === JSON.stringify(expected)) ok++;
  else if (c.error && !literalError.test(c.error.msg) && 'error' in actual) elsewhere++;
  else failures.push(`${JSON.stringify(c.source)}\n  pyx     ${JSON.stringify(actual).slice(0, 400)}\n  CPython ${JSON.stringify(expected).slice(0, 400)}`);
}
console.log(
  `atoms: ${cases.length}, match: ${ok}, mismatches: ${failures.length}, ` +
    `tokenizer/grammar errors (not literals): ${elsewhere}, refused surrogate pairs: ${refused}`,
);
for (const failure of failures.slice(0, 20)) console.log(failure);
process.exitCode = failures.length === 0 ? 0 : 1;
