// sys.stdin: a read-only text file object over the host's line reader (the same one input()
// uses, so the two share one stream and a test host without input sees an empty stdin):
// read(n), readline(n), readlines(), iteration, fileno, isatty, closed/name/mode/encoding,
// repr `<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>`.
//
// sys.stdin.buffer reads bytes from the same stream (below).
//
// The host gives lines without their '\n' (cli/run.ts), so each gets one back; a last line
// without a newline gains one (the one place this differs from CPython).
//
// Layout: F1 the unread text already taken from the host (a str), F2 closed (bool).

import type { Heap } from '../heap.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32 } from '../value.js';
import { newList, listAppend } from '../sequence.js';
import { strFromJs, strToJs, bytesFromArray, bytesToArray, internStr } from '../str.js';
import { dictGet } from '../dict.js';
import { raise } from '../builtins/exceptions.js';
import { defineMethod, defineModule, MODULES, arg, self } from '../builtins/registry.js';
import { setAttr } from '../builtins/objects.js';
import { truthy } from '../builtins/protocol.js';
import { pushHandle, popHandles } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt } from '../builtins/ext-types.js';
import { host } from '../builtins/functions.js';
import { asInt } from './math.js';

const pending = (heap: Heap, f: Value): string => strToJs(heap, nget(heap, f, 1));

function check(heap: Heap, f: Value): void {
  if (truthy(heap, nget(heap, f, 2))) raise('ValueError', 'I/O operation on closed file.');
}

/** Pulls lines from the host until `want` says the buffer is enough or input ends. */
function fill(heap: Heap, f: Value, want: (buf: string) => boolean): string {
  let buf = pending(heap, f);
  while (!want(buf)) {
    const line = host.readLine();
    if (line === null) break;
    buf += `${line}\n`;
  }
  return buf;
}

function take(heap: Heap, f: Value, buf: string, n: number): Value {
  nset(heap, f, 1, strFromJs(heap, buf.slice(n)));
  return strFromJs(heap, buf.slice(0, n));
}

function readLine(heap: Heap, f: Value, limit: number): Value {
  check(heap, f);
  const buf = fill(heap, f, (b) => b.includes('\n') || (limit >= 0 && b.length >= limit));
  const nl = buf.indexOf('\n');
  let n = nl < 0 ? buf.length : nl + 1;
  if (limit >= 0) n = Math.min(n, limit);
  return take(heap, f, buf, n);
}

const stdinType = defineExtType('TextIOWrapper', '_io', {
  repr: () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
  next: (heap, f) => {
    const line = readLine(heap, f, -1);
    return strToJs(heap, line) === '' ? NULL : line;
  },
  getAttr: (heap, f, name) => {
    switch (name) {
      case 'closed': return truthy(heap, nget(heap, f, 2)) ? TRUE : FALSE;
      case 'name': return strFromJs(heap, '<stdin>');
      case 'mode': return strFromJs(heap, 'r');
      case 'encoding': return strFromJs(heap, 'utf-8');
      case 'errors': return strFromJs(heap, 'strict');
      case 'buffer': return stdinBuffer(heap, f);
      default: return NULL;
    }
  },
});

const sizeArg = (heap: Heap, v: Value): number => (isNull(v) || isNone(v) ? -1 : Number(asInt(heap, v)));
const KEY = extKey(stdinType);
const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(KEY, 'TextIOWrapper', name, sig, fn); };

method('read', 'size=, /', (heap, a) => {
  const f = self(heap, a);
  check(heap, f);
  const n = sizeArg(heap, arg(heap, a, 0));
  const buf = fill(heap, f, (b) => n >= 0 && b.length >= n);
  return take(heap, f, buf, n < 0 ? buf.length : Math.min(n, buf.length));
});
method('readline', 'size=, /', (heap, a) => readLine(heap, self(heap, a), sizeArg(heap, arg(heap, a, 0))));
method('readlines', 'hint=, /', (heap, a) => {
  const out = newList(heap);
  const h = pushHandle(heap, out);
  try {
    for (;;) {
      const line = readLine(heap, self(heap, a), -1);
      if (strToJs(heap, line) === '') return out;
      listAppend(heap, out, line);
    }
  } finally { popHandles(heap, h); }
});
method('fileno', '', () => fromInt32(0));
method('isatty', '', () => FALSE);
method('readable', '', () => TRUE);
method('writable', '', () => FALSE);
method('close', '', (heap, a) => { nset(heap, self(heap, a), 2, TRUE); return NONE; });
method('__enter__', '', (heap, a) => self(heap, a));
method('__exit__', '*args', (heap, a) => { nset(heap, self(heap, a), 2, TRUE); return NONE; });

