// The `functools` module: reduce, partial, cmp_to_key, update_wrapper/wraps, total_ordering,
// cached_property, partialmethod, and lru_cache/cache (functools-cache.ts). Objects are extension types
// (ext-types.ts) with CPython's reprs and attributes; Python callables are called through
// iterHooks/extHooks, which are safepoints, so Values kept across a call live in handles.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, TRUE, FALSE, isNull, isNone, fromInt32, loOf, sameValue } from '../value.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { newDict, dictGet, dictSet, dictLength, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { internStr, strFromJs, strToJs } from '../str.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr, loadAttr, storeAttr } from '../builtins/objects.js';
import { tid, tupleItem, eq, compare, truthy } from '../builtins/protocol.js';
import { getIter, iterNext, iterHooks } from '../builtins/containers.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles, handleGet, handleSet } from '../gc.js';
import { nget, nset, nativeKind } from '../builtins/native.js';
import { defineExtType, isExt, newExt, extHooks } from '../builtins/ext-types.js';
import { boundMethod, isClass } from '../classes.js';
import { isNotImplemented } from '../classes-dunder.js';
import { lruCache, cache, WRAPPER_ASSIGNMENTS, attrOrNull } from './functools-cache.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { singledispatch } from './functools-dispatch.js';
import { singledispatchmethodClass } from './functools-dispatchmethod.js';

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): NativeEntry {
  const e = defineFunction('functools', name, sig, fn);
  entries.push([name, e]);
  return e;
}

/** A tuple (a, b) with both rooted while it is allocated. */
function pair(heap: Heap, a: Value, b: Value): Value {
  const h = pushHandle(heap, a);
  pushHandle(heap, b);
  try {
    const t = newTuple(heap, 2);
    tupleInit(heap, t, 0, handleGet(heap, h));
    tupleInit(heap, t, 1, handleGet(heap, h + 1));
    return t;
  } finally { popHandles(heap, h); }
}

def('reduce', 'function, iterable, initial=, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 1), () => `reduce() arg 2 must support iteration`);
  const hIt = pushHandle(heap, it);
  try {
    let acc = arg(heap, a, 2);
    if (isNull(acc)) {
      acc = iterNext(heap, handleGet(heap, hIt));
      if (isNull(acc)) throw typeError('reduce() of empty iterable with no initial value');
    }
    const hAcc = pushHandle(heap, acc);
    for (let x = iterNext(heap, handleGet(heap, hIt)); !isNull(x); x = iterNext(heap, handleGet(heap, hIt))) {
      handleSet(heap, hAcc, iterHooks.callN(heap, arg(heap, a, 0), pair(heap, handleGet(heap, hAcc), x)));
    }
    return handleGet(heap, hAcc);
  } finally { popHandles(heap, hIt); }
});

// --- partial ---
// F1 func, F2 args (tuple), F3 keywords (dict).

function isCallable(heap: Heap, v: Value): boolean {
  const t = tid(heap, v);
  return t === TypeId.FUNCTION || t === TypeId.TYPE;
}

const partialType = defineExtType('partial', 'functools', {
  repr: (heap, p) => {
    const parts = [reprValue(heap, nget(heap, p, 1))];
    const args = nget(heap, p, 2);
    for (let i = 0; i < tupleLength(heap, args); i++) parts.push(reprValue(heap, tupleItem(heap, args, i)));
    const kw = nget(heap, p, 3);
    for (let q = dictNext(heap, kw, 0); q >= 0; q = dictNext(heap, kw, q + 1)) parts.push(`${strToJs(heap, dictEntryKey(heap, kw, q))}=${reprValue(heap, dictEntryValue(heap, kw, q))}`);
    return `functools.partial(${parts.join(', ')})`;
  },
  call: (heap, p, args, kwargs) => callStored(heap, p, args, kwargs, 0),
  getAttr: (heap, p, name) => (name === 'func' ? nget(heap, p, 1) : name === 'args' ? nget(heap, p, 2) : name === 'keywords' ? nget(heap, p, 3) : NULL),
});

