// random.Random against CPython 3.13: the same seeded call sequences must give the same
// results (tests/stdlib/random.json, scripts/gen_stdlib_random.py).
import test from 'ava';
import { PyError } from '../semantics/errors.js';
import { Random } from './random.js';
import { decodePy, loadExpected, type Py } from './test-support.js';

const data = loadExpected('random');

function seedOf(v: Py): bigint | number | string | boolean | Uint8Array {
  return v as bigint | number | string | boolean | Uint8Array;
}

/** A huge range(n) population stays a length: CPython's sample indexes it the same way. */
class RangeArg { constructor(readonly n: number) {} }

function arg(x: unknown): Py {
  const o = x as { range?: number };
  if (o && typeof o === 'object' && 'range' in o) return new RangeArg(o.range!) as unknown as Py;
  return decodePy(x);
}

/** Runs one op as random.Random's method of the same name would. */
function call(r: Random, name: string, args: Py[], kw: Record<string, Py>): Py {
  const num = (v: Py) => Number(v as number | bigint);
  switch (name) {
    case 'random': return r.random();
    case 'getrandbits': return r.getrandbits(num(args[0]));
    case 'randrange': return r.randrange(args[0] as bigint, args[1] as bigint | undefined, (args[2] as bigint | undefined) ?? null);
    case 'randint': return r.randint(args[0] as bigint, args[1] as bigint);
    case 'choice': return r.choice(args[0] as Py[]);
    case 'shuffle': { const x = [...(args[0] as Py[])]; r.shuffle(x); return x; }
    case 'sample': {
      const counts = kw.counts ? (kw.counts as Py[]).map(num) : undefined;
      if (args[0] instanceof RangeArg) return r.sampleIndices(args[0].n, num(args[1])).map(BigInt);
      const pop = args[0] as Py[];
      return counts ? r.sample(pop, num(args[1]), counts) : r.sample(pop, num(args[1]));
    }
    case 'choices': {
      const weights = args[1] !== undefined ? (args[1] as Py[]).map(num) : undefined;
      const cumWeights = kw.cum_weights ? (kw.cum_weights as Py[]).map(num) : undefined;
      return r.choices(args[0] as Py[], { weights, cumWeights, k: kw.k !== undefined ? num(kw.k) : 1 });
    }
    case 'triangular': return args.length ? r.triangular(num(args[0]), num(args[1]), num(args[2])) : r.triangular();
    case 'gauss': return args.length ? r.gauss(num(args[0]), num(args[1])) : r.gauss();
    case 'normalvariate': return r.normalvariate();
    case 'expovariate': return args.length ? r.expovariate(num(args[0])) : r.expovariate();
    case 'randbytes': return r.randbytes(num(args[0]));
    case 'binomialvariate': return r.binomialvariate(args[0] as bigint, num(args[1]));
    default: {
      const f = (r as unknown as Record<string, (...a: number[]) => number>)[name];
      if (typeof f !== 'function') throw new Error(`no op ${name}`);
      return f.apply(r, args.map(num));
    }
  }
}

function same(a: Py, b: Py): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'error' in a && 'error' in b) {
    return a.error === b.error && a.message === b.message;
  }
  return a === b;
}

function show(v: Py): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
}

const ops = data.ops as [string, unknown[], Record<string, unknown>][];

test('seeded call sequences match CPython for every seed and function', (t) => {
  let checked = 0;
  for (const c of data.cases) {
    const seed = seedOf(decodePy(c.seed));
    const r = new Random(seed);
    ops.forEach(([name, rawArgs, rawKw], i) => {
      const args = rawArgs.map(arg);
      const kw = Object.fromEntries(Object.entries(rawKw).map(([k, v]) => [k, decodePy(v)]));
      let got: Py;
      try {
        got = call(r, name, args, kw);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = { error: e.pyType, message: e.message };
      }
      const want = decodePy(c.results[i]);
      if (!same(got, want)) t.fail(`seed ${show(seed as Py)} op #${i} ${name}(${show(args)}): got ${show(got)}, want ${show(want)}`);
      checked++;
    });
    const st = r.getstate();
    t.deepEqual(st[1].slice(0, 8), c.state.words.map((w: unknown) => Number(decodePy(w))));
    t.is(st[1][624], c.state.index);
    t.is(st[2], decodePy(c.state.gauss_next) as number | null);
  }
  t.true(checked > 1500);
});

