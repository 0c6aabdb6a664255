// User classes on the shared heap: class objects, instances, bound methods, staticmethod,
// classmethod, property and super, with CPython's attribute lookup (type MRO first, data
// descriptors before the instance dict, then non-data descriptors and plain class
// attributes) and its C3 MRO. Layouts are native objects (builtins/native.ts: CLASS …
// SUPER), so the GC and allocator need no change.
//
// Calling Python back (methods, properties, __repr__) goes through `host.call`, which the
// interpreter installs; a Value that must survive such a call is kept in a handle.

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { NULL, NONE, type Value, isNull, isNone, loOf, fromPtr, ptrOrZero } from './value.js';
import { H } from './heap.js';
import { internStr, strToJs } from './str.js';
import { newTuple, tupleInit, tupleLength, listLength, listGet, newList, listAppend } from './sequence.js';
import { newDict, dictGet, dictSet, dictDelete } from './dict.js';
import { pushHandle, popHandles, handleGet } from './gc.js';
import { functionField } from './objects.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './builtins/native.js';
import { classHooks } from './builtins/class-hooks.js';
import { raise, excAncestors } from './builtins/exceptions.js';
import { METHODS, type NativeEntry } from './builtins/registry.js';
import { nativeValue, classOfBuiltin, builtinsDict } from './builtins/objects.js';
import { objectDunder } from './builtins/object-dunders.js';
import { tid, tupleItem, typeNameOf } from './builtins/protocol.js';
import { host } from './builtins/functions.js';
import { extTypeOf } from './builtins/ext-types.js';
import { BOUND, CLASS_SLOT_INDICES, SLOT_INDICES, UNBOUND, slotOf, slotHooks } from './classes-slots.js';
import { builtinValue } from './builtins/class-hooks.js';
import { NATIVES } from './builtins/registry.js';

/**
 * Calls f(a, b, c) with the first `argc` of them through the interpreter (they are kept as
 * handles meanwhile). Fixed parameters, not a rest array: a JS array of doubles may
 * canonicalize a NaN-boxed Value (docs/architecture-runtime.md), so Values never sit in one.
 */
export function callPy(heap: Heap, f: Value, argc: 0 | 1 | 2 | 3, a: Value = NULL, b: Value = NULL, c: Value = NULL): Value {
  const top = pushHandle(heap, f);
  try {
    pushHandle(heap, a);
    pushHandle(heap, b);
    pushHandle(heap, c);
    return host.callValues(heap, f, argc, a, b, c);
  } finally {
    popHandles(heap, top);
  }
}

export function isClass(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.CLASS;
}

export function isInstance(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.INSTANCE;
}

export function className(heap: Heap, cls: Value): string {
  // A builtin type object (object() instances) keeps its name at byte 8 too, so F0 reads it.
  return strToJs(heap, nget(heap, cls, 0));
}

function objectType(heap: Heap): Value {
  return fromPtr(heap.i32[H.TYPE_TABLE + TypeId.OBJECT]);
}

/**
 * The MRO of a class or builtin type object as heap addresses (plain integers: a JS array
 * must not hold Values, see callPy); `fromPtr` turns one back into a Value.
 */
/** Whether the class at byte address `addr` is on `cls`'s MRO: mroOf(cls).includes(addr)
 *  without building the array for a Python class (super() checks this on every call). */
export function mroContains(heap: Heap, cls: Value, addr: number): boolean {
  if (!isClass(heap, cls)) return mroOf(heap, cls).includes(addr);
  const mro = nget(heap, cls, 3);
  for (let i = 0, n = tupleLength(heap, mro); i < n; i++) if ((loOf(tupleItem(heap, mro, i)) >>> 0) === addr) return true;
  return false;
}

export function mroOf(heap: Heap, cls: Value): number[] {
  if (isClass(heap, cls)) {
    const mro = nget(heap, cls, 3);
    const out: number[] = [];
    for (let i = 0; i < tupleLength(heap, mro); i++) out.push(loOf(tupleItem(heap, mro, i)) >>> 0);
    return out;
  }
  if (tid(heap, cls) === TypeId.TYPE) {
    // A builtin type: itself, then its base chain (bool -> int -> object).
    const out: number[] = [];
    for (let t = cls; tid(heap, t) === TypeId.TYPE; t = functionField(heap, t, 16)) out.push(loOf(t) >>> 0);
    return out;
  }
  if (nativeKind(heap, cls) === NativeKind.EXC_TYPE) {
    // A builtin exception class: its ancestors by name (builtins/exceptions.ts), then object.
    const out: number[] = [];
    const builtins = fromPtr(heap.i32[H.ROOT_BUILTINS]);
    for (const n of excAncestors(strToJs(heap, nget(heap, cls, 0)))) {
      const c = dictGet(heap, builtins, internStr(heap, n));
      if (!isNull(c)) out.push(loOf(c) >>> 0);
    }
    out.push(loOf(objectType(heap)) >>> 0);
    return out;
  }
  return raise('NotImplementedError', `subclassing the builtin type '${typeDisplayName(heap, cls)}' is not supported by pyx yet`);
}

function typeDisplayName(heap: Heap, t: Value): string {
  if (isClass(heap, t)) return className(heap, t);
  if (nativeKind(heap, t) === NativeKind.EXC_TYPE) return strToJs(heap, nget(heap, t, 0));
  if (tid(heap, t) === TypeId.TYPE) return strToJs(heap, functionField(heap, t, 8));
  return typeNameOf(heap, t);
}

function same(a: Value, b: Value): boolean {
  return loOf(a) === loOf(b);
}

