import test from 'ava';
import { Case, int, loadCases, mismatches, PyValue } from './expected.js';
import { hashBool, hashBytes, hashComplex, hashFloat, hashFrozenset, hashInt, hashPointer, hashStr, hashTuple, HASH_NONE } from './hash.js';

function hashOf(v: PyValue): bigint {
  switch (v.t) {
    case 'int': return hashInt(v.v);
    case 'float': return hashFloat(v.v);
    case 'bool': return hashBool(v.v);
    case 'none': return HASH_NONE;
    case 'complex': return hashComplex(v.re, v.im);
    case 'tuple': return hashTuple(v.v.map(hashOf));
  }
  throw new Error(`unhashable in this table: ${v.t}`);
}

function run(c: Case): PyValue {
  const [value] = c.args;
  if (c.op === 'hash') return int(hashOf(value));
  if (c.op === 'hash_frozenset' && value.t === 'tuple') return int(hashFrozenset(value.v.map(hashOf)));
  throw new Error(`no op ${c.op}`);
}

test('hash() matches CPython 3.13 for int, float, complex, bool, None, tuple, frozenset', (t) => {
  const cases = loadCases('hash.json');
  t.true(cases.length > 500);
  t.deepEqual(mismatches(cases, run), []);
});

test('tuple hashing accepts number lanes (safe ints) like bigint ones', (t) => {
  t.is(hashTuple([1, -2, 2 ** 53 - 1, -(2 ** 53 - 1)]), hashTuple([1n, -2n, 2n ** 53n - 1n, -(2n ** 53n - 1n)]));
  t.is(hashTuple([]), 5740354900026072187n); // hash(()) in CPython 3.13
});

test('equal numbers hash equal; nan hashes by identity', (t) => {
  t.is(hashInt(2n ** 70n), hashFloat(2 ** 70));
  t.is(hashInt(-1), -2n);
  t.is(hashInt(12345), hashInt(12345n));
  t.not(hashFloat(NaN, 0x7f00_0010n), hashFloat(NaN, 0x7f00_0020n));
  t.is(hashFloat(NaN, 0x1000n), hashPointer(0x1000n));
});

test('str and bytes hashes are deterministic, spread, and 0 for empty', (t) => {
  t.is(hashStr(''), 0n);
  t.is(hashStr('abc'), hashStr('abc'));
  const seen = new Set<bigint>();
  for (let i = 0; i < 1000; i++) seen.add(hashStr(`key${i}`));
  t.is(seen.size, 1000);
  t.is(hashBytes(new Uint8Array([97, 98])), hashBytes(new Uint8Array([97, 98])));
  t.not(hashBytes(new Uint8Array([97, 98])), hashBytes(new Uint8Array([98, 97])));
});
