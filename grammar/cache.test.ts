import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from '../ast/dump.js';
import type { Module, mod } from '../ast/nodes.js';
import { ParseCache, defaultCacheDir, grammarHash } from './cache.js';
import { parseModule } from './parse.js';

const position = (lineno: number, col: number, endCol: number) => ({
  lineno,
  col_offset: col,
  end_lineno: lineno,
  end_col_offset: endCol,
});

// Constants of every kind the serialization must keep apart: bigint (beyond 2**53),
// float inf, bytes, complex, Ellipsis, None/bool, and a null optional field.
function sampleTree(): Module {
  const load = { _type: 'Load' } as const;
  const constants = [
    123456789012345678901234567890n,
    Infinity,
    0.5,
    { kind: 'bytes', value: Uint8Array.of(0, 255, 10) },
    { kind: 'complex', imag: 2 },
    { kind: 'ellipsis' },
    null,
    true,
    'é\u{1F600}',
  ] as const;
  return {
    _type: 'Module',
    body: (constants as readonly unknown[]).map((value, index): unknown => ({
      _type: 'Expr',
      value: { _type: 'Constant', value, kind: null, ...position(index + 1, 0, 5) },
      ...position(index + 1, 0, 5),
    })).concat({
      _type: 'Expr',
      value: { _type: 'Name', id: 'x', ctx: load, ...position(10, 0, 1) },
      ...position(10, 0, 1),
    }),
    type_ignores: [],
  } as unknown as Module;
}

function temporaryDir(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'pyx-cache-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a stored tree comes back identical, constants included', (t) => {
  const cache = new ParseCache(temporaryDir(t), '0.0.0-test');
  const tree = sampleTree();
  const warnings = [{ category: 'SyntaxWarning', message: "invalid escape sequence '\\d'", filename: 'f.py', lineno: 3 }] as const;
  let parses = 0;
  const parse = () => (parses++, { tree, warnings });
  const first = cache.parse('source', 'exec', parse);
  const second = cache.parse('source', 'exec', parse);
  t.is(parses, 1);
  t.is(first.tree, tree);
  t.not(second.tree, tree);
  t.deepEqual(second.tree, tree);
  t.deepEqual(second.warnings, warnings);
  t.is(dump(second.tree, { includeAttributes: true }), dump(tree, { includeAttributes: true }));
  t.deepEqual(cache.hits, { hit: 1, miss: 1 });
});

test('the key depends on the source, the mode, the version and the grammar', (t) => {
  const dir = temporaryDir(t);
  const base = new ParseCache(dir, '1.0.0', 'g1');
  const keys = new Set([
    base.key('x = 1\n', 'exec'),
    base.key('x = 2\n', 'exec'),
    base.key('x = 1\n', 'eval'),
    new ParseCache(dir, '1.0.1', 'g1').key('x = 1\n', 'exec'),
    new ParseCache(dir, '1.0.0', 'g2').key('x = 1\n', 'exec'),
  ]);
  t.is(keys.size, 5);
  t.is(base.key('x = 1\n', 'exec'), new ParseCache(dir, '1.0.0', 'g1').key('x = 1\n', 'exec'));
  t.regex(grammarHash(), /^[0-9a-f]{64}$/);
});

test('a corrupt entry is a miss and is rewritten', (t) => {
  const dir = temporaryDir(t);
  const cache = new ParseCache(dir, '1.0.0', 'g');
  const tree = sampleTree();
  cache.parse('s', 'exec', () => ({ tree, warnings: [] }));
  const [entry] = readdirSync(join(dir, 'ast'));
  writeFileSync(join(dir, 'ast', entry), 'not a serialized tree');
  t.is(cache.get(cache.key('s', 'exec')), undefined);
  let parses = 0;
  cache.parse('s', 'exec', () => (parses++, { tree, warnings: [] }));
  t.is(parses, 1);
  t.deepEqual(cache.get(cache.key('s', 'exec'))?.tree, tree);
});

test('an unwritable cache directory only costs speed', (t) => {
  const dir = temporaryDir(t);
  const blocker = join(dir, 'file');
  writeFileSync(blocker, '');
  const cache = new ParseCache(join(blocker, 'cache'), '1.0.0', 'g');
  const tree = sampleTree();
  t.is(cache.parse('s', 'exec', () => ({ tree, warnings: [] })).tree, tree);
  t.is(cache.parse('s', 'exec', () => ({ tree, warnings: [] })).tree, tree);
});

test('PYX_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', (t) => {
  t.is(defaultCacheDir({ PYX_CACHE_DIR: '/a', XDG_CACHE_HOME: '/b' }), '/a');
  t.is(defaultCacheDir({ XDG_CACHE_HOME: '/b' }), join('/b', 'pyx'));
  t.regex(defaultCacheDir({}), /\.cache[/\\]pyx$/);
});

// Real trees from the parser, chosen for their constants: ints beyond 2**64, 1e309 (inf),
// imaginary literals, bytes with every byte value, and a whole stdlib module.
test('real ASTs round-trip through the cache unchanged', (t) => {
  const cache = new ParseCache(temporaryDir(t), '1.0.0', 'g');
  const files = [
    'syntax/numbers-int.py', 'syntax/numbers-float.py', 'syntax/imaginary.py',
    'syntax/string-escapes.py', 'syntax/string-prefixes.py', 'ast/fractions.py',
  ];
  for (const file of files) {
    const source = readFileSync(new URL(`../tests/golden/${file}`, import.meta.url), 'utf8');
    const tree = parseModule(source, file);
    cache.parse(source, 'exec', () => ({ tree, warnings: [] }));
    const loaded = cache.get(cache.key(source, 'exec'))?.tree;
    t.not(loaded, tree, file);
    t.deepEqual(loaded, tree, file);
    t.is(dump(loaded!, { includeAttributes: true }), dump(tree, { includeAttributes: true }), file);
  }
});

test('usage counts the entries and clear removes them', (t) => {
  const dir = temporaryDir(t);
  const cache = new ParseCache(dir, '1.0.0', 'g');
  t.deepEqual(cache.usage(), { entries: 0, bytes: 0 });
  cache.parse('a', 'exec', () => ({ tree: sampleTree(), warnings: [] }));
  cache.parse('b', 'exec', () => ({ tree: sampleTree(), warnings: [] }));
  const usage = cache.usage();
  t.is(usage.entries, 2);
  t.true(usage.bytes > 0);
  // Entries of another pyx version share the directory and are cleared too.
  t.deepEqual(new ParseCache(dir, '2.0.0', 'h').clear(), usage);
  t.deepEqual(cache.usage(), { entries: 0, bytes: 0 });
  t.is(cache.get(cache.key('a', 'exec')), undefined);
});
