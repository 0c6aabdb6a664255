// The `itertools` module, EAGER: each function computes all of its items into a list and
// returns an iterator over it. The items and their order are CPython's; what differs is
// timing — the input is consumed (and a predicate or function called) when the function is
// called, not item by item, and an infinite input never finishes (islice is the exception:
// it reads only up to `stop`, so islice(generator, n) works). Lazy versions need native
// iterator kinds in runtime/builtins/native.ts and containers.ts's iterNext, which another
// engineer owned while this was written. Not offered for that reason: count, cycle, repeat
// without `times`, tee, chain.from_iterable (a builtin function cannot carry attributes),
// compress.
//
// Python code runs inside these (iterators over generators, key/predicate functions), and a
// call is a safepoint: every heap value kept across one is held in a handle (the collector
// does not move objects, so a rooted Value stays valid in a local).

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, isNull, isNone, fromInt32 } from '../value.js';
import { newList, listAppend, listLength, listGet, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, tupleItem, truthy, eq } from '../builtins/protocol.js';
import { getIter, iterNext, iterHooks } from '../builtins/containers.js';
import { binary } from '../builtins/arith.js';
import { pushHandle, popHandles } from '../gc.js';
import { asInt } from './math.js';

/**
 * Runs `body` with `v` (and `w`) held as handles, releasing them afterwards. Two parameters
 * rather than an array: a Value must never sit in a JS array (runtime/value.ts).
 */
function rooted<T>(heap: Heap, v: Value, body: () => T, w: Value = NONE): T {
  const top = pushHandle(heap, v);
  pushHandle(heap, w);
  try { return body(); } finally { popHandles(heap, top); }
}

/** Every item of an iterable, in a new (rooted by the caller) list. */
function toList(heap: Heap, iterable: Value, out: Value): void {
  const it = getIter(heap, iterable);
  rooted(heap, it, () => {
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) listAppend(heap, out, x);
  });
}

function tupleOfIndices(heap: Heap, pool: Value, idx: readonly number[]): Value {
  const t = newTuple(heap, idx.length);
  idx.forEach((j, i) => tupleInit(heap, t, i, listGet(heap, pool, j)));
  return t;
}

/** A list of tuples pool[idx] for each index vector `gen` yields; returned as an iterator. */
function fromIndices(heap: Heap, pool: Value, gen: Iterable<readonly number[]>): Value {
  const out = newList(heap);
  return rooted(heap, pool, () => {
    for (const idx of gen) listAppend(heap, out, tupleOfIndices(heap, pool, idx));
    return getIter(heap, out);
  }, out);
}

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('itertools', name, sig, fn)]);
}
const optR = (heap: Heap, v: Value): number | null => (isNull(v) || isNone(v) ? null : Number(asInt(heap, v)));

function* combos(n: number, r: number): Generator<number[]> {
  if (r > n) return;
  const idx = Array.from({ length: r }, (_, i) => i);
  yield idx.slice();
  for (;;) {
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    yield idx.slice();
  }
}
function* combosRepl(n: number, r: number): Generator<number[]> {
  if (n === 0 && r > 0) return;
  const idx = new Array<number>(r).fill(0);
  yield idx.slice();
  for (;;) {
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return;
    const v = idx[i] + 1;
    for (let j = i; j < r; j++) idx[j] = v;
    yield idx.slice();
  }
}
/** r-permutations of range(n) in lexicographic order (CPython's order). */
function* perms(n: number, r: number): Generator<number[]> {
  if (r > n) return;
  const used = new Array<boolean>(n).fill(false);
  const cur: number[] = [];
  function* go(): Generator<number[]> {
    if (cur.length === r) { yield cur.slice(); return; }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true; cur.push(i);
      yield* go();
      cur.pop(); used[i] = false;
    }
  }
  yield* go();
}

function nonNegative(r: number | null, what = 'r must be non-negative'): void {
  if (r !== null && r < 0) raise('ValueError', what);
}

