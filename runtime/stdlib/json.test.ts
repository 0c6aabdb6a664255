// json.dumps / json.loads against CPython 3.13 (tests/stdlib/json.json,
// scripts/gen_stdlib_json.py): outputs, JSONDecodeError messages and positions.
import test from 'ava';
import { PyError } from '../semantics/errors.js';
import { ModuleError } from './errors.js';
import { dumps, jsClassify as jsClassifyLocal, loads, type DumpsOptions, type JsonValue } from './json.js';
import { decodePy, loadExpected, type Py } from './test-support.js';

const data = loadExpected('json');

/** Expected values use the test encoding; the json cores use Maps for dicts. */
function toJs(v: Py): unknown {
  if (Array.isArray(v)) return v.map(toJs);
  if (v && typeof v === 'object' && 'pairs' in v) return new Map((v.pairs as [Py, Py][]).map(([k, x]) => [toJs(k), toJs(x)]));
  return v;
}

function options(o: Record<string, unknown>): DumpsOptions {
  return {
    indent: o.indent as number | string | undefined,
    sortKeys: o.sort_keys as boolean | undefined,
    ensureAscii: o.ensure_ascii as boolean | undefined,
    separators: o.separators as [string, string] | undefined,
    allowNan: o.allow_nan as boolean | undefined,
    skipkeys: o.skipkeys as boolean | undefined,
  };
}

/** The values that the expectation file cannot encode, rebuilt by their Python repr. */
const BAD: Record<string, unknown> = {
  '{1, 2}': new Set([1n, 2n]),
  '{(1, 2): 3}': new Map([[[1n, 2n], 3n]]),
  "{(1, 2): 3, 'a': 1}": new Map<unknown, unknown>([[[1n, 2n], 3n], ['a', 1n]]),
  '[1, {2, 3}]': [1n, new Set([2n, 3n])],
  '10**5000': 10n ** 5000n,
  '{10**5000: 1}': new Map([[10n ** 5000n, 1n]]),
};

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) return { error: e.pyType, message: e.message };
    if (e instanceof ModuleError) return { error: 'JSONDecodeError', message: e.message, ...e.fields };
    throw e;
  }
}

test('dumps matches CPython for every value x option set', (t) => {
  for (const c of data.dumps) {
    const value = c.bad !== undefined ? BAD[c.bad] : toJs(decodePy(c.value));
    // The Python tuple key is a list here; its type name must read 'tuple' as in CPython.
    const got = outcome(() => dumps(value, {
      ...options(c.options),
      classify: (v) => (Array.isArray(v) && c.bad?.includes('(1, 2)') && (v as unknown[]).length === 2 && v[0] === 1n
        ? { k: 'other', typeName: 'tuple' } : jsClassifyLocal(v)),
    }));
    t.deepEqual(got, c.out, `${c.bad ?? JSON.stringify(c.value)} ${JSON.stringify(c.options)}`);
  }
});

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([k, v], i) => { const [k2, v2] = [...b][i]; return k === k2 && same(v, v2); });
  }
  return a === b;
}

test('loads matches CPython: values and JSONDecodeError messages, positions', (t) => {
  for (const c of data.loads) {
    const got = outcome(() => loads(c.doc));
    if ('value' in c.out) {
      const want = toJs(decodePy(c.out.value));
      t.true(same(got, want), `${JSON.stringify(c.doc)}: got ${String(got)}`);
    } else {
      t.deepEqual(got && typeof got === 'object' && 'error' in got
        ? Object.fromEntries(Object.entries(got).filter(([k]) => k !== 'msg' && k !== 'doc')) : got, c.out, JSON.stringify(c.doc));
    }
  }
});

test('strict=False accepts control characters', (t) => {
  for (const c of data.nonstrict) t.is(loads(c.doc, undefined, { strict: false }), c.value);
});

test('hooks: object_pairs_hook sees duplicates in order; parse_float/parse_int get the text', (t) => {
  const seen: string[] = [];
  const v = loads<unknown>('{"a": 1.50, "a": 2, "b": [3]}', {
    object: (pairs) => pairs,
    array: (items) => items,
    string: (s) => s,
    int: (text) => { seen.push(`int ${text}`); return Number(text); },
    float: (text) => { seen.push(`float ${text}`); return text; },
    constant: (n) => n,
    true: () => true, false: () => false, null: () => null,
  });
  t.deepEqual(v, [['a', '1.50'], ['a', 2], ['b', [3]]]);
  t.deepEqual(seen, ['float 1.50', 'int 2', 'int 3']);
});

test('circular references and default()', (t) => {
  const a: unknown[] = [];
  a.push(a);
  t.throws(() => dumps(a), { message: 'Circular reference detected' });
  t.is(dumps(new Set([1n]), { default: (o) => [...(o as Set<bigint>)] }), '[1]');
  const m = new Map<string, JsonValue>();
  m.set('self', m as unknown as JsonValue);
  t.throws(() => dumps(m), { message: 'Circular reference detected' });
});

test("nesting as deep as CPython's C recursion limit, RecursionError past it", (t) => {
  const nest = (n: number) => {
    const root: unknown[] = [];
    let x = root;
    for (let i = 0; i < n - 1; i++) { const y: unknown[] = []; x.push(y); x = y; }
    return root;
  };
  const cases: [string, (n: number) => unknown][] = [
    ['loads_array', (n) => loads('['.repeat(n) + ']'.repeat(n))],
    ['loads_object', (n) => loads('{"a":'.repeat(n) + '1' + '}'.repeat(n))],
    ['dumps', (n) => dumps(nest(n))],
  ];
  for (const [name, f] of cases) {
    const { max, message } = data.depth[name];
    t.notThrows(() => f(max), name);
    t.throws(() => f(max + 1), { instanceOf: ModuleError, message }, name);
  }
});
