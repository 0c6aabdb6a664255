// Runs every tests/programs-classes/NAME.py (classes and the data model) under pyx's
// interpreter and compares with CPython 3.13's committed outputs
// (scripts/gen-program-expected.py --dir tests/programs-classes): stdout byte for byte, the exit status, and the
// last line of stderr for programs that end with an uncaught exception.
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const gcStress = process.env.PYX_GC_STRESS === '1';
const lastLine = (text: string) => text.trimEnd().split('\n').pop() ?? '';
const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

test('every class program has its expectations', (t) => {
  t.true(names.length >= 5, `${names.length} programs`);
  t.deepEqual(names.filter((n) => !existsSync(join(DIR, `${n}.stdout`)) || !existsSync(join(DIR, `${n}.exitcode`))), []);
});

for (const name of names) {
  test(`${name}${gcStress ? ' (GC stress)' : ''}`, (t) => {
    const file = `${name}.py`;
    const source = readFileSync(join(DIR, file), 'utf8');
    const expectedOut = readFileSync(join(DIR, `${name}.stdout`), 'utf8');
    const expectedStatus = Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim());
    const errPath = join(DIR, `${name}.stderr`);
    const expectedErr = existsSync(errPath) ? readFileSync(errPath, 'utf8') : '';
    let out = '';
    let err = '';
    const status = runProgram(source, file, [file], {
      write: (fd, text) => { if (fd === 1) out += text; else err += text; },
      flush: () => undefined,
      readLine: () => null,
      gcStress,
    });
    t.is(out, expectedOut, 'stdout');
    t.is(status, expectedStatus, `exit status (stderr: ${lastLine(err)})`);
    t.is(lastLine(err), lastLine(expectedErr), 'last line of stderr');
  });
}
