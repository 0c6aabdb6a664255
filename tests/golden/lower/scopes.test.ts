// The lowering's scope analysis against CPython 3.13's code objects (scopes.json, from
// scripts/gen-lower-scopes.py): locals, cellvars and freevars of every def and lambda.
// CPython 3.12+ inlines comprehensions, so a function that contains one is skipped (its
// comprehension variables and captured names legitimately differ).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { parseModule } from '../../../grammar/parse.js';
import { lowerModule } from '../../../lower/index.js';

interface Expected { name: string; line: number; varnames: string[]; cellvars: string[]; freevars: string[] }

const dir = new URL('./', import.meta.url);
const expected: Record<string, Expected[]> = JSON.parse(readFileSync(new URL('scopes.json', dir), 'utf8'));

for (const [file, functions] of Object.entries(expected)) {
  if (file.startsWith('unsupported-')) continue; // pyx rejects these programs by design.
  test(`scopes match CPython: ${file}`, (t) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const module = lowerModule(parseModule(source, file), { filename: file, source });
    let compared = 0;
    for (const fn of module.functions) {
      if (fn.kind !== 'function' && fn.kind !== 'lambda') continue;
      const hasComprehension = module.functions.some((other) => other.parent === fn.index && other.kind === 'comprehension');
      const cpython = functions.find((candidate) => candidate.name === fn.name && candidate.line === fn.line);
      t.truthy(cpython, `CPython has no code object ${fn.name} at line ${fn.line}`);
      if (cpython === undefined || hasComprehension) continue;
      t.deepEqual({ locals: fn.locals, cellvars: fn.cellvars, freevars: fn.freevars },
        { locals: cpython.varnames, cellvars: cpython.cellvars, freevars: cpython.freevars }, `${fn.qualname}`);
      compared++;
    }
    t.is(compared, functions.filter((f) => !module.functions.some((fn) => fn.parent !== null && fn.kind === 'comprehension'
      && module.functions[fn.parent].name === f.name && module.functions[fn.parent].line === f.line)).length);
  });
}