/** {**a, **b} (b may be NULL). */
function mergedKeywords(heap: Heap, a: Value, b: Value): Value {
  const d = newDict(heap);
  for (let q = dictNext(heap, a, 0); q >= 0; q = dictNext(heap, a, q + 1)) dictSet(heap, d, dictEntryKey(heap, a, q), dictEntryValue(heap, a, q));
  if (!isNull(b)) for (let q = dictNext(heap, b, 0); q >= 0; q = dictNext(heap, b, q + 1)) dictSet(heap, d, dictEntryKey(heap, b, q), dictEntryValue(heap, b, q));
  return d;
}

/** partial(func, *args, **keywords), flattening a partial of a partial as CPython does. */
export function newPartial(heap: Heap, func: Value, args: Value, keywords: Value): Value {
  if (!isCallable(heap, func)) throw typeError('the first argument must be callable');
  const h = pushHandle(heap, func);
  pushHandle(heap, args);
  pushHandle(heap, keywords);
  try {
    let f = func, allArgs = args, kw: Value;
    if (isExt(heap, func, partialType)) {
      const inner = nget(heap, func, 2);
      allArgs = newTuple(heap, tupleLength(heap, inner) + tupleLength(heap, args));
      for (let i = 0; i < tupleLength(heap, inner); i++) tupleInit(heap, allArgs, i, tupleItem(heap, inner, i));
      for (let i = 0; i < tupleLength(heap, args); i++) tupleInit(heap, allArgs, tupleLength(heap, inner) + i, tupleItem(heap, args, i));
      pushHandle(heap, allArgs);
      kw = mergedKeywords(heap, nget(heap, func, 3), keywords);
      f = nget(heap, func, 1);
    } else kw = mergedKeywords(heap, newDict(heap), keywords);
    const p = newExt(heap, partialType);
    nset(heap, p, 1, f);
    nset(heap, p, 2, allArgs);
    nset(heap, p, 3, kw);
    return p;
  } finally { popHandles(heap, h); }
}
const partialClass = defineExtClass(partialType, 'func, /, *args, **keywords', (heap, a) => newPartial(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2)));

// --- partialmethod ---
// F1 the function, F2 the stored positional arguments (tuple), F3 the stored keywords (dict).
// Looked up on an instance it is partial(bound method, *args, **keywords); called through the
// class (Cls.m(obj, ...)) its first argument is the instance, as CPython's unbound wrapper.

const partialMethodType = defineExtType('partialmethod', 'functools', {
  repr: (heap, p) => {
    const args: string[] = [];
    const stored = nget(heap, p, 2);
    for (let i = 0; i < tupleLength(heap, stored); i++) args.push(reprValue(heap, tupleItem(heap, stored, i)));
    const kws: string[] = [];
    const kw = nget(heap, p, 3);
    for (let q = dictNext(heap, kw, 0); q >= 0; q = dictNext(heap, kw, q + 1)) kws.push(`${strToJs(heap, dictEntryKey(heap, kw, q))}=${reprValue(heap, dictEntryValue(heap, kw, q))}`);
    return `functools.partialmethod(${reprValue(heap, nget(heap, p, 1))}, ${args.join(', ')}, ${kws.join(', ')})`;
  },
  get: (heap, p, instance) => {
    if (isNull(instance) || isNone(instance)) return p;
    const h = pushHandle(heap, p);
    try {
      const f = nget(heap, p, 1);
      // A Python function binds to the instance; any other callable gets it as first argument.
      const plain = tid(heap, f) === TypeId.FUNCTION && nativeKind(heap, f) === 0;
      if (plain) return newPartial(heap, pushValue(heap, boundMethod(heap, f, instance)), nget(heap, handleGet(heap, h), 2), nget(heap, handleGet(heap, h), 3));
      const stored = nget(heap, p, 2);
      const args = newTuple(heap, tupleLength(heap, stored) + 1);
      tupleInit(heap, args, 0, instance);
      for (let i = 0; i < tupleLength(heap, stored); i++) tupleInit(heap, args, i + 1, tupleItem(heap, stored, i));
      pushHandle(heap, args);
      return newPartial(heap, nget(heap, handleGet(heap, h), 1), args, nget(heap, handleGet(heap, h), 3));
    } finally { popHandles(heap, h); }
  },
  call: (heap, p, args, kwargs) => {
    if (tupleLength(heap, args) === 0) raise('TypeError', "descriptor '_method' of 'partialmethod' object needs an argument");
    return callStored(heap, p, args, kwargs, 1);
  },
  getAttr: (heap, p, name) => (name === 'func' ? nget(heap, p, 1) : name === 'args' ? nget(heap, p, 2) : name === 'keywords' ? nget(heap, p, 3) : NULL),
});
/**
 * Calls partial (or partialmethod) `p`'s function with the first `lead` call arguments (a
 * partialmethod's self), then its stored arguments, then the rest, and the stored keywords
 * updated by the call's.
 */
