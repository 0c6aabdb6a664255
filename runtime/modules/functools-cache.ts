// functools.lru_cache and cache: CPython's _lru_cache_wrapper as an extension type.
//
// Wrapper layout: F1 the wrapped function, F2 the cache (a dict from key to result; its
// insertion order is the recency order, oldest first), F3 maxsize (None: unbounded; an int
// >= 0), F4 typed (bool), F5 hits, F6 misses (small ints), F7 a dict of the wrapper's own
// attributes (__wrapped__, __name__, __doc__, … copied as update_wrapper does).
// Keys are made as functools._make_key: the positional tuple, then a marker and the keyword
// items, then the types when typed; a lone int or str argument is its own key.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32, loOf } from '../value.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { newDict, dictGet, dictSet, dictDelete, dictLength, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { internStr, strFromJs } from '../str.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineMethod, arg, self } from '../builtins/registry.js';
import { nativeValue, loadAttr } from '../builtins/objects.js';
import { tid, tupleItem, truthy } from '../builtins/protocol.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, extHooks, newExt } from '../builtins/ext-types.js';
import { boundMethod } from '../classes.js';
import { typeOf } from '../objects.js';
import { defineStructSeq, newStructSeq } from './structseq.js';
import { asInt } from './math.js';

/** CacheInfo(hits=…, misses=…, maxsize=…, currsize=…) (a named tuple in CPython). */
const cacheInfo = defineStructSeq('functools', 'CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], 4, 'CacheInfo');

/** The attributes update_wrapper copies (functools.WRAPPER_ASSIGNMENTS). */
export const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__'];

/** getattr(obj, name) or NULL when it raises AttributeError. */
export function attrOrNull(heap: Heap, obj: Value, name: string): Value {
  try {
    return loadAttr(heap, obj, name);
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'AttributeError' || (e as { name?: string }).name === 'AttributeError') return NULL;
    throw e;
  }
}

/** CPython's kwd_mark is a private object(); a str no program writes serves the same purpose. */
const KWD_MARK = '\0functools._make_key kwd_mark';

function makeKey(heap: Heap, args: Value, kwargs: Value, typed: boolean): Value {
  const n = tupleLength(heap, args);
  const nk = isNull(kwargs) ? 0 : dictLength(heap, kwargs);
  if (nk === 0 && n === 1) {
    const only = tupleItem(heap, args, 0);
    const t = tid(heap, only);
    if (t === TypeId.INT || t === TypeId.STR) {
      if (!typed) return only;
    }
  }
  if (nk === 0 && !typed) return args;
  const size = n + (nk > 0 ? 1 + 2 * nk : 0) + (typed ? n + nk : 0);
  const key = newTuple(heap, size);
  let k = 0;
  for (let i = 0; i < n; i++) tupleInit(heap, key, k++, tupleItem(heap, args, i));
  if (nk > 0) {
    tupleInit(heap, key, k++, internStr(heap, KWD_MARK));
    for (let p = dictNext(heap, kwargs, 0); p >= 0; p = dictNext(heap, kwargs, p + 1)) {
      tupleInit(heap, key, k++, dictEntryKey(heap, kwargs, p));
      tupleInit(heap, key, k++, dictEntryValue(heap, kwargs, p));
    }
  }
  if (typed) {
    for (let i = 0; i < n; i++) tupleInit(heap, key, k++, typeOf(heap, tupleItem(heap, args, i)));
    if (nk > 0) for (let p = dictNext(heap, kwargs, 0); p >= 0; p = dictNext(heap, kwargs, p + 1)) tupleInit(heap, key, k++, typeOf(heap, dictEntryValue(heap, kwargs, p)));
  }
  return key;
}

const counter = (heap: Heap, w: Value, i: number): number => loOf(nget(heap, w, i));
const bumpCounter = (heap: Heap, w: Value, i: number): void => nset(heap, w, i, fromInt32(counter(heap, w, i) + 1));

export const lruWrapperType = defineExtType('_lru_cache_wrapper', 'functools', {
  repr: (heap, w) => {
    // CPython shows the wrapper as the function it wraps (<function fib at 0x…>).
    const f = nget(heap, w, 1);
    return reprValue(heap, f);
  },
  call: (heap, w, args, kwargs) => {
    const h = pushHandle(heap, w);
    try {
      const maxV = nget(heap, w, 3);
      if (!isNone(maxV) && loOf(maxV) === 0) {
        bumpCounter(heap, w, 6);
        return extHooks.callKw(heap, nget(heap, w, 1), args, kwargs);
      }
      const key = makeKey(heap, args, kwargs, truthy(heap, nget(heap, w, 4)));
      pushHandle(heap, key);
      const cache = nget(heap, w, 2);
      const found = dictGet(heap, cache, key);
      if (!isNull(found)) {
        bumpCounter(heap, w, 5);
        if (!isNone(maxV)) {
          // Most recently used goes last.
          dictDelete(heap, cache, key);
          dictSet(heap, cache, key, found);
        }
        return found;
      }
      bumpCounter(heap, w, 6);
      const result = extHooks.callKw(heap, nget(heap, handleGet(heap, h), 1), args, kwargs);
      const wNow = handleGet(heap, h);
      const c = nget(heap, wNow, 2);
      if (!isNull(dictGet(heap, c, handleGet(heap, h + 1)))) return result; // filled by a recursive call meanwhile
      if (!isNone(maxV) && dictLength(heap, c) >= loOf(maxV)) {
        const oldest = dictNext(heap, c, 0);
        if (oldest >= 0) dictDelete(heap, c, dictEntryKey(heap, c, oldest));
      }
      dictSet(heap, c, handleGet(heap, h + 1), result);
      return result;
    } finally { popHandles(heap, h); }
  },
  get: (heap, w, instance) => (isNull(instance) || isNone(instance) ? w : boundMethod(heap, w, instance)),
  getAttr: (heap, w, name) => {
    const own = dictGet(heap, nget(heap, w, 7), internStr(heap, name));
    if (!isNull(own)) return own;
    if (name === '__dict__') return nget(heap, w, 7);
    return NULL;
  },
  setAttr: (heap, w, name, v) => {
    if (isNull(v)) dictDelete(heap, nget(heap, w, 7), internStr(heap, name));
    else dictSet(heap, nget(heap, w, 7), internStr(heap, name), v);
    return true;
  },
});


