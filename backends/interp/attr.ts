// Attribute access on instances of user classes with a per-site inline cache (CPython's
// specialized LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_METHOD / STORE_ATTR_INSTANCE_VALUE, in
// spirit). Each load_attr/store_attr site remembers, for the last class it saw, what the
// class side of the lookup gave: no attribute, a plain Python function (a method), or
// something else (property, classmethod, builtin slot...: always the general path). The
// memo is valid while the heap's TYPE_VERSION word is the one it was made under: every
// change to a class namespace or MRO bumps it, and so does every class creation, so a class
// created later at a dead class's address cannot match a stale memo either.
//
// A load_attr whose only use is the callee of a call in the same block is a *method load*:
// when it finds a plain function on the class it leaves the function in its slot and the
// instance in a hidden `self` slot instead of allocating a bound method, and the call
// prepends self (CPython's LOAD_ATTR method form + CALL).

import type { Heap, Value } from '../../runtime/index.js';
import { internStr, isNull } from '../../runtime/index.js';
import { dictEntryCount, dictEntryIndex, dictEntrySlot, dictHintedSlot, dictIndexHashed, dictSetHashed, dictTouched } from '../../runtime/dict.js';
import { H } from '../../runtime/heap.js';
import { HI_PTR, NULL, ptrOrZero } from '../../runtime/value.js';
import { TypeId, TYPE_MASK, TYPE_NAMES } from '../../runtime/layout.js';
import { NativeKind, nget } from '../../runtime/builtins/native.js';
import { loadAttr, storeAttr } from '../../runtime/builtins/objects.js';
import { boundMethod, isClass, lookupType, sharedNative, userMethod } from '../../runtime/classes.js';
import { METHODS, type NativeEntry } from '../../runtime/builtins/registry.js';
import { SiteCache } from './dispatch.js';
import { hashValue } from '../../runtime/keys.js';
import { hashOut } from '../../runtime/hash.js';

const enum ClassSide { NONE = 0, FUNCTION = 1, OTHER = 2 }

/** One site's memo. Invariant: meaningful only while `version` equals the heap's TYPE_VERSION. */
interface Memo {
  cls: number;
  version: number;
  side: ClassSide;
  /** The plain function found on the class (side FUNCTION). */
  fn: Value;
  /** Stores only: instances of this class take plain dict stores for this name. */
  plainStore: boolean;
  /** The entry number the name had in the last instance dict of this class (runtime/dict.ts). */
  hint: number;
}

/** Names with special meaning on every instance: always the general path. */
const SPECIAL = new Set(['__class__', '__dict__']);

/** The instance's class address, or 0 when `obj` is not a plain user-class INSTANCE. */
function instanceClass(heap: Heap, i32: Int32Array, oi: number): number {
  if (i32[oi + 1] !== HI_PTR) return 0;
  const w = (i32[oi] >>> 0) >>> 2;
  if ((i32[w] & TYPE_MASK) !== TypeId.FUNCTION || i32[w + 1] !== -NativeKind.INSTANCE) return 0;
  return i32[w + 2] >>> 0; // F0 (byte offset 8): the class pointer's low word
}

/** Whether `v` is a plain Python function (not a builtin, bound method or other native). */
export function isPlainFunction(v: Value, i32: Int32Array): boolean {
  if (v === v) return false;
  scratch[0] = v;
  if (scratchI[1] !== HI_PTR) return false;
  const w = (scratchI[0] >>> 0) >>> 2;
  return (i32[w] & TYPE_MASK) === TypeId.FUNCTION && i32[w + 1] >= 0;
}
const scratch = new Float64Array(1);
const scratchI = new Int32Array(scratch.buffer);


/** A site keeps up to MEMOS classes (polymorphic sites: richards' task subclasses). */
const MEMOS = 4;

function newMemos(): Memo[] {
  return Array.from({ length: MEMOS }, () => ({ cls: 0, version: -1, side: ClassSide.OTHER, fn: NULL, plainStore: false, hint: -1 }));
}

