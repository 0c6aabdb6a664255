// Jobs used by the two-worker test and the heap benchmarks: real work over the shared heap with
// a collection in the middle. Each worker builds and sums its own lists and dicts of big ints,
// floats and strings, keeping them in handles across safepoints.

import { registerJob } from './jobs.js';
import type { Heap } from './heap.js';
import { intAdd, intFromBigInt, intToBigInt } from './int.js';
import { strFromJs, strLength, strToJs } from './str.js';
import { listAppend, listGet, listLength, newList, newTuple, tupleGet, tupleInit } from './sequence.js';
import { dictGet, dictSet, newDict } from './dict.js';
import { handleGet, handleSet, popHandles, pushHandle } from './gc.js';
import { collectGarbage, safepoint } from './safepoint.js';
import { fromFloat, fromInt32, fromPtr, isNull } from './value.js';
import type { GcStats } from './gc.js';

/** Control words shared by the two workers (an Int32Array over a small SAB). */
export const CTL = { BUILT: 0, WORKING: 1, COLLECTED: 2 } as const;

export interface BuildAndSumArgs {
  control: SharedArrayBuffer;
  role: 'collector' | 'worker';
  seed: number;
  n: number;
}

export interface BuildAndSumResult {
  thread: number;
  sumBig: string;
  sumFloat: number;
  strChars: number;
  sawCollectionMidWork: boolean;
  gc: GcStats | null;
}

/** The big int, float and string item i of a worker with this seed (the test recomputes them). */
export function bigItem(seed: number, i: number): bigint {
  return 10n ** 20n * BigInt(seed) + BigInt(i) * 1_000_003n;
}
export function floatItem(seed: number, i: number): number {
  return i * 0.25 + seed;
}
export function strItem(seed: number, i: number): string {
  return `w${seed}-é${i}`;
}

function waitFor(heap: Heap, ctl: Int32Array, index: number, value: number): void {
  for (;;) {
    const now = Atomics.load(ctl, index);
    if (now >= value) return;
    safepoint(heap); // waiting is a safepoint: a collection may run meanwhile
    Atomics.wait(ctl, index, now, 1);
  }
}

function sumAll(heap: Heap, list: number, dict: number, strs: number, seed: number, n: number) {
  let big = fromInt32(0);
  let floats = 0;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    big = intAdd(heap, big, listGet(heap, handleGet(heap, list), i));
    const value = dictGet(heap, handleGet(heap, dict), strFromJs(heap, strItem(seed, i)));
    if (isNull(value)) throw new Error(`key ${strItem(seed, i)} lost`);
    floats += value;
    const s = listGet(heap, handleGet(heap, strs), i);
    chars += strLength(heap, s);
    if (strToJs(heap, s) !== strItem(seed, i)) throw new Error(`string ${i} corrupted`);
  }
  return { big: intToBigInt(heap, big), floats, chars };
}

registerJob('build-and-sum', (heap: Heap, args: BuildAndSumArgs): BuildAndSumResult => {
  const ctl = new Int32Array(args.control);
  const { seed, n } = args;
  const base = pushHandle(heap, newList(heap));
  const dict = pushHandle(heap, newDict(heap));
  const strs = pushHandle(heap, newList(heap));
  for (let i = 0; i < n; i++) {
    listAppend(heap, handleGet(heap, base), intFromBigInt(heap, bigItem(seed, i)));
    dictSet(heap, handleGet(heap, dict), strFromJs(heap, strItem(seed, i)), fromFloat(floatItem(seed, i)));
    listAppend(heap, handleGet(heap, strs), strFromJs(heap, strItem(seed, i)));
    const garbage = newTuple(heap, 2); // unreachable at the next safepoint
    tupleInit(heap, garbage, 0, intFromBigInt(heap, bigItem(seed, i) * 7n));
    tupleInit(heap, garbage, 1, strFromJs(heap, `garbage ${i}`));
    if ((i & 63) === 0) safepoint(heap);
  }
  Atomics.add(ctl, CTL.BUILT, 1);
  waitFor(heap, ctl, CTL.BUILT, 2);
  let gc: GcStats | null = null;
  let sawCollectionMidWork = false;
  if (args.role === 'collector') {
    waitFor(heap, ctl, CTL.WORKING, 1);
    gc = collectGarbage(heap);
    Atomics.store(ctl, CTL.COLLECTED, 1);
    Atomics.notify(ctl, CTL.COLLECTED);
  } else {
    Atomics.store(ctl, CTL.WORKING, 1);
    Atomics.notify(ctl, CTL.WORKING);
    // Keep summing (a safepoint after each pass over 64 items) until the other worker's collection
    // has happened in the middle of our work; every pass must give the same answer.
    const before = heap.gcCount;
    let first: ReturnType<typeof sumAll> | null = null;
    while (Atomics.load(ctl, CTL.COLLECTED) === 0 || first === null) {
      const pass = sumAll(heap, base, dict, strs, seed, Math.min(n, 64));
      if (first !== null && (pass.big !== first.big || pass.floats !== first.floats)) throw new Error('partial sums changed');
      first = pass;
      safepoint(heap);
    }
    sawCollectionMidWork = heap.gcCount > before;
  }
  const total = sumAll(heap, base, dict, strs, seed, n);
  if (listLength(heap, handleGet(heap, base)) !== n) throw new Error('list length changed');
  popHandles(heap, base);
  return { thread: heap.thread, sumBig: total.big.toString(), sumFloat: total.floats, strChars: total.chars, sawCollectionMidWork, gc };
});