// --- sys.stdin.buffer: bytes from the same stream ---
// Layout: F1 the text stdin object, F2 the bytes read from it but not yet returned. The host
// gives text lines (cli/run.ts decodes stdin as UTF-8 with surrogateescape, so bytes that are
// not UTF-8 arrive as lone U+DC80..U+DCFF); they are turned back into the exact bytes here.
// Text the text object already took from the host but did not return comes first.

function textBytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else for (const b of new TextEncoder().encode(ch)) out.push(b);
  }
  return out;
}

const stdinBufferType = defineExtType('BufferedReader', '_io', {
  repr: () => "<_io.BufferedReader name='<stdin>'>",
  next: (heap, b) => {
    const line = bufferLine(heap, b, -1);
    return line.length === 0 ? NULL : bytesFromArray(heap, Uint8Array.from(line));
  },
  getAttr: (heap, b, name) => {
    if (name === 'name') return strFromJs(heap, '<stdin>');
    if (name === 'mode') return strFromJs(heap, 'rb');
    if (name === 'closed') return nget(heap, nget(heap, b, 1), 2);
    if (name === 'raw') return b;
    return NULL;
  },
});

function stdinBuffer(heap: Heap, f: Value): Value {
  const b = newExt(heap, stdinBufferType);
  nset(heap, b, 1, f);
  nset(heap, b, 2, bytesFromArray(heap, new Uint8Array(0)));
  return b;
}

/** The buffer's pending bytes, topped up from the text object and the host until `want` holds or input ends. */
function fillBytes(heap: Heap, b: Value, want: (buf: number[]) => boolean): number[] {
  const f = nget(heap, b, 1);
  check(heap, f);
  const buf = [...bytesToArray(heap, nget(heap, b, 2)), ...textBytes(pending(heap, f))];
  nset(heap, f, 1, strFromJs(heap, ''));
  while (!want(buf)) {
    const line = host.readLine();
    if (line === null) break;
    buf.push(...textBytes(line), 0x0a);
  }
  return buf;
}

function takeBytes(heap: Heap, b: Value, buf: number[], n: number): number[] {
  nset(heap, b, 2, bytesFromArray(heap, Uint8Array.from(buf.slice(n))));
  return buf.slice(0, n);
}

function bufferLine(heap: Heap, b: Value, limit: number): number[] {
  const buf = fillBytes(heap, b, (x) => x.includes(0x0a) || (limit >= 0 && x.length >= limit));
  const nl = buf.indexOf(0x0a);
  let n = nl < 0 ? buf.length : nl + 1;
  if (limit >= 0) n = Math.min(n, limit);
  return takeBytes(heap, b, buf, n);
}

const BKEY = extKey(stdinBufferType);
const bmethod = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(BKEY, 'BufferedReader', name, sig, fn); };
bmethod('read', 'size=, /', (heap, a) => {
  const b = self(heap, a);
  const n = sizeArg(heap, arg(heap, a, 0));
  const buf = fillBytes(heap, b, (x) => n >= 0 && x.length >= n);
  return bytesFromArray(heap, Uint8Array.from(takeBytes(heap, b, buf, n < 0 ? buf.length : Math.min(n, buf.length))));
});
bmethod('readline', 'size=, /', (heap, a) => bytesFromArray(heap, Uint8Array.from(bufferLine(heap, self(heap, a), sizeArg(heap, arg(heap, a, 0))))));
bmethod('readlines', 'hint=, /', (heap, a) => {
  const out = newList(heap);
  const h = pushHandle(heap, out);
  try {
    for (;;) {
      const line = bufferLine(heap, self(heap, a), -1);
      if (line.length === 0) return out;
      listAppend(heap, out, bytesFromArray(heap, Uint8Array.from(line)));
    }
  } finally { popHandles(heap, h); }
});
bmethod('fileno', '', () => fromInt32(0));
bmethod('isatty', '', () => FALSE);
bmethod('readable', '', () => TRUE);
bmethod('writable', '', () => FALSE);

// sys's init registered so far (runtime/modules/sys.ts) runs first; backends/interp/sys.ts wraps this one in turn.
const baseInit = MODULES.get('sys');
defineModule('sys', (heap, dict) => {
  baseInit?.(heap, dict);
  const f = newExt(heap, stdinType);
  nset(heap, f, 1, strFromJs(heap, ''));
  nset(heap, f, 2, FALSE);
  setAttr(heap, dict, 'stdin', f);
  setAttr(heap, dict, '__stdin__', dictGet(heap, dict, internStr(heap, 'stdin'))); // the original stream, kept when a program replaces sys.stdin
});
