// `pyx run --ir`: a JSON or text dump, after any pipeline, runs and prints what CPython 3.13
// printed for the source (tests/programs/*.stdout come from CPython).

import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../tests/golden/dumps/cases.js';

const root = pathToFileURL(join(import.meta.dirname, '..') + '/');
const tmp = mkdtempSync(join(tmpdir(), 'pyx-run-ir-'));
test.after.always(() => rmSync(tmp, { recursive: true, force: true }));

for (const program of ['fizzbuzz', 'collatz']) {
  for (const [format, extension] of [['json', 'json'], ['text', 'ir']]) {
    test.serial(`${program}: dump -O2 --format ${format}, then run --ir`, async (t) => {
      const dumped = await runCli(root, ['dump', `tests/programs/${program}.py`, '-O2', '--format', format]);
      t.is(dumped.code, 0, dumped.stderr);
      const file = join(tmp, `${program}.${extension}`);
      writeFileSync(file, dumped.stdout);
      const result = await runCli(root, ['run', '--ir', file]);
      t.is(result.stdout, readFileSync(new URL(`tests/programs/${program}.stdout`, root), 'utf8'));
      t.is(result.code, 0);
    });
  }
}

test.serial('run --ir rejects invalid IR with the verifier\'s message', async (t) => {
  const file = join(tmp, 'bad.json');
  writeFileSync(file, '{"format": "pyx-ir", "version": 1, "filename": "x.py", "functions": []}');
  const result = await runCli(root, ['run', '--ir', file]);
  t.is(result.code, 1);
  t.regex(result.stderr, /^pyx run --ir: .*bad\.json is not valid IR:\n {2}\S/);
  t.is(result.stdout, '');
});
