// The `io` module: StringIO (an in-memory text stream with CPython's methods and messages:
// write/read/readline/readlines/getvalue/seek/tell/truncate/close, iteration, `with`), usable
// as print(file=…) and as sys.stdout (runtime/builtins/file-write.ts routes print there).
//
// Layout (ext-types.ts): F1 a heap list of str chunks whose concatenation is the buffer
// (appends at the end just add a chunk; anything else joins them into one first), F2 the
// position in code points, F3 the buffer's length in code points, F4 closed (bool).
// Positions count code points, as CPython's; the JS strings are UTF-16, so slicing goes
// through code-point arrays when a string has surrogates.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32 } from '../value.js';
import { newList, listAppend, listLength, listGet } from '../sequence.js';
import { strFromJs, strToJs, strLength } from '../str.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineMethod, defineModule, arg, self } from '../builtins/registry.js';
import { setAttr } from '../builtins/objects.js';
import { tid, typeNameOf, truthy } from '../builtins/protocol.js';
import { getIter, iterNext } from '../builtins/containers.js';
import { pushHandle, popHandles } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt } from '../builtins/ext-types.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { bytesIOClass } from './io-bytes.js';
import { asInt } from './math.js';

const hasSurrogates = (s: string): boolean => /[\ud800-\udfff]/.test(s);
/** s[start:end] in code points. */
function cpSlice(s: string, start: number, end?: number): string {
  if (!hasSurrogates(s)) return s.slice(start, end);
  return Array.from(s).slice(start, end).join('');
}
const cpLength = (s: string): number => (hasSurrogates(s) ? Array.from(s).length : s.length);

const pos = (heap: Heap, f: Value): number => nget(heap, f, 2);
const size = (heap: Heap, f: Value): number => nget(heap, f, 3);

/** The whole buffer as one JS string (joining the chunks into one). */
function buffer(heap: Heap, f: Value): string {
  const chunks = nget(heap, f, 1);
  const n = listLength(heap, chunks);
  if (n === 1) return strToJs(heap, listGet(heap, chunks, 0));
  let s = '';
  for (let i = 0; i < n; i++) s += strToJs(heap, listGet(heap, chunks, i));
  setBuffer(heap, f, s);
  return s;
}
function setBuffer(heap: Heap, f: Value, s: string): void {
  const chunks = newList(heap);
  listAppend(heap, chunks, strFromJs(heap, s));
  nset(heap, f, 1, chunks);
  nset(heap, f, 3, cpLength(s));
}

function checkOpen(heap: Heap, f: Value): void {
  if (truthy(heap, nget(heap, f, 4))) raise('ValueError', 'I/O operation on closed file');
}

/** write(s) at the position (padding with NULs past the end, as CPython). Returns len(s). */
export function stringIOWrite(heap: Heap, f: Value, s: Value): number {
  checkOpen(heap, f);
  if (tid(heap, s) !== TypeId.STR) throw typeError(`string argument expected, got '${typeNameOf(heap, s)}'`);
  const n = strLength(heap, s);
  if (n === 0) return 0;
  const p = pos(heap, f), len = size(heap, f);
  if (p === len) {
    listAppend(heap, nget(heap, f, 1), s);
    nset(heap, f, 3, len + n);
  } else {
    const old = buffer(heap, f);
    const text = strToJs(heap, s);
    const head = p > len ? old + '\0'.repeat(p - len) : cpSlice(old, 0, p);
    setBuffer(heap, f, head + text + cpSlice(old, p + n));
  }
  nset(heap, f, 2, p + n);
  return n;
}

function readLine(heap: Heap, f: Value, limit: number): string {
  const s = buffer(heap, f);
  const p = pos(heap, f);
  const rest = cpSlice(s, p);
  const nl = rest.indexOf('\n');
  let line = nl < 0 ? rest : rest.slice(0, nl + 1);
  if (limit >= 0 && cpLength(line) > limit) line = cpSlice(line, 0, limit);
  nset(heap, f, 2, p + cpLength(line));
  return line;
}

const stringIOType = defineExtType('StringIO', '_io', {
  next: (heap, f) => {
    checkOpen(heap, f);
    const line = readLine(heap, f, -1);
    return line === '' ? NULL : strFromJs(heap, line);
  },
  getAttr: (heap, f, name) => {
    if (name === 'closed') return truthy(heap, nget(heap, f, 4)) ? TRUE : FALSE;
    if (name === 'line_buffering') return FALSE;
    if (name === 'newlines' || name === 'encoding' || name === 'errors') return NONE;
    return NULL;
  },
});

