// The data model for user classes: what the builtin operators do when an operand is an
// instance of a class — binary operators with reflected and in-place variants and
// NotImplemented, rich comparisons with CPython's reflection rules, truth, len, items,
// membership, iteration, unary operators and format(). The builtin protocol files call
// these through `classHooks` only when an operand is a user object.

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { NULL, NONE, TRUE, FALSE, type Value, isNull, isNone, loOf, hiOf, HI_BOOL, HI_INT, sameValue } from './value.js';
import { strToJs, internStr } from './str.js';
import { dictGet } from './dict.js';
import { H } from './heap.js';
import { fromPtr } from './value.js';
import { pushHandle, popHandles, handleGet } from './gc.js';
import { NativeKind, nativeKind, newNative } from './builtins/native.js';
import { classHooks } from './builtins/class-hooks.js';
import { raise } from './builtins/exceptions.js';
import { tid, typeNameOf } from './builtins/protocol.js';
import { bind, callPy, classOf, foundOnObject, foundSlot, isPlainFunction, lookupType, mroOf, pyTypeOf, userMethod } from './classes.js';
import { slotHooks } from './classes-slots.js';
import { getItem as containerGetItem, setItem as containerSetItem, contains as containerContains } from './builtins/containers.js';
import { lengthOf } from './builtins/protocol.js';
import { formatValue } from './builtins/objects.js';
import { binary as arithBinary } from './builtins/arith.js';
import { builtinValue } from './builtins/class-hooks.js';
import { isByteArray } from './builtins/bytes-like.js';

const BINARY_METHODS: Record<string, string> = {
  add: 'add', sub: 'sub', mul: 'mul', matmul: 'matmul', truediv: 'truediv', floordiv: 'floordiv', mod: 'mod',
  pow: 'pow', lshift: 'lshift', rshift: 'rshift', and: 'and', or: 'or', xor: 'xor', divmod: 'divmod',
};

/** The NotImplemented singleton (created once per heap by installClassBuiltins). */
export function notImplemented(heap: Heap): Value {
  return dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, 'NotImplemented'));
}

export function isNotImplemented(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.NOT_IMPLEMENTED;
}

export function newNotImplemented(heap: Heap): Value {
  return newNative(heap, NativeKind.NOT_IMPLEMENTED);
}

/** An instance, or a class whose metaclass is a user class (its dunders then apply to the class). */
function isInst(heap: Heap, v: Value): boolean {
  const k = nativeKind(heap, v);
  return k === NativeKind.INSTANCE || (k === NativeKind.CLASS && !isNull(nget(heap, v, 7)));
}

/**
 * The method `name` of type(v) bound to v, or NULL (also NULL for non-instances, and for
 * object's own defaults when `skipObject`: the caller then does what object would).
 * Methods of a builtin base (`class L(list)`) are its slot wrappers (classes-slots.ts).
 */
function method(heap: Heap, v: Value, name: string, skipObject = false): Value {
  if (!isInst(heap, v)) return NULL;
  const cls = pyTypeOf(heap, v);
  const f = lookupType(heap, cls, name);
  if (isNull(f)) return NULL;
  // `__eq__ = None`, `__iadd__ = None`: the method is blocked, not absent — calling it raises
  // CPython's TypeError ('NoneType' object is not callable) instead of falling back.
  if (isNone(f)) return f;
  if (skipObject && nativeKind(heap, f) === NativeKind.BUILTIN && foundOnObject(heap)) return NULL;
  return bind(heap, f, v, cls);
}

function call1(heap: Heap, m: Value, x: Value): Value {
  return callPy(heap, m, 1, x);
}

/** Calls v.name(x) when the class defines it; NotImplemented when it does not. */
function tryMethod(heap: Heap, v: Value, name: string, x: Value): Value {
  // A plain Python function on the class (Vector.__add__): called with self, no bound method.
  if (isInst(heap, v)) {
    const f = lookupType(heap, pyTypeOf(heap, v), name);
    if (!isNull(f) && isPlainFunction(heap, f)) return callPy(heap, f, 2, v, x);
  }
  const m = method(heap, v, name);
  if (isNull(m)) return notImplemented(heap);
  const top = pushHandle(heap, m);
  try {
    return call1(heap, m, x);
  } finally {
    popHandles(heap, top);
  }
}

