// store-forward.ts: which results are computed straight into the local they are stored to.
import test from 'ava';
import { lowerSource } from '../../lower/index.js';
import { forwardedStores } from './store-forward.js';

/** For function `name` of `source`: "op->local" for each fused store, in IR order. */
function fused(source: string, name: string): string[] {
  const fn = lowerSource(source, 'x.py').functions.find((f) => f.name === name)!;
  const { results, stores } = forwardedStores(fn, new Set());
  const defs = new Map<number, string>();
  for (const block of fn.blocks) for (const ins of block.instructions) if (ins.result !== null) defs.set(ins.result, ins.op);
  const out: string[] = [];
  for (const block of fn.blocks) for (const ins of block.instructions) {
    if (!stores.has(ins)) continue;
    const v = ins.operands[0];
    if (results.get(v) !== ins.attrs.name) throw new Error('a fused store without its result');
    out.push(`${defs.get(v)}->${ins.attrs.name as string}`);
  }
  return out;
}

test('arithmetic, calls and attribute loads are computed into their local', (t) => {
  t.deepEqual(fused('def f(a, b):\n    x = a + b\n    y = g(x)\n    z = a.attr\n    return x, y, z\n', 'f'), ['add->x', 'call->y', 'load_attr->z']);
});

test("an augmented assignment's in-place op writes the local itself", (t) => {
  t.deepEqual(fused('def f(a):\n    a += 1\n    return a\n', 'f'), ['inplace_add->a']);
});

test('a value stored to two names is left alone (it has two uses)', (t) => {
  t.deepEqual(fused('def f(a):\n    x = y = a + 1\n    return x + y\n', 'f'), []);
});

test('ops that write their result before they are done are left alone', (t) => {
  t.deepEqual(fused('def f(a):\n    x = [a, a]\n    y = {a: a}\n    return x, y\n', 'f'), []);
});

test("a for loop's item goes straight to the loop variable", (t) => {
  t.deepEqual(fused('def f(a):\n    for x in a:\n        pass\n    return x\n', 'f'), ['for_iter->x']);
});

test('a tuple target is not a plain store (the item goes through unpack_sequence)', (t) => {
  t.deepEqual(fused('def f(a):\n    for x, y in a:\n        pass\n', 'f'), []);
});
