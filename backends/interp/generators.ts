// Generators on the block interpreter (docs/ir.md's design). A generator function's call
// copies its freshly bound frame into a heap frame (pushFrame's `escapes`) owned by a
// NativeKind.GENERATOR object; resuming relinks that frame on top of the thread's frame chain
// and runs it from the block its last `yield_value` named. `yield_value` records that block
// in the frame's ip word (block index + 1; 0 means the frame returned) and leaves the yielded
// value in the return slot; before a resumption the sent value is put in the same slot, where
// `resume_value` reads it. A throw()/close() exception is raised by `resume_value`, inside
// the resume block, so the try statement around the yield handles it.

import {
  type Heap, type Value, NULL, NONE, isNull, isNone, pushFrame, popFrame, FRAME_SLOTS,
  frameIp, setFrameIp, newTuple, tupleInit, strFromJs, tupleLength, tupleGet,
} from '../../runtime/index.js';
import { T } from '../../runtime/heap.js';
import { fromPtr, fromInt32, fromBool, loOf, HI_INT, ptrOrZero } from '../../runtime/value.js';
import { pushHandle, popHandles } from '../../runtime/gc.js';
import { NativeKind, newNative, nget, nset, nativeKind } from '../../runtime/builtins/native.js';
import { PyRaise, raise, excSubclass } from '../../runtime/builtins/exceptions.js';
import { PyError } from '../../runtime/errors.js';
import { exceptionClass, newException } from '../../runtime/builtins/objects.js';
import { generatorHooks } from '../../runtime/generators.js';
import { typeNameOf } from '../../runtime/builtins/protocol.js';
import { iterNext, iterHooks } from '../../runtime/builtins/containers.js';
import { loadAttr } from '../../runtime/builtins/objects.js';
import type { Code, Interp, Step, Term } from './state.js';
import { handlerIndex } from './exceptions.js';
import { releaseIterator } from './iter-release.js';
import { awaitStep, coroutineOfWrapper, installCoroutineMethods, markAwaited, trackCoroutine } from './coroutines.js';

/**
 * The interpreter functions this file calls, given by installGeneratorHooks: importing
 * call.ts/compile.ts/exceptions.ts here would close an import cycle in which compile.ts's
 * handler table reads exceptions.ts's before that module has run.
 */
export interface GeneratorDeps {
  raiseValue(it: Interp, v: Value, cause: Value | null): never;
  boundException(error: object): Value | null;
  compileFunction(it: Interp, index: number): Code;
  runFrame(it: Interp, code: Code, frame: number, start: number): Value;
  handledStack(it: Interp): number[];
}
let deps: GeneratorDeps | null = null;
const raiseValue = (it: Interp, v: Value, cause: Value | null): never => deps!.raiseValue(it, v, cause);

// F_RUNNING is a small int (1 running), compared by its payload: boxed values are NaNs.
// F_DELEGATE: the sub-iterator a suspended `yield from` waits on (NULL otherwise), to which
// throw()/close() are forwarded. F_HANDLED: a tuple of the exceptions the frame's except/
// finally blocks were handling when it suspended (NULL when none), off the handled stack.
// F_PAIR (plain generators only; field 6 is coroutines.ts's F_UNAWAITED for the async kinds):
// the (done, value) tuple delegate_send rewrites on each step (see delegateHandler).
const F_FRAME = 0, F_FUNC = 1, F_STATE = 2, F_RUNNING = 3, F_DELEGATE = 4, F_RETURN = 5, F_PAIR = 6, F_HANDLED = 7;
const FINISHED = -1;

// The running generators, innermost last, and for each the exception a throw()/close() hands
// to its resume_value (if `hasThrow`). Not JS arrays of Values: V8 may canonicalize a NaN
// stored into an array of doubles (measured: a store into an empty array, and pushes from
// optimized code), which turns a NaN-boxed pointer into the plain NaN. Addresses are plain
// numbers, and a Float64Array keeps the bits of what it stores (the heap relies on that too);
// "none" is a flag of its own rather than a stored NULL constant.
const runningGens: number[] = [];
let pendingThrow = new Float64Array(64);
let hasThrow = new Uint8Array(64);

