// open() and its file objects: _io.TextIOWrapper for text modes, _io.BufferedReader/
// BufferedWriter/BufferedRandom for binary ones, with CPython's methods, reprs and messages
// (read/readline/readlines/write/writelines/seek/tell/truncate/flush/close, iteration by
// lines, `with`, closed/name/mode/encoding). The fs work is in files-core.ts.
//
// Layout (ext-types.ts): F1 the FileState id (small int, files-core.ts), F2 the name as given
// to open() (a str or an int fd). Positions in text mode are byte offsets (tell()'s cookie is
// the byte offset, as CPython's for a stateless decoder); read(n) counts code points.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32, loOf } from '../value.js';
import { newList, listAppend, newTuple } from '../sequence.js';
import { strFromJs, strToJs, bytesFromArray } from '../str.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineBuiltin, defineMethod, arg, self } from '../builtins/registry.js';
import { tid, typeNameOf, truthy } from '../builtins/protocol.js';
import { reprValue } from '../builtins/repr.js';
import { getIter, iterNext, iterHooks } from '../builtins/containers.js';
import { loadAttr } from '../builtins/objects.js';
import { isUserObject } from '../builtins/class-hooks.js';
import { bytesLikeData } from '../builtins/bytes-like.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt, extTypeOf, type ExtType } from '../builtins/ext-types.js';
import { asInt } from './math.js';
import {
  type FileState, openFile, stateOf, closeFile, readCache, syncPos, writeBytes, truncateFile, fileSize,
  lineEnd, writeTranslate, fileFd,
} from './files-core.js';
import { encode } from './files-codec.js';

const st = (heap: Heap, f: Value): FileState => stateOf(loOf(nget(heap, f, 1)));

/** Operations whose closed-file ValueError has no final period (raised by FileIO, not the wrapper). */
const NO_PERIOD = new Set(['fileno', 'readable', 'writable', 'seekable', 'isatty']);
/** Binary files' own wording for some operations (BufferedReader/Writer's checks). */
const BINARY_CLOSED: Record<string, string> = {
  read: 'read of closed file', readline: 'readline of closed file', __next__: 'readline of closed file',
  seek: 'seek of closed file', write: 'write to closed file', truncate: 'truncate of closed file',
};

/** CPython's text for operation `op` on a closed file: each layer of _io words it its own way. */
function closedMessage(s: FileState, op: string): string {
  if (s.binary) {
    if (op in BINARY_CLOSED) return BINARY_CLOSED[op];
    if (op === 'flush' && s.writable) return 'flush of closed file';
    if (op === 'tell') return 'I/O operation on closed file';
  }
  return NO_PERIOD.has(op) ? 'I/O operation on closed file' : 'I/O operation on closed file.';
}

// io.UnsupportedOperation (OSError and ValueError) is not a runtime class yet: OSError carries its text.
/**
 * The file of method `op`, checked as CPython checks it: open, and readable/writable where `op`
 * needs it. Binary files test the capability first ('read'/'write'), text files the closing.
 */
function guard(heap: Heap, f: Value, op: string, need: 'read' | 'write' | null = null): FileState {
  const s = st(heap, f);
  const lacks = need === 'read' ? !s.readable : need === 'write' ? !s.writable : false;
  if (lacks && s.binary && op !== 'readlines' && op !== 'writelines') raise('OSError', need!);
  if (s.closed) raise('ValueError', closedMessage(s, op));
  if (lacks) raise('OSError', s.binary ? need! : need === 'read' ? 'not readable' : 'not writable');
  return s;
}

/** Advances `n` code points from `i` in `s` (n < 0: to the end). */
function cpAdvance(s: string, i: number, n: number): number {
  if (n < 0) return s.length;
  let j = i;
  for (let k = 0; k < n && j < s.length; k++) {
    const c = s.charCodeAt(j);
    j += c >= 0xd800 && c < 0xdc00 && j + 1 < s.length ? 2 : 1;
  }
  return j;
}