const stringIOClass = defineExtClass(stringIOType, 'initial_value=, newline=', (heap, a) => {
  const init = arg(heap, a, 0);
  if (!isNull(init) && !isNone(init) && tid(heap, init) !== TypeId.STR) {
    throw typeError(`initial_value must be str or None, not ${typeNameOf(heap, init)}`);
  }
  const f = newExt(heap, stringIOType);
  nset(heap, f, 2, 0);
  nset(heap, f, 4, FALSE);
  setBuffer(heap, f, isNull(init) || isNone(init) ? '' : strToJs(heap, init));
  return f;
});

const KEY = extKey(stringIOType);
const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(KEY, 'StringIO', name, sig, fn); };
/** An optional size argument: None or absent → -1. */
const sizeArg = (heap: Heap, v: Value): number => (isNull(v) || isNone(v) ? -1 : Number(asInt(heap, v)));

method('write', 's, /', (heap, a) => fromInt32(stringIOWrite(heap, self(heap, a), arg(heap, a, 0))));
method('writelines', 'lines, /', (heap, a) => {
  checkOpen(heap, self(heap, a));
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try {
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) stringIOWrite(heap, self(heap, a), x);
    return NONE;
  } finally { popHandles(heap, h); }
});
method('getvalue', '', (heap, a) => { checkOpen(heap, self(heap, a)); return strFromJs(heap, buffer(heap, self(heap, a))); });
method('read', 'size=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const n = sizeArg(heap, arg(heap, a, 0));
  const p = pos(heap, f);
  const s = buffer(heap, f);
  const out = n < 0 ? cpSlice(s, p) : cpSlice(s, p, p + n);
  nset(heap, f, 2, Math.max(p, Math.min(size(heap, f), p + cpLength(out))));
  return strFromJs(heap, out);
});
method('readline', 'size=, /', (heap, a) => {
  checkOpen(heap, self(heap, a));
  return strFromJs(heap, readLine(heap, self(heap, a), sizeArg(heap, arg(heap, a, 0))));
});
method('readlines', 'hint=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const hint = sizeArg(heap, arg(heap, a, 0));
  const out = newList(heap);
  let total = 0;
  for (;;) {
    const line = readLine(heap, f, -1);
    if (line === '') break;
    listAppend(heap, out, strFromJs(heap, line));
    total += cpLength(line);
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
    if (p < 0) raise('ValueError', `Negative seek position ${p}`);
    nset(heap, f, 2, p);
  } else if (whence === 1) {
    if (p !== 0) raise('OSError', "Can't do nonzero cur-relative seeks");
  } else if (whence === 2) {
    if (p !== 0) raise('OSError', "Can't do nonzero cur-relative seeks"); // CPython's StringIO says cur- for both
    nset(heap, f, 2, size(heap, f));
  } else raise('ValueError', `Invalid whence (${whence}, should be 0, 1 or 2)`);
  return fromInt32(pos(heap, f));
});
method('tell', '', (heap, a) => { checkOpen(heap, self(heap, a)); return fromInt32(pos(heap, self(heap, a))); });
method('truncate', 'pos=, /', (heap, a) => {
  const f = self(heap, a);
  checkOpen(heap, f);
  const n = sizeArg(heap, arg(heap, a, 0)) < 0 ? pos(heap, f) : sizeArg(heap, arg(heap, a, 0));
  if (n < 0) raise('ValueError', `Negative size value ${n}`);
  if (n < size(heap, f)) setBuffer(heap, f, cpSlice(buffer(heap, f), 0, n));
  return fromInt32(n);
});
method('close', '', (heap, a) => { nset(heap, self(heap, a), 4, TRUE); return NONE; });
method('flush', '', (heap, a) => { checkOpen(heap, self(heap, a)); return NONE; });
for (const name of ['readable', 'writable', 'seekable']) method(name, '', (heap, a) => { checkOpen(heap, self(heap, a)); return TRUE; });
method('isatty', '', (heap, a) => { checkOpen(heap, self(heap, a)); return FALSE; });
method('__enter__', '', (heap, a) => { checkOpen(heap, self(heap, a)); return self(heap, a); });
method('__exit__', '*args', (heap, a) => { nset(heap, self(heap, a), 4, TRUE); return NONE; });
method('__iter__', '', (heap, a) => { checkOpen(heap, self(heap, a)); return self(heap, a); });

defineModule('io', (heap, dict) => {
  setAttr(heap, dict, 'StringIO', extClassValue(heap, stringIOClass));
  setAttr(heap, dict, 'BytesIO', extClassValue(heap, bytesIOClass));
  setAttr(heap, dict, 'SEEK_SET', fromInt32(0));
  setAttr(heap, dict, 'SEEK_CUR', fromInt32(1));
  setAttr(heap, dict, 'SEEK_END', fromInt32(2));
});


