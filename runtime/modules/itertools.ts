// The `itertools` module, LAZY as CPython's: every function returns an iterator object (an
// extension type, ext-types.ts) that reads its input only as items are asked for, so the
// infinite ones (count, cycle, repeat) work with islice/zip/takewhile. Items, their order,
// when inputs are read and when functions are called follow Modules/itertoolsmodule.c;
// reprs are CPython's where it defines one (count(5), repeat(1, 3)), else
// `<itertools.chain object at 0x…>`.
//
// The combinatoric iterators are in itertools-combinatorics.ts, groupby and tee in
// itertools-group.ts. State lives in the objects' fields (F1..F7, GC roots); a step that calls
// Python (next() of a generator, a predicate) is a safepoint, so fields are re-read after it
// rather than kept in locals.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32, loOf, hiOf, HI_INT } from '../value.js';
import { newList, listAppend, listLength, listGet, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { raise } from '../builtins/exceptions.js';
import { defineModule, arg } from '../builtins/registry.js';
import { setAttr, nativeValue } from '../builtins/objects.js';
import { tid, tupleItem, truthy } from '../builtins/protocol.js';
import { getIter, iterNext, iterHooks, extendFromIterable } from '../builtins/containers.js';
import { binary } from '../builtins/arith.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import type { ExtType } from '../builtins/ext-types.js';
import { extClassValue } from './ext-class.js';
import { ITERTOOLS_CLASSES, ITERTOOLS_FUNCTIONS, iterClass, make, pair, opt, given, call2 } from './itertools-support.js';
import './itertools-combinatorics.js';
import './itertools-group.js';
import { asInt } from './math.js';
import { isComplex } from '../builtins/complex.js';

// --- count, cycle, repeat ---

function isNumber(heap: Heap, v: Value): boolean {
  const t = tid(heap, v);
  return t === TypeId.INT || t === TypeId.BOOL || t === TypeId.FLOAT || isComplex(heap, v);
}
const countType: ExtType = iterClass('count', 'start=, step=', (heap, a) => {
  const start = isNull(arg(heap, a, 0)) ? fromInt32(0) : arg(heap, a, 0);
  const step = isNull(arg(heap, a, 1)) ? fromInt32(1) : arg(heap, a, 1);
  if (!isNumber(heap, start) || !isNumber(heap, step)) raise('TypeError', 'a number is required');
  return make(heap, countType, start, step);
}, {
  next: (heap, v) => {
    const cur = nget(heap, v, 1);
    const h = pushHandle(heap, cur);
    try { nset(heap, v, 1, binary(heap, 'add', cur, nget(heap, v, 2))); return handleGet(heap, h); } finally { popHandles(heap, h); }
  },
  repr: (heap, v) => {
    const step = nget(heap, v, 2);
    const one = (hiOf(step) === HI_INT && loOf(step) === 1) || (tid(heap, step) === TypeId.BOOL && loOf(step) === 1);
    return one ? `count(${reprValue(heap, nget(heap, v, 1))})` : `count(${reprValue(heap, nget(heap, v, 1))}, ${reprValue(heap, step)})`;
  },
});

// cycle: F1 the source iterator (NULL once exhausted), F2 saved items, F3 replay index.
const cycleType = iterClass('cycle', 'iterable, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try { return make(heap, cycleType, it, newList(heap), fromInt32(0)); } finally { popHandles(heap, h); }
}, {
  next: (heap, v) => {
    const it = nget(heap, v, 1);
    if (!isNull(it)) {
      const x = iterNext(heap, it);
      if (!isNull(x)) { listAppend(heap, nget(heap, v, 2), x); return x; }
      nset(heap, v, 1, NULL);
    }
    const saved = nget(heap, v, 2);
    const n = listLength(heap, saved);
    if (n === 0) return NULL;
    const i = loOf(nget(heap, v, 3));
    nset(heap, v, 3, fromInt32((i + 1) % n));
    return listGet(heap, saved, i);
  },
});

// repeat: F1 the object, F2 remaining count (small int) or None for ever.
const repeatType = iterClass('repeat', 'object, times=', (heap, a) => {
  const times = arg(heap, a, 1);
  let n: Value = NONE;
  if (!isNull(times)) n = fromInt32(Math.max(0, Math.min(Number(asInt(heap, times)), 0x7fffffff)));
  return make(heap, repeatType, arg(heap, a, 0), n);
}, {
  next: (heap, v) => {
    const n = nget(heap, v, 2);
    if (isNone(n)) return nget(heap, v, 1);
    if (loOf(n) <= 0) return NULL;
    nset(heap, v, 2, fromInt32(loOf(n) - 1));
    return nget(heap, v, 1);
  },
  repr: (heap, v) => {
    const n = nget(heap, v, 2);
    return isNone(n) ? `repeat(${reprValue(heap, nget(heap, v, 1))})` : `repeat(${reprValue(heap, nget(heap, v, 1))}, ${loOf(n)})`;
  },
});

