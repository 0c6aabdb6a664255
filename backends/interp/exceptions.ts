// Exceptions in the interpreter: raising exception objects, catching along handler edges,
// the handled-exception stack, and `with`.
//
// A Python exception still travels up the JS stack as a JS error (PyRaise, or the runtime's
// PyError); what this file adds is the exception OBJECT bound to that error. runFrame
// (call.ts) catches, adds the frame's traceback entry, and when the raising block has a
// handler calls `land`, which makes the object (for a runtime error), sets its __context__
// and hands it to the handler's `landing` op. The object's record (runtime/exceptions.ts)
// shares its trace array with the JS error, so frames further out still add their entries.

import type { Instruction } from '../../ir/types.js';
import { type Heap, type Value, NONE, fromBool, isNone, newTuple, tupleInit, tupleLength } from '../../runtime/index.js';
import { PyError } from '../../runtime/errors.js';
import type { UnicodeErrorDetails } from '../../runtime/semantics/errors.js';
import { PyRaise, raise, traceOf, excSubclass, EXCEPTION_BASES } from '../../runtime/builtins/exceptions.js';
import { NativeKind, nativeKind, nget } from '../../runtime/builtins/native.js';
import { tid, tupleItem, typeNameOf } from '../../runtime/builtins/protocol.js';
import { exceptionClass, exceptionFromValue, newException, loadAttr } from '../../runtime/builtins/objects.js';
import { errorKeyArg, excRecord, excRecordIfAny, osErrorInit, setRaisedFields, setCause, setContext } from '../../runtime/exceptions.js';
import { osErrorInfo, type OsErrorInfo } from '../../runtime/modules/files-core.js';
import { strToJs, strFromJs, bytesFromArray } from '../../runtime/index.js';
import { TypeId } from '../../runtime/layout.js';
import { fromInt32, fromPtr, ptrOrZero } from '../../runtime/value.js';
import type { Code, Interp, Step, Term } from './state.js';
import { callValue } from './call.js';
import './sys-exc.js'; // sys.exception()/exc_info() read the handled stack kept here
import { classHooks } from '../../runtime/builtins/class-hooks.js';
import { callClass } from './classes.js';
import { exceptStarMatch, prepReraiseStar } from '../../runtime/exception-groups.js';
import { suggestionOf, fieldsOf } from '../../runtime/builtins/suggestions.js';

/** What the handlers of exception ops see (a subset of compile.ts's Ctx). */
export interface ExcCtx {
  readonly it: Interp;
  readonly heap: Heap;
  v(id: number): number;
}

/**
 * Per-interpreter exception state. Invariants: `handled` holds the exceptions of the
 * except/finally handlers being run, innermost last (each also sits in its frame's landing
 * slot, which keeps it alive for the collector); `inflight` is the object `land` made for
 * the next `landing` op, read before anything can allocate.
 */
interface ExcState {
  /** Heap addresses, not Values: a JS array may canonicalize a NaN-boxed Value (value.ts). */
  handled: number[];
  inflight: Value;
}

const STATES = new WeakMap<Interp, ExcState>();
/** The state of the interpreter whose exception ops were compiled last (for sys.exc_info). */
let latest: ExcState | null = null;

function state(it: Interp): ExcState {
  let s = STATES.get(it);
  if (s === undefined) { s = { handled: [], inflight: NONE }; STATES.set(it, s); }
  latest = s;
  return s;
}

/**
 * The handled-exception stack itself, for generators and coroutines: what their frame pushed
 * is taken off while they are suspended and put back when they resume (generators.ts), so
 * other code running meanwhile does not see it as sys.exception().
 */
export function handledStack(it: Interp): number[] {
  return state(it).handled;
}

/** The exception being handled (sys.exception()), or null. */
export function handledException(): Value | null {
  const handled = latest?.handled;
  return handled === undefined || handled.length === 0 ? null : fromPtr(handled[handled.length - 1]);
}

/** The JS error ↔ exception object link, and the per-error flags of the unwinding. */
interface Binding {
  exc: Value;
  /** __context__ was decided (at the first landing after the raise, or kept by a re-raise). */
  contextDone: boolean;
}

