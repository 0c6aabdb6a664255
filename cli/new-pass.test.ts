// pyx new-pass scaffolds into a throw-away copy of passes/ (the other source directories
// linked), never the real registry; the scaffolded pass must then load, be registered, run
// in a pipeline with the verifier on, and reproduce its own golden expectation.

import test from 'ava';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printModule } from '../ir/print.js';
import { lowerSource } from '../lower/index.js';
import { runCli } from '../tests/golden/dumps/cases.js';
import { camelCase, register } from './new-pass.js';

const root = fileURLToPath(new URL('../', import.meta.url));

test('register: adds the import after the last one and appends to PASSES', (t) => {
  const registry = "import type { Pass } from './pass.js';\nimport { dce } from './dce.js';\n\nexport const PASSES: readonly Pass[] = [dce];\n";
  t.is(register(registry, 'strength-reduce', camelCase('strength-reduce')),
    "import type { Pass } from './pass.js';\nimport { dce } from './dce.js';\nimport { strengthReduce } from './strength-reduce.js';\n\nexport const PASSES: readonly Pass[] = [dce, strengthReduce];\n");
  t.is(register('no list here', 'x', 'x'), null);
});

test.serial('new-pass scaffolds a pass that registers, runs and matches its golden', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'pyx-new-pass-'));
  try {
    for (const entry of readdirSync(root)) {
      if (['passes', 'tests', '.git', 'dist'].includes(entry)) continue;
      symlinkSync(join(root, entry), join(tmp, entry));
    }
    mkdirSync(join(tmp, 'passes'));
    for (const file of readdirSync(join(root, 'passes')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      cpSync(join(root, 'passes', file), join(tmp, 'passes', file));
    }
    const result = await runCli(pathToFileURL(root + '/'), ['new-pass', 'count-things', '--root', tmp]);
    t.is(result.stderr, '');
    t.is(result.code, 0);
    t.true(existsSync(join(tmp, 'passes', 'count-things.ts')));
    const golden = join(tmp, 'tests', 'golden', 'passes', 'count-things');
    const example = readFileSync(join(golden, 'example.py'), 'utf8');
    t.is(example.split('\n')[0], '# ARGS: --passes ssa,count-things');

    const manager = await import(pathToFileURL(join(tmp, 'passes', 'index.ts')).href);
    t.true(manager.listPasses().some((pass: { name: string }) => pass.name === 'count-things'));
    const module = lowerSource(example, 'example.py');
    const run = manager.runPipeline(module, 'ssa,count-things', { verify: true });
    t.is(printModule(module), readFileSync(join(golden, 'example.expected'), 'utf8'));
    t.true(run.passes[1].stats['instructions visited'] > 0);

    const again = await runCli(pathToFileURL(root + '/'), ['new-pass', 'count-things', '--root', tmp]);
    t.is(again.code, 2);
    t.regex(again.stderr, /already exists/);
    const bad = await runCli(pathToFileURL(root + '/'), ['new-pass', 'Bad_Name', '--root', tmp]);
    t.is(bad.code, 2);
    t.regex(bad.stderr, /not a kebab-case name/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
