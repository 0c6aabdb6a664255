// The dunder methods of the builtin types that a subclass inherits ("slot wrappers" in
// CPython: list.__getitem__, dict.__setitem__, int.__add__, tuple.__new__ …). pyx's builtin
// types have no such methods for their own values (the protocol functions handle those
// directly); these exist so that `class L(list)` finds them along its MRO: the data model
// hooks (classes-dunder.ts) call them when the subclass does not override a method, and
// Python code calls them through `super().__setitem__(k, v)` or `dict.__setitem__(self, k, v)`.
//
// Each slot receives `self` as the subclass instance (or a plain builtin value, for
// `dict.__setitem__(d, k, v)`) and works on its builtin value (`builtinValue`, INSTANCE F2).
// Binary and comparison slots return NotImplemented when the other operand is not a builtin
// value they understand, so the caller tries the reflected method and then raises CPython's
// TypeError naming the subclass.

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { NULL, NONE, type Value, isNull, fromBool, fromInt32 } from './value.js';
import { strFromJs } from './str.js';
import { intFromBigInt } from './int.js';
import { hashOut } from './hash.js';
import { hashValue } from './keys.js';
import { dictGet, dictSet } from './dict.js';
import { pushHandle, popHandles, handleGet } from './gc.js';
import { BUILTIN_FUNCTIONS, defineFunction, arg, self, type NativeEntry } from './builtins/registry.js';
import { builtinValue, isUserObject } from './builtins/class-hooks.js';
import { tid, lengthOf, compare, eq, truthy } from './builtins/protocol.js';
import { binary, unary, type BinaryName } from './builtins/arith.js';
import { getItem, setItem, delItem, contains, getIter, extendFromIterable, replaceContents } from './builtins/containers.js';
import { reprValue, strValue } from './builtins/repr.js';
import { updateDict } from './builtins/functions.js';
import { PyError } from './errors.js';

/**
 * One slot of one builtin type: `method` is called bound (self in handle a, the parameters
 * after it), `function` is the same code reached unbound through the type object
 * (`list.__init__(self, it)`: self is the first positional parameter).
 */
export interface Slot {
  readonly method: NativeEntry;
  readonly function: NativeEntry;
}

/** Slots by builtin TypeId, then dunder name. Invariant: only types a class may subclass. */
export const SLOTS = new Map<number, Map<string, Slot>>();

/** The unbound form of each slot, by its bound form's registry index (`L.__len__(x)` through the class). */
export const UNBOUND = new Map<number, NativeEntry>();

/** The bound form of each slot by its unbound form's index (`__format__ = int.__format__` in a class body, then bound). */
export const BOUND = new Map<number, NativeEntry>();

/** Registry indices of every slot entry (bind() passes the instance itself to these, not its builtin value). */
export const SLOT_INDICES = new Set<number>();

/** Registry indices of slots that are class methods (object.__init_subclass__): bind() gives them the class. */
export const CLASS_SLOT_INDICES = new Set<number>();

const NAMES: Record<number, string> = {
  [TypeId.INT]: 'int', [TypeId.FLOAT]: 'float', [TypeId.STR]: 'str', [TypeId.BYTES]: 'bytes', [TypeId.TUPLE]: 'tuple',
  [TypeId.LIST]: 'list', [TypeId.DICT]: 'dict', [TypeId.SET]: 'set', [TypeId.FROZENSET]: 'frozenset',
  [TypeId.OBJECT]: 'object', [TypeId.TYPE]: 'type',
};

/** The slot `name` of builtin type `typeId`, or undefined. */
export function slotOf(typeId: number, name: string): Slot | undefined {
  return SLOTS.get(typeId)?.get(name);
}

type SlotFn = (heap: Heap, a: number) => Value;

