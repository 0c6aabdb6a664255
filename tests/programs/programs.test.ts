// Runs every tests/programs/NAME.py under pyx's interpreter, all in this one process, and
// compares with CPython 3.13's committed outputs (scripts/gen-program-expected.py): stdout
// byte for byte, the exit status, and stderr: all of it when it holds no traceback (print to
// sys.stderr, sys.exit("message")), else its last line (`ZeroDivisionError: division by zero`). PYX_GC_STRESS=1 collects at every safepoint
// and must change nothing. PYX_PROGRAMS=a,b limits the run to some programs.
//
// The full traceback is CPython 3.13's too (in NAME.stderr, with the file named relative to
// this folder); PYX_STRICT_TRACEBACK=1 compares all of it. It is not the default because
// 3.13's caret lines (`~~~^^^`) are not produced yet.
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from '../../backends/interp/program.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const gcStress = process.env.PYX_GC_STRESS === '1';
const strict = process.env.PYX_STRICT_TRACEBACK === '1';
const only = process.env.PYX_PROGRAMS?.split(',');

/** `# ARGS: a b` among the leading comment lines (the same rule as the generator's, no quoting needed so far). */
function argsOf(source: string): string[] {
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    if (line.startsWith('# ARGS:')) return line.slice('# ARGS:'.length).trim().split(/\s+/).filter((s) => s !== '');
  }
  return [];
}

const lastLine = (text: string) => text.trimEnd().split('\n').pop() ?? '';

const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

test('the corpus is big enough and every program has its expectations', (t) => {
  t.true(names.length >= 170, `${names.length} programs`);
  const missing = names.filter((n) => !existsSync(join(DIR, `${n}.stdout`)) || !existsSync(join(DIR, `${n}.exitcode`)));
  t.deepEqual(missing, []);
});

for (const name of names) {
  if (only && !only.includes(name)) continue;
  // Serial and yielding first: the programs run synchronously, so without a turn of the event
  // loop between them ava hears nothing until all are done and, under GC stress, times out.
  test.serial(`${name}${gcStress ? ' (GC stress)' : ''}`, async (t) => {
    await new Promise((resolve) => setImmediate(resolve));
    const file = `${name}.py`;
    const source = readFileSync(join(DIR, file), 'utf8');
    const expectedOut = readFileSync(join(DIR, `${name}.stdout`), 'utf8');
    const expectedStatus = Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim());
    const errPath = join(DIR, `${name}.stderr`);
    const expectedErr = existsSync(errPath) ? readFileSync(errPath, 'utf8') : '';
    let out = '';
    let err = '';
    const status = runProgram(source, file, [file, ...argsOf(source)], {
      write: (fd, text) => { if (fd === 1) out += text; else err += text; },
      flush: () => undefined,
      readLine: () => null,
      gcStress,
    });
    t.is(out, expectedOut, 'stdout');
    t.is(status, expectedStatus, `exit status (stderr: ${lastLine(err)})`);
    // Without a traceback (exit 0, or sys.exit) stderr is only what the program wrote: all of it
    // must match. With one, the last line (type and message) must.
    if (strict || !expectedErr.startsWith('Traceback')) t.is(err, expectedErr, 'stderr');
    else t.is(lastLine(err), lastLine(expectedErr), 'last line of stderr');
  });
}
