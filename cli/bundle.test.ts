// The installed command, bin/pyx.js, runs the one-file build (dist/pyx.cjs with its V8 code
// cache; scripts/bundle.mjs, cli/bundle-loader.ts). `npm test` builds it first. These run
// corpus programs through it and compare with CPython 3.13's committed outputs: what the
// bundle could break is finding files beside the modules (the grammar, pylib/, a package's
// own modules), on-demand packages (SVG through @viz-js/viz) and error paths.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pyx = join(root, 'bin', 'pyx.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [pyx, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function expected(dir: string, name: string) {
  const read = (ext: string) => { try { return readFileSync(join(root, dir, `${name}.${ext}`), 'utf8'); } catch { return ''; } };
  return { stdout: read('stdout'), status: Number(read('exitcode').trim() || '0') };
}

test('the bundle is built and newer than the compiled tree (npm run build)', (t) => {
  const bundle = statSync(join(root, 'dist', 'pyx.cjs')).mtimeMs;
  t.true(bundle >= statSync(join(root, 'dist', 'cli', 'main.js')).mtimeMs);
  t.true(statSync(join(root, 'dist', 'pyx.cjs.cache')).size > 0);
});

for (const [dir, name] of [['tests/programs', 'anagrams'], ['tests/programs-stdlib', 'bisect_basic'], ['tests/programs-pylib', 'dataclasses_frozen']] as const) {
  test(`bin/pyx.js runs ${dir}/${name}.py as CPython does`, (t) => {
    const want = expected(dir, name);
    const got = run(['run', join(dir, `${name}.py`)]);
    t.is(got.stdout, want.stdout, got.stderr);
    t.is(got.status, want.status);
  });
}

test('bin/pyx.js runs a package of the program (modules found beside the script)', (t) => {
  const dir = 'tests/programs-modules/basic_module';
  const want = expected('tests/programs-modules', 'basic_module');
  const got = run(['run', 'main.py'], join(root, dir));
  // As tests/programs-modules does: paths lose the program directory's prefix on both sides.
  t.is(got.stdout.split(`${join(root, dir)}/`).join(''), want.stdout, got.stderr);
  t.is(got.status, want.status);
});

test('bin/pyx.js: an uncaught exception and a syntax error exit 1 with Python messages', (t) => {
  const raised = run(['run', '-c', 'print("before")\n1/0']);
  t.is(raised.stdout, 'before\n');
  t.is(raised.status, 1);
  t.regex(raised.stderr, /^Traceback \(most recent call last\):\n {2}File "<string>", line 2, in <module>\n[^]*ZeroDivisionError: division by zero\n$/);
  const bad = run(['run', '-c', 'x = (']);
  t.is(bad.status, 1);
  t.regex(bad.stderr, /SyntaxError: '\(' was never closed\n$/);
});

test('bin/pyx.js draws SVG through @viz-js/viz (a package loaded on demand)', (t) => {
  const got = run(['--dump-ir=ir', '--format', 'svg', 'tests/programs/anagrams.py']);
  t.is(got.status, 0, got.stderr);
  t.regex(got.stdout, /<svg[^]*<\/svg>/);
});
