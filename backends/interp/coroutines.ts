// Coroutines and async generators on the block interpreter (docs/generators.md,
// "Coroutines"). Their objects share the generator's layout and resumption (generators.ts);
// this file holds what differs: the awaitable protocol (get_awaitable, __aiter__/__anext__,
// __aenter__/__aexit__), the asend/athrow/aclose awaitables of async generators, and the
// "coroutine ... was never awaited" RuntimeWarning.
//
// An async generator's frame yields two kinds of values: those its own `yield` produces,
// wrapped by async_gen_wrap, and those an inner `await` passes up to the event loop. The
// awaitable of asend()/__anext__() (NativeKind.ASYNC_GEN_AWAIT) resumes the frame once per
// step: a wrapped value ends the await (its value), an unwrapped one is passed up in turn.

import {
  type Heap, type Value, NULL, NONE, TRUE, FALSE, isNull, isNone, newTuple, tupleInit, strToJs, FN, functionField,
  dictGet, dictSet, internStr,
} from '../../runtime/index.js';
import { fromInt32, loOf, sameValue } from '../../runtime/value.js';
import { pushHandle, popHandles } from '../../runtime/gc.js';
import { NativeKind, newNative, nget, nset, nativeKind } from '../../runtime/builtins/native.js';
import { PyRaise, raise, excSubclass } from '../../runtime/builtins/exceptions.js';
import { PyError } from '../../runtime/errors.js';
import { builtinsDict, exceptionClass, loadAttr, nativeValue, setAttr } from '../../runtime/builtins/objects.js';
import { tid, typeNameOf } from '../../runtime/builtins/protocol.js';
import { TypeId } from '../../runtime/layout.js';
import { iterHooks } from '../../runtime/builtins/containers.js';
import { classHooks } from '../../runtime/builtins/class-hooks.js';
import { host } from '../../runtime/builtins/functions.js';
import { generatorHooks, thrownValue } from '../../runtime/generators.js';
import { defineExtType, extKey, isExt, newExt } from '../../runtime/builtins/ext-types.js';
import { arg, defineFunction, defineMethod, defineModule, self } from '../../runtime/builtins/registry.js';
import type { Instruction } from '../../ir/types.js';
import type { Interp, Step } from './state.js';
import { resumeAny, closeAny, stopWith, throwValue } from './generators.js';

// ASYNC_GEN_AWAIT fields (native.ts).
const A_GEN = 0, A_VALUE = 1, A_MODE = 2, A_STATE = 3;
const SEND = 0, THROW = 1, CLOSE = 2;
const NEW = 0, RUNNING = 1, DONE = 2;
/** COROUTINE's F6: its key in `unawaited` (small int) until it is first resumed or closed. */
const F_UNAWAITED = 6;

// --- Helpers ---

function isPyError(error: unknown): error is PyRaise | PyError {
  return error instanceof PyRaise || error instanceof PyError;
}

/** `object.name`, or null when it has no such attribute (how CPython's special lookups fail). */
function special(heap: Heap, object: Value, name: string): Value | null {
  try {
    return loadAttr(heap, object, name);
  } catch (error) {
    if (isPyError(error) && error.pyType === 'AttributeError') return null;
    throw error;
  }
}

function call0(heap: Heap, f: Value): Value {
  return iterHooks.callN(heap, f, newTuple(heap, 0));
}

/** isinstance(exc, <builtin class `name`>) for an exception instance (user subclasses too). */
function isInstanceOf(heap: Heap, exc: Value, name: string): boolean {
  if (classHooks.isUserException(heap, exc)) return classHooks.excMatches(heap, exc, exceptionClass(heap, name));
  return excSubclass(typeNameOf(heap, exc), name);
}

function errorIs(error: unknown, name: string): boolean {
  return isPyError(error) && excSubclass(error.pyType, name);
}

// --- The awaitable protocol ---

const AWAIT_MESSAGES = {
  await: (t: string) => `object ${t} can't be used in 'await' expression`,
  aenter: (t: string) => `'async with' received an object from __aenter__ that does not implement __await__: ${t}`,
  aexit: (t: string) => `'async with' received an object from __aexit__ that does not implement __await__: ${t}`,
  anext: (t: string) => `'async for' received an invalid object from __anext__: ${t}`,
} as const;

