// Lowering goldens: every tests/golden/lower/NAME.py is parsed by pyx, lowered, verified,
// printed and compared with NAME.ir. A program pyx cannot compile yet expects
// `error: <message>`. The printed IR must also survive text and JSON round trips.
// Update mode rewrites the .ir files (read every diff before committing):
//   PYX_UPDATE=1 npx ava tests/golden/lower/golden.test.ts     (or: ... -- --update)

import test from 'ava';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseModule as parsePython } from '../../../grammar/parse.js';
import { readJson, writeJson } from '../../../ir/json.js';
import { parseModule } from '../../../ir/parse.js';
import { printModule } from '../../../ir/print.js';
import { verifyModule } from '../../../ir/verify.js';
import { lowerModule, UnsupportedFeatureError } from '../../../lower/index.js';

const dir = new URL('./', import.meta.url);
const update = process.env.PYX_UPDATE === '1' || process.argv.includes('--update');

for (const file of readdirSync(dir).filter((name) => name.endsWith('.py')).sort()) {
  const stem = file.slice(0, -3);
  test(`lower/${stem}`, (t) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    let actual: string;
    try {
      const module = lowerModule(parsePython(source, file), { filename: file, source });
      t.deepEqual(verifyModule(module), [], 'lowered IR verifies');
      actual = printModule(module);
      t.is(printModule(parseModule(actual)), actual, 'text round trip');
      t.is(printModule(readJson(writeJson(module))), actual, 'JSON round trip');
    } catch (error) {
      if (!(error instanceof UnsupportedFeatureError)) throw error;
      actual = `error: ${error.message}\n`;
    }
    const expectedUrl = new URL(`${stem}.ir`, dir);
    if (update) {
      writeFileSync(expectedUrl, actual);
      t.pass();
      return;
    }
    t.true(existsSync(expectedUrl), `no ${stem}.ir: run with PYX_UPDATE=1 and read the diff`);
    t.is(actual, readFileSync(expectedUrl, 'utf8'));
  });
}
