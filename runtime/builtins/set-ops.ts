// The set algebra as CPython 3.13's Objects/setobject.c computes it: which operand is
// iterated, which table is copied (set_merge) or swapped, and when dummies are compacted.
// Iteration order is table order, so these choices show in every printed set.
//
// Rules kept from CPython: a result has the type of the left operand (set or frozenset);
// `|`, `&`, `-`, `^` need sets on both sides (else NotImplemented, and the caller raises);
// the methods accept any iterable. Values kept across calls that may run Python (hashing a
// user object, iterating a generator) sit in handles.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { NONE, NULL, type Value, isNull, sameValue } from '../value.js';
import { newSet, setAdd, setContains, setDiscard, setNext, setEntryKey, setLength, setMerge, setReserve, setCompact, setSwapBodies } from '../set.js';
import { dictGet, dictLength, dictNext, dictEntryKey } from '../dict.js';
import { tupleLength } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { defineMethod, arg, self } from './registry.js';
import { tid, tupleItem } from './protocol.js';
import { getIter, iterNext } from './containers.js';

const ST = TypeId.SET;

function isAnySet(heap: Heap, v: Value): boolean {
  const t = tid(heap, v);
  return t === TypeId.SET || t === TypeId.FROZENSET;
}

/** A new empty set of the same kind as `like` (make_new_set_basetype). */
function sameKind(heap: Heap, like: Value): Value {
  return newSet(heap, tid(heap, like) === TypeId.FROZENSET);
}

/** set_update_internal: merge a set, add a dict's keys after one resize, else iterate. */
export function setUpdate(heap: Heap, s: Value, other: Value): void {
  if (isAnySet(heap, other)) return setMerge(heap, s, other);
  const top = pushHandle(heap, s);
  try {
    if (tid(heap, other) === TypeId.DICT) {
      setReserve(heap, s, dictLength(heap, other));
      for (let p = dictNext(heap, other, 0); p >= 0; p = dictNext(heap, other, p + 1)) setAdd(heap, handleGet(heap, top), dictEntryKey(heap, other, p));
      return;
    }
    pushHandle(heap, other);
    const it = getIter(heap, other);
    pushHandle(heap, it);
    for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) setAdd(heap, handleGet(heap, top), k);
  } finally { popHandles(heap, top); }
}

/** set_copy: a new set of the same kind holding the same table layout. */
export function setCopy(heap: Heap, s: Value): Value {
  const out = sameKind(heap, s);
  setMerge(heap, out, s);
  return out;
}

/** make_new_set(kind, iterable): the set()/frozenset() constructors. */
export function setFrom(heap: Heap, iterable: Value, frozen: boolean): Value {
  const out = newSet(heap, frozen);
  if (isNull(iterable)) return out;
  const top = pushHandle(heap, out);
  try { setUpdate(heap, out, iterable); return handleGet(heap, top); } finally { popHandles(heap, top); }
}

/** `other` itself when it is a set, else a new set of its items (rooted in a handle the caller pops). */
function asSet(heap: Heap, other: Value): Value {
  if (isAnySet(heap, other)) return other;
  const s = setFrom(heap, other, false);
  pushHandle(heap, s);
  return s;
}

/** set_intersection: iterate the smaller set (or the iterable), keep what the other holds. */
export function setIntersection(heap: Heap, so: Value, other: Value): Value {
  if (sameValue(so, other)) return setCopy(heap, so);
  const result = sameKind(heap, so);
  const top = pushHandle(heap, result);
  try {
    pushHandle(heap, so);
    pushHandle(heap, other);
    if (isAnySet(heap, other)) {
      let big = so, small = other;
      if (setLength(heap, other) > setLength(heap, so)) { big = other; small = so; }
      for (let p = setNext(heap, small, 0); p >= 0; p = setNext(heap, small, p + 1)) {
        const k = setEntryKey(heap, small, p);
        if (setContains(heap, big, k)) setAdd(heap, result, k);
      }
      return result;
    }
    const it = getIter(heap, other);
    pushHandle(heap, it);
    for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) if (setContains(heap, handleGet(heap, top + 1), k)) setAdd(heap, handleGet(heap, top), k);
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

/** set_difference_update_internal: discard what `other` holds, then compact the dummies. */
export function setDifferenceUpdate(heap: Heap, so: Value, other: Value): void {
  if (isAnySet(heap, other) && sameValue(so, other)) { setSwapBodies(heap, so, newSet(heap)); return; }
  const top = pushHandle(heap, so);
  try {
    if (isAnySet(heap, other)) {
      for (let p = setNext(heap, other, 0); p >= 0; p = setNext(heap, other, p + 1)) setDiscard(heap, so, setEntryKey(heap, other, p));
    } else {
      pushHandle(heap, other);
      const it = getIter(heap, other);
      pushHandle(heap, it);
      for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) setDiscard(heap, handleGet(heap, top), k);
    }
    setCompact(heap, handleGet(heap, top));
  } finally { popHandles(heap, top); }
}

