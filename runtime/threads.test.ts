// THE test of issue 3: two workers doing real work over the same heap at the same time, each on
// its own objects, with a stop-the-world collection in the middle, and both results right.
import test from 'ava';
import { createRuntime } from './runtime.js';
import { collectGarbage, enterRunning, leaveRunning, setGcStress } from './safepoint.js';
import { listAppend, listGet, newList } from './sequence.js';
import { intFromBigInt } from './int.js';
import { newDict } from './dict.js';
import { handleGet, pushHandle } from './gc.js';
import { toPtr } from './value.js';
import { display } from './convert.js';
import { WorkerPool } from './threads.js';
import { H, T, THREADS_BASE, THREAD_RECORD_BYTES } from './heap.js';
import { bigItem, floatItem, strItem, type BuildAndSumResult } from './test-jobs.js';

test('two workers build and sum big ints, floats and strings on one heap across a collection', async (t) => {
  // growMinimal: both workers keep growing the heap under each other, page by page.
  const heap = createRuntime({ growMinimal: true, initialBytes: 0 });
  leaveRunning(heap); // the main thread only waits from here on
  const pool = await WorkerPool.create(heap.memory, { size: 2, jobModules: [new URL('./test-jobs.ts', import.meta.url).href] });
  try {
    t.not(pool.threadOf(0), pool.threadOf(1));
    const control = new SharedArrayBuffer(16);
    const n = 3000;
    const gcBefore = Atomics.load(heap.i32, H.GC_COUNT);
    const [a, b] = await Promise.all([
      pool.run<BuildAndSumResult>(0, 'build-and-sum', { control, role: 'collector', seed: 1, n }),
      pool.run<BuildAndSumResult>(1, 'build-and-sum', { control, role: 'worker', seed: 2, n }),
    ]);
    for (const [result, seed] of [[a, 1], [b, 2]] as const) {
      let big = 0n;
      let floats = 0;
      let chars = 0;
      for (let i = 0; i < n; i++) {
        big += bigItem(seed, i);
        floats += floatItem(seed, i);
        chars += [...strItem(seed, i)].length;
      }
      t.is(result.sumBig, big.toString(), `worker with seed ${seed}: big int sum`);
      t.is(result.sumFloat, floats, `worker with seed ${seed}: float sum`);
      t.is(result.strChars, chars, `worker with seed ${seed}: string lengths`);
    }
    t.true(b.sawCollectionMidWork, 'the collection happened while the other worker was working');
    t.is(Atomics.load(heap.i32, H.GC_COUNT), gcBefore + 1);
    t.true(a.gc !== null && a.gc.freedObjects >= 2 * n * 2, `garbage of both workers freed: ${a.gc?.freedObjects}`);
  } finally {
    await pool.close();
  }
});

test('workers read objects the main thread built, and publish results it reads back', async (t) => {
  const heap = createRuntime({ growMinimal: true, initialBytes: 0 });
  const list = newList(heap);
  for (let i = 0; i < 1000; i++) listAppend(heap, list, intFromBigInt(heap, (1n << 40n) + BigInt(i)));
  // One results dict per worker: two threads must not mutate one dict at once (no locks yet).
  const results = newList(heap);
  listAppend(heap, results, newDict(heap));
  listAppend(heap, results, newDict(heap));
  const hList = pushHandle(heap, list);
  pushHandle(heap, results);
  leaveRunning(heap);
  const pool = await WorkerPool.create(heap.memory, { size: 2, jobModules: [new URL('./test-jobs.ts', import.meta.url).href] });
  try {
    const expected = (1000n * (1n << 40n) + 999n * 1000n / 2n).toString();
    const [a, b] = await Promise.all([
      pool.run<string>(0, 'sum-shared', { list: toPtr(list), results: toPtr(listGet(heap, results, 0)), name: 'a' }),
      pool.run<string>(1, 'sum-shared', { list: toPtr(list), results: toPtr(listGet(heap, results, 1)), name: 'b' }),
    ]);
    t.is(a, expected);
    t.is(b, expected);
    enterRunning(heap);
    heap.checkEpoch(); // the workers grew the heap
    collectGarbage(heap); // results survive: reachable from the main thread's handle
    const shown = display(heap, handleGet(heap, hList + 1));
    t.regex(shown, new RegExp(`'a': \\{'sum': ${expected}, 'by': 'thread \\d+'\\}`));
    t.regex(shown, new RegExp(`'b': \\{'sum': ${expected}, 'by': 'thread \\d+'\\}`));
    leaveRunning(heap);
    // A job raising a Python exception: the error comes back as text, the handles it pushed are
    // dropped, and the worker keeps working.
    const record = (THREADS_BASE + pool.threadOf(0) * THREAD_RECORD_BYTES) / 4;
    const handlesBefore = heap.i32[record + T.HANDLE_TOP];
    await t.throwsAsync(pool.run(0, 'raise-index-error', {}), { message: 'IndexError: list index out of range' });
    t.is(heap.i32[record + T.HANDLE_TOP], handlesBefore);
    t.is(await pool.run<string>(0, 'sum-shared', { list: toPtr(list), results: toPtr(listGet(heap, results, 0)), name: 'c' }), expected);
  } finally {
    await pool.close();
  }
});

test('GC stress with two workers: both compete to collect at every safepoint, results stay right', async (t) => {
  const heap = createRuntime({ growMinimal: true, initialBytes: 0 });
  setGcStress(heap, true);
  leaveRunning(heap);
  const pool = await WorkerPool.create(heap.memory, { size: 2, jobModules: [new URL('./test-jobs.ts', import.meta.url).href] });
  try {
    const n = 400;
    const rounds = 3;
    const gcBefore = Atomics.load(heap.i32, H.GC_COUNT);
    const [a, b] = await Promise.all([
      pool.run<string>(0, 'churn', { seed: 3, n, rounds }),
      pool.run<string>(1, 'churn', { seed: 4, n, rounds }),
    ]);
    for (const [result, seed] of [[a, 3], [b, 4]] as const) {
      let sum = 0n;
      for (let i = 0; i < n; i++) sum += bigItem(seed, i);
      t.is(result, (sum * BigInt(rounds)).toString());
    }
    // A safepoint every 64 items in each of 2 phases: dozens of collections, some requested by
    // both workers at once (one wins GC_LOCK, the other parks).
    t.true(Atomics.load(heap.i32, H.GC_COUNT) - gcBefore >= 2 * rounds * 2 * Math.floor(n / 64) / 2);
  } finally {
    await pool.close();
  }
});

test('a worker that dies mid-job releases its running count and slot: collections do not hang', async (t) => {
  const heap = createRuntime({ initialBytes: 0 });
  leaveRunning(heap);
  const pool = await WorkerPool.create(heap.memory, { size: 1, jobModules: [new URL('./test-jobs.ts', import.meta.url).href] });
  const slot = pool.threadOf(0);
  await t.throwsAsync(pool.run(0, 'die', {}), { message: /exited with code 3 during a job/ });
  t.is(Atomics.load(heap.i32, H.RUNNING), 0);
  t.is(Atomics.load(heap.i32, H.THREADS_USED) & (1 << slot), 0);
  enterRunning(heap);
  t.not(collectGarbage(heap), null, 'the collection ran instead of waiting for the dead worker');
});
