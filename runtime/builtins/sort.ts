// list.sort / sorted: stable, with key and reverse, as CPython's (reverse keeps equal items
// in their original order). Keys are computed first, once per item, as CPython does.

import type { Heap } from '../heap.js';
import { NONE, type Value, hiOf, isNull } from '../value.js';
import { listGet, listLength, listSet, newList, listAppend } from '../sequence.js';
import { pushHandle, handleGet, popHandles } from '../gc.js';
import { compare } from './protocol.js';
import { truthy } from './protocol.js';
import { host, single } from './functions.js';
import { raise } from './exceptions.js';

const isNone = (v: Value) => v !== v && hiOf(v) === hiOf(NONE);

export function sortList(heap: Heap, list: Value, key: Value, reverse: Value): void {
  const n = listLength(heap, list);
  const h = pushHandle(heap, list);
  try {
    const keys = newList(heap, n);
    pushHandle(heap, keys);
    const useKey = !isNull(key) && !isNone(key);
    for (let i = 0; i < n; i++) listAppend(heap, keys, useKey ? host.call(heap, key, single(heap, listGet(heap, handleGet(heap, h), i))) : listGet(heap, list, i));
    const rev = !isNull(reverse) && truthy(heap, reverse);
    const order = Array.from({ length: n }, (_, i) => i);
    const cmp = (i: number, j: number): number => {
      const a = listGet(heap, keys, i), b = listGet(heap, keys, j);
      const c = compare(heap, rev ? a : b, rev ? b : a, '<');
      if (c === undefined) return 0;
      return rev ? (c < 0 ? 1 : c > 0 ? -1 : 0) * -1 * -1 : c < 0 ? 1 : c > 0 ? -1 : 0;
    };
    // Array.prototype.sort is stable; compare only ever asks `<` as CPython's sort does.
    order.sort((i, j) => {
      const a = listGet(heap, keys, i), b = listGet(heap, keys, j);
      const lt = compare(heap, a, b, '<');
      const gt = compare(heap, b, a, '<');
      const r = lt !== undefined && lt < 0 ? -1 : gt !== undefined && gt < 0 ? 1 : 0;
      return rev ? -r : r;
    });
    void cmp;
    const items = newList(heap, n);
    pushHandle(heap, items);
    for (const i of order) listAppend(heap, items, listGet(heap, list, i));
    if (listLength(heap, list) !== n) raise('ValueError', 'list modified during sort');
    for (let i = 0; i < n; i++) listSet(heap, list, i, listGet(heap, items, i));
  } finally {
    popHandles(heap, h);
  }
}
