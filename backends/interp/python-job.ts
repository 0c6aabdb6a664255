// The pooled-worker job that runs PYTHON on the shared heap (runtime/jobs.ts): lower a source,
// run its module body in a fresh globals dict owned by this worker, call one of its functions
// with int arguments and return repr() of the result. Each worker compiles its own closures
// (an Interp per thread) over the one heap; its objects are its own until it returns.
//
// Limits, because the shared structures are not yet thread-safe (the GIL/no-GIL work will
// lift them): the source must not import modules (sys.modules is one shared dict) and must not
// contain big-int, bytes or complex constants (keepConstant appends to a list in the shared
// builtins dict). Interned strings are safe (str.ts takes INTERN_LOCK).

// First: natives are numbered in the order their modules load, and the heap's builtins were made
// by a thread that loaded the interpreter through index.ts first — this worker must number alike.
import { createInterp } from './index.js';
import type { Heap } from '../../runtime/heap.js';
import { registerJob } from '../../runtime/jobs.js';
import { newDict, internStr, newFunction, pushFrame, pushHandle, handleGet, popHandles, dictGet, newTuple, tupleInit, intFromBigInt, isNull } from '../../runtime/index.js';
import { lowerSource } from '../../lower/index.js';
import { setAttr } from '../../runtime/builtins/objects.js';
import { reprValue } from '../../runtime/builtins/repr.js';
import { compileFunction } from './compile.js';
import { callValue, runFrame } from './call.js';

export interface CallPythonArgs {
  source: string;
  func: string;
  args: number[];
}

registerJob('call-python', (heap: Heap, a: CallPythonArgs): string => {
  const module = lowerSource(a.source, '<job>');
  const it = createInterp(module, { source: a.source, heap });
  const g = pushHandle(heap, newDict(heap));
  try {
    setAttr(heap, handleGet(heap, g), '__name__', internStr(heap, '__job__'));
    const code = compileFunction(it, 0);
    const fn = newFunction(heap, 0, { name: internStr(heap, '<module>'), qualname: internStr(heap, '<module>'), globals: handleGet(heap, g) });
    const frame = pushFrame(heap, fn, handleGet(heap, g), 0, code.nslots);
    it.depth++;
    runFrame(it, code, frame);
    const f = dictGet(heap, handleGet(heap, g), internStr(heap, a.func));
    if (isNull(f)) throw new Error(`internal error: no function ${a.func}`);
    pushHandle(heap, f);
    const t = newTuple(heap, a.args.length);
    const th = pushHandle(heap, t);
    a.args.forEach((n, i) => tupleInit(heap, handleGet(heap, th), i, intFromBigInt(heap, BigInt(n))));
    return reprValue(heap, callValue(it, f, handleGet(heap, th)));
  } finally {
    popHandles(heap, g);
  }
});