/** The site's memo for class `clsAddr`, (re)filled when missing or stale; round-robin eviction. */
function memoFor(heap: Heap, memos: Memo[], clsAddr: number, cls: Value, name: string, store: boolean): Memo {
  const version = heap.i32[H.TYPE_VERSION];
  for (let i = 0; i < MEMOS; i++) {
    const m = memos[i];
    if (m.cls === clsAddr) {
      if (m.version !== version) refill(heap, m, clsAddr, cls, name, store);
      return m;
    }
  }
  const m = memos[MEMOS - 1];
  for (let i = MEMOS - 1; i > 0; i--) memos[i] = memos[i - 1];
  memos[0] = m;
  refill(heap, m, clsAddr, cls, name, store);
  return m;
}

/** Fills `m` for class `cls` (an INSTANCE's class) and attribute `name`. */
function refill(heap: Heap, m: Memo, clsAddr: number, cls: Value, name: string, store: boolean): void {
  m.cls = clsAddr;
  m.version = heap.i32[H.TYPE_VERSION];
  m.side = ClassSide.OTHER;
  m.fn = NULL;
  m.plainStore = false;
  m.hint = -1;
  if (!isClass(heap, cls)) return;
  if (!store && !isNull(userMethod(heap, cls, '__getattribute__'))) return;
  if (store && (!isNull(userMethod(heap, cls, '__setattr__')) || !isNull(nget(heap, cls, 5)))) return;
  const attr = lookupType(heap, cls, name);
  if (isNull(attr)) m.side = ClassSide.NONE;
  else if (isPlainFunction(attr, heap.i32)) { m.side = ClassSide.FUNCTION; m.fn = attr; }
  m.plainStore = store && m.side !== ClassSide.OTHER;
}

/**
 * The f64 index of `name`'s value in the instance dict at f64 index `dictSlot` (a Value: a
 * dict pointer, or NULL when the instance has none), or -1 when it is not there. Tries the
 * memo's entry number first (no hashing); a full lookup updates it.
 */
function instanceSlot(heap: Heap, dictSlot: number, key: Value, keyAddr: number, m: Memo): number {
  const i32 = heap.i32;
  if (i32[(dictSlot << 1) + 1] !== HI_PTR) return -1;
  const a = i32[dictSlot << 1] >>> 0;
  const hinted = dictHintedSlot(heap, a, m.hint, keyAddr);
  if (hinted >= 0) return hinted;
  const ix = dictEntryIndex(heap, heap.f64[dictSlot], key);
  if (ix < 0) return -1;
  m.hint = ix;
  return dictEntrySlot(heap, a, ix);
}

/** Records in the dispatch switch's inline cache `ic` that instances of class `clsAddr` take
 *  the name from entry `m.hint` of their dict (dispatch.ts SiteCache). */
function fillCache(ic: Float64Array | undefined, clsAddr: number, m: Memo, keyAddr: number): void {
  if (ic === undefined) return;
  ic[SiteCache.CLASS] = clsAddr;
  ic[SiteCache.VERSION] = m.version;
  ic[SiteCache.HINT] = m.hint;
  ic[SiteCache.KEY] = keyAddr;
  ic[SiteCache.MODE] = 1;
}

/** Records that instances of class `clsAddr` without `key` in their dict load it as the
 *  method `m.fn` (a method load site: dispatch.ts SiteCache). */
function fillMethodCache(heap: Heap, ic: Float64Array | undefined, clsAddr: number, m: Memo, key: Value): void {
  if (ic === undefined) return;
  hashValue(heap, key);
  ic[SiteCache.CLASS] = clsAddr;
  ic[SiteCache.VERSION] = m.version;
  ic[SiteCache.MODE] = 2;
  ic[SiteCache.FN] = m.fn;
  ic[SiteCache.HASH_LO] = hashOut[0];
  ic[SiteCache.HASH_HI] = hashOut[1];
  ic[SiteCache.KEY_VALUE] = key;
}

