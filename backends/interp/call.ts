// The calling convention. Python functions: a frame is pushed on the thread's frame stack
// and the arguments are bound straight into its parameter slots (CPython's binding rules and
// TypeError messages); the body runs on the JS stack, with a depth counter for
// RecursionError. Native functions: the arguments are bound into a window of the handle
// stack (registry.ts) and the function reads them from there.

import {
  type Heap, type Value, NULL, NONE, isNull, safepoint, pushFrame, popFrame, FRAME_SLOTS, FN, functionField,
  functionCodeIndex, newTuple, tupleInit, tupleLength, newDict, dictGet, dictSet, dictLength, dictNext,
  dictEntryKey, dictEntryValue, internStr, strToJs, pushHandle, handleGet, handleSet, popHandles, newCell,
  newList, listLength, listGet, loOf,
} from '../../runtime/index.js';
import { TypeId, TYPE_MASK } from '../../runtime/layout.js';
import { ptrOrZero } from '../../runtime/value.js';
import { NativeKind, nativeKind, nget } from '../../runtime/builtins/native.js';
import { NATIVES, CONSTRUCTORS, BUILTIN_FUNCTIONS, type NativeEntry } from '../../runtime/builtins/registry.js';
import { PyRaise, raise, traceOf } from '../../runtime/builtins/exceptions.js';
import { tid, tupleItem, typeNameOf } from '../../runtime/builtins/protocol.js';
import { extendFromIterable } from '../../runtime/builtins/containers.js';
import { newException, exceptionClass } from '../../runtime/builtins/objects.js';
import { osErrorClass, osErrorInit, excInitKeywords, excCheckArgs } from '../../runtime/exceptions.js';
import { compileFunction } from './compile.js';
import { builtinValue, isUserKind } from '../../runtime/builtins/class-hooks.js';
import { callExt } from '../../runtime/builtins/ext-types.js';
import { callUser, instantiationPlan } from './classes.js';
import { newInstance } from '../../runtime/classes.js';
import { fromPtr, isNone } from '../../runtime/value.js';
import { consumeSkipFrame, handlerIndex, land } from './exceptions.js';
import { PyError } from '../../runtime/errors.js';
import { bestSuggestion } from '../../runtime/builtins/suggestions.js';
import { makeGenerator, generatorNext, generatorFor, makesGenerator } from './generators.js';
import { Op, W, SiteCache, FUSED_BRANCH } from './dispatch.js';
import { arith, compareInline, subscrInline, storeSubscrInline, truthInline, iterInline } from './fast.js';
import { HI_NULL, HI_PTR, HI_BOOL, HI_NONE, TAG_FLOOR, TRUE, FALSE } from '../../runtime/value.js';
import { H, T } from '../../runtime/heap.js';
import { dictHintedSlot, dictIndexHashed, dictTouched } from '../../runtime/dict.js';
import type { Code, Interp } from './state.js';
import type { IRFunction } from '../../ir/types.js';

/** How CPython's _PyObject_FunctionStr names a callee in messages: "print()", "__main__.f()". */
export function calleeDisplay(heap: Heap, f: Value, _it?: Interp): string {
  const k = nativeKind(heap, f);
  if (k === NativeKind.BUILTIN) return `${NATIVES[loOf(nget(heap, f, 0))].qualname}()`;
  if (tid(heap, f) === TypeId.FUNCTION && k === 0) return `${moduleOf(heap, f)}.${strToJs(heap, functionField(heap, f, FN.QUALNAME))}()`;
  if (tid(heap, f) === TypeId.TYPE) return `${strToJs(heap, functionField(heap, f, 8))}()`;
  return `${typeNameOf(heap, f)} object`;
}

/** A Python function's __module__ as a str ('__main__' when it is not one). */
function moduleOf(heap: Heap, f: Value): string {
  const m = functionField(heap, f, FN.MODULE);
  return tid(heap, m) === TypeId.STR ? strToJs(heap, m) : '__main__';
}

/** callee(*args from frame slots, with the last len(kwnames) as keywords). */
export function callFromSlots(it: Interp, callee: Value, b: number, args: Int32Array, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  // A class whose instantiation is object.__new__ then a plain __init__ (or none): the
  // instance is made here and __init__ gets the arguments straight from the caller's slots.
  const ca = ptrOrZero(callee);
  if (ca !== 0 && heap.i32[(ca >>> 2) + 1] === -NativeKind.CLASS && (heap.i32[ca >>> 2] & TYPE_MASK) === TypeId.FUNCTION) {
    const init = instantiationPlan(heap, callee);
    if (init > 0 || (init === 0 && args.length === 0 && kwnames === null)) {
      const obj = newInstance(heap, callee);
      if (init === 0) return obj;
      const h = pushHandle(heap, obj);
      try {
        const r = callMethodFromSlots(it, fromPtr(init), obj, b, args, kwnames);
        if (!isNone(r)) raise('TypeError', `__init__() should return None, not '${typeNameOf(heap, r)}'`);
        return handleGet(heap, h);
      } finally {
        popHandles(heap, h);
      }
    }
  }
  if (kwnames === null) {
    // Fast paths: a Python function or a bound method of one, called with exactly its
    // positional parameters: the arguments go straight from the caller's slots into the
    // callee's parameter slots, with no handles and no binding rules to apply.
    // (The enter/copy/runFrame lines are repeated in each fast path on purpose: a shared
    // helper adds a JS frame per Python call, and the JS stack then runs out before the
    // recursion limit — interp.test.ts recursion_error.)
    const a = ptrOrZero(callee);
    const i32 = heap.i32;
    if (a !== 0 && (i32[a >>> 2] & TYPE_MASK) === TypeId.FUNCTION) {
      const k = i32[(a >>> 2) + 1];
      if (k >= 0) {
        const code = it.codes[k] ?? compileFunction(it, k);
        if (code.simple && code.argSlots.length === args.length) {
          const frame = enter(it, callee, code);
          const nb = (frame + FRAME_SLOTS) >>> 3;
          const f64 = heap.f64, slots = code.argSlots;
          for (let i = 0; i < args.length; i++) f64[nb + slots[i]] = f64[b + args[i]];
          return runFrame(it, code, frame);
        }
      } else if (k === -NativeKind.BUILTIN) {
        // A builtin function (len, abs, isinstance) or a bound builtin method.
        const e = NATIVES[loOf(nget(heap, callee, 0))];
        const self = nget(heap, callee, 1);
        if (e.kind === 'function' || !isNull(self)) {
          const r = callNativeMethod(it, e, self, b, args);
          if (r !== undefined) return r;
        }
      } else if (k === -NativeKind.METHOD) {
        const f = nget(heap, callee, 0), fa = ptrOrZero(f);
        if (fa !== 0 && (i32[fa >>> 2] & TYPE_MASK) === TypeId.FUNCTION && i32[(fa >>> 2) + 1] >= 0 && !isNull(nget(heap, callee, 1))) {
          const ci = i32[(fa >>> 2) + 1];
          const code = it.codes[ci] ?? compileFunction(it, ci);
          if (code.simple && code.argSlots.length === args.length + 1) {
            // The bound method (in the caller's slot) keeps f and self alive across enter's safepoint.
            const frame = enter(it, f, code);
            const nb = (frame + FRAME_SLOTS) >>> 3;
            const f64 = heap.f64, slots = code.argSlots;
            f64[nb + slots[0]] = nget(heap, callee, 1);
            for (let i = 0; i < args.length; i++) f64[nb + slots[i + 1]] = f64[b + args[i]];
            return runFrame(it, code, frame);
          }
        }
      }
    }
  }
  const top = pushHandle(heap, callee);
  for (let i = 0; i < args.length; i++) pushHandle(heap, heap.f64[b + args[i]]);
  try {
    return callHandles(it, top, args.length, kwnames);
  } finally {
    popHandles(heap, top);
  }
}

