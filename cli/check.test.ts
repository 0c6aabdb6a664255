// pyx check and pyx bisect against a pass that is wrong on purpose (registered in this test
// process only): check must report the difference, bisect must name the exact application.

import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerPass } from '../passes/index.js';
import { runCli } from '../tests/golden/dumps/cases.js';

// Turns every `const 1` of function g into `const 5`: a miscompilation of g only.
registerPass({
  name: 'break-g', description: 'test only: miscompiles g', requires: [], invalidates: [], stats: [],
  run(fn) {
    if (fn.name !== 'g') return false;
    let changed = false;
    for (const block of fn.blocks) for (const instruction of block.instructions) {
      if (instruction.op === 'const' && instruction.attrs.value === 1n) { instruction.attrs.value = 5n; changed = true; }
    }
    return changed;
  },
});

const tmp = mkdtempSync(join(tmpdir(), 'pyx-check-'));
const dir = pathToFileURL(tmp + '/');
writeFileSync(join(tmp, 'prog.py'), 'def f():\n    return 1\n\n\ndef g():\n    return 1 + 1\n\n\nprint(f(), g())\n');
writeFileSync(join(tmp, 'unsupported.py'), 'def f[T](x):\n    pass\n');
test.after.always(() => rmSync(tmp, { recursive: true, force: true }));

test.serial('check: same behaviour under a correct pipeline', async (t) => {
  const result = await runCli(dir, ['check', '--no-isolate', '--passes', 'ssa,sccp,dce', 'prog.py', 'unsupported.py']);
  t.is(result.code, 0, result.stdout);
  t.regex(result.stdout, /^ok {6}prog\.py {2}\(ops \d+ -> \d+\)\n/);
  t.regex(result.stdout, /skipped unsupported\.py \(does not compile at -O0\)\n  pyx: line 1: type parameters are not supported yet\n/);
  t.regex(result.stdout, /1\/1 programs behave the same with ssa,sccp,dce \(1 skipped: they do not compile\)/);
});

test.serial('check: a miscompiling pass is reported with the output diff', async (t) => {
  const result = await runCli(dir, ['check', '--passes', 'ssa,break-g', 'prog.py']);
  t.is(result.code, 1);
  t.is(result.stdout, [
    'DIFFERS prog.py',
    '  --- stdout -O0',
    '  +++ stdout ssa,break-g',
    '  @@ -1,1 +1,1 @@',
    '  -1 2',
    '  +1 10',
    '0/1 programs behave the same with ssa,break-g',
    '',
  ].join('\n'));
});

test.serial('bisect: names the first application that changes the output', async (t) => {
  const result = await runCli(dir, ['bisect', '--passes', 'ssa,break-g', 'prog.py']);
  t.is(result.code, 1);
  // Applications: ssa on functions 0, 1, 2 are 1-3; break-g on 0, 1, 2 are 4-6.
  t.regex(result.stdout, /^first behaviour change: application 6 of 6: pass 'break-g' on function 2 g /);
  t.regex(result.stdout, /\n-  %0 = const 1 @6:11-6:12\n-  %1 = const 1 @6:15-6:16\n\+  %0 = const 5 @6:11-6:12\n\+  %1 = const 5 @6:15-6:16\n/);
  const none = await runCli(dir, ['bisect', '--passes', 'ssa,sccp', 'prog.py']);
  t.is(none.code, 0);
  t.regex(none.stdout, /^no difference: prog\.py behaves the same at -O0 and with ssa,sccp \(6 pass applications\)\n$/);
});

test.serial('check: a run past the time limit is a failure, not a hang', async (t) => {
  writeFileSync(join(tmp, 'forever.py'), 'while True:\n    pass\n');
  const result = await runCli(dir, ['check', '--timeout', '1', '--passes', 'ssa', 'forever.py']);
  t.is(result.code, 1);
  t.regex(result.stdout, /^DIFFERS forever\.py\n[\s\S]*pyx: stopped after 1 s \(time limit\)/);
});
