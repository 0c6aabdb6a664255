// SyntaxWarnings of CPython's compiler, reproduced by the lowering in CPython's order:
// every case of warnings/cases.txt against warnings/expected.json (regenerate with
// python3.13 scripts/gen-lower-warnings.py).

import test from 'ava';
import { readFileSync } from 'node:fs';
import type { LiteralWarning } from '../../../grammar/literals.js';
import { verifyModule } from '../../../ir/verify.js';
import { lowerSource } from '../../../lower/index.js';

interface Case {
  name: string;
  source: string;
  warnings: { category: string; message: string; lineno: number }[];
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./warnings/expected.json', import.meta.url), 'utf8'));

for (const { name, source, warnings: expected } of cases) {
  test(`compile warnings: ${name}`, (t) => {
    const warnings: LiteralWarning[] = [];
    const module = lowerSource(source, `${name}.py`, warnings);
    t.deepEqual(verifyModule(module), []);
    t.deepEqual(warnings.map(({ category, message, lineno }) => ({ category, message, lineno })), expected);
    t.true(warnings.every((warning) => warning.filename === `${name}.py`));
  });
}