/** CPython's GET_AWAITABLE: the iterator `await value` delegates to. */
export function getAwaitable(heap: Heap, value: Value, where: keyof typeof AWAIT_MESSAGES): Value {
  const kind = nativeKind(heap, value);
  if (kind === NativeKind.COROUTINE) {
    if (!isNull(nget(heap, value, 4))) raise('RuntimeError', 'coroutine is being awaited already');
    return value;
  }
  if (kind === NativeKind.ASYNC_GEN_AWAIT) return value;
  const method = kind === NativeKind.GENERATOR || kind === NativeKind.ASYNC_GENERATOR ? null : special(heap, value, '__await__');
  if (method === null) raise('TypeError', AWAIT_MESSAGES[where](typeNameOf(heap, value)));
  const iterator = call0(heap, method);
  const k = nativeKind(heap, iterator);
  if (k === NativeKind.COROUTINE) raise('TypeError', '__await__() returned a coroutine');
  if (k !== NativeKind.GENERATOR && k !== NativeKind.ASYNC_GEN_AWAIT && coroutineOfWrapper(heap, iterator) === null
    && special(heap, iterator, '__next__') === null) {
    raise('TypeError', `__await__() returned non-iterator of type '${typeNameOf(heap, iterator)}'`);
  }
  return iterator;
}