// Calls where glibc's log/cos/sin/exp are not correctly rounded (since glibc 2.28 they
// are within ~0.52-0.55 ulp, not exact) and libm.ts, which is, returns the other
// neighbour. Checked with 60-digit decimal arithmetic for gauss seed 1 #334 (log) and #743
// (cos). Matching these too would mean reproducing glibc's own polynomials and tables.
// vonmisesvariate (cos, exp, acos): 2 of 3,000 here; with V8's Math.acos 23 of 3,000.
// V8's Math.* differs far more often (measured: see runtime/stdlib/README.md). Any
// difference not listed here fails the test.
const GLIBC_NOT_CORRECTLY_ROUNDED: Record<string, number[]> = {
  'gauss seed 1': [334, 335, 743, 1822, 1967],
  'expo seed 1': [1224],
  'gamma seed 1': [945],
  'gauss seed 2': [194, 321, 501, 548, 549, 713, 739, 801, 938, 1236, 1669],
  'gamma seed 2': [157],
  'gauss seed 3': [177, 260, 750, 992, 1556],
  'expo seed 3': [1664],
  'vonmises seed 1': [998],
  'vonmises seed 2': [204],
};

test('long gauss / expovariate / gammavariate streams match bit for bit', (t) => {
  for (const s of data.streams) {
    const r = new Random(BigInt(s.seed));
    for (const [name, f] of [['gauss', () => r.gauss()], ['expo', () => r.expovariate(2.0)], ['gamma', () => r.gammavariate(3.0, 1.0)]] as const) {
      const want: string[] = s[name];
      const bad = want.map((w, i) => [i, f(), Number(w)] as const).filter(([, g, w]) => !Object.is(g, w));
      const known = GLIBC_NOT_CORRECTLY_ROUNDED[`${name} seed ${s.seed}`] ?? [];
      t.deepEqual(bad.map(([i]) => i), known, `seed ${s.seed} ${name}`);
      // Known differences are an ulp or two (one ulp of cos times g2rad) and do not desynchronise the stream.
      for (const [, g, w] of bad) t.true(Math.abs(g - w) <= Math.abs(w) * 2 ** -50, `${g} vs ${w}`);
    }
  }
});

test('binomialvariate streams (both algorithms) match exactly; vonmisesvariate as the others', (t) => {
  for (const s of data.streams) {
    const r = new Random(BigInt(s.seed));
    // The stream continues after the gauss/expo/gamma draws, as in the generator.
    for (let i = 0; i < 2000; i++) r.gauss();
    for (let i = 0; i < 2000; i++) r.expovariate(2.0);
    for (let i = 0; i < 1000; i++) r.gammavariate(3.0, 1.0);
    const params: [bigint, number][] = [[50n, 0.4], [1000n, 0.3], [30n, 0.1]];
    const got = (s.binomial as number[]).map((_, i) => Number(r.binomialvariate(...params[i % 3])));
    t.deepEqual(got, s.binomial, `seed ${s.seed}`);
    const vm = (s.vonmises as string[]).map((w, i) => [i, r.vonmisesvariate(1.0, 4.0), Number(w)] as const).filter(([, g, w]) => !Object.is(g, w));
    t.deepEqual(vm.map(([i]) => i), GLIBC_NOT_CORRECTLY_ROUNDED[`vonmises seed ${s.seed}`] ?? [], `vonmises seed ${s.seed}`);
  }
});

test('seed(version=1) for str and bytes', (t) => {
  for (const v of data.version1) {
    const r = new Random();
    r.seed(seedOf(decodePy(v.seed)), 1);
    t.deepEqual(v.random.map(Number), [r.random(), r.random(), r.random()]);
  }
});

test('getstate/setstate round trip replays the stream, gauss_next included', (t) => {
  const r = new Random(99n);
  r.gauss();
  const st = r.getstate();
  const a = [r.gauss(), r.random(), Number(r.getrandbits(70))];
  r.setstate(st);
  t.deepEqual([r.gauss(), r.random(), Number(r.getrandbits(70))], a);
  t.throws(() => r.setstate([4, st[1], null]), { message: 'state with version 4 passed to Random.setstate() of version 3' });
});

test('choices from an empty population: IndexError as CPython (list index out of range), k=0 gives []', (t) => {
  const r = new Random(1n);
  t.throws(() => r.choices([], { k: 2 }), { message: 'list index out of range' });
  t.deepEqual(r.choices([], { k: 0 }), []);
  t.throws(() => r.choices([], { weights: [], k: 1 }), { message: 'list index out of range' });
  t.throws(() => r.choices([], { cumWeights: [], k: 1 }), { message: 'list index out of range' });
});
