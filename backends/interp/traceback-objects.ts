// Traceback objects (exc.__traceback__) and `_pyx_traceback`, the native core of pylib's
// `traceback` module (print_exc, format_exception, TracebackException …) and of unittest's
// failure reports.
//
// An exception's record (runtime/exceptions.ts) keeps its trace as TraceEntry objects, the
// innermost frame first. A traceback object stands for one entry: F1 the exception, F2 the
// entry's index, F3 an assigned tb_next (NULL: the next entry's object, made on demand).
// Its tb_frame is a snapshot with the entry's file, line and function name and the globals of
// the module that file is (found through sys.modules); f_locals and f_back are not kept.

import { type Heap, type Value, NONE, NULL, isNull, isNone, fromInt32, toInt32, strFromJs, strToJs, newDict, newList, listAppend, internStr, newTuple, tupleInit } from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { fromPtr, loOf } from '../../runtime/value.js';
import { dictGet, dictNext, dictEntryValue } from '../../runtime/dict.js';
import { moduleDict } from '../../runtime/objects.js';
import { TypeId } from '../../runtime/layout.js';
import { defineExtType, extTypeOf, newExt, type ExtType } from '../../runtime/builtins/ext-types.js';
import { nget, nset } from '../../runtime/builtins/native.js';
import { raise, type TraceEntry } from '../../runtime/builtins/exceptions.js';
import { defineFunction, defineModule, arg } from '../../runtime/builtins/registry.js';
import { nativeValue, setAttr, loadAttr } from '../../runtime/builtins/objects.js';
import { tid, truthy } from '../../runtime/builtins/protocol.js';
import { excRecordIfAny, tracebackHooks, type ExcRecord } from '../../runtime/exceptions.js';
import { pushHandle, popHandles, handleGet } from '../../runtime/gc.js';
import { exceptionText } from './chain.js';
import { formatTraceback } from './traceback.js';
import type { Interp } from './state.js';
import { defineExtClass } from '../../runtime/modules/ext-class.js';

let current: Interp | null = null;

function entry(heap: Heap, v: Value): TraceEntry {
  const record = excRecordIfAny(heap, nget(heap, v, 1));
  const e = record?.trace[toInt32(nget(heap, v, 2))];
  if (e === undefined) raise('RuntimeError', 'traceback of an exception whose trace was replaced');
  return e;
}

/** The globals of the module whose file is `filename` (sys.modules), or an empty dict. */
function globalsOf(heap: Heap, filename: string): Value {
  const modules = fromPtr(heap.i32[H.ROOT_MODULES]);
  const key = internStr(heap, '__file__');
  for (let p = dictNext(heap, modules, 0); p !== -1; p = dictNext(heap, modules, p + 1)) {
    const m = dictEntryValue(heap, modules, p);
    if (tid(heap, m) !== TypeId.MODULE) continue;
    const f = dictGet(heap, moduleDict(heap, m), key);
    if (!isNull(f) && tid(heap, f) === TypeId.STR && strToJs(heap, f) === filename) return moduleDict(heap, m);
  }
  return newDict(heap);
}

/** A traceback, frame or code object for entry `index` of `exc`'s trace. */
function make(heap: Heap, type: ExtType, exc: Value, index: number): Value {
  const h = pushHandle(heap, exc);
  try {
    const v = newExt(heap, type);
    nset(heap, v, 1, handleGet(heap, h));
    nset(heap, v, 2, fromInt32(index));
    return v;
  } finally { popHandles(heap, h); }
}

/** (lineno, end_lineno, colno, end_colno) of an entry, None where unknown. */
function positions(heap: Heap, e: TraceEntry): Value {
  const t = newTuple(heap, 4);
  // Set one by one: a NaN-boxed Value held in a JS array may be canonicalized (value.ts).
  const numbers = [e.line, e.endLine, e.col, e.endCol];
  for (let i = 0; i < 4; i++) tupleInit(heap, t, i, numbers[i] < 0 ? NONE : fromInt32(numbers[i]));
  return t;
}

