// Robustness of the front end on hostile input: whatever the bytes, parsing ends quickly with
// either an AST or a PySyntaxError — never another JS exception, never a hang. Inputs are
// generated from a fixed seed, so a failure names an input that reproduces.
//
// Two pipelines are checked on every input: the parser's front door (parseModule) and, on
// its own, tokenizePartial() + the error pass (diagnoseSyntaxError).
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeSource } from '../cli/source.js';
import { PySyntaxError } from './errors.js';
import { formatSyntaxError } from './error-format.js';
import { parseModule } from './parse.js';
import { diagnoseSyntaxError } from './syntax-errors.js';
import { tokenize, tokenizePartial } from './tokenize.js';

/** Per input and pipeline; generous for a 2-core machine shared with others, far below a
 *  hang. The 10 MB inputs get more: tokenizing 10 MB alone takes 4-8 s on such a machine. */
const TIME_LIMIT_MS = 4000;
const HUGE_TIME_LIMIT_MS = 30000;

/** mulberry32: a small seeded PRNG, so every run generates the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Outcome = 'ast' | 'error';

/** Runs both pipelines on `source`; any non-PySyntaxError exception fails the test. */
function parseBoth(source: string, label: string, limit = TIME_LIMIT_MS): Outcome {
  let started = Date.now();
  let outcome: Outcome;
  try {
    parseModule(source, 'fuzz.py');
    outcome = 'ast';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw new Error(`${label}: parseModule threw ${String(e)}`);
    // The error must also be printable; the formatter must not choke on odd lines.
    formatSyntaxError(e);
    outcome = 'error';
  }
  checkTime(started, limit, `${label} (parseModule)`);
  started = Date.now();
  try {
    const partial = tokenizePartial(source, 'fuzz.py');
    const error = diagnoseSyntaxError(source, 'fuzz.py', partial.tokens, partial);
    if (error) formatSyntaxError(error);
  } catch (e) {
    throw new Error(`${label}: error pass threw ${String(e)}`);
  }
  checkTime(started, limit, `${label} (error pass)`);
  return outcome;
}

function checkTime(started: number, limit: number, label: string): void {
  const elapsed = Date.now() - started;
  if (elapsed > limit) throw new Error(`${label}: took ${elapsed} ms`);
}

const SOUP = [
  'x', 'y', 'foo', 'match', 'case', '_', 'type', '1', '0x1f', '1.5e3', '2j', "'s'", '"""doc"""', "f'{x}'",
  "b'b'", 'if', 'elif', 'else', 'for', 'in', 'while', 'def', 'class', 'return', 'yield', 'lambda',
  'try', 'except', 'finally', 'with', 'as', 'import', 'from', 'global', 'del', 'pass', 'not', 'and',
  'or', 'is', 'await', 'async', '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '=', '==',
  '+=', '->', ':=', '*', '**', '/', '//', '@', '|', '&', '~', '<', '>=', '!=', '\n', '\n', '\n    ',
  '\n\t', '\\\n', '#c\n', ' ', ' ',
];

test('random token soup', (t) => {
  const rand = random(20261126);
  let errors = 0;
  for (let i = 0; i < 200; i++) {
    const n = 1 + Math.floor(rand() * 40);
    let source = '';
    for (let j = 0; j < n; j++) source += SOUP[Math.floor(rand() * SOUP.length)] + (rand() < 0.7 ? ' ' : '');
    if (parseBoth(source, `soup #${i} ${JSON.stringify(source)}`) === 'error') errors++;
  }
  t.true(errors > 150, `only ${errors} of 200 soups were rejected`);
});

test('random bytes through source decoding', (t) => {
  const rand = random(7);
  for (let i = 0; i < 150; i++) {
    const bytes = new Uint8Array(Math.floor(rand() * 120));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
    let source: string;
    try {
      source = decodeSource(bytes, 'fuzz.py');
    } catch (e) {
      t.true(e instanceof PySyntaxError, `bytes #${i}: decodeSource threw ${String(e)}`);
      continue;
    }
    parseBoth(source, `bytes #${i} ${JSON.stringify(source)}`);
  }
  t.pass();
});

test('truncations of real standard-library files', (t) => {
  const seeds = fileURLToPath(new URL('../tests/errors/seeds/', import.meta.url));
  const rand = random(42);
  let errors = 0;
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.py'))) {
    const source = readFileSync(join(seeds, name), 'utf8');
    t.is(parseBoth(source, name), 'ast', `${name} itself must parse`);
    for (let i = 0; i < 8; i++) {
      const cut = Math.floor(rand() * source.length);
      if (parseBoth(source.slice(0, cut), `${name}[:${cut}]`) === 'error') errors++;
    }
  }
  t.true(errors > 0);
});

test('a 10 MB file', (t) => {
  // One statement line that never ends: the tokenizer walks all of it before failing.
  const huge = `x = '${'a'.repeat(10 * 1024 * 1024)}\n`;
  t.is(parseBoth(huge, '10 MB unterminated string', HUGE_TIME_LIMIT_MS), 'error');
  // An error on the first line, followed by 10 MB of valid statements.
  const tail = 'y = 1\n'.repeat((10 * 1024 * 1024) / 6);
  t.is(parseBoth(`x = (1 2)\n${tail}`, '10 MB after an error', HUGE_TIME_LIMIT_MS), 'error');
});

test('1,000 nested parentheses', (t) => {
  t.is(parseBoth(`x = ${'('.repeat(1000)}1${')'.repeat(1000)}\n`, '1000 parentheses'), 'error');
  t.is(parseBoth(`x = ${'['.repeat(1000)}\n`, '1000 open brackets'), 'error');
});

test('deep nesting without brackets, in the error pass', (t) => {
  for (const source of [`x = ${'-'.repeat(20000)}1 +\n`, `x = ${'not '.repeat(20000)}y +\n`]) {
    const started = Date.now();
    const error = diagnoseSyntaxError(source, 'fuzz.py', tokenize(source, 'fuzz.py'));
    t.true(error instanceof PySyntaxError);
    checkTime(started, TIME_LIMIT_MS, source.slice(0, 12));
  }
});

test('deep nesting without brackets, through parseModule', (t) => {
  // No bracket limit applies to these; CPython reports them as too complex to parse.
  t.is(parseBoth(`x = ${'-'.repeat(20000)}1 +\n`, '20000 unary minus'), 'error');
  t.is(parseBoth(`x = ${'not '.repeat(20000)}y +\n`, "20000 'not'"), 'error');
});

test('a lone surrogate', (t) => {
  t.is(parseBoth('x = \ud800\n', 'surrogate outside a string'), 'error');
  t.is(parseBoth('x = (1 \udc00)\n', 'surrogate in brackets'), 'error');
  // As file bytes (CESU-8 of U+D800) it is invalid UTF-8: the decoder rejects it.
  t.throws(() => decodeSource(new Uint8Array([0x78, 0x3d, 0xed, 0xa0, 0x80, 0x0a]), 'fuzz.py'), { instanceOf: PySyntaxError });
});
