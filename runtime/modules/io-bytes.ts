// io.BytesIO: an in-memory binary stream (write/read/readline/readlines/getvalue/seek/tell/
// truncate/close, iteration, `with`) with CPython's messages.
//
// Layout (ext-types.ts): F1 a heap list of bytes chunks whose concatenation is the buffer
// (appends at the end add a chunk; anything else joins them first), F2 the position, F3 the
// buffer's length, F4 closed (bool).

import type { Heap } from '../heap.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32 } from '../value.js';
import { newList, listAppend, listLength, listGet } from '../sequence.js';
import { bytesFromArray, bytesToArray } from '../str.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineMethod, arg, self } from '../builtins/registry.js';
import { typeNameOf, truthy } from '../builtins/protocol.js';
import { getIter, iterNext } from '../builtins/containers.js';
import { bytesLikeData } from '../builtins/bytes-like.js';
import { pushHandle, popHandles } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt } from '../builtins/ext-types.js';
import { defineExtClass } from './ext-class.js';
import { asInt } from './math.js';

const pos = (heap: Heap, f: Value): number => nget(heap, f, 2);
const size = (heap: Heap, f: Value): number => nget(heap, f, 3);

function buffer(heap: Heap, f: Value): Uint8Array {
  const chunks = nget(heap, f, 1);
  const n = listLength(heap, chunks);
  if (n === 1) return bytesToArray(heap, listGet(heap, chunks, 0));
  const out = new Uint8Array(size(heap, f));
  let off = 0;
  for (let i = 0; i < n; i++) { const c = bytesToArray(heap, listGet(heap, chunks, i)); out.set(c, off); off += c.length; }
  setBuffer(heap, f, out);
  return out;
}
function setBuffer(heap: Heap, f: Value, data: Uint8Array): void {
  const chunks = newList(heap);
  listAppend(heap, chunks, bytesFromArray(heap, data));
  nset(heap, f, 1, chunks);
  nset(heap, f, 3, data.length);
}
function checkOpen(heap: Heap, f: Value): void {
  if (truthy(heap, nget(heap, f, 4))) raise('ValueError', 'I/O operation on closed file.');
}
function data(heap: Heap, v: Value): Uint8Array {
  const d = bytesLikeData(heap, v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, v)}'`);
  return d;
}

function write(heap: Heap, f: Value, v: Value): number {
  checkOpen(heap, f);
  const d = data(heap, v).slice();
  if (d.length === 0) return 0;
  const p = pos(heap, f), len = size(heap, f);
  if (p === len) {
    listAppend(heap, nget(heap, f, 1), bytesFromArray(heap, d));
    nset(heap, f, 3, len + d.length);
  } else {
    const old = buffer(heap, f);
    const out = new Uint8Array(Math.max(old.length, p + d.length));
    out.set(old.subarray(0, Math.min(p, old.length)));
    out.set(d, p);
    if (p + d.length < old.length) out.set(old.subarray(p + d.length), p + d.length);
    setBuffer(heap, f, out);
  }
  nset(heap, f, 2, p + d.length);
  return d.length;
}

function readLine(heap: Heap, f: Value, limit: number): Uint8Array {
  const b = buffer(heap, f);
  const p = Math.min(pos(heap, f), b.length);
  let end = b.indexOf(10, p);
  end = end < 0 ? b.length : end + 1;
  if (limit >= 0) end = Math.min(end, p + limit);
  nset(heap, f, 2, Math.max(pos(heap, f), end));
  return b.slice(p, end);
}

const bytesIOType = defineExtType('BytesIO', '_io', {
  next: (heap, f) => {
    checkOpen(heap, f);
    const line = readLine(heap, f, -1);
    return line.length === 0 ? NULL : bytesFromArray(heap, line);
  },
  getAttr: (heap, f, name) => (name === 'closed' ? (truthy(heap, nget(heap, f, 4)) ? TRUE : FALSE) : NULL),
});

export const bytesIOClass = defineExtClass(bytesIOType, 'initial_bytes=', (heap, a) => {
  const init = arg(heap, a, 0);
  const f = newExt(heap, bytesIOType);
  nset(heap, f, 2, 0);
  nset(heap, f, 4, FALSE);
  setBuffer(heap, f, isNull(init) || isNone(init) ? new Uint8Array(0) : data(heap, init).slice());
  return f;
});

const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(extKey(bytesIOType), 'BytesIO', name, sig, fn); };
const sizeArg = (heap: Heap, v: Value): number => (isNull(v) || isNone(v) ? -1 : Number(asInt(heap, v)));

method('write', 'b, /', (heap, a) => fromInt32(write(heap, self(heap, a), arg(heap, a, 0))));
method('writelines', 'lines, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try {
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) write(heap, self(heap, a), x);
    return NONE;
  } finally { popHandles(heap, h); }
});
method('getvalue', '', (heap, a) => { checkOpen(heap, self(heap, a)); return bytesFromArray(heap, buffer(heap, self(heap, a)).slice()); });
method('read', 'size=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const n = sizeArg(heap, arg(heap, a, 0));
  const b = buffer(heap, f);
  const p = Math.min(pos(heap, f), b.length);
  const end = n < 0 ? b.length : Math.min(b.length, p + n);
  nset(heap, f, 2, Math.max(pos(heap, f), end));
  return bytesFromArray(heap, b.slice(p, end));
});
method('readline', 'size=, /', (heap, a) => { checkOpen(heap, self(heap, a)); return bytesFromArray(heap, readLine(heap, self(heap, a), sizeArg(heap, arg(heap, a, 0)))); });
method('readlines', 'hint=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const hint = sizeArg(heap, arg(heap, a, 0));
  const out = newList(heap);
  let total = 0;
  for (;;) {
    const line = readLine(heap, f, -1);
    if (line.length === 0) break;
    listAppend(heap, out, bytesFromArray(heap, line));
    total += line.length;
    if (hint > 0 && total >= hint) break;
  }
  return out;
});
method('seek', 'pos, whence=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const p = Number(asInt(heap, arg(heap, a, 0)));
  const whence = isNull(arg(heap, a, 1)) ? 0 : Number(asInt(heap, arg(heap, a, 1)));
  if (whence === 0) {
    if (p < 0) raise('ValueError', `negative seek value ${p}`);
    nset(heap, f, 2, p);
  } else if (whence === 1) nset(heap, f, 2, Math.max(0, pos(heap, f) + p));
  else if (whence === 2) nset(heap, f, 2, Math.max(0, size(heap, f) + p));
  else raise('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  return fromInt32(pos(heap, f));
});
method('tell', '', (heap, a) => { checkOpen(heap, self(heap, a)); return fromInt32(pos(heap, self(heap, a))); });
method('truncate', 'size=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const n = sizeArg(heap, arg(heap, a, 0)) < 0 ? pos(heap, f) : sizeArg(heap, arg(heap, a, 0));
  if (n < 0) raise('ValueError', `negative size value ${n}`);
  if (n < size(heap, f)) setBuffer(heap, f, buffer(heap, f).slice(0, n));
  return fromInt32(n);
});
method('close', '', (heap, a) => { nset(heap, self(heap, a), 4, TRUE); return NONE; });
method('flush', '', (heap, a) => { checkOpen(heap, self(heap, a)); return NONE; });
for (const name of ['readable', 'writable', 'seekable']) method(name, '', (heap, a) => { checkOpen(heap, self(heap, a)); return TRUE; });
method('__enter__', '', (heap, a) => { checkOpen(heap, self(heap, a)); return self(heap, a); });
method('__exit__', '*args', (heap, a) => { nset(heap, self(heap, a), 4, TRUE); return NONE; });