const TRACEBACK: ExtType = defineExtType('traceback', 'builtins', {
  getAttr(heap, v, name) {
    switch (name) {
      case 'tb_lineno': return fromInt32(entry(heap, v).line);
      case 'tb_lasti': return fromInt32(-1);
      // (lineno, end_lineno, colno, end_colno) of the entry, None where unknown: what CPython's
      // extract_tb reads from co_positions() at tb_lasti (pylib/traceback.py).
      case '_pyx_positions': return positions(heap, entry(heap, v));
      case 'tb_frame': return make(heap, FRAME, nget(heap, v, 1), toInt32(nget(heap, v, 2)));
      case 'tb_next': {
        const assigned = nget(heap, v, 3);
        if (!isNull(assigned)) return assigned;
        const i = toInt32(nget(heap, v, 2));
        return i === 0 ? NONE : make(heap, TRACEBACK, nget(heap, v, 1), i - 1);
      }
    }
    return NULL;
  },
  setAttr(heap, v, name, x) {
    if (name !== 'tb_next') return false;
    if (isNull(x)) raise('TypeError', "can't delete tb_next attribute");
    if (!isNone(x) && extTypeOf(heap, x) !== TRACEBACK) raise('TypeError', `expected traceback object or None, got '${tid(heap, x)}'`);
    nset(heap, v, 3, x);
    return true;
  },
});

const FRAME: ExtType = defineExtType('frame', 'builtins', {
  getAttr(heap, v, name) {
    switch (name) {
      case 'f_lineno': return fromInt32(entry(heap, v).line);
      case '_pyx_positions': return positions(heap, entry(heap, v));
      case 'f_globals': return globalsOf(heap, entry(heap, v).filename);
      case 'f_code': return make(heap, CODE, nget(heap, v, 1), toInt32(nget(heap, v, 2)));
      case 'f_back': return NONE;
      case 'f_locals': return raise('NotImplementedError', 'f_locals of a traceback frame is not kept by pyx');
    }
    return NULL;
  },
  repr: (heap, v) => { const e = entry(heap, v); return `<frame at 0x0, file '${e.filename}', line ${e.line}, code ${e.name}>`; },
});

const CODE: ExtType = defineExtType('code', 'builtins', {
  getAttr(heap, v, name) {
    const e = entry(heap, v);
    switch (name) {
      case 'co_filename': return strFromJs(heap, e.filename);
      case 'co_name': case 'co_qualname': return strFromJs(heap, e.name);
    }
    return NULL;
  },
});

/** The outermost traceback object of `exc`, or None when it has no trace. */
tracebackHooks.of = (heap, exc) => {
  const record = excRecordIfAny(heap, exc);
  if (record === null || record.trace.length === 0) return NONE;
  return make(heap, TRACEBACK, exc, record.trace.length - 1);
};

/** The entries a traceback chain stands for, innermost first (the order of a record's trace). */
function entriesOf(heap: Heap, tb: Value): TraceEntry[] {
  const out: TraceEntry[] = [];
  for (let t = tb; !isNone(t) && !isNull(t) && out.length < 100_000; t = TRACEBACK.getAttr!(heap, t, 'tb_next')) {
    if (extTypeOf(heap, t) !== TRACEBACK) raise('TypeError', 'expected a traceback object');
    out.push(entry(heap, t));
  }
  return out.reverse();
}

const source = (file: string) => current?.units.find((u) => u.filename === file)?.source;

// format_exception(exc, tb, chain, limit=None): the text CPython prints for exc (with its
// causes and contexts when chain), its own frames being tb's chain (None: no frames); `limit`
// keeps the outermost `limit` frames of each exception printed (negative: the innermost -limit),
// as CPython's TracebackException(limit=) does for every exception of the chain.
const formatException = defineFunction('_pyx_traceback', 'format_exception', 'exc, tb, chain, limit=, /', (heap, a) => {
  const exc = arg(heap, a, 0), tb = arg(heap, a, 1), limitArg = arg(heap, a, 3);
  const limit = isNull(limitArg) || isNone(limitArg) ? null : toInt32(limitArg);
  const withChain = truthy(heap, arg(heap, a, 2));
  const saved: [ExcRecord, TraceEntry[]][] = [];
  const record = excRecordIfAny(heap, exc);
  if (record !== null) { saved.push([record, record.trace]); record.trace = isNone(tb) ? [] : entriesOf(heap, tb); }
  try {
    if (limit !== null) {
      for (const address of withChain ? chainOf(heap, exc) : [loOf(exc) >>> 0]) {
        const r = excRecordIfAny(heap, fromPtr(address));
        if (r === null) continue;
        if (r !== record) saved.push([r, r.trace]);
        r.trace = limited(r.trace, limit);
      }
    }
    return strFromJs(heap, exceptionText(heap, exc, source, withChain));
  } finally {
    for (const [r, trace] of saved.reverse()) r.trace = trace;
  }
});

