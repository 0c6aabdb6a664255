// struct against CPython 3.13 (tests/stdlib/struct.json, scripts/gen_stdlib_struct.py):
// every code under every byte order, layouts, round trips, error messages, half floats.
import test from 'ava';
import { PyError } from '../semantics/errors.js';
import { ModuleError } from './errors.js';
import { calcsize, iterUnpack, pack, packInto, unpack, unpackFrom, unpackHalf, type PackValue } from './struct.js';
import { decodePy, loadExpected, type Py } from './test-support.js';

const data = loadExpected('struct');

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) return { error: e.pyType, message: e.message };
    if (e instanceof ModuleError) return { error: 'error', message: e.message };
    throw e;
  }
}

/** Compares a result with an encoded expectation (bytes as hex, floats bit for bit). */
function same(got: unknown, want: Py): boolean {
  if (typeof got === 'number' && typeof want === 'number') return Object.is(got, want);
  if (got instanceof Uint8Array && want instanceof Uint8Array) return Buffer.from(got).equals(Buffer.from(want));
  if (Array.isArray(got) && Array.isArray(want)) return got.length === want.length && got.every((x, i) => same(x, want[i]));
  if (got && want && typeof got === 'object' && typeof want === 'object' && 'error' in want) {
    const g = got as { error?: string; message?: string };
    return g.error === want.error && g.message === want.message;
  }
  return got === want;
}

const show = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Buffer.from(x).toString('hex') : x));

test('calcsize, pack, unpack for every code under every byte order', (t) => {
  let n = 0;
  for (const c of data.cases) {
    const size = outcome(() => BigInt(calcsize(c.format)));
    t.true(same(size, decodePy(c.calcsize)), `calcsize(${c.format}) = ${show(size)}`);
    for (const tr of c.trials ?? []) {
      const values = decodePy(tr.values) as PackValue[];
      const packed = outcome(() => pack(c.format, values));
      t.true(same(packed, decodePy(tr.packed)), `pack(${c.format}, ${show(values)}) = ${show(packed)} want ${JSON.stringify(tr.packed)}`);
      if (tr.unpacked) {
        const back = unpack(c.format, decodePy(tr.packed) as Uint8Array);
        t.true(same(back, decodePy(tr.unpacked)), `unpack(${c.format}) = ${show(back)}`);
      }
      n++;
    }
    if (c.raw) {
      const got = outcome(() => unpack(c.format, decodePy(c.raw) as Uint8Array));
      t.true(same(got, decodePy(c.raw_unpacked)), `unpack(${c.format}, ${JSON.stringify(c.raw)}) = ${show(got)}`);
    }
  }
  t.true(n > 500);
});

test("struct.error messages as CPython's", (t) => {
  for (const e of data.errors) {
    const a = e.args;
    const bytesOf = (k: number) => Uint8Array.from({ length: k }, (_, i) => i);
    const run = () => {
      switch (e.op) {
        case 'calcsize': return BigInt(calcsize(a[0]));
        case 'pack': return pack(a[0], decodePy(a[1]) as PackValue[]);
        case 'unpack': return unpack(a[0], new Uint8Array(a[1]));
        case 'unpack_from': return unpackFrom(a[0], bytesOf(a[1]), a[2]);
        case 'iter_unpack': return iterUnpack(a[0], bytesOf(a[1]));
        case 'pack_into': {
          const buf = bytesOf(a[1]);
          packInto(a[0], buf, a[2], a[0].endsWith('s') ? [new TextEncoder().encode('xyz')] : [1n]);
          return buf;
        }
        default: throw new Error(e.op);
      }
    };
    const got = outcome(run);
    t.true(same(got, decodePy(e.out)), `${e.op}(${show(a)}): got ${show(got)} want ${JSON.stringify(e.out)}`);
  }
});

test('half floats: pack rounding and unpack of every 7th bit pattern', (t) => {
  for (const [x, want] of data.halves) {
    const v = decodePy(x) as number;
    const got = outcome(() => pack('<e', [v]));
    t.true(same(got, decodePy(want)), `pack('<e', ${v}) = ${show(got)} want ${JSON.stringify(want)}`);
  }
  data.unpack_halves_step7.forEach((r: string, i: number) => {
    const got = unpackHalf(i * 7);
    t.true(Object.is(got, r === 'nan' ? NaN : r === 'inf' ? Infinity : r === '-inf' ? -Infinity : Number(r)), `half ${i * 7}: ${got} want ${r}`);
  });
});
