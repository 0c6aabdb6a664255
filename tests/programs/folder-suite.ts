// The runner shared by the feature folders tests/programs-{exceptions,generators,stdlib}/: every
// NAME.py there runs under pyx's interpreter and is compared with CPython 3.13's committed
// outputs (scripts/gen-program-expected.py --dir FOLDER): stdout byte for byte, the exit
// status, and ALL of stderr, caret lines (`~~~^^^`) included (PYX_STRICT_TRACEBACK=0 leaves
// the caret lines out of the comparison). PYX_GC_STRESS=1 collects at every safepoint and must change nothing;
// PYX_PROGRAMS=a,b limits the run. Then every program that passes unoptimized runs through
// each optimization pipeline of `pipelines` (default: -O2), which must keep stdout and the
// exit status (the IR is verified after every pass).
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';
import { PASSES } from '../../passes/registry.js';

/** -O1, -O2 and each pass alone after ssa: the matrix issue 4 asks of tests/programs/. */
export const ALL_PIPELINES = ['-O1', '-O2', ...PASSES.map((pass) => pass.name).filter((name) => name !== 'ssa').map((name) => `ssa,${name}`)];

/** stderr without the lines made only of carets and tildes under a source line (PYX_STRICT_TRACEBACK=0). */
const withoutCarets = (text: string) => process.env.PYX_STRICT_TRACEBACK === '0' ? text.split('\n').filter((line) => !/^\s+[~^]+\s*$/.test(line)).join('\n') : text;
/** unittest's `Ran N tests in 0.002s`: the time is the one thing two runs never agree on. */
const withoutTimings = (text: string) => text.replace(/^(Ran \d+ tests? in )\d+\.\d+s$/gm, '$1<time>s');

/**
 * Declares the tests of one folder. `knownFailing`: programs pyx is known to get wrong, with
 * the reason; ava's test.failing reports them and fails as soon as one passes (then remove it).
 */
export function programFolderSuite(folder: URL, minPrograms: number, knownFailing: ReadonlyMap<string, string> = new Map(), pipelines: readonly string[] = ['-O2']): void {
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
      const status = runProgram(source, join(dir, file), [file], {
        write: (fd, text) => { if (fd === 1) out += text; else err += text; },
        flush: () => undefined,
        readLine: () => null,
        gcStress,
      });
      err = err.split(join(dir, file)).join(file); // tracebacks name the script as `pyx run NAME.py` there does
      t.is(out, readFileSync(join(dir, `${name}.stdout`), 'utf8'), 'stdout');
      t.is(status, Number(readFileSync(join(dir, `${name}.exitcode`), 'utf8').trim()), 'exit status');
      t.is(withoutTimings(withoutCarets(err)), withoutTimings(withoutCarets(existsSync(errPath) ? readFileSync(errPath, 'utf8') : '')), 'stderr');
    });
  }

  if (gcStress) return; // the stress run checks the unoptimized IR only
  test('every optimization pipeline keeps every program\'s behaviour', (t) => {
    const wrong: string[] = [];
    for (const pipeline of pipelines) {
      for (const name of names) {
        if ((only && !only.includes(name)) || knownFailing.has(name)) continue;
        let out = '';
        const status = runProgram(readFileSync(join(dir, `${name}.py`), 'utf8'), join(dir, `${name}.py`), [`${name}.py`], {
          write: (fd, text) => { if (fd === 1) out += text; },
          flush: () => undefined,
          readLine: () => null,
          pipeline,
        });
        const expectedStatus = Number(readFileSync(join(dir, `${name}.exitcode`), 'utf8').trim());
        if (out !== readFileSync(join(dir, `${name}.stdout`), 'utf8') || status !== expectedStatus) wrong.push(`${pipeline}: ${name} (status ${status})`);
      }
    }
    t.deepEqual(wrong, []);
  });
}
