// Calling user classes, bound methods and callable instances, and the class-body name ops
// (load_name/store_name/delete_name). The attribute model itself is runtime/classes.ts.

import {
  type Heap, type Value, NONE, isNull, pushHandle, handleGet, popHandles, internStr, dictGet, dictSet, dictDelete,
} from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { fromPtr, isNone } from '../../runtime/value.js';
import { NativeKind, nativeKind, newNative, nget, nset } from '../../runtime/builtins/native.js';
import { raise } from '../../runtime/builtins/exceptions.js';
import { tid, typeNameOf } from '../../runtime/builtins/protocol.js';
import { TypeId } from '../../runtime/layout.js';
import {
  bind, className, classOf, foundOnObject, isClass, isExceptionClass, isInstanceOf, lookupType, newInstance, objectNew, pyTypeOf,
} from '../../runtime/classes.js';
import { dictNext, dictEntryKey, dictEntryValue } from '../../runtime/dict.js';
import { handleSet } from '../../runtime/gc.js';
import { strToJs } from '../../runtime/str.js';
import { getItem, setItem, delItem } from '../../runtime/builtins/containers.js';
import { NULL } from '../../runtime/value.js';
import { newException } from '../../runtime/builtins/objects.js';
import { excInitKeywords, excCheckArgs } from '../../runtime/exceptions.js';
import { newTuple, tupleInit } from '../../runtime/sequence.js';
import { loOf } from '../../runtime/value.js';
import '../../runtime/classes-builtins.js';
import { callHandles } from './call.js';
import type { Interp } from './state.js';

/** Calls `f` with `first` prepended to the n arguments in handles top+1..top+n. */
function callPrepending(it: Interp, f: Value, first: Value, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  const t = pushHandle(heap, f);
  try {
    pushHandle(heap, first);
    for (let i = 0; i < n; i++) pushHandle(heap, handleGet(heap, top + 1 + i));
    return callHandles(it, t, n + 1, kwnames);
  } finally {
    popHandles(heap, t);
  }
}

/** The call of a native kind owned by runtime/classes.ts (callHandles sends these here). */
export function callUser(it: Interp, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  const callee = handleGet(heap, top);
  switch (nativeKind(heap, callee)) {
    case NativeKind.METHOD:
      if (isNull(nget(heap, callee, 1))) return callKeywordCarrier(it, callee, top, n);
      return callPrepending(it, nget(heap, callee, 0), nget(heap, callee, 1), top, n, kwnames);
    case NativeKind.CLASS: return instantiate(it, callee, top, n, kwnames, true);
    // A staticmethod object is callable since 3.10: its function with the same arguments.
    case NativeKind.STATICMETHOD: {
      const t = pushHandle(heap, nget(heap, callee, 0));
      try {
        for (let i = 0; i < n; i++) pushHandle(heap, handleGet(heap, top + 1 + i));
        return callHandles(it, t, n, kwnames);
      } finally {
        popHandles(heap, t);
      }
    }
        case NativeKind.INSTANCE: {
      const f = lookupType(heap, classOf(heap, callee), '__call__');
      if (isNull(f)) break;
      const bound = bind(heap, f, callee, classOf(heap, callee));
      const t = pushHandle(heap, bound);
      try {
        for (let i = 0; i < n; i++) pushHandle(heap, handleGet(heap, top + 1 + i));
        return callHandles(it, t, n, kwnames);
      } finally {
        popHandles(heap, t);
      }
    }
  }
  return raise('TypeError', `'${typeNameOf(heap, callee)}' object is not callable`);
}

/**
 * The transient METHOD that runtime/classes.ts callKw makes (no self): calls F0 with the
 * positional arguments in the handles and the keywords of the dict in F2; F3 True means
 * type.__call__ itself (the metaclass's __call__ is not consulted again).
 */
