// Deep code: lowering agrees with CPython 3.13 (depth.json, from scripts/gen-lower-depth.py)
// on where compilation stops with "RecursionError: maximum recursion depth exceeded during
// compilation", and never overflows the JS stack before that. The ASTs are built directly
// (the same shape the parser gives) to keep the test fast.

import test from 'ava';
import { readFileSync } from 'node:fs';
import type * as A from '../../../ast/nodes.js';
import { verifyModule } from '../../../ir/verify.js';
import { CompileRecursionError, lowerModule } from '../../../lower/index.js';

interface Case { terms: number; in_def: boolean; compiles: boolean }
const cases: Case[] = JSON.parse(readFileSync(new URL('./depth.json', import.meta.url), 'utf8'));

const at = (line: number): A.Position => ({ lineno: line, col_offset: 0, end_lineno: line, end_col_offset: 1 });

/** `x = a + a + ... + a` with `terms` names, as CPython's parser nests it (left-deep). */
function sumModule(terms: number, inDef: boolean): A.Module {
  const line = inDef ? 2 : 1;
  const name = (): A.expr => ({ _type: 'Name', id: 'a', ctx: { _type: 'Load' }, ...at(line) });
  let value = name();
  for (let i = 1; i < terms; i++) value = { _type: 'BinOp', left: value, op: { _type: 'Add' }, right: name(), ...at(line) };
  const assign: A.Assign = { _type: 'Assign', targets: [{ _type: 'Name', id: 'x', ctx: { _type: 'Store' }, ...at(line) }], value, type_comment: null, ...at(line) };
  const def: A.FunctionDef = {
    _type: 'FunctionDef', name: 'f', body: [assign], decorator_list: [], returns: null, type_comment: null, type_params: [],
    args: { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] }, ...at(1),
  };
  const body: A.stmt[] = inDef ? [def] : [assign];
  return { _type: 'Module', body, type_ignores: [] };
}

for (const { terms, in_def: inDef, compiles } of cases) {
  test(`${terms} terms ${inDef ? 'in a def' : 'at module level'}: ${compiles ? 'compiles' : 'RecursionError'}`, (t) => {
    const lower = () => lowerModule(sumModule(terms, inDef), { filename: 'deep.py', source: null });
    if (compiles) t.deepEqual(verifyModule(lower()), []);
    else t.is(t.throws(lower, { instanceOf: CompileRecursionError })?.message, 'maximum recursion depth exceeded during compilation');
  });
}