// A raised JS error's Binding, and whether its next traceback entry must be skipped (a re-raise
// in the catching frame), are properties of the error under these symbols: a WeakMap/WeakSet
// entry per raise cost more than the rest of catching a KeyError (measured: BOUND.set was half
// of objectFor's time in a try/except KeyError loop).
const BOUND = Symbol('pyx bound exception');
const SKIP_FRAME = Symbol('pyx skip frame');
type Tagged = { [BOUND]?: Binding; [SKIP_FRAME]?: boolean };

function bindingOf(error: object): Binding | undefined {
  return (error as Tagged)[BOUND];
}

function bind(error: object, binding: Binding): void {
  (error as Tagged)[BOUND] = binding;
}

/** The exception object bound to a raised JS error, if any. */
export function boundException(error: object): Value | null {
  return bindingOf(error)?.exc ?? null;
}

/** For call.ts's annotate: true (once) when this frame must not add a traceback entry. */
export function consumeSkipFrame(error: object): boolean {
  const skip = (error as Tagged)[SKIP_FRAME] === true;
  if (skip) (error as Tagged)[SKIP_FRAME] = false;
  return skip;
}

/** The JS error for raising exception object `exc`: its trace continues the object's own. */
function errorFor(heap: Heap, exc: Value, reraise: boolean): PyRaise {
  const base = exceptionFromValue(heap, exc);
  const record = excRecord(heap, exc);
  const message = record.message ?? base.message;
  const error = new PyRaise(record.pyType ?? base.pyType, message, base.exitCode, base.exitText);
  const trace = traceOf(error);
  trace.push(...record.trace);
  record.trace = trace;
  bind(error, { exc, contextDone: reraise });
  if (reraise) (error as Tagged)[SKIP_FRAME] = true;
  return error;
}

/** An exception instance from `raise X`/`from X`: a class is called with no arguments. */
function instantiate(it: Interp, v: Value, what: string): Value {
  const heap = it.heap;
  if (nativeKind(heap, v) === NativeKind.EXC_TYPE) return newException(heap, v, newTuple(heap, 0));
  if (nativeKind(heap, v) === NativeKind.EXC) return v;
  if (classHooks.isExceptionClass(heap, v)) return callClass(it, v);
  return raise('TypeError', what);
}

/** The `raise` terminator: `raise exc [from cause]`. */
export function raiseValue(it: Interp, v: Value, cause: Value | null): never {
  const heap = it.heap;
  const exc = instantiate(it, v, 'exceptions must derive from BaseException');
  if (cause !== null) {
    const c = isNone(cause) ? NONE : instantiate(it, cause, 'exception causes must derive from BaseException');
    setCause(heap, exc, c);
  }
  throw errorFor(heap, exc, false);
}

/** The exception object for a caught JS error, made once (and bound) for a runtime error. */
function objectFor(it: Interp, error: PyRaise | PyError): Binding {
  const known = bindingOf(error);
  if (known !== undefined) return known;
  const heap = it.heap;
  const known_ = EXCEPTION_BASES.has(error.pyType);
  const cls = exceptionClass(heap, known_ ? error.pyType : 'Exception');
  const raiseArgs = [error.message];
  const key = errorKeyArg(error);
  // SystemExit's recorded code None means no args, as SystemExit() has.
  const none = key !== undefined ? isNone(key) && error.pyType === 'SystemExit' : error.message === '';
  const os = osErrorInfo(error);
  const unicode = error instanceof PyError ? error.details : undefined;
  const args = os !== undefined ? osErrorArgs(heap, os) : unicode !== undefined ? unicodeErrorArgs(heap, unicode) : newTuple(heap, none ? 0 : 1);
  if (!none && os === undefined && unicode === undefined) tupleInit(heap, args, 0, key ?? strFromJs(heap, raiseArgs[0]));
  const exc = newException(heap, cls, args);
  if (os !== undefined) osErrorInit(heap, exc);
  const fields = fieldsOf(error);
  if (fields !== undefined) setRaisedFields(heap, exc, fields);
  const record = excRecord(heap, exc);
  record.trace = traceOf(error);
  record.suggest = suggestionOf(error);
  // else str() is repr(key), or an OSError's `[Errno n] text: 'name'`, from args
  if (key === undefined && os === undefined) record.message = error.message;
  if (!known_) record.pyType = error.pyType;
  const binding: Binding = { exc, contextDone: false };
  bind(error, binding);
  return binding;
}


