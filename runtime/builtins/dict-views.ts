// The set operations of dict_keys and dict_items (Objects/dictobject.c's dictviews_*):
// `keys | x`, `keys & x`, `keys - x`, `keys ^ x` (either side a view) and isdisjoint. The result of an operator is a new set; CPython builds it from the left
// operand (dictviews_to_set: a keys view of a dict copies the dict's keys) and then applies
// the in-place set method with the right one, except `&`, which iterates the other operand.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { FALSE, TRUE, type Value, isNull, loOf } from '../value.js';
import { dictGet, dictLength } from '../dict.js';
import { newSet, setAdd, setContains, setLength } from '../set.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { NativeKind, nativeKind, nget } from './native.js';
import { defineMethod, arg, self } from './registry.js';
import { setFrom, setUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate, setIntersection } from './set-ops.js';
import { contains, getIter, iterNext } from './containers.js';
import { eq, tid, lengthOf, viewHooks } from './protocol.js';
import { sameValue } from '../value.js';

/** A dict_keys or dict_items view (dict_values has no set operations). */
export function isSetLikeView(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.DICT_VIEW && loOf(nget(heap, v, 1)) !== 1;
}

/** dictviews_to_set: set(view), reading a keys view's dict directly (same order as CPython). */
function toSet(heap: Heap, v: Value): Value {
  if (nativeKind(heap, v) === NativeKind.DICT_VIEW && loOf(nget(heap, v, 1)) === 0) return setFrom(heap, nget(heap, v, 0), false);
  return setFrom(heap, v, false);
}

/** `item in view` for keys (a dict lookup) and items (lookup, then compare the value). */
function viewContains(heap: Heap, view: Value, item: Value): boolean {
  const d = nget(heap, view, 0);
  if (loOf(nget(heap, view, 1)) === 0) return !isNull(dictGet(heap, d, item));
  return contains(heap, view, item);
}

/** _PyDictView_Intersect: iterate the smaller side, keep what the view contains. */
function intersect(heap: Heap, a: Value, b: Value): Value {
  let view = a, other = b;
  if (!isSetLikeView(heap, view)) { view = b; other = a; }
  const lenView = dictLength(heap, nget(heap, view, 0));
  if (tid(heap, other) === TypeId.SET && lenView <= setLength(heap, other)) return setIntersection(heap, other, view);
  if (isSetLikeView(heap, other) && dictLength(heap, nget(heap, other, 0)) > lenView) { const t = view; view = other; other = t; }
  const result = newSet(heap);
  const top = pushHandle(heap, result);
  try {
    pushHandle(heap, view);
    const it = getIter(heap, other);
    pushHandle(heap, it);
    for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) {
      if (viewContains(heap, handleGet(heap, top + 1), k)) setAdd(heap, handleGet(heap, top), k);
    }
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

/** `a op b` where a or b is a keys/items view. */
export function viewBinary(heap: Heap, op: 'or' | 'and' | 'sub' | 'xor', a: Value, b: Value): Value {
  if (op === 'and') return intersect(heap, a, b);
  const top = pushHandle(heap, b);
  try {
    const result = toSet(heap, a);
    pushHandle(heap, result);
    const other = handleGet(heap, top);
    if (op === 'or') setUpdate(heap, result, other);
    else if (op === 'sub') setDifferenceUpdate(heap, result, other);
    else setSymmetricDifferenceUpdate(heap, result, other);
    return result;
  } finally { popHandles(heap, top); }
}

/** dictviews_isdisjoint: iterate the smaller side when both sizes are known. */
function isDisjoint(heap: Heap, view: Value, other: Value): boolean {
  if (sameValue(view, other)) return dictLength(heap, nget(heap, view, 0)) === 0;
  let container = view, iterable = other;
  const n = lengthOf(heap, other);
  const known = tid(heap, other) === TypeId.SET || tid(heap, other) === TypeId.FROZENSET || isSetLikeView(heap, other);
  if (known && n > dictLength(heap, nget(heap, view, 0))) { container = other; iterable = view; }
  const top = pushHandle(heap, container);
  try {
    const it = getIter(heap, iterable);
    pushHandle(heap, it);
    for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) {
      const c = handleGet(heap, top);
      const found = isSetLikeView(heap, c) ? viewContains(heap, c, k) : tid(heap, c) === TypeId.SET || tid(heap, c) === TypeId.FROZENSET ? setContains(heap, c, k) : contains(heap, c, k);
      if (found) return false;
    }
    return true;
  } finally { popHandles(heap, top); }
}

const VIEW_KEY = 100 + NativeKind.DICT_VIEW;
defineMethod(VIEW_KEY, 'dict_keys', 'isdisjoint', 'other, /', (heap, a) => (isDisjoint(heap, self(heap, a), arg(heap, a, 0)) ? TRUE : FALSE));

void eq;

// all_contained_in(a, b): every item of a is in b.
viewHooks.allContainedIn = (heap, a, b) => {
  const top = pushHandle(heap, b);
  try {
    const it = getIter(heap, a);
    pushHandle(heap, it);
    for (let k = iterNext(heap, it); !isNull(k); k = iterNext(heap, it)) if (!contains(heap, handleGet(heap, top), k)) return false;
    return true;
  } finally { popHandles(heap, top); }
};