/** Declares slot `name` on each of `types`; `signature` lists the parameters after self. */
export function defineSlot(types: readonly number[], name: string, signature: string, fn: SlotFn): void {
  for (const t of types) {
    const owner = NAMES[t];
    const method = defineFunction(owner, name, signature, fn);
    // Unbound: self arrives as argument 0, so the method's handle window starts one later.
    const function_ = defineFunction(owner, name, signature === '' ? 'self, /' : `self, ${signature.includes('/') ? '' : '/, '}${signature}`, (heap, a) => fn(heap, a + 1));
    let table = SLOTS.get(t);
    if (table === undefined) SLOTS.set(t, (table = new Map()));
    table.set(name, { method, function: function_ });
    typeDictHooks.extra.set(t, [...(typeDictHooks.extra.get(t) ?? []), [name, function_]]);
    SLOT_INDICES.add(method.index);
    UNBOUND.set(method.index, function_);
    BOUND.set(function_.index, method);
  }
}

/** Filled by classes.ts at load (it imports this file, not the reverse). */
export const slotHooks = {
  /** The instance's class's __missing__ bound to it, or NULL. */
  missing: (_heap: Heap, _self: Value): Value => NULL,
  notImplemented: (heap: Heap): Value => dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, 'NotImplemented')),
  call0: (heap: Heap, f: Value): Value => host.call(heap, f, newTuple(heap, 0)),
  call1: (heap: Heap, f: Value, x: Value): Value => {
    const h = pushHandle(heap, f);
    try {
      pushHandle(heap, x);
      const t = newTuple(heap, 1);
      tupleInit(heap, t, 0, handleGet(heap, h + 1));
      return host.call(heap, handleGet(heap, h), t);
    } finally { popHandles(heap, h); }
  },
  /** A builtin method of a builtin value, bound (v.name). */
  method: (heap: Heap, v: Value, name: string): Value => {
    const m = findMethod(heap, v, name);
    if (m === undefined) throw new PyError('AttributeError', `'${typeNameOf(heap, v)}' object has no attribute '${name}'`);
    return nativeValue(heap, m, v);
  },
  newList: (heap: Heap): Value => newList(heap),
  toFloat: (heap: Heap, v: Value): Value => (tid(heap, v) === TypeId.FLOAT ? v : fromFloat(Number(intToBigInt(heap, v)))),
};

const SEQUENCES = [TypeId.LIST, TypeId.TUPLE, TypeId.STR, TypeId.BYTES];
const SIZED = [...SEQUENCES, TypeId.DICT, TypeId.SET, TypeId.FROZENSET];
const SUBSCRIPTABLE = [...SEQUENCES, TypeId.DICT];
const NUMBERS = [TypeId.INT, TypeId.FLOAT];
const ALL = [...SIZED, ...NUMBERS];

function base(heap: Heap, a: number): Value {
  return builtinValue(heap, self(heap, a));
}

// --- containers ---

defineSlot(SIZED, '__len__', '', (heap, a) => fromInt32(lengthOf(heap, base(heap, a))));
defineSlot(SIZED, '__iter__', '', (heap, a) => getIter(heap, base(heap, a)));
defineSlot(SIZED, '__contains__', 'key, /', (heap, a) => fromBool(contains(heap, base(heap, a), arg(heap, a, 0))));
defineSlot(SUBSCRIPTABLE.filter((t) => t !== TypeId.DICT), '__getitem__', 'key, /', (heap, a) => getItem(heap, base(heap, a), arg(heap, a, 0)));
// dict.__getitem__ of a subclass calls its __missing__ when the key is absent (dict_subscript).
defineSlot([TypeId.DICT], '__getitem__', 'key, /', (heap, a) => {
  const d = base(heap, a), key = arg(heap, a, 0);
  if (tid(heap, d) !== TypeId.DICT) return getItem(heap, d, key);
  const v = dictGet(heap, d, key);
  if (!isNull(v)) return v;
  const missing = slotHooks.missing(heap, self(heap, a));
  if (!isNull(missing)) return slotHooks.call1(heap, missing, key);
  return getItem(heap, d, key);
});
defineSlot([TypeId.LIST, TypeId.DICT], '__setitem__', 'key, value, /', (heap, a) => { setItem(heap, base(heap, a), arg(heap, a, 0), arg(heap, a, 1)); return NONE; });
defineSlot([TypeId.LIST, TypeId.DICT], '__delitem__', 'key, /', (heap, a) => { delItem(heap, base(heap, a), arg(heap, a, 0)); return NONE; });

// --- __init__ of the mutable types (the immutable ones get their value in __new__) ---