/**
 * The step of `out = obj.name`; with `selfSlot` >= 0 a method load (see the top of the file):
 * self slot = the instance when `out` got an unbound class function, else NULL. `ic`: the
 * dispatch switch's inline cache for the site, filled on an instance-dict hit.
 */
export function loadAttrStep(heap: Heap, o: number, out: number, name: string, selfSlot: number, ic?: Float64Array): (b: number) => void {
  if (SPECIAL.has(name)) {
    return (b) => {
      const v = loadAttr(heap, heap.f64[b + o], name);
      heap.f64[b + out] = v;
      if (selfSlot >= 0) heap.f64[b + selfSlot] = NULL;
    };
  }
  const key = internStr(heap, name); // immortal: the intern table is a root
  const keyAddr = ptrOrZero(key);
  const memos = newMemos();
  // A method load on a str, bytes, tuple, list, dict, set or frozenset: the type's method
  // entry (per site, for the last type seen) as its shared unbound builtin, with the receiver
  // in the self slot — no bound builtin method is allocated (call.ts callMethodFromSlots).
  let builtinType = -1;
  let builtinEntry: NativeEntry | undefined;
  let moduleHint = -1;
  return (b) => {
    const i32 = heap.i32;
    const oi = (b + o) << 1;
    if (selfSlot >= 0 && i32[oi + 1] === HI_PTR) {
      const t = i32[(i32[oi] >>> 0) >>> 2] & TYPE_MASK;
      if (t >= TypeId.STR && t <= TypeId.FROZENSET) {
        if (t !== builtinType) {
          builtinType = t;
          // Only a method of this very type (frozenset borrows some of set's, whose unbound
          // form refuses a frozenset): the general path binds those.
          builtinEntry = METHODS.get(t)?.get(name);
          if (builtinEntry?.kind !== 'method' || !builtinEntry.qualname.startsWith(`${TYPE_NAMES[t]}.`)) builtinEntry = undefined;
        }
        if (builtinEntry !== undefined) {
          const f = sharedNative(heap, builtinEntry);
          heap.f64[b + selfSlot] = heap.f64[b + o];
          heap.f64[b + out] = f;
          return;
        }
      }
    }
    if (i32[oi + 1] === HI_PTR) {
      // A module's attribute (math.sqrt): read back from the entry its dict had it at last
      // time, while that entry still holds the name (a module's __getattr__ only answers
      // names its dict lacks, so a hit is always the attribute).
      const ma = i32[oi] >>> 0;
      if ((i32[ma >>> 2] & TYPE_MASK) === TypeId.MODULE && i32[((ma + 16) >>> 2) + 1] === HI_PTR) {
        const d = i32[(ma + 16) >>> 2] >>> 0;
        let at = dictHintedSlot(heap, d, moduleHint, keyAddr);
        if (at < 0) {
          const ix = dictEntryIndex(heap, heap.f64[(ma + 16) >>> 3], key);
          if (ix >= 0) { moduleHint = ix; at = dictEntrySlot(heap, d, ix); }
        }
        if (at >= 0) {
          heap.f64[b + out] = heap.f64[at];
          if (selfSlot >= 0) heap.f64[b + selfSlot] = NULL;
          return;
        }
      }
    }
    const clsAddr = instanceClass(heap, i32, oi);
    if (clsAddr !== 0) {
      const f64 = heap.f64;
      const obj = f64[b + o];
      const fb = (((i32[oi] >>> 0) + 8) >>> 3);
      const m = memoFor(heap, memos, clsAddr, f64[fb], name, false);
      if (m.side !== ClassSide.OTHER) {
        const at = instanceSlot(heap, fb + 1, key, keyAddr, m);
        if (at >= 0) {
          heap.f64[b + out] = heap.f64[at];
          if (selfSlot >= 0) heap.f64[b + selfSlot] = NULL;
          fillCache(ic, clsAddr, m, keyAddr);
          return;
        }
        if (m.side === ClassSide.FUNCTION) {
          if (selfSlot >= 0) {
            heap.f64[b + out] = m.fn;
            heap.f64[b + selfSlot] = obj;
            fillMethodCache(heap, ic, clsAddr, m, key);
          } else {
            const bm = boundMethod(heap, m.fn, obj);
            heap.f64[b + out] = bm;
          }
          return;
        }
      }
    }
    const v = loadAttr(heap, heap.f64[b + o], name);
    heap.f64[b + out] = v;
    if (selfSlot >= 0) heap.f64[b + selfSlot] = NULL;
  };
}

