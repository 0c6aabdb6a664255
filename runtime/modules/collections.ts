// The `_collections` module: `deque` as a native type (collections/__init__.py in pylib/
// re-exports it), with CPython's methods, messages, repr and the "deque mutated during
// iteration" check.
//
// deque layout (ext-types.ts): F1 a heap list holding the items from index F2 (head) on,
// F2 head (small int), F3 maxlen (None or small int), F4 state (small int, bumped by every
// change of length or order, as CPython's deque->state). Slots before the head hold None, so
// popped items can be collected. appendleft with no room before the head re-lays the list
// with a gap in front; popleft compacts once the dead prefix is over half the list.
// Iterator: F1 the deque, F2 next index, F3 the deque's state at creation, F4 items left.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, isNull, isNone, fromInt32, loOf } from '../value.js';
import { newList, listAppend, listLength, listGet, listSet, listPop, newTuple, tupleInit } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineMethod, defineModule, arg, self } from '../builtins/registry.js';
import { setAttr } from '../builtins/objects.js';
import { tid, eq, compare, typeNameOf } from '../builtins/protocol.js';
import { getIter, iterNext } from '../builtins/containers.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, isExt, newExt, type ExtType } from '../builtins/ext-types.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { asInt } from './math.js';
import { sameValue } from '../value.js';

// --- storage ---

const items = (heap: Heap, d: Value): Value => nget(heap, d, 1);
const head = (heap: Heap, d: Value): number => loOf(nget(heap, d, 2));
/** len(d). */
export function dequeLength(heap: Heap, d: Value): number {
  return listLength(heap, items(heap, d)) - head(heap, d);
}
/** d[i] for 0 <= i < len(d). */
export function dequeGet(heap: Heap, d: Value, i: number): Value {
  return listGet(heap, items(heap, d), head(heap, d) + i);
}
function dequeSet(heap: Heap, d: Value, i: number, x: Value): void {
  listSet(heap, items(heap, d), head(heap, d) + i, x);
}
function maxlen(heap: Heap, d: Value): number {
  const m = nget(heap, d, 3);
  return isNone(m) ? -1 : loOf(m);
}
function bump(heap: Heap, d: Value): void {
  nset(heap, d, 4, fromInt32((loOf(nget(heap, d, 4)) + 1) | 0));
}

/** Replaces the storage by a fresh list of the live items with `gap` free slots in front. */
function relayout(heap: Heap, d: Value, gap: number): void {
  const n = dequeLength(heap, d);
  const fresh = newList(heap, gap + n);
  for (let i = 0; i < gap; i++) listAppend(heap, fresh, NONE);
  for (let i = 0; i < n; i++) listAppend(heap, fresh, dequeGet(heap, d, i));
  nset(heap, d, 1, fresh);
  nset(heap, d, 2, fromInt32(gap));
}

function popLeftRaw(heap: Heap, d: Value): Value {
  if (dequeLength(heap, d) === 0) raise('IndexError', 'pop from an empty deque');
  const h = head(heap, d);
  const x = listGet(heap, items(heap, d), h);
  listSet(heap, items(heap, d), h, NONE);
  nset(heap, d, 2, fromInt32(h + 1));
  if (h + 1 > 32 && (h + 1) * 2 > listLength(heap, items(heap, d))) relayout(heap, d, 0);
  bump(heap, d);
  return x;
}
function popRightRaw(heap: Heap, d: Value): Value {
  if (dequeLength(heap, d) === 0) raise('IndexError', 'pop from an empty deque');
  bump(heap, d);
  return listPop(heap, items(heap, d));
}
export function dequeAppend(heap: Heap, d: Value, x: Value): void {
  const m = maxlen(heap, d);
  if (m === 0) return;
  listAppend(heap, items(heap, d), x);
  bump(heap, d);
  if (m > 0 && dequeLength(heap, d) > m) popLeftRaw(heap, d);
}
function dequeAppendLeft(heap: Heap, d: Value, x: Value): void {
  const m = maxlen(heap, d);
  if (m === 0) return;
  if (head(heap, d) === 0) {
    const h = pushHandle(heap, x);
    try { relayout(heap, d, Math.max(8, dequeLength(heap, d))); } finally { popHandles(heap, h); }
  }
  const h = head(heap, d) - 1;
  listSet(heap, items(heap, d), h, x);
  nset(heap, d, 2, fromInt32(h));
  bump(heap, d);
  if (m > 0 && dequeLength(heap, d) > m) popRightRaw(heap, d);
}
function clear(heap: Heap, d: Value): void {
  nset(heap, d, 1, newList(heap));
  nset(heap, d, 2, fromInt32(0));
  bump(heap, d);
}

