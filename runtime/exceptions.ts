// Exception objects' extra state: traceback entries, __cause__, __context__,
// __suppress_context__, and what a runtime error converted into an object must keep.
//
// An exception instance is a native EXC object (builtins/native.ts: F0 class, F1 args,
// F2 SystemExit code, a group's exceptions tuple, or an OSError's full arguments). This file owns fields F3..F6, and F7
// of exceptions of builtin classes (their __notes__; a user exception's F7 is its dict):
//   F3 record id (small int) into RECORDS, NULL until the exception is first raised;
//   F4 __cause__, F5 __context__ (NULL reads as None);
//   F6 __suppress_context__ (NULL reads as False).
// Values are NaN-boxed, so identity is sameValue(), never ===.
// Traceback entries are JS objects, so they live in RECORDS, indexed by the id stored in
// the object. Ids are never reused: a dead exception's record is garbage that is never
// read again (the collector does not know about records; they are small).

import type { Heap } from './heap.js';
import { type Value, NULL, NONE, FALSE, TRUE, fromInt32, fromPtr, toInt32, isNull, isNone, isBool, isPtr, isSmallInt, loOf, sameValue } from './value.js';
import { TypeId, TYPE_MASK } from './layout.js';
import { tid, typeNameOf } from './builtins/protocol.js';
import { nget, nset, nativeKind, NativeKind } from './builtins/native.js';
import { type TraceEntry, PyRaise, excSubclass } from './builtins/exceptions.js';
import { tupleLength, tupleGet as tupleItem, newTuple, tupleInit, listLength, listGet } from './sequence.js';
import { classHooks } from './builtins/class-hooks.js';
import { dictGet } from './dict.js';
import { H } from './heap.js';
import { internStr } from './str.js';
import { strToJs } from './str.js';
import { bestSuggestion, type ErrorFields } from './builtins/suggestions.js';
import { strFromJs } from './str.js';

export const EXC_RECORD = 3;
export const EXC_CAUSE = 4;
export const EXC_CONTEXT = 5;
export const EXC_SUPPRESS = 6;
/** F2 of an exception group: its exceptions (a non-empty tuple; runtime/exception-groups.ts). */
export const GROUP_EXCEPTIONS = 2;
/** F7 of an exception of a builtin class: its __notes__ (NULL until add_note sets a list). */
export const EXC_NOTES = 7;

/**
 * What pyx knows of a raised exception beyond its heap fields. Invariants: `trace` is
 * innermost frame first (the order frames add entries while unwinding); `message` and
 * `pyType` are set only for exceptions made from a runtime error (PyError/PyRaise), whose
 * str() text is known but whose args are not (KeyError's message is already repr(key)).
 */
/** exc.__traceback__ (installed by the interpreter, which knows frames and files). */
export const tracebackHooks = {
  of: (_heap: Heap, _exc: Value): Value => NONE,
};

export interface ExcRecord {
  trace: TraceEntry[];
  message: string | null;
  pyType: string | null;
  /** The traceback's "Did you mean" text (builtins/suggestions.ts), computed when printed. */
  suggest?: () => string;
}

const RECORDS: ExcRecord[] = [];

/** The record of exception `exc`, made on first use. */
export function excRecord(heap: Heap, exc: Value): ExcRecord {
  const id = nget(heap, exc, EXC_RECORD);
  if (!isNull(id)) return RECORDS[toInt32(id)];
  const record: ExcRecord = { trace: [], message: null, pyType: null };
  nset(heap, exc, EXC_RECORD, fromInt32(RECORDS.length));
  RECORDS.push(record);
  return record;
}

/** The record when the exception has one (it was raised), else null. */
export function excRecordIfAny(heap: Heap, exc: Value): ExcRecord | null {
  const id = nget(heap, exc, EXC_RECORD);
  return isNull(id) ? null : RECORDS[toInt32(id)];
}

/**
 * str(exc) when it is not computed from args the generic way: an exception made from a
 * runtime error (its message) or an exception group. Null otherwise (an OSError's str() is
 * builtins/repr.ts excMessage, from osErrorField).
 */
