// Runs every tests/programs-exceptions/NAME.py under pyx's interpreter and compares with
// CPython 3.13's committed outputs (scripts/gen-program-expected.py --dir tests/programs-exceptions): stdout byte
// for byte, the exit status, and ALL of stderr except CPython's caret lines (`~~~^^^`, which
// the interpreter does not draw yet): every traceback of a chain, its File/source lines and
// the sentences linking them. PYX_GC_STRESS=1 collects at every safepoint and must change
// nothing; PYX_PROGRAMS=a,b limits the run.
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const gcStress = process.env.PYX_GC_STRESS === '1';
const only = process.env.PYX_PROGRAMS?.split(',');

/** stderr without the lines made only of carets and tildes under a source line. */
const withoutCarets = (text: string) => text.split('\n').filter((line) => !/^\s+[~^]+\s*$/.test(line)).join('\n');

/**
 * Programs pyx is known to get wrong, with the reason; ava's test.failing reports them as
 * known failures and fails as soon as one passes (then remove it from here).
 */
const KNOWN_FAILING = new Map<string, string>([]);

const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

test('every program has its expectations', (t) => {
  t.true(names.length >= 15, `${names.length} programs`);
  t.deepEqual(names.filter((n) => !existsSync(join(DIR, `${n}.stdout`)) || !existsSync(join(DIR, `${n}.exitcode`))), []);
});

for (const name of names) {
  if (only && !only.includes(name)) continue;
  const known = KNOWN_FAILING.get(name);
  (known === undefined ? test : test.failing)(`${name}${gcStress ? ' (GC stress)' : ''}${known ? ` (known failure: ${known})` : ''}`, (t) => {
    const file = `${name}.py`;
    const source = readFileSync(join(DIR, file), 'utf8');
    const errPath = join(DIR, `${name}.stderr`);
    let out = '';
    let err = '';
    const status = runProgram(source, file, [file], {
      write: (fd, text) => { if (fd === 1) out += text; else err += text; },
      flush: () => undefined,
      readLine: () => null,
      gcStress,
    });
    t.is(out, readFileSync(join(DIR, `${name}.stdout`), 'utf8'), 'stdout');
    t.is(status, Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim()), 'exit status');
    t.is(withoutCarets(err), withoutCarets(existsSync(errPath) ? readFileSync(errPath, 'utf8') : ''), 'stderr');
  });
}
