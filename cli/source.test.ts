// Expected messages are what CPython 3.13's ast.parse(bytes) raises for the same bytes;
// positions differ from CPython's only where source.ts documents it.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { PySyntaxError } from '../grammar/errors.js';
import { decodeSource, detectEncoding } from './source.js';
import { invalidUtf8 } from './source-utf8.js';

const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function syntaxError(input: string): PySyntaxError {
  try {
    decodeSource(bytes(input), 'f.py');
  } catch (error) {
    if (error instanceof PySyntaxError) return error;
    throw error;
  }
  throw new Error('expected a SyntaxError');
}

test('UTF-8 is the default and a BOM is dropped', (t) => {
  t.is(decodeSource(bytes('x = "\xc3\xa9"\n'), 'f.py'), 'x = "é"\n');
  t.is(decodeSource(bytes('\xef\xbb\xbfx = "\xc3\xa9"\n'), 'f.py'), 'x = "é"\n');
  t.deepEqual(detectEncoding(bytes('\xef\xbb\xbfx')), { name: 'utf-8', bom: true });
});

test('a latin-1 declaration on line 1 or 2 maps every byte to its code point', (t) => {
  // Python's latin-1 keeps 0x80-0x9f as C1 controls (WHATWG's "latin1" would not).
  t.is(decodeSource(bytes('# -*- coding: latin-1 -*-\nx = "\xe9\x80"\n'), 'f.py'), '# -*- coding: latin-1 -*-\nx = "é\x80"\n');
  t.is(decodeSource(bytes('#!/usr/bin/env python\n# coding=latin1\nx="\xe9"\n'), 'f.py').at(-3), 'é');
  t.is(detectEncoding(bytes('# vim: set fileencoding=ISO_8859_1 :\n')).name, 'iso-8859-1');
  t.is(detectEncoding(bytes('# coding: utf8\n')).name, 'utf-8');
  t.is(detectEncoding(bytes('# coding: latin\n')).name, 'iso-8859-1');
  t.is(detectEncoding(bytes('# coding: Latin-1-Unix\n')).name, 'iso-8859-1');
  // Not latin-1: CPython knows neither spelling, and pyx must not read them as latin-1.
  t.is(detectEncoding(bytes('# coding: latin-2\n')).name, 'latin-2');
  t.is(detectEncoding(bytes('# coding: 8859-15\n')).name, '8859-15');
});

test('a declaration after a code line, or on line 3, is not one', (t) => {
  t.is(detectEncoding(bytes('x=1 # coding: latin-1\n')).name, 'utf-8');
  t.is(detectEncoding(bytes('import os\n# coding: latin-1\n')).name, 'utf-8');
  t.is(detectEncoding(bytes('\n\n# coding: latin-1\n')).name, 'utf-8');
  t.is(detectEncoding(bytes('\n# coding: latin-1\n')).name, 'iso-8859-1');
});

test('other codecs decode through the WHATWG decoders', (t) => {
  t.is(decodeSource(bytes('# coding: cp1252\nx="\x80"\n'), 'f.py').at(-3), '€');
  t.is(decodeSource(bytes('# coding: koi8-r\nx="\xc1"\n'), 'f.py').at(-3), 'а');
});

// Each case: the bytes, then CPython's (msg, lineno, offset, end_lineno, end_offset).
const utf8Cases: [string, string, number, number, number, number][] = [
  ['\xff\n', "byte 0xff in position 0: invalid start byte", 1, 1, 1, -1],
  ['ab\xffc = 1\n', "byte 0xff in position 2: invalid start byte", 1, 3, 1, -1],
  ['x = 1\ny = "\xc3("\n', "byte 0xc3 in position 0: invalid continuation byte", 2, 5, 2, 7],
  ['x = "ab\xffc"\n', "byte 0xff in position 2: invalid start byte", 1, 5, 1, 9],
  ['x = r"ab\xffc"\n', "byte 0xff in position 2: invalid start byte", 1, 5, 1, 10],
  ['x = "\xe9"\n', "byte 0xe9 in position 0: unexpected end of data", 1, 5, 1, 6],
  ['x = "\xf0\x9f\x98"\n', "bytes in position 0-2: unexpected end of data", 1, 5, 1, 8],
  ['x = "a" "b\xff"\n', "byte 0xff in position 1: invalid start byte", 1, 9, 1, 11],
  // With a backslash in the literal CPython decodes one run of non-ASCII bytes at a time.
  ['x = "\\n\xe9\xe9 \xe9"\n', "byte 0xe9 in position 0: invalid continuation byte", 1, 5, 1, 9],
  ['def f():\n    s = "\xc3\x28"\n', "byte 0xc3 in position 0: invalid continuation byte", 2, 9, 2, 11],
];

for (const [input, reason, lineno, offset, endLineno, endOffset] of utf8Cases) {
  test(`invalid UTF-8 as CPython reports it: ${JSON.stringify(input)}`, (t) => {
    const error = syntaxError(input);
    t.is(error.msg, `(unicode error) 'utf-8' codec can't decode ${reason}`);
    t.deepEqual([error.lineno, error.offset, error.endLineno, error.endOffset], [lineno, offset, endLineno, endOffset]);
  });
}

test('invalid UTF-8 in a comment is accepted, in a bytes literal left to the parser', (t) => {
  t.is(decodeSource(bytes('x = 1 # \xff comment\n'), 'f.py'), 'x = 1 # \uFFFD comment\n');
  // CPython: "bytes can only contain ASCII literal characters", raised by its parser.
  t.is(decodeSource(bytes('x = b"ab\xffc"\n'), 'f.py'), 'x = b"ab\uFFFDc"\n');
});

test('unknown encodings, BOM conflicts and ascii violations are SyntaxErrors', (t) => {
  const unknown = syntaxError('# coding: Bogus\nx=1\n');
  t.is(unknown.msg, 'unknown encoding: Bogus');
  t.is(syntaxError('# coding: latin-2\nx=1\n').msg, 'unknown encoding: latin-2');
  t.is(syntaxError('\xef\xbb\xbf# coding: KOI8-R\n').msg, 'encoding problem: KOI8-R with BOM');
  t.is(unknown.lineno, 0);
  t.is(unknown.offset, -1);
  t.is(unknown.text, null);
  t.is(syntaxError('\xef\xbb\xbf# coding: latin-1\nx=1\n').msg, 'encoding problem: iso-8859-1 with BOM');
  t.is(
    syntaxError('#!/usr/bin/python\n# vim: set fileencoding=ascii :\nx="\xe9"\n').msg,
    "'ascii' codec can't decode byte 0xe9 in position 53: ordinal not in range(128)",
  );
  t.is(
    syntaxError('# coding: cp1252\nx="\x81"\n').msg,
    "'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined>",
  );
});

test("malformed UTF-8 is delimited exactly as Python's decoder does (400 seeded cases)", (t) => {
  const url = new URL('../tests/cli/expected/utf8-decoder.json', import.meta.url);
  const cases = JSON.parse(readFileSync(url, 'utf8')) as { bytes: number[]; invalid: [number, number, string][] }[];
  for (const { bytes: data, invalid } of cases) {
    const actual = invalidUtf8(Uint8Array.from(data)).map(({ index, length, reason }) => [index, index + length, reason]);
    t.deepEqual(actual, invalid, JSON.stringify(data));
  }
});
