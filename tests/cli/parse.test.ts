// `pyx parse` and the CLI root, end to end: each test spawns the CLI as a user would.
// The CLI runs from the TypeScript sources (node --import tsx cli/entry.ts, the same code
// bin/pyx.js runs once compiled), so these tests never see a stale dist/.
// Expected outputs are CPython 3.13's (tests/cli/expected/, scripts/gen-golden-ast.py).

import test from 'ava';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const root = fileURLToPath(new URL('../../', import.meta.url));
const expectedDir = join(root, 'tests', 'cli', 'expected');
const expected = (name: string) => readFileSync(join(expectedDir, name), 'utf8');

// The cache every run uses unless a test names its own: empty at the start, so each test
// really parses, and removed at the end, so no run leaves files behind.
const sharedCache = mkdtempSync(join(tmpdir(), 'pyx-cli-test-'));
test.after.always(() => rmSync(sharedCache, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function pyx(args: string[], options: { stdin?: Uint8Array | string; cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cli', 'entry.ts'), ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, PYX_CACHE_DIR: sharedCache, ...options.env },
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}

test('--version prints package.json version', async (t) => {
  const run = await pyx(['--version']);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  t.is(run.stdout, `${pkg.version}\n`);
  t.is(run.code, 0);
});

test('--help lists the parse command', async (t) => {
  const run = await pyx(['--help']);
  t.regex(run.stdout, /pyx parse <file>/);
  t.is(run.code, 0);
});

test('no command, an unknown command or an unknown option: usage on stderr, exit 2', async (t) => {
  for (const args of [[], ['frobnicate'], ['parse', '--frobnicate', 'examples/hello.py']]) {
    const run = await pyx(args);
    t.is(run.code, 2, args.join(' '));
    t.is(run.stdout, '');
    t.regex(run.stderr, /Usage|pyx parse <file>/);
    t.regex(run.stderr, /\npyx: (Unknown argument|Name a command)/);
  }
});

test('a missing file: CPython-style message, exit 2', async (t) => {
  const run = await pyx(['parse', 'no/such/file.py']);
  t.is(run.stderr, "pyx: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n");
  t.is(run.code, 2);
});

test('parse prints ast.dump(ast.parse(src)) with each ast.dump option', async (t) => {
  const cases: [string[], string][] = [
    [[], 'hello.dump'],
    [['--indent', '2', '--include-attributes'], 'hello.indent2.attrs.dump'],
    [['-i', '\t'], 'hello.tab-indent.dump'],
    [['--no-annotate-fields'], 'hello.positional.dump'],
    [['--show-empty'], 'hello.show-empty.dump'],
  ];
  for (const [flags, name] of cases) {
    const run = await pyx(['parse', 'examples/hello.py', '--no-cache', ...flags]);
    t.is(run.stdout, expected(name), name);
    t.is(run.code, 0);
  }
});

test('- reads stdin', async (t) => {
  const run = await pyx(['parse', '-'], { stdin: readFileSync(join(root, 'examples', 'hello.py')) });
  t.is(run.stdout, expected('hello.dump'));
  t.is(run.code, 0);
});

test('--mode eval parses an expression as ast.parse(src, mode="eval")', async (t) => {
  const run = await pyx(['parse', '--mode', 'eval', '-a', '-'], { stdin: readFileSync(join(expectedDir, 'eval-input.txt')) });
  t.is(run.stdout, expected('eval.attrs.dump'));
  t.is(run.code, 0);
});

test('a large dump piped to stdout arrives whole', async (t) => {
  const golden = join(root, 'tests', 'golden', 'ast');
  const run = await pyx(['parse', '--no-cache', join(golden, 'dataclasses.py')]);
  t.is(run.stdout.length, readFileSync(join(golden, 'dataclasses.dump'), 'utf8').length);
  t.is(run.code, 0);
});

test('a reader that stops early (| head) ends pyx quietly with the SIGPIPE status', async (t) => {
  const file = join(root, 'tests', 'golden', 'ast', 'dataclasses.py');
  // Far more output than a pipe buffers, so pyx is still writing when the reader leaves.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cli', 'entry.ts'), 'parse', '--no-cache', '-a', '-i', '1', file], {
    cwd: root,
  });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  t.is(Buffer.concat(stderr).toString('utf8'), '');
  t.is(code, 141);
});

test('SyntaxWarnings go to stderr as CPython prints them, from a cached parse too', async (t) => {
  const dir = join(expectedDir, 'warnings');
  const env = { PYX_CACHE_DIR: mkdtempSync(join(tmpdir(), 'pyx-cli-warnings-')) };
  t.teardown(() => rmSync(env.PYX_CACHE_DIR, { recursive: true, force: true }));
  for (const run of [await pyx(['parse', 'escapes.py'], { cwd: dir, env }), await pyx(['parse', 'escapes.py'], { cwd: dir, env })]) {
    t.is(run.stderr, readFileSync(join(dir, 'escapes.stderr'), 'utf8'));
    t.is(run.code, 0);
  }
  t.is(readdirSync(join(env.PYX_CACHE_DIR, 'ast')).length, 1);
});

test('input nested too deeply: one clear line, exit 1, no JavaScript stack', async (t) => {
  // CPython 3.13: "MemoryError: Parser stack overflowed - Python source too complex to parse";
  // pyx names the limit it hit (its JS stack) or CPython's error, always on one line.
  const run = await pyx(['parse', '--no-cache', '-'], { stdin: `x = ${'-'.repeat(20000)}1\n` });
  t.regex(run.stderr, /^(MemoryError|RecursionError|pyx: line 1): [^\n]+\n$/);
  t.is(run.stdout, '');
  t.is(run.code, 1);
});

// Syntax errors, invalid UTF-8 among them (a SyntaxError in CPython too, never a crash).
for (const name of readdirSync(expectedDir).filter((file) => file.endsWith('.py'))) {
  test(`syntax error ${name}: CPython's stderr, exit 1`, async (t) => {
    const run = await pyx(['parse', name], { cwd: expectedDir });
    t.is(run.stderr, expected(name.replace(/\.py$/, '.stderr')));
    t.is(run.stdout, '');
    t.is(run.code, 1);
  });
}

test('the cache is filled on the first run and used on the second; --no-cache bypasses it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'pyx-cli-cache-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const env = { PYX_CACHE_DIR: dir };
  await pyx(['parse', '--no-cache', 'examples/hello.py'], { env });
  t.deepEqual(readdirSync(dir), []);
  const first = await pyx(['parse', 'examples/hello.py'], { env });
  t.is(first.stdout, expected('hello.dump'));
  const entries = readdirSync(join(dir, 'ast'));
  t.is(entries.length, 1);
  // Rename the function inside the stored tree: only a run that reads the cache prints it.
  const entry = join(dir, 'ast', entries[0]);
  const stored = deserialize(readFileSync(entry)) as { tree: { body: { name?: string }[] } };
  stored.tree.body[0].name = 'renamed_by_test';
  writeFileSync(entry, serialize(stored));
  const second = await pyx(['parse', 'examples/hello.py'], { env });
  t.is(second.stdout, expected('hello.dump').replace("name='greet'", "name='renamed_by_test'"));
  const bypass = await pyx(['parse', '--no-cache', 'examples/hello.py'], { env });
  t.is(bypass.stdout, expected('hello.dump'));
  t.regex((await pyx(['cache'], { env })).stdout, /: 1 entry, \d+\.\d MB\n$/);
  t.regex((await pyx(['cache', 'clear'], { env })).stdout, /^removed 1 entry \(\d+\.\d MB\) from /);
  t.deepEqual(readdirSync(join(dir, 'ast')), []);
});
