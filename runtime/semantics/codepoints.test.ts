import test from 'ava';
import { center, expandtabs, repeat, zfill } from './str-methods.js';
import { adjustSlice, asciiEscape, compareStr, cpAt, cpLength, cpSlice, decimalValue, isSimple, toCodePoints, fromCodePoints, utf16Offset, cpIndexOf } from './codepoints.js';

test('code-point length, indexing and slicing across surrogate pairs', (t) => {
  const s = 'a😀b𝐀c';
  t.false(isSimple(s));
  t.is(cpLength(s), 5);
  t.is(cpAt(s, 1), '😀');
  t.is(cpAt(s, -2), '𝐀');
  t.is(cpAt(s, 5), undefined);
  t.is(cpSlice(s, 1, 4), '😀b𝐀');
  t.is(cpSlice(s, null, null, -1), 'c𝐀b😀a');
  t.is(cpSlice(s, null, null, 2), 'abc');
  t.is(utf16Offset(s, 2), 3);
  t.is(cpIndexOf(s, 3), 2);
  t.is(fromCodePoints(toCodePoints(s)), s);
  t.deepEqual(adjustSlice(10, -3, null, null), [7, 10, 1, 3]);
  t.deepEqual(adjustSlice(10, null, null, -3), [9, -1, -3, 4]);
});

test('str ordering is by code point, unlike JS <', (t) => {
  t.true('\uffff' > '😀'); // JS: compares 0xFFFF with 0xD83D
  t.is(compareStr('\uffff', '😀'), -1);
  t.is(compareStr('😀', '\uffff'), 1);
  t.is(compareStr('a😀', 'a😁'), -1);
  t.is(compareStr('abc', 'abd'), -1);
  t.is(compareStr('ab', 'abc'), -1);
  t.is(compareStr('x', 'x'), 0);
  t.is(compareStr('\ud800', '\ue000'), -1); // lone surrogate U+D800 < U+E000
});

test('decimal digits of any script; ascii() escapes', (t) => {
  t.is(decimalValue(0x0663), 3); // ARABIC-INDIC DIGIT THREE
  t.is(decimalValue(0x1d7d9), 1); // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE
  t.is(decimalValue(0x2155), -1); // a vulgar fraction is numeric, not decimal
  t.is(asciiEscape("'é😀\u200b'"), "'\\xe9\\U0001f600\\u200b'");
});

test('huge padding requests raise MemoryError instead of a JS RangeError', (t) => {
  t.throws(() => center('a', 2 ** 31), { name: 'MemoryError' });
  t.throws(() => zfill('1', 2 ** 31), { name: 'MemoryError' });
  t.throws(() => expandtabs('\t', 2 ** 31), { name: 'MemoryError' });
});

test('str * n', (t) => {
  t.is(repeat('ab', 3), 'ababab');
  t.is(repeat('ab', -1), '');
  t.is(repeat('', 10n ** 30n), '');
  t.throws(() => repeat('ab', 10n ** 30n), { name: 'MemoryError' });
});
