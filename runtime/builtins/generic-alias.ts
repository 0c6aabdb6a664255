// types.GenericAlias and types.UnionType: what `list[int]`, `dict[str, list[int]]` and
// `int | None` evaluate to (PEP 585 / PEP 604). Annotations of parameters and returns are
// evaluated when a `def` runs, so typed code needs these even though pyx ignores the types.
//
// Both are extension types (ext-types.ts). A GenericAlias keeps F1 = its origin (a type) and
// F2 = its arguments (a tuple); a UnionType keeps F1 = its arguments (a tuple, duplicates
// removed, None as NoneType). Their reprs are CPython's (_Py_typing_type_repr); calling an
// alias calls its origin; isinstance() refuses an alias and accepts a union.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NULL, isNone, fromPtr, loOf, sameValue } from '../value.js';
import { H } from '../heap.js';
import { strToJs } from '../str.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { typeError } from '../errors.js';
import { defineExtType, extTypeOf, extHooks, extKey, newExt, type ExtType } from './ext-types.js';
import { typingHooks } from './containers.js';
import { arg, defineMethod, self } from './registry.js';
import { defineExtClass, extClassHooks } from '../modules/ext-class.js';
import { nget, nset, nativeKind, NativeKind } from './native.js';
import { tid, tupleItem, eq } from './protocol.js';
import { reprValue } from './repr.js';
import { loadAttr } from './objects.js';
import { hashValue } from '../keys.js';
import { hashOut } from '../hash.js';

/** The builtin types whose `T[...]` is a GenericAlias (CPython's __class_getitem__ = GenericAlias). */
export const GENERIC_TYPES = new Set<number>([
  TypeId.LIST, TypeId.DICT, TypeId.TUPLE, TypeId.SET, TypeId.FROZENSET, TypeId.TYPE,
  TypeId.KEYS_VIEW, TypeId.VALUES_VIEW, TypeId.ITEMS_VIEW, TypeId.ENUMERATE, TypeId.GENERATOR,
  TypeId.COROUTINE, TypeId.ASYNC_GENERATOR,
]);

/** A type-like value as CPython's typing reprs show it: `int`, `mod.Cls`, `...`, `list[int]`. */
function typeRepr(heap: Heap, v: Value): string {
  if (isNone(v)) return 'None';
  if (nativeKind(heap, v) === NativeKind.ELLIPSIS) return '...';
  const ext = extTypeOf(heap, v);
  if (ext === GENERIC_ALIAS || ext === UNION_TYPE) return ext.repr!(heap, v);
  // pyx's native class objects (collections.deque) are types in CPython: named the same way.
  const extClass = ext !== undefined && ext.name === 'type' && ext.module === 'builtins';
  const isType = extClass || tid(heap, v) === TypeId.TYPE || nativeKind(heap, v) === NativeKind.CLASS || nativeKind(heap, v) === NativeKind.EXC_TYPE;
  if (!isType) return reprValue(heap, v);
  const qualname = strToJs(heap, loadAttr(heap, v, '__qualname__'));
  const module = loadAttr(heap, v, '__module__');
  const m = tid(heap, module) === TypeId.STR ? strToJs(heap, module) : 'builtins';
  return m === 'builtins' ? qualname : `${m}.${qualname}`;
}

function argsRepr(heap: Heap, args: Value): string {
  const n = tupleLength(heap, args);
  if (n === 0) return '()';
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(typeRepr(heap, tupleItem(heap, args, i)));
  return parts.join(', ');
}

function tupleEq(heap: Heap, a: Value, b: Value): boolean {
  const n = tupleLength(heap, a);
  if (n !== tupleLength(heap, b)) return false;
  for (let i = 0; i < n; i++) if (!eq(heap, tupleItem(heap, a, i), tupleItem(heap, b, i))) return false;
  return true;
}

export const GENERIC_ALIAS: ExtType = defineExtType('GenericAlias', 'types', {
  repr: (heap, v) => `${typeRepr(heap, nget(heap, v, 1))}[${argsRepr(heap, nget(heap, v, 2))}]`,
  getAttr: (heap, v, name) => {
    switch (name) {
      case '__origin__': return nget(heap, v, 1);
      case '__args__': return nget(heap, v, 2);
      case '__parameters__': return newTuple(heap, 0);
    }
    return NULL;
  },
  eq: (heap, a, b) => {
    if (extTypeOf(heap, a) !== GENERIC_ALIAS || extTypeOf(heap, b) !== GENERIC_ALIAS) return undefined;
    return sameValue(nget(heap, a, 1), nget(heap, b, 1)) && tupleEq(heap, nget(heap, a, 2), nget(heap, b, 2));
  },
  hash: (heap, v) => {
    hashValue(heap, nget(heap, v, 2));
    return hashOut[0] ^ 0x5bd1e995;
  },
  call: (heap, v, args, kwargs) => extHooks.callKw(heap, nget(heap, v, 1), args, kwargs),
  binary: (heap, op, a, b) => (op === 'or' ? union(heap, a, b) : NULL),
});

export const UNION_TYPE: ExtType = defineExtType('UnionType', 'types', {
  repr: (heap, v) => {
    const args = nget(heap, v, 1);
    const parts: string[] = [];
    for (let i = 0; i < tupleLength(heap, args); i++) {
      const x = tupleItem(heap, args, i);
      parts.push(sameValue(x, noneType(heap)) ? 'None' : typeRepr(heap, x));
    }
    return parts.join(' | ');
  },
  getAttr: (heap, v, name) => (name === '__args__' ? nget(heap, v, 1) : name === '__parameters__' ? newTuple(heap, 0) : NULL),
  eq: (heap, a, b) => {
    if (extTypeOf(heap, a) !== UNION_TYPE || extTypeOf(heap, b) !== UNION_TYPE) return undefined;
    const x = nget(heap, a, 1), y = nget(heap, b, 1);
    if (tupleLength(heap, x) !== tupleLength(heap, y)) return false;
    for (let i = 0; i < tupleLength(heap, x); i++) {
      let found = false;
      for (let j = 0; j < tupleLength(heap, y) && !found; j++) found = eq(heap, tupleItem(heap, x, i), tupleItem(heap, y, j));
      if (!found) return false;
    }
    return true;
  },
  binary: (heap, op, a, b) => (op === 'or' ? union(heap, a, b) : NULL),
});