// --- the type ---

/** Addresses of deques whose repr is being built (a deque inside itself prints [...]). */
const inRepr = new Set<number>();

export const dequeType: ExtType = defineExtType('deque', 'collections', {
  repr: (heap, d) => {
    const key = loOf(d) >>> 0;
    if (inRepr.has(key)) return '[...]';
    inRepr.add(key);
    try {
      const parts: string[] = [];
      for (let i = 0; i < dequeLength(heap, d); i++) parts.push(reprValue(heap, dequeGet(heap, d, i)));
      const m = maxlen(heap, d);
      return m < 0 ? `deque([${parts.join(', ')}])` : `deque([${parts.join(', ')}], maxlen=${m})`;
    } finally { inRepr.delete(key); }
  },
  len: (heap, d) => dequeLength(heap, d),
  iter: (heap, d) => {
    const it = newExt(heap, dequeIterType);
    nset(heap, it, 1, d);
    nset(heap, it, 2, fromInt32(0));
    nset(heap, it, 3, nget(heap, d, 4));
    nset(heap, it, 4, fromInt32(dequeLength(heap, d)));
    return it;
  },
  getItem: (heap, d, key) => dequeGet(heap, d, index(heap, d, key)),
  setItem: (heap, d, key, x) => dequeSet(heap, d, index(heap, d, key), x),
  delItem: (heap, d, key) => { deleteAt(heap, d, index(heap, d, key)); },
  contains: (heap, d, x) => find(heap, d, x, 0, dequeLength(heap, d)) >= 0,
  eq: (heap, a, b) => {
    if (!isExt(heap, a, dequeType) || !isExt(heap, b, dequeType)) return undefined;
    const n = dequeLength(heap, a);
    if (n !== dequeLength(heap, b)) return false;
    for (let i = 0; i < n && i < dequeLength(heap, a) && i < dequeLength(heap, b); i++) {
      const x = dequeGet(heap, a, i), y = dequeGet(heap, b, i);
      if (!sameValue(x, y) && !eq(heap, x, y)) return false;
    }
    return true;
  },
  compare: (heap, a, b, symbol) => {
    if (!isExt(heap, a, dequeType) || !isExt(heap, b, dequeType)) return undefined;
    for (let i = 0; ; i++) {
      const na = dequeLength(heap, a), nb = dequeLength(heap, b);
      if (i >= na || i >= nb) return na < nb ? -1 : na > nb ? 1 : 0;
      const x = dequeGet(heap, a, i), y = dequeGet(heap, b, i);
      if (sameValue(x, y) || eq(heap, x, y)) continue;
      return compare(heap, x, y, symbol);
    }
  },
  reversed: (heap, d) => {
    const it = newExt(heap, dequeReverseIterType);
    nset(heap, it, 1, d);
    nset(heap, it, 2, fromInt32(dequeLength(heap, d) - 1));
    nset(heap, it, 3, nget(heap, d, 4));
    nset(heap, it, 4, fromInt32(dequeLength(heap, d)));
    return it;
  },
  hash: () => raise('TypeError', "unhashable type: 'collections.deque'"),
  binary: (heap, op, a, b, inplace) => {
    if (op === 'add' && isExt(heap, a, dequeType)) {
      if (inplace) { extend(heap, a, b, false); return a; }
      if (!isExt(heap, b, dequeType)) raise('TypeError', `can only concatenate deque (not "${typeNameOf(heap, b)}") to deque`);
      const out = newDeque(heap, a, nget(heap, a, 3));
      const h = pushHandle(heap, out);
      try { extend(heap, out, b, false); return out; } finally { popHandles(heap, h); }
    }
    if (op === 'mul') {
      const d = isExt(heap, a, dequeType) ? a : b, k = isExt(heap, a, dequeType) ? b : a;
      const t = tid(heap, k);
      if (t !== TypeId.INT && t !== TypeId.BOOL) raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(heap, k)}'`);
      const times = Number(asInt(heap, k));
      const out = inplace && d === a ? d : newDeque(heap, d, nget(heap, d, 3));
      const h = pushHandle(heap, out);
      try {
        const snapshot = newList(heap);
        pushHandle(heap, snapshot);
        for (let i = 0; i < dequeLength(heap, d); i++) listAppend(heap, snapshot, dequeGet(heap, d, i));
        if (times <= 0) { clear(heap, out); return out; }
        for (let r = 1; r < times; r++) extend(heap, out, snapshot, false);
        return out;
      } finally { popHandles(heap, h); }
    }
    return NULL;
  },
  getAttr: (heap, d, name) => (name === 'maxlen' ? nget(heap, d, 3) : NULL),
  setAttr: (heap, _d, name) => {
    if (name === 'maxlen') raise('AttributeError', "attribute 'maxlen' of 'collections.deque' objects is not writable");
    return false;
  },
});

