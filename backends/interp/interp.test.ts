// The interpreter against CPython 3.13 on focused cases: argument binding errors, the recursion
// limit, tracebacks through several frames, exit codes. Expectations are CPython's own output
// for `python3.13 -c SOURCE` (testdata/gen-cases.py regenerates testdata/cases.json).
//
// stdout and the exit status are compared exactly; stderr exactly too except for caret lines
// (`~~~^^^`), which pyx does not print yet: they are dropped from CPython's text before comparing,
// so every other line of the traceback (frames, source lines, repeat counts, the error) must match.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from './program.js';

interface Case { source: string; stdout: string; stderr: string; status: number }

const DIR = dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(join(DIR, 'testdata', 'cases.json'), 'utf8')) as Record<string, Case>;
const withoutCarets = (text: string) => text.split('\n').filter((line) => !/^\s+[~^]+\s*$/.test(line)).join('\n');

function run(source: string): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const status = runProgram(source, '<string>', ['-c'], {
    write: (fd, text) => { if (fd === 1) stdout += text; else stderr += text; },
    flush: () => undefined,
    readLine: () => null,
  });
  return { stdout, stderr, status };
}

test('there are cases for each area', (t) => {
  t.true(Object.keys(cases).length >= 20);
});

for (const [name, c] of Object.entries(cases)) {
  test(name, (t) => {
    const r = run(c.source);
    t.is(r.stdout, c.stdout, 'stdout');
    t.is(r.status, c.status, 'exit status');
    t.is(withoutCarets(r.stderr), withoutCarets(c.stderr), 'stderr (caret lines aside)');
  });
}

test('a caret line is only dropped when it holds nothing but markers', (t) => {
  t.is(withoutCarets('  File "x"\n    a ^ b\n    ~~^~~\nE'), '  File "x"\n    a ^ b\nE');
});