/** type(b) is a proper subclass of type(a) (the reflected method then goes first). */
function properSubclass(heap: Heap, b: Value, a: Value): boolean {
  if (!isInst(heap, b)) return false;
  const cb = pyTypeOf(heap, b), ca = pyTypeOf(heap, a);
  if (loOf(ca) === loOf(cb)) return false;
  return mroOf(heap, cb).includes(loOf(ca) >>> 0);
}

/** `a op b` for user objects; NULL when every method returned NotImplemented (the caller raises). */
export function binaryDunder(heap: Heap, op: string, a: Value, b: Value, inplace: boolean): Value {
  const name = BINARY_METHODS[op];
  const top = pushHandle(heap, a);
  try {
    pushHandle(heap, b);
    if (inplace) {
      const r = tryMethod(heap, a, `__i${name}__`, b);
      if (!isNotImplemented(heap, r)) return r;
    }
    const sameType = isInst(heap, a) && isInst(heap, b) && loOf(pyTypeOf(heap, a)) === loOf(pyTypeOf(heap, b));
    if (properSubclass(heap, b, a)) {
      const r = tryMethod(heap, handleGet(heap, top + 1), `__r${name}__`, handleGet(heap, top));
      if (!isNotImplemented(heap, r)) return r;
      const l = tryMethod(heap, handleGet(heap, top), `__${name}__`, handleGet(heap, top + 1));
      if (!isNotImplemented(heap, l)) return l;
      return sequenceFallback(heap, op, handleGet(heap, top), handleGet(heap, top + 1), inplace);
    }
    const l = tryMethod(heap, handleGet(heap, top), `__${name}__`, handleGet(heap, top + 1));
    if (!isNotImplemented(heap, l)) return l;
    if (!sameType) {
      const r = tryMethod(heap, handleGet(heap, top + 1), `__r${name}__`, handleGet(heap, top));
      if (!isNotImplemented(heap, r)) return r;
    }
    return sequenceFallback(heap, op, handleGet(heap, top), handleGet(heap, top + 1), inplace);
  } finally {
    popHandles(heap, top);
  }
}

/**
 * `[0] + L([1])`: a builtin sequence on the left concatenates (or repeats) with an instance
 * of a subclass of a builtin type (CPython's sq_concat/sq_repeat, which have no reflected
 * form); `'ab' * n` / `n * 'ab'` repeat by an instance's __index__ (sq_repeat takes either
 * side). NULL when that does not apply either.
 */
function sequenceFallback(heap: Heap, op: string, a: Value, b: Value, inplace: boolean): Value {
  if (op === 'mul') {
    const count = isInst(heap, a) ? a : b, seq = isInst(heap, a) ? b : a;
    if (!isInst(heap, seq) && (REPEATABLE.has(tid(heap, seq)) || isByteArray(heap, seq)) && !isNull(method(heap, count, '__index__'))) {
      const n = classHooks.index(heap, count);
      return isInst(heap, a) ? arithBinary(heap, 'mul', n, seq, false) : arithBinary(heap, 'mul', seq, n, inplace);
    }
  }
  if (isInst(heap, a) || (op !== 'add' && op !== 'mul')) return NULL;
  const inner = builtinValue(heap, b);
  // Values are NaN-boxed: identity is sameValue (=== is false for every pointer, which
  // recursed through arithBinary back here for `[1] + obj`).
  if (sameValue(inner, b)) return NULL;
  try {
    return arithBinary(heap, op as 'add' | 'mul', a, inner, inplace);
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'TypeError') return NULL;
    throw e;
  }
}

/** Builtin sequences whose `*` repeats them (and bytearray, an extension type: isByteArray). */
const REPEATABLE = new Set<number>([TypeId.STR, TypeId.BYTES, TypeId.LIST, TypeId.TUPLE]);

