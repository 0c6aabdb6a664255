// Whole-file SyntaxWarnings of pyx's front end against CPython 3.13's, in order: the
// tokenizer's (`\{` in f-strings, `1if`) merged with the literal builders'. Shows how a driver
// must interleave the two lists to print what CPython prints. Needs CPython and a corpus:
//
//   $P tests/literals/check-warnings.py /tmp/warnings.json $(find $LIB -name '*.py')
//   node --import tsx tests/literals/check-warnings.ts /tmp/warnings.json

import { readFileSync } from 'node:fs';
import { matchTokens, pythonGrammar, tokenString, topLevelStatements } from '../../grammar/parse.js';
import { Builder } from '../../grammar/to-ast-core.js';
import { AST_HANDLERS } from '../../grammar/to-ast.js';
import { tokenize } from '../../grammar/tokenize.js';
import type { TokenizeWarning } from '../../grammar/tokenize-core.js';
import { mergeWarnings } from '../../grammar/literals.js';
import { lexerWarningOffsets } from './string-atoms.js';

type Warning = [lineno: number, message: string];
const expected = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, Warning[]>;

let files = 0;
let warningCount = 0;
const failures: string[] = [];
for (const [path, cpython] of Object.entries(expected)) {
  const source = readFileSync(path, 'utf8');
  const lexerWarnings: TokenizeWarning[] = [];
  const tokens = tokenize(source, path, { comments: false, warnings: lexerWarnings });
  const lexer = lexerWarningOffsets(lexerWarnings, tokens);
  const text = tokenString(source, path);
  const builder = new Builder(AST_HANDLERS, text.tokens, source, path);
  try {
    for (const [from, to] of topLevelStatements(text.classes)) {
      const match = matchTokens(pythonGrammar(), text, 'chunk', from, to);
      if ('failure' in match) throw new Error('syntax error');
      builder.base = from;
      builder.visit(match.cst, 0);
    }
  } catch (error) {
    failures.push(`${path}: ${String(error).slice(0, 100)}`);
    continue;
  }
  files++;
  warningCount += cpython.length;
  const ours = mergeWarnings(lexer, builder.warnings).map((w): Warning => [w.lineno, w.message]);
  if (JSON.stringify(ours) !== JSON.stringify(cpython)) {
    failures.push(`${path}:\n    pyx     ${JSON.stringify(ours).slice(0, 300)}\n    CPython ${JSON.stringify(cpython).slice(0, 300)}`);
  }
}
console.log(`files with warnings: ${files}, warnings: ${warningCount}, mismatching files: ${failures.length}`);
for (const failure of failures.slice(0, 20)) console.log('  ' + failure);
process.exitCode = failures.length === 0 ? 0 : 1;