function callStored(heap: Heap, p: Value, args: Value, kwargs: Value, lead: number): Value {
  const stored = nget(heap, p, 2);
  const n = tupleLength(heap, stored), m = tupleLength(heap, args);
  const all = newTuple(heap, n + m);
  for (let i = 0; i < lead; i++) tupleInit(heap, all, i, tupleItem(heap, args, i));
  for (let i = 0; i < n; i++) tupleInit(heap, all, lead + i, tupleItem(heap, stored, i));
  for (let i = lead; i < m; i++) tupleInit(heap, all, n + i, tupleItem(heap, args, i));
  const h = pushHandle(heap, all);
  try {
    const kw = mergedKeywords(heap, nget(heap, p, 3), kwargs);
    return extHooks.callKw(heap, nget(heap, p, 1), handleGet(heap, h), kw);
  } finally { popHandles(heap, h); }
}

/** Roots `v` for the rest of the enclosing handle window (popped with it) and returns it. */
function pushValue(heap: Heap, v: Value): Value {
  pushHandle(heap, v);
  return v;
}
const partialMethodClass = defineExtClass(partialMethodType, 'func, /, *args, **keywords', (heap, a) => {
  const func = arg(heap, a, 0);
  if (!isCallable(heap, func) && !hasGet(heap, func)) throw typeError(`${reprValue(heap, func)} is not callable or a descriptor`);
  const p = newExt(heap, partialMethodType);
  const h = pushHandle(heap, p);
  try {
    nset(heap, p, 1, func);
    nset(heap, p, 2, arg(heap, a, 1));
    nset(heap, handleGet(heap, h), 3, mergedKeywords(heap, newDict(heap), arg(heap, a, 2)));
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
});
function hasGet(heap: Heap, v: Value): boolean {
  return !isNull(attrOrNull(heap, v, '__get__'));
}

// --- cmp_to_key ---
// KeyWrapper: F1 the comparison function, F2 the wrapped object (NULL for the factory itself).

/** True when `c` (a compare() result for `symbol`) means the comparison holds. */
function holds(c: number | undefined, symbol: string): boolean {
  if (c === undefined) return false;
  switch (symbol) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}
/** A compare() result that makes `symbol` hold exactly when `truth`. */
function asResult(truth: boolean, symbol: string): number {
  switch (symbol) {
    case '<': return truth ? -1 : 0;
    case '<=': return truth ? 0 : 1;
    case '>': return truth ? 1 : 0;
    default: return truth ? 0 : -1;
  }
}

const keyWrapperType = defineExtType('KeyWrapper', 'functools', {
  call: (heap, k, args, kwargs) => {
    if (!isNull(kwargs) && dictLength(heap, kwargs) > 0) raise('TypeError', 'K() takes no keyword arguments');
    if (tupleLength(heap, args) !== 1) raise('TypeError', `K() takes exactly 1 argument (${tupleLength(heap, args)} given)`);
    const w = newExt(heap, keyWrapperType);
    nset(heap, w, 1, nget(heap, k, 1));
    nset(heap, w, 2, tupleItem(heap, args, 0));
    return w;
  },
  compare: (heap, a, b, symbol) => {
    const res = cmpResult(heap, a, b);
    return asResult(holds(compare(heap, res, fromInt32(0), symbol), symbol), symbol);
  },
  eq: (heap, a, b) => eq(heap, cmpResult(heap, a, b), fromInt32(0)),
  getAttr: (heap, k, name) => (name === 'obj' ? (isNull(nget(heap, k, 2)) ? NULL : nget(heap, k, 2)) : NULL),
});
function cmpResult(heap: Heap, a: Value, b: Value): Value {
  if (!isExt(heap, a, keyWrapperType) || !isExt(heap, b, keyWrapperType)) raise('TypeError', 'other argument must be K instance');
  return iterHooks.callN(heap, nget(heap, a, 1), pair(heap, nget(heap, a, 2), nget(heap, b, 2)));
}
def('cmp_to_key', 'mycmp', (heap, a) => {
  const k = newExt(heap, keyWrapperType);
  nset(heap, k, 1, arg(heap, a, 0));
  nset(heap, k, 2, NULL);
  return k;
});

// --- update_wrapper / wraps ---

const WRAPPER_UPDATES = ['__dict__'];

function namesOf(heap: Heap, v: Value, dflt: readonly string[]): string[] {
  if (isNull(v)) return [...dflt];
  const out: string[] = [];
  const it = getIter(heap, v);
  const h = pushHandle(heap, it);
  try {
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) {
      if (tid(heap, x) !== TypeId.STR) raise('TypeError', 'attribute name must be string');
      out.push(strToJs(heap, x));
    }
  } finally { popHandles(heap, h); }
  return out;
}