/** Copies WRAPPER_ASSIGNMENTS from `wrapped` into the wrapper's attribute dict and sets __wrapped__. */
function copyAttributes(heap: Heap, w: Value, wrapped: Value): void {
  const h = pushHandle(heap, w);
  try {
    for (const name of WRAPPER_ASSIGNMENTS) {
      const v = attrOrNull(heap, wrapped, name);
      if (!isNull(v)) dictSet(heap, nget(heap, handleGet(heap, h), 7), internStr(heap, name), v);
    }
    dictSet(heap, nget(heap, handleGet(heap, h), 7), internStr(heap, '__wrapped__'), wrapped);
  } finally { popHandles(heap, h); }
}

/** A new wrapper of `f` with maxsize (None or int) and typed. */
function newWrapper(heap: Heap, f: Value, maxsize: Value, typed: Value): Value {
  const w = newExt(heap, lruWrapperType);
  nset(heap, w, 1, f);
  nset(heap, w, 2, newDict(heap));
  nset(heap, w, 3, maxsize);
  nset(heap, w, 4, typed);
  nset(heap, w, 5, fromInt32(0));
  nset(heap, w, 6, fromInt32(0));
  nset(heap, w, 7, newDict(heap));
  copyAttributes(heap, w, f);
  return w;
}

const KEY = extKey(lruWrapperType);
defineMethod(KEY, '_lru_cache_wrapper', 'cache_info', '', (heap, a) => {
  const w = self(heap, a);
  const t = newTuple(heap, 4);
  tupleInit(heap, t, 0, nget(heap, w, 5));
  tupleInit(heap, t, 1, nget(heap, w, 6));
  tupleInit(heap, t, 2, nget(heap, w, 3));
  tupleInit(heap, t, 3, fromInt32(dictLength(heap, nget(heap, w, 2))));
  return newStructSeq(heap, cacheInfo, t);
});
defineMethod(KEY, '_lru_cache_wrapper', 'cache_clear', '', (heap, a) => {
  const w = self(heap, a);
  nset(heap, w, 2, newDict(heap));
  nset(heap, w, 5, fromInt32(0));
  nset(heap, w, 6, fromInt32(0));
  return NONE;
});
defineMethod(KEY, '_lru_cache_wrapper', 'cache_parameters', '', (heap, a) => {
  const d = newDict(heap);
  dictSet(heap, d, strFromJs(heap, 'maxsize'), nget(heap, self(heap, a), 3));
  dictSet(heap, d, strFromJs(heap, 'typed'), nget(heap, self(heap, a), 4));
  return d;
});

/** The decorator lru_cache(maxsize, typed) returns: a builtin bound to (maxsize, typed). */
const decorating = defineFunction('functools', 'decorating_function', 'user_function, /', (heap, a) => {
  const params = self(heap, a);
  return newWrapper(heap, arg(heap, a, 0), tupleItem(heap, params, 0), tupleItem(heap, params, 1));
});

function isCallable(heap: Heap, v: Value): boolean {
  return tid(heap, v) === TypeId.FUNCTION || tid(heap, v) === TypeId.TYPE;
}

export const lruCache = defineFunction('functools', 'lru_cache', 'maxsize=, typed=', (heap, a) => {
  const m = arg(heap, a, 0);
  const typed = isNull(arg(heap, a, 1)) ? FALSE : (truthy(heap, arg(heap, a, 1)) ? TRUE : FALSE);
  let maxsize: Value = fromInt32(128);
  if (!isNull(m)) {
    const t = tid(heap, m);
    if (t === TypeId.INT || t === TypeId.BOOL) {
      const n = asInt(heap, m);
      maxsize = fromInt32(n < 0n ? 0 : Number(n > 0x7fffffffn ? 0x7fffffffn : n));
    } else if (isNone(m)) maxsize = NONE;
    else if (isCallable(heap, m)) return newWrapper(heap, m, fromInt32(128), typed);
    else raise('TypeError', 'Expected first argument to be an integer, a callable, or None');
  }
  const params = newTuple(heap, 2);
  tupleInit(heap, params, 0, maxsize);
  tupleInit(heap, params, 1, typed);
  return nativeValue(heap, decorating, params);
});

export const cache = defineFunction('functools', 'cache', 'user_function, /', (heap, a) => newWrapper(heap, arg(heap, a, 0), NONE, FALSE));
