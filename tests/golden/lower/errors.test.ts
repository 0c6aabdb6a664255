// CPython's compile-time SyntaxErrors that the lowering raises (symtable and compiler
// checks): every case of errors/cases.txt must fail (or succeed) exactly as CPython 3.13
// says in errors/expected.json (regenerate: python3.13 scripts/gen-lower-errors.py).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { PySyntaxError } from '../../../grammar/errors.js';
import { parseModule } from '../../../grammar/parse.js';
import { verifyModule } from '../../../ir/verify.js';
import { lowerModule } from '../../../lower/index.js';

interface Case {
  name: string;
  source: string;
  error: { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number } | null;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./errors/expected.json', import.meta.url), 'utf8'));

for (const { name, source, error } of cases) {
  test(`compile error: ${name}`, (t) => {
    const lower = () => lowerModule(parseModule(source, `${name}.py`), { filename: `${name}.py`, source });
    if (error === null) {
      t.deepEqual(verifyModule(lower()), []);
      return;
    }
    const thrown = t.throws(lower, { instanceOf: PySyntaxError }) as PySyntaxError;
    t.deepEqual(
      { type: thrown.type, msg: thrown.msg, lineno: thrown.lineno, offset: thrown.offset, end_lineno: thrown.endLineno, end_offset: thrown.endOffset },
      error,
    );
    t.is(thrown.filename, `${name}.py`);
    t.is(thrown.text, source.split('\n')[error.lineno - 1] + '\n');
  });
}