const updateWrapper = def('update_wrapper', 'wrapper, wrapped, assigned=, updated=', (heap, a) => {
  const assigned = namesOf(heap, arg(heap, a, 2), WRAPPER_ASSIGNMENTS);
  const updated = namesOf(heap, arg(heap, a, 3), WRAPPER_UPDATES);
  for (const name of assigned) {
    const v = attrOrNull(heap, arg(heap, a, 1), name);
    if (!isNull(v)) storeAttr(heap, arg(heap, a, 0), name, v);
  }
  for (const name of updated) {
    const target = loadAttr(heap, arg(heap, a, 0), name);
    const h = pushHandle(heap, target);
    try {
      const src = attrOrNull(heap, arg(heap, a, 1), name);
      if (!isNull(src) && tid(heap, src) === TypeId.DICT && tid(heap, target) === TypeId.DICT) {
        for (let q = dictNext(heap, src, 0); q >= 0; q = dictNext(heap, src, q + 1)) dictSet(heap, target, dictEntryKey(heap, src, q), dictEntryValue(heap, src, q));
      }
    } finally { popHandles(heap, h); }
  }
  storeAttr(heap, arg(heap, a, 0), '__wrapped__', arg(heap, a, 1));
  return arg(heap, a, 0);
});

def('wraps', 'wrapped, assigned=, updated=', (heap, a) => {
  const kw = newDict(heap);
  const h = pushHandle(heap, kw);
  try {
    dictSet(heap, kw, internStr(heap, 'wrapped'), arg(heap, a, 0));
    dictSet(heap, kw, internStr(heap, 'assigned'), isNull(arg(heap, a, 1)) ? strTuple(heap, WRAPPER_ASSIGNMENTS) : arg(heap, a, 1));
    dictSet(heap, kw, internStr(heap, 'updated'), isNull(arg(heap, a, 2)) ? strTuple(heap, WRAPPER_UPDATES) : arg(heap, a, 2));
    return newPartial(heap, nativeValue(heap, updateWrapper), newTuple(heap, 0), kw);
  } finally { popHandles(heap, h); }
});