function getAiter(heap: Heap, iterable: Value): Value {
  if (nativeKind(heap, iterable) === NativeKind.ASYNC_GENERATOR) return iterable;
  const method = special(heap, iterable, '__aiter__');
  if (method === null) raise('TypeError', `'async for' requires an object with __aiter__ method, got ${typeNameOf(heap, iterable)}`);
  const aiter = call0(heap, method);
  if (nativeKind(heap, aiter) !== NativeKind.ASYNC_GENERATOR && special(heap, aiter, '__anext__') === null) {
    raise('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeNameOf(heap, aiter)}`);
  }
  return aiter;
}

function getAnext(heap: Heap, aiter: Value): Value {
  if (nativeKind(heap, aiter) === NativeKind.ASYNC_GENERATOR) return newAwait(heap, aiter, SEND, NONE);
  const awaitable = call0(heap, loadAttr(heap, aiter, '__anext__'));
  return getAwaitable(heap, awaitable, 'anext');
}

// --- Async generators: the asend/athrow/aclose awaitable ---

function newAwait(heap: Heap, agen: Value, mode: number, value: Value): Value {
  const h = pushHandle(heap, agen);
  pushHandle(heap, value);
  try {
    const aw = newNative(heap, NativeKind.ASYNC_GEN_AWAIT);
    nset(heap, aw, A_GEN, agen);
    nset(heap, aw, A_VALUE, value);
    nset(heap, aw, A_MODE, fromInt32(mode));
    nset(heap, aw, A_STATE, fromInt32(NEW));
    return aw;
  } finally { popHandles(heap, h); }
}

/**
 * One step of awaiting an asend/athrow/aclose awaitable: sends `sent` (or throws `thrown`)
 * into its async generator. Returns the value to pass up to the event loop, or NULL when
 * the await is over; its result is then in `result.value`.
 */
export function awaitStep(it: Interp, aw: Value, sent: Value, thrown: Value | null, result: { value: Value }): Value {
  const heap = it.heap;
  const mode = loOf(nget(heap, aw, A_MODE)), state = loOf(nget(heap, aw, A_STATE));
  if (state === DONE) {
    raise('RuntimeError', mode === SEND ? 'cannot reuse already awaited __anext__()/asend()' : 'cannot reuse already awaited aclose()/athrow()');
  }
  const agen = nget(heap, aw, A_GEN);
  nset(heap, aw, A_STATE, fromInt32(RUNNING));
  if (!sameValue(nget(heap, agen, F_UNAWAITED), TRUE)) {
    // The first step of this async generator: the event loop's firstiter hook (what
    // sys.set_asyncgen_hooks gives CPython) learns of it, to aclose() it at shutdown.
    nset(heap, agen, F_UNAWAITED, TRUE);
    const hook = firstiterHook(heap);
    if (hook !== null) {
      const args = newTuple(heap, 1);
      tupleInit(heap, args, 0, agen);
      iterHooks.callN(heap, hook, args);
    }
  }
  let yielded: Value;
  try {
    if (state === NEW && thrown === null) {
      if (mode === SEND) yielded = resumeAny(it, agen, isNone(sent) ? nget(heap, aw, A_VALUE) : sent, null);
      else {
        const exc = mode === THROW ? nget(heap, aw, A_VALUE) : throwValue(heap, 'GeneratorExit');
        yielded = resumeAny(it, agen, NONE, exc);
      }
    } else {
      yielded = resumeAny(it, agen, sent, thrown);
    }
  } catch (error) {
    nset(heap, aw, A_STATE, fromInt32(DONE));
    if (mode === CLOSE && (errorIs(error, 'GeneratorExit') || errorIs(error, 'StopAsyncIteration'))) { result.value = NONE; return NULL; }
    throw error;
  }
  if (isNull(yielded)) {
    // The async generator returned: the end of the iteration (aclose: done).
    nset(heap, aw, A_STATE, fromInt32(DONE));
    if (mode === CLOSE) { result.value = NONE; return NULL; }
    raise('StopAsyncIteration', '');
  }
  if (nativeKind(heap, yielded) === NativeKind.ASYNC_GEN_WRAPPED) {
    nset(heap, aw, A_STATE, fromInt32(DONE));
    if (mode === CLOSE) raise('RuntimeError', 'async generator ignored GeneratorExit');
    result.value = nget(heap, yielded, 0);
    return NULL;
  }
  return yielded; // an inner await's value for the event loop
}

/** send()/throw() of an asend/athrow/aclose object called from Python: StopIteration at the end. */
function awaitSend(it: Interp, aw: Value, sent: Value, thrown: Value | null): Value {
  const result = { value: NONE };
  const yielded = awaitStep(it, aw, sent, thrown, result);
  return isNull(yielded) ? stopWith(it, result.value) : yielded;
}

// --- coroutine.__await__(): the coroutine_wrapper iterator ---

/**
 * What `coroutine.__await__()` returns (CPython's coroutine_wrapper): an iterator over the
 * coroutine, so that `def __await__(self): return self.run().__await__()` and `yield from`
 * delegate to it. F1 the coroutine. delegate_send unwraps it (coroutineOfWrapper) and
 * resumes the coroutine itself, which keeps its return value as the await's result.
 */
const CORO_WRAPPER = defineExtType('coroutine_wrapper', 'builtins', {
  iter: (_heap, v) => v,
  next: (heap, v) => generatorHooks.next(heap, nget(heap, v, 1)),
});

export function coroutineOfWrapper(heap: Heap, v: Value): Value | null {
  return isExt(heap, v, CORO_WRAPPER) ? nget(heap, v, 1) : null;
}

function newWrapper(heap: Heap, coro: Value): Value {
  const h = pushHandle(heap, coro);
  try {
    const w = newExt(heap, CORO_WRAPPER);
    nset(heap, w, 1, coro);
    return w;
  } finally { popHandles(heap, h); }
}

// --- The async generator first-iteration hook (_pyx_coroutines.set_asyncgen_firstiter) ---

/** Kept in the builtins dict under a name no program can spell, so the collector sees it. */
const FIRSTITER_KEY = '\0asyncgen_firstiter';

function firstiterHook(heap: Heap): Value | null {
  const hook = dictGet(heap, builtinsDict(heap), internStr(heap, FIRSTITER_KEY));
  return isNull(hook) || isNone(hook) ? null : hook;
}

// --- "coroutine ... was never awaited" ---

/** Coroutines not resumed nor closed yet: key (F6) → qualname, in creation order. */
const unawaited = new Map<number, string>();
let nextKey = 1;

/** Called when a coroutine object is made. */
export function trackCoroutine(heap: Heap, coro: Value): void {
  const key = nextKey++;
  unawaited.set(key, strToJs(heap, functionField(heap, nget(heap, coro, 1), FN.QUALNAME)));
  nset(heap, coro, F_UNAWAITED, fromInt32(key));
}

/** Called when a coroutine is first resumed or closed: no warning for it any more. */
export function markAwaited(heap: Heap, coro: Value): void {
  const key = nget(heap, coro, F_UNAWAITED);
  if (nativeKind(heap, coro) !== NativeKind.COROUTINE || sameValue(key, TRUE)) return;
  unawaited.delete(loOf(key));
  nset(heap, coro, F_UNAWAITED, TRUE);
}

/**
 * A call whose result the code drops at once (an expression statement): CPython frees the
 * object there, and warns when it is a coroutine that never ran. `line` is the call's line in
 * `filename`, whose text is `source`.
 */
export function warnIfDropped(heap: Heap, v: Value, filename: string, source: string, line: number): void {
  // sameValue, not ===: NaN-boxed Values are NaNs to JS, never === anything (value.ts).
  if (nativeKind(heap, v) !== NativeKind.COROUTINE || sameValue(nget(heap, v, F_UNAWAITED), TRUE)) return;
  const qualname = unawaited.get(loOf(nget(heap, v, F_UNAWAITED)));
  markAwaited(heap, v);
  const text = source.split(/\r\n|\r|\n/)[line - 1]?.trim() ?? '';
  host.write(2, `${filename}:${line}: RuntimeWarning: coroutine '${qualname}' was never awaited\n` +
    (text === '' ? '' : `  ${text}\n`) + 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n');
}

/**
 * The warnings CPython prints at exit for coroutines still never awaited (pyx frees nothing
 * earlier, so those dropped elsewhere than by an expression statement are reported here too).
 */
export function unawaitedAtExit(): string {
  const text = [...unawaited.values()].map((name) => `<sys>:0: RuntimeWarning: coroutine '${name}' was never awaited\n`).join('');
  unawaited.clear();
  return text;
}

// --- The ops ---

/** What a handler sees of the function being compiled (compile.ts's Ctx). */
interface CoroutineCtx {
  readonly it: Interp;
  readonly heap: Heap;
  v(id: number): number;
}

function unary(ins: Instruction, c: CoroutineCtx, f: (heap: Heap, x: Value) => Value): Step {
  const heap = c.heap, x = c.v(ins.operands[0]), out = c.v(ins.result!);
  return (b) => { const r = f(heap, heap.f64[b + x]); heap.f64[b + out] = r; };
}

/** The interpreter's handlers for the coroutine ops of ir/ops.ts (the `generator` category). */
export const COROUTINE_HANDLERS = {
  async_function: (): Step => () => undefined,
  get_awaitable: (ins: Instruction, c: CoroutineCtx): Step => {
    const where = ins.attrs.where as 'await' | 'aenter' | 'aexit';
    return unary(ins, c, (heap, x) => getAwaitable(heap, x, where));
  },
  async_gen_wrap: (ins: Instruction, c: CoroutineCtx): Step => unary(ins, c, (heap, x) => {
    const h = pushHandle(heap, x);
    try {
      const w = newNative(heap, NativeKind.ASYNC_GEN_WRAPPED);
      nset(heap, w, 0, x);
      return w;
    } finally { popHandles(heap, h); }
  }),
  get_aiter: (ins: Instruction, c: CoroutineCtx): Step => unary(ins, c, getAiter),
  get_anext: (ins: Instruction, c: CoroutineCtx): Step => unary(ins, c, getAnext),
  async_with_exit: (ins: Instruction, c: CoroutineCtx): Step => unary(ins, c, (heap, manager) => {
    const what = `'${typeNameOf(heap, manager)}' object does not support the asynchronous context manager protocol`;
    if (special(heap, manager, '__aenter__') === null) raise('TypeError', what);
    const exit = special(heap, manager, '__aexit__');
    if (exit === null) raise('TypeError', `${what} (missed __aexit__ method)`);
    return exit;
  }),
  async_with_enter: (ins: Instruction, c: CoroutineCtx): Step => unary(ins, c, (heap, manager) => call0(heap, loadAttr(heap, manager, '__aenter__'))),
  end_async_for: (ins: Instruction, c: CoroutineCtx): Step => unary(ins, c, (heap, exc) => isInstanceOf(heap, exc, 'StopAsyncIteration') ? TRUE : FALSE),
};

// --- Methods visible from Python ---

/** The interpreter of this thread, for the methods below (set with the generator hooks). */
let interp: Interp | null = null;
export function installCoroutineMethods(it: Interp): void {
  interp = it;
}

const CORO = 100 + NativeKind.COROUTINE, AGEN = 100 + NativeKind.ASYNC_GENERATOR, AWAIT = 100 + NativeKind.ASYNC_GEN_AWAIT;
defineMethod(CORO, 'coroutine', 'send', 'value, /', (heap, a) => generatorHooks.send(heap, self(heap, a), arg(heap, a, 0)));
defineMethod(CORO, 'coroutine', 'throw', 'typ, val=, tb=, /', (heap, a) => generatorHooks.throw(heap, self(heap, a), thrownValue(heap, arg(heap, a, 0), arg(heap, a, 1))));
defineMethod(CORO, 'coroutine', 'close', '', (heap, a) => closeAny(interp!, self(heap, a)));
defineMethod(CORO, 'coroutine', '__await__', '', (heap, a) => newWrapper(heap, self(heap, a)));
const WRAP = extKey(CORO_WRAPPER);
const wrapped = (heap: Heap, a: number) => nget(heap, self(heap, a), 1);
defineMethod(WRAP, 'coroutine_wrapper', 'send', 'value, /', (heap, a) => generatorHooks.send(heap, wrapped(heap, a), arg(heap, a, 0)));
defineMethod(WRAP, 'coroutine_wrapper', 'throw', 'typ, val=, tb=, /', (heap, a) => generatorHooks.throw(heap, wrapped(heap, a), thrownValue(heap, arg(heap, a, 0), arg(heap, a, 1))));
defineMethod(WRAP, 'coroutine_wrapper', 'close', '', (heap, a) => closeAny(interp!, wrapped(heap, a)));
defineMethod(WRAP, 'coroutine_wrapper', '__next__', '', (heap, a) => generatorHooks.send(heap, wrapped(heap, a), NONE));
defineMethod(WRAP, 'coroutine_wrapper', '__iter__', '', (heap, a) => self(heap, a));
defineMethod(AGEN, 'async_generator', '__aiter__', '', (heap, a) => self(heap, a));
defineMethod(AGEN, 'async_generator', '__anext__', '', (heap, a) => newAwait(heap, self(heap, a), SEND, NONE));
defineMethod(AGEN, 'async_generator', 'asend', 'value, /', (heap, a) => newAwait(heap, self(heap, a), SEND, arg(heap, a, 0)));
defineMethod(AGEN, 'async_generator', 'athrow', 'value, /', (heap, a) => newAwait(heap, self(heap, a), THROW, arg(heap, a, 0)));
defineMethod(AGEN, 'async_generator', 'aclose', '', (heap, a) => newAwait(heap, self(heap, a), CLOSE, NONE));
defineMethod(AWAIT, 'async_generator_asend', 'send', 'value, /', (heap, a) => awaitSend(interp!, self(heap, a), arg(heap, a, 0), null));
defineMethod(AWAIT, 'async_generator_asend', 'throw', 'value, /', (heap, a) => awaitSend(interp!, self(heap, a), NONE, arg(heap, a, 0)));
defineMethod(AWAIT, 'async_generator_asend', 'close', '', (heap, a) => { nset(heap, self(heap, a), A_STATE, fromInt32(DONE)); return NONE; });
defineMethod(AWAIT, 'async_generator_asend', '__await__', '', (heap, a) => self(heap, a));
defineMethod(AWAIT, 'async_generator_asend', '__iter__', '', (heap, a) => self(heap, a));
defineMethod(AWAIT, 'async_generator_asend', '__next__', '', (heap, a) => awaitSend(interp!, self(heap, a), NONE, null));

// --- The `_pyx_coroutines` module: what inspect/asyncio ask about functions and objects ---

/** The async_function kind of Python function `f` (a bound method's function), or null. */
function asyncKindOf(heap: Heap, f: Value): string | null {
  if (nativeKind(heap, f) === NativeKind.METHOD) f = nget(heap, f, 0);
  if (interp === null || tid(heap, f) !== TypeId.FUNCTION || nativeKind(heap, f) !== 0) return null;
  const index = heap.i32[((loOf(f) >>> 0) >>> 2) + 1];
  const fn = interp.module.functions[index];
  const marker = fn?.blocks[0].instructions.find((ins) => ins.op === 'async_function');
  return marker === undefined ? null : marker.attrs.kind as string;
}

const PREDICATES: [string, (heap: Heap, x: Value) => boolean][] = [
  ['iscoroutinefunction', (heap, x) => asyncKindOf(heap, x) === 'coroutine'],
  ['isasyncgenfunction', (heap, x) => asyncKindOf(heap, x) === 'async_generator'],
  ['iscoroutine', (heap, x) => nativeKind(heap, x) === NativeKind.COROUTINE],
  ['isasyncgen', (heap, x) => nativeKind(heap, x) === NativeKind.ASYNC_GENERATOR],
];
const PREDICATE_ENTRIES = PREDICATES.map(([name, test]) =>
  [name, defineFunction('_pyx_coroutines', name, 'obj, /', (heap, a) => test(heap, arg(heap, a, 0)) ? TRUE : FALSE)] as const);
const SET_FIRSTITER = defineFunction('_pyx_coroutines', 'set_asyncgen_firstiter', 'firstiter, /', (heap, a) => {
  dictSet(heap, builtinsDict(heap), internStr(heap, FIRSTITER_KEY), arg(heap, a, 0));
  return NONE;
});
defineModule('_pyx_coroutines', (heap, dict) => {
  for (const [name, entry] of PREDICATE_ENTRIES) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'set_asyncgen_firstiter', nativeValue(heap, SET_FIRSTITER));
});