def('combinations', 'iterable, r', (heap, a) => {
  const pool = newList(heap);
  return rooted(heap, pool, () => {
    toList(heap, arg(heap, a, 0), pool);
    const r = Number(asInt(heap, arg(heap, a, 1)));
    nonNegative(r);
    return fromIndices(heap, pool, combos(listLength(heap, pool), r));
  });
});
def('combinations_with_replacement', 'iterable, r', (heap, a) => {
  const pool = newList(heap);
  return rooted(heap, pool, () => {
    toList(heap, arg(heap, a, 0), pool);
    const r = Number(asInt(heap, arg(heap, a, 1)));
    nonNegative(r);
    return fromIndices(heap, pool, combosRepl(listLength(heap, pool), r));
  });
});
def('permutations', 'iterable, r=', (heap, a) => {
  const pool = newList(heap);
  return rooted(heap, pool, () => {
    toList(heap, arg(heap, a, 0), pool);
    const r = optR(heap, arg(heap, a, 1));
    nonNegative(r);
    const n = listLength(heap, pool);
    return fromIndices(heap, pool, perms(n, r ?? n));
  });
});
def('product', '*iterables, repeat=', (heap, a) => {
  const its = arg(heap, a, 0);
  const rep = optR(heap, arg(heap, a, 1)) ?? 1;
  if (rep < 0) raise('ValueError', 'repeat argument cannot be negative');
  // All pools concatenated into one list; `starts[k]`/`sizes[k]` locate pool k.
  const all = newList(heap);
  return rooted(heap, all, () => {
    const sizes: number[] = [];
    for (let i = 0; i < tupleLength(heap, its); i++) {
      const before = listLength(heap, all);
      toList(heap, tupleItem(heap, arg(heap, a, 0), i), all);
      sizes.push(listLength(heap, all) - before);
    }
    const fullSizes: number[] = [];
    for (let k = 0; k < rep; k++) fullSizes.push(...sizes);
    const starts: number[] = [];
    let s = 0;
    for (const size of sizes) { starts.push(s); s += size; }
    const fullStarts: number[] = [];
    for (let k = 0; k < rep; k++) fullStarts.push(...starts);
    function* odometer(): Generator<number[]> {
      if (fullSizes.some((n) => n === 0)) return;
      const idx = new Array<number>(fullSizes.length).fill(0);
      for (;;) {
        yield idx.map((j, k) => fullStarts[k] + j);
        let k = idx.length - 1;
        while (k >= 0 && idx[k] === fullSizes[k] - 1) idx[k--] = 0;
        if (k < 0) return;
        idx[k]++;
      }
    }
    return fromIndices(heap, all, odometer());
  });
});

/** A builder for the one-pass functions: `fill(out)` appends the items, then an iterator. */
function eager(heap: Heap, fill: (out: Value) => void): Value {
  const out = newList(heap);
  return rooted(heap, out, () => { fill(out); return getIter(heap, out); });
}

/** Calls `each(x)` for every item of `iterable`, stopping early when it returns false. */
function forEach(heap: Heap, iterable: Value, each: (x: Value) => boolean | void): void {
  const it = getIter(heap, iterable);
  rooted(heap, it, () => {
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) {
      const h = pushHandle(heap, x);
      try { if (each(x) === false) return; } finally { popHandles(heap, h); }
    }
  });
}

