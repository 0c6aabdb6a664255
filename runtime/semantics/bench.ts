// Micro-benchmarks of the scalar semantics (not a test): ns per call for the common cases,
// to compare with CPython's own timings of the same operations (scripts: see the report in
// runtime/semantics/README.md). Run: node --import=tsx runtime/semantics/bench.ts
import { floorDiv, floorDivNum, trueDiv } from './int.js';
import { intToStr, parseInt } from './int-str.js';
import { floatPow, floatRound, parseFloat } from './float.js';
import { formatFloat, formatInt } from './format-spec.js';
import { floatRepr } from '../repr.js';
import * as m from './str-methods.js';
import * as k from './str-case.js';
import { percentFormat } from './percent-format.js';
import { strFormat } from './str-format.js';
import { hashFloat, hashInt, hashTuple } from './hash.js';
import { percentHooks } from './test-hooks.js';
import type { PyValue } from './expected.js';

function bench(name: string, fn: (i: number) => unknown, budgetMs = 200): void {
  let n = 0;
  let sink: unknown;
  // Warm up first (JIT tiers, lazily built tables and caches), then measure.
  for (let w = performance.now(); performance.now() - w < 60; ) for (let j = 0; j < 100; j++) sink = fn(j);
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (let j = 0; j < 100; j++) sink = fn(n++);
    now = performance.now();
  }
  const ns = ((now - start) * 1e6) / n;
  console.log(`${name.padEnd(40)} ${ns.toFixed(1).padStart(9)} ns/op${sink === Symbol.for('never') ? '!' : ''}`);
}

const words = 'the quick brown fox jumps over the lazy dog '.repeat(3);
const uni = 'Straße ΑΣ Ǆemal 😀 '.repeat(3);
const floats = Array.from({ length: 1024 }, (_, i) => (i * 1.37 + 0.1) / 7);
const pyArgs: PyValue[] = [{ t: 'float', v: 3.14159 }, { t: 'int', v: 42n }];

bench('floorDivNum(a, 7)', (i) => floorDivNum(i - 500, 7));
bench('floorDiv(bigint, 7n)', (i) => floorDiv(BigInt(i - 500), 7n));
const big = 10n ** 30n;
const den = 3n ** 20n;
bench('trueDiv(10n**30n+i, 3n**20n)', (i) => trueDiv(big + BigInt(i), den));
bench('intToStr(12345678901234567890n)', () => intToStr(12345678901234567890n));
bench("parseInt(' 1_234 ')", () => parseInt(' 1_234 '));
bench("parseFloat('3.14159')", () => parseFloat('3.14159'));
bench('floatRepr(x)', (i) => floatRepr(floats[i & 1023]));
bench("formatFloat(x, '.2f')", (i) => formatFloat(floats[i & 1023], '.2f'));
bench("formatFloat(x, '.17g')", (i) => formatFloat(floats[i & 1023], '.17g'));
bench("formatInt(i, ',')", (i) => formatInt(BigInt(i), ','));
bench('floatRound(x, 2)', (i) => floatRound(floats[i & 1023], 2));
bench('floatPow(x, 1.5) (exact ln/exp)', (i) => floatPow(floats[i & 1023] + 1, 1.5));
bench('floatPow(x, 3.0) (exact integral)', (i) => floatPow(floats[i & 1023] + 1, 3));
bench('Math.pow(x, 1.5) (reference)', (i) => Math.pow(floats[i & 1023] + 1, 1.5));
bench('split(words) ascii', () => m.split(words));
bench("find(words, 'lazy')", () => m.find(words, 'lazy'));
bench('upper(words) ascii', () => k.upper(words));
bench('upper(uni) non-ascii', () => k.upper(uni));
bench('title(words)', () => k.title(words));
bench("'%5.2f|%d' % args", () => percentFormat('%5.2f|%d', { kind: 'tuple', items: pyArgs }, percentHooks));
bench("'{0:.3f} {1}'.format(...)", () => strFormat('{0:.3f} {1}', {
  positional: pyArgs, keyword: () => pyArgs[0], getattr: (v) => v, getitem: (v) => v,
  str: percentHooks.str, repr: percentHooks.repr, ascii: percentHooks.ascii,
  format: (v, spec) => (v.t === 'float' ? formatFloat(v.v, spec) : v.t === 'int' ? formatInt(v.v, spec) : ''),
  formatStr: (s) => s,
}));
bench('hashInt(i)', (i) => hashInt(i));
bench('hashFloat(x)', (i) => hashFloat(floats[i & 1023]));
bench('hashTuple([h1,h2,h3])', (i) => hashTuple([BigInt(i), 2n, 3n]));
