// Two workers run PYTHON functions over the same heap at the same time, each on its own
// objects (python-job.ts), with collections in between and during: round 1 runs both at once,
// then the main thread collects (the workers' module objects are garbage by then), then round
// 2 runs both at once with GC stress on (a stop-the-world collection at every safepoint of
// either worker, so each collection happens while the other worker is mid-function). Every
// result is compared with CPython 3.13's repr (testdata/threads.json, from gen-threads.py).
import test from 'ava';
// First (see python-job.ts): the order modules load decides the natives' numbering.
import { prepareHeap } from './index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRuntime } from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { WorkerPool } from '../../runtime/threads.js';
import { collectGarbage, enterRunning, leaveRunning, setGcStress } from '../../runtime/safepoint.js';
import type { CallPythonArgs } from './python-job.js';

interface Expected { source: string; calls: { func: string; args: number[]; repr: string }[] }
const DIR = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(DIR, 'testdata', 'threads.json'), 'utf8')) as Expected;

test('two workers run Python functions on one heap at once, across collections', async (t) => {
  const heap = createRuntime();
  prepareHeap(heap);
  leaveRunning(heap); // the main thread only waits from here on
  const pool = await WorkerPool.create(heap.memory, { size: 2, jobModules: [new URL('./python-job.ts', import.meta.url).href] });
  try {
    t.not(pool.threadOf(0), pool.threadOf(1));
    const call = (worker: number, i: number) => pool.run<string>(worker, 'call-python', {
      source: expected.source, func: expected.calls[i].func, args: expected.calls[i].args,
    } satisfies CallPythonArgs);

    const [a, b] = await Promise.all([call(0, 0), call(1, 1)]);
    t.is(a, expected.calls[0].repr);
    t.is(b, expected.calls[1].repr);

    enterRunning(heap);
    const before = heap.i32[H.GC_COUNT];
    const stats = collectGarbage(heap);
    t.truthy(stats);
    t.true(stats!.freedObjects > 1000, `the first round's objects were collected (${stats!.freedObjects} freed)`);
    setGcStress(heap, true);
    leaveRunning(heap);

    const [c, d] = await Promise.all([call(0, 2), call(1, 3)]);
    setGcStress(heap, false);
    t.is(c, expected.calls[2].repr);
    t.is(d, expected.calls[3].repr);
    t.true(heap.i32[H.GC_COUNT] - before > 100, `collections during round 2: ${heap.i32[H.GC_COUNT] - before}`);
  } finally {
    await pool.close();
  }
});
