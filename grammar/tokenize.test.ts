// Tokenizer tests. Expected outputs come from CPython 3.13 (scripts/gen-token-goldens.py);
// scripts/compare-tokens.py checks whole stdlib files where CPython is installed.

import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PySyntaxError } from './errors.js';
import { tokenize, tokenizePartial, type TokenizeWarning } from './tokenize.js';
import type { Token } from './tokens.js';

const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, '../tests/tokenize/golden');
const errorCases = join(here, '../tests/tokenize/errors/cases.json');

type Row = [string, string, number, number, number, number, number, number];
const row = (t: Token): Row => [t.kind, t.text, t.line, t.col, t.endLine, t.endCol, t.byteCol, t.endByteCol];

for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.json'))) {
  const golden = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as { source: string; tokens: Row[] };
  test(`golden ${file}`, (t) => {
    const tokens = tokenize(golden.source, file);
    t.deepEqual(tokens.map(row), golden.tokens);
    for (const tok of tokens) t.is(golden.source.slice(tok.start, tok.end), tok.text);
  });
  test(`golden ${file} without comments`, (t) => {
    const tokens = tokenize(golden.source, file, { comments: false });
    t.deepEqual(tokens.map(row), golden.tokens.filter((r) => r[0] !== 'COMMENT' && r[0] !== 'NL'));
  });
}

interface ErrorCase {
  name: string;
  source: string;
  expected: {
    type: string; msg: string; lineno: number | null; offset: number | null;
    end_lineno: number | null; end_offset: number | null; text: string | null;
  };
}

for (const c of JSON.parse(readFileSync(errorCases, 'utf8')) as ErrorCase[]) {
  test(`error ${c.name}`, (t) => {
    const e = t.throws(() => tokenize(c.source, 'x.py'), { instanceOf: PySyntaxError }) as PySyntaxError;
    // CPython's None (no location: null bytes) is 0 in a PySyntaxError, whose positions are numbers.
    const orZero = (x: number | null): number => x ?? 0;
    const want = c.expected;
    t.deepEqual(
      {
        type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno,
        end_offset: e.endOffset, text: e.text,
      },
      {
        ...want, lineno: orZero(want.lineno), offset: orZero(want.offset),
        end_lineno: orZero(want.end_lineno), end_offset: orZero(want.end_offset),
      },
    );
    t.is(e.filename, 'x.py');
  });
}

for (const c of JSON.parse(readFileSync(join(here, '../tests/tokenize/errors/warnings.json'), 'utf8')) as Array<{
  name: string; source: string; expected: TokenizeWarning[];
}>) {
  test(`warnings ${c.name}`, (t) => {
    const warnings: TokenizeWarning[] = [];
    tokenize(c.source, 'x.py', { warnings });
    t.deepEqual(warnings, c.expected);
  });
}

test('tokenizePartial: tokens before the error, and whether the parser raises it', (t) => {
  const hard = tokenizePartial('x = 1\ny = 0x\n');
  t.deepEqual(hard.tokens.map((tok) => tok.text), ['x', '=', '1', '\n', 'y', '=']);
  t.is(hard.error?.msg, 'invalid hexadecimal literal');
  t.false(hard.deferred);
  const soft = tokenizePartial('f(1,\n');
  t.deepEqual(soft.tokens.map((tok) => tok.text), ['f', '(', '1', ',', '\n']);
  t.is(soft.error?.msg, "'(' was never closed");
  t.true(soft.deferred);
  const ok = tokenizePartial('pass');
  t.is(ok.error, null);
  t.is(ok.tokens[ok.tokens.length - 1].kind, 'ENDMARKER');
});

test('empty source gives only ENDMARKER', (t) => {
  t.deepEqual(tokenize('').map(row), [['ENDMARKER', '', 1, 0, 1, 0, 0, 0]]);
});

test('a lone \\r ends a line, as compile() sees it', (t) => {
  const kinds = tokenize('x\ry\r').map((tok) => `${tok.kind}:${JSON.stringify(tok.text)}:${tok.line}`);
  t.deepEqual(kinds, ['NAME:"x":1', 'NEWLINE:"\\r":1', 'NAME:"y":2', 'NEWLINE:"\\r":2', 'ENDMARKER:"":3']);
});

