// release_iter: CPython's reference counting closes a generator the moment its last
// reference dies. For the iterator of a `for` loop over a call or a generator expression the
// loop's stack slot is that last reference, so CPython closes the generator exactly where
// `break`, `return` or an exception leaves the loop (its `finally:` blocks and `with` exits run
// there). pyx has no reference counts; the lowering (lower/statements.ts, lower/functions.ts)
// marks those exits with release_iter instead, and this closes the generator as
// _PyGen_Finalize would: errors from close() are unraisable, printed and dropped.

import type { Instruction } from '../../ir/types.js';
import { type Heap, type Value, isNull, internStr, newList, listAppend } from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { fromPtr } from '../../runtime/value.js';
import { dictGet, dictNext, dictEntryValue } from '../../runtime/dict.js';
import { moduleDict } from '../../runtime/objects.js';
import { listGet, listLength } from '../../runtime/sequence.js';
import { TypeId } from '../../runtime/layout.js';
import { tid } from '../../runtime/builtins/protocol.js';
import { PyError } from '../../runtime/errors.js';
import { PyRaise } from '../../runtime/builtins/exceptions.js';
import { host } from '../../runtime/builtins/functions.js';
import { reprValue } from '../../runtime/builtins/repr.js';
import { pushHandle, popHandles, handleGet } from '../../runtime/gc.js';
import { closeAny, isGenerator } from './generators.js';
import { uncaughtText } from './chain.js';
import type { Interp, Step } from './state.js';

interface ReleaseCtx {
  readonly it: Interp;
  readonly heap: Heap;
  v(id: number): number;
}

/** Closes `g` if it is a generator object, reporting what close() raises as unraisable. */
export function releaseIterator(it: Interp, g: Value): void {
  const heap = it.heap;
  if (!isGenerator(heap, g)) return;
  const h = pushHandle(heap, g);
  try {
    closeAny(it, g);
  } catch (error) {
    if (!(error instanceof PyRaise || error instanceof PyError)) throw error;
    // PyErr_WriteUnraisable's text: what was being finalized, then the usual traceback.
    const source = (file: string) => it.units.find((u) => u.filename === file)?.source;
    host.write(2, `Exception ignored in: ${reprValue(heap, handleGet(heap, h))}\n${uncaughtText(heap, error, source)}`);
  } finally {
    popHandles(heap, h);
  }
}

export const RELEASE_HANDLERS = {
  release_iter: (ins: Instruction, c: ReleaseCtx): Step => {
    const it = c.it, heap = c.heap, s = c.v(ins.operands[0]);
    return (b) => releaseIterator(it, heap.f64[b + s]);
  },
};

/**
 * Interpreter shutdown (program.ts, after atexit's handlers): CPython tears `__main__` down
 * and frees its globals dict, which closes each unfinished generator that only a global
 * held — `g = gen(); next(g)` at module level runs g's `finally` at exit. Here every generator
 * that is directly the value of a `__main__` global is closed, in the dict's order (CPython's
 * order when the dict is freed or its cycle collected). A generator also held elsewhere would
 * be closed later in CPython (or never): pyx cannot tell, and closes it here too.
 */
export function closeMainGenerators(it: Interp): void {
  const heap = it.heap;
  const main = dictGet(heap, fromPtr(heap.i32[H.ROOT_MODULES]), internStr(heap, '__main__'));
  if (isNull(main) || tid(heap, main) !== TypeId.MODULE) return;
  // The generators are listed first: closing one runs Python code that may change the dict.
  const globals = moduleDict(heap, main);
  const h = pushHandle(heap, newList(heap));
  try {
    for (let p = dictNext(heap, globals, 0); p !== -1; p = dictNext(heap, globals, p + 1)) {
      const v = dictEntryValue(heap, globals, p);
      if (isGenerator(heap, v)) listAppend(heap, handleGet(heap, h), v);
    }
    for (let i = 0; i < listLength(heap, handleGet(heap, h)); i++) releaseIterator(it, listGet(heap, handleGet(heap, h), i));
  } finally {
    popHandles(heap, h);
  }
}
