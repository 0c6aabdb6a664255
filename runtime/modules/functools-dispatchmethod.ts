// functools.singledispatchmethod: a descriptor around a singledispatch dispatcher that
// dispatches on the class of the first argument AFTER self, as CPython's (which looks the
// method up with dispatcher.dispatch(args[0].__class__) on each call and then binds it with
// __get__). register() is the dispatcher's own (class, annotation or decorator forms).
//
// Layouts (ext-types.ts): singledispatchmethod F1 the dispatcher (functools-dispatch.ts),
// F2 the function; the callable its __get__ returns F1 the singledispatchmethod, F2 the
// instance (NULL when looked up on the class: the chosen function is then called unbound), F3
// the owner class (NULL when unknown).

import { type Value, NULL, isNull, isNone } from '../value.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { strToJs } from '../str.js';
import { raise } from '../builtins/exceptions.js';
import { arg } from '../builtins/registry.js';
import { loadAttr } from '../builtins/objects.js';
import { tupleItem } from '../builtins/protocol.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset, nativeKind, NativeKind } from '../builtins/native.js';
import { defineExtType, newExt, extHooks } from '../builtins/ext-types.js';
import { boundMethod } from '../classes.js';
import { nativeValue } from '../builtins/objects.js';
import { singledispatch } from './functools-dispatch.js';
import { defineExtClass } from './ext-class.js';
import { attrOrNull } from './functools-cache.js';

/** Attributes both objects pass through to the function (functools.update_wrapper's). */
const WRAPPED = new Set(['__name__', '__qualname__', '__doc__', '__module__', '__annotations__', '__type_params__', '__isabstractmethod__']);

const methodCallType = defineExtType('function', 'builtins', {
  call: (heap, m, args, kwargs) => {
    const sdm = nget(heap, m, 1);
    if (tupleLength(heap, args) === 0) {
      const name = attrOrNull(heap, nget(heap, sdm, 2), '__name__');
      raise('TypeError', `${isNull(name) ? 'singledispatchmethod method' : strToJs(heap, name)} requires at least 1 positional argument`);
    }
    const h = pushHandle(heap, m);
    pushHandle(heap, args);
    try {
      const cls = loadAttr(heap, tupleItem(heap, args, 0), '__class__');
      const dispatchFn = loadAttr(heap, nget(heap, sdm, 1), 'dispatch');
      pushHandle(heap, dispatchFn);
      const one = newTuple(heap, 1);
      tupleInit(heap, one, 0, cls);
      let f = extHooks.callKw(heap, dispatchFn, one, NULL);
      // method.__get__(obj, cls): a classmethod binds the owner, a staticmethod nothing.
      const instance = nget(heap, handleGet(heap, h), 2), owner = nget(heap, handleGet(heap, h), 3);
      const kind = nativeKind(heap, f);
      if (kind === NativeKind.STATICMETHOD) f = nget(heap, f, 0);
      else if (kind === NativeKind.CLASSMETHOD) f = boundMethod(heap, nget(heap, f, 0), isNull(owner) ? loadAttr(heap, instance, '__class__') : owner);
      else if (!isNull(instance)) f = boundMethod(heap, f, instance);
      return extHooks.callKw(heap, f, handleGet(heap, h + 1), kwargs);
    } finally { popHandles(heap, h); }
  },
  getAttr: (heap, m, name) => {
    const sdm = nget(heap, m, 1);
    if (name === 'register') return loadAttr(heap, nget(heap, sdm, 1), 'register');
    if (name === '__wrapped__') return nget(heap, sdm, 2);
    return WRAPPED.has(name) ? attrOrNull(heap, nget(heap, sdm, 2), name) : NULL;
  },
});

const methodType = defineExtType('singledispatchmethod', 'functools', {
  get: (heap, sdm, instance, owner) => {
    const h = pushHandle(heap, sdm);
    pushHandle(heap, instance);
    pushHandle(heap, owner ?? NULL);
    try {
      const m = newExt(heap, methodCallType);
      nset(heap, m, 1, handleGet(heap, h));
      nset(heap, m, 2, isNull(instance) || isNone(instance) ? NULL : handleGet(heap, h + 1));
      nset(heap, m, 3, handleGet(heap, h + 2));
      return m;
    } finally { popHandles(heap, h); }
  },
  getAttr: (heap, sdm, name) => {
    if (name === 'dispatcher') return nget(heap, sdm, 1);
    if (name === 'func') return nget(heap, sdm, 2);
    if (name === 'register') return loadAttr(heap, nget(heap, sdm, 1), 'register');
    return WRAPPED.has(name) ? attrOrNull(heap, nget(heap, sdm, 2), name) : NULL;
  },
});

export const singledispatchmethodClass = defineExtClass(methodType, 'func, /', (heap, a) => {
  const f = arg(heap, a, 0);
  const one = newTuple(heap, 1);
  tupleInit(heap, one, 0, f);
  const dispatcher = extHooks.callKw(heap, nativeValue(heap, singledispatch), one, NULL);
  const h = pushHandle(heap, dispatcher);
  try {
    const sdm = newExt(heap, methodType);
    nset(heap, sdm, 1, handleGet(heap, h));
    nset(heap, sdm, 2, arg(heap, a, 0));
    return sdm;
  } finally { popHandles(heap, h); }
});