/**
 * f(self, *args from frame slots) for a method load's call (attr.ts): `f` is a plain Python
 * function found on self's class, `self` the instance (both rooted in the caller's slots).
 */
export function callMethodFromSlots(it: Interp, f: Value, self: Value, b: number, args: Int32Array, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  if (kwnames === null) {
    const k = heap.i32[(ptrOrZero(f) >>> 2) + 1];
    if (k === -NativeKind.BUILTIN) {
      // A builtin type's method (attr.ts): positional arguments it takes, straight to its function.
      const r = callNativeMethod(it, NATIVES[loOf(nget(heap, f, 0))], self, b, args);
      if (r !== undefined) return r;
    } else {
      const code = it.codes[k] ?? compileFunction(it, k);
      if (code.simple && code.argSlots.length === args.length + 1) {
        const frame = enter(it, f, code);
        const nb = (frame + FRAME_SLOTS) >>> 3;
        const f64 = heap.f64, slots = code.argSlots;
        f64[nb + slots[0]] = self;
        for (let i = 0; i < args.length; i++) f64[nb + slots[i + 1]] = f64[b + args[i]];
        return runFrame(it, code, frame);
      }
    }
  }
  const top = pushHandle(heap, f);
  pushHandle(heap, self);
  for (let i = 0; i < args.length; i++) pushHandle(heap, heap.f64[b + args[i]]);
  try {
    return callHandles(it, top, args.length + 1, kwnames);
  } finally {
    popHandles(heap, top);
  }
}

/**
 * f(a, b, c)'s first `argc` (host.callValues: dunder methods, descriptors). A plain Python
 * function, or a bound method of one, whose parameters are exactly the arguments gets them
 * straight in its frame; anything else goes through a tuple and the general call. The caller
 * keeps a, b, c reachable (runtime/classes.ts callPy holds them as handles).
 */
export function callValues(it: Interp, f: Value, argc: 0 | 1 | 2 | 3, a: Value, b: Value, c: Value): Value {
  const heap = it.heap;
  const fa = ptrOrZero(f);
  const i32 = heap.i32;
  if (fa !== 0 && (i32[fa >>> 2] & TYPE_MASK) === TypeId.FUNCTION) {
    let fn = f, k = i32[(fa >>> 2) + 1], self = NULL;
    if (k === -NativeKind.METHOD) {
      fn = nget(heap, f, 0);
      self = nget(heap, f, 1);
      const ma = ptrOrZero(fn);
      k = ma !== 0 && (i32[ma >>> 2] & TYPE_MASK) === TypeId.FUNCTION && !isNull(self) ? i32[(ma >>> 2) + 1] : -1;
    }
    if (k >= 0) {
      const code = it.codes[k] ?? compileFunction(it, k);
      const n = argc + (isNull(self) ? 0 : 1);
      if (code.simple && code.argSlots.length === n) {
        const frame = enter(it, fn, code); // f (the caller's) keeps fn and self alive
        const nb = (frame + FRAME_SLOTS) >>> 3;
        const f64 = heap.f64, slots = code.argSlots;
        let s = 0;
        if (!isNull(self)) f64[nb + slots[s++]] = self;
        if (argc > 0) f64[nb + slots[s++]] = a;
        if (argc > 1) f64[nb + slots[s++]] = b;
        if (argc > 2) f64[nb + slots[s]] = c;
        return runFrame(it, code, frame);
      }
    }
  }
  const t = newTuple(heap, argc);
  if (argc > 0) tupleInit(heap, t, 0, a);
  if (argc > 1) tupleInit(heap, t, 1, b);
  if (argc > 2) tupleInit(heap, t, 2, c);
  return callValue(it, f, t);
}

/**
 * Method `e` of a builtin type called on `self` with positional arguments from frame slots,
 * when they fit its signature without binding rules (no more than its positional
 * parameters, the rest optional): the handle window callNative would build, built directly.
 * Undefined when they do not fit (callNative then reports the error).
 */
function callNativeMethod(it: Interp, e: NativeEntry, self: Value, b: number, args: Int32Array): Value | undefined {
  const sig = e.sig, n = args.length;
  if (sig.varargs >= 0 || sig.varkw >= 0 || n > sig.positional) return undefined;
  for (let i = n; i < sig.names.length; i++) if (!sig.optional[i]) return undefined;
  const heap = it.heap;
  const a = pushHandle(heap, self);
  try {
    for (let i = 0; i < n; i++) pushHandle(heap, heap.f64[b + args[i]]);
    for (let i = n; i < sig.names.length; i++) pushHandle(heap, NULL);
    return e.fn(heap, a);
  } finally {
    popHandles(heap, a);
  }
}

/** callee(*positional tuple, **keywords dict) for call_ex. */
export function callEx(it: Interp, callee: Value, positional: Value, keywords: Value): Value {
  const heap = it.heap;
  const top = pushHandle(heap, callee);
  try {
    let seq = positional;
    if (tid(heap, seq) !== TypeId.TUPLE) {
      const list = newList(heap);
      pushHandle(heap, list);
      extendFromIterable(heap, list, seq, () => `${calleeDisplay(heap, callee)} argument after * must be an iterable, not ${typeNameOf(heap, seq)}`);
      seq = list;
      popHandles(heap, top + 1);
      pushHandle(heap, list); // keep it rooted while its items are copied out
      popHandles(heap, top + 1);
      const n = listLength(heap, list);
      for (let i = 0; i < n; i++) pushHandle(heap, listGet(heap, list, i));
      return callWithKeywords(it, top, n, keywords);
    }
    const n = tupleLength(heap, seq);
    for (let i = 0; i < n; i++) pushHandle(heap, tupleItem(heap, seq, i));
    return callWithKeywords(it, top, n, keywords);
  } finally {
    popHandles(heap, top);
  }
}

function callWithKeywords(it: Interp, top: number, npos: number, keywords: Value): Value {
  const heap = it.heap;
  let names: string[] | null = null;
  if (!isNull(keywords) && dictLength(heap, keywords) > 0) {
    names = [];
    for (let p = dictNext(heap, keywords, 0); p >= 0; p = dictNext(heap, keywords, p + 1)) {
      const k = dictEntryKey(heap, keywords, p);
      if (tid(heap, k) !== TypeId.STR) raise('TypeError', 'keywords must be strings');
      names.push(strToJs(heap, k));
      pushHandle(heap, dictEntryValue(heap, keywords, p));
    }
  }
  return callHandles(it, top, npos + (names?.length ?? 0), names);
}