/**
 * The args CPython's OSError(errno, strerror[, filename[, None, filename2]]) call gets for an
 * OSError raised by pyx's file functions, so errno/strerror/filename read as CPython's.
 */
function osErrorArgs(heap: Heap, os: OsErrorInfo): Value {
  // Each Value goes straight into the tuple: a JS array of NaN-boxed Values may be stored as
  // doubles, which canonicalises the NaN payload (an int would read back as nan).
  const n = os.filename === null ? 2 : os.filename2 === null ? 3 : 5;
  const args = newTuple(heap, n);
  tupleInit(heap, args, 0, fromInt32(os.errno));
  tupleInit(heap, args, 1, strFromJs(heap, os.strerror));
  if (os.filename !== null) tupleInit(heap, args, 2, strFromJs(heap, os.filename));
  if (os.filename2 !== null) {
    tupleInit(heap, args, 3, NONE);
    tupleInit(heap, args, 4, strFromJs(heap, os.filename2));
  }
  return args;
}

/** UnicodeDecodeError/UnicodeEncodeError's args (encoding, object, start, end, reason), as CPython makes them. */
function unicodeErrorArgs(heap: Heap, d: UnicodeErrorDetails): Value {
  const args = newTuple(heap, 5);
  tupleInit(heap, args, 0, strFromJs(heap, d.encoding));
  tupleInit(heap, args, 1, typeof d.object === 'string' ? strFromJs(heap, d.object) : bytesFromArray(heap, d.object));
  tupleInit(heap, args, 2, fromInt32(d.start));
  tupleInit(heap, args, 3, fromInt32(d.end));
  tupleInit(heap, args, 4, strFromJs(heap, d.reason));
  return args;
}

/** Called by runFrame when a block with a handler raised `error` (already annotated). */
export function land(it: Interp, error: PyRaise | PyError): void {
  const s = state(it);
  const binding = objectFor(it, error);
  if (!binding.contextDone) {
    binding.contextDone = true;
    if (s.handled.length > 0) setContext(it.heap, binding.exc, fromPtr(s.handled[s.handled.length - 1]));
  }
  s.inflight = binding.exc;
}

/** Handler block index per block index of `code` (-1: none), computed on first need. */
const HANDLER_INDEX = new WeakMap<Code, Int32Array>();

export function handlerIndex(code: Code, blk: number): number {
  let table = HANDLER_INDEX.get(code);
  if (table === undefined) {
    const index = new Map(code.fn.blocks.map((block, k) => [block.id, k]));
    table = Int32Array.from(code.fn.blocks, (block) => block.handler === null ? -1 : index.get(block.handler)!);
    HANDLER_INDEX.set(code, table);
  }
  return table[blk];
}

/** isinstance(exc, spec) for `except spec`, with CPython's error for a non-exception class. */
function matches(heap: Heap, exc: Value, spec: Value): boolean {
  if (tid(heap, spec) === TypeId.TUPLE) {
    // Every item is checked before matching, as CPython's check_except_type_valid; items are
    // classes only (a nested tuple is an error).
    const n = tupleLength(heap, spec);
    for (let i = 0; i < n; i++) checkClass(heap, tupleItem(heap, spec, i));
    for (let i = 0; i < n; i++) if (matchesClass(heap, exc, tupleItem(heap, spec, i))) return true;
    return false;
  }
  checkClass(heap, spec);
  return matchesClass(heap, exc, spec);
}

