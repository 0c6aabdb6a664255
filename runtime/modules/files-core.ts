// The host side of open(): a file's state kept in JS (the fd, the mode, a read cache) and
// the node:fs calls, with OS errors turned into CPython's OSError subclasses and messages
// (`[Errno 2] No such file or directory: 'x.txt'`). files.ts binds this to Python objects.
//
// Reads and writes are positional (readSync/writeSync at `pos`), so the file object owns its
// offset as CPython's does. Writes go straight to the OS (no write buffer): what a program
// sees after close() or at exit is the same as CPython's; only a second reader of a file
// still open for writing sees the data earlier than under CPython.

import * as fs from 'node:fs';
import { raise, PyRaise } from '../builtins/exceptions.js';

/** node's error code → [errno, strerror, exception class], as glibc/CPython name them. */
const OS_ERRORS: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  EXDEV: [18, 'Invalid cross-device link', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
};

/** Python repr of a str file name (the common case: no quotes or escapes inside). */
function quote(s: string): string {
  if (!s.includes("'")) return `'${s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
  return JSON.stringify(s);
}

/**
 * What an OSError raised here was made from, for whoever builds its exception object: CPython's
 * args are (errno, strerror) and .filename/.filename2 are the paths (OSError(errno, strerror,
 * filename, None, filename2)). Keyed by the thrown PyRaise; plain JS data, so safe across GC.
 */
export interface OsErrorInfo {
  readonly errno: number;
  readonly strerror: string;
  readonly filename: string | null;
  readonly filename2: string | null;
}
const OS_ERROR_INFO = new WeakMap<object, OsErrorInfo>();

/** The errno/strerror/filenames of an OSError raised by pyx's file functions, if it is one. */
export function osErrorInfo(error: object): OsErrorInfo | undefined {
  return OS_ERROR_INFO.get(error);
}

/** Throws CPython's OSError subclass `cls` for errno `errno` on `names` (`'a' -> 'b'` for two). */
export function raiseOsError(cls: string, errno: number, text: string, ...names: string[]): never {
  const shown = names.map(quote);
  const suffix = shown.length === 0 ? '' : `: ${shown.join(' -> ')}`;
  const error = new PyRaise(cls, `[Errno ${errno}] ${text}${suffix}`);
  OS_ERROR_INFO.set(error, { errno, strerror: text, filename: names[0] ?? null, filename2: names[1] ?? null });
  throw error;
}

/**
 * Runs an fs call, raising the Python OSError subclass CPython would for its failure;
 * `names` are the file names CPython's message shows (`'a' -> 'b'` for two).
 */
export function osCall<T>(fn: () => T, ...names: (string | number)[]): T {
  try {
    return fn();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === undefined || !(code in OS_ERRORS)) throw e;
    const [errno, text, cls] = OS_ERRORS[code];
    return raiseOsError(cls, errno, text, ...names.filter((n): n is string => typeof n === 'string'));
  }
}

import { type Codec, type ErrorHandler, codecOf, decode } from './files-codec.js';

/**
 * One open file. Invariants: `pos` is the OS offset the next read/write uses, except while
 * `cache` holds the rest of the file read ahead (then the offset is cache.start plus the
 * bytes of what was consumed: `consumedBytes`); `closed` files have no fd.
 */
export interface FileState {
  /** The OS descriptor; -1 once a read-only file was read whole and let go (see `whole`). */
  fd: number;
  /** open()'s path (or fd), to reopen a let-go file for fileno(). */
  readonly path: string | number;
  /**
   * A read-only file opened by name, read in full on its first read: the fd is closed then, so
   * `open(p).read()` and `for line in open(p)` without close() do not hold descriptors (CPython
   * closes them at once by reference counting; pyx has no finalizers). Later reads see this copy.
   */
  whole: Uint8Array | null;
  /** CPython's .mode: 'r', 'w', 'a', 'x', 'r+', 'w+', 'rb', 'wb', 'ab', 'rb+'… */
  readonly mode: string;
  readonly binary: boolean;
  readonly readable: boolean;
  readonly writable: boolean;
  readonly append: boolean;
  readonly codec: Codec;
  /** errors=: what decoding and encoding do with what the codec cannot handle. */
  readonly errors: ErrorHandler;
  /** The .encoding shown ('UTF-8' when not given, else the argument as given). */
  readonly encoding: string;
  /** newline=: null for universal newlines, else '', '\n', '\r' or '\r\n'. */
  readonly newline: string | null;
  pos: number;
  cache: ReadCache | null;
  closed: boolean;
}

/** The rest of the file from `start`: `raw` as decoded, `text` after newline translation. */
export interface ReadCache {
  readonly start: number;
  readonly data: Uint8Array;
  /** Text mode only. */
  readonly raw: string;
  readonly text: string;
  /** Consumed: code units of `text` (text mode) or bytes of `data` (binary). */
  idx: number;
}

const STATES = new Map<number, FileState>();
let nextId = 1;

export function stateOf(id: number): FileState {
  return STATES.get(id)!;
}

/** Parses open()'s mode as CPython's _io.open does; returns the flags. */
function parseMode(mode: string): { kind: string; plus: boolean; binary: boolean } {
  let kind = '', plus = false, binary = false, text = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxbt+'.includes(c) || seen.has(c)) raise('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
    if ('rwax'.includes(c)) {
      if (kind !== '') raise('ValueError', 'must have exactly one of create/read/write/append mode');
      kind = c;
    } else if (c === '+') plus = true;
    else if (c === 'b') binary = true;
    else text = true;
  }
  if (binary && text) raise('ValueError', "can't have text and binary mode at once");
  if (kind === '') raise('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  return { kind, plus, binary };
}

/** Opens `path` (a str path or an int fd); returns the state's id. */
export function openFile(path: string | number, mode: string, encoding: string | null, errors: string | null, newline: string | null): number {
  const { kind, plus, binary } = parseMode(mode);
  if (binary && encoding !== null) raise('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) raise('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) raise('ValueError', "binary mode doesn't take a newline argument");
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) raise('ValueError', `illegal newline value: ${newline}`);
  const codec = codecOf(encoding ?? 'utf-8');
  const handler = errors ?? 'strict';
  const flags = { r: 'r', w: 'w', a: 'a', x: 'wx' }[kind]! + (plus ? '+' : '');
  const fd = typeof path === 'number' ? path : osCall(() => fs.openSync(path, flags, 0o666), path);
  if (typeof path === 'string' && osCall(() => fs.fstatSync(fd), path).isDirectory()) {
    fs.closeSync(fd);
    raiseOsError('IsADirectoryError', 21, 'Is a directory', path);
  }
  // Text files show the mode as given; binary ones FileIO's normalized mode (w+ is 'rb+').
  const shown = !binary ? mode : kind === 'x' || kind === 'a' ? `${kind}b${plus ? '+' : ''}` : plus ? 'rb+' : `${kind}b`;
  const state: FileState = {
    fd, mode: shown, binary, readable: kind === 'r' || plus, writable: kind !== 'r' || plus, append: kind === 'a',
    path, whole: null, codec, errors: handler, encoding: encoding ?? 'UTF-8', newline, pos: kind === 'a' ? fs.fstatSync(fd).size : 0, cache: null, closed: false,
  };
  const id = nextId++;
  STATES.set(id, state);
  return id;
}

export function closeFile(st: FileState): void {
  if (st.closed) return;
  st.closed = true;
  if (st.fd >= 0) fs.closeSync(st.fd);
}

/** The descriptor, reopening a let-go read-only file (fileno()). */
export function fileFd(st: FileState): number {
  if (st.fd < 0) st.fd = osCall(() => fs.openSync(st.path as string, 'r'), st.path); // only files opened by name are let go
  return st.fd;
}

/** Reads `fd` from `start` to its end. */
function readRest(fd: number, start: number): Uint8Array {
  const data = new Uint8Array(Math.max(0, fs.fstatSync(fd).size - start));
  let got = 0;
  while (got < data.length) {
    const n = fs.readSync(fd, data, got, data.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return data.subarray(0, got);
}

/** Translates \r\n and \r to \n (universal newlines). */
const translate = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** The read-ahead of the rest of the file, loading it when absent. */
export function readCache(st: FileState): ReadCache {
  if (st.cache !== null) return st.cache;
  if (st.whole === null && !st.writable && typeof st.path === 'string') {
    st.whole = readRest(st.fd, 0);
    fs.closeSync(st.fd);
    st.fd = -1;
  }
  const bytes = st.whole !== null ? st.whole.subarray(Math.min(st.pos, st.whole.length)) : readRest(st.fd, st.pos);
  const raw = st.binary ? '' : decode(bytes, st.codec, st.errors);
  st.cache = { start: st.pos, data: bytes, raw, text: st.newline === null ? translate(raw) : raw, idx: 0 };
  return st.cache;
}

/** Bytes of the cache consumed so far (maps translated text back to the raw text). */
function consumedBytes(st: FileState, c: ReadCache): number {
  if (st.binary) return c.idx;
  let rawEnd = c.idx;
  if (c.text.length !== c.raw.length) {
    let r = 0;
    for (let t = 0; t < c.idx; t++, r++) if (c.raw[r] === '\r' && c.raw[r + 1] === '\n') r++;
    rawEnd = r;
  }
  const head = c.raw.slice(0, rawEnd);
  return st.codec === 'utf-8' ? Buffer.byteLength(head, 'utf8') : head.length;
}

/** Drops the read-ahead, moving `pos` to where reading got to. */
export function syncPos(st: FileState): number {
  if (st.cache !== null) {
    st.pos = st.cache.start + consumedBytes(st, st.cache);
    st.cache = null;
  }
  return st.pos;
}

export function writeBytes(st: FileState, data: Uint8Array): void {
  syncPos(st);
  if (st.append) {
    osCall(() => fs.writeSync(st.fd, data));
    st.pos = fs.fstatSync(st.fd).size;
    return;
  }
  let done = 0;
  while (done < data.length) done += osCall(() => fs.writeSync(st.fd, data, done, data.length - done, st.pos + done));
  st.pos += data.length;
}

export function truncateFile(st: FileState, size: number): void {
  syncPos(st);
  osCall(() => fs.ftruncateSync(st.fd, size));
}

export function fileSize(st: FileState): number {
  return st.whole !== null ? st.whole.length : fs.fstatSync(fileFd(st)).size;
}

/** Line end of `s` from `from` for newline mode `nl` (index past the terminator, or -1). */
export function lineEnd(s: string, from: number, nl: string | null): number {
  if (nl === null || nl === '\n') { const i = s.indexOf('\n', from); return i < 0 ? -1 : i + 1; }
  if (nl === '\r\n') { const i = s.indexOf('\r\n', from); return i < 0 ? -1 : i + 2; }
  if (nl === '\r') { const i = s.indexOf('\r', from); return i < 0 ? -1 : i + 1; }
  // newline='': any of \n, \r, \r\n ends a line, untranslated.
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\n') return i + 1;
    if (s[i] === '\r') return s[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return -1;
}

/** Write-side newline translation (newline= '\r' or '\r\n'; None and '' and '\n' leave it). */
export function writeTranslate(st: FileState, s: string): string {
  return st.newline === '\r' || st.newline === '\r\n' ? s.replace(/\n/g, st.newline) : s;
}
