// The constants literals produce, as ast.dump prints them: runtime/repr.ts against
// CPython 3.13's repr() (tests/literals/reprs.json, from tests/literals/gen-reprs.py).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { constantRepr } from '../ast/dump.js';
import { isPrintableCodePoint } from '../runtime/repr.js';

interface Reprs {
  floats: [string, string][];
  imaginary: [string, string][];
  strs: [string, string][];
  bytes: [number[], string][];
  printable: [number, number][];
}

const data = JSON.parse(readFileSync(new URL('../tests/literals/reprs.json', import.meta.url), 'utf8')) as Reprs;

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function mismatches<T>(cases: [T, string][], repr: (value: T) => string): string[] {
  return cases
    .map(([value, expected]) => [value, repr(value), expected] as const)
    .filter(([, actual, expected]) => actual !== expected)
    .map(([value, actual, expected]) => `${JSON.stringify(value)}: got ${actual}, expected ${expected}`);
}

test('float constants print as CPython repr()', (t) => {
  t.true(data.floats.length > 2000);
  t.deepEqual(mismatches(data.floats, (bits) => constantRepr(fromBits(bits))), []);
});

test('imaginary constants print as CPython repr(complex(0, x))', (t) => {
  t.true(data.imaginary.length > 300);
  t.deepEqual(mismatches(data.imaginary, (bits) => constantRepr({ kind: 'complex', imag: fromBits(bits) })), []);
});

test('str and bytes constants print as CPython repr()', (t) => {
  t.deepEqual(mismatches(data.strs, (text) => constantRepr(text)), []);
  t.deepEqual(mismatches(data.bytes, (values) => constantRepr({ kind: 'bytes', value: Uint8Array.from(values) })), []);
});

test('printable code points are exactly CPython 3.13 (Unicode 15.1) str.isprintable()', (t) => {
  const wrong: string[] = [];
  let next = 0;
  const check = (cp: number, expected: boolean) => {
    if (isPrintableCodePoint(cp) !== expected && wrong.length < 20) wrong.push(`U+${cp.toString(16)}`);
  };
  for (const [first, last] of data.printable) {
    for (; next < first; next++) check(next, false);
    for (; next <= last; next++) check(next, true);
  }
  for (; next < 0x110000; next++) check(next, false);
  t.deepEqual(wrong, []);
});