export function excMessageOverride(heap: Heap, exc: Value): string | null {
  const message = excRecordIfAny(heap, exc)?.message ?? null;
  if (message !== null) return message;
  if (isExceptionGroup(heap, exc)) {
    const n = tupleLength(heap, groupExceptions(heap, exc));
    return `${strToJs(heap, argOrNone(heap, exc, 0))} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  return null;
}

/** F2 of an OSError whose filename was cut from its args: the arguments it was called with. */
export const OS_FULL_ARGS = 2;

// CPython's errno -> OSError subclass table (Objects/exceptions.c _PyExc_InitState), Linux values.
const ERRNO_CLASSES = new Map<number, string>([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'], [10, 'ChildProcessError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'], [103, 'ConnectionAbortedError'],
  [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'], [17, 'FileExistsError'],
  [2, 'FileNotFoundError'], [21, 'IsADirectoryError'], [20, 'NotADirectoryError'], [4, 'InterruptedError'],
  [13, 'PermissionError'], [1, 'PermissionError'], [3, 'ProcessLookupError'], [110, 'TimeoutError'],
]);

/**
 * The class `OSError(errno, strerror, ...)` really makes (OSError_new): OSError itself with
 * two or more arguments whose first is an int known to the table picks the subclass; any
 * other class (subclasses included) is kept. `exceptionClass` finds a builtin class by name.
 */
export function osErrorClass(heap: Heap, cls: Value, args: Value, exceptionClass: (heap: Heap, name: string) => Value): Value {
  if (tupleLength(heap, args) < 2 || strToJs(heap, nget(heap, cls, 0)) !== 'OSError') return cls;
  const errno = tupleItem(heap, args, 0);
  if (!isSmallInt(errno) && !isBool(errno)) return cls;
  const name = ERRNO_CLASSES.get(isBool(errno) ? Number(sameValue(errno, TRUE)) : toInt32(errno));
  return name === undefined ? cls : exceptionClass(heap, name);
}

/**
 * OSError_init's argument handling for a new builtin OSError `exc`: with 3 to 5 arguments and
 * a filename other than None, args keeps only (errno, strerror) and F2 keeps all of them
 * (BlockingIOError's numeric third argument is its characters_written, not a filename).
 */
export function osErrorInit(heap: Heap, exc: Value): void {
  if (!isA(heap, exc, 'OSError')) return;
  const args = nget(heap, exc, 1), n = tupleLength(heap, args);
  if (n < 3 || n > 5 || isNone(tupleItem(heap, args, 2))) return;
  const third = tupleItem(heap, args, 2);
  if (isA(heap, exc, 'BlockingIOError') && (isSmallInt(third) || tid(heap, third) === TypeId.INT)) return;
  nset(heap, exc, OS_FULL_ARGS, args);
  const cut = newTuple(heap, 2);
  tupleInit(heap, cut, 0, tupleItem(heap, args, 0));
  tupleInit(heap, cut, 1, tupleItem(heap, args, 1));
  nset(heap, exc, 1, cut);
}

/**
 * Field i (0 errno, 1 strerror, 2 filename, 3 filename2) of a builtin OSError made with 2 to
 * 5 arguments; NULL when the exception has no such fields (its str() is then BaseException's)
 * or a filename is absent or None. (One field per call: a JS array of NaN-boxed Values may
 * be stored as doubles, which canonicalises the NaN payload.)
 */
export function osErrorField(heap: Heap, exc: Value, i: number): Value {
  if (nativeKind(heap, exc) !== NativeKind.EXC || !isA(heap, exc, 'OSError')) return NULL;
  const full = nget(heap, exc, OS_FULL_ARGS);
  const args = isNull(full) ? nget(heap, exc, 1) : full, n = tupleLength(heap, args);
  if (n < 2 || n > 5) return NULL;
  if (i < 2) return tupleItem(heap, args, i);
  // Without F2 the filename was absent or None, and filename2 is kept only beside a filename.
  if (isNull(full)) return NULL;
  const k = i === 2 ? 2 : 4;
  return n > k && !isNone(tupleItem(heap, args, k)) ? tupleItem(heap, args, k) : NULL;
}

export function isException(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.EXC;
}

/** An instance of BaseExceptionGroup: of the builtin group classes or of a user subclass. */
export function isExceptionGroup(heap: Heap, v: Value): boolean {
  if (nativeKind(heap, v) !== NativeKind.EXC) return false;
  const cls = nget(heap, v, 0);
  if (nativeKind(heap, cls) !== NativeKind.EXC_TYPE) {
    if (!classHooks.isUserException(heap, v)) return false;
    const base = dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, 'BaseExceptionGroup'));
    return classHooks.excMatches(heap, v, base);
  }
  const name = strToJs(heap, nget(heap, cls, 0));
  return name === 'ExceptionGroup' || name === 'BaseExceptionGroup';
}

/**
 * A group's exceptions tuple. An instance of a user subclass is made by BaseException's
 * constructor, without the group constructor's checks: its tuple is made here, once, from
 * args[1] (which must then be a list or tuple of exceptions).
 */
export function groupExceptions(heap: Heap, group: Value): Value {
  const known = nget(heap, group, GROUP_EXCEPTIONS);
  if (!isNull(known)) return known;
  const given = argOrNone(heap, group, 1);
  const t = tid(heap, given);
  if (t !== TypeId.TUPLE && t !== TypeId.LIST) throw new PyRaise('TypeError', 'second argument (exceptions) must be a sequence');
  const n = t === TypeId.TUPLE ? tupleLength(heap, given) : listLength(heap, given);
  const excs = newTuple(heap, n);
  for (let i = 0; i < n; i++) {
    const item = t === TypeId.TUPLE ? tupleItem(heap, given, i) : listGet(heap, given, i);
    if (!isException(heap, item)) throw new PyRaise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    tupleInit(heap, excs, i, item);
  }
  nset(heap, group, GROUP_EXCEPTIONS, excs);
  return excs;
}

function orNone(v: Value): Value {
  return isNull(v) ? NONE : v;
}

export function excCause(heap: Heap, exc: Value): Value { return orNone(nget(heap, exc, EXC_CAUSE)); }
export function excContext(heap: Heap, exc: Value): Value { return orNone(nget(heap, exc, EXC_CONTEXT)); }
export function excSuppressContext(heap: Heap, exc: Value): boolean {
  const v = nget(heap, exc, EXC_SUPPRESS);
  return isBool(v) && sameValue(v, TRUE);
}

/** `raise exc from cause`: cause is an exception object or None; sets __suppress_context__. */
export function setCause(heap: Heap, exc: Value, cause: Value): void {
  nset(heap, exc, EXC_CAUSE, isNone(cause) ? NULL : cause);
  nset(heap, exc, EXC_SUPPRESS, TRUE);
}

/**
 * Implicit chaining as CPython's _PyErr_SetObject: `exc.__context__ = handled`, unless they
 * are the same object; a cycle through handled's context chain is cut where it meets exc.
 */
export function setContext(heap: Heap, exc: Value, handled: Value): void {
  if (sameValue(exc, handled)) return;
  let o = handled;
  for (let steps = 0; steps < 100_000; steps++) {
    const next = nget(heap, o, EXC_CONTEXT);
    if (isNull(next)) break;
    if (sameValue(next, exc)) { nset(heap, o, EXC_CONTEXT, NULL); break; }
    o = next;
  }
  nset(heap, exc, EXC_CONTEXT, handled);
}

/** Item i of the exception's args, or None. */
function argOrNone(heap: Heap, exc: Value, i: number): Value {
  const args = nget(heap, exc, 1);
  return tupleLength(heap, args) > i ? tupleItem(heap, args, i) : NONE;
}

/** The builtin class `exc` was made from is `name` or derives from it. */
function isA(heap: Heap, exc: Value, name: string): boolean {
  const cls = nget(heap, exc, 0);
  return excSubclass(strToJs(heap, nget(heap, cls, 0)), name);
}

/**
 * The keyword-only parameters of the builtin exception classes that take keywords
 * (NameError_init, AttributeError_init, ImportError_init), by the class that declares them.
 * Their values live in F2 (EXC_FIELDS) as one tuple in this order; F2 NULL reads as all None.
 */
const EXC_KEYWORDS: readonly [string, readonly string[]][] = [
  ['ImportError', ['name', 'path', 'name_from']], ['AttributeError', ['name', 'obj']], ['NameError', ['name']],
];
export const EXC_FIELDS = 2;

/** The declaring class and keyword names of `exc`'s class (a builtin one or a user subclass), or null. */
function excKeywords(heap: Heap, exc: Value): readonly [string, readonly string[]] | null {
  for (const entry of EXC_KEYWORDS) if (isA(heap, exc, entry[0]) || classHooks.excIsA(heap, exc, entry[0])) return entry;
  return null;
}

/**
 * BaseException.__init__'s keywords for a new exception `exc`: keyword `kwnames[i]` has value
 * `value(i)`. Classes without keywords refuse any (BaseException_init's _PyArg_NoKeywords,
 * naming the exception's own class); the others bind theirs as getargs does, with its errors.
 */
export function excInitKeywords(heap: Heap, exc: Value, kwnames: readonly string[], value: (i: number) => Value): void {
  if (kwnames.length === 0) return;
  const kw = excKeywords(heap, exc);
  if (kw === null) throw new PyRaise('TypeError', `${typeNameOf(heap, exc)}() takes no keyword arguments`);
  const [owner, names] = kw;
  if (kwnames.length > names.length) {
    throw new PyRaise('TypeError', `${owner}() takes at most ${names.length} keyword argument${names.length === 1 ? '' : 's'} (${kwnames.length} given)`);
  }
  for (const k of kwnames) {
    if (names.includes(k)) continue;
    const best = bestSuggestion(names, k);
    throw new PyRaise('TypeError', `${owner}() got an unexpected keyword argument '${k}'${best === null ? '' : `. Did you mean '${best}'?`}`);
  }
  for (let i = 0; i < kwnames.length; i++) setExcField(heap, exc, names, names.indexOf(kwnames[i]), value(i));
}

/**
 * The argument count UnicodeEncodeError/UnicodeDecodeError (5) and UnicodeTranslateError (4)
 * insist on (their __init__'s PyArg_ParseTuple), checked for a new exception `exc`.
 */
export function excCheckArgs(heap: Heap, exc: Value): void {
  if (!isA(heap, exc, 'UnicodeError') && !classHooks.excIsA(heap, exc, 'UnicodeError')) return;
  const n = tupleLength(heap, nget(heap, exc, 1));
  const want = isA(heap, exc, 'UnicodeTranslateError') || classHooks.excIsA(heap, exc, 'UnicodeTranslateError') ? 4
    : ['UnicodeEncodeError', 'UnicodeDecodeError'].some((c) => isA(heap, exc, c) || classHooks.excIsA(heap, exc, c)) ? 5 : -1;
  if (want >= 0 && n !== want) throw new PyRaise('TypeError', `function takes exactly ${want} arguments (${n} given)`);
}

/** The fields a raise site recorded (builtins/suggestions.ts) set on the exception object made for it. */
export function setRaisedFields(heap: Heap, exc: Value, fields: ErrorFields): void {
  const kw = excKeywords(heap, exc);
  if (kw === null) return;
  const names = kw[1];
  setExcField(heap, exc, names, 0, strFromJs(heap, fields.name));
  const obj = fields.obj?.() ?? NULL;
  if (!isNull(obj) && names.includes('obj')) setExcField(heap, exc, names, names.indexOf('obj'), obj);
  if (fields.path != null && names.includes('path')) setExcField(heap, exc, names, names.indexOf('path'), strFromJs(heap, fields.path));
  if (fields.nameFrom !== undefined && names.includes('name_from')) setExcField(heap, exc, names, names.indexOf('name_from'), strFromJs(heap, fields.nameFrom));
}

/** Field i of an exception's keyword tuple set to v (the tuple is made, all None, on first use). */
function setExcField(heap: Heap, exc: Value, names: readonly string[], i: number, v: Value): void {
  let fields = nget(heap, exc, EXC_FIELDS);
  if (isNull(fields)) {
    fields = newTuple(heap, names.length);
    for (let j = 0; j < names.length; j++) tupleInit(heap, fields, j, NONE);
    nset(heap, exc, EXC_FIELDS, fields);
  }
  tupleInit(heap, fields, i, v);
}

/** Attributes of exception objects beyond `args`; undefined when `name` is not one of them. */
const SYNTAX_DETAILS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

/** A SyntaxError's field: msg is args[0]; the others come from the details tuple args[1], else None. */
export function syntaxErrorField(heap: Heap, exc: Value, name: string): Value {
  const args = nget(heap, exc, 1);
  if (name === 'msg') return tupleLength(heap, args) >= 1 ? tupleItem(heap, args, 0) : NONE;
  if (name === 'print_file_and_line') return NONE;
  const i = SYNTAX_DETAILS.indexOf(name);
  if (tupleLength(heap, args) !== 2) return NONE;
  const details = tupleItem(heap, args, 1);
  if (tid(heap, details) !== TypeId.TUPLE || i >= tupleLength(heap, details)) return NONE;
  return tupleItem(heap, details, i);
}

export function excAttribute(heap: Heap, exc: Value, name: string): Value | undefined {
  switch (name) {
    case 'name': case 'obj': case 'path': case 'name_from': {
      const kw = excKeywords(heap, exc);
      const i = kw === null ? -1 : kw[1].indexOf(name);
      if (i < 0) break;
      const fields = nget(heap, exc, EXC_FIELDS);
      return isNull(fields) ? NONE : tupleItem(heap, fields, i);
    }
    // SystemExit.code: None, the one argument, or the args tuple (SystemExit_init).
    case 'code':
      if (!isA(heap, exc, 'SystemExit')) return undefined;
      return tupleLength(heap, nget(heap, exc, 1)) > 1 ? nget(heap, exc, 1) : argOrNone(heap, exc, 0);
    case 'value': return isA(heap, exc, 'StopIteration') ? argOrNone(heap, exc, 0) : undefined;
    // OSError(errno, strerror[, filename]) with 2 to 5 args; None otherwise (OSError_init).
    case 'errno': case 'strerror': case 'filename': case 'filename2': {
      if (name === 'filename' && isA(heap, exc, 'SyntaxError')) return syntaxErrorField(heap, exc, name);
      if (!isA(heap, exc, 'OSError')) return undefined;
      const v = osErrorField(heap, exc, ['errno', 'strerror', 'filename', 'filename2'].indexOf(name));
      return isNull(v) ? NONE : v;
    }
    // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) (SyntaxError_init).
    // ImportError.msg: its one argument, else None (ImportError_init).
    case 'msg':
      if (isA(heap, exc, 'ImportError') || classHooks.excIsA(heap, exc, 'ImportError')) return tupleLength(heap, nget(heap, exc, 1)) === 1 ? argOrNone(heap, exc, 0) : NONE;
      return isA(heap, exc, 'SyntaxError') ? syntaxErrorField(heap, exc, name) : undefined;
    case 'lineno': case 'offset': case 'text': case 'end_lineno': case 'end_offset': case 'print_file_and_line':
      return isA(heap, exc, 'SyntaxError') ? syntaxErrorField(heap, exc, name) : undefined;
    // UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason) and
    // UnicodeTranslateError(object, start, end, reason) (UnicodeError's getters read args).
    case 'encoding': case 'object': case 'start': case 'end': case 'reason': {
      if (!isA(heap, exc, 'UnicodeError')) return undefined;
      const translate = isA(heap, exc, 'UnicodeTranslateError');
      const fields = translate ? ['object', 'start', 'end', 'reason'] : ['encoding', 'object', 'start', 'end', 'reason'];
      if ((!translate && !isA(heap, exc, 'UnicodeDecodeError') && !isA(heap, exc, 'UnicodeEncodeError')) || !fields.includes(name)) return undefined;
      const args = nget(heap, exc, 1);
      return tupleLength(heap, args) === fields.length ? tupleItem(heap, args, fields.indexOf(name)) : undefined;
    }
    case 'message': return isExceptionGroup(heap, exc) ? argOrNone(heap, exc, 0) : undefined;
    case 'exceptions': return isExceptionGroup(heap, exc) ? groupExceptions(heap, exc) : undefined;
    case '__notes__': { const notes = nget(heap, exc, EXC_NOTES); return isNull(notes) ? undefined : notes; }
    case '__cause__': return excCause(heap, exc);
    case '__context__': return excContext(heap, exc);
    case '__suppress_context__': return excSuppressContext(heap, exc) ? TRUE : FALSE;
    // The traceback objects of its record (backends/interp/traceback-objects.ts), None when never raised.
    case '__traceback__': return tracebackHooks.of(heap, exc);
    default: return undefined;
  }
  return undefined;
}

/**
 * Assignment (or deletion, `v` NULL) of the writable attributes of a builtin exception;
 * false when `name` is not one of them (the caller raises its AttributeError).
 */
export function excSetAttribute(heap: Heap, exc: Value, name: string, v: Value): boolean {
  const checked = (what: string): Value => {
    if (isNull(v)) throw new PyRaise('TypeError', `${name} may not be deleted`);
    if (!isNone(v) && !isException(heap, v)) throw new PyRaise('TypeError', `exception ${what} must be None or derive from BaseException`);
    return isNone(v) ? NULL : v;
  };
  switch (name) {
    case 'name': case 'obj': case 'path': case 'name_from': {
      const kw = excKeywords(heap, exc);
      const i = kw === null ? -1 : kw[1].indexOf(name);
      if (i < 0) return false;
      setExcField(heap, exc, kw![1], i, isNull(v) ? NONE : v);
      return true;
    }
    case 'args': {
      // BaseException_set_args: any sequence becomes the args tuple (a tuple or a list here).
      if (isNull(v)) throw new PyRaise('TypeError', 'args may not be deleted');
      const t = tid(heap, v);
      if (t === TypeId.TUPLE) { nset(heap, exc, 1, v); return true; }
      if (t !== TypeId.LIST) throw new PyRaise('TypeError', `'${classHooks.typeName(heap, v)}' object is not iterable`);
      const n = listLength(heap, v);
      const args = newTuple(heap, n);
      for (let i = 0; i < n; i++) tupleInit(heap, args, i, listGet(heap, v, i));
      nset(heap, exc, 1, args);
      return true;
    }
    case '__cause__': nset(heap, exc, EXC_CAUSE, checked('cause')); nset(heap, exc, EXC_SUPPRESS, TRUE); return true;
    case '__context__': nset(heap, exc, EXC_CONTEXT, checked('context')); return true;
    case '__suppress_context__':
      if (isNull(v) || !isBool(v)) throw new PyRaise('TypeError', 'attribute value type must be bool');
      nset(heap, exc, EXC_SUPPRESS, v);
      return true;
    case '__notes__':
      if (isNull(v) && isNull(nget(heap, exc, EXC_NOTES))) throw new PyRaise('AttributeError', '__notes__');
      nset(heap, exc, EXC_NOTES, v);
      return true;
    case '__traceback__':
      // pyx has no traceback objects: None (what __traceback__ reads) is the only value.
      if (isNull(v)) throw new PyRaise('TypeError', '__traceback__ may not be deleted');
      if (!isNone(v)) throw new PyRaise('TypeError', '__traceback__ must be a traceback or None');
      return true;
    default: return false;
  }
}

/**
 * The args of a runtime error whose str() is not its single argument: KeyError's message is
 * repr(key), but its args are (key,). Keyed by the JS error; the Value must stay reachable
 * from a frame or handle until the error is caught (the key operand of the failing op is).
 */
// Kept on the error under this symbol, in a one-element Float64Array: typed arrays keep a
// NaN-boxed Value's bits (runtime/value.ts), and a WeakMap entry per KeyError was a third of
// a caught dict miss's cost (measured in a try/except KeyError loop).
const ERROR_ARG = Symbol('pyx error arg');
type WithArg = { [ERROR_ARG]?: Float64Array };

/** `error` (a KeyError for `key`, a SystemExit for its code), remembering its argument. */
export function withKeyArg<E extends object>(error: E, key: Value): E {
  const box = new Float64Array(1);
  box[0] = key;
  (error as WithArg)[ERROR_ARG] = box;
  return error;
}

/** The argument recorded by withKeyArg, if any. */
export function errorKeyArg(error: object): Value | undefined {
  const box = (error as WithArg)[ERROR_ARG];
  return box === undefined ? undefined : box[0];
}