function topGen(): Value {
  return fromPtr(runningGens[runningGens.length - 1]);
}

/** The pending throw of the innermost running generator, taken (null when none). */
function takeThrow(): Value | null {
  const k = runningGens.length - 1;
  if (hasThrow[k] === 0) return null;
  hasThrow[k] = 0;
  return pendingThrow[k];
}

function pushRunning(g: Value, thrown: Value | null): void {
  const k = runningGens.length;
  if (k === pendingThrow.length) {
    const values = new Float64Array(k * 2), flags = new Uint8Array(k * 2);
    values.set(pendingThrow);
    flags.set(hasThrow);
    pendingThrow = values;
    hasThrow = flags;
  }
  hasThrow[k] = thrown === null ? 0 : 1;
  if (thrown !== null) pendingThrow[k] = thrown;
  runningGens.push(loOf(g) >>> 0);
}

/** What calling `code`'s function makes: an async def's async_function marker says (cached). */
const KINDS = new WeakMap<Code, NativeKind>();
// The last answer, checked before the WeakMap: a loop makes generators of one function.
let lastCode: Code | null = null;
let lastKind = NativeKind.GENERATOR;
function objectKind(code: Code): NativeKind {
  if (code === lastCode) return lastKind;
  let kind = KINDS.get(code);
  if (kind === undefined) {
    const marker = code.fn.blocks[0].instructions.find((ins) => ins.op === 'async_function');
    kind = marker === undefined ? NativeKind.GENERATOR : marker.attrs.kind === 'coroutine' ? NativeKind.COROUTINE : NativeKind.ASYNC_GENERATOR;
    KINDS.set(code, kind);
  }
  lastCode = code;
  lastKind = kind;
  return kind;
}

/** Whether calling `code` makes a plain generator (not a coroutine or async generator). */
export function makesGenerator(code: Code): boolean {
  return code.generator && objectKind(code) === NativeKind.GENERATOR;
}

/** The kinds that run a frame of their own: generators, coroutines, async generators. */
function isResumable(kind: number): boolean {
  return kind === NativeKind.GENERATOR || kind === NativeKind.COROUTINE || kind === NativeKind.ASYNC_GENERATOR;
}

/** How messages name each resumable kind. */
function kindName(heap: Heap, g: Value): string {
  const kind = nativeKind(heap, g);
  return kind === NativeKind.COROUTINE ? 'coroutine' : kind === NativeKind.ASYNC_GENERATOR ? 'async generator' : 'generator';
}

/**
 * A generator object (a coroutine or async generator for an async def) for the bound frame
 * `frame` (still on the frame stack: the caller pops it).
 */
export function makeGenerator(it: Interp, code: Code, frame: number): Value {
  const heap = it.heap;
  const func = heap.f64[(frame + 24) >>> 3], globals = heap.f64[(frame + 32) >>> 3];
  const own = pushFrame(heap, func, globals, code.fn.index, code.nslots, true);
  const from = (frame + FRAME_SLOTS) >>> 3, to = (own + FRAME_SLOTS) >>> 3;
  for (let i = 0; i < code.nslots; i++) heap.f64[to + i] = heap.f64[from + i];
  popFrame(heap);
  // Nothing collects before the generator holds `own` (allocation never does).
  return generatorFor(it, code, own, func);
}

/**
 * The generator object (coroutine, async generator) for `own`, a bound heap frame of `func`
 * (pushFrame with `escapes`) already popped from the frame chain; nothing may collect between
 * that pop and this call. call.ts binds a call's arguments straight into such a frame.
 */
export function generatorFor(it: Interp, code: Code, own: number, func: Value): Value {
  const heap = it.heap;
  const kind = objectKind(code);
  const g = newNative(heap, kind);
  const h = pushHandle(heap, g);
  try {
    nset(heap, g, F_FRAME, fromPtr(own));
    nset(heap, g, F_FUNC, func);
    // The small ints 0 written as words (resume keeps only the low words up to date).
    const w = fieldWord(g, 0), i32 = heap.i32;
    i32[w + 2 * F_STATE] = 0;
    i32[w + 2 * F_STATE + 1] = HI_INT;
    i32[w + 2 * F_RUNNING] = 0;
    i32[w + 2 * F_RUNNING + 1] = HI_INT;
    nset(heap, g, F_RETURN, NONE);
    if (kind === NativeKind.COROUTINE) trackCoroutine(heap, g);
    return g;
  } finally {
    popHandles(heap, h);
  }
}