const dequeIterType: ExtType = defineExtType('_deque_iterator', 'collections', {
  next: (heap, it) => {
    const d = nget(heap, it, 1);
    if (loOf(nget(heap, it, 3)) !== loOf(nget(heap, d, 4))) {
      nset(heap, it, 4, fromInt32(0));
      raise('RuntimeError', 'deque mutated during iteration');
    }
    const left = loOf(nget(heap, it, 4));
    if (left === 0) return NULL;
    const i = loOf(nget(heap, it, 2));
    nset(heap, it, 2, fromInt32(i + 1));
    nset(heap, it, 4, fromInt32(left - 1));
    return dequeGet(heap, d, i);
  },
});

/** reversed(deque): as the forward iterator, from the last item down (F2 counts down). */
const dequeReverseIterType: ExtType = defineExtType('_deque_reverse_iterator', 'collections', {
  next: (heap, it) => {
    const d = nget(heap, it, 1);
    if (loOf(nget(heap, it, 3)) !== loOf(nget(heap, d, 4))) {
      nset(heap, it, 4, fromInt32(0));
      raise('RuntimeError', 'deque mutated during iteration');
    }
    const left = loOf(nget(heap, it, 4));
    if (left === 0) return NULL;
    const i = loOf(nget(heap, it, 2));
    nset(heap, it, 2, fromInt32(i - 1));
    nset(heap, it, 4, fromInt32(left - 1));
    return dequeGet(heap, d, i);
  },
});

/** A subscript: an int (or __index__-less bool) in range, with CPython's messages. */
function index(heap: Heap, d: Value, key: Value): number {
  const t = tid(heap, key);
  if (t !== TypeId.INT && t !== TypeId.BOOL) throw typeError(`sequence index must be integer, not '${typeNameOf(heap, key)}'`);
  const n = dequeLength(heap, d);
  let i = Number(asInt(heap, key));
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'deque index out of range');
  return i;
}

/** First index in [start, stop) of an item equal to x, or -1. */
function find(heap: Heap, d: Value, x: Value, start: number, stop: number): number {
  const state = loOf(nget(heap, d, 4));
  for (let i = start; i < stop && i < dequeLength(heap, d); i++) {
    const y = dequeGet(heap, d, i);
    if (sameValue(x, y) || eq(heap, y, x)) return i;
    if (loOf(nget(heap, d, 4)) !== state) raise('RuntimeError', 'deque mutated during iteration');
  }
  return -1;
}

