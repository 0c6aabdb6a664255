// dict and set behaviour against CPython 3.13: iteration order after adds, deletions and resizes,
// set.pop order, and hash() of ints, floats, tuples, frozensets. Expected data comes from
// testdata/gen-expected.py run under CPython 3.13 (committed as testdata/expected.json).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { createRuntime } from './runtime.js';
import type { Heap } from './heap.js';
import { Value, NONE, TRUE, FALSE, fromFloat } from './value.js';
import { intFromBigInt } from './int.js';
import { strFromJs } from './str.js';
import { newTuple, tupleInit } from './sequence.js';
import { newSet, setAdd, setDiscard, setPop, setLength, setContains } from './set.js';
import { dictDelete, dictGet, dictLength, dictSet, newDict } from './dict.js';
import { intFromNumber } from './int.js';
import { display } from './convert.js';
import { hashValue } from './keys.js';
import { hashOut, hashToBigInt } from './hash.js';
import { isNull } from './value.js';
import { newRange, newSlice } from './objects.js';
import { keyEquals } from './keys.js';
import { PyError } from './errors.js';

type Enc = null | boolean | { i: string } | { f: number | string } | { s: string } | { t: Enc[] } | { frozenset: Enc[] }
  | { range: Enc[] } | { slice: Enc[] };
interface Case { kind: 'set' | 'dict'; name: string; ops: [string, Enc][]; order: (Enc | [Enc, Enc])[]; popped?: Enc[] }
const expected = JSON.parse(readFileSync(new URL('./testdata/expected.json', import.meta.url), 'utf8')) as {
  cases: Case[]; hashes: [Enc, string][]; range_equal: [Enc[], Enc[], boolean][];
};

function decode(heap: Heap, e: Enc): Value {
  if (e === null) return NONE;
  if (e === true) return TRUE;
  if (e === false) return FALSE;
  if ('i' in e) return intFromBigInt(heap, BigInt(e.i));
  if ('f' in e) return fromFloat(typeof e.f === 'number' ? e.f : e.f === 'inf' ? Infinity : e.f === '-inf' ? -Infinity : NaN);
  if ('s' in e) return strFromJs(heap, e.s);
  if ('t' in e) {
    const t = newTuple(heap, e.t.length);
    e.t.forEach((item, i) => tupleInit(heap, t, i, decode(heap, item)));
    return t;
  }
  if ('range' in e) return newRange(heap, decode(heap, e.range[0]), decode(heap, e.range[1]), decode(heap, e.range[2]));
  if ('slice' in e) return newSlice(heap, decode(heap, e.slice[0]), decode(heap, e.slice[1]), decode(heap, e.slice[2]));
  const s = newSet(heap, true);
  for (const item of e.frozenset) setAdd(heap, s, decode(heap, item));
  return s;
}

/** CPython's repr of the decoded data, built independently of the heap. */
function show(e: Enc): string {
  if (e === null) return 'None';
  if (e === true) return 'True';
  if (e === false) return 'False';
  if ('i' in e) return e.i;
  if ('f' in e) return String(e.f);
  if ('s' in e) return `'${e.s}'`;
  if ('t' in e) return e.t.length === 1 ? `(${show(e.t[0])},)` : `(${e.t.map(show).join(', ')})`;
  if ('range' in e) return `range(${e.range.map(show).join(', ')})`;
  if ('slice' in e) return `slice(${e.slice.map(show).join(', ')})`;
  return 'frozenset';
}

function displayOf(heap: Heap, v: Value): string {
  // The runtime's display prints floats with floatRepr; normalize to JS's String for comparison.
  return display(heap, v);
}

// growMinimal: every new page replaces the views, so a view held across an allocation fails here.
const heap = createRuntime({ growMinimal: true, initialBytes: 0 });

for (const c of expected.cases.filter((c) => c.kind === 'set')) {
  test(`set order vs CPython: ${c.name}`, (t) => {
    const s = newSet(heap);
    const popped: string[] = [];
    for (const [op, e] of c.ops) {
      if (op === 'add') setAdd(heap, s, decode(heap, e));
      else if (op === 'discard') setDiscard(heap, s, decode(heap, e));
      else popped.push(displayOf(heap, setPop(heap, s)));
    }
    const want = c.order as Enc[];
    t.is(setLength(heap, s), want.length);
    t.is(displayOf(heap, s).replace(/^set\(\)$/, '{}'), `{${want.map((e) => displayOf(heap, decode(heap, e))).join(', ')}}`);
    t.deepEqual(popped, (c.popped ?? []).map((e) => displayOf(heap, decode(heap, e))));
    for (const e of want) t.true(setContains(heap, s, decode(heap, e)));
  });
}

for (const c of expected.cases.filter((c) => c.kind === 'dict')) {
  test(`dict order vs CPython: ${c.name}`, (t) => {
    const d = newDict(heap);
    for (const [op, e] of c.ops) {
      const key = decode(heap, e);
      if (op === 'set') dictSet(heap, d, key, intFromNumber(heap, dictLength(heap, d)));
      else t.true(dictDelete(heap, d, key));
    }
    const want = (c.order as [Enc, Enc][]).map(([k, v]) => `${displayOf(heap, decode(heap, k))}: ${displayOf(heap, decode(heap, v))}`);
    t.is(displayOf(heap, d), `{${want.join(', ')}}`);
    for (const [k, v] of c.order as [Enc, Enc][]) t.is(displayOf(heap, dictGet(heap, d, decode(heap, k))), displayOf(heap, decode(heap, v)));
  });
}

test('hash() of ints, floats, tuples, frozensets, ranges, slices, None and bools equals CPython 3.13', (t) => {
  for (const [e, want] of expected.hashes) {
    hashValue(heap, decode(heap, e));
    t.is(hashToBigInt(hashOut[0], hashOut[1]).toString(), want, `hash(${show(e)})`);
  }
});

test('dict: missing keys, delete of a missing key, equal numeric keys are one key', (t) => {
  const d = newDict(heap);
  t.true(isNull(dictGet(heap, d, intFromNumber(heap, 1))));
  t.false(dictDelete(heap, d, intFromNumber(heap, 1)));
  dictSet(heap, d, intFromNumber(heap, 1), strFromJs(heap, 'int'));
  dictSet(heap, d, fromFloat(1.0), strFromJs(heap, 'float'));
  dictSet(heap, d, TRUE, strFromJs(heap, 'bool'));
  t.is(displayOf(heap, d), "{1: 'bool'}"); // CPython: {1: 'bool'} (first key kept, value replaced)
  t.throws(() => dictSet(heap, d, newDict(heap), NONE), { instanceOf: PyError, name: 'TypeError', message: "unhashable type: 'dict'" });
});

test('ranges compare by the sequence they denote, as CPython', (t) => {
  for (const [a, b, equal] of expected.range_equal) {
    const x = decode(heap, { range: a });
    const y = decode(heap, { range: b });
    t.is(keyEquals(heap, x, y), equal, `${show({ range: a })} == ${show({ range: b })}`);
  }
});