/** read(n): str or bytes. */
function readSome(heap: Heap, s: FileState, n: number): Value {
  if (n === 0) return s.binary ? bytesFromArray(heap, []) : strFromJs(heap, ''); // reads (and decodes) nothing
  const c = readCache(s);
  if (s.binary) {
    const end = n < 0 ? c.data.length : Math.min(c.data.length, c.idx + n);
    const out = c.data.subarray(c.idx, end);
    c.idx = end;
    return bytesFromArray(heap, out);
  }
  const end = cpAdvance(c.text, c.idx, n);
  const out = c.text.slice(c.idx, end);
  c.idx = end;
  return strFromJs(heap, out);
}

/** readline(limit): '' / b'' at the end. */
function readLine(heap: Heap, s: FileState, limit: number): Value {
  const c = readCache(s);
  if (s.binary) {
    const nl = c.data.indexOf(0x0a, c.idx);
    let end = nl < 0 ? c.data.length : nl + 1;
    if (limit >= 0) end = Math.min(end, c.idx + limit);
    const out = c.data.subarray(c.idx, end);
    c.idx = end;
    return bytesFromArray(heap, out);
  }
  const e = lineEnd(c.text, c.idx, s.newline);
  let end = e < 0 ? c.text.length : e;
  if (limit >= 0) end = Math.min(end, cpAdvance(c.text, c.idx, limit));
  const out = c.text.slice(c.idx, end);
  c.idx = end;
  return strFromJs(heap, out);
}

function fileRepr(heap: Heap, f: Value, t: ExtType): string {
  const s = st(heap, f);
  const name = reprValue(heap, nget(heap, f, 2));
  if (s.binary) return `<_io.${t.name} name=${name}>`;
  return `<_io.TextIOWrapper name=${name} mode='${s.mode}' encoding='${s.encoding}'>`;
}

function makeType(name: string): ExtType {
  const t: ExtType = defineExtType(name, '_io', {
    repr: (heap, f) => fileRepr(heap, f, t),
    iter: (heap, f) => { guard(heap, f, '__iter__'); return f; },
    next: (heap, f) => {
      const s = guard(heap, f, '__next__', 'read');
      const line = readLine(heap, s, -1);
      return isEmpty(heap, line) ? NULL : line;
    },
    getAttr: (heap, f, attr) => {
      const s = st(heap, f);
      switch (attr) {
        case 'closed': return s.closed ? TRUE : FALSE;
        case 'name': return nget(heap, f, 2);
        case 'mode': return strFromJs(heap, s.mode);
        case 'encoding': return s.binary ? NULL : strFromJs(heap, s.encoding);
        case 'errors': return s.binary ? NULL : strFromJs(heap, s.errors);
        case 'line_buffering': return s.binary ? NULL : FALSE;
        case 'newlines': return s.binary ? NULL : NONE;
        default: return NULL;
      }
    },
  });
  return t;
}
const isEmpty = (heap: Heap, v: Value): boolean => (tid(heap, v) === TypeId.STR ? strToJs(heap, v) === '' : bytesLikeData(heap, v)!.length === 0);

const TEXT = makeType('TextIOWrapper');
const READER = makeType('BufferedReader');
const WRITER = makeType('BufferedWriter');
const RANDOM = makeType('BufferedRandom');

const sizeArg = (heap: Heap, v: Value): number => (isNull(v) || isNone(v) ? -1 : Number(asInt(heap, v)));

function writeValue(heap: Heap, f: Value, v: Value): number {
  const s = guard(heap, f, 'write', 'write');
  if (s.binary) {
    const data = bytesLikeData(heap, v);
    if (data === null) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, v)}'`);
    writeBytes(s, data);
    return data.length;
  }
  if (tid(heap, v) !== TypeId.STR) throw typeError(`write() argument must be str, not ${typeNameOf(heap, v)}`);
  const text = strToJs(heap, v);
  writeBytes(s, encode(writeTranslate(s, text), s.codec, s.errors));
  return Array.from(text).length;
}

