import test from 'ava';
import { asFloat, asInt, asStr, Case, loadCases, mismatches, PyValue, str } from './expected.js';
import { formatFloat, formatInt, formatStr } from './format-spec.js';

const cases = loadCases('format.json');

function run(c: Case): PyValue {
  const [value, spec] = c.args;
  switch (c.op) {
    case 'format_float': return str(formatFloat(asFloat(value), asStr(spec)));
    case 'format_int': return str(formatInt(asInt(value), asStr(spec)));
    case 'format_bool': return str(formatInt(value.t === 'bool' && value.v ? 1n : 0n, asStr(spec), 'bool'));
    case 'format_str': return str(formatStr(asStr(value), asStr(spec)));
  }
  throw new Error(`no op ${c.op}`);
}

test('format() matches CPython 3.13 for float, int, bool and str specs', (t) => {
  t.true(cases.length > 5000);
  t.deepEqual(mismatches(cases, run, 30), []);
});

test('float formatting is exact beyond 17 digits', (t) => {
  t.is(formatFloat(0.1, '.20f'), '0.10000000000000000555');
  t.is(formatFloat(1e300, 'f').length, 308);
  t.is(formatFloat(0.125, '.2f'), '0.12');
});
