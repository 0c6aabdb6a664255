// sccp's folding against CPython 3.13: every expression of
// tests/golden/passes/sccp/fold-table.json (values and exceptions recorded by CPython, see
// gen-fold-table.py there) is compiled as `return (EXPR)` and run through ssa,sccp,dce.
// A folded result must be CPython's value, with its type; an expression that raises in
// CPython must not be folded (the op stays and raises at run time).

import test from 'ava';
import { readFileSync } from 'node:fs';
import type { ConstantValue } from '../ast/nodes.js';
import { constantRepr } from '../ast/dump.js';
import { terminatorOf } from '../ir/types.js';
import { lowerSource } from '../lower/index.js';
import { runPipeline } from './index.js';

interface Row { expression: string; repr?: string; type?: string; raises?: string }
const table = JSON.parse(readFileSync(new URL('../tests/golden/passes/sccp/fold-table.json', import.meta.url), 'utf8')) as Row[];

function typeName(value: ConstantValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'string') return 'str';
  return value.kind;
}

test('sccp folds exactly what CPython computes, and nothing that raises', (t) => {
  let folded = 0;
  for (const row of table) {
    const module = lowerSource(`def f():\n    return (${row.expression})\n`, 'fold.py');
    runPipeline(module, 'ssa,sccp,dce', { verify: true });
    const fn = module.functions[1];
    const returned = fn.blocks.map(terminatorOf).find((terminator) => terminator?.op === 'return')!.operands[0];
    const definition = fn.blocks.flatMap((block) => block.instructions).find((instruction) => instruction.result === returned)!;
    if (definition.op !== 'const') continue;
    const value = definition.attrs.value as ConstantValue;
    t.is(row.raises, undefined, `${row.expression} raises ${row.raises} in CPython but was folded to ${constantRepr(value)}`);
    t.is(constantRepr(value), row.repr ?? '<raises>', row.expression);
    t.is(typeName(value), row.type ?? '<raises>', row.expression);
    folded++;
  }
  t.true(folded >= 55, `only ${folded} of ${table.length} expressions folded`);
  t.log(`${folded} of ${table.length} folded`);
});
