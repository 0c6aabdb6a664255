import test from 'ava';
import { bytesRepr, complexRepr, floatRepr, strRepr } from './repr.js';

// Expected strings are CPython 3.13's repr() of the same values.
test('float repr: shortest round-trip digits and the exponent thresholds', (t) => {
  const cases: [number, string][] = [
    [0.1 + 0.2, '0.30000000000000004'], [1e16, '1e+16'], [1e-5, '1e-05'], [1e15, '1000000000000000.0'],
    [0.0001, '0.0001'], [-0, '-0.0'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'],
    [1.5e300, '1.5e+300'], [5e-324, '5e-324'], [123.456, '123.456'], [2 ** 53, '9007199254740992.0'],
  ];
  for (const [value, expected] of cases) t.is(floatRepr(value), expected);
});

test('complex repr', (t) => {
  t.is(complexRepr(0, 2), '2j');
  t.is(complexRepr(1, 2), '(1+2j)');
  t.is(complexRepr(-0, -1), '(-0-1j)');
  t.is(complexRepr(0, 1e16), '1e+16j');
  t.is(complexRepr(1.5, Infinity), '(1.5+infj)');
});

test('str and bytes repr: quotes, escapes, non-printables', (t) => {
  t.is(strRepr("it's"), `"it's"`);
  t.is(strRepr(`'"`), `'\\'"'`);
  t.is(strRepr('a\tb\n\x00\x7f\u00e9\u200b'), "'a\\tb\\n\\x00\\x7fé\\u200b'");
  t.is(strRepr('\u{1f600}\u{e0001}'), "'\u{1f600}\\U000e0001'");
  t.is(bytesRepr(new Uint8Array([0, 39, 92, 200, 65])), `b"\\x00'\\\\\\xc8A"`);
});
