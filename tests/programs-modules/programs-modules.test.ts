// tests/programs-modules/: programs made of several files. Each NAME/ holds main.py and the
// modules and packages it imports; pyx runs NAME/main.py (by its absolute path, as `pyx run`
// names a script) at -O0 and -O2, and its stdout, exit status and stderr must be CPython
// 3.13's (scripts/gen-module-programs-expected.py), with the program directory's prefix
// removed from paths on both sides and CPython's caret lines (`~~~^^^`) left out of stderr,
// as tests/programs/folder-suite.ts does. PYX_GC_STRESS=1 collects at every safepoint;
// PYX_PROGRAMS=a,b limits the run.
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const gcStress = process.env.PYX_GC_STRESS === '1';
const only = process.env.PYX_PROGRAMS?.split(',');
const names = readdirSync(DIR).filter((n) => existsSync(join(DIR, n, 'main.py'))).sort();

/** stderr without the lines made only of carets and tildes under a source line. */
const withoutCarets = (text: string) => text.split('\n').filter((line) => !/^\s+[~^]+\s*$/.test(line)).join('\n');

test('at least 12 programs, each with its expectations', (t) => {
  t.true(names.length >= 12, `${names.length} programs`);
  t.deepEqual(names.filter((n) => !existsSync(join(DIR, `${n}.stdout`)) || !existsSync(join(DIR, `${n}.exitcode`))), []);
});

for (const name of names) {
  if (only && !only.includes(name)) continue;
  for (const pipeline of ['', '-O2']) {
    test(`${name}${pipeline === '' ? '' : ` ${pipeline}`}${gcStress ? ' (GC stress)' : ''}`, (t) => {
      const program = join(DIR, name);
      const main = join(program, 'main.py');
      const strip = (text: string) => text.split(`${program}/`).join('');
      let out = '';
      let err = '';
      const status = runProgram(readFileSync(main, 'utf8'), main, ['main.py'], {
        write: (fd, text) => { if (fd === 1) out += text; else err += text; },
        flush: () => undefined,
        readLine: () => null,
        gcStress,
        pipeline,
      });
      const errPath = join(DIR, `${name}.stderr`);
      t.is(strip(out), readFileSync(join(DIR, `${name}.stdout`), 'utf8'), 'stdout');
      t.is(status, Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim()), 'exit status');
      t.is(withoutCarets(strip(err)), withoutCarets(existsSync(errPath) ? readFileSync(errPath, 'utf8') : ''), 'stderr');
    });
  }
}
