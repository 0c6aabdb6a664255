// __iter__ and __next__ of the builtin iterator types (list_iterator, range_iterator, zip, map,
// enumerate, …), so that `it.__next__()` and `iter(x).__iter__() is it` work as in CPython.
// (The container types' dunders, which subclasses inherit, are classes-slots.ts's.)

import { defineMethod, self } from './registry.js';
import { NativeKind } from './native.js';
import { iterNext } from './containers.js';
import { raise } from './exceptions.js';
import { isNull } from '../value.js';
import { typeNameOf } from './protocol.js';

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