/** set_difference: copy-then-discard when `so` is much bigger, else iterate `so`. */
export function setDifference(heap: Heap, so: Value, other: Value): Value {
  let otherSize: number;
  if (isAnySet(heap, other)) otherSize = setLength(heap, other);
  else if (tid(heap, other) === TypeId.DICT) otherSize = dictLength(heap, other);
  else otherSize = -1;
  if (otherSize < 0 || (setLength(heap, so) >> 2) > otherSize) {
    const result = setCopy(heap, so);
    const top = pushHandle(heap, result);
    try { setDifferenceUpdate(heap, result, other); return handleGet(heap, top); } finally { popHandles(heap, top); }
  }
  const result = sameKind(heap, so);
  const top = pushHandle(heap, result);
  try {
    const dict = tid(heap, other) === TypeId.DICT;
    for (let p = setNext(heap, so, 0); p >= 0; p = setNext(heap, so, p + 1)) {
      const k = setEntryKey(heap, so, p);
      if (!(dict ? dictHas(heap, other, k) : setContains(heap, other, k))) setAdd(heap, result, k);
    }
    return result;
  } finally { popHandles(heap, top); }
}

function dictHas(heap: Heap, d: Value, k: Value): boolean {
  return !isNull(dictGet(heap, d, k));
}

/** set_symmetric_difference_update: for each key of `other` (as a set), discard it or add it. */
export function setSymmetricDifferenceUpdate(heap: Heap, so: Value, other: Value): void {
  if (isAnySet(heap, other) && sameValue(so, other)) { setSwapBodies(heap, so, newSet(heap)); return; }
  const top = pushHandle(heap, so);
  try {
    const o = isAnySet(heap, other) ? other : setFrom(heap, other, tid(heap, so) === TypeId.FROZENSET);
    pushHandle(heap, o);
    const s = handleGet(heap, top);
    for (let p = setNext(heap, o, 0); p >= 0; p = setNext(heap, o, p + 1)) {
      const k = setEntryKey(heap, o, p);
      if (!setDiscard(heap, s, k)) setAdd(heap, s, k);
    }
  } finally { popHandles(heap, top); }
}

/** set_symmetric_difference: a new set of `other`'s items, updated with `so`. */
export function setSymmetricDifference(heap: Heap, so: Value, other: Value): Value {
  const top = pushHandle(heap, so);
  try {
    const result = setFrom(heap, other, tid(heap, so) === TypeId.FROZENSET);
    pushHandle(heap, result);
    setSymmetricDifferenceUpdate(heap, result, handleGet(heap, top));
    return result;
  } finally { popHandles(heap, top); }
}

/** The binary operators on two sets (`|`, `&`, `-`, `^`); in place for `|=` etc. */
export function setBinary(heap: Heap, op: 'or' | 'and' | 'sub' | 'xor', a: Value, b: Value, inplace: boolean): Value {
  if (inplace && tid(heap, a) === TypeId.SET) {
    switch (op) {
      case 'or': setUpdate(heap, a, b); return a;
      case 'and': { const tmp = setIntersection(heap, a, b); setSwapBodies(heap, a, tmp); return a; }
      case 'sub': setDifferenceUpdate(heap, a, b); return a;
      default: setSymmetricDifferenceUpdate(heap, a, b); return a;
    }
  }
  switch (op) {
    case 'or': {
      const result = setCopy(heap, a);
      const top = pushHandle(heap, result);
      try { if (!sameValue(a, b)) setUpdate(heap, result, b); return handleGet(heap, top); } finally { popHandles(heap, top); }
    }
    case 'and': return setIntersection(heap, a, b);
    case 'sub': return setDifference(heap, a, b);
    default: return setSymmetricDifference(heap, a, b);
  }
}

