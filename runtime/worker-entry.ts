// The body of a pooled worker thread (see threads.ts). It joins the shared heap once, then runs
// jobs on request. Between jobs it is idle: not counted as running, so collections do not wait
// for it; its thread slot (and so its handles and frames) stays attached.

import { parentPort } from 'node:worker_threads';
import { Heap, T, type SharedMemory } from './heap.js';
import { joinRuntime, leaveRuntime } from './runtime.js';
import { enterRunning, leaveRunning } from './safepoint.js';
import { findJob } from './jobs.js';
import { PyError } from './errors.js';

interface InitMessage { type: 'init'; memory: SharedMemory; jobModules: string[] }
interface RunMessage { type: 'run'; id: number; job: string; args: unknown }
interface ExitMessage { type: 'exit' }
type Message = InitMessage | RunMessage | ExitMessage;

let heap: Heap | null = null;
const port = parentPort!;

port.on('message', async (message: Message) => {
  switch (message.type) {
    case 'init': {
      for (const url of message.jobModules) await import(url);
      heap = joinRuntime(message.memory);
      leaveRunning(heap);
      port.postMessage({ type: 'ready', thread: heap.thread });
      break;
    }
    case 'run': {
      const job = findJob(message.job);
      if (heap === null || job === undefined) {
        port.postMessage({ type: 'done', id: message.id, error: `no job named ${message.job}` });
        break;
      }
      enterRunning(heap);
      // A job that throws may leave handles and frames pushed; drop them so they stop being roots.
      const handleTop = heap.i32[heap.threadRecord + T.HANDLE_TOP];
      const topFrame = heap.i32[heap.threadRecord + T.TOP_FRAME];
      const frameStackTop = heap.i32[heap.threadRecord + T.FRAME_STACK_TOP];
      try {
        const result = job(heap, message.args);
        port.postMessage({ type: 'done', id: message.id, result });
      } catch (error) {
        const text = error instanceof PyError ? `${error.pyType}: ${error.message}` : String((error as Error)?.stack ?? error);
        port.postMessage({ type: 'done', id: message.id, error: text });
      } finally {
        heap.i32[heap.threadRecord + T.HANDLE_TOP] = handleTop;
        heap.i32[heap.threadRecord + T.TOP_FRAME] = topFrame;
        const frameStack = heap.i32[heap.threadRecord + T.FRAME_STACK];
        if (frameStack !== 0) heap.i32[heap.threadRecord + T.FRAME_STACK_TOP] = frameStackTop !== 0 ? frameStackTop : frameStack + 8;
        leaveRunning(heap);
      }
      break;
    }
    case 'exit': {
      if (heap !== null) {
        enterRunning(heap);
        leaveRuntime(heap);
      }
      port.postMessage({ type: 'detached' });
      port.close();
      break;
    }
  }
});
