// `_pyx_os`: the native core under pylib/os/ (the `os` module programs import): the process
// (getcwd, chdir, getpid, cpu_count, the environment) and the file system (stat, listdir,
// mkdir, rmdir, remove, rename, open/close/read/write on fds, realpath, urandom) over node:fs
// and node:os. Arguments arrive as str paths (pylib/os applies os.fspath first); failures are
// CPython's OSError subclasses and messages (files-core.ts osCall). os.stat_result is a
// struct sequence with CPython's ten visible fields and float times by name.

import * as fs from 'node:fs';
import * as nodeOs from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, TRUE, FALSE, fromInt32, fromFloat, isNull, isNone, toFloat } from '../value.js';
import { intFromNumber } from '../int.js';
import { strFromJs, strToJs, bytesFromArray } from '../str.js';
import { newList, listAppend, newTuple, tupleInit } from '../sequence.js';
import { newDict, dictSet } from '../dict.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { typeError } from '../errors.js';
import { defineFunction, defineModule, arg } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, typeNameOf, truthy, tupleItem } from '../builtins/protocol.js';
import { bytesLikeData } from '../builtins/bytes-like.js';
import { asInt } from './math.js';
import { osCall } from './files-core.js';
import { fspath } from './files.js';
import { defineStructSeq, newStructSeq } from './structseq.js';

/**
 * The process's chdir. The CLI runs Python on a worker thread (cli/thread.ts), where Node
 * refuses process.chdir; the working directory is the process's, so that worker asks the main
 * thread to change it through `globalThis.pyxChdir` (set by cli/thread.ts before any module
 * loads: importing this file there would change the order natives are numbered in). Throws
 * Node's errors (with their code).
 */
export const osHooks = {
  chdir: (path: string): void => {
    const viaMain = (globalThis as { pyxChdir?: (p: string) => void }).pyxChdir;
    if (viaMain !== undefined) viaMain(path); else process.chdir(path);
  },
};

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
  'st_atime_int', 'st_mtime_int', 'st_ctime_int', 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns'];
// CPython's indexes 7-9 are int times; the float ones are attributes only. The struct keeps
// the ints under *_int names (hidden: only the first 10 are visible) — st_atime etc. by name are floats.
const statResult = defineStructSeq('os', 'stat_result', STAT_FIELDS, 10);

/** A path argument: str, bytes (UTF-8) or an os.PathLike (its __fspath__), as CPython's path_converter. */
function pathArg(heap: Heap, v: Value, fn: string, kinds = 'string, bytes or os.PathLike'): string {
  const p = fspath(heap, v);
  if (p !== null) v = p;
  if (tid(heap, v) === TypeId.STR) return strToJs(heap, v);
  if (tid(heap, v) === TypeId.BYTES) return new TextDecoder().decode(bytesLikeData(heap, v)!);
  throw typeError(`${fn}: path should be ${kinds}, not ${typeNameOf(heap, v)}`);
}
const intArg = (heap: Heap, v: Value): number => Number(asInt(heap, v));
/** An int or float time in seconds. */
const floatOf = (heap: Heap, v: Value): number => (tid(heap, v) === TypeId.FLOAT ? toFloat(v) : Number(asInt(heap, v)));

/** os.stat_result of p (lstat's when not following links). */
function statOf(heap: Heap, p: string, follow: boolean): Value {
    const s = osCall(() => (follow ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true })), p);
    const nums = [s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size].map(Number);
    const all = newTuple(heap, STAT_FIELDS.length);
    const h = pushHandle(heap, all);
    try {
      nums.forEach((n, i) => tupleInit(heap, all, i, intFromNumber(heap, n)));
      const ns = [s.atimeNs, s.mtimeNs, s.ctimeNs];
      ns.forEach((n, i) => {
        tupleInit(heap, all, 7 + i, intFromNumber(heap, Number(n / 1000000000n)));
        tupleInit(heap, all, 10 + i, fromFloat(Number(n) / 1e9));
        tupleInit(heap, all, 13 + i, intFromNumber(heap, Number(n)));
      });
      return newStructSeq(heap, statResult, handleGet(heap, h));
    } finally { popHandles(heap, h); }
  }

