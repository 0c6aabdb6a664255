// Interpreter shutdown's exit handlers: when the program imported `atexit` (pylib/atexit.py),
// its `_run_exitfuncs()` runs once the main module has ended — normally, by SystemExit or by
// an uncaught exception (after the traceback), as CPython's Py_FinalizeEx does.

import type { Interp } from './state.js';
import { H } from '../../runtime/heap.js';
import { fromPtr, isNull } from '../../runtime/value.js';
import { dictGet } from '../../runtime/dict.js';
import { internStr } from '../../runtime/str.js';
import { newTuple } from '../../runtime/sequence.js';
import { loadAttr } from '../../runtime/builtins/objects.js';
import { callValue } from './call.js';

/** Runs atexit's handlers if the program imported atexit; anything they raise is theirs to report. */
export function runExitHandlers(it: Interp): void {
  const heap = it.heap;
  const module = dictGet(heap, fromPtr(heap.i32[H.ROOT_MODULES]), internStr(heap, 'atexit'));
  if (isNull(module)) return;
  try {
    const run = loadAttr(heap, module, '_run_exitfuncs');
    callValue(it, run, newTuple(heap, 0));
  } catch {
    // _run_exitfuncs reports each handler's exception itself; an error escaping it (its own
    // machinery replaced by the program) is dropped, as CPython drops errors at shutdown.
  }
}