export function yieldHandler(_ins: unknown, heap: Heap, value: number, ret: number, resume: number): Term {
  return (b) => {
    heap.f64[b + ret] = heap.f64[b + value];
    setFrameIp(heap, b * 8 - FRAME_SLOTS, resume + 1);
    return -1;
  };
}

export function resumeHandler(it: Interp, ret: number, out: number): Step {
  const heap = it.heap;
  return (b) => {
    // Inside `yield from`, delegate_send forwards the exception to the sub-iterator.
    if (hasThrow[runningGens.length - 1] !== 0 && isNull(nget(heap, topGen(), F_DELEGATE))) {
      raiseValue(it, takeThrow()!, null);
    }
    heap.f64[b + out] = heap.f64[b + ret];
  };
}

/** delegate_send: one step of `yield from` (see its doc in ir/ops.ts). */
export function delegateHandler(it: Interp, iter: number, sent: number, out: number): Step {
  const heap = it.heap;
  return (b) => {
    // A coroutine_wrapper (coroutine.__await__()) delegates to its coroutine itself.
    const iterator = heap.f64[b + iter], v = heap.f64[b + sent];
    const sub = coroutineOfWrapper(heap, iterator) ?? iterator;
    const self = topGen();
    nset(heap, self, F_DELEGATE, NULL);
    const thrown = takeThrow();
    let x: Value;
    let done: boolean;
    const kind = nativeKind(heap, sub);
    if (thrown !== null) {
      // CPython's gen_throw: GeneratorExit closes the sub-iterator and is raised here; other
      // exceptions go into a sub-generator or awaitable (other iterators: raised here).
      const isGen = isResumable(kind) || kind === NativeKind.ASYNC_GEN_AWAIT;
      if (!isGen || typeNameOf(heap, thrown) === 'GeneratorExit') {
        if (isResumable(kind)) close(it, sub);
        else if (isGen) nset(heap, sub, 3, fromInt32(2)); // an asend/athrow awaitable: done
        else if (typeNameOf(heap, thrown) === 'GeneratorExit') closeIterator(heap, sub, thrown);
        raiseValue(it, thrown, null);
      }
    }
    if (isResumable(kind)) {
      x = resume(it, sub, v, thrown);
      done = isNull(x);
      if (done) { x = nget(heap, sub, F_RETURN); nset(heap, sub, F_RETURN, NONE); }
    } else if (kind === NativeKind.ASYNC_GEN_AWAIT) {
      const result = { value: NONE };
      x = awaitStep(it, sub, v, thrown, result);
      done = isNull(x);
      if (done) x = result.value;
    } else if (isNone(v)) {
      x = iterNext(heap, sub);
      done = isNull(x);
      if (done) x = NONE;
    } else {
      const send = loadAttr(heap, sub, 'send');
      const args = newTuple(heap, 1);
      tupleInit(heap, args, 0, v);
      x = iterHooks.callN(heap, send, args);
      done = false;
    }
    // A generator reuses one pair (F_PAIR) for every step of its `yield from`s: the pair is
    // an IR temporary that only the tuple_gets right after delegate_send read, before the
    // generator can run another delegate_send (lower/async.ts's loop), and Python code never
    // sees it. Coroutines and async generators keep field 6 for their own use: a new pair.
    const owner = nativeKind(heap, self) === NativeKind.GENERATOR;
    let pair = owner ? nget(heap, self, F_PAIR) : NULL;
    if (isNull(pair)) {
      const h = pushHandle(heap, x);
      try {
        pair = newTuple(heap, 2);
        if (owner) nset(heap, self, F_PAIR, pair);
      } finally { popHandles(heap, h); }
    }
    tupleInit(heap, pair, 0, fromBool(done));
    tupleInit(heap, pair, 1, x);
    heap.f64[b + out] = pair;
    if (!done) nset(heap, self, F_DELEGATE, sub);
  };
}

