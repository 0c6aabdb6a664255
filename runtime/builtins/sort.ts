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
import { replaceContents } from './containers.js';

const isNone = (v: Value) => v !== v && hiOf(v) === hiOf(NONE);

export function sortList(heap: Heap, list: Value, key: Value, reverse: Value): void {
  const n = listLength(heap, list);
  const h = pushHandle(heap, list);
  // As list_sort_impl: the items move out and the list is empty while keys are computed and
  // compared, so a key function that changes the list changes only that empty list; afterwards
  // the list gets the sorted items back and the change is "list modified during sort".
  const saved = newList(heap, n);
  pushHandle(heap, saved);
  for (let i = 0; i < n; i++) listAppend(heap, saved, listGet(heap, list, i));
  const empty = newList(heap, 0);
  replaceContents(heap, list, empty);
  let sorted = false;
  try {
    const keys = newList(heap, n);
    pushHandle(heap, keys);
    const useKey = !isNull(key) && !isNone(key);
    for (let i = 0; i < n; i++) listAppend(heap, keys, useKey ? host.call(heap, key, single(heap, listGet(heap, saved, i))) : listGet(heap, saved, i));
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
    for (const i of order) listAppend(heap, items, listGet(heap, saved, i));
    const modified = listLength(heap, list) !== 0;
    replaceContents(heap, list, items);
    sorted = true;
    if (modified) raise('ValueError', 'list modified during sort');
  } finally {
    if (!sorted) replaceContents(heap, list, saved); // a key or comparison raised: the items come back unsorted
    popHandles(heap, h);
  }
}