/** The entries (innermost first) CPython keeps under `limit`: the outermost `limit`, or the innermost -limit. */
function limited(trace: TraceEntry[], limit: number): TraceEntry[] {
  return limit >= 0 ? trace.slice(Math.max(0, trace.length - limit)) : trace.slice(0, -limit);
}

/** Heap addresses of `exc` and the exceptions its __cause__/__context__ chain reaches (each once). */
function chainOf(heap: Heap, exc: Value): number[] {
  // Addresses, not Values: a NaN-boxed Value in a JS array may be canonicalized (value.ts).
  const out: number[] = [];
  const pending = [loOf(exc) >>> 0];
  while (pending.length > 0 && out.length < 10_000) {
    const address = pending.pop()!;
    if (out.includes(address)) continue;
    out.push(address);
    for (const name of ['__cause__', '__context__']) {
      const next = loadAttr(heap, fromPtr(address), name);
      if (!isNone(next) && !isNull(next) && excRecordIfAny(heap, next) !== null) pending.push(loOf(next) >>> 0);
    }
  }
  return out;
}

// format_tb(tb): the frame lines of a traceback chain ("  File ..., line N, in f" + source + carets).
const formatTb = defineFunction('_pyx_traceback', 'format_tb', 'tb, /', (heap, a) => {
  const entries = entriesOf(heap, arg(heap, a, 0));
  const text = formatTraceback(entries, source, 'X', '');
  const body = text.slice('Traceback (most recent call last):\n'.length, text.lastIndexOf('X'));
  const out = pushHandle(heap, newList(heap));
  try {
    // One string per frame, as CPython's format_tb: split before each "  File " line.
    for (const part of body.split(/(?=^ {2}File )/m)) if (part !== '') listAppend(heap, handleGet(heap, out), strFromJs(heap, part));
    return handleGet(heap, out);
  } finally { popHandles(heap, out); }
});

// source_line(filename, lineno): that line of a file the run loaded ('' when unknown).
const sourceLine = defineFunction('_pyx_traceback', 'source_line', 'filename, lineno, /', (heap, a) => {
  const text = source(strToJs(heap, arg(heap, a, 0)));
  const line = text?.split(/\r\n|\r|\n/)[toInt32(arg(heap, a, 1)) - 1];
  return strFromJs(heap, line === undefined ? '' : `${line}\n`);
});

// format_frame(filename, lineno, end_lineno, colno, end_colno, name): one FrameSummary as a
// traceback prints it — the File line, then the source lines with CPython's caret markers
// (carets.ts) when the columns are known, from the files the run loaded.
const formatFrame = defineFunction('_pyx_traceback', 'format_frame', 'filename, lineno, end_lineno, colno, end_colno, name, /', (heap, a) => {
  const num = (i: number) => { const x = arg(heap, a, i); return isNone(x) ? -1 : toInt32(x); };
  const e: TraceEntry = { filename: strToJs(heap, arg(heap, a, 0)), line: num(1), endLine: num(2), col: num(3), endCol: num(4), name: strToJs(heap, arg(heap, a, 5)) };
  const text = formatTraceback([e], source, 'X', '');
  return strFromJs(heap, text.slice('Traceback (most recent call last):\n'.length, text.lastIndexOf('X')));
});

// source_text(filename): the whole text of a file the run loaded, or None.
const sourceText = defineFunction('_pyx_traceback', 'source_text', 'filename, /', (heap, a) => {
  const text = source(strToJs(heap, arg(heap, a, 0)));
  return text === undefined ? NONE : strFromJs(heap, text);
});

defineModule('_pyx_traceback', (heap, dict) => {
  setAttr(heap, dict, 'format_frame', nativeValue(heap, formatFrame));
  setAttr(heap, dict, 'source_text', nativeValue(heap, sourceText));
  setAttr(heap, dict, 'source_line', nativeValue(heap, sourceLine));
  setAttr(heap, dict, 'format_exception', nativeValue(heap, formatException));
  setAttr(heap, dict, 'format_tb', nativeValue(heap, formatTb));
});

/** Points the traceback machinery at interpreter `it` (its files' sources). */
export function installTracebackObjects(it: Interp): void {
  current = it;
}

// type(tb) is the traceback type (types.TracebackType); pyx makes them only for raised exceptions.
defineExtClass(TRACEBACK, '*args', () => raise('TypeError', "cannot create 'traceback' instances"));
defineExtClass(FRAME, '*args', () => raise('TypeError', "cannot create 'frame' instances"));
