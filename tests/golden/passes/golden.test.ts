// Pass goldens: every tests/golden/passes/PASS/NAME.ir (hand-written IR) or NAME.py (Python,
// lowered by pyx) whose first line is `; ARGS: --passes P` (`# ARGS: ...` in .py files) is
// run through pipeline P with the verifier after every pass, printed, and compared with
// NAME.expected (the printed IR, itself valid IR input: it must parse back to the same
// text). `--types` in ARGS prints type-infer's annotations as comments.
// Update mode rewrites the .expected files (read every diff before committing):
//   PYX_UPDATE=1 npx ava tests/golden/passes/golden.test.ts     (or: ... -- --update)

import test from 'ava';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { parseModule } from '../../../ir/parse.js';
import { printModule } from '../../../ir/print.js';
import { lowerSource } from '../../../lower/index.js';
import { runPipeline } from '../../../passes/index.js';
import { printModuleWithTypes } from '../../../passes/type-infer.js';

const dir = new URL('./', import.meta.url);
const update = process.env.PYX_UPDATE === '1' || process.argv.includes('--update');

/** `--passes P` and flags from the ARGS line; a golden without one is a mistake. */
function parseArgs(firstLine: string, file: string): { passes: string; types: boolean } {
  const match = /^[;#] ARGS: (.*)$/.exec(firstLine);
  if (match === null) throw new Error(`${file}: first line must be '; ARGS: --passes P' ('# ARGS: ...' in .py)`);
  const words = match[1].trim().split(/\s+/);
  const at = words.indexOf('--passes');
  if (at < 0 || words[at + 1] === undefined) throw new Error(`${file}: ARGS has no --passes`);
  return { passes: words[at + 1], types: words.includes('--types') };
}

for (const pass of readdirSync(dir).filter((name) => statSync(new URL(name, dir)).isDirectory()).sort()) {
  const passDir = new URL(`${pass}/`, dir);
  // gen-*.py are generator scripts kept beside their data (sccp/gen-fold-table.py), not goldens.
  for (const file of readdirSync(passDir).filter((name) => (name.endsWith('.ir') || name.endsWith('.py')) && !name.startsWith('gen-')).sort()) {
    const stem = file.replace(/\.(ir|py)$/, '');
    test(`passes/${pass}/${stem}`, (t) => {
      const source = readFileSync(new URL(file, passDir), 'utf8');
      const args = parseArgs(source.split('\n', 1)[0], file);
      const module = file.endsWith('.py') ? lowerSource(source, file) : parseModule(source);
      runPipeline(module, args.passes, { verify: true });
      const actual = args.types ? printModuleWithTypes(module) : printModule(module);
      t.is(printModule(parseModule(actual)), printModule(module), 'the result is valid IR text');
      const expectedUrl = new URL(`${stem}.expected`, passDir);
      if (update) {
        writeFileSync(expectedUrl, actual);
        t.pass();
        return;
      }
      t.true(existsSync(expectedUrl), `no ${pass}/${stem}.expected: run with PYX_UPDATE=1 and read the diff`);
      t.is(actual, readFileSync(expectedUrl, 'utf8'));
    });
  }
}