/** C3 linearization (CPython's mro_implementation), with its error message. */
/** C3 linearization on addresses (CPython's mro_implementation), with its error message. */
function c3(heap: Heap, cls: number, bases: number[]): number[] {
  const seqs = [...bases.map((b) => mroOf(heap, fromPtr(b))), [...bases]];
  const out: number[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head: number | undefined;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((o) => o.indexOf(cand, 1) >= 0)) { head = cand; break; }
    }
    if (head === undefined) {
      // CPython lists the remaining heads' classes in base order, deduplicated.
      const names: string[] = [];
      for (const s of live) { const n = typeDisplayName(heap, fromPtr(s[0])); if (!names.includes(n)) names.push(n); }
      return raise('TypeError', `Cannot create a consistent method resolution order (MRO) for bases ${names.join(', ')}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

/** Builtin types a class may derive from (CPython's Py_TPFLAGS_BASETYPE among pyx's types). */
const SUBCLASSABLE = new Set<number>([
  TypeId.OBJECT, TypeId.INT, TypeId.FLOAT, TypeId.STR, TypeId.BYTES, TypeId.TUPLE, TypeId.LIST, TypeId.DICT, TypeId.SET,
  TypeId.FROZENSET, TypeId.TYPE,
]);

/** The TypeId a builtin type object stands for. */
export function builtinTypeId(heap: Heap, t: Value): number {
  return heap.i32[((loOf(t) >>> 0) >>> 2) + 1];
}

/**
 * The builtin type (other than object) whose instances carry a class's data: `list` for
 * `class L(list)`, `type` for a metaclass, NULL for a plain class (CPython's "solid base").
 * Two different ones among the bases are CPython's "instance lay-out conflict".
 */
function solidBase(heap: Heap, b: Value): Value {
  if (isClass(heap, b)) return nget(heap, b, 6);
  if (tid(heap, b) === TypeId.TYPE && builtinTypeId(heap, b) !== TypeId.OBJECT) return b;
  return NULL;
}

const WRAPPED_ATTRS = new Set(['__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__']);

/** A new class object; `bases` empty means (object,). `meta` is its metaclass (NULL: type). */
export function newClass(heap: Heap, name: Value, basesTuple: Value, ns: Value, qualname: Value, meta: Value = NULL): Value {
  const bases: number[] = [];
  let solid = NULL;
  for (let i = 0; i < tupleLength(heap, basesTuple); i++) {
    const b = tupleItem(heap, basesTuple, i);
    if (!isClass(heap, b) && tid(heap, b) !== TypeId.TYPE && nativeKind(heap, b) !== NativeKind.EXC_TYPE) {
      raise('TypeError', `bases must be types`);
    }
    if (tid(heap, b) === TypeId.TYPE && !SUBCLASSABLE.has(builtinTypeId(heap, b))) {
      raise('TypeError', `type '${typeDisplayName(heap, b)}' is not an acceptable base type`);
    }
    if (bases.includes(loOf(b) >>> 0)) raise('TypeError', `duplicate base class ${typeDisplayName(heap, b)}`);
    const s = solidBase(heap, b);
    if (!isNull(s)) {
      if (!isNull(solid) && !same(s, solid)) {
        // int/bool is the only builtin pair where one derives from the other, and bool is final.
        raise('TypeError', 'multiple bases have instance lay-out conflict');
      }
      solid = s;
    }
    bases.push(loOf(b) >>> 0);
  }
  if (!isNull(solid) && bases.some((b) => nativeKind(heap, fromPtr(b)) === NativeKind.EXC_TYPE || isExceptionClass(heap, fromPtr(b)))) {
    raise('TypeError', 'multiple bases have instance lay-out conflict');
  }
  const top = pushHandle(heap, name);
  try {
    pushHandle(heap, ns);
    pushHandle(heap, qualname);
    pushHandle(heap, solid);
    pushHandle(heap, meta);
    if (bases.length === 0) bases.push(loOf(objectType(heap)) >>> 0);
    const bt = newTuple(heap, bases.length);
    bases.forEach((b, i) => tupleInit(heap, bt, i, fromPtr(b)));
    pushHandle(heap, bt);
    const cls = newNative(heap, NativeKind.CLASS);
    pushHandle(heap, cls);
    nset(heap, cls, 0, name);
    nset(heap, cls, 1, bt);
    nset(heap, cls, 2, ns);
    nset(heap, cls, 4, qualname);
    nset(heap, cls, 6, handleGet(heap, top + 3));
    nset(heap, cls, 7, handleGet(heap, top + 4));
    const mro = c3(heap, loOf(cls) >>> 0, bases);
    const mt = newTuple(heap, mro.length);
    mro.forEach((c, i) => tupleInit(heap, mt, i, fromPtr(c)));
    nset(heap, cls, 3, mt);
    nset(heap, cls, 5, slotsOf(heap, cls));
    // Defining __eq__ without __hash__ makes instances unhashable (type_new's rule).
    const eqKey = internStr(heap, '__eq__'), hashKey = internStr(heap, '__hash__');
    if (!isNull(dictGet(heap, ns, eqKey)) && isNull(dictGet(heap, ns, hashKey))) dictSet(heap, ns, hashKey, NONE);
    // type_new_set_doc: a class without a docstring has __doc__ None in its own dict (so an
    // instance of a subclass does not read its base's docstring).
    const docKey = internStr(heap, '__doc__');
    if (isNull(dictGet(heap, ns, docKey))) dictSet(heap, ns, docKey, NONE);
    // __new__ and __init_subclass__ are implicitly static/class methods (type_new does the same).
    wrapImplicit(heap, ns, '__new__', NativeKind.STATICMETHOD);
    wrapImplicit(heap, ns, '__init_subclass__', NativeKind.CLASSMETHOD);
    wrapImplicit(heap, ns, '__class_getitem__', NativeKind.CLASSMETHOD);
    recordSubclass(heap, cls);
    typeModified(heap);
    return cls;
  } finally {
    popHandles(heap, top);
  }
}

/**
 * type.__subclasses__()'s registry: a dict in the builtins namespace under a hidden key, from
 * each base class's address (an int) to the list of its direct subclasses in creation order.
 * pyx has no weak references (pylib/weakref.py says so), so the lists hold their classes:
 * a class made in a loop lives to the end of the program. Addresses are safe keys: an entry's
 * subclasses keep the base (their __bases__) alive, so its address is never reused.
 */
function recordSubclass(heap: Heap, cls: Value): void {
  const top = pushHandle(heap, cls);
  try {
    const key = internStr(heap, '\0subclasses');
    let table = dictGet(heap, builtinsDict(heap), key);
    if (isNull(table)) { table = newDict(heap); dictSet(heap, builtinsDict(heap), key, table); }
    pushHandle(heap, table);
    const bases = nget(heap, handleGet(heap, top), 1);
    for (let i = 0; i < tupleLength(heap, bases); i++) {
      const base = fromInt32(loOf(tupleItem(heap, nget(heap, handleGet(heap, top), 1), i)));
      let list = dictGet(heap, handleGet(heap, top + 1), base);
      if (isNull(list)) { list = newList(heap); dictSet(heap, handleGet(heap, top + 1), base, list); }
      listAppend(heap, list, handleGet(heap, top));
    }
  } finally {
    popHandles(heap, top);
  }
}

/** cls.__subclasses__(): a new list of the classes made with `cls` among their bases. */
export function subclassesOf(heap: Heap, cls: Value): Value {
  const table = dictGet(heap, builtinsDict(heap), internStr(heap, '\0subclasses'));
  const list = isNull(table) ? NULL : dictGet(heap, table, fromInt32(loOf(cls)));
  const out = newList(heap);
  if (!isNull(list)) for (let i = 0; i < listLength(heap, list); i++) listAppend(heap, out, listGet(heap, list, i));
  return out;
}

/**
 * __slots__: NULL when instances have a __dict__ (some class on the MRO has no __slots__,
 * or names '__dict__'), else a tuple of every slot name along the MRO. pyx keeps slot
 * values in the instance dict too; only which names may be set differs, as CPython shows it.
 */
function slotsOf(heap: Heap, cls: Value): Value {
  const names: string[] = [];
  for (const addr of mroOf(heap, cls)) {
    const c = fromPtr(addr);
    if (!isClass(heap, c)) continue;
    const slots = dictGet(heap, nget(heap, c, 2), internStr(heap, '__slots__'));
    if (isNull(slots)) return NULL;
    const first = names.length;
    if (tid(heap, slots) === TypeId.STR) names.push(strToJs(heap, slots));
    else if (tid(heap, slots) === TypeId.TUPLE) {
      for (let i = 0; i < tupleLength(heap, slots); i++) {
        const n = tupleItem(heap, slots, i);
        if (tid(heap, n) !== TypeId.STR) raise('TypeError', `__slots__ items must be strings, not '${typeNameOf(heap, n)}'`);
        names.push(strToJs(heap, n));
      }
    } else if (tid(heap, slots) === TypeId.LIST) {
      for (let i = 0; i < listLength(heap, slots); i++) {
        const n = listGet(heap, slots, i);
        if (tid(heap, n) !== TypeId.STR) raise('TypeError', `__slots__ items must be strings, not '${typeNameOf(heap, n)}'`);
        names.push(strToJs(heap, n));
      }
    } else {
      raise('NotImplementedError', `__slots__ of type '${typeNameOf(heap, slots)}' is not supported by pyx yet`);
    }
    // The class's own slots may not also be its class attributes (type_new's check).
    if (addr === (loOf(cls) >>> 0)) {
      for (const n of names.slice(first)) {
        if (n !== '__dict__' && n !== '__weakref__' && !isNull(dictGet(heap, nget(heap, c, 2), internStr(heap, n)))) raise('ValueError', `'${n}' in __slots__ conflicts with class variable`);
      }
    }
  }
  if (names.includes('__dict__')) return NULL;
  const t = newTuple(heap, names.length);
  const top = pushHandle(heap, t);
  try {
    names.forEach((n, i) => tupleInit(heap, handleGet(heap, top), i, internStr(heap, n)));
    return handleGet(heap, top);
  } finally {
    popHandles(heap, top);
  }
}

function slotAllowed(heap: Heap, cls: Value, name: string): boolean {
  const slots = nget(heap, cls, 5);
  if (isNull(slots)) return true;
  for (let i = 0; i < tupleLength(heap, slots); i++) if (strToJs(heap, tupleItem(heap, slots, i)) === name) return true;
  return false;
}

function wrapImplicit(heap: Heap, ns: Value, name: string, kind: NativeKind): void {
  const key = internStr(heap, name);
  const f = dictGet(heap, ns, key);
  if (isNull(f) || tid(heap, f) !== TypeId.FUNCTION || nativeKind(heap, f) !== 0) return;
  const w = newNative(heap, kind);
  nset(heap, w, 0, f);
  dictSet(heap, ns, key, w);
}

/** `name` along the MRO of class `cls` (the attribute itself, unbound), or NULL. */
export function lookupType(heap: Heap, cls: Value, name: string, after: Value = NULL): Value {
  const v = findAttr(heap, cls, name, after);
  if (!isNull(v) || foundEntry === undefined) return v;
  return sharedNative(heap, foundEntry);
}

/**
 * The one unbound builtin function object for `e` per heap, so that `object.__new__ is
 * object.__new__` (pylib's enum tests exactly that). Kept in a dict in field F1 of the
 * NotImplemented singleton (a GC root no Python code reaches), keyed by registry index.
 */
export function sharedNative(heap: Heap, e: NativeEntry): Value {
  // Per thread, the address each entry's object has on this heap (plain numbers, not Values:
  // see value.ts). The dict keeps the objects alive and the heap never moves them.
  if (sharedHeap !== heap) { sharedHeap = heap; sharedAddrs.length = 0; }
  const known = sharedAddrs[e.index];
  if (known !== undefined) return fromPtr(known);
  const f = sharedNativeSlow(heap, e);
  if (ptrOrZero(f) !== 0 && !isNull(dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, 'NotImplemented')))) sharedAddrs[e.index] = ptrOrZero(f);
  return f;
}
let sharedHeap: Heap | null = null;
const sharedAddrs: number[] = [];

function sharedNativeSlow(heap: Heap, e: NativeEntry): Value {
  const holder = dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, 'NotImplemented'));
  if (isNull(holder)) return nativeValue(heap, e);
  let cache = nget(heap, holder, 1);
  if (isNull(cache)) {
    cache = newDict(heap);
    nset(heap, holder, 1, cache);
  }
  const key = fromInt32(e.index);
  const hit = dictGet(heap, cache, key);
  if (!isNull(hit)) return hit;
  const h = pushHandle(heap, cache);
  try {
    const f = nativeValue(heap, e);
    dictSet(heap, handleGet(heap, h), key, f);
    return f;
  } finally {
    popHandles(heap, h);
  }
}

/** Set by findAttr when `name` was found as a method of a builtin type on the MRO. */
let foundEntry: NativeEntry | undefined;
/** The address of the MRO entry where the last lookup found its builtin entry. */
let foundOwner = 0;

/** Whether the last lookupType/userMethod that found a builtin entry found it on `object` (the defaults). */
export function foundOnObject(heap: Heap): boolean {
  return foundOwner === (loOf(objectType(heap)) >>> 0);
}

/**
 * `name` along the MRO without allocating: a class-dict Value, or NULL with `foundEntry` set
 * when a builtin type on the MRO (object, an exception class) has it, or NULL when nobody has.
 * Walks the MRO tuple in place (method lookup is on every attribute access).
 */
function findAttr(heap: Heap, cls: Value, name: string, after: Value): Value {
  const own = isClass(heap, cls);
  if (own && isNull(after)) {
    const hit = cachedAttr(heap, cls, name);
    if (hit !== undefined) { foundEntry = hit.entry; foundOwner = hit.owner; return hit.v; }
    const v = findAttrUncached(heap, cls, name, after, own);
    attrCache.get(name)?.set(loOf(cls) >>> 0, { v, entry: foundEntry, owner: foundOwner });
    return v;
  }
  if (own) {
    // The walk after a class on the MRO: super().name (the same cache, per starting class).
    const byStart = cachedAfter(heap, cls, name);
    const at = loOf(after) >>> 0;
    const hit = byStart.get(at);
    if (hit !== undefined) { foundEntry = hit.entry; foundOwner = hit.owner; return hit.v; }
    const v = findAttrUncached(heap, cls, name, after, own);
    byStart.set(at, { v, entry: foundEntry, owner: foundOwner });
    return v;
  }
  return findAttrUncached(heap, cls, name, after, own);
}

/**
 * CPython's type attribute cache: (class address, name) → what the MRO walk found, per
 * thread. Valid while the heap's TYPE_VERSION word (bumped by typeModified on any change of a
 * class namespace or MRO, on any thread) and the GC count (a collection may give a dead
 * class's address to a new one) are those it was filled under. Every attribute access on an
 * instance walks the MRO at least once (for __getattribute__), so this is the hot path of
 * class-heavy programs.
 */
interface FoundAttr { readonly v: Value; readonly entry: NativeEntry | undefined; readonly owner: number }
const attrCache = new Map<string, Map<number, FoundAttr>>();
let attrCacheVersion = -1;
let attrCacheGc = -1;
/** The heap the cache was filled from: a later run on a fresh heap starts with the same
 *  version and GC count, and may put other objects at the cached class addresses. */
let attrCacheHeap: Heap | null = null;

/** Empties both attribute caches when the heap, its TYPE_VERSION or its GC count changed. */
function validateAttrCaches(heap: Heap): void {
  // Plain reads, as attr.ts's memos do: Atomics.load on the heap's growable SAB is not inlined.
  const version = heap.i32[H.TYPE_VERSION], gc = heap.gcCount;
  if (version !== attrCacheVersion || gc !== attrCacheGc || heap !== attrCacheHeap) {
    attrCache.clear();
    afterCache.clear();
    attrCacheVersion = version;
    attrCacheGc = gc;
    attrCacheHeap = heap;
  }
}

function cachedAttr(heap: Heap, cls: Value, name: string): FoundAttr | undefined {
  validateAttrCaches(heap);
  let byClass = attrCache.get(name);
  if (byClass === undefined) { byClass = new Map(); attrCache.set(name, byClass); }
  return byClass.get(loOf(cls) >>> 0);
}

/** cachedAttr's companion for the walks that start after a class of the MRO (super()):
 *  name → class address → (starting class address → what was found); same validity. */
const afterCache = new Map<string, Map<number, Map<number, FoundAttr>>>();

function cachedAfter(heap: Heap, cls: Value, name: string): Map<number, FoundAttr> {
  validateAttrCaches(heap);
  let byClass = afterCache.get(name);
  if (byClass === undefined) { byClass = new Map(); afterCache.set(name, byClass); }
  let byStart = byClass.get(loOf(cls) >>> 0);
  if (byStart === undefined) { byStart = new Map(); byClass.set(loOf(cls) >>> 0, byStart); }
  return byStart;
}

/** Invalidates every thread's attribute cache: call after changing a class namespace or MRO. */
export function typeModified(heap: Heap): void {
  Atomics.add(heap.i32, H.TYPE_VERSION, 1);
}

function findAttrUncached(heap: Heap, cls: Value, name: string, after: Value, own: boolean): Value {
  foundEntry = undefined;
  foundOwner = 0;
  const key = internStr(heap, name);
  let started = isNull(after);
  const mro = own ? nget(heap, cls, 3) : NULL;
  const addrs = own ? null : mroOf(heap, cls);
  const n = own ? tupleLength(heap, mro) : addrs!.length;
  for (let i = 0; i < n; i++) {
    const c = own ? tupleItem(heap, mro, i) : fromPtr(addrs![i]);
    if (!started) { started = same(c, after); continue; }
    if (isClass(heap, c)) {
      const v = dictGet(heap, nget(heap, c, 2), key);
      if (!isNull(v)) return v;
      continue;
    }
    if (nativeKind(heap, c) === NativeKind.EXC_TYPE) {
      const m = METHODS.get(100 + NativeKind.EXC)?.get(name);
      if (m !== undefined) { foundEntry = m; foundOwner = loOf(c) >>> 0; return NULL; }
      continue;
    }
    // A builtin type: its slot wrappers (classes-slots.ts), then its methods.
    const id = builtinTypeId(heap, c);
    const slot = slotOf(id, name);
    const m = slot !== undefined ? slot.method : METHODS.get(id)?.get(name) ?? (id === TypeId.FROZENSET ? METHODS.get(TypeId.SET)?.get(name) : undefined);
    if (m !== undefined) { foundEntry = m; foundOwner = loOf(c) >>> 0; return NULL; }
  }
  return NULL;
}

/** Whether the last userMethod/lookupType that found nothing in a class dict found a builtin type's slot wrapper. */
export function foundSlot(): boolean {
  return foundEntry !== undefined && SLOT_INDICES.has(foundEntry.index);
}

/** A user function defined in a class (not a builtin type's method), or NULL. Allocates nothing. */
export function userMethod(heap: Heap, cls: Value, name: string): Value {
  return findAttr(heap, cls, name, NULL);
}

export function classOf(heap: Heap, v: Value): Value {
  return nget(heap, v, 0);
}

/** An exception instance (EXC) whose class is a user class: its instance dict is F7. */
export function isUserException(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.EXC && isClass(heap, nget(heap, v, 0));
}

/** A user class with an exception class on its MRO (its instances are EXC objects). */
const IS_EXCEPTION_CLASS = '\0is-exception-class';

export function isExceptionClass(heap: Heap, cls: Value): boolean {
  if (!isClass(heap, cls)) return false;
  // Memoized in the attribute cache under a name no attribute can have (every instantiation asks).
  const hit = cachedAttr(heap, cls, IS_EXCEPTION_CLASS);
  if (hit !== undefined) return hit.owner === 1;
  const r = mroOf(heap, cls).some((a) => nativeKind(heap, fromPtr(a)) === NativeKind.EXC_TYPE);
  attrCache.get(IS_EXCEPTION_CLASS)?.set(loOf(cls) >>> 0, { v: NULL, entry: undefined, owner: r ? 1 : 0 });
  return r;
}

const EXC_DICT = 7;

/** The instance dict: F1 of an INSTANCE, F7 of a user exception (NULL until first set). */
function instanceDict(heap: Heap, obj: Value): Value {
  return nget(heap, obj, nativeKind(heap, obj) === NativeKind.EXC ? EXC_DICT : 1);
}

export function isPlainFunction(heap: Heap, v: Value): boolean {
  return tid(heap, v) === TypeId.FUNCTION && nativeKind(heap, v) === 0;
}

export function boundMethod(heap: Heap, f: Value, self: Value): Value {
  const m = newNative(heap, NativeKind.METHOD);
  nset(heap, m, 0, f);
  nset(heap, m, 1, self);
  return m;
}

/** The descriptor protocol's __get__ for the attribute kinds pyx knows; instance NULL: on the class. */
function bind(heap: Heap, attr: Value, instance: Value, owner: Value): Value {
  const k = nativeKind(heap, attr);
  if (k === 0 && isPlainFunction(heap, attr)) return isNull(instance) ? attr : boundMethod(heap, attr, instance);
  if (k === NativeKind.STATICMETHOD) return nget(heap, attr, 0);
  if (k === NativeKind.CLASSMETHOD) return boundMethod(heap, nget(heap, attr, 0), owner);
  if (k === NativeKind.PROPERTY) {
    if (isNull(instance)) return attr;
    const get = nget(heap, attr, 0);
    if (isNone(get)) raise('AttributeError', `${propertyLabel(heap, attr)} of '${typeNameOf(heap, instance)}' object has no getter`);
    return callPy(heap, get, 1, instance);
  }
  if (k === NativeKind.EXT) { const ext = extTypeOf(heap, attr)!; if (ext.get) return ext.get(heap, attr, instance, owner); }
  if (k === NativeKind.INSTANCE) {
    // A user descriptor: type(attr).__get__(attr, instance or None, owner).
    const get = lookupType(heap, classOf(heap, attr), '__get__');
    if (!isNull(get)) return callPy(heap, get, 3, attr, isNull(instance) ? NONE : instance, isNull(owner) ? NONE : owner);
  }
  if (k === NativeKind.BUILTIN && CLASS_SLOT_INDICES.has(loOf(nget(heap, attr, 0))) && !isNull(owner)) {
    // object.__init_subclass__ and its kind: class methods, bound to the class.
    return nativeValue(heap, NATIVES[loOf(nget(heap, attr, 0))], isNull(instance) || !isClass(heap, instance) ? owner : instance);
  }
  if (k === NativeKind.BUILTIN && !isNull(instance) && isNull(nget(heap, attr, 1)) && BOUND.has(loOf(nget(heap, attr, 0)))) {
    // An unbound slot wrapper stored in a class (`__format__ = int.__format__`): a descriptor
    // like a function, so the instance becomes its self.
    return nativeValue(heap, BOUND.get(loOf(nget(heap, attr, 0)))!, instance);
  }
  if (k === NativeKind.BUILTIN && isNull(instance) && UNBOUND.has(loOf(nget(heap, attr, 0)))) {
    // A slot wrapper reached through the class (`L.__len__(x)`): its unbound form.
    return nativeValue(heap, UNBOUND.get(loOf(nget(heap, attr, 0)))!);
  }
  if (k === NativeKind.BUILTIN && !isNull(instance)) {
    // A slot wrapper gets the instance itself; a builtin type's plain method (list.append)
    // the builtin value inside it (classes-slots.ts).
    const index = loOf(nget(heap, attr, 0));
    const self = SLOT_INDICES.has(index) || NATIVES[index].qualname.startsWith('object.') ? instance : builtinValue(heap, instance);
    const h = pushHandle(heap, self);
    try {
      const fresh = newNative(heap, NativeKind.BUILTIN);
      nset(heap, fresh, 0, nget(heap, attr, 0));
      nset(heap, fresh, 1, handleGet(heap, h));
      return fresh;
    } finally {
      popHandles(heap, h);
    }
  }
  return attr;
}

function propertyName(heap: Heap, p: Value): string {
  const own = nget(heap, p, 4); // set by __set_name__ when the class was made (F4)
  if (!isNull(own) && tid(heap, own) === TypeId.STR) return strToJs(heap, own);
  const g = nget(heap, p, 0);
  return isPlainFunction(heap, g) ? strToJs(heap, functionField(heap, g, 16)).split('.').pop()! : '';
}

/** `property 'x'` in a property's errors, or just `property` when it has no name (property() outside a class). */
function propertyLabel(heap: Heap, p: Value): string {
  const n = propertyName(heap, p);
  return n === '' ? 'property' : `property '${n}'`;
}

/** object.__getattribute__(obj, name) for an instance; NULL when missing (the caller raises). */
export function genericGetAttr(heap: Heap, obj: Value, name: string): Value {
  const cls = classOf(heap, obj);
  if (name === '__class__') return cls;
  if (name === '__dict__' && isClass(heap, cls) && isNull(nget(heap, cls, 5))) {
    if (!isNull(instanceDict(heap, obj))) return instanceDict(heap, obj);
    if (nativeKind(heap, obj) === NativeKind.EXC) {
      // A user exception's dict is made on first use.
      const h = pushHandle(heap, obj);
      try {
        const d = newDict(heap);
        nset(heap, handleGet(heap, h), EXC_DICT, d);
        return d;
      } finally {
        popHandles(heap, h);
      }
    }
  }
  if (!isClass(heap, cls)) return isNull(attr0(heap, cls, name)) ? NULL : bind(heap, attr0(heap, cls, name), obj, cls);
  const attr = lookupType(heap, cls, name);
  if (!isNull(attr) && (nativeKind(heap, attr) === NativeKind.PROPERTY || isDataDescriptor(heap, attr))) return bind(heap, attr, obj, cls);
  const d = instanceDict(heap, obj);
  const own = isNull(d) ? NULL : dictGet(heap, d, internStr(heap, name));
  if (!isNull(own)) return own;
  if (!isNull(attr)) return bind(heap, attr, obj, cls);
  return NULL;
}

/** A user object whose type defines __set__ or __delete__: it wins over the instance dict. */
function isDataDescriptor(heap: Heap, attr: Value): boolean {
  if (nativeKind(heap, attr) !== NativeKind.INSTANCE) return false;
  const t = classOf(heap, attr);
  return !isNull(lookupType(heap, t, '__set__')) || !isNull(lookupType(heap, t, '__delete__'));
}

/** object()'s attributes: only what `object` itself has. */
function attr0(heap: Heap, cls: Value, name: string): Value {
  return lookupType(heap, cls, name);
}

function instanceGetAttr(heap: Heap, obj: Value, name: string): Value {
  const cls = classOf(heap, obj);
  const custom = userMethod(heap, cls, '__getattribute__');
  let v: Value;
  if (!isNull(custom)) {
    try {
      return callPy(heap, custom, 2, obj, internStr(heap, name));
    } catch (e) {
      const getattr = userMethod(heap, cls, '__getattr__');
      if (isNull(getattr) || (e as { pyType?: string }).pyType !== 'AttributeError') throw e;
      return callPy(heap, getattr, 2, obj, internStr(heap, name));
    }
  }
  v = genericGetAttr(heap, obj, name);
  if (!isNull(v)) return v;
  const getattr = userMethod(heap, cls, '__getattr__');
  if (!isNull(getattr)) return callPy(heap, getattr, 2, obj, internStr(heap, name));
  return raise('AttributeError', `'${className(heap, cls)}' object has no attribute '${name}'`);
}

/**
 * getattr(obj, name, default) / hasattr for a user instance or class without raising when the
 * attribute is simply absent (CPython's _PyObject_LookupAttr): the value, NULL when absent, or
 * undefined when a __getattribute__/__getattr__ hook or a type other than an instance or class
 * decides (the caller then takes the raising path). A descriptor's own AttributeError (a
 * property getter's) still propagates: the caller catches it as before. Raising AttributeError only to catch it at
 * once cost ~5 us a miss (dataclasses and enum call getattr(cls, name, default) a lot).
 */
export function getAttrOrNull(heap: Heap, v: Value, name: string): Value | undefined {
  const kind = nativeKind(heap, v);
  // A metaclass may define __getattr__: only classes of plain `type` are answered here.
  if (kind === NativeKind.CLASS) return isNull(nget(heap, v, 7)) ? classGetAttrOrNull(heap, v, name) : undefined;
  if (kind !== NativeKind.INSTANCE) return undefined;
  const cls = classOf(heap, v);
  if (!isNull(userMethod(heap, cls, '__getattribute__'))) return undefined;
  const found = genericGetAttr(heap, v, name);
  if (!isNull(found)) return found;
  return isNull(userMethod(heap, cls, '__getattr__')) ? NULL : undefined;
}

/** What classes-builtins.ts adds at load: C.__dict__'s read-only view of the namespace. */
export const classExtras = { mappingProxy: (_heap: Heap, ns: Value): Value => ns };

/** type(cls): its metaclass, or the builtin `type`. */
export function metaclassOf(heap: Heap, cls: Value): Value {
  const m = nget(heap, cls, 7);
  return isNull(m) ? fromPtr(heap.i32[H.TYPE_TABLE + TypeId.TYPE]) : m;
}

/**
 * type.__getattribute__: a data descriptor (property) of the metaclass, then the class's
 * own MRO, then the metaclass's attributes bound to the class (CPython's type_getattro).
 */
function classGetAttr(heap: Heap, cls: Value, name: string): Value {
  const v = classGetAttrOrNull(heap, cls, name);
  if (!isNull(v)) return v;
  // A metaclass's __getattr__ answers what the class lacks (slot_tp_getattr_hook).
  const meta = nget(heap, cls, 7);
  const hook = isNull(meta) || !isClass(heap, meta) ? NULL : userMethod(heap, meta, '__getattr__');
  if (!isNull(hook)) return callPy(heap, hook, 2, cls, internStr(heap, name));
  return raise('AttributeError', `type object '${className(heap, cls)}' has no attribute '${name}'`);
}

/** classGetAttr, or NULL when the class has no such attribute. */
function classGetAttrOrNull(heap: Heap, cls: Value, name: string): Value {
  switch (name) {
    case '__name__': return nget(heap, cls, 0);
    case '__qualname__': return nget(heap, cls, 4);
    case '__bases__': return nget(heap, cls, 1);
    case '__base__': return tupleItem(heap, nget(heap, cls, 1), 0);
    case '__mro__': return nget(heap, cls, 3);
    case '__dict__': return classExtras.mappingProxy(heap, nget(heap, cls, 2));
    case '__class__': return metaclassOf(heap, cls);
    case '__doc__': { const d = dictGet(heap, nget(heap, cls, 2), internStr(heap, '__doc__')); return isNull(d) ? NONE : d; }
  }
  const meta = nget(heap, cls, 7);
  const metaAttr = isNull(meta) ? NULL : lookupType(heap, meta, name);
  if (!isNull(metaAttr) && nativeKind(heap, metaAttr) === NativeKind.PROPERTY) return bind(heap, metaAttr, cls, meta);
  const attr = lookupType(heap, cls, name);
  if (!isNull(attr)) return bind(heap, attr, NULL, cls);
  if (!isNull(metaAttr)) return bind(heap, metaAttr, cls, meta);
  const typeSlot = isNull(meta) ? slotOf(TypeId.TYPE, name) : undefined;
  if (typeSlot !== undefined) return nativeValue(heap, typeSlot.method, cls);
  return NULL;
}

/** property.__set__ / __delete__ (v NULL): its setter or deleter, with CPython's message when it has none. */
export function propertySet(heap: Heap, prop: Value, obj: Value, v: Value): void {
  const f = nget(heap, prop, isNull(v) ? 2 : 1);
  if (isNone(f)) {
    raise('AttributeError', `${propertyLabel(heap, prop)} of '${typeNameOf(heap, obj)}' object has no ${isNull(v) ? 'deleter' : 'setter'}`);
  }
  if (isNull(v)) callPy(heap, f, 1, obj); else callPy(heap, f, 2, obj, v);
}

/** object.__setattr__ / __delattr__ (v NULL) on an instance. */
export function genericSetAttr(heap: Heap, obj: Value, name: string, v: Value): void {
  const cls = classOf(heap, obj);
  if (!isClass(heap, cls)) {
    raise('AttributeError', `'object' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  }
  const attr = lookupType(heap, cls, name);
  if (!isNull(attr) && nativeKind(heap, attr) === NativeKind.PROPERTY) return propertySet(heap, attr, obj, v);
  if (!isNull(attr) && isDataDescriptor(heap, attr)) {
    // type(attr).__set__(attr, obj, v) / __delete__(attr, obj); CPython names the missing one.
    const method = isNull(v) ? '__delete__' : '__set__';
    const f = lookupType(heap, classOf(heap, attr), method);
    if (isNull(f)) raise('AttributeError', method);
    if (isNull(v)) callPy(heap, f, 2, attr, obj); else callPy(heap, f, 3, attr, obj, v);
    return;
  }
  if (name === '__dict__' && isNull(nget(heap, cls, 5))) {
    // subtype_setdict: the instance's namespace is replaced by the dict itself.
    if (isNull(v)) raise('TypeError', 'cannot delete __dict__');
    if (tid(heap, v) !== TypeId.DICT) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(heap, v)}'`);
    nset(heap, obj, nativeKind(heap, obj) === NativeKind.EXC ? EXC_DICT : 1, v);
    return;
  }
  if (!isNull(v) && !slotAllowed(heap, cls, name)) {
    // A class attribute that is no slot cannot be shadowed per instance (slot_tp_setattro on a read-only name).
    if (!isNull(attr)) raise('AttributeError', `'${className(heap, cls)}' object attribute '${name}' is read-only`);
    raise('AttributeError', `'${className(heap, cls)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  }
  let d = instanceDict(heap, obj);
  if (isNull(d)) {
    const top = pushHandle(heap, obj);
    try {
      pushHandle(heap, v);
      d = newDict(heap);
      nset(heap, handleGet(heap, top), EXC_DICT, d);
      obj = handleGet(heap, top);
      v = handleGet(heap, top + 1);
    } finally {
      popHandles(heap, top);
    }
  }
  const key = internStr(heap, name);
  if (isNull(v)) {
    if (isNull(dictGet(heap, d, key))) raise('AttributeError', `'${className(heap, cls)}' object has no attribute '${name}'`);
    dictDelete(heap, d, key);
    return;
  }
  dictSet(heap, d, key, v);
}

function setAttr(heap: Heap, obj: Value, name: string, v: Value): void {
  const k = nativeKind(heap, obj);
  if (k === NativeKind.CLASS && !isNull(nget(heap, obj, 7))) {
    // A metaclass's own __setattr__/__delattr__ (type.__setattr__ is the store below).
    const custom = userMethod(heap, nget(heap, obj, 7), isNull(v) ? '__delattr__' : '__setattr__');
    if (!isNull(custom)) {
      if (isNull(v)) callPy(heap, custom, 2, obj, internStr(heap, name)); else callPy(heap, custom, 3, obj, internStr(heap, name), v);
      return;
    }
  }
  if (k === NativeKind.CLASS) return setClassAttr(heap, obj, name, v);
  setInstanceAttr(heap, obj, name, v, k);
}

/** type.__setattr__ / __delattr__ (v NULL): the class namespace itself. */
export function setClassAttr(heap: Heap, obj: Value, name: string, v: Value): void {
  if (name === '__name__' || name === '__qualname__') {
    // type_set_name / type_set_qualname: the class's own fields, not its namespace.
    if (isNull(v)) raise('TypeError', `cannot delete '${name}' attribute of immutable type '${className(heap, obj)}'`);
    if (tid(heap, v) !== TypeId.STR) raise('TypeError', `can only assign string to ${className(heap, obj)}.${name}, not '${typeNameOf(heap, v)}'`);
    nset(heap, obj, name === '__name__' ? 0 : 4, v);
    typeModified(heap);
    return;
  }
  {
    const ns = nget(heap, obj, 2);
    const key = internStr(heap, name);
    if (isNull(v)) {
      if (isNull(dictGet(heap, ns, key))) raise('AttributeError', `type object '${className(heap, obj)}' has no attribute '${name}'`);
      dictDelete(heap, ns, key);
    } else {
      dictSet(heap, ns, key, v);
    }
    typeModified(heap);
    return;
  }
}

function setInstanceAttr(heap: Heap, obj: Value, name: string, v: Value, k: number): void {
  if (k !== NativeKind.INSTANCE) {
    raise('AttributeError', `'${typeNameOf(heap, obj)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  }
  const custom = userMethod(heap, classOf(heap, obj), isNull(v) ? '__delattr__' : '__setattr__');
  if (!isNull(custom)) {
    if (isNull(v)) callPy(heap, custom, 2, obj, internStr(heap, name)); else callPy(heap, custom, 3, obj, internStr(heap, name), v);
    return;
  }
  if (name === '__class__') return setClass(heap, obj, v);
  genericSetAttr(heap, obj, name, v);
}

/** obj.__class__ = v: allowed between classes whose instances have the same layout (object_set_class). */
function setClass(heap: Heap, obj: Value, v: Value): void {
  if (isNull(v)) raise('TypeError', "can't delete __class__ attribute");
  if (!isClass(heap, v) && tid(heap, v) !== TypeId.TYPE && nativeKind(heap, v) !== NativeKind.EXC_TYPE) {
    raise('TypeError', `__class__ must be set to a class, not '${typeNameOf(heap, v)}' object`);
  }
  const old = classOf(heap, obj);
  if (!isClass(heap, old) || !isClass(heap, v)) {
    raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  const sameSlots = (a: Value, b: Value) => isNull(a) === isNull(b) && (isNull(a) || reprSlots(heap, a) === reprSlots(heap, b));
  if (!same(nget(heap, old, 6), nget(heap, v, 6)) || !sameSlots(nget(heap, old, 5), nget(heap, v, 5)) || isExceptionClass(heap, v)) {
    raise('TypeError', `__class__ assignment: '${className(heap, v)}' object layout differs from '${className(heap, old)}'`);
  }
  nset(heap, obj, 0, v);
}

function reprSlots(heap: Heap, t: Value): string {
  const names: string[] = [];
  for (let i = 0; i < tupleLength(heap, t); i++) names.push(strToJs(heap, tupleItem(heap, t, i)));
  return names.join(',');
}

/** super(cls, obj).name */
function superGetAttr(heap: Heap, sup: Value, name: string): Value {
  const start = nget(heap, sup, 0), obj = nget(heap, sup, 1);
  // The class form (super(C, D) with D a subclass of C) binds nothing; otherwise obj is an
  // instance of C — possibly a class itself, when C is a metaclass.
  const objIsClass = isClass(heap, obj) && mroContains(heap, obj, loOf(start) >>> 0);
  const owner = objIsClass ? obj : pyTypeOf(heap, obj);
  if (name === '__class__') return fromPtr(heap.i32[H.TYPE_TABLE + TypeId.TYPE]);
  // super's own members (super_members): the class given, the object, the object's class.
  if (name === '__thisclass__') return start;
  if (name === '__self__') return obj;
  if (name === '__self_class__') return owner;
  const attr = lookupType(heap, owner, name, start);
  if (isNull(attr)) return raise('AttributeError', `'super' object has no attribute '${name}'`);
  return bind(heap, attr, objIsClass ? NULL : obj, owner);
}

function getAttr(heap: Heap, v: Value, name: string): Value {
  switch (nativeKind(heap, v)) {
    case NativeKind.INSTANCE: return instanceGetAttr(heap, v, name);
    case NativeKind.CLASS: return classGetAttr(heap, v, name);
    case NativeKind.SUPER: return superGetAttr(heap, v, name);
    case NativeKind.METHOD:
      if (name === '__func__') return nget(heap, v, 0);
      if (name === '__self__') return nget(heap, v, 1);
      if (name === '__class__') return classOfBuiltin(heap, v);
      {
        // method_getattro: the method type's own attributes (__eq__, __hash__, __repr__ …),
        // then the function's (__doc__, __module__, __defaults__, attributes set on it —
        // abc's __isabstractmethod__ among them), whose AttributeError names 'function'.
        const d = objectDunder(heap, v, name, (e, self) => nativeValue(heap, e, self));
        if (d !== undefined) return d;
      }
      return loadAttr(heap, nget(heap, v, 0), name);
    case NativeKind.STATICMETHOD: case NativeKind.CLASSMETHOD:
      if (name === '__func__' || name === '__wrapped__') return nget(heap, v, 0);
      if (name === '__isabstractmethod__') return fromBool(isAbstract(heap, nget(heap, v, 0)));
      {
        const m = METHODS.get(100 + nativeKind(heap, v))?.get(name);
        if (m !== undefined) return nativeValue(heap, m, v);
      }
      // sm_init/cm_init copy these from the callable (functools.wraps' list), skipping absent ones.
      if (WRAPPED_ATTRS.has(name)) {
        try {
          return loadAttr(heap, nget(heap, v, 0), name);
        } catch (e) {
          if ((e as { pyType?: string }).pyType !== 'AttributeError') throw e;
        }
      }
      break;
    case NativeKind.PROPERTY: {
      // property_get___isabstractmethod__: any of its functions is abstract.
      if (name === '__isabstractmethod__') return fromBool(isAbstract(heap, nget(heap, v, 0)) || isAbstract(heap, nget(heap, v, 1)) || isAbstract(heap, nget(heap, v, 2)));
      const m = METHODS.get(100 + NativeKind.PROPERTY)?.get(name);
      if (m !== undefined) return nativeValue(heap, m, v);
      if (name === 'fget' || name === 'fset' || name === 'fdel') return nget(heap, v, ['fget', 'fset', 'fdel'].indexOf(name));
      if (name === '__doc__') return nget(heap, v, 3);
      break;
    }
  }
  return raise('AttributeError', `'${typeNameOf(heap, v)}' object has no attribute '${name}'`);
}

/** getattr(f, '__isabstractmethod__', False) is truthy (what abc.abstractmethod sets). */
function isAbstract(heap: Heap, f: Value): boolean {
  if (isNull(f) || isNone(f)) return false;
  try {
    return classHooks.truthy(heap, loadAttr(heap, f, '__isabstractmethod__'));
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'AttributeError') return false;
    throw e;
  }
}

function moduleOf(heap: Heap, cls: Value): string {
  const m = dictGet(heap, nget(heap, cls, 2), internStr(heap, '__module__'));
  return !isNull(m) && tid(heap, m) === TypeId.STR ? strToJs(heap, m) : 'builtins';
}

function address(v: Value): string {
  return (loOf(v) >>> 0).toString(16).padStart(12, '0');
}

/** The result of a user __repr__/__str__: must be a str (CPython's check and wording). */
function checkedStr(heap: Heap, r: Value, which: string): string {
  if (tid(heap, r) !== TypeId.STR) raise('TypeError', `${which} returned non-string (type ${typeNameOf(heap, r)})`);
  return strToJs(heap, r);
}

function repr(heap: Heap, v: Value): string {
  switch (nativeKind(heap, v)) {
    case NativeKind.INSTANCE: {
      const cls = classOf(heap, v);
      if (!isClass(heap, cls)) return `<object object at 0x${address(v)}>`;
      const f = userMethod(heap, cls, '__repr__');
      if (!isNull(f)) return checkedStr(heap, callPy(heap, bind(heap, f, v, cls), 0), '__repr__');
      if (!isNull(nget(heap, v, 2))) {
        // set_repr/frozenset_repr name a subclass: St({1, 2}), Fz().
        const b = nget(heap, v, 2), r = reprValue(heap, b);
        if (tid(heap, b) === TypeId.SET) return `${className(heap, cls)}(${r === 'set()' ? '' : r})`;
        if (tid(heap, b) === TypeId.FROZENSET) return `${className(heap, cls)}(${r.slice('frozenset('.length, -1)})`;
        return r;
      }
      return `<${moduleOf(heap, cls)}.${strToJs(heap, nget(heap, cls, 4))} object at 0x${address(v)}>`;
    }
    case NativeKind.CLASS: {
      const meta = nget(heap, v, 7);
      const f = isNull(meta) ? NULL : userMethod(heap, meta, '__repr__');
      if (!isNull(f)) return checkedStr(heap, callPy(heap, bind(heap, f, v, meta), 0), '__repr__');
      const module = moduleOf(heap, v);
      return `<class '${module === 'builtins' ? '' : `${module}.`}${strToJs(heap, nget(heap, v, 4))}'>`;
    }
    case NativeKind.METHOD: {
      const self = nget(heap, v, 1);
      return `<bound method ${strToJs(heap, functionField(heap, nget(heap, v, 0), 16))} of ${classHooks.repr === repr && isUserObj(heap, self) ? repr(heap, self) : '<object>'}>`;
    }
    case NativeKind.STATICMETHOD: return `<staticmethod(${reprValue(heap, nget(heap, v, 0))})>`;
    case NativeKind.CLASSMETHOD: return `<classmethod(${reprValue(heap, nget(heap, v, 0))})>`;
    case NativeKind.PROPERTY: return `<property object at 0x${address(v)}>`;
    case NativeKind.NOT_IMPLEMENTED: return 'NotImplemented';
    case NativeKind.SUPER: return `<super: <class '${className(heap, nget(heap, v, 0))}'>, <${typeNameOf(heap, nget(heap, v, 1))} object>>`;
  }
  return `<object at 0x${address(v)}>`;
}

/** object.__repr__: `<module.Qualname object at 0x…>`, whatever __repr__ the class defines. */
export function defaultRepr(heap: Heap, v: Value): string {
  const t = pyTypeOf(heap, v);
  if (isClass(heap, t)) return `<${moduleOf(heap, t)}.${strToJs(heap, nget(heap, t, 4))} object at 0x${address(v)}>`;
  return `<${typeDisplayName(heap, t)} object at 0x${address(v)}>`;
}

function isUserObj(heap: Heap, v: Value): boolean {
  const k = nativeKind(heap, v);
  return k === NativeKind.INSTANCE || k === NativeKind.CLASS;
}

function str(heap: Heap, v: Value): string {
  if (nativeKind(heap, v) === NativeKind.INSTANCE) {
    const cls = classOf(heap, v);
    const f = userMethod(heap, cls, '__str__');
    if (!isNull(f)) return checkedStr(heap, callPy(heap, bind(heap, f, v, cls), 0), '__str__');
    // str.__str__ is the string itself; the other builtin bases print their repr (object.__str__).
    const b = nget(heap, v, 2);
    if (!isNull(b) && tid(heap, b) === TypeId.STR && isNull(userMethod(heap, cls, '__repr__'))) return strToJs(heap, b);
    if (!isNull(b) && tid(heap, b) === TypeId.STR) return strToJs(heap, b);
  }
  return repr(heap, v);
}

function typeName(heap: Heap, v: Value): string {
  switch (nativeKind(heap, v)) {
    case NativeKind.INSTANCE: return className(heap, classOf(heap, v));
    case NativeKind.CLASS: { const m = nget(heap, v, 7); return isNull(m) ? 'type' : className(heap, m); }
    case NativeKind.METHOD: return 'method';
    case NativeKind.STATICMETHOD: return 'staticmethod';
    case NativeKind.CLASSMETHOD: return 'classmethod';
    case NativeKind.PROPERTY: return 'property';
    case NativeKind.SUPER: return 'super';
    case NativeKind.NOT_IMPLEMENTED: return 'NotImplementedType';
  }
  return 'object';
}

/** Attributes of a user exception: its class's and its dict's, else NULL (objects.ts goes on to args & co.). */
classHooks.excGetAttr = (heap, v, name) => {
  if (name === 'args' || name === '__cause__' || name === '__context__' || name === '__suppress_context__' || name === '__traceback__') return NULL;
  return genericGetAttr(heap, v, name);
};
classHooks.excSetAttr = (heap, v, name, x) => {
  const custom = userMethod(heap, classOf(heap, v), isNull(x) ? '__delattr__' : '__setattr__');
  if (!isNull(custom)) {
    if (isNull(x)) callPy(heap, custom, 2, v, internStr(heap, name)); else callPy(heap, custom, 3, v, internStr(heap, name), x);
    return;
  }
  // The attributes excGetAttr leaves to BaseException live in the exception itself, not its dict.
  if ((name === 'args' || name === '__cause__' || name === '__context__' || name === '__suppress_context__' || name === '__traceback__')
    && excSetAttribute(heap, v, name, x)) return;
  genericSetAttr(heap, v, name, x);
};
import { excSetAttribute } from './exceptions.js';
classHooks.isUserException = isUserException;
classHooks.excRepr = (heap, v) => {
  const cls = classOf(heap, v);
  const f = userMethod(heap, cls, '__repr__');
  return isNull(f) ? null : checkedStr(heap, callPy(heap, bind(heap, f, v, cls), 0), '__repr__');
};
classHooks.excIsA = (heap, v, name) => {
  const cls = nget(heap, v, 0);
  if (!isClass(heap, cls)) return false;
  return mroOf(heap, cls).some((a) => nativeKind(heap, fromPtr(a)) === NativeKind.EXC_TYPE && strToJs(heap, nget(heap, fromPtr(a), 0)) === name);
};
classHooks.excStr = (heap, v) => {
  const cls = classOf(heap, v);
  const f = userMethod(heap, cls, '__str__');
  return isNull(f) ? null : checkedStr(heap, callPy(heap, bind(heap, f, v, cls), 0), '__str__');
};
classHooks.typeName = typeName;
classHooks.repr = repr;
classHooks.str = str;
classHooks.getAttr = getAttr;
classHooks.setAttr = setAttr;

export { newDict, bind };

// --- creating instances (object.__new__ and the builtin types' __new__ share these) ---

/** A fresh instance of user class `cls` with an empty __dict__; `value` is its builtin value (F2) or NULL. */
export function newInstance(heap: Heap, cls: Value, value: Value = NULL): Value {
  // No handles: allocation never collects (alloc.ts), so cls, value and obj stay valid here.
  const obj = newNative(heap, NativeKind.INSTANCE);
  nset(heap, obj, 0, cls);
  nset(heap, obj, 2, value);
  nset(heap, obj, 1, newDict(heap));
  return obj;
}

/**
 * object.__new__(cls): CPython's object_new — the excess-argument rule, the abstract-class
 * check (a class whose own __abstractmethods__ is non-empty, as abc.ABCMeta sets it), and
 * refusing a class whose instances need a builtin value (`object.__new__(L)`).
 */
export function objectNew(heap: Heap, cls: Value, excessArgs: boolean): Value {
  if (!isNull(nget(heap, cls, 6))) {
    // CPython names the nearest class up the base chain whose __new__ is not a Python one.
    let base = cls;
    while (isClass(heap, base) && nativeKind(heap, lookupType(heap, base, '__new__')) === NativeKind.STATICMETHOD) base = tupleItem(heap, nget(heap, base, 1), 0);
    raise('TypeError', `object.__new__(${className(heap, cls)}) is not safe, use ${typeDisplayName(heap, base)}.__new__()`);
  }
  if (excessArgs) {
    const newFn = lookupType(heap, cls, '__new__');
    if (!(nativeKind(heap, newFn) === NativeKind.BUILTIN && foundOnObject(heap))) {
      raise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    const init = lookupType(heap, cls, '__init__');
    if (nativeKind(heap, init) === NativeKind.BUILTIN && foundOnObject(heap)) raise('TypeError', `${className(heap, cls)}() takes no arguments`);
  }
  checkAbstract(heap, cls);
  return newInstance(heap, cls);
}

function checkAbstract(heap: Heap, cls: Value): void {
  const abstract = dictGet(heap, nget(heap, cls, 2), internStr(heap, '__abstractmethods__'));
  if (isNull(abstract) || !classHooks.truthy(heap, abstract)) return;
  const names: string[] = [];
  const it = classHooks.builtinIter(heap, builtinValue(heap, abstract));
  const h = pushHandle(heap, it);
  try {
    for (let x = iterNextValue(heap, handleGet(heap, h)); !isNull(x); x = iterNextValue(heap, handleGet(heap, h))) names.push(strToJs(heap, builtinValue(heap, x)));
  } finally {
    popHandles(heap, h);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  raise('TypeError', `Can't instantiate abstract class ${className(heap, cls)} without an implementation for abstract method${names.length > 1 ? 's' : ''} ${names.map((n) => `'${n}'`).join(', ')}`);
}

/** type(v) for any value: a user class, a metaclass, or a builtin type object. */
export function pyTypeOf(heap: Heap, v: Value): Value {
  switch (nativeKind(heap, v)) {
    case NativeKind.INSTANCE: return nget(heap, v, 0);
    case NativeKind.CLASS: return metaclassOf(heap, v);
    case NativeKind.EXC: return nget(heap, v, 0);
    case NativeKind.EXC_TYPE: return fromPtr(heap.i32[H.TYPE_TABLE + TypeId.TYPE]);
  }
  return typeOfValue(heap, v);
}

/** isinstance(v, cls) along the MRO of type(v) (no __instancecheck__). */
export function isInstanceOf(heap: Heap, v: Value, cls: Value): boolean {
  const t = pyTypeOf(heap, v);
  if (same(t, cls)) return true;
  if (!isClass(heap, t) && tid(heap, t) !== TypeId.TYPE && nativeKind(heap, t) !== NativeKind.EXC_TYPE) return false;
  return mroOf(heap, t).includes(loOf(cls) >>> 0);
}

/**
 * f(*args, **kw) from native code. A call with keywords, or type.__call__ that must not go
 * through the metaclass again (`plainTypeCall`), travels as a transient METHOD with no self
 * (F2 the keywords dict, F3 True for plainTypeCall) that backends/interp/classes.ts unpacks.
 */
export function callKw(heap: Heap, f: Value, args: Value, kw: Value, plainTypeCall = false): Value {
  if ((isNull(kw) || dictLength(heap, kw) === 0) && !plainTypeCall) return host.call(heap, f, args);
  const top = pushHandle(heap, f);
  try {
    pushHandle(heap, args);
    pushHandle(heap, kw);
    const m = newNative(heap, NativeKind.METHOD);
    nset(heap, m, 0, handleGet(heap, top));
    nset(heap, m, 2, handleGet(heap, top + 2));
    nset(heap, m, 3, plainTypeCall ? TRUE : NULL);
    return host.call(heap, m, handleGet(heap, top + 1));
  } finally {
    popHandles(heap, top);
  }
}
import { typeOf as typeOfValue } from './objects.js';
import { iterNext as iterNextValue } from './builtins/containers.js';
import { dictLength } from './dict.js';
import { TRUE } from './value.js';

slotHooks.missing = (heap, self) => {
  if (nativeKind(heap, self) !== NativeKind.INSTANCE) return NULL;
  const cls = classOf(heap, self);
  const f = userMethod(heap, cls, '__missing__');
  return isNull(f) ? NULL : bind(heap, f, self, cls);
};
import { reprValue } from './builtins/repr.js';
import { loadAttr } from './builtins/objects.js';
import { fromBool, fromInt32 } from './value.js';
