// Runs every tests/programs/NAME.py under pyx's interpreter, one after another on ONE worker
// thread with the large stack `pyx run` uses (cli/thread.ts: deep recursion needs it), and
// compares with CPython 3.13's committed outputs (scripts/gen-program-expected.py): stdout
// byte for byte, the exit status, and stderr: all of it when it holds no traceback (print to
// sys.stderr, sys.exit("message")), else its last line (`ZeroDivisionError: division by zero`). PYX_GC_STRESS=1 collects at every safepoint
// and must change nothing. PYX_PROGRAMS=a,b limits the run to some programs.
//
// The full traceback is CPython 3.13's too (in NAME.stderr, with the file named relative to
// this folder), caret lines (`~~~^^^`) included, and all of it is compared;
// PYX_STRICT_TRACEBACK=0 compares only its last line (type and message).
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIR, KNOWN_FAILING, names, runAll } from './corpus.js';

const gcStress = process.env.PYX_GC_STRESS === '1';
const strict = process.env.PYX_STRICT_TRACEBACK !== '0';
const only = process.env.PYX_PROGRAMS?.split(',');

const lastLine = (text: string) => text.trimEnd().split('\n').pop() ?? '';


test('the corpus is big enough and every program has its expectations', (t) => {
  t.true(names.length >= 170, `${names.length} programs`);
  const missing = names.filter((n) => !existsSync(join(DIR, `${n}.stdout`)) || !existsSync(join(DIR, `${n}.exitcode`)));
  t.deepEqual(missing, []);
});

const selected = names.filter((name) => !only || only.includes(name));

const outcomes = runAll(selected, { gcStress });

for (const name of selected) {
  // Serial and yielding first: the programs run synchronously, so without a turn of the event
  // loop between them ava hears nothing until all are done and, under GC stress, times out.
  const declare = name in KNOWN_FAILING ? test.failing : test;
  declare(`${name}${gcStress ? ' (GC stress)' : ''}${name in KNOWN_FAILING ? ` — known: ${KNOWN_FAILING[name]}` : ''}`, async (t) => {
    const expectedOut = readFileSync(join(DIR, `${name}.stdout`), 'utf8');
    const expectedStatus = Number(readFileSync(join(DIR, `${name}.exitcode`), 'utf8').trim());
    const errPath = join(DIR, `${name}.stderr`);
    const expectedErr = existsSync(errPath) ? readFileSync(errPath, 'utf8') : '';
    const { out, err, status } = await outcomes.get(name)!;
    t.is(out, expectedOut, 'stdout');
    t.is(status, expectedStatus, `exit status (stderr: ${lastLine(err)})`);
    // Without a traceback (exit 0, or sys.exit) stderr is only what the program wrote: all of it
    // must match. With one, the last line (type and message) must.
    if (strict || !expectedErr.startsWith('Traceback')) t.is(err, expectedErr, 'stderr');
    else t.is(lastLine(err), lastLine(expectedErr), 'last line of stderr');
  });
}