const noneType = (heap: Heap): Value => fromPtr(heap.i32[H.TYPE_TABLE + TypeId.NONE]);

/** `T[key]` for a builtin generic type T. */
export function genericAlias(heap: Heap, origin: Value, key: Value): Value {
  const top = pushHandle(heap, origin);
  try {
    pushHandle(heap, key);
    let args = key;
    if (tid(heap, key) !== TypeId.TUPLE) {
      args = newTuple(heap, 1);
      tupleInit(heap, args, 0, handleGet(heap, top + 1));
    }
    pushHandle(heap, args);
    const v = newExt(heap, GENERIC_ALIAS);
    nset(heap, v, 1, handleGet(heap, top));
    nset(heap, v, 2, handleGet(heap, top + 2));
    return v;
  } finally {
    popHandles(heap, top);
  }
}

extClassHooks.alias = genericAlias;

// GenericAlias.__mro_entries__: `class Q(deque[int])` derives from the origin (PEP 585).
defineMethod(extKey(GENERIC_ALIAS), 'GenericAlias', '__mro_entries__', 'bases, /', (heap, a) => {
  const t = newTuple(heap, 1);
  tupleInit(heap, t, 0, nget(heap, self(heap, a), 1));
  return t;
});

/** Whether `v` may stand in a `X | Y` union: a type, None, an alias or a union. */
function unionable(heap: Heap, v: Value): boolean {
  if (isNone(v)) return true;
  const ext = extTypeOf(heap, v);
  if (ext === GENERIC_ALIAS || ext === UNION_TYPE) return true;
  if (tid(heap, v) === TypeId.TYPE) return true;
  const k = nativeKind(heap, v);
  return k === NativeKind.CLASS || k === NativeKind.EXC_TYPE;
}

/** `a | b` for types (type.__or__): NULL when an operand cannot be in a union (NotImplemented). */
export function union(heap: Heap, a: Value, b: Value): Value {
  if (!unionable(heap, a) || !unionable(heap, b)) return NULL;
  const top = pushHandle(heap, a);
  try {
    pushHandle(heap, b);
    // Flatten nested unions, None as NoneType, duplicates dropped (first occurrence kept).
    const items: number[] = []; // handle indices
    const add = (v: Value) => {
      const x = isNone(v) ? noneType(heap) : v;
      for (const h of items) if (eq(heap, handleGet(heap, h), x)) return;
      items.push(pushHandle(heap, x));
    };
    for (const side of [top, top + 1]) {
      const v = handleGet(heap, side);
      if (extTypeOf(heap, v) === UNION_TYPE) {
        const args = nget(heap, v, 1);
        for (let i = 0; i < tupleLength(heap, args); i++) add(tupleItem(heap, nget(heap, handleGet(heap, side), 1), i));
      } else add(v);
    }
    const args = newTuple(heap, items.length);
    items.forEach((h, i) => tupleInit(heap, args, i, handleGet(heap, h)));
    const h = pushHandle(heap, args);
    const u = newExt(heap, UNION_TYPE);
    nset(heap, u, 1, handleGet(heap, h));
    return u;
  } finally {
    popHandles(heap, top);
  }
}

/**
 * isinstance()/issubclass() with a GenericAlias or UnionType as the class: a union's
 * arguments one by one (`check`), an alias refused with CPython's TypeError. undefined when
 * `cls` is neither.
 */
export function typingInstanceCheck(heap: Heap, cls: Value, check: (c: Value) => boolean, fn: 'isinstance' | 'issubclass'): boolean | undefined {
  const ext = extTypeOf(heap, cls);
  if (ext === GENERIC_ALIAS) throw typeError(`${fn}() argument 2 cannot be a parameterized generic`);
  if (ext !== UNION_TYPE) return undefined;
  const args = nget(heap, cls, 1);
  for (let i = 0; i < tupleLength(heap, args); i++) {
    const c = tupleItem(heap, args, i);
    if (extTypeOf(heap, c) === GENERIC_ALIAS) throw typeError(`${fn}() argument 2 cannot be a parameterized generic`);
    if (check(c)) return true;
  }
  return false;
}


/** The TypeId a builtin type object stands for, or -1 (its header's extra word, as newBuiltinType writes it). */
function builtinTypeIdOfAddr(heap: Heap, t: Value): number {
  const addr = loOf(t);
  for (let id = 1; id < TypeId.COUNT; id++) if (heap.i32[H.TYPE_TABLE + id] === addr) return id;
  return -1;
}

typingHooks.subscript = (heap, t, key) => {
  const id = builtinTypeIdOfAddr(heap, t);
  return GENERIC_TYPES.has(id) ? genericAlias(heap, t, key) : NULL;
};
typingHooks.union = union;

// type(list[int]) is types.GenericAlias (callable: GenericAlias(list, (int,))); type(int | str) is types.UnionType.
defineExtClass(GENERIC_ALIAS, 'origin, args, /', (heap, a) => genericAlias(heap, arg(heap, a, 0), arg(heap, a, 1)));
defineExtClass(UNION_TYPE, '*args', () => { throw typeError("cannot create 'types.UnionType' instances"); });