const REFLECTED: Record<string, string> = { '<': '__gt__', '<=': '__ge__', '>': '__lt__', '>=': '__le__', '==': '__eq__', '!=': '__ne__' };
const DIRECT: Record<string, string> = { '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__', '==': '__eq__', '!=': '__ne__' };

/** One side of a comparison; `!=` falls back to the inverse of `__eq__` (object.__ne__). */
function compareSide(heap: Heap, v: Value, name: string, x: Value): Value {
  const m = method(heap, v, name, true);
  if (!isNull(m)) return call1(heap, m, x);
  if (name === '__ne__') {
    const eq = compareSide(heap, v, '__eq__', x);
    if (isNotImplemented(heap, eq)) return eq;
    return truth(heap, eq) ? FALSE : TRUE;
  }
  return notImplemented(heap);
}

/**
 * `a sym b` where an operand is a user object: the result object (any value a dunder
 * returns), with == / != falling back to identity and the others raising CPython's TypeError.
 */
export function richCompare(heap: Heap, a: Value, b: Value, sym: string): Value {
  const top = pushHandle(heap, a);
  try {
    pushHandle(heap, b);
    const reflectedFirst = properSubclass(heap, b, a);
    if (reflectedFirst) {
      const r = compareSide(heap, b, REFLECTED[sym], a);
      if (!isNotImplemented(heap, r)) return r;
    }
    const l = compareSide(heap, handleGet(heap, top), DIRECT[sym], handleGet(heap, top + 1));
    if (!isNotImplemented(heap, l)) return l;
    if (!reflectedFirst) {
      const r = compareSide(heap, handleGet(heap, top + 1), REFLECTED[sym], handleGet(heap, top));
      if (!isNotImplemented(heap, r)) return r;
    }
    const x = handleGet(heap, top), y = handleGet(heap, top + 1);
    // A builtin subclass against a builtin value its slot declined (`I(1) == 1.0`: int.__eq__
    // is NotImplemented for a float, and a plain float has no reflected method here): the
    // builtin values' own ==, which is what float.__eq__(1) would answer.
    if ((sym === '==' || sym === '!=') && !isUserObject(heap, builtinValue(heap, x)) && !isUserObject(heap, builtinValue(heap, y))) {
      return builtinEq(heap, builtinValue(heap, x), builtinValue(heap, y)) === (sym === '==') ? TRUE : FALSE;
    }
    // Bound methods (made anew at each access) are equal when they bind the same function to
    // the same object (meth_richcompare); everything else falls back to identity.
    const same = sameValue(x, y) || (nativeKind(heap, x) === NativeKind.METHOD && nativeKind(heap, y) === NativeKind.METHOD
      && sameValue(nget(heap, x, 0), nget(heap, y, 0)) && sameValue(nget(heap, x, 1), nget(heap, y, 1)));
    if (sym === '==') return same ? TRUE : FALSE;
    if (sym === '!=') return same ? FALSE : TRUE;
    return raise('TypeError', `'${sym}' not supported between instances of '${typeNameOf(heap, x)}' and '${typeNameOf(heap, y)}'`);
  } finally {
    popHandles(heap, top);
  }
}

function truth(heap: Heap, v: Value): boolean {
  return classHooks.truthy(heap, v);
}

/** bool(obj) for an instance: __bool__ (must return bool), else __len__ != 0, else True. */
export function instanceTruthy(heap: Heap, v: Value): boolean {
  const b = method(heap, v, '__bool__');
  if (!isNull(b)) {
    const r = callPy(heap, b, 0);
    if (hiOf(r) !== HI_BOOL || r === r) raise('TypeError', `__bool__ should return bool, returned ${typeNameOf(heap, r)}`);
    return loOf(r) !== 0;
  }
  const n = instanceLength(heap, v);
  return n === -1 ? true : n !== 0;
}

