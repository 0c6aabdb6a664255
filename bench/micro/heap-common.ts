// Shared by the heap micro-benchmarks: a reference loop to read the numbers against.
//
// These machines are shared (2 cores, often 8+ runnable processes), which inflates every timing
// by a varying factor. Each benchmark prints the time of this fixed loop — one float multiply-add
// and one Float64Array store per iteration; lower means a less contended moment — and the load average, so
// results from different moments can be compared as ratios.

import { loadavg } from 'node:os';

export function referenceLoopNs(iterations = 5_000_000): number {
  const slots = new Float64Array(new SharedArrayBuffer(64));
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    let x = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      x = x * 0.5 + 1.25;
      slots[i & 7] = x;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / iterations);
  }
  return best;
}

export function machineLine(): string {
  return `reference loop ${referenceLoopNs().toFixed(2)} ns/iteration, load average ${loadavg()[0].toFixed(1)}`;
}