/** Moves what the frame pushed on the handled stack (above `base`) into its F_HANDLED tuple. */
function suspendHandled(heap: Heap, g: Value, handled: number[], base: number, yielded: Value): void {
  const own = handled.splice(base);
  const h = pushHandle(heap, yielded); // the yielded value is held by nothing else until returned
  try {
    const t = newTuple(heap, own.length);
    own.forEach((exc, i) => tupleInit(heap, t, i, fromPtr(exc)));
    nset(heap, g, F_HANDLED, t);
  } finally { popHandles(heap, h); }
}

// F_STATE and F_RUNNING always hold small ints (makeGenerator writes both), so the hot path
// reads and writes their low words in place instead of boxing a Value per store: resume runs
// once per item of every generator, and three box() calls were a fifth of its time.

/** The i32 index of field `i`'s low word in native object `g` (its high word follows). */
function fieldWord(g: Value, i: number): number {
  return (((loOf(g) >>> 0) + 8) >>> 2) + 2 * i;
}

function stateOf(heap: Heap, g: Value): number {
  return heap.i32[fieldWord(g, F_STATE)];
}

function finish(heap: Heap, g: Value, value: Value): void {
  heap.i32[fieldWord(g, F_STATE)] = FINISHED;
  nset(heap, g, F_FRAME, NULL); // the finished frame is garbage now
  nset(heap, g, F_DELEGATE, NULL);
  nset(heap, g, F_RETURN, value);
}

/**
 * The handled-exception stack of `it` (exceptions.ts keeps one array per interpreter for its
 * whole life): looked up once per interpreter rather than per resumption (a WeakMap lookup).
 */
let handledOf: Interp | null = null;
let handledCache: number[] = [];
function handledStackOf(it: Interp): number[] {
  if (handledOf !== it) { handledCache = deps!.handledStack(it); handledOf = it; }
  return handledCache;
}

/**
 * Runs `g` until it yields (returns the value) or returns (returns NULL; the value is kept
 * in F_RETURN). `thrown`: an exception to raise at the suspended yield instead of sending.
 */
function resume(it: Interp, g: Value, sent: Value, thrown: Value | null, closing = false): Value {
  const heap = it.heap;
  const w = fieldWord(g, 0);
  if (heap.i32[w + 2 * F_RUNNING] === 1) raise('ValueError', `${kindName(heap, g)} already executing`);
  const state = heap.i32[w + 2 * F_STATE];
  const coroutine = heap.i32[w - 1] === -NativeKind.COROUTINE; // header word 1: -kind
  if (coroutine) markAwaited(heap, g);
  if (state === FINISHED) {
    // gen_send_ex2: an exhausted coroutine refuses everything but close().
    if (coroutine && !closing) raise('RuntimeError', 'cannot reuse already awaited coroutine');
    if (thrown !== null) raiseValue(it, thrown, null);
    nset(heap, g, F_RETURN, NONE);
    return NULL;
  }
  if (state === 0) {
    if (thrown !== null) { finish(heap, g, NONE); raiseValue(it, thrown, null); }
    if (!isNone(sent)) raise('TypeError', `can't send non-None value to a just-started ${kindName(heap, g)}`);
  }
  if (it.depth >= it.recursionLimit) raise('RecursionError', 'maximum recursion depth exceeded');
  const frame = heap.i32[w + 2 * F_FRAME] >>> 0;
  const code = it.codes[heap.i32[(frame >>> 2) + 2]] ?? deps!.compileFunction(it, heap.i32[(frame >>> 2) + 2]);
  // Relink the frame on top of the chain (runFrame's exit pops it again, as for a call).
  const rec = heap.threadRecord;
  heap.i32[(frame >>> 2) + 4] = heap.i32[rec + T.TOP_FRAME];
  heap.i32[rec + T.TOP_FRAME] = frame;
  it.depth++;
  heap.f64[((frame + FRAME_SLOTS) >>> 3) + code.ret] = sent;
  setFrameIp(heap, frame, 0);
  heap.i32[w + 2 * F_RUNNING] = 1;
  pushRunning(g, thrown);
  const h = pushHandle(heap, g);
  if (thrown !== null) pushHandle(heap, thrown); // close()/aclose() made it just now: root it while it is pending
  const handled = handledStackOf(it);
  const base = handled.length;
  const saved = nget(heap, g, F_HANDLED);
  if (!isNull(saved)) {
    for (let i = 0; i < tupleLength(heap, saved); i++) handled.push(ptrOrZero(tupleGet(heap, saved, i)));
    nset(heap, g, F_HANDLED, NULL);
  }
  try {
    const v = deps!.runFrame(it, code, frame, state === 0 ? 0 : state - 1);
    const ip = frameIp(heap, frame);
    if (ip > 0) {
      heap.i32[w + 2 * F_STATE] = ip;
      if (handled.length > base) suspendHandled(heap, g, handled, base, v);
      return v;
    }
    finish(heap, g, v);
    return NULL;
  } catch (error) {
    finish(heap, g, NONE);
    const asyncGen = nativeKind(heap, g) === NativeKind.ASYNC_GENERATOR;
    const escaped = !(error instanceof PyRaise || error instanceof PyError) ? null
      : excSubclass(error.pyType, 'StopIteration') ? 'StopIteration'
      : asyncGen && excSubclass(error.pyType, 'StopAsyncIteration') ? 'StopAsyncIteration' : null;
    if (escaped !== null) {
      // PEP 479 (and PEP 525 for StopAsyncIteration): it would end the caller's loop silently.
      const cause = deps!.boundException(error as object) ?? newException(heap, exceptionClass(heap, escaped), messageArgs(heap, (error as Error).message));
      const c = pushHandle(heap, cause);
      try {
        raiseValue(it, newException(heap, exceptionClass(heap, 'RuntimeError'), messageArgs(heap, `${kindName(heap, g)} raised ${escaped}`)), cause);
      } finally { popHandles(heap, c); }
    }
    throw error;
  } finally {
    runningGens.pop();
    heap.i32[w + 2 * F_RUNNING] = 0;
    popHandles(heap, h);
  }
}

