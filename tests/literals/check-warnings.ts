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
import type { Token } from '../../grammar/tokens.js';
import { mergeWarnings } from '../../grammar/literals.js';

type Warning = [lineno: number, message: string];
const expected = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, Warning[]>;

/**
 * Where each lexer warning arises, re-derived from the tokens: TokenizeWarning has no
 * column yet. `\{`/`\}` in non-raw f-string text, a number run into a keyword.
 */
function withOffsets(warnings: TokenizeWarning[], tokens: Token[]): { message: string; lineno: number; offset?: number }[] {
  const events: number[] = [];
  const raw: boolean[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.kind === 'FSTRING_START') raw.push(/[rR]/.test(token.text));
    else if (token.kind === 'FSTRING_END') raw.pop();
    else if (token.kind === 'FSTRING_MIDDLE' && !raw[raw.length - 1]) {
      for (let i = 0; i < token.text.length; i++) {
        if (token.text[i] !== '\\') continue;
        const next = i + 1 < token.text.length ? token.text[i + 1] : tokens[k + 1]?.text[0];
        if (next === '{' || next === '}') events.push(token.start + i);
        else i++;
      }
    } else if (token.kind === 'NUMBER' && tokens[k + 1]?.kind === 'NAME' && tokens[k + 1].start === token.end) {
      events.push(token.end);
    }
  }
  if (events.length !== warnings.length) return warnings;
  return warnings.map((warning, i) => ({ ...warning, offset: events[i] }));
}

let files = 0;
let warningCount = 0;
const failures: string[] = [];
for (const [path, cpython] of Object.entries(expected)) {
  const source = readFileSync(path, 'utf8');
  const lexerWarnings: TokenizeWarning[] = [];
  const tokens = tokenize(source, path, { comments: false, warnings: lexerWarnings });
  const lexer = withOffsets(lexerWarnings, tokens);
  const text = tokenString(source, path);
  const builder = new Builder(AST_HANDLERS, text.tokens, source, path);
  try {
    for (const [from, to] of topLevelStatements(text.classes)) {
      const match = matchTokens(pythonGrammar, text, 'chunk', from, to);
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
