// Where print() writes when the target is not one of the process streams: an object with a
// write method given as file=, or sys.stdout after a program replaced it (io.StringIO,
// contextlib.redirect_stdout, a class of its own). CPython writes each piece (every argument,
// separator and the end) with its own write() call; so does this.

import type { Heap } from '../heap.js';
import { H } from '../heap.js';
import { type Value, isNull, isNone, fromPtr } from '../value.js';
import { internStr, strFromJs } from '../str.js';
import { dictGet } from '../dict.js';
import { moduleDict } from '../objects.js';
import { newTuple, tupleInit } from '../sequence.js';
import { NativeKind, nativeKind } from './native.js';
import { iterHooks } from './containers.js';
import { loadAttr } from './objects.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';

/** sys.stdout when sys is loaded and stdout is no longer the process stream, else NULL-like null. */
function replacedStdout(heap: Heap): Value | null {
  const sys = dictGet(heap, fromPtr(heap.i32[H.ROOT_MODULES]), internStr(heap, 'sys'));
  if (isNull(sys)) return null;
  const out = dictGet(heap, moduleDict(heap, sys), internStr(heap, 'stdout'));
  if (isNull(out) || nativeKind(heap, out) === NativeKind.STREAM) return null;
  return out;
}

/**
 * The object print(file=…) must call write() on, or null when it writes to a process stream
 * (file omitted or None with sys.stdout untouched, or file a process stream).
 */
export function printTarget(heap: Heap, file: Value): Value | null {
  if (isNull(file) || isNone(file)) return replacedStdout(heap);
  return nativeKind(heap, file) === NativeKind.STREAM ? null : file;
}

/** target.write(text). */
export function writeText(heap: Heap, target: Value, text: string): void {
  const h = pushHandle(heap, target);
  try {
    const write = loadAttr(heap, target, 'write');
    pushHandle(heap, write);
    const args = newTuple(heap, 1);
    tupleInit(heap, args, 0, strFromJs(heap, text));
    iterHooks.callN(heap, handleGet(heap, h + 1), args);
  } finally { popHandles(heap, h); }
}
