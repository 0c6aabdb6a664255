// local-alias.ts: which load_local results may be read from the local's own slot.
import test from 'ava';
import { lowerSource } from '../../lower/index.js';
import { aliasedLoads } from './local-alias.js';

/** The names whose loads are aliased in function `name` of `source`, and those that are not. */
function loads(source: string, name: string): { aliased: string[]; kept: string[] } {
  const fn = lowerSource(source, 'x.py').functions.find((f) => f.name === name)!;
  const aliased = aliasedLoads(fn);
  const out = { aliased: [] as string[], kept: [] as string[] };
  for (const block of fn.blocks) for (const ins of block.instructions) {
    if (ins.op === 'load_local') (aliased.has(ins.result!) ? out.aliased : out.kept).push(ins.attrs.name as string);
  }
  return out;
}

test('parameters and locals bound on every path are read in place', (t) => {
  t.deepEqual(loads('def f(a, b):\n    c = a * b\n    return c + a\n', 'f'), { aliased: ['a', 'b', 'c', 'a'], kept: [] });
});

test('a local bound on one branch only keeps its load (and its UnboundLocalError)', (t) => {
  const r = loads('def f(x):\n    if x:\n        y = 1\n    return y + x\n', 'f');
  t.deepEqual(r.kept, ['y']);
  t.true(r.aliased.includes('x'));
});

test('a rebinding between the read and its use keeps the load', (t) => {
  // x is read, then rebound by the walrus, then the first read is used by the tuple.
  const r = loads('def f(x):\n    return (x, (x := 2))\n', 'f');
  t.deepEqual(r.kept, ['x']);
});

test('after del, and in a handler entered before the stores of the try, loads are kept', (t) => {
  t.deepEqual(loads('def f():\n    v = 1\n    del v\n    return v\n', 'f').kept, ['v']);
  const r = loads('def f():\n    try:\n        w = g()\n    except E:\n        return w\n    return 0\n', 'f');
  t.deepEqual(r.kept, ['w']);
});

test('functions that may read their frame are left alone', (t) => {
  t.deepEqual(loads('def f(a):\n    b = a\n    return locals(), b\n', 'f').aliased, []);
});
