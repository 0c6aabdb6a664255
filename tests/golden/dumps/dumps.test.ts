// Golden tests of `pyx dump` / `pyx --dump-ir` (cases.txt), plus what goldens cannot say:
// text and JSON dumps read back to the same IR, --dump-dir's file names, the SVG renders,
// the AST stage equals CPython's ast.dump, and bad requests get one clear error line.

import test from 'ava';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJson } from '../../../ir/json.js';
import { parseModule as parseIR } from '../../../ir/parse.js';
import { printModule } from '../../../ir/print.js';
import { verifyModule } from '../../../ir/verify.js';
import { compareGolden, goldenCases, runCli } from './cases.js';

const dir = new URL('./', import.meta.url);

// SVG depends on the Graphviz build: the HTML golden keeps the page, not the drawings.
goldenCases(dir, 'out', (name, stdout) => (name.endsWith('html') ? stdout.replace(/<svg[\s\S]*?<\/svg>/g, '<svg/>') : stdout));

test.serial('text and JSON dumps read back to the same IR, before and after passes', async (t) => {
  for (const extra of [[], ['--passes', 'ssa,sccp,dce']]) {
    const text = (await runCli(dir, ['dump', 'loops.py', ...extra])).stdout;
    const fromText = parseIR(text);
    t.deepEqual(verifyModule(fromText), []);
    t.is(printModule(fromText), text);
    const json = (await runCli(dir, ['dump', 'loops.py', '--format', 'json', ...extra])).stdout;
    t.is(printModule(readJson(json)), text);
    // And the JSON dump is accepted as input to the dump command itself (as `pyx run --ir`).
    const tmp = mkdtempSync(join(tmpdir(), 'pyx-dump-'));
    try {
      const file = join(tmp, 'loops.json');
      (await import('node:fs')).writeFileSync(file, json);
      t.is((await runCli(dir, ['dump', file])).stdout, text);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
});

test.serial('--dump-dir writes one numbered file per stage', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'pyx-dump-dir-'));
  try {
    const result = await runCli(dir, ['--dump-ir=all', 'loops.py', '--passes', 'ssa,sccp,dce', '--dump-dir', tmp]);
    t.is(result.code, 0);
    t.deepEqual(readdirSync(tmp).sort(), ['00-input.ir', '01-after-ssa.ir', '02-after-sccp.ir', '03-after-dce.ir']);
    const last = readFileSync(join(tmp, '03-after-dce.ir'), 'utf8');
    t.is(last, (await runCli(dir, ['dump', 'loops.py', '--passes', 'ssa,sccp,dce'])).stdout);
    const changedDir = join(tmp, 'changed');
    await runCli(dir, ['dump', 'loops.py', '--passes', 'ssa,dce', '--stage', 'changed', '--dump-dir', changedDir, '--format', 'json']);
    const files = readdirSync(changedDir).sort();
    t.true(files.includes('01-after-ssa.json') && files.includes('01-after-ssa.diff'), files.join(' '));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test.serial('SVG smoke test: a CFG renders in-process', async (t) => {
  const result = await runCli(dir, ['dump', 'loops.py', '--format', 'svg', '--function', 'total']);
  t.is(result.code, 0);
  t.regex(result.stdout, /<svg[\s\S]*bb1:[\s\S]*<\/svg>/);
});

test.serial('stage ast is CPython 3.13 ast.dump(indent=2, include_attributes=True)', async (t) => {
  for (const name of ['loops', 'closures']) {
    const result = await runCli(dir, ['dump', `${name}.py`, '--stage', 'ast']);
    // Never rewritten by the update mode: only gen-ast-expected.py (CPython) writes these.
    t.is(result.stdout, readFileSync(new URL(`${name}.ast.cpython`, dir), 'utf8'));
  }
});

test.serial('bad requests: one clear line, usage exit code', async (t) => {
  const cases: [string[], number, RegExp][] = [
    [['dump', 'loops.py', '--stage', 'after:gvn'], 2, /^pyx: pass 'gvn' is not in the pipeline \(empty: give --passes or -O\)\n$/],
    [['dump', 'loops.py', '--stage', 'sideways'], 2, /^pyx: unknown stage 'sideways'/],
    [['dump', 'loops.py', '--function', 'nope'], 2, /^pyx: no function named 'nope'; the module has: <module>, total, report\n$/],
    [['dump', 'loops.py', '--passes', 'ssa,frobnicate'], 2, /^pyx: unknown pass 'frobnicate'/],
    [['dump', 'missing.py'], 2, /^pyx: can't open file 'missing.py': \[Errno 2\] No such file or directory\n$/],
    [['dump', 'loops.py', '--analysis', 'df', '--format', 'dot'], 2, /no graph/],
    [['dump', 'loops.py', '--stage', 'all', '--passes', 'ssa', '--format', 'svg'], 2, /use --dump-dir/],
  ];
  for (const [args, code, message] of cases) {
    const result = await runCli(dir, args);
    t.is(result.code, code, args.join(' '));
    t.regex(result.stderr, message, args.join(' '));
    t.is(result.stdout, '');
  }
});

test.serial('--stats and --time-passes report on stderr, the dump stays on stdout', async (t) => {
  const plain = await runCli(dir, ['dump', 'loops.py', '--passes', 'ssa,dce']);
  const result = await runCli(dir, ['dump', 'loops.py', '--passes', 'ssa,dce', '--stats', '--time-passes']);
  t.is(result.stdout, plain.stdout);
  t.regex(result.stderr, /^ +\d+ ssa +- phis inserted$/m);
  t.regex(result.stderr, /^ +[\d.]+ ms +[\d.]+% {2}dce$/m);
  t.regex(result.stderr, /^ +[\d.]+ ms 100\.0% {2}total\n$/m);
});
