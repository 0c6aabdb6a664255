// itertools.groupby (with the shared-iterator semantics of CPython's _grouper: a group is
// valid only until the groupby advances) and itertools.tee (CPython's linked blocks of 57
// buffered items, so items every tee has passed can be collected).

import type { Heap } from '../heap.js';
import { type Value, NONE, NULL, isNull, isNone, fromInt32, loOf, sameValue } from '../value.js';
import { newList, listAppend, listLength, listGet, newTuple, tupleInit } from '../sequence.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineMethod, arg, self } from '../builtins/registry.js';
import { eq } from '../builtins/protocol.js';
import { getIter, iterNext, iterHooks } from '../builtins/containers.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, isExt, newExt, type ExtType } from '../builtins/ext-types.js';
import { ITERTOOLS_FUNCTIONS, iterClass, make, pair, opt } from './itertools-support.js';
import { asInt } from './math.js';

// --- groupby ---
// groupby: F1 iterator, F2 key function or None, F3 tgtkey, F4 currkey, F5 currvalue (each
// NULL when unset), F6 the current _grouper (NULL when none).
// _grouper: F1 its groupby, F2 the key it groups.

/** Reads the next item and its key into currvalue/currkey; false when the input is exhausted. */
function groupbyStep(heap: Heap, g: Value): boolean {
  const x = iterNext(heap, nget(heap, g, 1));
  if (isNull(x)) return false;
  const h = pushHandle(heap, x);
  try {
    const keyFn = nget(heap, g, 2);
    const k = isNone(keyFn) ? x : iterHooks.call1(heap, keyFn, x);
    nset(heap, g, 5, handleGet(heap, h));
    nset(heap, g, 4, k);
    return true;
  } finally { popHandles(heap, h); }
}

const keysEqual = (heap: Heap, a: Value, b: Value): boolean => sameValue(a, b) || eq(heap, a, b);

const grouperType = defineExtType('_grouper', 'itertools', {
  next: (heap, v) => {
    const g = nget(heap, v, 1);
    if (!sameValue(nget(heap, g, 6), v)) return NULL;
    if (isNull(nget(heap, g, 5)) && !groupbyStep(heap, g)) return NULL;
    if (!keysEqual(heap, nget(heap, v, 2), nget(heap, g, 4))) return NULL;
    const x = nget(heap, g, 5);
    nset(heap, g, 5, NULL);
    return x;
  },
});

const groupbyType: ExtType = iterClass('groupby', 'iterable, key=', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const g = make(heap, groupbyType, it, opt(arg(heap, a, 1)));
  nset(heap, g, 6, NULL);
  return g;
}, {
  next: (heap, v) => {
    nset(heap, v, 6, NULL);
    for (;;) {
      const curr = nget(heap, v, 4);
      if (!isNull(curr)) {
        const tgt = nget(heap, v, 3);
        if (isNull(tgt) || !keysEqual(heap, tgt, curr)) break;
      }
      if (!groupbyStep(heap, v)) return NULL;
    }
    nset(heap, v, 3, nget(heap, v, 4));
    const grouper = newExt(heap, grouperType);
    nset(heap, grouper, 1, v);
    nset(heap, grouper, 2, nget(heap, v, 3));
    nset(heap, v, 6, grouper);
    return pair(heap, nget(heap, v, 3), grouper);
  },
});

// --- tee ---
// _tee_dataobject (a block): F1 the shared source iterator, F2 the items read (a list of up to
// LINK_CELLS), F3 the next block (NULL until needed), F4 running flag (re-entry check).
// _tee: F1 its current block, F2 the index in that block.

const LINK_CELLS = 57;

const teeDataType = defineExtType('_tee_dataobject', 'itertools', {});

function newBlock(heap: Heap, it: Value): Value {
  const b = newExt(heap, teeDataType);
  nset(heap, b, 1, it);
  nset(heap, b, 2, newList(heap));
  nset(heap, b, 3, NULL);
  nset(heap, b, 4, fromInt32(0));
  return b;
}

const teeType: ExtType = defineExtType('_tee', 'itertools', {
  next: (heap, v) => {
    let block = nget(heap, v, 1);
    let i = loOf(nget(heap, v, 2));
    if (i >= LINK_CELLS) {
      if (isNull(nget(heap, block, 3))) nset(heap, block, 3, newBlock(heap, nget(heap, block, 1)));
      block = nget(heap, block, 3);
      nset(heap, v, 1, block);
      nset(heap, v, 2, fromInt32(0));
      i = 0;
    }
    const values = nget(heap, block, 2);
    if (i < listLength(heap, values)) {
      nset(heap, v, 2, fromInt32(i + 1));
      return listGet(heap, values, i);
    }
    if (loOf(nget(heap, block, 4)) === 1) raise('RuntimeError', 'cannot re-enter the tee iterator');
    nset(heap, block, 4, fromInt32(1));
    let x: Value;
    try { x = iterNext(heap, nget(heap, block, 1)); } finally { nset(heap, block, 4, fromInt32(0)); }
    if (isNull(x)) return NULL;
    listAppend(heap, nget(heap, block, 2), x);
    nset(heap, v, 2, fromInt32(i + 1));
    return x;
  },
});

function teeCopy(heap: Heap, t: Value): Value {
  const c = newExt(heap, teeType);
  nset(heap, c, 1, nget(heap, t, 1));
  nset(heap, c, 2, nget(heap, t, 2));
  return c;
}
defineMethod(extKey(teeType), '_tee', '__copy__', '', (heap, a) => teeCopy(heap, self(heap, a)));

ITERTOOLS_FUNCTIONS.push(['tee', defineFunction('itertools', 'tee', 'iterable, n=, /', (heap, a) => {
  const n = isNull(arg(heap, a, 1)) ? 2 : Number(asInt(heap, arg(heap, a, 1)));
  if (n < 0) raise('ValueError', 'n must be >= 0');
  const out = newTuple(heap, n);
  const h = pushHandle(heap, out);
  try {
    for (let i = 0; i < n; i++) tupleInit(heap, out, i, NONE);
    if (n === 0) return out;
    const it = getIter(heap, arg(heap, a, 0));
    let first: Value;
    if (isExt(heap, it, teeType)) first = it;
    else {
      const hi = pushHandle(heap, it);
      first = newExt(heap, teeType);
      nset(heap, first, 1, newBlock(heap, handleGet(heap, hi)));
      nset(heap, first, 2, fromInt32(0));
    }
    tupleInit(heap, handleGet(heap, h), 0, first);
    for (let i = 1; i < n; i++) tupleInit(heap, handleGet(heap, h), i, teeCopy(heap, first));
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
})]);
