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
import { bind, className, classOf, isExceptionClass, lookupType, mroOf } from '../../runtime/classes.js';
import { newException } from '../../runtime/builtins/objects.js';
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
    case NativeKind.METHOD: return callPrepending(it, nget(heap, callee, 0), nget(heap, callee, 1), top, n, kwnames);
    case NativeKind.CLASS: return instantiate(it, callee, top, n, kwnames);
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

/** type.__call__: __new__ (object's or the class's), then __init__ when the result is an instance of cls. */
function instantiate(it: Interp, cls: Value, top: number, n: number, kwnames: readonly string[] | null): Value {
  const heap = it.heap;
  const newFn = lookupType(heap, cls, '__new__');
  const init = lookupType(heap, cls, '__init__');
  const ownInit = !isNull(init) && nativeKind(heap, init) !== NativeKind.BUILTIN;
  let obj: Value;
  if (isExceptionClass(heap, cls)) {
    // BaseException.__new__: an exception object whose args are all the positional arguments.
    const npos = n - (kwnames?.length ?? 0);
    const args = newTuple(heap, npos);
    for (let i = 0; i < npos; i++) tupleInit(heap, args, i, handleGet(heap, top + 1 + i));
    obj = newException(heap, cls, args);
    if (!ownInit && npos < n) raise('TypeError', `${className(heap, cls)}() takes no keyword arguments`);
  } else if (!isNull(newFn) && nativeKind(heap, newFn) === NativeKind.STATICMETHOD) {
    obj = callPrepending(it, nget(heap, newFn, 0), cls, top, n, kwnames);
    if (nativeKind(heap, obj) !== NativeKind.INSTANCE || !isSubclassOf(heap, classOf(heap, obj), cls)) return obj;
  } else {
    if (!ownInit && n > 0) raise('TypeError', `${className(heap, cls)}() takes no arguments`);
    obj = newInstance(heap, cls);
  }
  if (!ownInit) return obj;
  const t = pushHandle(heap, obj);
  try {
    const r = callPrepending(it, init, obj, top, n, kwnames);
    if (!isNone(r)) raise('TypeError', `__init__() should return None, not '${typeNameOf(heap, r)}'`);
    return handleGet(heap, t);
  } finally {
    popHandles(heap, t);
  }
}

function isSubclassOf(heap: Heap, sub: Value, sup: Value): boolean {
  return mroOf(heap, sub).includes(loOf(sup) >>> 0);
}

export function newInstance(heap: Heap, cls: Value): Value {
  const top = pushHandle(heap, cls);
  try {
    const obj = newNative(heap, NativeKind.INSTANCE);
    pushHandle(heap, obj);
    nset(heap, obj, 0, handleGet(heap, top));
    const d = newDictFor(heap);
    nset(heap, obj, 1, d);
    return obj;
  } finally {
    popHandles(heap, top);
  }
}

import { newDict } from '../../runtime/index.js';
function newDictFor(heap: Heap): Value {
  return newDict(heap);
}

/** load_name: the class namespace, then globals, then builtins. */
export function loadName(heap: Heap, ns: Value, globals: Value, name: string): Value {
  const key = internStr(heap, name);
  let v = dictGet(heap, ns, key);
  if (!isNull(v)) return v;
  v = dictGet(heap, globals, key);
  if (!isNull(v)) return v;
  v = dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), key);
  if (!isNull(v)) return v;
  return raise('NameError', `name '${name}' is not defined`);
}

export function storeName(heap: Heap, ns: Value, name: string, v: Value): void {
  if (tid(heap, ns) !== TypeId.DICT) raise('TypeError', 'class namespace must be a dict in pyx');
  dictSet(heap, ns, internStr(heap, name), v);
}

export function deleteName(heap: Heap, ns: Value, name: string): void {
  const key = internStr(heap, name);
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