function deleteAt(heap: Heap, d: Value, i: number): void {
  const n = dequeLength(heap, d);
  for (let j = i; j < n - 1; j++) dequeSet(heap, d, j, dequeGet(heap, d, j + 1));
  listPop(heap, items(heap, d));
  bump(heap, d);
}

function rotate(heap: Heap, d: Value, k: number): void {
  const n = dequeLength(heap, d);
  if (n <= 1) return;
  k %= n;
  if (k < 0) k += n;
  if (k === 0) return;
  const fresh = newList(heap, n);
  for (let i = 0; i < n; i++) listAppend(heap, fresh, dequeGet(heap, d, (i - k + n) % n));
  nset(heap, d, 1, fresh);
  nset(heap, d, 2, fromInt32(0));
  bump(heap, d);
}

/** A new deque with the items of `iterable` (NULL: none) and maxlen (None: unbounded). */
export function newDeque(heap: Heap, iterable: Value, max: Value): Value {
  const d = newExt(heap, dequeType);
  nset(heap, d, 1, newList(heap));
  nset(heap, d, 2, fromInt32(0));
  nset(heap, d, 3, max);
  nset(heap, d, 4, fromInt32(0));
  if (!isNull(iterable)) extend(heap, d, iterable, false);
  return d;
}

/** extend / extendleft: an iterable that is the deque itself is copied first, as CPython does. */
function extend(heap: Heap, d: Value, iterable: Value, left: boolean): void {
  const h = pushHandle(heap, d);
  try {
    let src = iterable;
    if (sameValue(iterable, d)) {
      src = newList(heap);
      for (let i = 0; i < dequeLength(heap, d); i++) listAppend(heap, src, dequeGet(heap, d, i));
    }
    pushHandle(heap, src);
    const it = getIter(heap, src);
    pushHandle(heap, it);
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) {
      if (left) dequeAppendLeft(heap, handleGet(heap, h), x); else dequeAppend(heap, handleGet(heap, h), x);
    }
  } finally { popHandles(heap, h); }
}

const dequeClass = defineExtClass(dequeType, 'iterable=, maxlen=', (heap, a) => {
  const m = arg(heap, a, 1);
  let max: Value = NONE;
  if (!isNull(m) && !isNone(m)) {
    const n = asInt(heap, m);
    if (n < 0n) raise('ValueError', 'maxlen must be non-negative');
    max = fromInt32(Number(n > 0x7fffffffn ? 0x7fffffffn : n));
  }
  return newDeque(heap, arg(heap, a, 0), max);
});

// --- methods ---

const KEY = extKey(dequeType);
const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(KEY, 'deque', name, sig, fn); };