for (const t of [TEXT, READER, WRITER, RANDOM]) {
  const key = extKey(t);
  const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(key, t.name, name, sig, fn); };
  method('read', 'size=, /', (heap, a) => readSome(heap, guard(heap, self(heap, a), 'read', 'read'), sizeArg(heap, arg(heap, a, 0))));
  method('readline', 'size=, /', (heap, a) => readLine(heap, guard(heap, self(heap, a), 'readline', 'read'), sizeArg(heap, arg(heap, a, 0))));
  method('readlines', 'hint=, /', (heap, a) => {
    const s = guard(heap, self(heap, a), 'readlines', 'read');
    const hint = sizeArg(heap, arg(heap, a, 0));
    const out = newList(heap);
    const h = pushHandle(heap, out);
    try {
      let total = 0;
      for (;;) {
        const line = readLine(heap, s, -1);
        if (isEmpty(heap, line)) break;
        listAppend(heap, out, line);
        total += s.binary ? bytesLikeData(heap, line)!.length : strToJs(heap, line).length;
        if (hint > 0 && total >= hint) break;
      }
      return out;
    } finally { popHandles(heap, h); }
  });
  method('write', 's, /', (heap, a) => fromInt32(writeValue(heap, self(heap, a), arg(heap, a, 0))));
  method('writelines', 'lines, /', (heap, a) => {
    guard(heap, self(heap, a), 'writelines', 'write');
    const it = getIter(heap, arg(heap, a, 0));
    const h = pushHandle(heap, it);
    try {
      for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) writeValue(heap, self(heap, a), x);
      return NONE;
    } finally { popHandles(heap, h); }
  });
  method('seek', 'cookie, whence=, /', (heap, a) => {
    const s = guard(heap, self(heap, a), 'seek');
    const off = Number(asInt(heap, arg(heap, a, 0)));
    const whence = isNull(arg(heap, a, 1)) ? 0 : Number(asInt(heap, arg(heap, a, 1)));
    if (whence < 0 || whence > 2) raise('ValueError', s.binary ? `whence value ${whence} unsupported` : `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (!s.binary && whence !== 0 && off !== 0) raise('OSError', `can't do nonzero ${whence === 1 ? 'cur' : 'end'}-relative seeks`);
    if (whence === 0 && off < 0) raise(s.binary ? 'OSError' : 'ValueError', s.binary ? '[Errno 22] Invalid argument' : `negative seek position ${off}`);
    const base = whence === 0 ? 0 : whence === 1 ? syncPos(s) : (syncPos(s), fileSize(s));
    s.cache = null;
    s.pos = base + off;
    return fromInt32(s.pos);
  });
  method('tell', '', (heap, a) => {
    const s = guard(heap, self(heap, a), 'tell');
    return fromInt32(syncPos(s));
  });
  method('truncate', 'pos=, /', (heap, a) => {
    const s = guard(heap, self(heap, a), 'truncate', 'write');
    const n = sizeArg(heap, arg(heap, a, 0)) < 0 ? syncPos(s) : sizeArg(heap, arg(heap, a, 0));
    truncateFile(s, n);
    return fromInt32(n);
  });
  method('fileno', '', (heap, a) => fromInt32(fileFd(guard(heap, self(heap, a), 'fileno'))));
  method('flush', '', (heap, a) => { guard(heap, self(heap, a), 'flush'); return NONE; });
  method('close', '', (heap, a) => { closeFile(st(heap, self(heap, a))); return NONE; });
  method('readable', '', (heap, a) => (st(heap, self(heap, a)).readable && guard(heap, self(heap, a), 'readable') ? TRUE : FALSE));
  method('writable', '', (heap, a) => (st(heap, self(heap, a)).writable && guard(heap, self(heap, a), 'writable') ? TRUE : FALSE));
  method('seekable', '', (heap, a) => { guard(heap, self(heap, a), 'seekable'); return TRUE; });
  method('isatty', '', (heap, a) => { guard(heap, self(heap, a), 'isatty'); return FALSE; });
  method('__enter__', '', (heap, a) => { guard(heap, self(heap, a), '__enter__'); return self(heap, a); });
  method('__exit__', '*args', (heap, a) => { closeFile(st(heap, self(heap, a))); return NONE; });
  method('__iter__', '', (heap, a) => { guard(heap, self(heap, a), '__iter__'); return self(heap, a); });
}