const fns: [string, string, (heap: Heap, a: number) => Value][] = [
  ['getcwd', '', (heap) => strFromJs(heap, process.cwd())],
  ['chdir', 'path', (heap, a) => { const p = pathArg(heap, arg(heap, a, 0), 'chdir'); osCall(() => osHooks.chdir(p), p); return NONE; }],
  ['getpid', '', () => fromInt32(process.pid)],
  ['getppid', '', () => fromInt32(process.ppid)],
  ['cpu_count', '', () => fromInt32(nodeOs.cpus().length || 1)],
  ['listdir', 'path=', (heap, a) => {
    const p = isNull(arg(heap, a, 0)) || isNone(arg(heap, a, 0)) ? '.' : pathArg(heap, arg(heap, a, 0), 'listdir', 'string, bytes, os.PathLike, integer or None');
    // opendir/readSync give the directory's own order, as CPython's listdir (readdirSync sorts).
    const names: string[] = [];
    osCall(() => {
      const dir = fs.opendirSync(p);
      try { for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name); } finally { dir.closeSync(); }
    }, p);
    const out = newList(heap);
    const h = pushHandle(heap, out);
    try { for (const n of names) listAppend(heap, out, strFromJs(heap, n)); return out; } finally { popHandles(heap, h); }
  }],
  ['stat', 'path, *, dir_fd=, follow_symlinks=', (heap, a) => statOf(heap, pathArg(heap, arg(heap, a, 0), 'stat', 'string, bytes, os.PathLike or integer'), isNull(arg(heap, a, 2)) || truthy(heap, arg(heap, a, 2)))],
  ['lstat', 'path, *, dir_fd=', (heap, a) => statOf(heap, pathArg(heap, arg(heap, a, 0), 'lstat'), false)],
  ['mkdir', 'path, mode=, *, dir_fd=', (heap, a) => {
    const p = pathArg(heap, arg(heap, a, 0), 'mkdir');
    const mode = isNull(arg(heap, a, 1)) ? 0o777 : intArg(heap, arg(heap, a, 1));
    osCall(() => fs.mkdirSync(p, mode), p);
    return NONE;
  }],
  ['rmdir', 'path, *, dir_fd=', (heap, a) => { const p = pathArg(heap, arg(heap, a, 0), 'rmdir'); osCall(() => fs.rmdirSync(p), p); return NONE; }],
  ['remove', 'path, *, dir_fd=', (heap, a) => {
    const p = pathArg(heap, arg(heap, a, 0), 'remove');
    // unlink(2) of a directory is EISDIR on Linux (CPython shows it); node reports EPERM there.
    if (osCall(() => fs.lstatSync(p), p).isDirectory()) osCall(() => { throw Object.assign(new Error(), { code: 'EISDIR' }); }, p);
    osCall(() => fs.unlinkSync(p), p);
    return NONE;
  }],
  ['rename', 'src, dst, *, src_dir_fd=, dst_dir_fd=', (heap, a) => {
    const s = pathArg(heap, arg(heap, a, 0), 'rename'), d = pathArg(heap, arg(heap, a, 1), 'rename');
    osCall(() => fs.renameSync(s, d), s, d);
    return NONE;
  }],
  ['chmod', 'path, mode, *, dir_fd=, follow_symlinks=', (heap, a) => {
    const p = pathArg(heap, arg(heap, a, 0), 'chmod', 'string, bytes, os.PathLike or integer');
    osCall(() => fs.chmodSync(p, intArg(heap, arg(heap, a, 1))), p);
    return NONE;
  }],
  ['utime', 'path, times=, *, ns=, dir_fd=, follow_symlinks=', (heap, a) => {
    const p = pathArg(heap, arg(heap, a, 0), 'utime', 'string, bytes, os.PathLike or integer');
    const t = arg(heap, a, 1);
    const now = Date.now() / 1000;
    const [at, mt] = isNull(t) || isNone(t) ? [now, now] : [0, 1].map((i) => Number(floatOf(heap, tupleItem(heap, t, i))));
    osCall(() => fs.utimesSync(p, at, mt), p);
    return NONE;
  }],
  ['realpath', 'path, /', (heap, a) => { const p = pathArg(heap, arg(heap, a, 0), 'realpath'); return strFromJs(heap, osCall(() => fs.realpathSync(p), p)); }],
  ['access', 'path, mode, *, dir_fd=, effective_ids=, follow_symlinks=', (heap, a) => {
    try { fs.accessSync(pathArg(heap, arg(heap, a, 0), 'access'), intArg(heap, arg(heap, a, 1))); return TRUE; } catch { return FALSE; }
  }],
  ['open', 'path, flags, mode=, *, dir_fd=', (heap, a) => {
    const p = pathArg(heap, arg(heap, a, 0), 'open');
    const mode = isNull(arg(heap, a, 2)) ? 0o777 : intArg(heap, arg(heap, a, 2));
    return fromInt32(osCall(() => fs.openSync(p, intArg(heap, arg(heap, a, 1)), mode), p));
  }],
  ['close', 'fd, /', (heap, a) => { osCall(() => fs.closeSync(intArg(heap, arg(heap, a, 0)))); return NONE; }],
  ['write', 'fd, data, /', (heap, a) => {
    const data = bytesLikeData(heap, arg(heap, a, 1));
    if (data === null) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, arg(heap, a, 1))}'`);
    return fromInt32(osCall(() => fs.writeSync(intArg(heap, arg(heap, a, 0)), data)));
  }],
  ['read', 'fd, n, /', (heap, a) => {
    const buf = new Uint8Array(Math.max(0, intArg(heap, arg(heap, a, 1))));
    const n = osCall(() => fs.readSync(intArg(heap, arg(heap, a, 0)), buf, 0, buf.length, null));
    return bytesFromArray(heap, buf.subarray(0, n));
  }],
  ['urandom', 'n, /', (heap, a) => bytesFromArray(heap, randomBytes(Math.max(0, intArg(heap, arg(heap, a, 0)))))],
  ['environ', '', (heap) => {
    const d = newDict(heap);
    const h = pushHandle(heap, d);
    try {
      for (const [k, v] of Object.entries(process.env)) {
        if (v === undefined) continue;
        const kv = pushHandle(heap, strFromJs(heap, k));
        dictSet(heap, d, handleGet(heap, kv), strFromJs(heap, v));
        popHandles(heap, kv);
      }
      return d;
    } finally { popHandles(heap, h); }
  }],
  ['putenv', 'key, value, /', (heap, a) => { process.env[pathArg(heap, arg(heap, a, 0), 'putenv')] = pathArg(heap, arg(heap, a, 1), 'putenv'); return NONE; }],
  ['unsetenv', 'key, /', (heap, a) => { delete process.env[pathArg(heap, arg(heap, a, 0), 'unsetenv')]; return NONE; }],
  ['home', '', (heap) => strFromJs(heap, nodeOs.homedir())],
];
const entries = fns.map(([name, sig, fn]) => defineFunction('_pyx_os', name, sig, fn));

defineModule('_pyx_os', (heap, dict) => {
  for (const e of entries) setAttr(heap, dict, e.name, nativeValue(heap, e));
  const c = fs.constants;
  const consts: Record<string, number> = {
    O_RDONLY: c.O_RDONLY, O_WRONLY: c.O_WRONLY, O_RDWR: c.O_RDWR, O_CREAT: c.O_CREAT, O_EXCL: c.O_EXCL,
    O_TRUNC: c.O_TRUNC, O_APPEND: c.O_APPEND, F_OK: c.F_OK, R_OK: c.R_OK, W_OK: c.W_OK, X_OK: c.X_OK,
  };
  for (const [k, v] of Object.entries(consts)) setAttr(heap, dict, k, fromInt32(v));
});
