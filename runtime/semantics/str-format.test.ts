import test from 'ava';
import { asStr, Case, loadCases, mismatches, PyValue, str } from './expected.js';
import { formatFloat, formatInt, formatStr } from './format-spec.js';
import { FormatHooks, parseMarkup, splitFieldName, strFormat } from './str-format.js';
import { dictGet, getattr, getitem, percentHooks, raise, repr, str as pyStr, typeName } from './test-hooks.js';

function format(v: PyValue, spec: string): string {
  switch (v.t) {
    case 'int': return formatInt(v.v, spec);
    case 'bool': return formatInt(v.v ? 1n : 0n, spec, 'bool');
    case 'float': return formatFloat(v.v, spec);
    case 'str': return formatStr(v.v, spec);
  }
  // object.__format__: only the empty spec is allowed.
  if (spec !== '') raise('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
  return pyStr(v);
}

function run(c: Case): PyValue {
  const [template, positional, kwargs] = c.args;
  const kw = kwargs.t === 'dict' ? kwargs.v : new Map<string, PyValue>();
  const hooks: FormatHooks<PyValue> = {
    positional: c.op === 'format_map' ? null : positional.t === 'tuple' ? positional.v : [],
    keyword: (name) => dictGet(kw, name),
    getattr,
    getitem,
    str: pyStr,
    repr,
    ascii: percentHooks.ascii,
    format,
    formatStr,
  };
  return str(strFormat(asStr(template), hooks));
}

test('str.format / format_map match CPython 3.13 (fields, conversions, nesting, errors)', (t) => {
  const cases = loadCases('strformat.json');
  t.true(cases.length > 150);
  t.deepEqual(mismatches(cases, run, 30), []);
});

test('the markup parser exposes literal/field pieces and field-name accessors', (t) => {
  t.deepEqual(parseMarkup('a{{b{0.x[1]!r:>{w}}c'), [
    { literal: 'a{', field: null },
    { literal: 'b', field: { name: '0.x[1]', conversion: 'r', spec: '>{w}', specHasFields: true } },
    { literal: 'c', field: null },
  ]);
  t.deepEqual(splitFieldName('name.attr[2][key]'), {
    first: 'name', rest: [{ kind: 'attr', name: 'attr' }, { kind: 'item', key: 2 }, { kind: 'item', key: 'key' }],
  });
  t.deepEqual(splitFieldName(''), { first: null, rest: [] });
});