/** len(obj) for an instance: -1 when the class has no __len__. */
export function instanceLength(heap: Heap, v: Value): number {
  if (inheritsSlot(heap, v, '__len__')) return lengthOf(heap, nget(heap, v, 2));
  const m = method(heap, v, '__len__');
  if (isNull(m)) return -1;
  let r = callPy(heap, m, 0);
  // A result with __index__ counts as its index (PyNumber_AsSsize_t in slot_sq_length).
  if (r !== r && hiOf(r) !== HI_INT && hiOf(r) !== HI_BOOL && nativeKind(heap, r) === NativeKind.INSTANCE) {
    const i = classHooks.index(heap, r);
    if (!isNull(i)) r = i;
  }
  if (r === r || (hiOf(r) !== HI_INT && hiOf(r) !== HI_BOOL)) {
    if (tid(heap, r) === TypeId.INT) raise('OverflowError', 'cannot fit \'int\' into an index-sized integer');
    raise('TypeError', `'${typeNameOf(heap, r)}' object cannot be interpreted as an integer`);
  }
  if (loOf(r) < 0) raise('ValueError', '__len__() should return >= 0');
  return loOf(r);
}

/**
 * type(v) derives from a builtin type and inherits its slot `name` unchanged: the hook then
 * works on the builtin value directly (no bound slot wrapper and native call per `d[k]`).
 */
function inheritsSlot(heap: Heap, v: Value, name: string): boolean {
  if (nativeKind(heap, v) !== NativeKind.INSTANCE || isNull(nget(heap, v, 2))) return false;
  return isNull(userMethod(heap, classOf(heap, v), name)) && foundSlot();
}

export function instanceGetItem(heap: Heap, v: Value, key: Value): Value {
  if (inheritsSlot(heap, v, '__getitem__')) {
    const b = nget(heap, v, 2);
    if (tid(heap, b) !== TypeId.DICT) return containerGetItem(heap, b, key);
    const r = dictGet(heap, b, key);
    if (!isNull(r)) return r;
    const missing = slotHooks.missing(heap, v); // dict_subscript: a subclass's __missing__
    return isNull(missing) ? containerGetItem(heap, b, key) : call1(heap, missing, key);
  }
  if (nativeKind(heap, v) === NativeKind.CLASS && isNull(method(heap, v, '__getitem__'))) {
    // C[key]: the metaclass's __getitem__, else __class_getitem__ (implicitly a classmethod, see newClass).
    const f = lookupType(heap, v, '__class_getitem__');
    if (isNull(f)) return raise('TypeError', `type '${typeNameOfClass(heap, v)}' is not subscriptable`);
    return call1(heap, bind(heap, f, NULL, v), key);
  }
  const m = method(heap, v, '__getitem__');
  if (isNull(m)) return raise('TypeError', `'${typeNameOf(heap, v)}' object is not subscriptable`);
  return call1(heap, m, key);
}

export function instanceSetItem(heap: Heap, v: Value, key: Value, value: Value): void {
  if (inheritsSlot(heap, v, '__setitem__')) return containerSetItem(heap, nget(heap, v, 2), key, value);
  const m = method(heap, v, '__setitem__');
  if (isNull(m)) raise('TypeError', `'${typeNameOf(heap, v)}' object does not support item assignment`);
  callPy(heap, m, 2, key, value);
}

export function instanceDelItem(heap: Heap, v: Value, key: Value): void {
  const m = method(heap, v, '__delitem__');
  if (isNull(m)) raise('TypeError', `'${typeNameOf(heap, v)}' object doesn't support item deletion`);
  call1(heap, m, key);
}

/** `item in v`: __contains__, else iteration comparing with == (identity first). */
export function instanceContains(heap: Heap, v: Value, item: Value): boolean {
  if (inheritsSlot(heap, v, '__contains__')) return containerContains(heap, nget(heap, v, 2), item);
  const m = method(heap, v, '__contains__');
  if (!isNull(m)) return truth(heap, call1(heap, m, item));
  const top = pushHandle(heap, item);
  try {
    const it = instanceIter(heap, v);
    pushHandle(heap, it);
    for (;;) {
      const x = iterNext(heap, handleGet(heap, top + 1));
      if (isNull(x)) return false;
      if (sameValue(x, handleGet(heap, top)) || classHooks.eq(heap, x, handleGet(heap, top))) return true;
    }
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'TypeError' && isNull(method(heap, v, '__iter__'))) {
      raise('TypeError', `argument of type '${typeNameOf(heap, v)}' is not iterable`);
    }
    throw e;
  } finally {
    popHandles(heap, top);
  }
}

