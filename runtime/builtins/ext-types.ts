// Extension types: native object types that a builtin module declares (itertools' lazy
// iterators, collections.deque, io.StringIO, time.struct_time, functools' wrappers …) without
// adding a NativeKind and a case to every dispatch function for each of them.
//
// Every instance is a native object of kind NativeKind.EXT (native.ts): F0 holds the type's
// index in EXT_TYPES (a small int), F1..F7 are the type's own Values (GC roots while the
// object lives). The protocol functions (protocol.ts, containers.ts, repr.ts, objects.ts,
// the interpreter's call) consult the ExtType for the operations it defines; an operation
// it leaves undefined behaves as for an object that lacks the slot (TypeError/AttributeError
// with CPython's wording). Methods are registered with `defineMethod(extKey(t), …)`.

import type { Heap } from '../heap.js';
import { type Value, NULL, TRUE, FALSE, fromInt32, loOf, isNull } from '../value.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './native.js';
import { newTuple, tupleInit } from '../sequence.js';
import { newDict, dictSet, dictLength } from '../dict.js';
import { iterHooks } from './containers.js';
import { internStr } from '../str.js';
import { handleGet, pushHandle, popHandles } from '../gc.js';
import { raise } from './exceptions.js';
import { defineMethod, arg, self } from './registry.js';

/**
 * One extension type. Invariants: `index` is its position in EXT_TYPES; `name` is what
 * type(x).__name__ would be ('deque', 'count'); `module` is its __module__ ('collections').
 * Slots receive the object itself; values they keep across a call back into Python must be
 * in handles (a call is a safepoint).
 */
export interface ExtType {
  readonly index: number;
  readonly name: string;
  readonly module: string;
  /** CPython's tp_name, what messages show: 'itertools.count', 'collections.deque', 'bytearray'. */
  readonly tpName: string;
  /** repr(); default `<tpName object at 0x…>`. */
  repr?(heap: Heap, v: Value): string;
  /** str(); default repr. */
  str?(heap: Heap, v: Value): string;
  /** reversed(); absent: reversed() raises "object is not reversible". */
  reversed?(heap: Heap, v: Value): Value;
  /** iter(); default: the object itself when `next` is defined. */
  iter?(heap: Heap, v: Value): Value;
  /** next(): NULL when exhausted. */
  next?(heap: Heap, v: Value): Value;
  len?(heap: Heap, v: Value): number;
  truthy?(heap: Heap, v: Value): boolean;
  getItem?(heap: Heap, v: Value, key: Value): Value;
  setItem?(heap: Heap, v: Value, key: Value, x: Value): void;
  delItem?(heap: Heap, v: Value, key: Value): void;
  contains?(heap: Heap, v: Value, x: Value): boolean;
  /** hash(): the low word, with the high word in hash.ts's hashOut (may throw unhashable); default identity. */
  hash?(heap: Heap, v: Value): number;
  /** a == b where at least one side is of this type; undefined: NotImplemented (then identity). */
  eq?(heap: Heap, a: Value, b: Value): boolean | undefined;
  /** -1/0/1 ordering for <, <=, >, >=; undefined: not orderable (the caller's TypeError). */
  compare?(heap: Heap, a: Value, b: Value, symbol: string): number | undefined;
  /** A data attribute (not a method): NULL when the type has none of that name. */
  getAttr?(heap: Heap, v: Value, name: string): Value;
  /** Attribute assignment (x NULL: del); return false when the type has no such writable attribute. */
  setAttr?(heap: Heap, v: Value, name: string, x: Value): boolean;
  /**
   * A binary operator (arith.ts BinaryName: 'add', 'mul', …) with this type on either side;
   * `inplace` for +=, *=. NULL: NotImplemented (the other side, then the usual TypeError).
   */
  binary?(heap: Heap, op: string, a: Value, b: Value, inplace: boolean): Value;
  /** Calling the object: positional arguments as a tuple, keywords as a dict or NULL. */
  call?(heap: Heap, v: Value, args: Value, kwargs: Value): Value;
  /** The descriptor protocol's __get__ when found on a class (instance NULL: on the class). */
  get?(heap: Heap, v: Value, instance: Value, owner: Value): Value;
}

export const EXT_TYPES: ExtType[] = [];

/** Registers an extension type; `slots` gives its operations. */
export function defineExtType(name: string, module: string, slots: Omit<ExtType, 'index' | 'name' | 'module' | 'tpName'>): ExtType {
  const tpName = module === 'builtins' ? name : `${module}.${name}`;
  const t: ExtType = { ...slots, index: EXT_TYPES.length, name, module, tpName };
  EXT_TYPES.push(t);
  defineSlotMethods(t);
  return t;
}