function strTuple(heap: Heap, names: readonly string[]): Value {
  const t = newTuple(heap, names.length);
  names.forEach((n, i) => tupleInit(heap, t, i, internStr(heap, n)));
  return t;
}

// --- total_ordering ---
// An ordering method made by total_ordering: F1 which (index into DERIVED), a descriptor that
// binds to instances like a function.

type Op = '__lt__' | '__le__' | '__gt__' | '__ge__';
/** [name, root, how]: how the missing operator follows from the root's result r (CPython's _convert). */
const DERIVED: [Op, Op, 'not_and_ne' | 'or_eq' | 'not' | 'not_or_eq' | 'and_ne'][] = [
  ['__gt__', '__lt__', 'not_and_ne'], ['__le__', '__lt__', 'or_eq'], ['__ge__', '__lt__', 'not'],
  ['__ge__', '__le__', 'not_or_eq'], ['__lt__', '__le__', 'and_ne'], ['__gt__', '__le__', 'not'],
  ['__lt__', '__gt__', 'not_and_ne'], ['__ge__', '__gt__', 'or_eq'], ['__le__', '__gt__', 'not'],
  ['__le__', '__ge__', 'not_or_eq'], ['__gt__', '__ge__', 'and_ne'], ['__lt__', '__ge__', 'not'],
];

function derivedCompare(heap: Heap, which: number, selfV: Value, other: Value): Value {
  const [, root, how] = DERIVED[which];
  const h = pushHandle(heap, selfV);
  pushHandle(heap, other);
  try {
    const r = iterHooks.call1(heap, loadAttr(heap, selfV, root), other);
    if (isNotImplemented(heap, r)) return r;
    const s = handleGet(heap, h), o = handleGet(heap, h + 1);
    const equal = (): boolean => sameValue(s, o) || eq(heap, s, o);
    switch (how) {
      case 'not_and_ne': return !truthy(heap, r) && !equal() ? TRUE : FALSE;
      case 'or_eq': return truthy(heap, r) ? r : (equal() ? TRUE : FALSE);
      case 'not': return truthy(heap, r) ? FALSE : TRUE;
      case 'not_or_eq': return !truthy(heap, r) || equal() ? TRUE : FALSE;
      default: return truthy(heap, r) ? (equal() ? FALSE : TRUE) : r;
    }
  } finally { popHandles(heap, h); }
}

const orderingType = defineExtType('function', 'builtins', {
  repr: (heap, m) => `<function total_ordering.<locals>.${DERIVED[loOf(nget(heap, m, 1))][0]}>`,
  call: (heap, m, args) => {
    if (tupleLength(heap, args) !== 2) raise('TypeError', `${DERIVED[loOf(nget(heap, m, 1))][0]}() takes 2 positional arguments but ${tupleLength(heap, args)} were given`);
    return derivedCompare(heap, loOf(nget(heap, m, 1)), tupleItem(heap, args, 0), tupleItem(heap, args, 1));
  },
  get: (heap, m, instance) => (isNull(instance) || isNone(instance) ? m : boundMethod(heap, m, instance)),
});

/** The class's own (non-object) definition of `name`, or NULL. */
function definedOp(heap: Heap, cls: Value, name: string): Value {
  const mro = nget(heap, cls, 3);
  for (let i = 0; i < tupleLength(heap, mro); i++) {
    const c = tupleItem(heap, mro, i);
    if (!isClass(heap, c)) continue;
    const v = dictGet(heap, nget(heap, c, 2), internStr(heap, name));
    if (!isNull(v)) return v;
  }
  return NULL;
}