function checkClass(heap: Heap, cls: Value): void {
  if (nativeKind(heap, cls) !== NativeKind.EXC_TYPE && !classHooks.isExceptionClass(heap, cls)) {
    raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
}

function matchesClass(heap: Heap, exc: Value, spec: Value): boolean {
  // User exception classes (runtime/classes.ts) match along their MRO.
  if (classHooks.isUserException(heap, exc) || classHooks.isExceptionClass(heap, spec)) return classHooks.excMatches(heap, exc, spec);
  const want = strToJs(heap, nget(heap, spec, 0));
  // A runtime error of a class pyx has no object for (objectFor) is an Exception instance
  // displayed under its own name: it matches that name, and Exception's bases.
  const own = excRecordIfAny(heap, exc)?.pyType;
  if (own != null && own === want) return true;
  return excSubclass(typeNameOf(heap, exc), want);
}

/** `manager.name`, or null when the object has no such attribute. */
function special(heap: Heap, manager: Value, name: string): Value | null {
  try {
    return loadAttr(heap, manager, name);
  } catch (error) {
    if ((error instanceof PyRaise || error instanceof PyError) && error.pyType === 'AttributeError') return null;
    throw error;
  }
}

/** The interpreter's handlers for the `exception` category of ir/ops.ts. */
export const EXCEPTION_HANDLERS = {
  landing: (ins: Instruction, c: ExcCtx): Step => {
    const s = state(c.it), heap = c.heap, out = c.v(ins.result!);
    return (b) => { heap.f64[b + out] = s.inflight; s.inflight = NONE; };
  },
  exc_match: (ins: Instruction, c: ExcCtx): Step => {
    const heap = c.heap, e = c.v(ins.operands[0]), t = c.v(ins.operands[1]), out = c.v(ins.result!);
    return (b) => { const r = fromBool(matches(heap, heap.f64[b + e], heap.f64[b + t])); heap.f64[b + out] = r; };
  },
  push_exc: (ins: Instruction, c: ExcCtx): Step => {
    const s = state(c.it), heap = c.heap, e = c.v(ins.operands[0]);
    return (b) => { s.handled.push(ptrOrZero(heap.f64[b + e])); };
  },
  pop_exc: (_ins: Instruction, c: ExcCtx): Step => {
    const s = state(c.it);
    return () => { s.handled.pop(); };
  },
  current_exc: (ins: Instruction, c: ExcCtx): Step => {
    const s = state(c.it), heap = c.heap, out = c.v(ins.result!);
    return (b) => {
      if (s.handled.length === 0) raise('RuntimeError', 'No active exception to reraise');
      heap.f64[b + out] = fromPtr(s.handled[s.handled.length - 1]);
    };
  },
  reraise: (ins: Instruction, c: ExcCtx): Term => {
    const heap = c.heap, e = c.v(ins.operands[0]);
    return (b) => { throw errorFor(heap, heap.f64[b + e], true); };
  },
  with_exit: (ins: Instruction, c: ExcCtx): Step => {
    const heap = c.heap, m = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => {
      const manager = heap.f64[b + m];
      const what = `'${typeNameOf(heap, manager)}' object does not support the context manager protocol`;
      if (special(heap, manager, '__enter__') === null) raise('TypeError', what);
      const exit = special(heap, manager, '__exit__');
      if (exit === null) raise('TypeError', `${what} (missed __exit__ method)`);
      heap.f64[b + out] = exit;
    };
  },
  with_enter: (ins: Instruction, c: ExcCtx): Step => {
    const it = c.it, heap = c.heap, m = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => {
      const enter = loadAttr(heap, heap.f64[b + m], '__enter__');
      const r = callValue(it, enter, newTuple(heap, 0));
      heap.f64[b + out] = r;
    };
  },
  exc_star_match: (ins: Instruction, c: ExcCtx): Step => {
    const heap = c.heap, e = c.v(ins.operands[0]), t = c.v(ins.operands[1]), out = c.v(ins.result!);
    return (b) => { const r = exceptStarMatch(heap, heap.f64[b + e], heap.f64[b + t]); heap.f64[b + out] = r; };
  },
  exc_star_reraise: (ins: Instruction, c: ExcCtx): Step => {
    const heap = c.heap, o = c.v(ins.operands[0]), l = c.v(ins.operands[1]), out = c.v(ins.result!);
    return (b) => { const r = prepReraiseStar(heap, heap.f64[b + o], heap.f64[b + l]); heap.f64[b + out] = r; };
  },
  with_exit_exc: (ins: Instruction, c: ExcCtx): Step => {
    const it = c.it, heap = c.heap, x = c.v(ins.operands[0]), e = c.v(ins.operands[1]), out = c.v(ins.result!);
    return (b) => {
      const exc = heap.f64[b + e];
      const args = newTuple(heap, 3);
      tupleInit(heap, args, 0, nget(heap, exc, 0));
      tupleInit(heap, args, 1, exc);
      tupleInit(heap, args, 2, NONE);
      const r = callValue(it, heap.f64[b + x], args);
      heap.f64[b + out] = r;
    };
  },
};

