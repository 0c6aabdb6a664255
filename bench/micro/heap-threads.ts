// Two workers on one heap: pool start-up, parallel speedup on independent work, and the
// stop-the-world handshake of a collection requested while both run.
//
//   node --import tsx bench/micro/heap-threads.ts [n] [rounds]
//
// Speedup = wall time of two `churn` jobs run one after the other on one worker, divided by the
// wall time of the same two jobs run at once on two workers (ideal: 2.0 on 2 free cores).
// Wall time is what matters here; on a shared machine it includes everyone else's load.

import { createRuntime } from '../../runtime/runtime.js';
import { leaveRunning } from '../../runtime/safepoint.js';
import { WorkerPool } from '../../runtime/threads.js';
import type { BuildAndSumResult } from '../../runtime/test-jobs.js';
import { machineLine } from './heap-common.js';
import { Worker } from 'node:worker_threads';

const n = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 5);

const heap = createRuntime();
leaveRunning(heap);
const jobs = new URL('../../runtime/test-jobs' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url).href;
let start = performance.now();
const pool = await WorkerPool.create(heap.memory, { size: 2, jobModules: [jobs] });
console.log(`node ${process.version}; ${machineLine()}`);
console.log(`pool of 2 workers ready in ${(performance.now() - start).toFixed(0)} ms (from .ts sources, tsx transpiles in each worker)`);

const sequential: number[] = [];
const parallel: number[] = [];
for (let r = 0; r < 4; r++) {
  start = performance.now();
  const a = await pool.run<string>(0, 'churn', { seed: 1, n, rounds });
  const b = await pool.run<string>(0, 'churn', { seed: 2, n, rounds });
  if (r > 0) sequential.push(performance.now() - start);
  start = performance.now();
  const [c, d] = await Promise.all([
    pool.run<string>(0, 'churn', { seed: 1, n, rounds }),
    pool.run<string>(1, 'churn', { seed: 2, n, rounds }),
  ]);
  if (r > 0) parallel.push(performance.now() - start);
  if (a !== c || b !== d) throw new Error('results differ between sequential and parallel runs');
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const s = median(sequential);
const p = median(parallel);
console.log(`churn x2 (n=${n}, rounds=${rounds}): one worker ${s.toFixed(0)} ms, two workers ${p.toFixed(0)} ms, speedup ${(s / p).toFixed(2)}x`);

// Control: the same sequential/parallel comparison for a pure-JS loop without the heap, to
// separate what the machine allows (other processes on the same 2 cores) from runtime overhead.
{
  const code = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (n) => {
    let x = 0; for (let i = 0; i < n; i++) x = (x * 1.0000001 + 0.5) % 1e9; parentPort.postMessage(x); });`;
  const plain = [new Worker(code, { eval: true }), new Worker(code, { eval: true })];
  const go = (k: number, iterations: number) => new Promise((resolve) => {
    plain[k].once('message', resolve);
    plain[k].postMessage(iterations);
  });
  const iterations = Math.round(s * 40_000); // about as long as one churn job
  const seq: number[] = [];
  const par: number[] = [];
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now();
    await go(0, iterations);
    await go(0, iterations);
    seq.push(performance.now() - t0);
    t0 = performance.now();
    await Promise.all([go(0, iterations), go(1, iterations)]);
    par.push(performance.now() - t0);
  }
  console.log(`control (plain JS loop, no heap): speedup ${(median(seq) / median(par)).toFixed(2)}x`);
  await Promise.all(plain.map((w) => w.terminate()));
}

const stops: number[] = [];
for (let r = 0; r < 5; r++) {
  const control = new SharedArrayBuffer(16);
  const [collector] = await Promise.all([
    pool.run<BuildAndSumResult>(0, 'build-and-sum', { control, role: 'collector', seed: 1, n: 2000 }),
    pool.run<BuildAndSumResult>(1, 'build-and-sum', { control, role: 'worker', seed: 2, n: 2000 }),
  ]);
  stops.push(collector.gc!.stopMs);
}
console.log(`stop-the-world handshake (other worker reaching a safepoint): median ${median(stops).toFixed(3)} ms over 5`);
await pool.close();
