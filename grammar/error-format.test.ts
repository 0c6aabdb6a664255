// formatSyntaxError against CPython 3.13's own traceback formatting: hand-built errors
// (tests/errors/format-cases.json) and the exception of every corpus program
// (tests/errors/NAME.json `run` fields → NAME.stderr, byte for byte).
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import { formatSyntaxError } from './error-format.js';

const corpus = fileURLToPath(new URL('../tests/errors/', import.meta.url));

interface Fields {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  end_lineno: number;
  end_offset: number;
}

function toError(f: Fields): PySyntaxError {
  return new PySyntaxError(f.type, f.msg, f.filename, f.lineno, f.offset, f.text, f.end_lineno, f.end_offset);
}

const cases = JSON.parse(readFileSync(join(corpus, 'format-cases.json'), 'utf8')) as (Fields & {
  expected: string;
})[];

for (const c of cases) {
  test(`format: ${c.msg || '(empty message)'}`, (t) => {
    t.is(formatSyntaxError(toError(c)), c.expected);
  });
}

test('every corpus stderr is reproduced from the exception CPython raised', (t) => {
  // One NAME.json per corpus program NAME.py (format-cases.json and mutations.json are not).
  const names = readdirSync(corpus).filter((n) => n.endsWith('.py')).map((n) => n.replace(/\.py$/, '.json'));
  t.true(names.length >= 80);
  for (const name of names) {
    const run = (JSON.parse(readFileSync(join(corpus, name), 'utf8')) as { run: Fields }).run;
    const expected = readFileSync(join(corpus, name.replace(/\.json$/, '.stderr')), 'utf8');
    t.is(formatSyntaxError(toError(run)), expected, name);
  }
});
