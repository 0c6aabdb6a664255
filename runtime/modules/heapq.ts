// The `heapq` module: CPython's _heapq algorithms on heap lists (the same `<` comparisons in
// the same order, so heaps print identically and user __lt__ methods see the same calls),
// plus merge/nlargest/nsmallest with heapq.py's results (stable: ties keep input order).
//
// A comparison may run Python (__lt__), which is a safepoint: the list is an argument (a
// handle), and items are re-read from it after every comparison, as the C code does.

import type { Heap } from '../heap.js';
import { type Value, NONE, NULL, isNull, isNone, fromInt32, loOf, unpack2, words, HI_INT } from '../value.js';
import { isList, listAppend, listGet, listLength, listSet, listPop, newList, tupleLength } from '../sequence.js';
import { typeError, indexError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { compare, tupleItem, typeNameOf, truthy } from '../builtins/protocol.js';
import { getIter, iterNext, iterHooks, extendFromIterable } from '../builtins/containers.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { builtinValue } from '../builtins/class-hooks.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, newExt } from '../builtins/ext-types.js';
import { asInt } from './math.js';

/** a < b as PyObject_RichCompareBool(a, b, Py_LT). */
export function lessThan(heap: Heap, a: Value, b: Value): boolean {
  // Fast paths for the common heaps of floats and small ints (the same answer compare() gives).
  if (a === a && b === b) return a < b;
  unpack2(a, b);
  if (words[1] === HI_INT && words[3] === HI_INT) return words[0] < words[2];
  const c = compare(heap, a, b, '<');
  return c !== undefined && c < 0;
}

/** The list a heap function works on: a list, or the list inside a list subclass instance. */
function checkList(heap: Heap, v: Value, fn: string): Value {
  // Argument Clinic numbers the argument only when the function takes more than one.
  const which = fn === 'heappop' || fn === 'heapify' || fn === '_heappop_max' || fn === '_heapify_max' ? 'argument' : 'argument 1';
  const list = builtinValue(heap, v);
  if (!isList(heap, list)) throw typeError(`${fn}() ${which} must be list, not ${typeNameOf(heap, v)}`);
  return list;
}

function sizeChanged(heap: Heap, list: Value, size: number): void {
  if (listLength(heap, list) !== size) raise('RuntimeError', 'list changed size during iteration');
}