test('non-BMP characters count one column, four UTF-8 bytes', (t) => {
  const [s, name] = tokenize('"𝔘" 𝔘x\n');
  t.deepEqual([s.col, s.endCol, s.byteCol, s.endByteCol], [0, 3, 0, 6]);
  t.deepEqual([name.text, name.col, name.endCol, name.byteCol, name.endByteCol], ['𝔘x', 4, 6, 7, 12]);
});

test('1,000 nested parentheses: too many nested parentheses, no stack overflow', (t) => {
  const e = t.throws(() => tokenize('('.repeat(1000) + ')'.repeat(1000)), { instanceOf: PySyntaxError });
  t.is(e?.msg, 'too many nested parentheses');
});

test('a 10 MB file tokenizes in linear time', (t) => {
  // CPU time, not wall time: the test machines are shared. About 1.5 s here; anything
  // quadratic in the file or line length would take hours, so the bound is loose.
  const line = 'value = some.call(arg, 12.5e3, "text é") + [x for x in range(10)]  # note\n';
  const source = 'def f():\n' + ('    ' + line).repeat(Math.ceil(10e6 / (line.length + 4)));
  const before = process.cpuUsage();
  const tokens = tokenize(source, 'big.py', { comments: false });
  const used = process.cpuUsage(before);
  t.true((used.user + used.system) / 1000 < 30_000);
  t.is(tokens.length, 3_076_953);
  t.is(tokens[tokens.length - 1].kind, 'ENDMARKER');
});

test('one 2 MB line of non-ASCII tokens: columns stay linear', (t) => {
  const source = 'x = [' + '"é", '.repeat(400_000) + ']\n';
  const before = process.cpuUsage();
  const tokens = tokenize(source, 'wide.py');
  const used = process.cpuUsage(before);
  t.true((used.user + used.system) / 1000 < 30_000);
  const last = tokens[tokens.length - 4]; // the last ',' (then ']', NEWLINE, ENDMARKER)
  t.deepEqual([last.text, last.col, last.byteCol], [',', 5 + 5 * 400_000 - 2, 5 + 6 * 400_000 - 2]);
});

// --- Fuzz: random edits of real code must give tokens or a PySyntaxError, nothing else ---

function rng(seed: number): () => number {
  // mulberry32: small, seeded, reproducible.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", 'f"', "f'", 'rf"', '\\', '\n', '\r',
  '\r\n', '\t', ' ', '    ', '\x0c', '#', '{{', '}}', ':', '!r', '=', '0x', '0o', '0b', '1_',
  '1e', '.', 'é', '€', '\u00a0', '\ud800', '\udc00', '😀', '\0', '\x01', 'if x:\n', 'j',
];

test('fuzz: seeded random edits only ever throw PySyntaxError', (t) => {
  const random = rng(20261126);
  const seeds = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as { source: string }).source.slice(0, 3000));
  let errors = 0;
  for (let i = 0; i < 1500; i++) {
    let s = seeds[i % seeds.length];
    const edits = 1 + Math.floor(random() * 4);
    for (let k = 0; k < edits; k++) {
      const at = Math.floor(random() * (s.length + 1));
      const r = random();
      if (r < 0.5) s = s.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + s.slice(at);
      else if (r < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 5));
      else if (r < 0.8) s = s.slice(0, at); // truncated file
      else s = s.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x10000)) + s.slice(at);
    }
    try {
      tokenize(s, 'fuzz.py');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) {
        t.fail(`case ${i}: ${String(e)} for ${JSON.stringify(s.slice(0, 200))}`);
        return;
      }
      errors++;
    }
  }
  t.true(errors > 0 && errors < 1500);
});

test('fuzz: random bytes and random UTF-16 code units (lone surrogates included)', (t) => {
  const random = rng(7);
  for (let i = 0; i < 300; i++) {
    const length = Math.floor(random() * 400);
    const bytes = Buffer.alloc(length);
    for (let k = 0; k < length; k++) bytes[k] = Math.floor(random() * 256);
    const units: number[] = [];
    for (let k = 0; k < length; k++) units.push(Math.floor(random() * 0x10000));
    for (const source of [bytes.toString('utf8'), String.fromCharCode(...units), bytes.toString('latin1')]) {
      try {
        tokenize(source, 'random.py');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) {
          t.fail(`case ${i}: ${String(e)} for ${JSON.stringify(source.slice(0, 100))}`);
          return;
        }
      }
    }
  }
  t.pass();
});

