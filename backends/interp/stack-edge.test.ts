// A program whose recursions end at the JS stack's edge (testdata/stack-edge.py: dunders
// called from native code that recurse into themselves, under a few levels of native calls)
// run at several JS stack sizes, so that the overflow lands at different points of a call:
// between pushing a callee's frame and entering it, say. Every run must print what CPython
// 3.13 prints (testdata/stack-edge.stdout, from `python3.13 testdata/stack-edge.py`): a
// RecursionError leaves runFrame's frames and depth count exact (call.ts, settle).
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const program = fileURLToPath(new URL('./testdata/stack-edge.py', import.meta.url));
const expected = readFileSync(new URL('./testdata/stack-edge.stdout', import.meta.url), 'utf8');
const runner = `
import { readFileSync } from 'node:fs';
import { runProgram } from ${JSON.stringify(fileURLToPath(new URL('./program.ts', import.meta.url)))};
const file = process.argv[1];
let out = '';
const status = runProgram(readFileSync(file, 'utf8'), file, [file], {
  write: (fd, text) => { if (fd === 1) out += text; else process.stderr.write(text); },
  flush: () => undefined, readLine: () => null });
process.stdout.write(out);
process.exitCode = status;
`;

for (const kb of [300, 450, 600, 750, 850, 984]) {
  test(`--stack-size=${kb}: the output is CPython's`, (t) => {
    const out = execFileSync(process.execPath, [`--stack-size=${kb}`, '--import', 'tsx', '--input-type=module', '-e', runner, program],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    t.is(out, expected);
  });
}