/**
 * Entries the instance dicts of a class (by address) reached, recorded once past a new dict's
 * first table (DICT_FIRST_USABLE entries): the size storeAttrStep gives the next instance's dict.
 * Only a size hint: a class freed and another allocated at its address gets a wrong one, harmlessly.
 */
const instanceSizes = new Map<number, number>();
const DICT_FIRST_USABLE = 5;

/** The step of `obj.name = x`: a plain instance-dict store when the memo allows it. `ic`: as
 *  loadAttrStep's, filled when the store found the name at its hinted entry. */
export function storeAttrStep(heap: Heap, o: number, x: number, name: string, ic?: Float64Array): (b: number) => void {
  if (SPECIAL.has(name)) return (b) => { storeAttr(heap, heap.f64[b + o], name, heap.f64[b + x]); };
  const key = internStr(heap, name);
  const keyAddr = ptrOrZero(key);
  const hashLo = hashValue(heap, key), hashHi = hashOut[1]; // an interned str's hash never changes
  const memos = newMemos();
  return (b) => {
    const i32 = heap.i32;
    const oi = (b + o) << 1;
    const clsAddr = instanceClass(heap, i32, oi);
    if (clsAddr !== 0) {
      const fb = (((i32[oi] >>> 0) + 8) >>> 3);
      const m = memoFor(heap, memos, clsAddr, heap.f64[fb], name, true);
      const d = heap.f64[fb + 1];
      if (m.plainStore && !isNull(d)) {
        // The attribute at the entry number hinted is overwritten in place; otherwise a
        // plain store (one lookup: __init__'s new attributes), after which a new key is
        // the dict's last entry: the hint for the next instance.
        const a = i32[(fb + 1) << 1] >>> 0;
        const at = dictHintedSlot(heap, a, m.hint, keyAddr);
        if (at >= 0) {
          heap.f64[at] = heap.f64[b + x];
          dictTouched(heap, a);
          fillCache(ic, clsAddr, m, keyAddr);
          return;
        }
        // Not __init__'s pattern (the hint one past the dict's last entry: a new attribute
        // appended in the same order as for the previous instance): an existing attribute
        // whose entry number the site learns now.
        const count = dictEntryCount(heap, a);
        if (m.hint !== count) {
          const ix = dictIndexHashed(heap, a, key, hashLo, hashHi);
          if (ix >= 0) {
            m.hint = ix;
            heap.f64[dictEntrySlot(heap, a, ix)] = heap.f64[b + x];
            dictTouched(heap, a);
            return;
          }
        }
        // The first attribute of a new instance sizes its dict for as many as the class's
        // instances got before (instanceSizes): no resize while __init__ fills it.
        m.hint = dictSetHashed(heap, a, key, hashLo, hashHi, heap.f64[b + x], count === 0 ? instanceSizes.get(clsAddr) ?? 0 : 0);
        if (m.hint >= DICT_FIRST_USABLE && (instanceSizes.get(clsAddr) ?? 0) <= m.hint) instanceSizes.set(clsAddr, m.hint + 1);
        return;
      }
    }
    storeAttr(heap, heap.f64[b + o], name, heap.f64[b + x]);
  };
}
