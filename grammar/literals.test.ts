// Literal decoding against CPython 3.13: the tables in tests/literals/*.json are CPython's
// own answers (tests/literals/gen-expected.py regenerates them).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { constantRepr, dump } from '../ast/dump.js';
import { PySyntaxError } from './errors.js';
import { UnsupportedFeatureError } from '../lower/errors.js';
import {
  decodeFStringMiddle,
  decodeNumber,
  decodeString,
  formatLiteralWarning,
  mergeWarnings,
  type LiteralWarning,
} from './literals.js';
import { lookupUnicodeName } from './unicode-names.js';
import { parseStringAtom } from '../tests/literals/string-atoms.js';

interface ExpectedError {
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}
interface TokenCase {
  text: string;
  repr?: string;
  kind?: string | null;
  error?: ExpectedError;
  warnings: [string, number][];
}
interface AtomCase {
  source: string;
  dump?: string;
  error?: ExpectedError;
  warnings: [string, number][];
}

function load<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../tests/literals/${name}`, import.meta.url), 'utf8')) as T[];
}

function errorFields(error: unknown) {
  if (!(error instanceof PySyntaxError)) throw error;
  return { msg: error.msg, lineno: error.lineno, offset: error.offset, end_lineno: error.endLineno, end_offset: error.endOffset };
}

function warningFields(warnings: LiteralWarning[]): [string, number][] {
  return warnings.map((warning) => [warning.message, warning.lineno]);
}

/** Runs `check` on every case and reports all mismatches at once, one line each. */
function checkAll<T>(cases: T[], label: (c: T) => string, check: (c: T) => { actual: unknown; expected: unknown }) {
  const failures: string[] = [];
  for (const c of cases) {
    const { actual, expected } = check(c);
    const actualText = JSON.stringify(actual);
    const expectedText = JSON.stringify(expected);
    if (actualText !== expectedText) failures.push(`${label(c)}\n  got      ${actualText}\n  expected ${expectedText}`);
  }
  return failures;
}

test('numbers: values and errors as CPython 3.13', (t) => {
  const cases = load<TokenCase>('numbers.json');
  t.true(cases.length > 50);
  const failures = checkAll(cases, (c) => c.text.slice(0, 60), (c) => {
    let actual;
    try {
      actual = { repr: constantRepr(decodeNumber(c.text)) };
    } catch (error) {
      actual = { error: errorFields(error) };
    }
    return { actual, expected: c.error ? { error: c.error } : { repr: c.repr } };
  });
  t.deepEqual(failures, []);
});

test('strings and bytes: values, kind, errors, warnings as CPython 3.13', (t) => {
  const cases = load<TokenCase>('strings.json');
  t.true(cases.length > 200);
  const failures = checkAll(cases, (c) => JSON.stringify(c.text), (c) => {
    let actual;
    try {
      const decoded = decodeString(c.text);
      const value = decoded.isBytes ? { kind: 'bytes' as const, value: decoded.value as Uint8Array } : (decoded.value as string);
      actual = { repr: constantRepr(value), kind: decoded.kind, warnings: warningFields(decoded.warnings) };
    } catch (error) {
      actual = { error: errorFields(error), warnings: [] };
    }
    const expected = c.error ? { error: c.error, warnings: c.warnings } : { repr: c.repr, kind: c.kind, warnings: c.warnings };
    return { actual, expected };
  });
  t.deepEqual(failures, []);
});

test('string atoms: concatenation and f-strings give CPython 3.13 ASTs with positions', (t) => {
  const cases = load<AtomCase>('fstrings.json');
  t.true(cases.length > 100);
  const failures = checkAll(cases, (c) => JSON.stringify(c.source), (c) => {
    let actual;
    try {
      const { node, warnings } = parseStringAtom(c.source);
      actual = { dump: dump(node, { includeAttributes: true }), warnings: warningFields(warnings) };
    } catch (error) {
      actual = { error: errorFields(error), warnings: [] };
    }
    const expected = c.error ? { error: c.error, warnings: c.warnings } : { dump: c.dump, warnings: c.warnings };
    return { actual, expected };
  });
  t.deepEqual(failures, []);
});

test('f-string text: doubled braces in a source slice decode like the tokenizer split', (t) => {
  // pyx's tokenizer hands `a{` for `a{{`; a raw source slice with both braces must agree.
  t.is(decodeFStringMiddle('a{{b}}c', false).value, 'a{b}c');
  t.is(decodeFStringMiddle('a{', false).value, 'a{');
  t.is(decodeFStringMiddle('a{', false).extraEnd, 1);
  t.is(decodeFStringMiddle('a{{', false).extraEnd, 0);
  t.is(decodeFStringMiddle('\\N{BULLET}', false).extraEnd, 0);
  t.is(decodeFStringMiddle('\\N{BULLET}', true).value, '\\N{BULLET}');
  // Each CPython token warns once: `\d{{\e` is two tokens, so two warnings.
  t.deepEqual(
    decodeFStringMiddle('\\d{{\\e\\q', false).warnings.map((w) => w.message),
    ["invalid escape sequence '\\d'", "invalid escape sequence '\\e'"],
  );
});

test('unicode names: aliases, case, algorithmic names, named sequences rejected', (t) => {
  t.is(lookupUnicodeName('SNOWMAN'), 0x2603);
  t.is(lookupUnicodeName('snowman'), 0x2603);
  t.is(lookupUnicodeName('LATIN CAPITAL LETTER GHA'), 0x1a2);
  t.is(lookupUnicodeName('HANGUL SYLLABLE PWILH'), 0xd4db);
  t.is(lookupUnicodeName('HANGUL SYLLABLE SSYAENG'), 0xc361);
  t.is(lookupUnicodeName('HANGUL SYLLABLE HIH'), 0xd7a3);
  t.is(lookupUnicodeName('HANGUL SYLLABLE GA'), 0xac00);
  t.is(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-3134A'), 0x3134a);
  t.is(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-3134B'), undefined);
  t.is(lookupUnicodeName('KEYCAP NUMBER SIGN'), undefined);
  t.is(lookupUnicodeName(''), undefined);
});

test('unicode names: a sample of every kind resolves as CPython\'s unicode_escape codec', (t) => {
  const cases = load<[string, number | null]>('names.json');
  t.true(cases.length > 1500);
  const wrong = cases.filter(([name, cp]) => (lookupUnicodeName(name) ?? null) !== cp);
  t.deepEqual(wrong, []);
});

test('errors carry the site: file, token position and source line', (t) => {
  const site = { filename: 'f.py', line: 3, col: 4, endLine: 3, endCol: 9, endByteCol: 9, lineText: 'x = "\\x1"\n' };
  const error = t.throws(() => decodeString('"\\x1"', site), { instanceOf: PySyntaxError });
  t.like(error, { filename: 'f.py', lineno: 3, offset: 5, endLineno: 3, endOffset: 10, text: 'x = "\\x1"\n' });
  const { warnings } = decodeString('"\\d"', site);
  t.deepEqual(warnings, [{ category: 'SyntaxWarning', message: "invalid escape sequence '\\d'", filename: 'f.py', lineno: 3 }]);
});

test('bad token texts are rejected with a clear message, not decoded', (t) => {
  t.throws(() => decodeString('f"x"'), { instanceOf: TypeError, message: /not a STRING token/ });
  t.throws(() => decodeString('"x'), { instanceOf: TypeError, message: /unterminated/ });
  t.throws(() => decodeNumber('1__0'), { instanceOf: PySyntaxError, message: /invalid decimal literal/ });
  t.throws(() => decodeNumber('0x'), { instanceOf: PySyntaxError, message: /invalid hexadecimal literal/ });
});

test('a str that JS cannot hold (escaped high surrogate + low surrogate) is refused, not merged', (t) => {
  const message = /line 1: str literals holding a high surrogate followed by a low surrogate .* not supported yet/;
  t.throws(() => decodeString('"\\ud800\\udc00"'), { instanceOf: UnsupportedFeatureError, message });
  t.throws(() => decodeString('"a\\U0000d800\\udfff"'), { instanceOf: UnsupportedFeatureError, message });
  t.throws(() => parseStringAtom('"\\ud800" "\\udc00"\n'), { instanceOf: UnsupportedFeatureError, message });
  t.throws(() => decodeFStringMiddle('\\ud800\\udc00', false), { instanceOf: UnsupportedFeatureError, message });
  // Representable neighbours: low then high, a lone high before an astral character.
  t.is(decodeString('"\\udc00\\ud800"').value, '\udc00\ud800');
  t.is(decodeString('"\\ud800\\U00010000"').value, '\ud800\u{10000}');
  t.is(decodeString('"\\ud800x\\udc00"').value, '\ud800x\udc00');
});

test('warnings print as CPython 3.13 prints them on stderr', (t) => {
  // The stderr of `python3.13 /tmp/w1.py` for this file, byte for byte.
  const lines = ['x = "\\d"; y = "\\d"\n', 'z = f"""\n', '\\e{1}"""\n', 'w = b"\\q"\n'];
  const site = (line: number, col: number, endCol: number) =>
    ({ filename: '/tmp/w1.py', line, col, endLine: line, endCol, lineText: lines[line - 1] });
  const warnings = [
    ...decodeString('"\\d"', site(1, 4, 8)).warnings,
    ...decodeString('"\\d"', site(1, 14, 18)).warnings,
    ...decodeFStringMiddle('\n\\e', false, site(3, 5, 8)).warnings,
    ...decodeString('b"\\q"', site(4, 4, 9)).warnings,
  ];
  t.is(
    warnings.map((w) => formatLiteralWarning(w, lines[w.lineno - 1])).join(''),
    "/tmp/w1.py:1: SyntaxWarning: invalid escape sequence '\\d'\n" +
      '  x = "\\d"; y = "\\d"\n' +
      "/tmp/w1.py:1: SyntaxWarning: invalid escape sequence '\\d'\n" +
      '  x = "\\d"; y = "\\d"\n' +
      "/tmp/w1.py:3: SyntaxWarning: invalid escape sequence '\\e'\n" +
      '  \\e{1}"""\n' +
      "/tmp/w1.py:4: SyntaxWarning: invalid escape sequence '\\q'\n" +
      '  w = b"\\q"\n',
  );
  // Python's strip(): \x1c is whitespace, \ufeff is not; no source line when unknown.
  const first = warnings[0];
  t.is(formatLiteralWarning(first, '\t\x1c x = 1 \ufeff\n'), "/tmp/w1.py:1: SyntaxWarning: invalid escape sequence '\\d'\n  x = 1 \ufeff\n");
  t.is(formatLiteralWarning(first, null), "/tmp/w1.py:1: SyntaxWarning: invalid escape sequence '\\d'\n");
});

test('mergeWarnings interleaves lexer and parser warnings as CPython emits them', (t) => {
  const parser = (message: string, lineno: number, offset?: number): LiteralWarning =>
    ({ category: 'SyntaxWarning', message, filename: 'f.py', lineno, offset });
  const lexer = (message: string, lineno: number, offset?: number) => ({ message, lineno, offset });
  // `"\d" f"\{x}"`: the parser decodes the STRING (offset 4) before the lexer reaches `\{` (7).
  t.deepEqual(
    mergeWarnings([lexer('\\{', 1, 7)], [parser('\\d', 1, 4)]).map((w) => w.message),
    ['\\d', '\\{'],
  );
  // `f"\{x}" "\d"`: `\{` (2) is lexed before the f-string's text is decoded at its end (7).
  t.deepEqual(
    mergeWarnings([lexer('\\{', 1, 2)], [parser('\\q', 1, 7), parser('\\d', 1, 12)]).map((w) => w.message),
    ['\\{', '\\q', '\\d'],
  );
  // Without offsets: by line, the lexer's first on a shared line.
  const merged = mergeWarnings([lexer('a', 1), lexer('b', 3)], [parser('x', 1), parser('y', 2), parser('z', 3)]);
  t.deepEqual(merged.map((w) => w.message), ['a', 'x', 'y', 'b', 'z']);
  t.deepEqual(merged[0], { category: 'SyntaxWarning', message: 'a', filename: 'f.py', lineno: 1 });
});

test('an error in a token spanning lines ends where CPython puts it (through the first line)', (t) => {
  // `python3.13 m1.py` / `m3.py` (files): the end column of line 2 is read through line 1.
  const m1 = t.throws(() =>
    decodeString('"""a\n\\x1"""', { filename: 'm1.py', line: 1, col: 0, endLine: 2, endCol: 6, endByteCol: 6, lineText: '"""a\n' }),
  );
  t.like(m1, { lineno: 1, offset: 1, endLineno: 2, endOffset: 6, text: '"""a\n' });
  const m3 = t.throws(() =>
    decodeString('"""ééé\nbbbbb\\x1"""', { filename: 'm3.py', line: 1, col: 0, endLine: 2, endCol: 11, endByteCol: 11, lineText: '"""ééé\n' }),
  );
  t.like(m3, { lineno: 1, offset: 1, endLineno: 2, endOffset: 8 });
  t.regex((m3 as PySyntaxError).msg, /position 36-38: truncated \\xXX escape$/);
});

test('cannot mix bytes: at the implied newline of a file without one, zero width', (t) => {
  // compile() of the file `"a" b"b"` (no newline) read from disk: 1 9 1 9.
  const error = t.throws(() => parseStringAtom('"a" b"b"'), { instanceOf: PySyntaxError });
  t.like(error, { msg: 'cannot mix bytes and nonbytes literals', lineno: 1, offset: 9, endLineno: 1, endOffset: 9 });
});
