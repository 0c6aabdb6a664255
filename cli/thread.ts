// Runs the CLI on a worker thread with a large stack. Python code nests deeply (CPython's
// parser accepts 200 nested brackets, its compiler and the recursion limit go far deeper) and
// pyx's parser, lowering and interpreter are recursive, but the Node main thread's stack
// holds only ~70 nested brackets. A worker's stack size is a resource limit we can set
// (`node --stack-size` on the main thread crashes once it passes the OS stack). It also
// follows ARCHITECTURE.md decision 7: Python's main thread runs on a worker, leaving the
// Node main thread free for I/O. Costs ~30 ms of start-up.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Stack for the CLI's thread, in MiB (virtual: pages are only touched as the stack grows). */
export const STACK_MB = 512;
/** A larger young generation: the parser allocates many short-lived objects (+~35% speed). */
const YOUNG_GENERATION_MB = 96;

/** On the Node main thread: run `main(argv)` on a worker and resolve to its exit code. */
export function runOnWorker(argv: string[], entry: string | URL = import.meta.url): Promise<number> {
  return new Promise((resolve) => {
    // os.chdir on the worker: it posts {chdir: path} and waits on word 0 of this buffer; word 1
    // is then the length of the error code written from byte 8 (0: done).
    const chdirSab = new SharedArrayBuffer(8 + 64);
    const worker = new Worker(new URL(entry), {
      workerData: { argv, chdirSab },
      // A worker's process.stderr is a pipe: tell it whether ours is a terminal (colour, traceback.ts).
      env: { ...process.env, PYX_STDERR_ISATTY: process.stderr.isTTY ? '1' : '0' },
      resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let exitCode = 70;
    worker.on('message', (message: number | { chdir: string }) => {
      if (typeof message === 'number') { exitCode = message; return; }
      const words = new Int32Array(chdirSab, 0, 2);
      let code = '';
      try { process.chdir(message.chdir); } catch (error) { code = String((error as NodeJS.ErrnoException).code ?? 'EIO'); }
      const bytes = new TextEncoder().encode(code.slice(0, 64));
      new Uint8Array(chdirSab, 8, bytes.length).set(bytes);
      words[1] = bytes.length;
      Atomics.store(words, 0, 1);
      Atomics.notify(words, 0);
    });
    worker.on('error', (error) => {
      process.stderr.write(`pyx: internal error (a bug in pyx): ${(process.env.PYX_DEBUG ? error?.stack : error?.message) ?? error}\n`);
      exitCode = 70;
    });
    worker.on('exit', () => resolve(exitCode));
  });
}

if (!isMainThread && workerData?.argv) void runHere(workerData.argv as string[], workerData.chdirSab as SharedArrayBuffer | undefined);

/** On the worker: run the CLI and post its exit code to the main thread. (No top-level
 *  await: the one-file build, scripts/bundle.mjs, is a CommonJS script.) */
async function runHere(argv: string[], chdirSab?: SharedArrayBuffer): Promise<void> {
  noCacheFromArgv(argv);
  if (chdirSab !== undefined) {
    // os.chdir's way to the main thread (runtime/modules/files-os.ts osHooks).
    (globalThis as { pyxChdir?: (path: string) => void }).pyxChdir = (path) => {
      const words = new Int32Array(chdirSab, 0, 2);
      Atomics.store(words, 0, 0);
      parentPort!.postMessage({ chdir: path });
      Atomics.wait(words, 0, 0);
      if (words[1] === 0) return;
      const error = new Error(`chdir ${path}`) as NodeJS.ErrnoException;
      error.code = new TextDecoder().decode(new Uint8Array(chdirSab, 8, words[1]));
      throw error;
    };
  }
  const { main } = await import('./main.js');
  const status = await main(argv);
  (globalThis as { pyxAfterRun?: () => void }).pyxAfterRun?.(); // cli/bundle-loader.ts
  parentPort!.postMessage(status);
}

/** `--no-cache` must hold before the grammar module loads (it reads its cached recipe then). */
export function noCacheFromArgv(argv: string[]): void {
  if (argv.includes('--no-cache')) process.env.PYX_NO_CACHE = '1';
}