/**
 * Independent work for scaling measurements: build n (big int, float, str) triples in a list,
 * sum them, repeat `rounds` times (garbage each round), with a safepoint every 64 items.
 */
registerJob('churn', (heap: Heap, args: { seed: number; n: number; rounds: number }) => {
  let check = 0n;
  for (let r = 0; r < args.rounds; r++) {
    const list = pushHandle(heap, newList(heap));
    for (let i = 0; i < args.n; i++) {
      const t = newTuple(heap, 3);
      tupleInit(heap, t, 0, intFromBigInt(heap, bigItem(args.seed, i)));
      tupleInit(heap, t, 1, fromFloat(floatItem(args.seed, i)));
      tupleInit(heap, t, 2, strFromJs(heap, strItem(args.seed, i)));
      listAppend(heap, handleGet(heap, list), t);
      if ((i & 63) === 0) safepoint(heap);
    }
    // The running sum is a heap big int: it lives in a handle across safepoints.
    const sum = pushHandle(heap, fromInt32(0));
    for (let i = 0; i < args.n; i++) {
      const t = listGet(heap, handleGet(heap, list), i);
      handleSet(heap, sum, intAdd(heap, handleGet(heap, sum), tupleGet(heap, t, 0)));
      if ((i & 63) === 0) safepoint(heap);
    }
    check += intToBigInt(heap, handleGet(heap, sum));
    popHandles(heap, list);
  }
  return check.toString();
});

/**
 * Cross-thread reads: sum a list of ints another thread built (its address arrives as a plain
 * integer — never post a Value: structured clone need not keep NaN payloads), then build a
 * result dict and store it in the dict at address `results` under `name`.
 */
registerJob('sum-shared', (heap: Heap, args: { list: number; results: number; name: string }) => {
  heap.checkEpoch(); // the list may sit in pages added after this worker's views were made
  const list = fromPtr(args.list);
  let sum = 0n;
  for (let i = 0; i < listLength(heap, list); i++) sum += intToBigInt(heap, listGet(heap, list, i));
  const out = newDict(heap);
  dictSet(heap, out, strFromJs(heap, 'sum'), intFromBigInt(heap, sum));
  dictSet(heap, out, strFromJs(heap, 'by'), strFromJs(heap, `thread ${heap.thread}`));
  // Publishing into a dict another thread owns: fine here because its owner is not running (it
  // awaits us) and no other worker writes this dict; the no-GIL protocol will guard this with the
  // object's lock.
  dictSet(heap, fromPtr(args.results), strFromJs(heap, args.name), out);
  return sum.toString();
});

/** A job that raises a Python exception after pushing a handle (error-path test). */
registerJob('raise-index-error', (heap: Heap) => {
  pushHandle(heap, newList(heap));
  return listGet(heap, handleGet(heap, 0), 5);
});

/** A job whose worker dies mid-job without detaching (crash test). */
registerJob('die', (heap: Heap) => {
  pushHandle(heap, newList(heap));
  process.exit(3);
});