defineSlot([TypeId.LIST], '__init__', 'iterable=, /', (heap, a) => {
  const l = base(heap, a);
  replaceContents(heap, l, emptyLike(heap, l));
  if (!isNull(arg(heap, a, 0))) extendFromIterable(heap, l, arg(heap, a, 0));
  return NONE;
});
defineSlot([TypeId.DICT], '__init__', 'iterable=, /, **kwargs', (heap, a) => {
  const d = base(heap, a);
  if (!isNull(arg(heap, a, 0))) updateDict(heap, d, builtinValue(heap, arg(heap, a, 0)));
  const kw = arg(heap, a, 1);
  for (let p = dictNextSafe(heap, kw, 0); p >= 0; p = dictNextSafe(heap, kw, p + 1)) dictSet(heap, d, entryKey(heap, kw, p), entryValue(heap, kw, p));
  return NONE;
});
defineSlot([TypeId.SET], '__init__', 'iterable=, /', (heap, a) => {
  const s = base(heap, a);
  while (setLength(heap, s) > 0) setPop(heap, s);
  if (isNull(arg(heap, a, 0))) return NONE;
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try {
    for (let x = iterNext(heap, handleGet(heap, h)); !isNull(x); x = iterNext(heap, handleGet(heap, h))) setAdd(heap, base(heap, a), x);
  } finally {
    popHandles(heap, h);
  }
  return NONE;
});

function emptyLike(heap: Heap, l: Value): Value {
  void l;
  return slotHooks.newList(heap);
}

// --- repr, str, hash, truth ---

// Only the numbers and str format themselves; a tuple or list subclass formats as str(self)
// (object.__format__), so its own __repr__ shows (namedtuple in f-strings).
defineSlot([...NUMBERS, TypeId.STR], '__format__', 'format_spec, /', (heap, a) => {
  const spec = arg(heap, a, 0);
  if (tid(heap, spec) !== TypeId.STR) throw new PyError('TypeError', `__format__() argument must be str, not ${typeNameOf(heap, spec)}`);
  // An empty spec is str(self) (int/float/str.__format__ do PyObject_Str), which a subclass's
  // own __str__ or __repr__ decides: f"{MyInt(5)}" with only __repr__ defined shows it.
  if (strToJs(heap, spec) === '' && isUserObject(heap, self(heap, a))) return strFromJs(heap, strValue(heap, self(heap, a)));
  return formatValue(heap, base(heap, a), strToJs(heap, spec));
});
defineSlot(ALL, '__repr__', '', (heap, a) => {
  const b = base(heap, a);
  const t = tid(heap, b);
  if ((t === TypeId.SET || t === TypeId.FROZENSET) && isUserObject(heap, self(heap, a))) {
    // set_repr of a subclass names it: SS({1}), SS() (super().__repr__() in its own __repr__).
    const name = typeNameOf(heap, self(heap, a));
    if (lengthOf(heap, b) === 0) return strFromJs(heap, `${name}()`);
    const r = reprValue(heap, b);
    return strFromJs(heap, `${name}(${t === TypeId.FROZENSET ? r.slice('frozenset('.length, -1) : r})`);
  }
  return strFromJs(heap, reprValue(heap, b));
});
defineSlot([TypeId.STR], '__str__', '', (heap, a) => base(heap, a));
defineSlot([TypeId.INT, TypeId.FLOAT, TypeId.STR, TypeId.BYTES, TypeId.TUPLE, TypeId.FROZENSET], '__hash__', '', (heap, a) => {
  hashValue(heap, base(heap, a));
  return intFromBigInt(heap, BigInt.asIntN(64, (BigInt(hashOut[1]) << 32n) | BigInt(hashOut[0] >>> 0)));
});
defineSlot(NUMBERS, '__bool__', '', (heap, a) => fromBool(truthy(heap, base(heap, a))));
defineSlot([TypeId.INT], '__index__', '', (heap, a) => base(heap, a));
defineSlot([TypeId.INT], '__int__', '', (heap, a) => base(heap, a));
defineSlot(NUMBERS, '__float__', '', (heap, a) => slotHooks.toFloat(heap, base(heap, a)));

// --- comparisons ---

