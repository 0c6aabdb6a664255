// itertools' combinatoric iterators: product, permutations, combinations,
// combinations_with_replacement. As CPython's, each reads its inputs into pools when it is
// created and then yields tuples lazily, in CPython's order (its index-vector algorithms).
// Index vectors are heap lists of small ints in the object's fields.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NULL, isNull, isNone, fromInt32, loOf } from '../value.js';
import { newList, listAppend, listLength, listGet, listSet, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { raise } from '../builtins/exceptions.js';
import { arg } from '../builtins/registry.js';
import { tid, tupleItem } from '../builtins/protocol.js';
import { extendFromIterable } from '../builtins/containers.js';
import { pushHandle, popHandles } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import type { ExtType } from '../builtins/ext-types.js';
import { iterClass, make } from './itertools-support.js';
import { asInt } from './math.js';

/** tuple(iterable) (the pool). */
function toTuple(heap: Heap, iterable: Value): Value {
  if (tid(heap, iterable) === TypeId.TUPLE) return iterable;
  const l = newList(heap);
  const h = pushHandle(heap, l);
  try {
    extendFromIterable(heap, l, iterable);
    const t = newTuple(heap, listLength(heap, l));
    for (let i = 0; i < listLength(heap, l); i++) tupleInit(heap, t, i, listGet(heap, l, i));
    return t;
  } finally { popHandles(heap, h); }
}

function intList(heap: Heap, values: readonly number[]): Value {
  const l = newList(heap, values.length);
  for (const x of values) listAppend(heap, l, fromInt32(x));
  return l;
}
const at = (heap: Heap, l: Value, i: number): number => loOf(listGet(heap, l, i));
const put = (heap: Heap, l: Value, i: number, x: number): void => listSet(heap, l, i, fromInt32(x));

/** tuple(pool[i] for i in indices[:r]). */
function pick(heap: Heap, pool: Value, indices: Value, r: number): Value {
  const t = newTuple(heap, r);
  for (let k = 0; k < r; k++) tupleInit(heap, t, k, tupleItem(heap, pool, at(heap, indices, k)));
  return t;
}

/** An `r` argument: a non-negative int (CPython's messages). */
function rArg(heap: Heap, v: Value): number {
  if (tid(heap, v) !== TypeId.INT && tid(heap, v) !== TypeId.BOOL) raise('TypeError', `'${tid(heap, v) === TypeId.FLOAT ? 'float' : 'object'}' object cannot be interpreted as an integer`);
  const r = asInt(heap, v);
  if (r < 0n) raise('ValueError', 'r must be non-negative');
  return Number(r > 0x7fffffffn ? 0x7fffffffn : r);
}

const STATE_FIRST = 0, STATE_RUNNING = 1, STATE_DONE = 2;
const state = (heap: Heap, v: Value): number => loOf(nget(heap, v, 5));
const setState = (heap: Heap, v: Value, s: number): void => nset(heap, v, 5, fromInt32(s));

// product: F1 pools (tuple of tuples, repeated), F2 indices, F5 state.
const productType: ExtType = iterClass('product', '*iterables, repeat=', (heap, a) => {
  const repV = arg(heap, a, 1);
  let rep = 1;
  if (!isNull(repV)) {
    const r = asInt(heap, repV);
    if (r < 0n) raise('ValueError', 'repeat argument cannot be negative');
    rep = Number(r);
  }
  const src = arg(heap, a, 0);
  const m = tupleLength(heap, src);
  const pools = newTuple(heap, m * rep);
  const h = pushHandle(heap, pools);
  try {
    for (let i = 0; i < m; i++) {
      const pool = toTuple(heap, tupleItem(heap, arg(heap, a, 0), i));
      for (let k = 0; k < rep; k++) tupleInit(heap, pools, k * m + i, pool);
    }
    return make(heap, productType, pools, intList(heap, new Array(m * rep).fill(0)), NULL, NULL, fromInt32(STATE_FIRST));
  } finally { popHandles(heap, h); }
}, {
  next: (heap, v) => {
    const pools = nget(heap, v, 1), indices = nget(heap, v, 2);
    const n = tupleLength(heap, pools);
    const s = state(heap, v);
    if (s === STATE_DONE) return NULL;
    if (s === STATE_FIRST) {
      for (let i = 0; i < n; i++) if (tupleLength(heap, tupleItem(heap, pools, i)) === 0) { setState(heap, v, STATE_DONE); return NULL; }
      setState(heap, v, STATE_RUNNING);
    } else {
      let i = n - 1;
      for (; i >= 0; i--) {
        const next = at(heap, indices, i) + 1;
        if (next < tupleLength(heap, tupleItem(heap, pools, i))) { put(heap, indices, i, next); break; }
        put(heap, indices, i, 0);
      }
      if (i < 0) { setState(heap, v, STATE_DONE); return NULL; }
    }
    const t = newTuple(heap, n);
    for (let i = 0; i < n; i++) tupleInit(heap, t, i, tupleItem(heap, tupleItem(heap, pools, i), at(heap, indices, i)));
    return t;
  },
});

// combinations / combinations_with_replacement: F1 pool, F2 indices, F3 r, F5 state.
function comboCtor(t: () => ExtType, replacement: boolean) {
  return (heap: Heap, a: number): Value => {
    const pool = toTuple(heap, arg(heap, a, 0));
    const h = pushHandle(heap, pool);
    try {
      const r = rArg(heap, arg(heap, a, 1));
      const n = tupleLength(heap, pool);
      const empty = replacement ? n === 0 && r > 0 : r > n;
      const start = Array.from({ length: r }, (_, i) => (replacement ? 0 : i));
      return make(heap, t(), pool, intList(heap, empty ? [] : start), fromInt32(r), NULL, fromInt32(empty ? STATE_DONE : STATE_FIRST));
    } finally { popHandles(heap, h); }
  };
}
function comboNext(replacement: boolean) {
  return (heap: Heap, v: Value): Value => {
    const pool = nget(heap, v, 1), indices = nget(heap, v, 2);
    const r = loOf(nget(heap, v, 3));
    const n = tupleLength(heap, pool);
    const s = state(heap, v);
    if (s === STATE_DONE) return NULL;
    if (s === STATE_FIRST) { setState(heap, v, STATE_RUNNING); return pick(heap, pool, indices, r); }
    let i = r - 1;
    if (replacement) {
      while (i >= 0 && at(heap, indices, i) === n - 1) i--;
      if (i < 0) { setState(heap, v, STATE_DONE); return NULL; }
      const x = at(heap, indices, i) + 1;
      for (let j = i; j < r; j++) put(heap, indices, j, x);
    } else {
      while (i >= 0 && at(heap, indices, i) === i + n - r) i--;
      if (i < 0) { setState(heap, v, STATE_DONE); return NULL; }
      put(heap, indices, i, at(heap, indices, i) + 1);
      for (let j = i + 1; j < r; j++) put(heap, indices, j, at(heap, indices, j - 1) + 1);
    }
    return pick(heap, pool, indices, r);
  };
}
const combinationsType: ExtType = iterClass('combinations', 'iterable, r', comboCtor(() => combinationsType, false), { next: comboNext(false) });
const cwrType: ExtType = iterClass('combinations_with_replacement', 'iterable, r', comboCtor(() => cwrType, true), { next: comboNext(true) });

// permutations: F1 pool, F2 indices, F3 cycles, F4 r, F5 state.
const permutationsType: ExtType = iterClass('permutations', 'iterable, r=', (heap, a) => {
  const pool = toTuple(heap, arg(heap, a, 0));
  const h = pushHandle(heap, pool);
  try {
    const n = tupleLength(heap, pool);
    const rV = arg(heap, a, 1);
    if (!isNull(rV) && !isNone(rV) && tid(heap, rV) !== TypeId.INT && tid(heap, rV) !== TypeId.BOOL) raise('TypeError', 'Expected int as r');
    const r = isNull(rV) || isNone(rV) ? n : rArg(heap, rV);
    const indices = intList(heap, Array.from({ length: n }, (_, i) => i));
    const cycles = intList(heap, Array.from({ length: Math.min(r, n) }, (_, i) => n - i));
    return make(heap, permutationsType, pool, indices, cycles, fromInt32(r), fromInt32(r > n ? STATE_DONE : STATE_FIRST));
  } finally { popHandles(heap, h); }
}, {
  next: (heap, v) => {
    const pool = nget(heap, v, 1), indices = nget(heap, v, 2), cycles = nget(heap, v, 3);
    const r = loOf(nget(heap, v, 4));
    const n = tupleLength(heap, pool);
    const s = state(heap, v);
    if (s === STATE_DONE) return NULL;
    if (s === STATE_FIRST) { setState(heap, v, n === 0 ? STATE_DONE : STATE_RUNNING); return pick(heap, pool, indices, r); }
    for (let i = r - 1; i >= 0; i--) {
      const c = at(heap, cycles, i) - 1;
      if (c === 0) {
        // indices[i:] = indices[i+1:] + indices[i:i+1]
        const first = at(heap, indices, i);
        for (let j = i; j < n - 1; j++) put(heap, indices, j, at(heap, indices, j + 1));
        put(heap, indices, n - 1, first);
        put(heap, cycles, i, n - i);
      } else {
        put(heap, cycles, i, c);
        const j = n - c;
        const x = at(heap, indices, i);
        put(heap, indices, i, at(heap, indices, j));
        put(heap, indices, j, x);
        return pick(heap, pool, indices, r);
      }
    }
    setState(heap, v, STATE_DONE);
    return NULL;
  },
});

export { productType, combinationsType, cwrType, permutationsType };