// --- methods ---

defineMethod(ST, 'set', 'update', '*others', (heap, a) => {
  const others = arg(heap, a, 0);
  for (let i = 0; i < tupleLength(heap, others); i++) setUpdate(heap, self(heap, a), tupleItem(heap, others, i));
  return NONE;
});
// frozenset.copy() of an exact frozenset is the frozenset itself (frozenset_copy).
defineMethod(ST, 'set', 'copy', '', (heap, a) => (tid(heap, self(heap, a)) === TypeId.FROZENSET ? self(heap, a) : setCopy(heap, self(heap, a))));
defineMethod(ST, 'set', 'union', '*others', (heap, a) => {
  const others = arg(heap, a, 0);
  const result = setCopy(heap, self(heap, a));
  const top = pushHandle(heap, result);
  try {
    for (let i = 0; i < tupleLength(heap, others); i++) {
      const o = tupleItem(heap, others, i);
      if (!sameValue(o, self(heap, a))) setUpdate(heap, handleGet(heap, top), o);
    }
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
});
/** set_intersection_multi: a copy without arguments, else intersect left to right. */
function intersectionMulti(heap: Heap, so: Value, others: Value): Value {
  if (tupleLength(heap, others) === 0) return setCopy(heap, so);
  const top = pushHandle(heap, so);
  try {
    for (let i = 0; i < tupleLength(heap, others); i++) handleSetTop(heap, top, setIntersection(heap, handleGet(heap, top), tupleItem(heap, others, i)));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}
function handleSetTop(heap: Heap, h: number, v: Value): void {
  popHandles(heap, h);
  pushHandle(heap, v);
}
defineMethod(ST, 'set', 'intersection', '*others', (heap, a) => intersectionMulti(heap, self(heap, a), arg(heap, a, 0)));
defineMethod(ST, 'set', 'intersection_update', '*others', (heap, a) => {
  const tmp = intersectionMulti(heap, self(heap, a), arg(heap, a, 0));
  setSwapBodies(heap, self(heap, a), tmp);
  return NONE;
});
defineMethod(ST, 'set', 'difference', '*others', (heap, a) => {
  const so = self(heap, a), others = arg(heap, a, 0);
  if (tupleLength(heap, others) === 0) return setCopy(heap, so);
  const result = setDifference(heap, so, tupleItem(heap, others, 0));
  const top = pushHandle(heap, result);
  try {
    for (let i = 1; i < tupleLength(heap, others); i++) setDifferenceUpdate(heap, handleGet(heap, top), tupleItem(heap, others, i));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
});
defineMethod(ST, 'set', 'difference_update', '*others', (heap, a) => {
  const others = arg(heap, a, 0);
  for (let i = 0; i < tupleLength(heap, others); i++) setDifferenceUpdate(heap, self(heap, a), tupleItem(heap, others, i));
  return NONE;
});
defineMethod(ST, 'set', 'symmetric_difference', 'other, /', (heap, a) => setSymmetricDifference(heap, self(heap, a), arg(heap, a, 0)));
defineMethod(ST, 'set', 'symmetric_difference_update', 'other, /', (heap, a) => {
  setSymmetricDifferenceUpdate(heap, self(heap, a), arg(heap, a, 0));
  return NONE;
});
defineMethod(ST, 'set', 'isdisjoint', 'other, /', (heap, a) => {
  const s = self(heap, a), other = arg(heap, a, 0);
  const top = pushHandle(heap, NULL);
  try {
    const o = asSet(heap, other);
    let small = s, big = o;
    if (setLength(heap, o) < setLength(heap, s)) { small = o; big = s; }
    for (let p = setNext(heap, small, 0); p >= 0; p = setNext(heap, small, p + 1)) if (setContains(heap, big, setEntryKey(heap, small, p))) return FALSE_;
    return TRUE_;
  } finally { popHandles(heap, top); }
});
import { TRUE as TRUE_, FALSE as FALSE_ } from '../value.js';