/** next(g) for a generator `g` (a `for` loop's step, call.ts): the value yielded, or NULL
 *  when it is exhausted. */
export function generatorNext(it: Interp, g: Value): Value {
  return resume(it, g, NONE, null);
}

function messageArgs(heap: Heap, message: string): Value {
  if (message === '') return newTuple(heap, 0);
  const t = newTuple(heap, 1);
  tupleInit(heap, t, 0, strFromJs(heap, message));
  return t;
}

function stopIteration(it: Interp, g: Value): never {
  const heap = it.heap;
  const value = nget(heap, g, F_RETURN);
  nset(heap, g, F_RETURN, NONE);
  if (isNone(value)) raise('StopIteration', '');
  const args = newTuple(heap, 1);
  tupleInit(heap, args, 0, value);
  return raiseValue(it, newException(heap, exceptionClass(heap, 'StopIteration'), args), null);
}

/** CPython's _gen_close_iter: an iterator delegated to by `yield from` is closed by calling its close(), if it has one. */
function closeIterator(heap: Heap, sub: Value, exit: Value): void {
  let method: Value;
  const top = pushHandle(heap, exit);
  try {
    try {
      method = loadAttr(heap, sub, 'close');
    } catch (error) {
      if ((error instanceof PyRaise || error instanceof PyError) && excSubclass(error.pyType, 'AttributeError')) return;
      throw error;
    }
    iterHooks.callN(heap, method, newTuple(heap, 0));
  } finally {
    popHandles(heap, top);
  }
}

