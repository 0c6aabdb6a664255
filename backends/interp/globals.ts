// load_global and store_global with a per-site cache (CPython's LOAD_GLOBAL_MODULE /
// LOAD_GLOBAL_BUILTIN specializations, in spirit). A site remembers the entry number its
// name had in the globals dict and in builtins (runtime/dict.ts: read back without hashing
// while the entry still holds the same key object), and, after a miss in globals, the
// globals dict's shape — keys table, entries ever appended, live entries — at that moment:
// while the shape is the same and no collection ran (addresses are reused), no key was
// added or deleted, so the name is still absent and builtins are read straight away.

import type { Heap, Value } from '../../runtime/index.js';
import { dictGet, dictSet, internStr, isNull } from '../../runtime/index.js';
import { dictEntryCount, dictEntryIndex, dictEntrySlot, dictHintedSlot, dictKeysAddr, dictTouched, dictUsed } from '../../runtime/dict.js';
import { builtinsDict } from '../../runtime/builtins/objects.js';
import { H } from '../../runtime/heap.js';
import { HI_PTR, ptrOrZero } from '../../runtime/value.js';
import { TypeId, TYPE_MASK } from '../../runtime/layout.js';
import { raiseNameError } from './name-suggest.js';
import type { Code } from './state.js';
import { SiteCache } from './dispatch.js';

/** One site's memory. Invariant: hints are only hints (always checked); the miss shape is
 *  meaningful only for the dict at `missDict` while the GC count is `missGc`. */
interface Site {
  globalsHint: number;
  builtinsHint: number;
  missDict: number;
  missKeys: number;
  missCount: number;
  missUsed: number;
  missGc: number;
}

/** The byte address of the frame's globals when it is an exact dict, else 0. */
function globalsAddr(i32: Int32Array, b: number): number {
  const w = (b - 1) << 1;
  if (i32[w + 1] !== HI_PTR) return 0;
  const a = i32[w] >>> 0;
  return (i32[a >>> 2] & TYPE_MASK) === TypeId.DICT ? a : 0;
}

export function loadGlobalStep(heap: Heap, code: Code, name: string, out: number, ic?: Float64Array): (b: number) => void {
  const key = internStr(heap, name); // immortal: the intern table is a root
  const keyAddr = ptrOrZero(key);
  const site: Site = { globalsHint: -1, builtinsHint: -1, missDict: 0, missKeys: 0, missCount: -1, missUsed: -1, missGc: -1 };
  return (b) => {
    const i32 = heap.i32;
    const g = globalsAddr(i32, b);
    if (g !== 0) {
      let at = dictHintedSlot(heap, g, site.globalsHint, keyAddr);
      if (at < 0 && site.missDict === g && dictKeysAddr(heap, g) === site.missKeys && dictEntryCount(heap, g) === site.missCount
        && dictUsed(heap, g) === site.missUsed && heap.gcCount === site.missGc) {
        at = dictHintedSlot(heap, i32[H.ROOT_BUILTINS] >>> 0, site.builtinsHint, keyAddr);
      }
      if (at >= 0) { heap.f64[b + out] = heap.f64[at]; return; }
      const globals = heap.f64[b - 1];
      const ix = dictEntryIndex(heap, globals, key);
      if (ix >= 0) {
        site.globalsHint = ix;
        if (ic !== undefined) { ic[SiteCache.HINT] = ix; ic[SiteCache.KEY] = keyAddr; }
        heap.f64[b + out] = heap.f64[dictEntrySlot(heap, g, ix)];
        return;
      }
      site.missDict = g;
      site.missKeys = dictKeysAddr(heap, g);
      site.missCount = dictEntryCount(heap, g);
      site.missUsed = dictUsed(heap, g);
      site.missGc = heap.gcCount;
      const builtins = builtinsDict(heap);
      const bix = dictEntryIndex(heap, builtins, key);
      if (bix < 0) raiseNameError(heap, code, b, globals, name);
      site.builtinsHint = bix;
      heap.f64[b + out] = heap.f64[dictEntrySlot(heap, heap.i32[H.ROOT_BUILTINS] >>> 0, bix)];
      return;
    }
    const globals = heap.f64[b - 1];
    let v = dictGet(heap, globals, key);
    if (isNull(v)) { v = dictGet(heap, builtinsDict(heap), key); if (isNull(v)) raiseNameError(heap, code, b, globals, name); }
    heap.f64[b + out] = v;
  };
}

export function storeGlobalStep(heap: Heap, name: string, src: number): (b: number) => void {
  const key = internStr(heap, name);
  const keyAddr = ptrOrZero(key);
  let hint = -1;
  return (b) => {
    const g = globalsAddr(heap.i32, b);
    if (g !== 0) {
      const at = dictHintedSlot(heap, g, hint, keyAddr);
      if (at >= 0) { heap.f64[at] = heap.f64[b + src]; dictTouched(heap, g); return; }
    }
    dictSet(heap, heap.f64[b - 1], key, heap.f64[b + src]);
    if (g !== 0) {
      const ix = dictEntryIndex(heap, heap.f64[b - 1], key);
      if (ix >= 0) hint = ix;
    }
  };
}