// --- accumulate, chain, compress, the *while family, filterfalse, starmap ---

// accumulate: F1 iterator, F2 running total (NULL before the first), F3 func or None, F4 pending initial (NULL once used).
const accumulateType = iterClass('accumulate', 'iterable, func=, *, initial=', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try { return make(heap, accumulateType, it, NULL, opt(arg(heap, a, 1)), given(arg(heap, a, 2)) ? arg(heap, a, 2) : NULL); } finally { popHandles(heap, h); }
}, {
  next: (heap, v) => {
    const initial = nget(heap, v, 4);
    if (!isNull(initial)) {
      nset(heap, v, 4, NULL);
      nset(heap, v, 2, initial);
      return initial;
    }
    const x = iterNext(heap, nget(heap, v, 1));
    if (isNull(x)) return NULL;
    const total = nget(heap, v, 2);
    if (isNull(total)) { nset(heap, v, 2, x); return x; }
    const f = nget(heap, v, 3);
    const next = isNone(f) ? binary(heap, 'add', total, x) : call2(heap, f, total, x);
    nset(heap, v, 2, next);
    return next;
  },
});

// chain: F1 iterator over the iterables, F2 the active iterator (NULL between them).
const chainType = iterClass('chain', '*iterables', (heap, a) => make(heap, chainType, getIter(heap, arg(heap, a, 0)), NULL), {
  next: (heap, v) => {
    for (;;) {
      const active = nget(heap, v, 2);
      if (!isNull(active)) {
        const x = iterNext(heap, active);
        if (!isNull(x)) return x;
        nset(heap, v, 2, NULL);
      }
      const source = nget(heap, v, 1);
      if (isNull(source)) return NULL;
      const nextIterable = iterNext(heap, source);
      if (isNull(nextIterable)) { nset(heap, v, 1, NULL); return NULL; }
      nset(heap, v, 2, getIter(heap, nextIterable));
    }
  },
}, {
  from_iterable: ['iterable, /', (heap, a) => make(heap, chainType, getIter(heap, arg(heap, a, 0)), NULL)],
});

// compress: F1 data iterator, F2 selectors iterator.
const compressType = iterClass('compress', 'data, selectors', (heap, a) => {
  const d = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, d);
  try { return make(heap, compressType, d, getIter(heap, arg(heap, a, 1))); } finally { popHandles(heap, h); }
}, {
  next: (heap, v) => {
    for (;;) {
      const x = iterNext(heap, nget(heap, v, 1));
      if (isNull(x)) return NULL;
      const h = pushHandle(heap, x);
      try {
        const s = iterNext(heap, nget(heap, v, 2));
        if (isNull(s)) return NULL;
        if (iterHooks.truthy(heap, s)) return handleGet(heap, h);
      } finally { popHandles(heap, h); }
    }
  },
});

/** (predicate, iterable) constructors: F1 predicate, F2 iterator, F3 state flag. */
function predicateCtor(t: () => ExtType) {
  return (heap: Heap, a: number): Value => make(heap, t(), arg(heap, a, 0), getIter(heap, arg(heap, a, 1)), FALSE);
}
function test(heap: Heap, f: Value, x: Value): boolean {
  const h = pushHandle(heap, x);
  try { return iterHooks.truthy(heap, isNone(f) ? x : iterHooks.call1(heap, f, x)); } finally { popHandles(heap, h); }
}

