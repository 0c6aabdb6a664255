// __iter__ and __next__ of the builtin iterator types (list_iterator, range_iterator, zip, map,
// enumerate, …), so that `it.__next__()` and `iter(x).__iter__() is it` work as in CPython.
// (The container types' dunders, which subclasses inherit, are classes-slots.ts's.)

import { defineMethod, self } from './registry.js';
import { NativeKind } from './native.js';
import { iterNext } from './containers.js';
import { raise } from './exceptions.js';
import { fromInt32, isNull, loOf } from '../value.js';
import { lengthOf, typeNameOf } from './protocol.js';
import { nget } from './native.js';
import { isUserTyped } from './class-hooks.js';
import type { Heap } from '../heap.js';
import type { Value } from '../value.js';
import { dictLength, dictNext } from '../dict.js';
import { setLength, setNext } from '../set.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { notImplemented } from '../classes-dunder.js';

const ITERATOR_KINDS = [NativeKind.SEQ_ITER, NativeKind.RANGE_ITER, NativeKind.DICT_ITER, NativeKind.SET_ITER,
  NativeKind.ENUMERATE, NativeKind.ZIP, NativeKind.MAP, NativeKind.FILTER, NativeKind.REVERSED];

for (const kind of ITERATOR_KINDS) {
  const key = 100 + kind;
  defineMethod(key, 'iterator', '__iter__', '', (heap, a) => self(heap, a));
  defineMethod(key, 'iterator', '__next__', '', (heap, a) => {
    const v = iterNext(heap, self(heap, a));
    return isNull(v) ? raise('StopIteration', '') : v;
  });
}

// __length_hint__ (operator.length_hint, PEP 424): what is left, as CPython's listiter_len,
// tupleiter_len, unicodeiter_len, striter_len, rangeiter_len, reversed_len, dictiter_len and
// setiter_len answer (the last two: 0 once the size changed); an
// iterator over an object's __getitem__ answers NotImplemented (length_hint's default then).
defineMethod(100 + NativeKind.SEQ_ITER, 'iterator', '__length_hint__', '', (heap, a) => {
  const it = self(heap, a), s = nget(heap, it, 0);
  if (isNull(s)) return fromInt32(0);
  const n = isUserTyped(heap, s) ? -1 : lengthOf(heap, s);
  if (n < 0) return notImplemented(heap);
  return fromInt32(Math.max(0, n - loOf(nget(heap, it, 1))));
});
defineMethod(100 + NativeKind.RANGE_ITER, 'iterator', '__length_hint__', '', (heap, a) => {
  const it = self(heap, a);
  const cur = intToBigInt(heap, nget(heap, it, 0)), stop = intToBigInt(heap, nget(heap, it, 1)), step = intToBigInt(heap, nget(heap, it, 2));
  const left = step > 0n ? (stop - cur + step - 1n) / step : (cur - stop - step - 1n) / -step;
  return intFromBigInt(heap, left > 0n ? left : 0n);
});
defineMethod(100 + NativeKind.REVERSED, 'iterator', '__length_hint__', '', (heap, a) => {
  const it = self(heap, a), s = nget(heap, it, 0);
  if (isNull(s)) return fromInt32(0);
  const n = lengthOf(heap, s);
  const position = loOf(nget(heap, it, 1)) + 1;
  return fromInt32(n < position ? 0 : position);
});
/** A dict or set iterator's hint: the live entries from its position (field 1), or 0 once its
 *  table (field 0) is gone or no longer has the size recorded in field `sizeField`. */
function entriesLeft(heap: Heap, it: Value, sizeField: number, size: (heap: Heap, c: Value) => number,
  next: (heap: Heap, c: Value, from: number) => number): Value {
  const c = nget(heap, it, 0);
  if (isNull(c) || size(heap, c) !== loOf(nget(heap, it, sizeField))) return fromInt32(0);
  let left = 0;
  for (let p = next(heap, c, loOf(nget(heap, it, 1))); p >= 0; p = next(heap, c, p + 1)) left++;
  return fromInt32(left);
}
defineMethod(100 + NativeKind.DICT_ITER, 'iterator', '__length_hint__', '', (heap, a) => entriesLeft(heap, self(heap, a), 3, dictLength, dictNext));
defineMethod(100 + NativeKind.SET_ITER, 'iterator', '__length_hint__', '', (heap, a) => entriesLeft(heap, self(heap, a), 2, setLength, setNext));
