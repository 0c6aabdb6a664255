// Expected messages are what CPython 3.13's ast.parse(bytes) raises for the same bytes;
// positions differ from CPython's only where source.ts documents it.
import test from 'ava';
import { PySyntaxError } from '../grammar/errors.js';
import { decodeSource, detectEncoding } from './source.js';

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

test('invalid UTF-8 is a SyntaxError with CPython\'s message', (t) => {
  const start = syntaxError('\xff\n');
  t.is(start.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  t.is(start.lineno, 1);
  t.is(start.offset, 1);
  const continuation = syntaxError('x = 1\ny = "\xc3("\n');
  t.is(continuation.lineno, 2);
  t.regex(continuation.msg, /can't decode byte 0xc3 in position \d+: invalid continuation byte$/);
  t.is(syntaxError('x = "\xe2\x82').msg.split(': ').at(-1), 'unexpected end of data');
  // A declared utf-8 decodes the same way.
  t.is(syntaxError('# coding: utf-8\nx="\xff"\n').lineno, 2);
});

test('unknown encodings, BOM conflicts and ascii violations are SyntaxErrors', (t) => {
  const unknown = syntaxError('# coding: bogus\nx=1\n');
  t.is(unknown.msg, 'unknown encoding: bogus');
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
