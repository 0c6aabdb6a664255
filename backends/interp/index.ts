// The interpreter backend's entry: runs a lowered module on a fresh runtime (or a given
// heap), with stdout buffered and flushed at exit, and reports an uncaught exception.

import type { IRModule } from '../../ir/types.js';
import type { OpName } from '../../ir/ops.js';
import { type Heap, type Value, NONE, createRuntime, newDict, internStr, newModule, pushFrame, FRAME_SLOTS, dictSet, newFunction, setGcStress, strFromJs, newList, listAppend } from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { fromPtr } from '../../runtime/value.js';
import { host, installBuiltins } from '../../runtime/builtins/functions.js';
import '../../runtime/builtins/methods.js';
import { iterHooks } from '../../runtime/builtins/containers.js';
import { truthy } from '../../runtime/builtins/protocol.js';
import { setAttr } from '../../runtime/builtins/objects.js';
import { callValue, callValues, call1, runFrame, callEx } from './call.js';
import { extHooks } from '../../runtime/builtins/ext-types.js';
import { compileFunction } from './compile.js';
import type { Interp } from './state.js';
import { defineSysHooks } from './sys.js';
import { installClassBuiltins } from '../../runtime/classes-builtins.js';
import '../../runtime/classes-dunder.js';
import { installGeneratorHooks } from './generators.js';
import { boundException, handledStack, raiseValue } from './exceptions.js';
import { builtinsModule, initialSysPath } from './modules.js';
import { installModuleHooks } from './module-hooks.js';
import { installFrameHooks } from './frames.js';
import { installTracebackObjects } from './traceback-objects.js';
import { installExecHooks } from './exec-eval.js';
import { setSysPath } from '../../runtime/modules/sys.js';

export interface RunOptions {
  readonly source: string;
  readonly argv?: readonly string[];
  readonly gcStress?: boolean;
  readonly countOps?: boolean;
  readonly heap?: Heap;
  readonly write?: (fd: 1 | 2, text: string) => void;
  readonly readLine?: () => string | null;
  /** sys.path before the program changes it (default: the script's directory, then pylib/). */
  readonly path?: readonly string[];
  /** The optimization pipeline imported modules go through (the script's own). */
  readonly pipeline?: string;
}

/** Sets up an interpreter for `module` on `heap` (builtins installed once per heap). */
export function createInterp(module: IRModule, options: RunOptions): Interp {
  const heap = options.heap ?? createRuntime();
  const it: Interp = {
    // A table of its own: imports append their modules' functions (modules.ts), and the
    // caller's module (a CLI stage, a check's baseline) must stay as it was.
    heap, module: { filename: module.filename, functions: [...module.functions] }, source: options.source, codes: [], depth: 0, recursionLimit: 1000,
    opCounts: options.countOps ? new Map<OpName, number>() : null,
    units: [{ name: '__main__', filename: module.filename, source: options.source, first: 0, count: module.functions.length }],
    unitOf: module.functions.map(() => 0),
    imports: { path: options.path ?? initialSysPath(module.filename), pipeline: options.pipeline ?? '', initializing: new Set() },
  };
  setSysPath(it.imports.path);
  installModuleHooks(it);
  installFrameHooks(it);
  installTracebackObjects(it);
  installExecHooks(it);
  const builtins = fromPtr(heap.i32[H.ROOT_BUILTINS]);
  void builtins;
  if (options.write) host.write = options.write;
  if (options.readLine) host.readLine = options.readLine;
  host.call = (h, f, args) => callValue(it, f, args);
  host.callValues = (_h, f, argc, a, b, c) => callValues(it, f, argc, a, b, c);
  iterHooks.call1 = (_h, f, x) => call1(it, f, x);
  iterHooks.callN = (_h, f, args) => callValue(it, f, args);
  extHooks.callKw = (_h, f, args, kwargs) => callEx(it, f, args, kwargs);
  iterHooks.truthy = truthy;
  installGeneratorHooks(it, { raiseValue, boundException, compileFunction, runFrame, handledStack });
  defineSysHooks(it, options.argv ?? ['']);
  if (options.gcStress) setGcStress(heap, true);
  return it;
}

/** Installs the builtins namespace into a fresh heap (once). */
export function prepareHeap(heap: Heap): void {
  installBuiltins(heap);
  installClassBuiltins(heap);
}

/** Runs the module body as __main__; returns its globals dict. Throws the uncaught exception. */
export function runModule(it: Interp): Value {
  const heap = it.heap;
  const globals = newDict(heap);
  const name = internStr(heap, '__main__');
  dictSet(heap, fromPtr(heap.i32[H.ROOT_MODULES]), name, newModule(heap, name, globals));
  setAttr(heap, globals, '__name__', name);
  setAttr(heap, globals, '__doc__', NONE);
  // As CPython's runpy for a script: no package, no spec; __file__ unless run with -c or stdin.
  setAttr(heap, globals, '__package__', NONE);
  setAttr(heap, globals, '__spec__', NONE);
  // CPython's __main__ starts with an empty __annotations__ and sees the builtins module
  // itself as __builtins__; a script has __cached__ None.
  setAttr(heap, globals, '__annotations__', newDict(heap));
  setAttr(heap, globals, '__builtins__', builtinsModule(heap));
  const filename = it.units[0].filename;
  if (!filename.startsWith('<')) {
    setAttr(heap, globals, '__file__', strFromJs(heap, filename));
    setAttr(heap, globals, '__cached__', NONE);
  }
  const code = compileFunction(it, 0);
  const fn = newFunction(heap, 0, { name: internStr(heap, '<module>'), qualname: internStr(heap, '<module>'), globals, module: name });
  const frame = pushFrame(heap, fn, globals, 0, code.nslots);
  it.depth++;
  void FRAME_SLOTS; void newList; void listAppend;
  runFrame(it, code, frame);
  return globals;
}
