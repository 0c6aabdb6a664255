// Randomized check of dict and set against a reference model, with collections in between:
// a dict must behave like a JS Map keyed by Python equality (insertion order, update in place,
// delete + re-insert moves to the end); a set like a JS Set of the same keys. Keys mix small
// ints, big ints, floats equal to ints (1.0 == 1), bools, strs and tuples, so equality across
// representations and every hash path are exercised. The model is independent of the heap.
import test from 'ava';
import { createRuntime } from './runtime.js';
import type { Heap } from './heap.js';
import { FALSE, TRUE, Value, fromFloat } from './value.js';
import { intFromBigInt } from './int.js';
import { strFromJs } from './str.js';
import { newTuple, tupleInit } from './sequence.js';
import { dictDelete, dictEntryKey, dictEntryValue, dictGet, dictLength, dictNext, dictSet, newDict } from './dict.js';
import { newSet, setAdd, setContains, setDiscard, setLength } from './set.js';
import { handleGet, pushHandle } from './gc.js';
import { collectGarbage } from './safepoint.js';
import { display, toJs } from './convert.js';
import { isNull } from './value.js';

/** A key description: its canonical identity under Python ==, and how to build it. */
interface Key { canon: string; make: (heap: Heap) => Value }

function randomKey(next: () => number): Key {
  const n = next() % 50;
  switch (next() % 6) {
    case 0: return { canon: `n${n}`, make: (heap) => intFromBigInt(heap, BigInt(n)) };
    case 1: return { canon: `n${n}`, make: () => fromFloat(n) }; // 3.0 == 3
    case 2: return { canon: `n${BigInt(n) + (1n << 70n)}`, make: (heap) => intFromBigInt(heap, BigInt(n) + (1n << 70n)) };
    case 3: return n % 2 === 0 ? { canon: 'n1', make: () => TRUE } : { canon: 'n0', make: () => FALSE };
    case 4: return { canon: `s${n}`, make: (heap) => strFromJs(heap, `key-é-${n}`) };
    default: return {
      canon: `t${n}`,
      make: (heap) => {
        const t = newTuple(heap, 2);
        tupleInit(heap, t, 0, intFromBigInt(heap, BigInt(n)));
        tupleInit(heap, t, 1, strFromJs(heap, 'x'));
        return t;
      },
    };
  }
}

function prng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

test('dict behaves like an insertion-ordered map under Python equality, across collections', (t) => {
  const heap = createRuntime({ growMinimal: true, initialBytes: 0 });
  const next = prng(42);
  const h = pushHandle(heap, newDict(heap));
  const model = new Map<string, number>();
  for (let step = 0; step < 20_000; step++) {
    const key = randomKey(next);
    const d = handleGet(heap, h);
    if (next() % 3 === 0) {
      t.is(dictDelete(heap, d, key.make(heap)), model.delete(key.canon));
    } else {
      dictSet(heap, d, key.make(heap), fromFloat(step));
      model.set(key.canon, step);
    }
    if (step % 2000 === 0) collectGarbage(heap);
  }
  const d = handleGet(heap, h);
  t.is(dictLength(heap, d), model.size);
  const values: number[] = [];
  for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) values.push(dictEntryValue(heap, d, p));
  t.deepEqual(values, [...model.values()], 'same order: values are unique step numbers');
  for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) {
    t.false(isNull(dictGet(heap, d, dictEntryKey(heap, d, p))), `lookup of ${display(heap, dictEntryKey(heap, d, p))}`);
  }
});

test('set membership matches a JS set under Python equality, across collections', (t) => {
  const heap = createRuntime({ growMinimal: true, initialBytes: 0 });
  const next = prng(7);
  const h = pushHandle(heap, newSet(heap));
  const model = new Set<string>();
  for (let step = 0; step < 20_000; step++) {
    const key = randomKey(next);
    const s = handleGet(heap, h);
    if (next() % 3 === 0) {
      t.is(setDiscard(heap, s, key.make(heap)), model.delete(key.canon));
    } else {
      setAdd(heap, s, key.make(heap));
      model.add(key.canon);
    }
    if (step % 2000 === 0) collectGarbage(heap);
  }
  const s = handleGet(heap, h);
  t.is(setLength(heap, s), model.size);
  const probe = prng(99);
  for (let k = 0; k < 2000; k++) {
    const key = randomKey(probe);
    t.is(setContains(heap, s, key.make(heap)), model.has(key.canon));
  }
  t.is((toJs(heap, s) as { set: unknown[] }).set.length, model.size);
});
