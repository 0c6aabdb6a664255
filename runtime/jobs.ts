// Jobs a pooled worker can run on the shared heap, by name.
//
// A job is a function of the worker's own Heap view and structured-clonable arguments, returning a
// structured-clonable result. The worker counts as running while a job executes, so a job must
// call safepoint() on its loop back-edges and leave/enter running around anything that blocks.
// Today's jobs are TypeScript (runtime/test-jobs.ts); once the interpreter exists, a job
// "call-python" that pushes a frame for an IR function and runs it is one more entry here.

import type { Heap } from './heap.js';

/** A job body. Invariant: it returns with its frames popped and its handles released. */
export type Job = (heap: Heap, args: any) => unknown;

const jobs = new Map<string, Job>();

export function registerJob(name: string, job: Job): void {
  if (jobs.has(name)) throw new Error(`internal error: job ${name} registered twice`);
  jobs.set(name, job);
}

export function findJob(name: string): Job | undefined {
  return jobs.get(name);
}