/** The other operand as a builtin value, or NULL when it is a user object (then NotImplemented). */
function other(heap: Heap, a: number, i = 0): Value {
  const o = builtinValue(heap, arg(heap, a, i));
  return isUserObject(heap, o) ? NULL : o;
}

const COMPARISONS: [string, string][] = [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']];
for (const [name, symbol] of COMPARISONS) {
  defineSlot(ALL, name, 'value, /', (heap, a) => {
    const o = other(heap, a);
    if (isNull(o)) return slotHooks.notImplemented(heap);
    const r = compareOrUndefined(heap, base(heap, a), o, symbol);
    if (r === undefined) return slotHooks.notImplemented(heap);
    return fromBool(symbol === '<' ? r < 0 : symbol === '<=' ? r <= 0 : symbol === '>' ? r > 0 : r >= 0);
  });
}
/**
 * Whether type `s`'s own == understands a value of type `o`: int only ints (int.__eq__(2.0) is
 * NotImplemented), float ints and floats, set and frozenset each other, the rest only their own
 * type. `(2.0).__eq__('a')` is NotImplemented (float_richcompare), not False: `==` then falls
 * back to identity, but a direct call shows the difference.
 */
function eqAccepts(s: number, o: number): boolean {
  const fam = (t: number) => (t === TypeId.BOOL ? TypeId.INT : t === TypeId.FROZENSET ? TypeId.SET : t);
  if (s === TypeId.FLOAT) return o === TypeId.FLOAT || fam(o) === TypeId.INT;
  return fam(s) === fam(o);
}
defineSlot(ALL, '__eq__', 'value, /', (heap, a) => {
  const o = other(heap, a);
  if (isNull(o) || !eqAccepts(tid(heap, base(heap, a)), tid(heap, o))) return slotHooks.notImplemented(heap);
  return fromBool(eq(heap, base(heap, a), o));
});
defineSlot(ALL, '__ne__', 'value, /', (heap, a) => {
  const o = other(heap, a);
  if (isNull(o) || !eqAccepts(tid(heap, base(heap, a)), tid(heap, o))) return slotHooks.notImplemented(heap);
  return fromBool(!eq(heap, base(heap, a), o));
});

function compareOrUndefined(heap: Heap, x: Value, y: Value, symbol: string): number | undefined {
  try {
    return compare(heap, x, y, symbol);
  } catch (e) {
    if (e instanceof PyError && e.pyType === 'TypeError') return undefined;
    if ((e as { pyType?: string }).pyType === 'TypeError') return undefined;
    throw e;
  }
}

// --- arithmetic ---

const BINARY: [BinaryName, readonly number[]][] = [
  ['add', [...NUMBERS, ...SEQUENCES]], ['mul', [...NUMBERS, ...SEQUENCES]], ['sub', [...NUMBERS, TypeId.SET, TypeId.FROZENSET]],
  ['truediv', NUMBERS], ['floordiv', NUMBERS], ['mod', [...NUMBERS, TypeId.STR, TypeId.BYTES]], ['pow', NUMBERS],
  ['lshift', [TypeId.INT]], ['rshift', [TypeId.INT]],
  ['and', [TypeId.INT, TypeId.SET, TypeId.FROZENSET]], ['or', [TypeId.INT, TypeId.SET, TypeId.FROZENSET, TypeId.DICT]],
  ['xor', [TypeId.INT, TypeId.SET, TypeId.FROZENSET]],
];

/** x op y, or NotImplemented when the builtin operation does not apply to these operands. */
function binaryOrNotImplemented(heap: Heap, op: BinaryName, x: Value, y: Value): Value {
  try {
    return binary(heap, op, x, y);
  } catch (e) {
    const msg = (e as { message?: string }).message ?? '';
    if ((e as { pyType?: string }).pyType === 'TypeError' && (msg.startsWith('unsupported operand') || msg.startsWith("can't multiply") || msg.startsWith('can only concatenate'))) {
      return slotHooks.notImplemented(heap);
    }
    throw e;
  }
}

for (const [op, types] of BINARY) {
  // Sequences have no reflected + (CPython's sq_concat): `[1] + L()` works through list's own +.
  const reflectedTypes = op === 'add' ? NUMBERS : op === 'mul' ? types : types.filter((t) => t !== TypeId.STR && t !== TypeId.BYTES);
  defineSlot(types, `__${op}__`, 'value, /', (heap, a) => {
    const o = other(heap, a);
    return isNull(o) ? slotHooks.notImplemented(heap) : binaryOrNotImplemented(heap, op, base(heap, a), o);
  });
  defineSlot(reflectedTypes, `__r${op}__`, 'value, /', (heap, a) => {
    const o = other(heap, a);
    return isNull(o) ? slotHooks.notImplemented(heap) : binaryOrNotImplemented(heap, op, o, base(heap, a));
  });
}
// In place: the list (and dict, set) itself changes, and the result is self.
defineSlot([TypeId.LIST], '__iadd__', 'value, /', (heap, a) => { extendFromIterable(heap, base(heap, a), arg(heap, a, 0)); return self(heap, a); });
defineSlot([TypeId.LIST], '__imul__', 'value, /', (heap, a) => {
  const product = binary(heap, 'mul', base(heap, a), builtinValue(heap, arg(heap, a, 0)));
  const h = pushHandle(heap, product);
  try { replaceContents(heap, base(heap, a), handleGet(heap, h)); } finally { popHandles(heap, h); }
  return self(heap, a);
});
defineSlot([TypeId.DICT], '__ior__', 'value, /', (heap, a) => { updateDict(heap, base(heap, a), builtinValue(heap, arg(heap, a, 0))); return self(heap, a); });
for (const [name, method] of [['__ior__', 'update'], ['__iand__', 'intersection_update'], ['__isub__', 'difference_update'], ['__ixor__', 'symmetric_difference_update']]) {
  defineSlot([TypeId.SET], name, 'value, /', (heap, a) => {
    slotHooks.call1(heap, slotHooks.method(heap, base(heap, a), method), builtinValue(heap, arg(heap, a, 0)));
    return self(heap, a);
  });
}
for (const [name, symbol] of [['__neg__', '-'], ['__pos__', '+'], ['__invert__', '~']] as const) {
  defineSlot(symbol === '~' ? [TypeId.INT] : NUMBERS, name, '', (heap, a) => unary(heap, symbol, base(heap, a)));
}
// list and dict have __reversed__ (tuple and str reverse through __len__/__getitem__).
defineSlot([TypeId.LIST, TypeId.DICT], '__reversed__', '', (heap, a) => {
  const t = newTuple(heap, 1);
  tupleInit(heap, t, 0, base(heap, a));
  const h = pushHandle(heap, t);
  try {
    return host.call(heap, nativeValue(heap, BUILTIN_FUNCTIONS.get('reversed')!), handleGet(heap, h));
  } finally {
    popHandles(heap, h);
  }
});
defineSlot(NUMBERS, '__round__', 'ndigits=, /', (heap, a) => {
  const round = BUILTIN_FUNCTIONS.get('round')!;
  const nd = arg(heap, a, 0);
  const t = newTuple(heap, isNull(nd) ? 1 : 2);
  tupleInit(heap, t, 0, base(heap, a));
  if (!isNull(nd)) tupleInit(heap, t, 1, arg(heap, a, 0));
  const h = pushHandle(heap, t);
  try {
    return host.call(heap, nativeValue(heap, round), handleGet(heap, h));
  } finally {
    popHandles(heap, h);
  }
});
defineSlot(NUMBERS, '__abs__', '', (heap, a) => {
  const v = base(heap, a);
  return compare(heap, v, fromInt32(0), '<')! < 0 ? unary(heap, '-', v) : unary(heap, '+', v);
});

import { dictNext as dictNextSafe, dictEntryKey as entryKey, dictEntryValue as entryValue } from './dict.js';
import { H } from './heap.js';
import { fromPtr, fromFloat } from './value.js';
import { internStr } from './str.js';
import { intToBigInt } from './int.js';
import { newTuple, tupleInit, newList } from './sequence.js';
import { host } from './builtins/functions.js';
import { typeDictHooks } from './builtins/class-hooks.js';
import { setAdd, setLength, setPop } from './set.js';
import { iterNext } from './builtins/containers.js';
import { typeNameOf } from './builtins/protocol.js';
import { findMethod, formatValue, nativeValue } from './builtins/objects.js';
import { strToJs } from './str.js';