/** Calls handle `top` (the callee) with handles top+1..top+n as arguments. Used by builtins too. */
export function callHandles(it: Interp, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  const callee = handleGet(heap, top);
  const t = tid(heap, callee);
  if (t === TypeId.FUNCTION) {
    const k = nativeKind(heap, callee);
    if (k === 0) return callPython(it, callee, top, n, kwnames);
    if (k === NativeKind.BUILTIN) return callNative(it, NATIVES[loOf(nget(heap, callee, 0))], nget(heap, callee, 1), top, n, kwnames);
    if (isUserKind(k)) return callUser(it, top, n, kwnames);
    if (k === NativeKind.EXT) return callExt(heap, top, n, kwnames);
    if (k === NativeKind.EXC_TYPE) {
      const npos = n - (kwnames?.length ?? 0);
      const args = newTuple(heap, npos);
      for (let i = 0; i < npos; i++) tupleInit(heap, args, i, handleGet(heap, top + 1 + i));
      const exc = newException(heap, osErrorClass(heap, callee, args, exceptionClass), args);
      osErrorInit(heap, exc);
      excCheckArgs(heap, exc);
      if (kwnames !== null) excInitKeywords(heap, exc, kwnames, (i) => handleGet(heap, top + 1 + npos + i));
      return exc;
    }
  }
  if (t === TypeId.TYPE) {
    const typeId = heap.i32[((loOf(callee) >>> 0) >>> 2) + 1];
    const ctor = CONSTRUCTORS.get(typeId);
    if (ctor === undefined) raise('TypeError', `cannot create '${strToJs(heap, functionField(heap, callee, 8))}' instances`);
    return callNative(it, ctor, NULL, top, n, kwnames);
  }
  return raise('TypeError', `'${typeNameOf(heap, callee)}' object is not callable`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "f() got an unexpected keyword argument 'x'", with 3.13's ". Did you mean 'y'?" when one of
 * `candidates` (the names a keyword may bind, positional-only ones excluded) is close enough
 * (suggestions.c's rule, as for attribute names).
 */
function unexpectedKeyword(qual: string, kw: string, candidates: readonly string[]): string {
  const best = bestSuggestion(candidates, kw);
  return `${qual} got an unexpected keyword argument '${kw}'${best === null ? '' : `. Did you mean '${best}'?`}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Binds handles top+1.. into a new frame of Python function `f` and runs it. */
function callPython(it: Interp, f: Value, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  const code = compileFunction(it, functionCodeIndex(heap, f));
  if (kwnames === null && code.simple && n === code.argSlots.length) {
    // Exactly the positional parameters: no binding rules to apply.
    const frame = enter(it, f, code);
    const nb = (frame + FRAME_SLOTS) >>> 3;
    const slots = code.argSlots;
    for (let i = 0; i < n; i++) heap.f64[nb + slots[i]] = handleGet(heap, top + 1 + i);
    return runFrame(it, code, frame);
  }
  const fn = code.fn;
  const qual = `${fn.qualname}()`;
  const nkw = kwnames?.length ?? 0;
  const npos = n - nkw;
  const params = fn.params;
  const positional = params.filter((p) => p.kind === 'positional_only' || p.kind === 'normal');
  const varargs = params.find((p) => p.kind === 'var_positional');
  const varkw = params.find((p) => p.kind === 'var_keyword');
  const kwOnly = params.filter((p) => p.kind === 'keyword_only');
  if (npos > positional.length && varargs === undefined) {
    const withDefault = positional.filter((p) => p.hasDefault).length;
    const kwGiven = kwnames === null ? 0 : kwnames.filter((k) => kwOnly.some((p) => p.name === k)).length;
    const takes = withDefault > 0 ? `from ${positional.length - withDefault} to ${positional.length}` : `${positional.length}`;
    const tail = kwGiven > 0 ? ` positional ${npos === 1 ? 'argument' : 'arguments'} (and ${plural(kwGiven, 'keyword-only argument')}) were given`
      : ` ${npos === 1 ? 'was' : 'were'} given`;
    raise('TypeError', `${qual} takes ${takes} positional argument${takes === '1' ? '' : 's'} but ${npos}${tail}`);
  }
  const frame = enter(it, f, code);
  try {
    const nb = (frame + FRAME_SLOTS) >>> 3;
    const slot = (name: string) => nb + code.localSlot.get(name)!;
    for (let i = 0; i < Math.min(npos, positional.length); i++) heap.f64[slot(positional[i].name)] = handleGet(heap, top + 1 + i);
    if (varargs !== undefined) {
      const extra = Math.max(0, npos - positional.length);
      const t = newTuple(heap, extra);
      for (let i = 0; i < extra; i++) tupleInit(heap, t, i, handleGet(heap, top + 1 + positional.length + i));
      heap.f64[slot(varargs.name)] = t;
    }
    if (varkw !== undefined) { const v_ = newDict(heap); heap.f64[slot(varkw.name)] = v_; }
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const value = handleGet(heap, top + 1 + npos + k);
      const p = params.find((q) => q.name === name && (q.kind === 'normal' || q.kind === 'keyword_only' || q.kind === 'positional_only'));
      if (p === undefined || p.kind === 'positional_only') {
        if (varkw !== undefined) {
          const d = heap.f64[slot(varkw.name)];
          if (!isNull(dictGet(heap, d, internStr(heap, name)))) raise('TypeError', `${qual} got multiple values for argument '${name}'`);
          dictSet(heap, d, internStr(heap, name), value);
          continue;
        }
        // CPython's initialize_locals: at the first keyword no parameter takes, positional-only
        // names passed as keywords (all of them) are the error, else this one is unexpected.
        const posOnly = kwnames!.filter((k) => params.some((q) => q.kind === 'positional_only' && q.name === k));
        if (posOnly.length > 0) raise('TypeError', `${qual} got some positional-only arguments passed as keyword arguments: '${posOnly.join(', ')}'`);
        raise('TypeError', unexpectedKeyword(qual, name, params.filter((q) => q.kind === 'normal' || q.kind === 'keyword_only').map((q) => q.name)));
      }
      if (!isNull(heap.f64[slot(p.name)])) raise('TypeError', `${qual} got multiple values for argument '${name}'`);
      heap.f64[slot(p.name)] = value;
    }
    // Defaults, then the missing-argument errors.
    const defaults = functionField(heap, f, FN.DEFAULTS);
    const nDefaults = tid(heap, defaults) === TypeId.TUPLE ? tupleLength(heap, defaults) : 0;
    const missing: string[] = [];
    positional.forEach((p, i) => {
      if (!isNull(heap.f64[slot(p.name)])) return;
      const d = i - (positional.length - nDefaults);
      if (d >= 0) { const v_ = tupleItem(heap, defaults, d); heap.f64[slot(p.name)] = v_; }
      else missing.push(p.name);
    });
    if (missing.length > 0) raise('TypeError', `${qual} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
    const kwdefaults = functionField(heap, f, FN.KWDEFAULTS);
    for (const p of kwOnly) {
      if (!isNull(heap.f64[slot(p.name)])) continue;
      const d = tid(heap, kwdefaults) === TypeId.DICT ? dictGet(heap, kwdefaults, internStr(heap, p.name)) : NULL;
      if (!isNull(d)) heap.f64[slot(p.name)] = d;
      else missing.push(p.name);
    }
    if (missing.length > 0) raise('TypeError', `${qual} missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
  } catch (e) {
    leave(it);
    throw e;
  }
  return runFrame(it, code, frame);
}

/** Pushes a frame for `f`, with its cells made: the caller binds parameters, then runFrame. */
function enter(it: Interp, f: Value, code: Code): number {
  const heap = it.heap;
  if (it.depth >= it.recursionLimit) raise('RecursionError', 'maximum recursion depth exceeded');
  safepoint(heap);
  const frame = pushFrame(heap, f, functionField(heap, f, FN.GLOBALS), code.fn.index, code.nslots);
  it.depth++;
  setupCells(heap, f, code, frame);
  return frame;
}

function leave(it: Interp): void {
  popFrame(it.heap);
  it.depth--;
}

function setupCells(heap: Heap, f: Value, code: Code, frame: number): void {
  if (!code.hasCells) return;
  const fn: IRFunction = code.fn;
  const nb = (frame + FRAME_SLOTS) >>> 3;
  for (const name of fn.cellvars) { const c = newCell(heap); heap.f64[nb + code.cellSlot.get(name)!] = c; }
  const closure = functionField(heap, f, FN.CLOSURE);
  fn.freevars.forEach((name, i) => { const v_ = tupleItem(heap, closure, i); heap.f64[nb + code.cellSlot.get(name)!] = v_; });
}

/**
 * Runs a pushed frame to its return (pops it either way). A generator function's call makes
 * its generator object instead (generators.ts); resuming one passes the block to `start` at.
 */
export function runFrame(it: Interp, code: Code, frame: number, start = -1): Value {
  if (start < 0 && code.generator) {
    try { return makeGenerator(it, code, frame); } finally { leave(it); }
  }
  const heap = it.heap;
  let b = (frame + FRAME_SLOTS) >>> 3;
  let { words, blockPc, pcBlock, pcStep, pcClosure, closures, callArgs, caches, constants, callKeys, callees, classSites } = code.program;
  let pc = blockPc[start < 0 ? 0 : start];
  // Word 5 of the frame: the pc of the instruction that is calling out (set before every
  // path that may run other code but a truth test's __bool__), so sys._getframe knows each
  // caller's current line, and a return to a caller entered here resumes there.
  let fw = (frame >>> 2) + 5;
  // Frames this activation entered itself for a direct call (CALL) and has not yet left:
  // their code runs in this same JS frame, as CPython's eval loop runs a Python-to-Python call.
  let nested = 0;
  let r: Value = NULL;
  // What the activation was given, to return the heap's frame stack and depth count to after
  // an exception: a call that overflowed the JS stack between pushing its frame and entering
  // it leaves that frame above the caller's (cleared by settle).
  const base = frame, depth0 = it.depth;
  try {
    for (;;) {
      try {
        for (;;) {
          ret: {
          // One instruction of the dispatch program (dispatch.ts); `pc` stays on it until it is
          // done, so an exception knows its block and step.
          const w = pc * W;
          switch (words[w]) {
            case Op.STEP: heap.i32[fw] = pc; (closures[words[w + 1]] as (b: number) => void)(b); pc++; break;
            case Op.TERM: {
              heap.i32[fw] = pc;
              const next = (closures[words[w + 1]] as (b: number) => number)(b);
              if (next < 0) { r = heap.f64[b + code.ret]; break ret; }
              pc = blockPc[next];
              break;
            }
            case Op.MOVE: { const f64 = heap.f64; f64[b + words[w + 3]] = f64[b + words[w + 1]]; pc++; break; }
            case Op.LOAD_LOCAL: {
              const s = b + words[w + 1];
              if (heap.i32[(s << 1) + 1] === HI_NULL) { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); } // raises
              const f64 = heap.f64;
              f64[b + words[w + 3]] = f64[s];
              pc++;
              break;
            }
            case Op.ADD: case Op.SUB: case Op.MUL: case Op.TRUEDIV: case Op.FLOORDIV: case Op.MOD: {
              if (!arith(heap, words[w], b + words[w + 1], b + words[w + 2], b + words[w + 3])) { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.LT: case Op.LE: case Op.GT: case Op.GE: case Op.EQ: case Op.NE: {
              if (!compareInline(heap, words[w], b + words[w + 1], b + words[w + 2], b + words[w + 3])) { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.LT_BRANCH: case Op.LE_BRANCH: case Op.GT_BRANCH: case Op.GE_BRANCH: case Op.EQ_BRANCH: case Op.NE_BRANCH: {
              // The comparison, then the BRANCH after it (its words at w + W) on the result.
              if (compareInline(heap, words[w] - FUSED_BRANCH, b + words[w + 1], b + words[w + 2], b + words[w + 3])) {
                if (words[w + W + 4] !== 0) safepoint(heap);
                pc = heap.i32[(b + words[w + 3]) << 1] !== 0 ? words[w + W + 2] : words[w + W + 3];
              } else {
                { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
                pc++;
              }
              break;
            }
            case Op.SUBSCR: {
              if (!subscrInline(heap, b + words[w + 1], b + words[w + 2], b + words[w + 3])) { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.STORE_SUBSCR: {
              if (!storeSubscrInline(heap, b + words[w + 1], b + words[w + 2], b + words[w + 3])) { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.CONSTS: {
              const f64 = heap.f64, at = b + words[w + 1], n = constants!.length;
              for (let i = 0; i < n; i++) f64[at + i] = constants![i];
              pc++;
              break;
            }
            case Op.JUMP: pc = words[w + 1]; break;
            case Op.JUMP_BACK: safepoint(heap); pc = words[w + 1]; break;
            case Op.BRANCH: {
              const t = truthInline(heap, b + words[w + 1]);
              if (words[w + 4] !== 0) safepoint(heap);
              pc = t ? words[w + 2] : words[w + 3];
              break;
            }
            case Op.FOR_ITER: {
              if (iterInline(heap, b + words[w + 1], b + words[w + 2])) { pc = words[w + 3]; break; }
              heap.i32[fw] = pc;
              if (isGeneratorAt(heap.i32, b + words[w + 1])) {
                // A generator resumed from here (two JS frames less than through iterNext);
                // once exhausted, the terminator takes the exit edge (a finished generator
                // answers NULL again).
                const v = generatorNext(it, heap.f64[b + words[w + 1]]);
                if (!isNull(v)) { heap.f64[b + words[w + 2]] = v; pc = words[w + 3]; }
                else pc = blockPc[(closures[pcClosure[pc]] as (b: number) => number)(b)];
              } else {
                // The general iteration: the terminator closure (phi copies included).
                const next = (closures[pcClosure[pc]] as (b: number) => number)(b);
                pc = blockPc[next];
              }
              break;
            }
            case Op.CALL: {
              // A Python function's call runs from here: one JS frame (this function's) per
              // Python call, as CPython's own calls do inside its eval loop.
              heap.i32[fw] = pc;
              const i32 = heap.i32, fi = (b + words[w + 1]) << 1, ss = words[w + 2];
              const self = ss >= 0 && i32[((b + ss) << 1) + 1] !== HI_NULL ? 1 : 0;
              const fh = i32[fi] >>> 2, key = callKeys[pc];
              if (key > 0 && i32[fi + 1] === HI_PTR && (i32[fh] & TYPE_MASK) === TypeId.FUNCTION && i32[fh + 1] * 2 + 1 + self === key
                && it.depth < it.recursionLimit) {
                // The plain function this site entered last (the key is its code index and
                // whether a method load's self comes first): enterFromSlots' checks all hold.
                const callee = callees[pc]!, fn = heap.f64[b + words[w + 1]];
                safepoint(heap);
                const nf = pushFrame(heap, fn, functionField(heap, fn, FN.GLOBALS), callee.fn.index, callee.nslots);
                if (callee.hasCells) setupCells(heap, fn, callee, nf);
                const nb = (nf + FRAME_SLOTS) >>> 3, f64 = heap.f64, slots = callee.argSlots, args = callArgs[pc]!;
                let s = 0;
                if (self !== 0) f64[nb + slots[s++]] = f64[b + ss];
                for (let i = 0; i < args.length; i++) f64[nb + slots[s++]] = f64[b + args[i]];
                it.depth++;
                nested++;
                code = callee;
                frame = nf;
                b = nb;
                fw = (nf >>> 2) + 5;
                ({ words, blockPc, pcBlock, pcStep, pcClosure, closures, callArgs, caches, constants, callKeys, callees, classSites } = code.program);
                pc = blockPc[0];
                break;
              }
              const cs = classSites[pc];
              if (cs !== null && i32[fi + 1] === HI_PTR && (i32[fi] >>> 0) === cs.addr && i32[H.TYPE_VERSION] === cs.version
                && heap.gcCount === cs.gc && it.depth < it.recursionLimit) {
                // The class this site instantiated last, unchanged since (no class was changed
                // and nothing collected, so its __init__ is still the one recorded).
                const callee = cs.code, init = fromPtr(cs.init);
                safepoint(heap);
                const obj = newInstance(heap, heap.f64[b + words[w + 1]]);
                heap.f64[b + code.scratch] = obj;
                const nf = pushFrame(heap, init, functionField(heap, init, FN.GLOBALS), callee.fn.index, callee.nslots);
                if (callee.hasCells) setupCells(heap, init, callee, nf);
                const nb = (nf + FRAME_SLOTS) >>> 3, f64 = heap.f64, slots = callee.argSlots, args = callArgs[pc]!;
                f64[nb + slots[0]] = obj;
                for (let i = 0; i < args.length; i++) f64[nb + slots[i + 1]] = f64[b + args[i]];
                heap.i32[(nf >>> 2) + 3] = INIT_FRAME;
                it.depth++;
                nested++;
                code = callee;
                frame = nf;
                b = nb;
                fw = (nf >>> 2) + 5;
                ({ words, blockPc, pcBlock, pcStep, pcClosure, closures, callArgs, caches, constants, callKeys, callees, classSites } = code.program);
                pc = blockPc[0];
                break;
              }
              const nf = enterFromSlots(it, b, words[w + 1], ss, callArgs[pc]!, code.scratch);
              if (nf <= 0) {
                if (nf === 0) (closures[words[w + 4]] as (b: number) => void)(b);
                else heap.f64[b + words[w + 3]] = enteredValue; // a builtin's result, a new generator
                pc++;
                break;
              }
              // A frame pushed and bound (depth counted): a plain function's, or a class's
              // __init__ on the new instance (rooted in the scratch slot). The site remembers it.
              if (!enteredInit) {
                callKeys[pc] = enteredKey;
                callees[pc] = entered;
              } else {
                classSites[pc] = { addr: heap.i32[fi] >>> 0, version: heap.i32[H.TYPE_VERSION], gc: heap.gcCount, init: enteredFn, code: entered };
                heap.i32[(nf >>> 2) + 3] = INIT_FRAME;
              }
              nested++;
              code = entered;
              frame = nf;
              b = (nf + FRAME_SLOTS) >>> 3;
              fw = (nf >>> 2) + 5;
              ({ words, blockPc, pcBlock, pcStep, pcClosure, closures, callArgs, caches, constants, callKeys, callees, classSites } = code.program);
              pc = blockPc[0];
              break;
            }
            case Op.LOAD_ATTR: {
              // An instance of the site's class (attr.ts fills the cache; its memo excluded data
              // descriptors and __getattribute__) whose dict holds the name at the cached entry,
              // or, at a method load, does not hold it: the class's function and self.
              const ic = caches[pc]!, i32 = heap.i32, oi = (b + words[w + 1]) << 1;
              let done = false;
              if (i32[oi + 1] === HI_PTR) {
                const ow = (i32[oi] >>> 0) >>> 2;
                if (i32[ow + 1] === -NativeKind.INSTANCE && (i32[ow + 2] >>> 0) === ic[SiteCache.CLASS] && (i32[ow] & TYPE_MASK) === TypeId.FUNCTION
                  && i32[H.TYPE_VERSION] === ic[SiteCache.VERSION]) {
                  const f64 = heap.f64, hasDict = i32[ow + 5] === HI_PTR;
                  if (ic[SiteCache.MODE] === 1) {
                    const at = hasDict ? dictHintedSlot(heap, i32[ow + 4] >>> 0, ic[SiteCache.HINT], ic[SiteCache.KEY]) : -1;
                    if (at >= 0) {
                      f64[b + words[w + 2]] = f64[at];
                      if (words[w + 3] >= 0) f64[b + words[w + 3]] = NULL;
                      done = true;
                    }
                  } else if (words[w + 3] >= 0 && (!hasDict
                    || dictIndexHashed(heap, i32[ow + 4] >>> 0, ic[SiteCache.KEY_VALUE], ic[SiteCache.HASH_LO], ic[SiteCache.HASH_HI]) < 0)) {
                    f64[b + words[w + 3]] = f64[b + words[w + 1]];
                    f64[b + words[w + 2]] = ic[SiteCache.FN];
                    done = true;
                  }
                }
              }
              if (!done) { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.STORE_ATTR: {
              const ic = caches[pc]!, i32 = heap.i32, oi = (b + words[w + 1]) << 1;
              let at = -1, d = 0;
              if (i32[oi + 1] === HI_PTR) {
                const ow = (i32[oi] >>> 0) >>> 2;
                if (i32[ow + 1] === -NativeKind.INSTANCE && (i32[ow + 2] >>> 0) === ic[SiteCache.CLASS] && (i32[ow] & TYPE_MASK) === TypeId.FUNCTION
                  && i32[H.TYPE_VERSION] === ic[SiteCache.VERSION] && i32[ow + 5] === HI_PTR) {
                  d = i32[ow + 4] >>> 0;
                  at = dictHintedSlot(heap, d, ic[SiteCache.HINT], ic[SiteCache.KEY]);
                }
              }
              if (at >= 0) {
                const f64 = heap.f64;
                f64[at] = f64[b + words[w + 2]];
                dictTouched(heap, d);
              } else { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.LOAD_GLOBAL: {
              // The name at the cached entry of the frame's globals (a dict: slot b - 1).
              const ic = caches[pc]!, i32 = heap.i32, gw = (b - 1) << 1;
              let at = -1;
              if (i32[gw + 1] === HI_PTR) {
                const g = i32[gw] >>> 0;
                if ((i32[g >>> 2] & TYPE_MASK) === TypeId.DICT) at = dictHintedSlot(heap, g, ic[SiteCache.HINT], ic[SiteCache.KEY]);
              }
              if (at >= 0) { const f64 = heap.f64; f64[b + words[w + 3]] = f64[at]; } else { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.IS: case Op.IS_NOT: {
              // Tagged values (pointers, ints, bools, None) are the same object when their words are.
              const i32 = heap.i32, l = (b + words[w + 1]) << 1, r = (b + words[w + 2]) << 1;
              if ((i32[l + 1] >>> 0) >= TAG_FLOOR && (i32[r + 1] >>> 0) >= TAG_FLOOR) {
                const same = i32[l] === i32[r] && i32[l + 1] === i32[r + 1];
                heap.f64[b + words[w + 3]] = same === (words[w] === Op.IS) ? TRUE : FALSE;
              } else { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.NOT: {
              const i32 = heap.i32, s = (b + words[w + 1]) << 1, hi = i32[s + 1];
              if (hi === HI_BOOL) heap.f64[b + words[w + 3]] = i32[s] === 0 ? TRUE : FALSE;
              else if (hi === HI_NONE) heap.f64[b + words[w + 3]] = TRUE;
              else { heap.i32[fw] = pc; (closures[words[w + 4]] as (b: number) => void)(b); }
              pc++;
              break;
            }
            case Op.RETURN: { const f64 = heap.f64; r = f64[b + code.ret] = f64[b + words[w + 1]]; break ret; }
            default: throw new Error(`internal error: dispatch opcode ${words[w]}`);
          }
          continue;
          }
          // A return (`r`): from the frame this activation was given, or to the CALL of the
          // caller that entered the returning frame here.
          if (nested === 0) return r;
          const init = heap.i32[(frame >>> 2) + 3] === INIT_FRAME;
          frame = callerOf(heap, frame);
          it.depth--;
          nested--;
          code = it.codes[heap.i32[(frame >>> 2) + 2]]!;
          b = (frame + FRAME_SLOTS) >>> 3;
          fw = (frame >>> 2) + 5;
          ({ words, blockPc, pcBlock, pcStep, pcClosure, closures, callArgs, caches, constants, callKeys, callees, classSites } = code.program);
          pc = heap.i32[fw];
          if (!init) heap.f64[b + words[pc * W + 3]] = r;
          else {
            // A class call: __init__ ran on the new instance, rooted in the scratch slot.
            if (!isNone(r)) raise('TypeError', `__init__() should return None, not '${typeNameOf(heap, r)}'`);
            heap.f64[b + words[pc * W + 3]] = heap.f64[b + code.scratch];
          }
          pc++;
        }
      } catch (error) {
        // Exceptions are CFG edges: a block with a handler continues there (exceptions.ts).
        // Without one, a frame entered here is left and the exception raised in its caller at
        // its CALL, as the return of a JS-level call would have thrown it.
        let e: unknown = error;
        settle(heap, frame);
        it.depth = depth0 + nested;
        for (;;) {
          const blk = pcBlock[pc];
          e = annotate(it, code, blk, pcStep[pc], e);
          const handler = handlerIndex(code, blk);
          if (handler >= 0 && (e instanceof PyRaise || e instanceof PyError)) {
            land(it, e);
            // The handler's phis take their operands for this block's exception edge (SSA
            // code run without out-of-ssa: -O1, -O2).
            const moves = code.program.handlerMoves[blk];
            if (moves !== null) { const f64 = heap.f64; for (let m = 0; m < moves.length; m += 2) f64[b + moves[m + 1]] = f64[b + moves[m]]; }
            pc = blockPc[handler];
            break;
          }
          if (nested === 0 || !(e instanceof PyRaise || e instanceof PyError)) throw e;
          frame = callerOf(heap, frame);
          it.depth--;
          nested--;
          code = it.codes[heap.i32[(frame >>> 2) + 2]]!;
          b = (frame + FRAME_SLOTS) >>> 3;
          fw = (frame >>> 2) + 5;
          ({ words, blockPc, pcBlock, pcStep, pcClosure, closures, callArgs, caches, constants, callKeys, callees, classSites } = code.program);
          pc = heap.i32[fw];
        }
      }
    }
  } finally {
    // The frames entered here and not yet left (an internal error unwinding), then its own.
    settle(heap, base);
    popFrame(heap);
    it.depth = depth0 - 1;
  }
}

/** Pops the frames above `frame` on this thread's frame stack: frames pushed for a call that
 *  failed before its code ran (a JS stack overflow at the callee's entry). */
function settle(heap: Heap, frame: number): void {
  const top = heap.threadRecord + T.TOP_FRAME;
  while (heap.i32[top] !== (frame | 0) && heap.i32[top] !== 0) popFrame(heap);
}

/** Leaves `frame`, the top one of a nested call runFrame entered itself (and any frame a failed
 *  call left above it): the caller's frame, to resume. */
function callerOf(heap: Heap, frame: number): number {
  settle(heap, frame);
  const caller = heap.i32[(frame >>> 2) + 4] >>> 0;
  popFrame(heap);
  return caller;
}

/** Whether frame slot `s` holds a generator object (not a coroutine: `for` refuses those). */
function isGeneratorAt(i32: Int32Array, s: number): boolean {
  if (i32[(s << 1) + 1] !== HI_PTR) return false;
  const w = (i32[s << 1] >>> 0) >>> 2;
  return (i32[w] & TYPE_MASK) === TypeId.FUNCTION && i32[w + 1] === -NativeKind.GENERATOR;
}

/** Word 3 of a frame runFrame entered for a class's __init__ (a generator's resume point
 *  elsewhere: never such a frame): its return value must be None, and the call's result is
 *  the instance in the caller's scratch slot. */
const INIT_FRAME = 1;

/** The code of the frame enterFromSlots pushed last (read at once by runFrame's CALL), and
 *  whether that frame is a new instance's __init__ (the instance is in the scratch slot). */
let entered: Code;
let enteredInit = false;
/** The site-cache key of the plain function enterFromSlots entered last (Program.callKeys),
 *  and that function's address. */
let enteredKey = 0;
let enteredFn = 0;
/** The value of the call enterFromSlots completed itself when it returned -1 (a builtin's
 *  result, a new generator object). */
let enteredValue: Value = NULL;

/**
 * The dispatch loop's CALL: when slot `fs` holds a plain Python function (with self slot `ss`
 * set by a method load, or a bound method of one), or a class whose __init__ is one, whose
 * parameters are exactly the arguments in `args`, pushes its frame with the arguments bound
 * and returns it (its code in `entered`, `enteredInit` for a class); a builtin that takes the
 * arguments is called, and a generator function's generator made, at once (-1, the value in
 * `enteredValue`); otherwise 0, and the call op's closure does the general call.
 */
function enterFromSlots(it: Interp, b: number, fs: number, ss: number, args: Int32Array, scratch: number): number {
  const heap = it.heap, i32 = heap.i32;
  let fn = heap.f64[b + fs];
  let fa = ptrOrZero(fn);
  if (fa === 0 || (i32[fa >>> 2] & TYPE_MASK) !== TypeId.FUNCTION) return 0;
  let k = i32[(fa >>> 2) + 1];
  let self = NULL, n = args.length;
  /** A class being instantiated (object.__new__ then a plain Python __init__): `fn` is its
   *  __init__ and self the new instance, rooted in the caller's scratch slot. */
  let cls = NULL;
  if (ss >= 0 && i32[((b + ss) << 1) + 1] !== HI_NULL) {
    self = heap.f64[b + ss];
    n++;
  } else if (k === -NativeKind.CLASS) {
    const init = instantiationPlan(heap, fn);
    if (init <= 0) return 0;
    cls = fn;
    fn = fromPtr(init);
    k = i32[(init >>> 2) + 1];
    n++;
  } else if (k === -NativeKind.METHOD) {
    self = nget(heap, fn, 1);
    fn = nget(heap, fn, 0);
    fa = ptrOrZero(fn);
    if (fa === 0 || (i32[fa >>> 2] & TYPE_MASK) !== TypeId.FUNCTION || isNull(self)) return 0;
    k = i32[(fa >>> 2) + 1];
    n++;
  }
  if (k === -NativeKind.BUILTIN) {
    // A builtin function (len), a bound builtin method, or a builtin type's method with the
    // receiver from the method load (lst.append): called here when the arguments fit its
    // signature; its result comes back as enteredValue.
    const e = NATIVES[loOf(nget(heap, fn, 0))];
    const receiver = n > args.length ? self : nget(heap, fn, 1);
    if (e.kind !== 'function' && isNull(receiver)) return 0;
    const r = callNativeMethod(it, e, receiver, b, args);
    if (r === undefined) return 0;
    enteredValue = r;
    return -1;
  }
  if (k < 0) return 0;
  const code = it.codes[k] ?? compileFunction(it, k);
  if (!code.simple || code.argSlots.length !== n || it.depth >= it.recursionLimit) return 0;
  // A coroutine function's call is the op's closure: it reports a coroutine never awaited.
  if (code.generator && (!isNull(cls) || !makesGenerator(code))) return 0;
  // The callee and self stay rooted by the caller's slots across the safepoint.
  safepoint(heap);
  if (!isNull(cls)) {
    self = newInstance(heap, cls);
    heap.f64[b + scratch] = self;
  }
  // A generator function's frame is bound on the heap at once, for the generator object.
  const frame = pushFrame(heap, fn, functionField(heap, fn, FN.GLOBALS), code.fn.index, code.nslots, code.generator);
  if (code.hasCells) setupCells(heap, fn, code, frame);
  const nb = (frame + FRAME_SLOTS) >>> 3;
  const f64 = heap.f64, slots = code.argSlots;
  let s = 0;
  if (n > args.length) f64[nb + slots[s++]] = self;
  for (let i = 0; i < args.length; i++) f64[nb + slots[s++]] = f64[b + args[i]];
  if (code.generator) {
    popFrame(heap);
    enteredValue = generatorFor(it, code, frame, fn);
    return -1;
  }
  it.depth++;
  entered = code;
  enteredInit = !isNull(cls);
  enteredKey = k * 2 + 1 + (n > args.length ? 1 : 0);
  enteredFn = loOf(fn) >>> 0;
  return frame;
}

/** Adds this frame's traceback entry (the instruction that raised) to the exception. */
function annotate(it: Interp, code: Code, blk: number, i: number, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  let e: Error = error;
  if (e instanceof RangeError && e.message.includes('call stack')) e = new PyRaise('RecursionError', 'maximum recursion depth exceeded');
  if (!('pyType' in e)) return e; // a bug in pyx: reported by the CLI as an internal error
  if (consumeSkipFrame(e)) return e; // a re-raise: this frame's entry is already in its trace
  const body = code.stepInstructions[blk];
  const ins = i < 0 ? body[body.length - 1] : body[i];
  const trace = traceOf(e);
  const skip = (e as { skipNext?: boolean });
  const fromComprehension = skip.skipNext === true;
  skip.skipNext = code.fn.kind === 'comprehension';
  const name = code.fn.kind === 'comprehension' ? parentName(it, code.fn) : code.fn.name;
  if (fromComprehension) return e; // the inlined comprehension already reported this frame's line
  const pos = ins?.pos;
  trace.push({ filename: it.units[it.unitOf[code.fn.index]]?.filename ?? it.module.filename, line: pos?.line ?? code.fn.line, name, col: pos?.col ?? -1, endLine: pos?.endLine ?? -1, endCol: pos?.endCol ?? -1 });
  return e;
}

function parentName(it: Interp, fn: IRFunction): string {
  let f = fn;
  while (f.kind === 'comprehension' && f.parent !== null) f = it.module.functions[f.parent];
  return f.name;
}

/** Binds handle arguments to a native's signature in a fresh handle window and calls it. */
function callNative(it: Interp, e: NativeEntry, self: Value, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  if (e.kind === 'method' && isNull(self)) {
    // An unbound method (`str.upper`): the first positional argument is self, as with
    // CPython's method descriptors.
    const owner = e.qualname.slice(0, e.qualname.length - e.name.length - 1);
    if (n - (kwnames?.length ?? 0) < 1) raise('TypeError', `unbound method ${e.qualname}() needs an argument`);
    self = handleGet(heap, top + 1);
    const actual = typeNameOf(heap, self);
    // Every value is an object: object's methods apply to all (object.__init__(self, ...)).
    if (actual !== owner && owner !== 'object' && !(owner === 'int' && actual === 'bool')) {
      // `list.append(self, x)` on a subclass instance: the method works on its builtin value.
      const inner = builtinValue(heap, self);
      if (inner === self || typeNameOf(heap, inner) !== owner) {
        raise('TypeError', `descriptor '${e.name}' for '${owner}' objects doesn't apply to a '${actual}' object`);
      }
      self = inner;
    }
    top += 1;
    n -= 1;
  }
  const sig = e.sig;
  const nkw = kwnames?.length ?? 0;
  const npos = n - nkw;
  const a = pushHandle(heap, self);
  try {
    for (let i = 0; i < sig.names.length; i++) pushHandle(heap, NULL);
    const name = e.kind === 'method' ? e.name : e.qualname;
    if (npos > sig.positional && sig.varargs < 0) {
      const styled = arityMessage(e, npos);
      if (styled !== null) raise('TypeError', styled);
      const required = sig.optional.slice(0, sig.positional).filter((o) => !o).length;
      if (required === sig.positional) raise('TypeError', `${name}() takes exactly ${sig.positional === 1 ? 'one argument' : `${sig.positional} arguments`} (${npos} given)`);
      raise('TypeError', `${name}() takes at most ${plural(sig.positional, 'argument')} (${npos} given)`);
    }
    for (let i = 0; i < Math.min(npos, sig.positional); i++) handleSet(heap, a + 1 + i, handleGet(heap, top + 1 + i));
    if (sig.varargs >= 0) {
      const extra = Math.max(0, npos - sig.positional);
      const t = newTuple(heap, extra);
      for (let i = 0; i < extra; i++) tupleInit(heap, t, i, handleGet(heap, top + 1 + sig.positional + i));
      handleSet(heap, a + 1 + sig.varargs, t);
    }
    if (sig.varkw >= 0) handleSet(heap, a + 1 + sig.varkw, newDict(heap));
    // _PyArg_UnpackKeywords counts the positional-only arguments before it reads keywords.
    if (nkw > 0 && npos < sig.posOnly && !sig.optional[npos] && sig.posOnly < sig.names.length) posOnlyShort(e, npos);
    for (let k = 0; k < nkw; k++) {
      const kw = kwnames![k];
      const idx = sig.names.indexOf(kw);
      const value = handleGet(heap, top + 1 + npos + k);
      if (idx < sig.posOnly || idx === sig.varargs || idx === sig.varkw || idx < 0) {
        if (sig.varkw >= 0) { dictSet(heap, handleGet(heap, a + 1 + sig.varkw), internStr(heap, kw), value); continue; }
        // A method names its type here (method_check_args' "list.append() takes no keyword arguments").
        const keywords = sig.names.filter((_, i) => i >= sig.posOnly && i !== sig.varargs);
        if (keywords.length === 0) raise('TypeError', `${noKeywordsName(e)}() takes no keyword arguments`);
        // Argument Clinic names the function alone here (bisect_right(), not bisect.bisect_right());
        // random's functions are the Python methods of CPython's Random (Random.randint()).
        raise('TypeError', unexpectedKeyword(`${e.kind === 'function' && e.qualname.startsWith('random.') ? 'Random.' : ''}${e.name}()`, kw, keywords));
      }
      if (!isNull(handleGet(heap, a + 1 + idx))) raise('TypeError', `argument for ${name}() given by name ('${kw}') and position (${idx + 1})`);
      handleSet(heap, a + 1 + idx, value);
    }
    for (let i = 0; i < sig.names.length; i++) {
      if (!sig.optional[i] && isNull(handleGet(heap, a + 1 + i))) {
        const styled = i < sig.positional ? arityMessage(e, npos) : null;
        if (styled !== null) raise('TypeError', styled);
        if (i < sig.posOnly) posOnlyShort(e, npos);
        if (sig.names.length === 1 && !isConstructor(e)) raise('TypeError', `${name}() takes exactly ${sig.positional === 1 ? 'one argument' : `${sig.positional} arguments`} (${npos} given)`);
        raise('TypeError', `${name}() missing required argument '${sig.names[i]}' (pos ${i + 1})`);
      }
    }
    return e.fn(heap, a);
  } finally {
    popHandles(heap, a);
  }
}

/**
 * How CPython's "X() takes no keyword arguments" names a native without keyword parameters:
 * a method by its type (list.append), a module function by the module its C function lives
 * in (_PyObject_FunctionStr: _operator.add, _heapq.heappush, posix.getcwd; random's functions
 * are methods of its hidden Random; functools.reduce is METH_VARARGS, named alone).
 */
function noKeywordsName(e: NativeEntry): string {
  const dot = e.qualname.lastIndexOf('.');
  if (e.kind === 'method' || dot < 0) return e.qualname;
  const module = e.qualname.slice(0, dot);
  const c = C_MODULES.get(module);
  return c === undefined ? e.qualname : c === '' ? e.name : `${c}.${e.name}`;
}
const C_MODULES = new Map([['operator', '_operator'], ['heapq', '_heapq'], ['os', 'posix'], ['random', 'Random'], ['functools', '']]);

/** Argument Clinic's keyword-capable functions (str.replace) given too few positional-only arguments. */
function posOnlyShort(e: NativeEntry, npos: number): never {
  const sig = e.sig;
  const styled = arityMessage(e, npos);
  if (styled !== null) raise('TypeError', styled);
  const min = sig.optional.slice(0, sig.positional).filter((o) => !o).length;
  return raise('TypeError', `${e.name}() takes ${min === sig.positional ? 'exactly' : 'at least'} ${plural(min, 'positional argument')} (${npos} given)`);
}

const VECTORCALL_CONSTRUCTORS = new Set(['int', 'str']);

/** Builtins that are types in CPython but functions in pyx: their counts read as a constructor's. */
const TYPE_FUNCTIONS = ['reversed', 'filter'];

/** The natives that construct a builtin type (`list`, `int`): their counts read "list expected …". */
let constructorEntries: Set<NativeEntry> | null = null;

/** A builtin type's constructor (or a builtin that is a type in CPython). */
function isConstructor(e: NativeEntry): boolean {
  constructorEntries ??= new Set([...CONSTRUCTORS.values(), ...TYPE_FUNCTIONS.map((n) => BUILTIN_FUNCTIONS.get(n)!)]);
  return constructorEntries.has(e);
}

/**
 * CPython's message for a wrong number of positional arguments to a native whose positional
 * parameters are all positional-only (or a type's constructor), or null for the
 * keyword-capable style the caller words itself. Three styles, by CPython's calling
 * convention: no parameters (METH_NOARGS) `list.copy() takes no arguments (1 given)`; one
 * required parameter and nothing else (METH_O) `list.append() takes exactly one argument
 * (0 given)`; otherwise (PyArg_UnpackTuple, Argument Clinic) `insert expected 2 arguments,
 * got 1`, `get expected at least 1 argument, got 0`, `list expected at most 1 argument, got 2`.
 */
function arityMessage(e: NativeEntry, npos: number): string | null {
  const sig = e.sig;
  if (sig.varargs >= 0) return null;
  if (sig.names.length === 0) return `${e.qualname}() takes no arguments (${npos} given)`;
  // Only keyword-only parameters (list.sort): Argument Clinic's "takes no positional arguments".
  if (sig.positional === 0 && sig.varkw < 0) return `${e.name}() takes no positional arguments`;
  // Keyword-capable parameters: getargs' wording, which the caller has; of the constructors only
  // int and str (vectorcall in CPython) count in the "int expected at most 2 arguments" style.
  if (sig.posOnly < sig.positional && !(isConstructor(e) && VECTORCALL_CONSTRUCTORS.has(e.name))) return null;
  if (sig.names.length === 1 && sig.posOnly === 1 && !sig.optional[0] && !isConstructor(e)) return `${e.qualname}() takes exactly one argument (${npos} given)`;
  const max = sig.positional;
  const min = sig.optional.slice(0, max).filter((o) => !o).length;
  // A builtin type's __init__ slot counts under the type's name (dict_init's "dict expected ...").
  const name = e.name === '__init__' && e.qualname.endsWith('.__init__') ? e.qualname.slice(0, -'.__init__'.length) : e.name;
  if (min === max) return `${name} expected ${plural(max, 'argument')}, got ${npos}`;
  if (npos < min) return `${name} expected at least ${plural(min, 'argument')}, got ${npos}`;
  return `${name} expected at most ${plural(max, 'argument')}, got ${npos}`;
}

/** Calls a Python-visible callable with `argc` arguments from a tuple (for builtins: map, sorted's key, ...). */
export function callValue(it: Interp, f: Value, args: Value): Value {
  const heap = it.heap;
  const top = pushHandle(heap, f);
  try {
    const n = tupleLength(heap, args);
    for (let i = 0; i < n; i++) pushHandle(heap, tupleItem(heap, args, i));
    return callHandles(it, top, n, null);
  } finally {
    popHandles(heap, top);
  }
}

export function call1(it: Interp, f: Value, x: Value): Value {
  const heap = it.heap;
  const top = pushHandle(heap, f);
  pushHandle(heap, x);
  try {
    return callHandles(it, top, 1, null);
  } finally {
    popHandles(heap, top);
  }
}

export { NONE, dictEntryValue };