/** iter(v) for an instance: __iter__, whose result must have __next__ (or be a builtin iterator). */
export function instanceIter(heap: Heap, v: Value): Value {
  if (inheritsSlot(heap, v, '__iter__')) return getIter(heap, nget(heap, v, 2));
  const m = method(heap, v, '__iter__');
  // The old sequence protocol: a class with __getitem__ and no __iter__ (None blocks it) is iterable.
  if (isNull(m) && !isNull(method(heap, v, '__getitem__'))) return sequenceIterator(heap, v);
  if (isNull(m) || isNone(m)) return raise('TypeError', `'${typeNameOf(heap, v)}' object is not iterable`);
  const it = callPy(heap, m, 0);
  if (isInst(heap, it) && isNull(method(heap, it, '__next__'))) {
    raise('TypeError', `iter() returned non-iterator of type '${typeNameOf(heap, it)}'`);
  }
  if (!isInst(heap, it)) {
    // A builtin result must itself be an iterator (iter() of it gives it back): a list or an
    // int returned by __iter__ is CPython's "non-iterator" error, not its own iteration.
    const nonIterator = () => raise('TypeError', `iter() returned non-iterator of type '${typeNameOf(heap, it)}'`);
    let r: Value;
    try {
      r = classHooks.builtinIter(heap, it);
    } catch (e) {
      if ((e as { pyType?: string }).pyType === 'TypeError') nonIterator();
      throw e;
    }
    if (!sameValue(r, it)) nonIterator();
    return r;
  }
  return it;
}

/** next(it) for an instance iterator: NULL on StopIteration. */
export function instanceNext(heap: Heap, it: Value): Value {
  const m = method(heap, it, '__next__');
  if (isNull(m)) return raise('TypeError', `'${typeNameOf(heap, it)}' object is not an iterator`);
  try {
    return callPy(heap, m, 0);
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'StopIteration') return NULL;
    throw e;
  }
}

const UNARY: Record<string, string> = { '-': '__neg__', '+': '__pos__', '~': '__invert__' };

/** -v, +v, ~v for an instance; NULL when the class lacks the method. */
export function instanceUnary(heap: Heap, symbol: string, v: Value): Value {
  const m = method(heap, v, UNARY[symbol]);
  return isNull(m) ? NULL : callPy(heap, m, 0);
}

/** format(v, spec) for an instance: __format__ when the class defines one, else str(v) for ''. */
export function instanceFormat(heap: Heap, v: Value, spec: Value): Value {
  const m = method(heap, v, '__format__', true);
  if (!isNull(m)) {
    const r = call1(heap, m, spec);
    if (tid(heap, r) !== TypeId.STR) raise('TypeError', `__format__ must return a str, not ${typeNameOf(heap, r)}`);
    return r;
  }
  const b = nget(heap, v, 2);
  if (nativeKind(heap, v) === NativeKind.INSTANCE && !isNull(b) && (tid(heap, b) === TypeId.INT || tid(heap, b) === TypeId.FLOAT || tid(heap, b) === TypeId.STR)) {
    return formatValue(heap, b, strToJs(heap, spec));
  }
  if (strToJs(heap, spec) !== '') raise('TypeError', `unsupported format string passed to ${typeNameOf(heap, v)}.__format__`);
  return NULL;
}

/** hash(v) for an instance: its __hash__ (None: unhashable), else identity (undefined). */
export function instanceHash(heap: Heap, v: Value): Value | undefined {
  const cls = pyTypeOf(heap, v);
  const f = lookupType(heap, cls, '__hash__');
  if (isNone(f)) return raise('TypeError', `unhashable type: '${typeNameOf(heap, v)}'`);
  if ((isNull(f) || (nativeKind(heap, f) === NativeKind.BUILTIN && foundOnObject(heap))) && nativeKind(heap, v) === NativeKind.INSTANCE && !isNull(nget(heap, v, 2))) {
    // A mutable builtin base (list, dict, set) has no __hash__: the subclass is unhashable too.
    return raise('TypeError', `unhashable type: '${typeNameOf(heap, v)}'`);
  }
  if (isNull(f) || (nativeKind(heap, f) === NativeKind.BUILTIN && foundOnObject(heap))) return undefined;
  const r = callPy(heap, bind(heap, f, v, cls), 0);
  if (tid(heap, r) !== TypeId.INT && tid(heap, r) !== TypeId.BOOL) raise('TypeError', '__hash__ method should return an integer');
  return r;
}

