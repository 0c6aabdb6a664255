// Shows where pyx's output departs from CPython's for some programs of this folder, in one
// process (in order, as programs.test.ts runs them, so state leaking between runs shows too):
//   node --import tsx tests/programs/show-diff.ts NAME [NAME...]
// Prints the exit status against the expected one, the last stderr line, and the first four
// differing stdout lines.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';

const DIR = dirname(fileURLToPath(import.meta.url));
for (const name of process.argv.slice(2)) {
  const file = `${name}.py`;
  const source = readFileSync(join(DIR, file), 'utf8');
  const expected = readFileSync(join(DIR, `${name}.stdout`), 'utf8');
  const wantStatus = readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim();
  const wantErr = existsSync(join(DIR, `${name}.stderr`)) ? readFileSync(join(DIR, `${name}.stderr`), 'utf8').trimEnd().split('\n').pop() : '';
  let out = '';
  let err = '';
  let status: number;
  const args = source.split('\n').find((l) => l.startsWith('# ARGS:'))?.slice(7).trim().split(/\s+/) ?? [];
  try {
    status = runProgram(source, file, [file, ...args], { write: (fd, t) => { if (fd === 1) out += t; else err += t; }, flush: () => undefined, readLine: () => null });
  } catch (e) {
    status = -1;
    err += `internal error: ${(e as Error).stack ?? String(e)}`;
  }
  const got = out.split('\n');
  const want = expected.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(got.length, want.length) && diffs.length < 4; i++) {
    if (got[i] !== want[i]) diffs.push(`  line ${i + 1}\n    pyx:     ${got[i] ?? '<none>'}\n    CPython: ${want[i] ?? '<none>'}`);
  }
  console.log(`${name}: status ${status} (CPython ${wantStatus}); stderr: ${err.trimEnd().split('\n').pop() ?? ''}${wantErr ? ` (CPython: ${wantErr})` : ''}`);
  if (diffs.length) console.log(diffs.join('\n'));
}