def('chain', '*iterables', (heap, a) => eager(heap, (out) => {
  for (let i = 0; i < tupleLength(heap, arg(heap, a, 0)); i++) toList(heap, tupleItem(heap, arg(heap, a, 0), i), out);
}));
def('accumulate', 'iterable, func=, *, initial=', (heap, a) => eager(heap, (out) => {
  const f = arg(heap, a, 1);
  const initial = arg(heap, a, 2);
  const useFunc = !isNull(f) && !isNone(f);
  if (!isNull(initial) && !isNone(initial)) listAppend(heap, out, initial);
  forEach(heap, arg(heap, a, 0), (x) => {
    const n = listLength(heap, out);
    if (n === 0) { listAppend(heap, out, x); return; }
    const prev = listGet(heap, out, n - 1);
    if (!useFunc) { listAppend(heap, out, binary(heap, 'add', prev, x)); return; }
    const args = newTuple(heap, 2);
    tupleInit(heap, args, 0, prev);
    tupleInit(heap, args, 1, x);
    listAppend(heap, out, iterHooks.callN(heap, arg(heap, a, 1), args));
  });
}));
def('pairwise', 'iterable, /', (heap, a) => eager(heap, (out) => {
  const items = newList(heap);
  rooted(heap, items, () => {
    toList(heap, arg(heap, a, 0), items);
    for (let i = 0; i + 1 < listLength(heap, items); i++) {
      const t = newTuple(heap, 2);
      tupleInit(heap, t, 0, listGet(heap, items, i));
      tupleInit(heap, t, 1, listGet(heap, items, i + 1));
      listAppend(heap, out, t);
    }
  });
}));
def('batched', 'iterable, n, *, strict=', (heap, a) => {
  const n = Number(asInt(heap, arg(heap, a, 1)));
  if (n < 1) raise('ValueError', 'n must be at least one');
  const strict = !isNull(arg(heap, a, 2)) && truthy(heap, arg(heap, a, 2));
  return eager(heap, (out) => {
    const items = newList(heap);
    rooted(heap, items, () => {
      toList(heap, arg(heap, a, 0), items);
      const len = listLength(heap, items);
      for (let i = 0; i < len; i += n) {
        const k = Math.min(n, len - i);
        if (strict && k !== n) raise('ValueError', 'batched(): incomplete batch');
        listAppend(heap, out, tupleOfIndices(heap, items, Array.from({ length: k }, (_, j) => i + j)));
      }
    });
  });
});
def('zip_longest', '*iterables, fillvalue=', (heap, a) => eager(heap, (out) => {
  const its = arg(heap, a, 0);
  const m = tupleLength(heap, its);
  const pools = newList(heap);
  rooted(heap, pools, () => {
    for (let i = 0; i < m; i++) {
      const l = newList(heap);
      listAppend(heap, pools, l);
      toList(heap, tupleItem(heap, arg(heap, a, 0), i), l);
    }
    let longest = 0;
    for (let i = 0; i < m; i++) longest = Math.max(longest, listLength(heap, listGet(heap, pools, i)));
    const fill = isNull(arg(heap, a, 1)) ? NONE : arg(heap, a, 1);
    for (let j = 0; j < longest; j++) {
      const t = newTuple(heap, m);
      for (let i = 0; i < m; i++) {
        const l = listGet(heap, pools, i);
        tupleInit(heap, t, i, j < listLength(heap, l) ? listGet(heap, l, j) : fill);
      }
      listAppend(heap, out, t);
    }
  });
}));
def('starmap', 'function, iterable, /', (heap, a) => eager(heap, (out) => {
  forEach(heap, arg(heap, a, 1), (x) => {
    let args = x;
    if (tid(heap, x) !== TypeId.TUPLE) {
      const l = newList(heap);
      rooted(heap, l, () => {
        toList(heap, x, l);
        args = tupleOfIndices(heap, l, Array.from({ length: listLength(heap, l) }, (_, i) => i));
      });
    }
    listAppend(heap, out, iterHooks.callN(heap, arg(heap, a, 0), args));
  });
}));
def('takewhile', 'predicate, iterable, /', (heap, a) => eager(heap, (out) => {
  forEach(heap, arg(heap, a, 1), (x) => {
    if (!iterHooks.truthy(heap, iterHooks.call1(heap, arg(heap, a, 0), x))) return false;
    listAppend(heap, out, x);
  });
}));
def('dropwhile', 'predicate, iterable, /', (heap, a) => eager(heap, (out) => {
  let dropping = true;
  forEach(heap, arg(heap, a, 1), (x) => {
    if (dropping && iterHooks.truthy(heap, iterHooks.call1(heap, arg(heap, a, 0), x))) return;
    dropping = false;
    listAppend(heap, out, x);
  });
}));
def('filterfalse', 'function, iterable, /', (heap, a) => eager(heap, (out) => {
  const f = arg(heap, a, 0);
  const identity = isNone(f);
  forEach(heap, arg(heap, a, 1), (x) => {
    const v = identity ? x : iterHooks.call1(heap, arg(heap, a, 0), x);
    if (!iterHooks.truthy(heap, v)) listAppend(heap, out, x);
  });
}));
def('repeat', 'object, times=', (heap, a) => {
  const times = arg(heap, a, 1);
  // Without `times` the iterator is infinite: that needs a lazy iterator kind (see above).
  if (isNull(times)) raise('NotImplementedError', 'itertools.repeat without times is not supported by pyx yet');
  const n = Math.max(0, Number(asInt(heap, times)));
  return eager(heap, (out) => { for (let i = 0; i < n; i++) listAppend(heap, out, arg(heap, a, 0)); });
});

