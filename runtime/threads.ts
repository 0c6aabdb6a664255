// Threads are workers on the same shared heap memory (ARCHITECTURE 7). Starting a worker costs
// ~29 ms, so a pool starts them once and hands them jobs (jobs.ts) by name.
//
// Rules for the thread that owns the pool (usually Node's main thread): it must not count as
// running while it awaits workers — call leaveRunning(heap) first — or a collection requested by
// a worker would wait for it forever. Its handles and frames remain roots meanwhile.

import { Worker } from 'node:worker_threads';
import { H, type SharedMemory } from './heap.js';

interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }

/** A started worker. Invariant: `ready` resolved means it is attached to the heap (slot `thread`). */
interface PoolWorker { worker: Worker; thread: number; pending: Map<number, Pending> }

export interface PoolOptions {
  /** Number of workers. */
  size: number;
  /** Module URLs each worker imports before its first job; they register jobs. */
  jobModules: string[];
}

export class WorkerPool {
  private readonly workers: PoolWorker[];
  private nextId = 1;

  private constructor(workers: PoolWorker[]) {
    this.workers = workers;
  }

  /** Start `size` workers attached to the heap in `memory` and wait until all are ready. */
  static async create(memory: SharedMemory, options: PoolOptions): Promise<WorkerPool> {
    const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
    const started = Array.from({ length: options.size }, () => startWorker(entry, memory, options.jobModules));
    return new WorkerPool(await Promise.all(started));
  }

  get size(): number {
    return this.workers.length;
  }

  /** The heap thread slot of worker i. */
  threadOf(i: number): number {
    return this.workers[i].thread;
  }

  /** Run job `name` on worker `i`; resolves with its result, rejects with its error text. */
  run<T = unknown>(i: number, name: string, args: unknown): Promise<T> {
    const w = this.workers[i];
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      w.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      w.worker.postMessage({ type: 'run', id, job: name, args });
    });
  }

  /** Detach every worker from the heap and stop it. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => new Promise<void>((resolve) => {
      w.worker.once('exit', () => resolve());
      w.worker.postMessage({ type: 'exit' });
    })));
  }
}

/**
 * Running from TypeScript sources (tests, tsx): Node 20 rejects a .ts worker entry before any
 * loader hook runs, even with --import=tsx in execArgv (measured), so the worker starts from a
 * one-line script that registers tsx's loader and then imports the real entry. Costs ~300 ms
 * per worker (transpiling); compiled builds start the .js entry directly.
 */
function startTsWorker(entry: URL): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, execArgv: [] });
}

function startWorker(entry: URL, memory: SharedMemory, jobModules: string[]): Promise<PoolWorker> {
  const worker = entry.pathname.endsWith('.ts') ? startTsWorker(entry) : new Worker(entry);
  const pending = new Map<number, Pending>();
  let thread = -1;
  let closing = false; // set when the worker detached itself (a clean close)
  return new Promise((resolve, reject) => {
    worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      reject(error);
    });
    worker.on('exit', (code) => {
      if (thread < 0 || closing) return;
      // The worker died without detaching (process.exit in a job, a crash, terminate()). If it
      // was running a job it still counts as running, and every future collection would wait
      // for it forever: release its running count and its thread slot (its roots go with it).
      // (A worker killed while parked would be uncounted twice; the pool never terminate()s.)
      const header = new Int32Array(memory.buffer, 0, 64);
      if (pending.size > 0) {
        Atomics.sub(header, H.RUNNING, 1);
        Atomics.notify(header, H.RUNNING);
      }
      for (;;) {
        const used = Atomics.load(header, H.THREADS_USED);
        if (Atomics.compareExchange(header, H.THREADS_USED, used, used & ~(1 << thread)) === used) break;
      }
      for (const p of pending.values()) p.reject(new Error(`worker for thread ${thread} exited with code ${code} during a job`));
      pending.clear();
    });
    worker.on('message', (message: { type: string; id?: number; result?: unknown; error?: string; thread?: number }) => {
      if (message.type === 'ready') {
        thread = message.thread!;
        resolve({ worker, thread, pending });
        return;
      }
      if (message.type === 'detached') {
        closing = true;
        return;
      }
      const p = pending.get(message.id!);
      if (p === undefined) return;
      pending.delete(message.id!);
      if (message.error !== undefined) p.reject(new Error(message.error));
      else p.resolve(message.result);
    });
    worker.postMessage({ type: 'init', memory, jobModules });
  });
}