function callKeywordCarrier(it: Interp, carrier: Value, top: number, n: number): Value {
  const heap = it.heap;
  const t = pushHandle(heap, nget(heap, carrier, 0));
  try {
    const kw = nget(heap, carrier, 2);
    const plain = !isNull(nget(heap, carrier, 3));
    pushHandle(heap, kw);
    for (let i = 0; i < n; i++) pushHandle(heap, handleGet(heap, top + 1 + i));
    const names: string[] = [];
    if (!isNull(kw)) {
      for (let p = dictNext(heap, kw, 0); p >= 0; p = dictNext(heap, handleGet(heap, t + 1), p + 1)) {
        const k = dictEntryKey(heap, handleGet(heap, t + 1), p);
        if (tid(heap, k) !== TypeId.STR) raise('TypeError', 'keywords must be strings');
        names.push(strToJs(heap, k));
        pushHandle(heap, dictEntryValue(heap, handleGet(heap, t + 1), p));
      }
    }
    // Drop the dict's handle from the argument window: move the arguments down by one.
    const total = n + names.length;
    for (let i = 0; i < total; i++) handleSet(heap, t + 1 + i, handleGet(heap, t + 2 + i));
    const callee = handleGet(heap, t);
    if (plain && isClass(heap, callee)) return instantiate(it, callee, t, total, names.length > 0 ? names : null, false);
    return callHandles(it, t, total, names.length > 0 ? names : null);
  } finally {
    popHandles(heap, t);
  }
}

/** Calls `f` found on a class (a function, a builtin slot) bound to `self`, with the arguments at top+1..top+n. */
function callBound(it: Interp, f: Value, self: Value, owner: Value, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  // A plain Python function (the usual __init__): called with self prepended, no bound method.
  if (tid(heap, f) === TypeId.FUNCTION && nativeKind(heap, f) === 0) return callPrepending(it, f, self, top, n, kwnames);
  const bound = bind(heap, f, self, owner);
  const t = pushHandle(heap, bound);
  try {
    for (let i = 0; i < n; i++) pushHandle(heap, handleGet(heap, top + 1 + i));
    return callHandles(it, t, n, kwnames);
  } finally {
    popHandles(heap, t);
  }
}

/**
 * How `cls(...)` can be done without the general type.__call__ (call.ts's fast path), per
 * thread and class: -1 when it cannot (a metaclass __call__, an exception class, a __new__
 * other than object's, a builtin base, abstract methods); 0 when __init__ is object's (no
 * arguments allowed: the fast path then only takes calls without any); else the address of
 * the plain Python function __init__. Valid while the heap's TYPE_VERSION (bumped by every
 * class creation and class-namespace change) and GC count (addresses are reused) stay.
 */
export function instantiationPlan(heap: Heap, cls: Value): number {
  const version = heap.i32[H.TYPE_VERSION], gc = heap.gcCount;
  if (version !== planVersion || gc !== planGc || heap !== planHeap) {
    plans.clear();
    planVersion = version;
    planGc = gc;
    planHeap = heap;
  }
  const addr = loOf(cls) >>> 0;
  let plan = plans.get(addr);
  if (plan === undefined) {
    plan = makePlan(heap, cls);
    plans.set(addr, plan);
  }
  return plan;
}
const plans = new Map<number, number>();
let planVersion = -1;
let planGc = -1;
let planHeap: Heap | null = null;

function makePlan(heap: Heap, cls: Value): number {
  const meta = nget(heap, cls, 7);
  if (!isNull(meta)) {
    const call = lookupType(heap, meta, '__call__');
    if (!isNull(call) && nativeKind(heap, call) !== NativeKind.BUILTIN) return -1;
  }
  if (isExceptionClass(heap, cls) || !isNull(nget(heap, cls, 6))) return -1;
  const newFn = lookupType(heap, cls, '__new__');
  if (!(nativeKind(heap, newFn) === NativeKind.BUILTIN && foundOnObject(heap))) return -1;
  if (!isNull(dictGet(heap, nget(heap, cls, 2), internStr(heap, '__abstractmethods__')))) return -1;
  const init = lookupType(heap, cls, '__init__');
  if (nativeKind(heap, init) === NativeKind.BUILTIN && foundOnObject(heap)) return 0;
  if (tid(heap, init) === TypeId.FUNCTION && nativeKind(heap, init) === 0) return loOf(init) >>> 0;
  return -1;
}

/**
 * Calling a class: the metaclass's own __call__ when it defines one (`viaMeta`), else
 * type.__call__ — __new__ (object's, a builtin type's, or the class's), then __init__ of
 * the result's class when the result is an instance of cls (CPython's type_call).
 */
