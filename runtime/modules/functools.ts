// The `functools` module: reduce and partial. Python callables are called back through the
// interpreter's iterHooks.callN (runtime/builtins/containers.ts), which is a safepoint: every
// Value kept across a call lives in a handle.
//
// partial objects are builtin functions bound to a (func, args) tuple — a bound native whose
// `self` carries the state — so they call and compose like CPython's, but their repr is a
// builtin method's and .func/.args/.keywords are not attributes. Not offered yet (each needs a
// native class or keyword arguments in calls back into Python): partial keywords, lru_cache,
// cache, cmp_to_key, wraps, total_ordering, singledispatch.

import type { Heap } from '../heap.js';
import { type Value, isNull } from '../value.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, self } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tupleItem, typeNameOf } from '../builtins/protocol.js';
import { getIter, iterNext, iterHooks } from '../builtins/containers.js';
import { pushHandle, popHandles, handleGet, handleSet } from '../gc.js';
import { dictLength as dictSize } from '../dict.js';

/** A two-item tuple (a, b): the argument tuple for callN. */
function pair(heap: Heap, a: Value, b: Value): Value {
  const ha = pushHandle(heap, a);
  pushHandle(heap, b);
  try {
    const t = newTuple(heap, 2);
    tupleInit(heap, t, 0, handleGet(heap, ha));
    tupleInit(heap, t, 1, handleGet(heap, ha + 1));
    return t;
  } finally { popHandles(heap, ha); }
}

const reduce = defineFunction('functools', 'reduce', 'function, iterable, initial=, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 1), () => `reduce() arg 2 must support iteration`);
  const hIt = pushHandle(heap, it);
  try {
    let acc = arg(heap, a, 2);
    if (isNull(acc)) {
      acc = iterNext(heap, handleGet(heap, hIt));
      if (isNull(acc)) throw typeError('reduce() of empty iterable with no initial value');
    }
    const hAcc = pushHandle(heap, acc);
    for (let x = iterNext(heap, handleGet(heap, hIt)); !isNull(x); x = iterNext(heap, handleGet(heap, hIt))) {
      const args = pair(heap, handleGet(heap, hAcc), x);
      handleSet(heap, hAcc, iterHooks.callN(heap, arg(heap, a, 0), args));
    }
    return handleGet(heap, hAcc);
  } finally { popHandles(heap, hIt); }
});

/** Calling a partial: its stored arguments, then the call's. self = (func, args tuple). */
const partialCall = defineFunction('functools', 'partial', '*args', (heap, a) => {
  const state = self(heap, a);
  const stored = tupleItem(heap, state, 1);
  const extra = arg(heap, a, 0);
  const n = tupleLength(heap, stored);
  const m = tupleLength(heap, extra);
  const all = newTuple(heap, n + m);
  for (let i = 0; i < n; i++) tupleInit(heap, all, i, tupleItem(heap, tupleItem(heap, self(heap, a), 1), i));
  for (let i = 0; i < m; i++) tupleInit(heap, all, n + i, tupleItem(heap, arg(heap, a, 0), i));
  return iterHooks.callN(heap, tupleItem(heap, self(heap, a), 0), all);
});

const partial = defineFunction('functools', 'partial', 'func, /, *args, **keywords', (heap, a) => {
  const f = arg(heap, a, 0);
  const kinds = typeNameOf(heap, f);
  if (kinds === 'NoneType' || kinds === 'int' || kinds === 'str' || kinds === 'float') {
    throw typeError('the first argument must be callable');
  }
  const kw = arg(heap, a, 2);
  if (!isNull(kw) && typeNameOf(heap, kw) === 'dict' && dictSize(heap, kw) > 0) {
    raise('NotImplementedError', 'functools.partial with keyword arguments is not supported by pyx yet');
  }
  const state = pair(heap, f, arg(heap, a, 1));
  return nativeValue(heap, partialCall, state);
});

defineModule('functools', (heap, dict) => {
  setAttr(heap, dict, 'reduce', nativeValue(heap, reduce));
  setAttr(heap, dict, 'partial', nativeValue(heap, partial));
});