/**
 * The dunder methods a Python caller may name directly (it.__next__(), d.__len__()), from the
 * slots; a module's own defineMethod of the same name, registered later, replaces them.
 */
function defineSlotMethods(t: ExtType): void {
  const key = extKey(t);
  if (t.next) {
    defineMethod(key, t.name, '__next__', '', (heap, a) => {
      const x = t.next!(heap, self(heap, a));
      return isNull(x) ? raise('StopIteration', '') : x;
    });
  }
  if (t.next || t.iter) defineMethod(key, t.name, '__iter__', '', (heap, a) => (t.iter ? t.iter(heap, self(heap, a)) : self(heap, a)));
  if (t.len) defineMethod(key, t.name, '__len__', '', (heap, a) => fromInt32(t.len!(heap, self(heap, a))));
  if (t.contains) defineMethod(key, t.name, '__contains__', 'key, /', (heap, a) => (t.contains!(heap, self(heap, a), arg(heap, a, 0)) ? TRUE : FALSE));
  if (t.getItem) defineMethod(key, t.name, '__getitem__', 'key, /', (heap, a) => t.getItem!(heap, self(heap, a), arg(heap, a, 0)));
  if (t.reversed) defineMethod(key, t.name, '__reversed__', '', (heap, a) => t.reversed!(heap, self(heap, a)));
}

/** The method-table key of an extension type (registry.ts METHODS). */
export function extKey(t: ExtType): number {
  return 1000 + t.index;
}

/** A new instance of `t` with F1..F7 NULL. */
export function newExt(heap: Heap, t: ExtType): Value {
  const v = newNative(heap, NativeKind.EXT);
  nset(heap, v, 0, fromInt32(t.index));
  return v;
}

/** The extension type of v, or undefined when v is not an extension object. */
export function extTypeOf(heap: Heap, v: Value): ExtType | undefined {
  if (nativeKind(heap, v) !== NativeKind.EXT) return undefined;
  return EXT_TYPES[loOf(nget(heap, v, 0))];
}

/** True when v is an instance of `t`. */
export function isExt(heap: Heap, v: Value, t: ExtType): boolean {
  return nativeKind(heap, v) === NativeKind.EXT && loOf(nget(heap, v, 0)) === t.index;
}

/**
 * Calls extension object handle `top` with handles top+1..top+n as arguments, the last
 * `kwnames.length` of them keywords (the interpreter's calling convention, call.ts).
 */
export function callExt(heap: Heap, top: number, n: number, kwnames: readonly string[] | null): Value {
  const callee = handleGet(heap, top);
  const ext = extTypeOf(heap, callee)!;
  if (!ext.call) return raise('TypeError', `'${ext.tpName}' object is not callable`);
  const nk = kwnames?.length ?? 0;
  const args = newTuple(heap, n - nk);
  for (let i = 0; i < n - nk; i++) tupleInit(heap, args, i, handleGet(heap, top + 1 + i));
  const h = pushHandle(heap, args);
  try {
    let kw: Value = NULL;
    if (nk > 0) {
      kw = newDict(heap);
      pushHandle(heap, kw);
      for (let i = 0; i < nk; i++) dictSet(heap, kw, internStr(heap, kwnames![i]), handleGet(heap, top + 1 + n - nk + i));
    }
    return ext.call(heap, handleGet(heap, top), args, kw);
  } finally { popHandles(heap, h); }
}

/**
 * Hooks between the builtins and the extension types' users. `callKw` is f(*args, **kwargs)
 * (`kwargs` a dict or NULL): backends/interp/index.ts installs it; the default refuses
 * keywords rather than dropping them. typeOf/isInstance: runtime/modules/ext-class.ts.
 */
export const extHooks = {
  /** type(v) for an extension object whose type has a class object (runtime/modules/ext-class.ts); else null. */
  typeOf: (_heap: Heap, _v: Value): Value | null => null,
  /** isinstance(v, cls) when cls is an extension class object; null when it is not one. */
  isInstance: (_heap: Heap, _v: Value, _cls: Value): boolean | null => null,
  /** issubclass(sub, cls) when cls is an extension class object; null when it is not one. */
  isSubclass: (_heap: Heap, _sub: Value, _cls: Value): boolean | null => null,
  callKw: (heap: Heap, f: Value, args: Value, kwargs: Value): Value => {
    if (!isNull(kwargs) && dictLength(heap, kwargs) > 0) raise('NotImplementedError', 'keyword arguments in a call from a builtin are not supported by this backend');
    return iterHooks.callN(heap, f, args);
  },
};