/** An islice bound: None or an int in [0, sys.maxsize], with CPython's message. */
function sliceBound(heap: Heap, v: Value, what: string): number | null {
  if (isNone(v)) return null;
  const k = tid(heap, v);
  if (k !== TypeId.INT && k !== TypeId.BOOL) raise('ValueError', `${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  const n = asInt(heap, v);
  if (n < 0n) raise('ValueError', `${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  return Number(n);
}
def('islice', 'iterable, /, *args', (heap, a) => {
  const rest = arg(heap, a, 1);
  const n = tupleLength(heap, rest);
  if (n < 1 || n > 3) throw typeError(n < 1 ? 'islice expected at least 2 arguments, got 1' : `islice expected at most 4 arguments, got ${n + 1}`);
  let start = 0;
  let step = 1;
  let stop: number | null;
  if (n === 1) stop = sliceBound(heap, tupleItem(heap, rest, 0), 'Stop');
  else {
    start = sliceBound(heap, tupleItem(heap, rest, 0), 'Indices') ?? 0;
    stop = sliceBound(heap, tupleItem(heap, rest, 1), 'Stop');
    if (n === 3) {
      const s = tupleItem(heap, rest, 2);
      step = isNone(s) ? 1 : Number(asInt(heap, s));
      if (step < 1) raise('ValueError', 'Step for islice() must be a positive integer or None.');
    }
  }
  // CPython's islice_next: skip up to `next`, stop once `stop` items were read, never read more.
  return eager(heap, (out) => {
    const it = getIter(heap, arg(heap, a, 0));
    rooted(heap, it, () => {
      let cnt = 0;
      let next = start;
      for (;;) {
        while (cnt < next) {
          if (isNull(iterNext(heap, it))) return;
          cnt++;
        }
        if (stop !== null && cnt >= stop) return;
        const x = iterNext(heap, it);
        if (isNull(x)) return;
        cnt++;
        listAppend(heap, out, x);
        next += step;
        if (stop !== null && next > stop) next = stop;
      }
    });
  });
});
def('groupby', 'iterable, key=', (heap, a) => eager(heap, (out) => {
  const keyFn = arg(heap, a, 1);
  const useKey = !isNull(keyFn) && !isNone(keyFn);
  // keys/groups: parallel heap lists (the current group is the last of `groups`).
  const keys = newList(heap);
  const groups = newList(heap);
  rooted(heap, keys, () => {
    forEach(heap, arg(heap, a, 0), (x) => {
      const k = useKey ? iterHooks.call1(heap, arg(heap, a, 1), x) : x;
      const n = listLength(heap, keys);
      if (n === 0 || !eq(heap, listGet(heap, keys, n - 1), k)) {
        const hk = pushHandle(heap, k);
        try {
          listAppend(heap, keys, k);
          listAppend(heap, groups, newList(heap));
        } finally { popHandles(heap, hk); }
      }
      listAppend(heap, listGet(heap, groups, listLength(heap, groups) - 1), x);
    });
    for (let i = 0; i < listLength(heap, keys); i++) {
      const t = newTuple(heap, 2);
      tupleInit(heap, t, 0, listGet(heap, keys, i));
      listAppend(heap, out, t);
      tupleInit(heap, t, 1, getIter(heap, listGet(heap, groups, i)));
    }
  }, groups);
}));

defineModule('itertools', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  void fromInt32;
});