def('total_ordering', 'cls', (heap, a) => {
  const cls = arg(heap, a, 0);
  if (!isClass(heap, cls)) raise('TypeError', 'total_ordering needs a class defined in Python (pyx)');
  const ops: Op[] = ['__lt__', '__le__', '__gt__', '__ge__'];
  const roots = ops.filter((op) => !isNull(definedOp(heap, cls, op)) && !isNone(definedOp(heap, cls, op)));
  if (roots.length === 0) raise('ValueError', 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((m, op) => (op > m ? op : m));
  DERIVED.forEach(([name, from], which) => {
    if (from !== root || roots.includes(name)) return;
    const m = newExt(heap, orderingType);
    nset(heap, m, 1, fromInt32(which));
    storeAttr(heap, arg(heap, a, 0), name, m);
  });
  return arg(heap, a, 0);
});

// --- cached_property ---
// F1 the function, F2 its attribute name (str).

const cachedPropertyType = defineExtType('cached_property', 'functools', {
  get: (heap, p, instance) => {
    if (isNull(instance) || isNone(instance)) return p;
    const h = pushHandle(heap, p);
    pushHandle(heap, instance);
    try {
      const name = strToJs(heap, nget(heap, p, 2));
      const d = attrOrNull(heap, instance, '__dict__');
      if (isNull(d) || tid(heap, d) !== TypeId.DICT) {
        raise('TypeError', `No '__dict__' attribute on '${typeNameOfValue(heap, instance)}' instance to cache '${name}' property.`);
      }
      const cached = dictGet(heap, d, internStr(heap, name));
      if (!isNull(cached)) return cached;
      const v = iterHooks.call1(heap, nget(heap, handleGet(heap, h), 1), handleGet(heap, h + 1));
      const hv = pushHandle(heap, v);
      dictSet(heap, attrOrNull(heap, handleGet(heap, h + 1), '__dict__'), internStr(heap, name), handleGet(heap, hv));
      return handleGet(heap, hv);
    } finally { popHandles(heap, h); }
  },
  getAttr: (heap, p, name) => (name === 'func' ? nget(heap, p, 1) : name === 'attrname' ? nget(heap, p, 2) : name === '__doc__' ? attrOrNull(heap, nget(heap, p, 1), '__doc__') : NULL),
});
function typeNameOfValue(heap: Heap, v: Value): string {
  const c = attrOrNull(heap, v, '__class__');
  const n = isNull(c) ? NULL : attrOrNull(heap, c, '__name__');
  return isNull(n) ? '?' : strToJs(heap, n);
}
const cachedPropertyClass = defineExtClass(cachedPropertyType, 'func, /', (heap, a) => {
  const name = attrOrNull(heap, arg(heap, a, 0), '__name__');
  const p = newExt(heap, cachedPropertyType);
  nset(heap, p, 1, arg(heap, a, 0));
  nset(heap, p, 2, isNull(name) ? strFromJs(heap, '?') : name);
  return p;
});

defineModule('functools', (heap, dict) => {
  for (const [name, e] of entries) setAttr(heap, dict, name, nativeValue(heap, e));
  setAttr(heap, dict, 'partial', extClassValue(heap, partialClass));
  setAttr(heap, dict, 'partialmethod', extClassValue(heap, partialMethodClass));
  setAttr(heap, dict, 'cached_property', extClassValue(heap, cachedPropertyClass));
  setAttr(heap, dict, 'lru_cache', nativeValue(heap, lruCache));
  setAttr(heap, dict, 'cache', nativeValue(heap, cache));
  setAttr(heap, dict, 'singledispatch', nativeValue(heap, singledispatch));
  setAttr(heap, dict, 'singledispatchmethod', extClassValue(heap, singledispatchmethodClass));
  setAttr(heap, dict, 'WRAPPER_ASSIGNMENTS', strTuple(heap, WRAPPER_ASSIGNMENTS));
  setAttr(heap, dict, 'WRAPPER_UPDATES', strTuple(heap, WRAPPER_UPDATES));
});