// dropwhile: F3 True once an item failed the predicate (then everything passes).
const dropwhileType: ExtType = iterClass('dropwhile', 'predicate, iterable, /', predicateCtor(() => dropwhileType), {
  next: (heap, v) => {
    for (;;) {
      const x = iterNext(heap, nget(heap, v, 2));
      if (isNull(x)) return NULL;
      if (truthy(heap, nget(heap, v, 3))) return x;
      const h = pushHandle(heap, x);
      try {
        if (!test(heap, nget(heap, v, 1), x)) { nset(heap, v, 3, TRUE); return handleGet(heap, h); }
      } finally { popHandles(heap, h); }
    }
  },
});
// takewhile: F3 True once stopped.
const takewhileType: ExtType = iterClass('takewhile', 'predicate, iterable, /', predicateCtor(() => takewhileType), {
  next: (heap, v) => {
    if (truthy(heap, nget(heap, v, 3))) return NULL;
    const x = iterNext(heap, nget(heap, v, 2));
    if (isNull(x)) return NULL;
    const h = pushHandle(heap, x);
    try {
      if (test(heap, nget(heap, v, 1), x)) return handleGet(heap, h);
      nset(heap, v, 3, TRUE);
      return NULL;
    } finally { popHandles(heap, h); }
  },
});
const filterfalseType: ExtType = iterClass('filterfalse', 'function, iterable, /', predicateCtor(() => filterfalseType), {
  next: (heap, v) => {
    for (;;) {
      const x = iterNext(heap, nget(heap, v, 2));
      if (isNull(x)) return NULL;
      const h = pushHandle(heap, x);
      try { if (!test(heap, nget(heap, v, 1), x)) return handleGet(heap, h); } finally { popHandles(heap, h); }
    }
  },
});
const starmapType: ExtType = iterClass('starmap', 'function, iterable, /', predicateCtor(() => starmapType), {
  next: (heap, v) => {
    const x = iterNext(heap, nget(heap, v, 2));
    if (isNull(x)) return NULL;
    let args = x;
    if (tid(heap, x) !== TypeId.TUPLE) {
      const l = newList(heap);
      const h = pushHandle(heap, l);
      try {
        extendFromIterable(heap, l, x, () => 'iterator should return tuples');
        args = newTuple(heap, listLength(heap, l));
        for (let i = 0; i < listLength(heap, l); i++) tupleInit(heap, args, i, listGet(heap, l, i));
      } finally { popHandles(heap, h); }
    }
    return iterHooks.callN(heap, nget(heap, v, 1), args);
  },
});

// --- islice, zip_longest, pairwise, batched ---

/** An islice bound: None or an int in [0, sys.maxsize], with CPython's message. */
function sliceBound(heap: Heap, v: Value, what: string): number | null {
  if (isNone(v)) return null;
  const k = tid(heap, v);
  const msg = `${what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`;
  if (k !== TypeId.INT && k !== TypeId.BOOL) raise('ValueError', msg);
  const n = asInt(heap, v);
  if (n < 0n || n > 0x7fffffffffffffffn) raise('ValueError', msg);
  return Number(n);
}
// islice: F1 iterator (NULL once done), F2 next index to yield, F3 stop (None: no limit), F4 step, F5 items read.
const isliceType: ExtType = iterClass('islice', 'iterable, /, *args', (heap, a) => {
  const rest = arg(heap, a, 1);
  const n = tupleLength(heap, rest);
  if (n < 1 || n > 3) raise('TypeError', n < 1 ? 'islice expected at least 2 arguments, got 1' : `islice expected at most 4 arguments, got ${n + 1}`);
  let start = 0;
  let step = 1;
  let stop: number | null;
  if (n === 1) stop = sliceBound(heap, tupleItem(heap, rest, 0), 'Stop argument');
  else {
    const s0 = tupleItem(heap, rest, 0), s1 = tupleItem(heap, rest, 1);
    start = sliceBound(heap, s0, 'Indices') ?? 0;
    stop = sliceBound(heap, s1, 'Stop argument');
    if (!isNone(s1) && stop === null) stop = 0;
    if (n === 3) {
      const s = tupleItem(heap, rest, 2);
      if (!isNone(s)) {
        const k = tid(heap, s);
        const big = k === TypeId.INT || k === TypeId.BOOL ? asInt(heap, s) : -1n;
        if (big < 1n) raise('ValueError', 'Step for islice() must be a positive integer or None.');
        step = Number(big);
      }
    }
  }
  const it = getIter(heap, arg(heap, a, 0));
  return make(heap, isliceType, it, num(start), stop === null ? NONE : num(stop), num(step), num(0));
}, {
  // CPython's islice_next: skip up to `next`, stop once `stop` items were read, never read more.
  next: (heap, v) => {
    if (isNull(nget(heap, v, 1))) return NULL;
    const stopV = nget(heap, v, 3);
    const stop = isNone(stopV) ? null : val(stopV);
    let next = val(nget(heap, v, 2));
    let cnt = val(nget(heap, v, 5));
    while (cnt < next) {
      const skipped = iterNext(heap, nget(heap, v, 1));
      if (isNull(skipped)) { nset(heap, v, 1, NULL); return NULL; }
      cnt++;
      nset(heap, v, 5, num(cnt));
    }
    if (stop !== null && cnt >= stop) { nset(heap, v, 1, NULL); return NULL; }
    const x = iterNext(heap, nget(heap, v, 1));
    if (isNull(x)) { nset(heap, v, 1, NULL); return NULL; }
    cnt++;
    next += val(nget(heap, v, 4));
    if (stop !== null && next > stop) next = stop;
    nset(heap, v, 5, num(cnt));
    nset(heap, v, 2, num(next));
    return x;
  },
});
/** Counters kept as floats (exact to 2**53, beyond int32) in fields. */
function num(n: number): Value { return n; }
function val(v: Value): number { return v; }

