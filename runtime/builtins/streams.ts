// sys.stdout and sys.stderr: native objects (NativeKind.STREAM) whose one field is the file
// descriptor. Writes go to the host (functions.ts `host`), which the CLI buffers, so print()
// and sys.stdout.write() interleave exactly.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, TRUE, FALSE, fromInt32, isNull, loOf } from '../value.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { strToJs, strLength } from '../str.js';
import { typeError } from '../errors.js';
import { NativeKind, newNative, nativeKind, nget, nset } from './native.js';
import { defineMethod, arg, self } from './registry.js';
import { host } from './functions.js';
import { tid, typeNameOf } from './protocol.js';
import { raise } from './exceptions.js';
import { getIter, iterNext } from './containers.js';
import './stream-buffer.js'; // sys.stdout.buffer and the streams' data attributes

/** A new stream object writing to fd 1 or 2. */
export function newStream(heap: Heap, fd: 1 | 2): Value {
  const s = newNative(heap, NativeKind.STREAM);
  nset(heap, s, 0, fromInt32(fd));
  return s;
}

/** The fd print(file=v) writes to; anything but a stream is an AttributeError as in CPython (no .write). */
export function streamFd(heap: Heap, v: Value): 1 | 2 {
  if (tid(heap, v) === TypeId.FUNCTION && nativeKind(heap, v) === NativeKind.STREAM) return loOf(nget(heap, v, 0)) === 2 ? 2 : 1;
  return raise('AttributeError', `'${typeNameOf(heap, v)}' object has no attribute 'write'`);
}

const STREAM_KEY = 100 + NativeKind.STREAM;

defineMethod(STREAM_KEY, 'TextIOWrapper', 'write', 's, /', (heap, a) => {
  const s = arg(heap, a, 0);
  if (tid(heap, s) !== TypeId.STR) throw typeError(`write() argument must be str, not ${typeNameOf(heap, s)}`);
  host.write(streamFd(heap, self(heap, a)), strToJs(heap, s));
  return fromInt32(strLength(heap, s));
});
defineMethod(STREAM_KEY, 'TextIOWrapper', 'flush', '', () => { host.flush(); return NONE; });
defineMethod(STREAM_KEY, 'TextIOWrapper', 'writelines', 'lines, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try {
    for (let line = iterNext(heap, handleGet(heap, h)); !isNull(line); line = iterNext(heap, handleGet(heap, h))) {
      if (tid(heap, line) !== TypeId.STR) throw typeError(`write() argument must be str, not ${typeNameOf(heap, line)}`);
      host.write(streamFd(heap, self(heap, a)), strToJs(heap, line));
    }
  } finally { popHandles(heap, h); }
  return NONE;
});
// pyx's output goes to the host's buffer, never a terminal it could know of: the answers of
// CPython's stdout and stderr when they are pipes, as under a test runner.
defineMethod(STREAM_KEY, 'TextIOWrapper', 'isatty', '', () => FALSE);
defineMethod(STREAM_KEY, 'TextIOWrapper', 'fileno', '', (heap, a) => fromInt32(streamFd(heap, self(heap, a))));
defineMethod(STREAM_KEY, 'TextIOWrapper', 'writable', '', () => TRUE);
defineMethod(STREAM_KEY, 'TextIOWrapper', 'readable', '', () => FALSE);
defineMethod(STREAM_KEY, 'TextIOWrapper', 'seekable', '', () => FALSE);
