// functools.singledispatch: a generic function dispatching on the class of its first argument
// along that class's __mro__ (the first registered class wins), with register(cls, func),
// register(cls) as a decorator, register(func) reading the first parameter's annotation,
// dispatch(cls) and registry.
//
// Wrapper layout (ext-types.ts): F1 the default function, F2 the registry (dict class → function,
// `object` → the default), F3 the wrapper's attribute dict (__name__, __doc__, __wrapped__ …).

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, isNull, fromPtr, loOf } from '../value.js';
import { H } from '../heap.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { newDict, dictGet, dictSet, dictNext, dictEntryValue } from '../dict.js';
import { internStr, strToJs } from '../str.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineMethod, arg, self, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, loadAttr } from '../builtins/objects.js';
import { tid, tupleItem } from '../builtins/protocol.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, extHooks, newExt } from '../builtins/ext-types.js';
import { boundMethod } from '../classes.js';
import { WRAPPER_ASSIGNMENTS, attrOrNull } from './functools-cache.js';

const isTypeLike = (heap: Heap, v: Value): boolean => {
  if (tid(heap, v) === TypeId.TYPE) return true;
  const mro = attrOrNull(heap, v, '__mro__');
  return !isNull(mro) && tid(heap, mro) === TypeId.TUPLE;
};

/** The registered function for `cls`: the first class of cls.__mro__ in the registry. */
function dispatch(heap: Heap, w: Value, cls: Value): Value {
  const registry = nget(heap, w, 2);
  const mro = attrOrNull(heap, cls, '__mro__');
  if (!isNull(mro) && tid(heap, mro) === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, mro); i++) {
      const f = dictGet(heap, nget(heap, w, 2), tupleItem(heap, mro, i));
      if (!isNull(f)) return f;
    }
  }
  const direct = dictGet(heap, registry, cls);
  return isNull(direct) ? nget(heap, w, 1) : direct;
}

export const dispatchType = defineExtType('function', 'builtins', {
  repr: (heap, w) => {
    const q = dictGet(heap, nget(heap, w, 3), internStr(heap, '__qualname__'));
    return `<function ${isNull(q) ? 'singledispatch' : strToJs(heap, q)} at 0x${(loOf(w) >>> 0).toString(16).padStart(12, '0')}>`;
  },
  call: (heap, w, args, kwargs) => {
    if (tupleLength(heap, args) === 0) {
      const name = dictGet(heap, nget(heap, w, 3), internStr(heap, '__name__'));
      raise('TypeError', `${isNull(name) ? 'singledispatch function' : strToJs(heap, name)} requires at least 1 positional argument`);
    }
    const h = pushHandle(heap, w);
    pushHandle(heap, args);
    try {
      const cls = loadAttr(heap, tupleItem(heap, args, 0), '__class__');
      const f = dispatch(heap, handleGet(heap, h), cls);
      return extHooks.callKw(heap, f, handleGet(heap, h + 1), kwargs);
    } finally { popHandles(heap, h); }
  },
  get: (heap, w, instance) => (isNull(instance) ? w : boundMethod(heap, w, instance)),
  getAttr: (heap, w, name) => {
    if (name === 'registry') return nget(heap, w, 2);
    if (name === '__dict__') return nget(heap, w, 3);
    return dictGet(heap, nget(heap, w, 3), internStr(heap, name));
  },
  setAttr: (heap, w, name, v) => { dictSet(heap, nget(heap, w, 3), internStr(heap, name), v); return true; },
});

/** register(cls, func): records and returns func. */
function registerPair(heap: Heap, w: Value, cls: Value, func: Value): Value {
  if (!isTypeLike(heap, cls)) raise('TypeError', `Invalid first argument to \`register()\`. ${reprValue(heap, cls)} is not a class or union type.`);
  dictSet(heap, nget(heap, w, 2), cls, func);
  return func;
}

/** The decorator register(cls) returns: a builtin bound to (wrapper, cls). */
const registerLater = defineFunction('functools', 'register', 'func, /', (heap, a) => {
  const pair = self(heap, a);
  return registerPair(heap, tupleItem(heap, pair, 0), tupleItem(heap, pair, 1), arg(heap, a, 0));
});

defineMethod(extKey(dispatchType), 'singledispatch', 'register', 'cls, func=, /', (heap, a) => {
  const w = self(heap, a), cls = arg(heap, a, 0), func = arg(heap, a, 1);
  if (!isNull(func)) return registerPair(heap, w, cls, func);
  if (isTypeLike(heap, cls)) {
    const pair = newTuple(heap, 2);
    tupleInit(heap, pair, 0, w);
    tupleInit(heap, pair, 1, cls);
    return nativeValue(heap, registerLater, pair);
  }
  // register(func): the class is the annotation of func's first parameter.
  const ann = attrOrNull(heap, cls, '__annotations__');
  if (isNull(ann) || tid(heap, ann) !== TypeId.DICT || dictNext(heap, ann, 0) < 0) {
    raise('TypeError', `Invalid first argument to \`register()\`: ${reprValue(heap, cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
  }
  const first = dictEntryValue(heap, ann, dictNext(heap, ann, 0));
  return registerPair(heap, w, first, cls);
});
defineMethod(extKey(dispatchType), 'singledispatch', 'dispatch', 'cls, /', (heap, a) => dispatch(heap, self(heap, a), arg(heap, a, 0)));

export const singledispatch: NativeEntry = defineFunction('functools', 'singledispatch', 'func, /', (heap, a) => {
  const f = arg(heap, a, 0);
  const w = newExt(heap, dispatchType);
  const h = pushHandle(heap, w);
  try {
    nset(heap, w, 1, f);
    nset(heap, w, 2, newDict(heap));
    nset(heap, w, 3, newDict(heap));
    dictSet(heap, nget(heap, w, 2), fromPtr(heap.i32[H.TYPE_TABLE + TypeId.OBJECT]), f);
    for (const name of WRAPPER_ASSIGNMENTS) {
      const v = attrOrNull(heap, f, name);
      if (!isNull(v)) dictSet(heap, nget(heap, handleGet(heap, h), 3), internStr(heap, name), v);
    }
    dictSet(heap, nget(heap, handleGet(heap, h), 3), internStr(heap, '__wrapped__'), f);
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
});