function instantiate(it: Interp, cls: Value, top: number, n: number, kwnames: readonly string[] | null, viaMeta: boolean): Value {
  const heap = it.heap;
  const meta = nget(heap, cls, 7);
  if (viaMeta && !isNull(meta)) {
    const call = lookupType(heap, meta, '__call__');
    if (!isNull(call) && nativeKind(heap, call) !== NativeKind.BUILTIN) return callBound(it, call, cls, meta, top, n, kwnames);
  }
  let obj: Value;
  const userNew = lookupType(heap, cls, '__new__');
  if (isExceptionClass(heap, cls) && nativeKind(heap, userNew) === NativeKind.STATICMETHOD) {
    // The class's own __new__ (its super().__new__ reaches BaseException.__new__, classes-types.ts).
    obj = callPrepending(it, nget(heap, userNew, 0), cls, top, n, kwnames);
    if (!isInstanceOf(heap, obj, cls)) return obj;
  } else if (isExceptionClass(heap, cls)) {
    // BaseException.__new__: an exception object whose args are all the positional arguments.
    const init = lookupType(heap, cls, '__init__');
    const ownInit = !isNull(init) && nativeKind(heap, init) !== NativeKind.BUILTIN;
    const npos = n - (kwnames?.length ?? 0);
    const args = newTuple(heap, npos);
    for (let i = 0; i < npos; i++) tupleInit(heap, args, i, handleGet(heap, top + 1 + i));
    obj = newException(heap, cls, args);
    if (!ownInit) {
      excCheckArgs(heap, obj);
      // BaseException.__init__ with the keywords (NameError's name=, ...; others refuse them).
      if (kwnames !== null) excInitKeywords(heap, obj, kwnames, (i) => handleGet(heap, top + 1 + npos + i));
      return obj;
    }
  } else {
    const newFn = lookupType(heap, cls, '__new__');
    if (nativeKind(heap, newFn) === NativeKind.BUILTIN && foundOnObject(heap)) {
      obj = objectNew(heap, cls, n > 0);
    } else {
      const f = nativeKind(heap, newFn) === NativeKind.STATICMETHOD ? nget(heap, newFn, 0) : newFn;
      obj = callPrepending(it, f, cls, top, n, kwnames);
      if (!isInstanceOf(heap, obj, cls)) return obj;
    }
  }
  const t = pushHandle(heap, obj);
  try {
    const objCls = pyTypeOf(heap, obj);
    const init = lookupType(heap, objCls, '__init__');
    if (nativeKind(heap, init) === NativeKind.BUILTIN && foundOnObject(heap)) return handleGet(heap, t);
    const r = callBound(it, init, handleGet(heap, t), objCls, top, n, kwnames);
    if (!isNone(r)) raise('TypeError', `__init__() should return None, not '${typeNameOf(heap, r)}'`);
    return handleGet(heap, t);
  } finally {
    popHandles(heap, t);
  }
}

export { newInstance };

/**
 * load_name: the class namespace, then globals, then builtins. A namespace that is not an
 * exact dict (what a metaclass's __prepare__ returned) is read through its __getitem__,
 * KeyError meaning "not there" (CPython's LOAD_NAME).
 */
export function loadName(heap: Heap, ns: Value, globals: Value, name: string): Value {
  const key = internStr(heap, name);
  let v: Value;
  if (tid(heap, ns) === TypeId.DICT) {
    v = dictGet(heap, ns, key);
  } else {
    try {
      v = getItem(heap, ns, key);
    } catch (e) {
      if ((e as { pyType?: string }).pyType !== 'KeyError') throw e;
      v = NULL;
    }
  }
  if (!isNull(v)) return v;
  v = dictGet(heap, globals, key);
  if (!isNull(v)) return v;
  v = dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), key);
  if (!isNull(v)) return v;
  return raise('NameError', `name '${name}' is not defined`);
}

export function storeName(heap: Heap, ns: Value, name: string, v: Value): void {
  if (tid(heap, ns) === TypeId.DICT) dictSet(heap, ns, internStr(heap, name), v);
  else setItem(heap, ns, internStr(heap, name), v);
}

export function deleteName(heap: Heap, ns: Value, name: string): void {
  const key = internStr(heap, name);
  if (tid(heap, ns) !== TypeId.DICT) {
    try {
      delItem(heap, ns, key);
      return;
    } catch (e) {
      if ((e as { pyType?: string }).pyType === 'KeyError') raise('NameError', `name '${name}' is not defined`);
      throw e;
    }
  }
  if (isNull(dictGet(heap, ns, key))) raise('NameError', `name '${name}' is not defined`);
  dictDelete(heap, ns, key);
}

/** cls() with no arguments (`raise C` of an exception class). */
export function callClass(it: Interp, cls: Value): Value {
  const top = pushHandle(it.heap, cls);
  try {
    return callHandles(it, top, 0, null);
  } finally {
    popHandles(it.heap, top);
  }
}