/** Moves heap[pos] up towards startpos (CPython's siftdown); `max` flips the order. */
function siftDown(heap: Heap, list: Value, startpos: number, pos: number, max: boolean): void {
  const size = listLength(heap, list);
  if (pos >= size) throw indexError('index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const lt = max ? lessThan(heap, listGet(heap, list, parentpos), listGet(heap, list, pos))
      : lessThan(heap, listGet(heap, list, pos), listGet(heap, list, parentpos));
    sizeChanged(heap, list, size);
    if (!lt) break;
    const parent = listGet(heap, list, parentpos);
    listSet(heap, list, parentpos, listGet(heap, list, pos));
    listSet(heap, list, pos, parent);
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf, then sifts down (CPython's siftup). */
function siftUp(heap: Heap, list: Value, pos: number, max: boolean): void {
  const endpos = listLength(heap, list);
  const startpos = pos;
  if (pos >= endpos) throw indexError('index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = max ? lessThan(heap, listGet(heap, list, childpos + 1), listGet(heap, list, childpos))
        : lessThan(heap, listGet(heap, list, childpos), listGet(heap, list, childpos + 1));
      if (!lt) childpos++;
      sizeChanged(heap, list, endpos);
    }
    const child = listGet(heap, list, childpos);
    listSet(heap, list, childpos, listGet(heap, list, pos));
    listSet(heap, list, pos, child);
    pos = childpos;
  }
  siftDown(heap, list, startpos, pos, max);
}

export function heapify(heap: Heap, list: Value, max = false): void {
  // CPython switches to a cache-friendly traversal above 2,500 items; it documents (and its
  // comparisons confirm) that both build the same heap, so the simple order suffices here.
  for (let i = (listLength(heap, list) >> 1) - 1; i >= 0; i--) siftUp(heap, list, i, max);
}

function heappop(heap: Heap, list: Value, max: boolean): Value {
  const n = listLength(heap, list);
  if (n === 0) throw indexError('index out of range');
  const last = listPop(heap, list);
  if (n === 1) return last;
  const top = listGet(heap, list, 0);
  const h = pushHandle(heap, top);
  try {
    listSet(heap, list, 0, last);
    siftUp(heap, list, 0, max);
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
}

function heapreplace(heap: Heap, list: Value, item: Value, max: boolean): Value {
  if (listLength(heap, list) === 0) throw indexError('index out of range');
  const top = listGet(heap, list, 0);
  const h = pushHandle(heap, top);
  try {
    listSet(heap, list, 0, item);
    siftUp(heap, list, 0, max);
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
}

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('heapq', name, sig, fn)]);
}

def('heappush', 'heap, item, /', (heap, a) => {
  const list = checkList(heap, arg(heap, a, 0), 'heappush');
  listAppend(heap, list, arg(heap, a, 1));
  siftDown(heap, list, 0, listLength(heap, list) - 1, false);
  return NONE;
});
def('heappop', 'heap, /', (heap, a) => heappop(heap, checkList(heap, arg(heap, a, 0), 'heappop'), false));
def('heapreplace', 'heap, item, /', (heap, a) => heapreplace(heap, checkList(heap, arg(heap, a, 0), 'heapreplace'), arg(heap, a, 1), false));
def('heappushpop', 'heap, item, /', (heap, a) => {
  const list = checkList(heap, arg(heap, a, 0), 'heappushpop'), item = arg(heap, a, 1);
  if (listLength(heap, list) === 0) return item;
  if (!lessThan(heap, listGet(heap, list, 0), item)) return item;
  return heapreplace(heap, list, item, false);
});
def('heapify', 'heap, /', (heap, a) => { heapify(heap, checkList(heap, arg(heap, a, 0), 'heapify')); return NONE; });
def('_heappop_max', 'heap, /', (heap, a) => heappop(heap, checkList(heap, arg(heap, a, 0), '_heappop_max'), true));
def('_heapreplace_max', 'heap, item, /', (heap, a) => heapreplace(heap, checkList(heap, arg(heap, a, 0), '_heapreplace_max'), arg(heap, a, 1), true));
def('_heapify_max', 'heap, /', (heap, a) => { heapify(heap, checkList(heap, arg(heap, a, 0), '_heapify_max'), true); return NONE; });

// --- nsmallest / nlargest ---

/**
 * The first n of a stable sort of `iterable` by key (descending when `largest`): what
 * heapq.nsmallest/nlargest return (heapq.py documents them as equivalent to sorted()[:n]).
 */
function nBest(heap: Heap, a: number, largest: boolean): Value {
  const n = Number(asInt(heap, arg(heap, a, 0)));
  const items = newList(heap);
  const keys = newList(heap);
  const h = pushHandle(heap, items);
  pushHandle(heap, keys);
  try {
    extendFromIterable(heap, items, arg(heap, a, 1));
    const key = arg(heap, a, 2);
    const useKey = !isNull(key) && !isNone(key);
    const m = listLength(heap, items);
    for (let i = 0; i < m; i++) listAppend(heap, keys, useKey ? iterHooks.call1(heap, arg(heap, a, 2), listGet(heap, items, i)) : listGet(heap, items, i));
    const out = newList(heap);
    if (n <= 0) return out;
    const order = Array.from({ length: m }, (_, i) => i);
    order.sort((i, j) => {
      const x = listGet(heap, keys, i), y = listGet(heap, keys, j);
      if (largest ? lessThan(heap, y, x) : lessThan(heap, x, y)) return -1;
      if (largest ? lessThan(heap, x, y) : lessThan(heap, y, x)) return 1;
      return 0;
    });
    for (let k = 0; k < Math.min(n, m); k++) listAppend(heap, out, listGet(heap, items, order[k]));
    return out;
  } finally { popHandles(heap, h); }
}
def('nsmallest', 'n, iterable, key=', (heap, a) => nBest(heap, a, false));
def('nlargest', 'n, iterable, key=', (heap, a) => nBest(heap, a, true));

// --- merge ---

/**
 * heapq.merge's generator: F1 a list of the input iterators (None once exhausted), F2 their
 * current items, F3 the items' keys, F4 the key function or None, F5 reverse (bool), F6
 * started (small int). Each step yields the smallest (largest if reverse) current key,
 * ties going to the earliest input, as heapq.py's [key, order, ...] entries order them.
 */
const mergeType = defineExtType('generator', 'builtins', {
  repr: (heap, v) => `<generator object merge at 0x${(loOf(v) >>> 0).toString(16).padStart(12, '0')}>`,
  next: (heap, v) => {
    const its = nget(heap, v, 1);
    const n = listLength(heap, its);
    const hasKey = !isNone(nget(heap, v, 4));
    const reverse = truthy(heap, nget(heap, v, 5));
    const advance = (i: number): void => {
      const it = listGet(heap, nget(heap, v, 1), i);
      if (isNone(it)) return;
      const x = iterNext(heap, it);
      if (isNull(x)) { listSet(heap, nget(heap, v, 1), i, NONE); return; }
      listSet(heap, nget(heap, v, 2), i, x);
      listSet(heap, nget(heap, v, 3), i, hasKey ? iterHooks.call1(heap, nget(heap, v, 4), x) : x);
    };
    if (loOf(nget(heap, v, 6)) === 0) {
      nset(heap, v, 6, fromInt32(1));
      for (let i = 0; i < n; i++) advance(i);
    }
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (isNone(listGet(heap, nget(heap, v, 1), i))) continue;
      if (best < 0) { best = i; continue; }
      const ki = listGet(heap, nget(heap, v, 3), i), kb = listGet(heap, nget(heap, v, 3), best);
      if (reverse ? lessThan(heap, kb, ki) : lessThan(heap, ki, kb)) best = i;
    }
    if (best < 0) return NULL;
    const out = listGet(heap, nget(heap, v, 2), best);
    const h = pushHandle(heap, out);
    try {
      advance(best);
      return handleGet(heap, h);
    } finally { popHandles(heap, h); }
  },
});
def('merge', '*iterables, key=, reverse=', (heap, a) => {
  const its = newList(heap);
  const h = pushHandle(heap, its);
  try {
    const src = arg(heap, a, 0);
    for (let i = 0; i < tupleLength(heap, src); i++) listAppend(heap, its, getIter(heap, tupleItem(heap, arg(heap, a, 0), i)));
    const items = newList(heap);
    pushHandle(heap, items);
    const keys = newList(heap);
    pushHandle(heap, keys);
    for (let i = 0; i < listLength(heap, its); i++) { listAppend(heap, items, NONE); listAppend(heap, keys, NONE); }
    const g = newExt(heap, mergeType);
    nset(heap, g, 1, its);
    nset(heap, g, 2, items);
    nset(heap, g, 3, keys);
    nset(heap, g, 4, isNull(arg(heap, a, 1)) ? NONE : arg(heap, a, 1));
    nset(heap, g, 5, isNull(arg(heap, a, 2)) ? NONE : arg(heap, a, 2));
    nset(heap, g, 6, fromInt32(0));
    return g;
  } finally { popHandles(heap, h); }
});

defineModule('heapq', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
});