function close(it: Interp, g: Value): Value {
  const heap = it.heap;
  markAwaited(heap, g);
  const state = stateOf(heap, g);
  if (state === 0 || state === FINISHED) { if (state === 0) finish(heap, g, NONE); return NONE; }
  const releases = quietClose(it, g, state);
  if (releases !== null) {
    // The release regions around the yield, innermost first, as the GeneratorExit passing
    // through them would have run them (their errors are unraisable: iter-release.ts).
    const frame = ptrOrZero(nget(heap, g, F_FRAME)), b = (frame + FRAME_SLOTS) >>> 3;
    const h = pushHandle(heap, g), running = fieldWord(g, F_RUNNING);
    heap.i32[running] = 1; // as while GeneratorExit passes: a release that resumes g fails
    try {
      for (const slots of releases) for (let i = 0; i < slots.length; i++) releaseIterator(it, heap.f64[b + slots[i]]);
    } finally { heap.i32[running] = 0; popHandles(heap, h); }
    finish(heap, g, NONE);
    return NONE;
  }
  const exit = newException(heap, exceptionClass(heap, 'GeneratorExit'), newTuple(heap, 0));
  let yielded: Value;
  try {
    yielded = resume(it, g, NONE, exit, true);
  } catch (error) {
    if ((error instanceof PyRaise || error instanceof PyError) && (excSubclass(error.pyType, 'GeneratorExit') || excSubclass(error.pyType, 'StopIteration'))) return NONE;
    throw error;
  }
  if (!isNull(yielded)) raise('RuntimeError', `${kindName(heap, g)} ignored GeneratorExit`);
  return NONE;
}

/**
 * Whether closing generator `g`, suspended at `state`, runs none of its own code, and if so
 * the release regions' slots to release instead: it is not running and delegates to nothing,
 * and every handler around the block it resumes in only releases temporary iterators and
 * re-raises (no try, with or except around its yield), so GeneratorExit would pass straight
 * out of its frame. CPython 3.12+ closes such a generator without raising too (gen_close),
 * and its reference counts free those iterators. A `for` that leaves a generator early
 * (all(), any(), break) closes it: this saves an exception each time. Null: close by raising.
 */
function quietClose(it: Interp, g: Value, state: number): Int32Array[] | null {
  const heap = it.heap;
  if (nativeKind(heap, g) !== NativeKind.GENERATOR || heap.i32[fieldWord(g, F_RUNNING)] === 1) return null;
  if (!isNull(nget(heap, g, F_DELEGATE)) || !isNull(nget(heap, g, F_HANDLED))) return null;
  const frame = ptrOrZero(nget(heap, g, F_FRAME));
  const code = frame === 0 ? undefined : it.codes[heap.i32[(frame >>> 2) + 2]];
  if (code === undefined) return null;
  const releases: Int32Array[] = [];
  for (let h = handlerIndex(code, state - 1); h >= 0; h = handlerIndex(code, h)) {
    const slots = code.releaseOnly[h];
    if (slots === null) return null;
    releases.push(slots);
  }
  return releases;
}

/** Wires the runtime's generator hooks to interpreter `it` (once per thread). */
export function installGeneratorHooks(it: Interp, d: GeneratorDeps): void {
  deps = d;
  generatorHooks.next = (_h, g) => resume(it, g, NONE, null);
  generatorHooks.send = (_h, g, v) => { const r = resume(it, g, v, null); return isNull(r) ? stopIteration(it, g) : r; };
  generatorHooks.throw = (_h, g, e) => { const r = resume(it, g, NONE, e); return isNull(r) ? stopIteration(it, g) : r; };
  generatorHooks.close = (_h, g) => close(it, g);
  generatorHooks.stop = (_h, g) => stopIteration(it, g);
  installCoroutineMethods(it);
}

// --- For coroutines.ts ---

/** Resumes a generator, coroutine or async generator (see resume). */
export function resumeAny(it: Interp, g: Value, sent: Value, thrown: Value | null): Value {
  return resume(it, g, sent, thrown);
}

export function closeAny(it: Interp, g: Value): Value {
  return close(it, g);
}

/** Raises StopIteration(value) (no args for None), as a finished send() does. */
export function stopWith(it: Interp, value: Value): never {
  const heap = it.heap;
  if (isNone(value)) raise('StopIteration', '');
  const args = newTuple(heap, 1);
  tupleInit(heap, args, 0, value);
  return raiseValue(it, newException(heap, exceptionClass(heap, 'StopIteration'), args), null);
}

/** A new instance of builtin exception class `name`, without arguments. */
export function throwValue(heap: Heap, name: string): Value {
  return newException(heap, exceptionClass(heap, name), newTuple(heap, 0));
}

export function isGenerator(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.GENERATOR;
}
