// The `bisect` module: CPython's _bisect. The sequence is read with a[i] (any sequence, list
// fast path), keys with key(a[i]) on each probe, comparisons are `<` in CPython's direction
// (bisect_right: x < a[mid]; bisect_left: a[mid] < x), and insort inserts with list.insert
// (or the object's own insert method).

import type { Heap } from '../heap.js';
import { type Value, NONE, isNull, isNone, fromInt32 } from '../value.js';
import { intFromBigInt } from '../int.js';
import { isList, listGet, listInsert } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr, loadAttr } from '../builtins/objects.js';
import { lengthOf, typeNameOf } from '../builtins/protocol.js';
import { getItem, iterHooks } from '../builtins/containers.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { newTuple, tupleInit } from '../sequence.js';
import { asInt } from './math.js';
import { lessThan } from './heapq.js';

/** The probe range [lo, hi) with CPython's checks (hi None or -1: len(a)). */
function range(heap: Heap, a: Value, loV: Value, hiV: Value): [number, number] {
  const lo = isNull(loV) ? 0 : Number(asInt(heap, loV));
  if (lo < 0) raise('ValueError', 'lo must be non-negative');
  let hi = isNull(hiV) || isNone(hiV) ? -1 : Number(asInt(heap, hiV));
  if (hi === -1) {
    hi = lengthOf(heap, a);
    if (hi < 0) throw typeError(`object of type '${typeNameOf(heap, a)}' has no len()`);
  }
  return [lo, hi];
}

function itemAt(heap: Heap, a: Value, i: number): Value {
  return isList(heap, a) ? listGet(heap, a, i) : getItem(heap, a, fromInt32(i));
}

/** bisect_left (right = false) or bisect_right; `x` is already the key when `key` is given. */
function search(heap: Heap, a: Value, x: Value, lo: number, hi: number, key: Value, right: boolean): number {
  const useKey = !isNull(key) && !isNone(key);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(heap, a, mid);
    if (useKey) item = iterHooks.call1(heap, key, item);
    const goLeft = right ? lessThan(heap, x, item) : !lessThan(heap, item, x);
    if (goLeft) hi = mid; else lo = mid + 1;
  }
  return lo;
}

const entries: [string, NativeEntry][] = [];
function def(name: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('bisect', name, 'a, x, lo=, hi=, *, key=', fn)]);
}

function bisectFn(right: boolean) {
  return (heap: Heap, a: number): Value => {
    const [lo, hi] = range(heap, arg(heap, a, 0), arg(heap, a, 2), arg(heap, a, 3));
    return intFromBigInt(heap, BigInt(search(heap, arg(heap, a, 0), arg(heap, a, 1), lo, hi, arg(heap, a, 4), right)));
  };
}

function insortFn(right: boolean) {
  return (heap: Heap, a: number): Value => {
    const seq = arg(heap, a, 0);
    const key = arg(heap, a, 4);
    const x = isNull(key) || isNone(key) ? arg(heap, a, 1) : iterHooks.call1(heap, key, arg(heap, a, 1));
    const h = pushHandle(heap, x);
    try {
      const [lo, hi] = range(heap, seq, arg(heap, a, 2), arg(heap, a, 3));
      const i = search(heap, arg(heap, a, 0), handleGet(heap, h), lo, hi, arg(heap, a, 4), right);
      if (isList(heap, arg(heap, a, 0))) { listInsert(heap, arg(heap, a, 0), i, arg(heap, a, 1)); return NONE; }
      const insert = loadAttr(heap, arg(heap, a, 0), 'insert');
      pushHandle(heap, insert);
      const args = newTuple(heap, 2);
      tupleInit(heap, args, 0, fromInt32(i));
      tupleInit(heap, args, 1, arg(heap, a, 1));
      iterHooks.callN(heap, insert, args);
      return NONE;
    } finally { popHandles(heap, h); }
  };
}

def('bisect_right', bisectFn(true));
def('bisect_left', bisectFn(false));
def('insort_right', insortFn(true));
def('insort_left', insortFn(false));

defineModule('bisect', (heap, dict) => {
  for (const [name, entry] of entries) {
    const f = nativeValue(heap, entry);
    setAttr(heap, dict, name, f);
    // bisect and insort are the _right variants themselves (bisect.bisect is bisect.bisect_right).
    if (name === 'bisect_right') setAttr(heap, dict, 'bisect', f);
    if (name === 'insort_right') setAttr(heap, dict, 'insort', f);
  }
});