method('append', 'x, /', (heap, a) => { dequeAppend(heap, self(heap, a), arg(heap, a, 0)); return NONE; });
method('appendleft', 'x, /', (heap, a) => { dequeAppendLeft(heap, self(heap, a), arg(heap, a, 0)); return NONE; });
method('pop', '', (heap, a) => popRightRaw(heap, self(heap, a)));
method('popleft', '', (heap, a) => popLeftRaw(heap, self(heap, a)));
method('extend', 'iterable, /', (heap, a) => { extend(heap, self(heap, a), arg(heap, a, 0), false); return NONE; });
method('extendleft', 'iterable, /', (heap, a) => { extend(heap, self(heap, a), arg(heap, a, 0), true); return NONE; });
method('clear', '', (heap, a) => { clear(heap, self(heap, a)); return NONE; });
method('rotate', 'n=, /', (heap, a) => {
  const k = isNull(arg(heap, a, 0)) ? 1 : Number(asInt(heap, arg(heap, a, 0)));
  rotate(heap, self(heap, a), k);
  return NONE;
});
method('reverse', '', (heap, a) => {
  const d = self(heap, a);
  const n = dequeLength(heap, d);
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const x = dequeGet(heap, d, i);
    dequeSet(heap, d, i, dequeGet(heap, d, j));
    dequeSet(heap, d, j, x);
  }
  bump(heap, d);
  return NONE;
});
method('count', 'value, /', (heap, a) => {
  const d = self(heap, a);
  const state = loOf(nget(heap, d, 4));
  let c = 0;
  for (let i = 0; i < dequeLength(heap, d); i++) {
    const y = dequeGet(heap, d, i);
    if (sameValue(y, arg(heap, a, 0)) || eq(heap, y, arg(heap, a, 0))) c++;
    if (loOf(nget(heap, d, 4)) !== state) raise('RuntimeError', 'deque mutated during iteration');
  }
  return fromInt32(c);
});
/** A start/stop bound of index(): clamped as list.index does. */
function bound(heap: Heap, v: Value, n: number, dflt: number): number {
  if (isNull(v)) return dflt;
  let i = Number(asInt(heap, v));
  if (i < 0) { i += n; if (i < 0) i = 0; }
  return Math.min(i, n);
}
method('index', 'value, start=, stop=, /', (heap, a) => {
  const d = self(heap, a);
  const n = dequeLength(heap, d);
  const i = find(heap, d, arg(heap, a, 0), bound(heap, arg(heap, a, 1), n, 0), bound(heap, arg(heap, a, 2), n, n));
  if (i < 0) raise('ValueError', `${reprValue(heap, arg(heap, a, 0))} is not in deque`);
  return fromInt32(i);
});
method('remove', 'value, /', (heap, a) => {
  const d = self(heap, a);
  const i = find(heap, d, arg(heap, a, 0), 0, dequeLength(heap, d));
  if (i < 0) raise('ValueError', `${reprValue(heap, arg(heap, a, 0))} is not in deque`);
  deleteAt(heap, d, i);
  return NONE;
});
method('insert', 'index, value, /', (heap, a) => {
  const d = self(heap, a);
  const n = dequeLength(heap, d);
  const m = maxlen(heap, d);
  if (m >= 0 && n >= m) raise('IndexError', 'deque already at its maximum size');
  let i = Number(asInt(heap, arg(heap, a, 0)));
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  listAppend(heap, items(heap, d), NONE);
  for (let j = n; j > i; j--) dequeSet(heap, d, j, dequeGet(heap, d, j - 1));
  dequeSet(heap, d, i, arg(heap, a, 1));
  bump(heap, d);
  return NONE;
});
const copy = (heap: Heap, a: number): Value => newDeque(heap, self(heap, a), nget(heap, self(heap, a), 3));
method('copy', '', copy);
method('__copy__', '', copy);
method('__len__', '', (heap, a) => fromInt32(dequeLength(heap, self(heap, a))));

/** (deque, ((), maxlen) or (), None, iter(items)): what CPython's deque.__reduce__ returns (copy uses it). */
method('__reduce__', '', (heap, a) => {
  const d = self(heap, a);
  const t = newTuple(heap, 4);
  const h = pushHandle(heap, t);
  try {
    tupleInit(heap, t, 0, extClassValue(heap, dequeClass));
    let args = newTuple(heap, 0);
    if (maxlen(heap, d) >= 0) {
      const withMax = newTuple(heap, 2);
      tupleInit(heap, withMax, 0, args);
      tupleInit(heap, withMax, 1, nget(heap, d, 3));
      args = withMax;
    }
    tupleInit(heap, t, 1, args);
    tupleInit(heap, t, 2, NONE);
    tupleInit(heap, t, 3, dequeType.iter!(heap, d));
    return t;
  } finally { popHandles(heap, h); }
});

// --- the module ---

defineModule('_collections', (heap, dict) => {
  setAttr(heap, dict, 'deque', extClassValue(heap, dequeClass));
});
