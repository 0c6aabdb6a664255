import test from 'ava';
import { asStr, Case, loadCases, mismatches, PyValue, str } from './expected.js';
import { PercentArgs, percentFormat } from './percent-format.js';
import { dictGet, percentHooks } from './test-hooks.js';

function run(c: Case): PyValue {
  const [template, operand] = c.args;
  let args: PercentArgs<PyValue>;
  if (operand.t === 'tuple') args = { kind: 'tuple', items: operand.v };
  else if (operand.t === 'dict') args = { kind: 'mapping', value: operand, get: (k) => dictGet(operand.v, k) };
  else args = { kind: 'single', value: operand };
  return str(percentFormat(asStr(template), args, percentHooks));
}

test('str % args matches CPython 3.13 (conversions x flags x values, argument errors)', (t) => {
  const cases = loadCases('percent.json');
  t.true(cases.length > 5000);
  t.deepEqual(mismatches(cases, run, 30), []);
});