/** Is `v` one of open()'s file objects? (for other modules: tempfile's wrappers, os.fdopen). */
export function isFile(heap: Heap, v: Value): boolean {
  const t = extTypeOf(heap, v);
  return t === TEXT || t === READER || t === WRITER || t === RANDOM;
}

/**
 * os.fspath(v) for a user object with __fspath__ (pathlib.Path, an os.PathLike class): the
 * str or bytes it gives; null when v is not path-like.
 */
export function fspath(heap: Heap, v: Value): Value | null {
  if (!isUserObject(heap, v)) return null;
  let f: Value;
  try {
    f = loadAttr(heap, v, '__fspath__');
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'AttributeError') return null;
    throw e;
  }
  const r = iterHooks.callN(heap, f, newTuple(heap, 0));
  if (tid(heap, r) !== TypeId.STR && tid(heap, r) !== TypeId.BYTES) {
    raise('TypeError', `expected ${typeNameOf(heap, v)}.__fspath__() to return str or bytes, not ${typeNameOf(heap, r)}`);
  }
  return r;
}

/** open()'s file argument (after __fspath__) as a path string or an fd. */
function pathOf(heap: Heap, file: Value): string | number {
  const t = tid(heap, file);
  if (t === TypeId.STR) return strToJs(heap, file);
  if (t === TypeId.INT || t === TypeId.BOOL) return Number(asInt(heap, file));
  if (t === TypeId.BYTES) return new TextDecoder().decode(bytesLikeData(heap, file)!);
  return raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(heap, file)}`);
}

defineBuiltin('open', 'file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=', (heap, a) => {
  const file = arg(heap, a, 0);
  const modeV = arg(heap, a, 1);
  const mode = isNull(modeV) ? 'r' : tid(heap, modeV) === TypeId.STR ? strToJs(heap, modeV)
    : raise('TypeError', `open() argument 'mode' must be str, not ${typeNameOf(heap, modeV)}`);
  const strOrNone = (i: number, what: string): string | null => {
    const v = arg(heap, a, i);
    if (isNull(v) || isNone(v)) return null;
    if (tid(heap, v) !== TypeId.STR) raise('TypeError', `open() argument '${what}' must be str or None, not ${typeNameOf(heap, v)}`);
    return strToJs(heap, v);
  };
  const encoding = strOrNone(3, 'encoding');
  const errors = strOrNone(4, 'errors');
  const newline = strOrNone(5, 'newline');
  const p = fspath(heap, file);
  // A path-like's file object is named by the str (or bytes) its __fspath__ gave, as CPython's.
  const h = pushHandle(heap, p ?? file);
  try {
    const path = pathOf(heap, handleGet(heap, h));
    if (!isNull(arg(heap, a, 6)) && !truthy(heap, arg(heap, a, 6)) && typeof path === 'string') raise('ValueError', 'Cannot use closefd=False with file name');
    const id = openFile(path, mode, encoding, errors, newline);
    const s = stateOf(id);
    const t = !s.binary ? TEXT : s.readable && s.writable ? RANDOM : s.readable ? READER : WRITER;
    const f = newExt(heap, t);
    nset(heap, f, 1, fromInt32(id));
    nset(heap, f, 2, handleGet(heap, h));
    return f;
  } finally { popHandles(heap, h); }
});
