// sys.stdout.buffer and sys.stderr.buffer: binary writers under the text streams (CPython's
// BufferedWriter), for programs that write bytes — PBM images, precomputed byte blocks
// (shootout's mandelbrot, fasta). Bytes go to the host's text channel decoded as UTF-8 with
// surrogateescape: valid UTF-8 stays the same text (so text and byte writes interleave in
// order through the one buffer), and every other byte becomes a lone U+DC80..U+DCFF that the
// CLI's output encoder (cli/run.ts) turns back into that byte.
//
// Layout (ext-types.ts): F1 the fd (1 or 2).

import type { Heap } from '../heap.js';
import { type Value, NONE, TRUE, FALSE, NULL, fromInt32, loOf, isNull } from '../value.js';
import { strFromJs, internStr } from '../str.js';
import { typeError } from '../errors.js';
import { decode } from '../semantics/decode.js';
import { NativeKind, nativeKind, nget, nset } from './native.js';
import { defineMethod, arg, self } from './registry.js';
import { defineExtType, extKey, newExt } from './ext-types.js';
import { host } from './functions.js';
import { typeNameOf } from './protocol.js';
import { bytesLikeData } from './bytes-like.js';
import { getIter, iterNext } from './containers.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';

const NAMES = ['', '<stdout>', '<stderr>'];

export const bufferType = defineExtType('BufferedWriter', '_io', {
  repr: (heap, v) => `<_io.BufferedWriter name='${NAMES[loOf(nget(heap, v, 1))]}'>`,
  getAttr: (heap, v, name) => {
    switch (name) {
      case 'name': return strFromJs(heap, NAMES[loOf(nget(heap, v, 1))]);
      case 'mode': return internStr(heap, 'wb');
      case 'closed': return FALSE;
      case 'raw': return v; // the FileIO under it: the same fd, written the same way
      default: return NULL;
    }
  },
});

/** The binary writer under text stream `stream` (one per stream, kept in its F1). */
export function streamBuffer(heap: Heap, stream: Value): Value {
  const known = nget(heap, stream, 1);
  if (!isNull(known)) return known;
  const h = pushHandle(heap, stream);
  try {
    const b = newExt(heap, bufferType);
    nset(heap, b, 1, nget(heap, handleGet(heap, h), 0));
    nset(heap, handleGet(heap, h), 1, b);
    return b;
  } finally { popHandles(heap, h); }
}

function fdOf(heap: Heap, v: Value): 1 | 2 {
  return loOf(nget(heap, v, 1)) === 2 ? 2 : 1;
}

function writeBytes(heap: Heap, fd: 1 | 2, data: Value): number {
  const b = bytesLikeData(heap, data);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, data)}'`);
  if (b.length > 0) host.write(fd, decode(b, 'utf-8', 'surrogateescape'));
  return b.length;
}

const KEY = extKey(bufferType);
defineMethod(KEY, 'BufferedWriter', 'write', 'buffer, /', (heap, a) => fromInt32(writeBytes(heap, fdOf(heap, self(heap, a)), arg(heap, a, 0))));
defineMethod(KEY, 'BufferedWriter', 'writelines', 'lines, /', (heap, a) => {
  const fd = fdOf(heap, self(heap, a));
  const h = pushHandle(heap, getIter(heap, arg(heap, a, 0)));
  try {
    for (let x = iterNext(heap, handleGet(heap, h)); !isNull(x); x = iterNext(heap, handleGet(heap, h))) writeBytes(heap, fd, x);
  } finally { popHandles(heap, h); }
  return NONE;
});
defineMethod(KEY, 'BufferedWriter', 'flush', '', () => { host.flush(); return NONE; });
defineMethod(KEY, 'BufferedWriter', 'fileno', '', (heap, a) => fromInt32(fdOf(heap, self(heap, a))));
defineMethod(KEY, 'BufferedWriter', 'isatty', '', () => FALSE);
defineMethod(KEY, 'BufferedWriter', 'writable', '', () => TRUE);
defineMethod(KEY, 'BufferedWriter', 'readable', '', () => FALSE);
defineMethod(KEY, 'BufferedWriter', 'seekable', '', () => FALSE);

/** The text streams' data attributes (CPython's TextIOWrapper under a pipe), NULL for others. */
export function streamAttr(heap: Heap, stream: Value, name: string): Value {
  if (nativeKind(heap, stream) !== NativeKind.STREAM) return NULL;
  switch (name) {
    case 'buffer': return streamBuffer(heap, stream);
    case 'encoding': return internStr(heap, 'utf-8');
    case 'errors': return internStr(heap, loOf(nget(heap, stream, 0)) === 2 ? 'backslashreplace' : 'strict');
    case 'name': return strFromJs(heap, NAMES[loOf(nget(heap, stream, 0)) === 2 ? 2 : 1]);
    case 'mode': return internStr(heap, 'w');
    case 'closed': return FALSE;
    case 'line_buffering': return FALSE;
    case 'newlines': return NONE;
    default: return NULL;
  }
}

streamHooks.attr = streamAttr;
import { streamHooks } from './objects.js';
