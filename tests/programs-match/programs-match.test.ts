// tests/programs-match/: `match` statements (lower/match.ts, docs/match.md). Every program runs
// under the shared feature-folder runner (tests/programs/folder-suite.ts: stdout, exit status,
// all of stderr but caret lines, against CPython 3.13's committed outputs from
// scripts/gen-program-expected.py --dir tests/programs-match), then through every optimization
// pipeline (-O1, -O2, each pass alone after ssa), which must not change stdout or the status.
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { programFolderSuite } from '../programs/folder-suite.js';
import { runProgram } from '../../backends/interp/program.js';
import { PASSES } from '../../passes/registry.js';

const KNOWN_FAILING = new Map([
  ['bytearray_patterns', 'bytearray is not a builtin of pyx yet'],
]);

programFolderSuite(new URL('.', import.meta.url), 15, KNOWN_FAILING);

const DIR = fileURLToPath(new URL('.', import.meta.url));
const PIPELINES = ['-O1', '-O2', ...PASSES.map((pass) => pass.name).filter((name) => name !== 'ssa').map((name) => `ssa,${name}`)];
const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).filter((n) => !KNOWN_FAILING.has(n)).sort();

test('every pipeline keeps the behaviour of every match program', (t) => {
  const wrong: string[] = [];
  for (const pipeline of PIPELINES) {
    for (const name of names) {
      let out = '';
      const status = runProgram(readFileSync(join(DIR, `${name}.py`), 'utf8'), `${name}.py`, [`${name}.py`], {
        write: (fd, text) => { if (fd === 1) out += text; },
        flush: () => undefined,
        readLine: () => null,
        pipeline,
      });
      const expected = readFileSync(join(DIR, `${name}.stdout`), 'utf8');
      const expectedStatus = Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim());
      if (out !== expected || status !== expectedStatus) wrong.push(`${pipeline}: ${name} (status ${status})`);
    }
  }
  t.deepEqual(wrong, []);
});
