// The runner shared by the feature folders tests/programs-{exceptions,generators,stdlib}/: every
// NAME.py there runs under pyx's interpreter and is compared with CPython 3.13's committed
// outputs (scripts/gen-program-expected.py --dir FOLDER): stdout byte for byte, the exit
// status, and ALL of stderr except CPython's caret lines (`~~~^^^`, which the interpreter does
// not draw yet). PYX_GC_STRESS=1 collects at every safepoint and must change nothing;
// PYX_PROGRAMS=a,b limits the run.
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';

/** stderr without the lines made only of carets and tildes under a source line. */
const withoutCarets = (text: string) => text.split('\n').filter((line) => !/^\s+[~^]+\s*$/.test(line)).join('\n');

/**
 * Declares the tests of one folder. `knownFailing`: programs pyx is known to get wrong, with
 * the reason; ava's test.failing reports them and fails as soon as one passes (then remove it).
 */
export function programFolderSuite(folder: URL, minPrograms: number, knownFailing: ReadonlyMap<string, string> = new Map()): void {
  const dir = fileURLToPath(folder);
  const gcStress = process.env.PYX_GC_STRESS === '1';
  const only = process.env.PYX_PROGRAMS?.split(',');
  const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

  test('every program has its expectations', (t) => {
    t.true(names.length >= minPrograms, `${names.length} programs`);
    t.deepEqual(names.filter((n) => !existsSync(join(dir, `${n}.stdout`)) || !existsSync(join(dir, `${n}.exitcode`))), []);
  });

  for (const name of names) {
    if (only && !only.includes(name)) continue;
    const known = knownFailing.get(name);
    (known === undefined ? test : test.failing)(`${name}${gcStress ? ' (GC stress)' : ''}${known ? ` (known failure: ${known})` : ''}`, (t) => {
      const file = `${name}.py`;
      const source = readFileSync(join(dir, file), 'utf8');
      const errPath = join(dir, `${name}.stderr`);
      let out = '';
      let err = '';
      const status = runProgram(source, file, [file], {
        write: (fd, text) => { if (fd === 1) out += text; else err += text; },
        flush: () => undefined,
        readLine: () => null,
        gcStress,
      });
      t.is(out, readFileSync(join(dir, `${name}.stdout`), 'utf8'), 'stdout');
      t.is(status, Number(readFileSync(join(dir, `${name}.exitcode`), 'utf8').trim()), 'exit status');
      t.is(withoutCarets(err), withoutCarets(existsSync(errPath) ? readFileSync(errPath, 'utf8') : ''), 'stderr');
    });
  }
}