// zip_longest: F1 tuple of iterators (an entry None once exhausted), F2 fillvalue, F3 active count.
const zipLongestType: ExtType = iterClass('zip_longest', '*iterables, fillvalue=', (heap, a) => {
  const src = arg(heap, a, 0);
  const n = tupleLength(heap, src);
  const its = newTuple(heap, n);
  const h = pushHandle(heap, its);
  try {
    for (let i = 0; i < n; i++) tupleInit(heap, its, i, NONE);
    for (let i = 0; i < n; i++) tupleInit(heap, its, i, getIter(heap, tupleItem(heap, arg(heap, a, 0), i)));
    return make(heap, zipLongestType, its, opt(arg(heap, a, 1)), fromInt32(n));
  } finally { popHandles(heap, h); }
}, {
  next: (heap, v) => {
    const n = tupleLength(heap, nget(heap, v, 1));
    if (n === 0 || loOf(nget(heap, v, 3)) === 0) return NULL;
    const out = newTuple(heap, n);
    const h = pushHandle(heap, out);
    try {
      for (let i = 0; i < n; i++) tupleInit(heap, out, i, NONE);
      for (let i = 0; i < n; i++) {
        const its = nget(heap, v, 1);
        const it = tupleItem(heap, its, i);
        let x = NULL;
        if (!isNone(it)) {
          x = iterNext(heap, it);
          if (isNull(x)) {
            // Exhausted: tuples are immutable, but this one is private to the object.
            tupleInit(heap, nget(heap, v, 1), i, NONE);
            const active = loOf(nget(heap, v, 3)) - 1;
            nset(heap, v, 3, fromInt32(active));
            if (active === 0) return NULL;
          }
        }
        tupleInit(heap, handleGet(heap, h), i, isNull(x) ? nget(heap, v, 2) : x);
      }
      return handleGet(heap, h);
    } finally { popHandles(heap, h); }
  },
});

// pairwise: F1 iterator (NULL once exhausted), F2 previous item (NULL before the first).
const pairwiseType: ExtType = iterClass('pairwise', 'iterable, /', (heap, a) => make(heap, pairwiseType, getIter(heap, arg(heap, a, 0)), NULL), {
  next: (heap, v) => {
    if (isNull(nget(heap, v, 1))) return NULL;
    if (isNull(nget(heap, v, 2))) {
      const first = iterNext(heap, nget(heap, v, 1));
      if (isNull(first)) { nset(heap, v, 1, NULL); return NULL; }
      nset(heap, v, 2, first);
    }
    const x = iterNext(heap, nget(heap, v, 1));
    if (isNull(x)) { nset(heap, v, 1, NULL); nset(heap, v, 2, NULL); return NULL; }
    const t = pair(heap, nget(heap, v, 2), x);
    nset(heap, v, 2, x);
    return t;
  },
});

// batched: F1 iterator (NULL once exhausted), F2 n, F3 strict.
const batchedType: ExtType = iterClass('batched', 'iterable, n, *, strict=', (heap, a) => {
  const n = asInt(heap, arg(heap, a, 1));
  if (n < 1n) raise('ValueError', 'n must be at least one');
  const it = getIter(heap, arg(heap, a, 0));
  const strict = !isNull(arg(heap, a, 2)) && truthy(heap, arg(heap, a, 2));
  return make(heap, batchedType, it, num(Number(n)), strict ? TRUE : FALSE);
}, {
  next: (heap, v) => {
    if (isNull(nget(heap, v, 1))) return NULL;
    const n = val(nget(heap, v, 2));
    const items = newList(heap);
    const h = pushHandle(heap, items);
    try {
      while (listLength(heap, items) < n) {
        const x = iterNext(heap, nget(heap, v, 1));
        if (isNull(x)) { nset(heap, v, 1, NULL); break; }
        listAppend(heap, items, x);
      }
      const k = listLength(heap, items);
      if (k === 0) return NULL;
      if (k < n && truthy(heap, nget(heap, v, 3))) raise('ValueError', 'batched(): incomplete batch');
      const t = newTuple(heap, k);
      for (let i = 0; i < k; i++) tupleInit(heap, t, i, listGet(heap, items, i));
      return t;
    } finally { popHandles(heap, h); }
  },
});


defineModule('itertools', (heap, dict) => {
  for (const [name, c] of ITERTOOLS_CLASSES) setAttr(heap, dict, name, extClassValue(heap, c));
  for (const [name, e] of ITERTOOLS_FUNCTIONS) setAttr(heap, dict, name, nativeValue(heap, e));
});
