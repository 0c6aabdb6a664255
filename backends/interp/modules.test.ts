// The import system's bookkeeping, which the program folders cannot see from Python: one
// function table for the whole run (each imported module's functions appended and
// renumbered, units recorded), the caller's module left as it was, the script's pipeline
// applied to imported modules, and sys.path as the program starts with it.
import test from 'ava';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lowerSource } from '../../lower/index.js';
import { createRuntime } from '../../runtime/index.js';
import { createInterp, prepareHeap, runModule } from './index.js';
import { PYLIB_DIR, initialSysPath } from './modules.js';
import { runProgram } from './program.js';
import { cachedLowering } from './ir-cache.js';
import { printModule } from '../../ir/print.js';

function program(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyx-modules-')));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function run(dir: string, pipeline = '') {
  const file = join(dir, 'main.py');
  const source = `import helper\nprint(helper.twice(4))\n`;
  const module = lowerSource(source, file);
  const before = module.functions.length;
  const heap = createRuntime();
  prepareHeap(heap);
  let out = '';
  const it = createInterp(module, { source, heap, pipeline, write: (fd, text) => { if (fd === 1) out += text; } });
  runModule(it);
  return { it, out, module, before };
}

const HELPER = 'def twice(n):\n    total = 0\n    for _ in range(2):\n        total += n\n    return total\n';

test('imported functions are appended to one table with their units', (t) => {
  const dir = program({ 'main.py': '', 'helper.py': HELPER });
  const { it, out, module, before } = run(dir);
  t.is(out, '8\n');
  t.is(module.functions.length, before, "the caller's module is not extended");
  t.is(it.units.length, 2);
  const [main, helper] = it.units;
  t.deepEqual([main.name, main.first, main.count], ['__main__', 0, before]);
  t.deepEqual([helper.name, helper.filename, helper.first], ['helper', join(dir, 'helper.py'), before]);
  it.module.functions.forEach((fn, i) => t.is(fn.index, i));
  t.is(it.unitOf.length, it.module.functions.length);
  const twice = it.module.functions.find((fn) => fn.name === 'twice')!;
  t.is(it.unitOf[twice.index], 1);
  t.is(twice.parent, helper.first, 'parent renumbered too');
});

test("the script's pipeline runs on imported modules", (t) => {
  const dir = program({ 'main.py': '', 'helper.py': HELPER });
  const ops = (pipeline: string) => {
    const { it, out } = run(dir, pipeline);
    t.is(out, '8\n');
    const twice = it.module.functions.find((fn) => fn.name === 'twice')!;
    return twice.blocks.flatMap((block) => block.instructions.map((ins) => ins.op));
  };
  t.true(ops('').includes('store_local'));
  const optimized = ops('ssa');
  t.false(optimized.includes('store_local'), 'ssa turned the locals into values');
  t.true(optimized.includes('phi'));
});

test('sys.path starts with the script directory (or the working directory) and pylib/', (t) => {
  const dir = program({ 'main.py': '' });
  t.deepEqual(initialSysPath(join(dir, 'main.py')), [dir, PYLIB_DIR]);
  t.deepEqual(initialSysPath('<string>'), ['', PYLIB_DIR]);
  t.true(PYLIB_DIR.endsWith('/pylib'));
});

test("sys._getframe().f_locals: a function's bound locals, refused under a pipeline", (t) => {
  const dir = program({ 'main.py': '' });
  const source = 'import sys\ndef f(a, b=2):\n    c = a + b\n    return sorted(sys._getframe().f_locals.items())\nprint(f(1))\n';
  const runWith = (pipeline: string) => {
    let out = '';
    let err = '';
    const status = runProgram(source, join(dir, 'main.py'), ['main.py'], {
      write: (fd, text) => { if (fd === 1) out += text; else err += text; }, flush: () => undefined, readLine: () => null, pipeline,
    });
    return { status, out, err };
  };
  t.deepEqual(runWith(''), { status: 0, out: "[('a', 1), ('b', 2), ('c', 3)]\n", err: '' });
  const optimized = runWith('-O2');
  t.is(optimized.status, 1);
  t.regex(optimized.err, /NotImplementedError: frame\.f_locals of a function is not supported by pyx under an optimization pipeline/);
});

test('the IR cache returns what lowering gave, under the importing file name', (t) => {
  const previous = process.env.PYX_CACHE_DIR;
  process.env.PYX_CACHE_DIR = realpathSync(mkdtempSync(join(tmpdir(), 'pyx-ir-cache-')));
  try {
    const source = `def f(x):\n    return [y * 2 for y in x if y]\nprint(f(range(3)), b'\\x00', 10**30, 1j)\n`;
    let lowered = 0;
    const lower = () => { lowered++; return lowerSource(source, 'first.py'); };
    const first = cachedLowering(source, 'first.py', lower);
    const second = cachedLowering(source, 'second.py', lower);
    t.is(lowered, 1, 'the second call is a cache hit');
    t.is(second.filename, 'second.py');
    t.is(printModule({ ...second, filename: 'first.py' }), printModule(first));
    t.is(cachedLowering(`${source}\n`, 'third.py', lower).filename, 'first.py', 'other text: lowered again');
    t.is(lowered, 2);
  } finally {
    if (previous === undefined) delete process.env.PYX_CACHE_DIR;
    else process.env.PYX_CACHE_DIR = previous;
  }
});