void NONE;

/** compare() in protocol.ts wants -1/0/1 tested against 0 by the caller's symbol. */
function compareCode(heap: Heap, a: Value, b: Value, symbol: string): number {
  const t = truth(heap, richCompare(heap, a, b, symbol));
  switch (symbol) {
    case '<': return t ? -1 : 0;
    case '<=': return t ? 0 : 1;
    case '>': return t ? 1 : 0;
    case '>=': return t ? 0 : -1;
    case '==': return t ? 0 : 1;
    default: return t ? 1 : 0; // '!='
  }
}

classHooks.truthy = (heap, v) => {
  if (isNotImplemented(heap, v)) return true;
  if (!isInst(heap, v)) return protocolTruthy(heap, v);
  return instanceTruthy(heap, v);
};
classHooks.length = (heap, v) => instanceLength(heap, v);
classHooks.eq = (heap, a, b) => truth(heap, richCompare(heap, a, b, '=='));
classHooks.compare = compareCode;
classHooks.richCompare = richCompare;
classHooks.binary = binaryDunder;
classHooks.unary = instanceUnary;
classHooks.getItem = instanceGetItem;
classHooks.setItem = instanceSetItem;
classHooks.delItem = instanceDelItem;
classHooks.contains = instanceContains;
classHooks.iter = instanceIter;
classHooks.builtinIter = (heap, v) => getIter(heap, v);
classHooks.next = instanceNext;
classHooks.index = (heap, v) => {
  const m = method(heap, v, '__index__');
  if (isNull(m)) return NULL;
  const r = callPy(heap, m, 0);
  if (tid(heap, r) !== TypeId.INT) raise('TypeError', `__index__ returned non-int (type ${typeNameOf(heap, r)})`);
  return r;
};
classHooks.callDunder = (heap, v, name) => {
  const m = method(heap, v, name, true);
  return isNull(m) ? NULL : callPy(heap, m, 0);
};
classHooks.callDunder1 = (heap, v, name, x) => {
  const m = method(heap, v, name, true);
  return isNull(m) ? NULL : callPy(heap, m, 1, x);
};
classHooks.callDunder2 = (heap, v, name, x, y) => {
  const m = method(heap, v, name, true);
  return isNull(m) ? NULL : callPy(heap, m, 2, x, y);
};
classHooks.format = (heap, v, spec) => instanceFormat(heap, v, strFromJs(heap, spec));

import { truthy as protocolTruthy } from './builtins/protocol.js';
import { getIter, iterNext, sequenceIterator } from './builtins/containers.js';
import { strFromJs } from './str.js';

keyHooks.hash = (heap, v) => {
  if (!isInst(heap, v)) return undefined;
  const r = instanceHash(heap, v);
  if (r === undefined) return undefined;
  // slot_tp_hash: a __hash__ result that fits a Py_hash_t is the hash itself (-1 becomes -2);
  // only a larger one is hashed as an int.
  const n = intToBigInt(heap, r);
  if (n >= -(1n << 63n) && n < (1n << 63n)) return emitHash(n === -1n ? -2n : n);
  return hashValue(heap, r);
};
import { emitHash } from './hash.js';
import { intToBigInt } from './int.js';
keyHooks.eq = (heap, a, b) => (isInst(heap, a) || isInst(heap, b)) && truth(heap, richCompare(heap, a, b, '=='));
import { hashValue, keyHooks } from './keys.js';

function typeNameOfClass(heap: Heap, cls: Value): string {
  return strToJs(heap, nget(heap, cls, 0));
}
import { nget } from './builtins/native.js';
import { eq as builtinEq } from './builtins/protocol.js';
import { isUserObject } from './builtins/class-hooks.js';
