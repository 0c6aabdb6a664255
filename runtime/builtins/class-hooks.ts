// The seam between the builtin protocol (protocol.ts, repr.ts, objects.ts, arith.ts, …) and
// user classes (runtime/classes.ts). The builtin files only test `isUserObject` and call
// through `classHooks`; runtime/classes.ts fills the table when it is imported, so the
// builtin files need no import of it (which would be a cycle).

import type { Heap } from '../heap.js';
import type { Value } from '../value.js';
import type { NativeEntry } from './registry.js';
import { NativeKind, nativeKind, nget } from './native.js';
import { HI_NULL, hiOf } from '../value.js';

/** A native kind that runtime/classes.ts owns (class, instance, bound method, descriptors, super). */
export function isUserKind(k: number): boolean {
  return k >= NativeKind.CLASS && k <= NativeKind.NOT_IMPLEMENTED;
}

export function isUserObject(heap: Heap, v: Value): boolean {
  return isUserKind(nativeKind(heap, v));
}

/**
 * The dunders (slot wrappers, runtime/classes-slots.ts) each builtin type lists in its
 * __dict__ (type-attrs.ts), by TypeId, in their unbound form; filled when classes-slots.ts loads.
 */
export const typeDictHooks = { extra: new Map<number, [string, NativeEntry][]>() };

/**
 * v's type is a user class: an instance, or a class whose metaclass is a user class (then
 * len/iter/in/[]= on the class go through the metaclass's dunders, as Enum needs).
 */
export function isUserTyped(heap: Heap, v: Value): boolean {
  const k = nativeKind(heap, v);
  if (k === NativeKind.INSTANCE) return true;
  if (k !== NativeKind.CLASS) return false;
  const m = nget(heap, v, 7);
  return !(m !== m && hiOf(m) === HI_NULL);
}

/**
 * An integer argument as PyNumber_Index reads it: a user object through its __index__ (an
 * int subclass's slot gives its int); anything else unchanged, for the caller's own check.
 */
export function indexValue(heap: Heap, v: Value): Value {
  if (!isUserObject(heap, v)) return v;
  const i = classHooks.index(heap, v);
  return i !== i && hiOf(i) === HI_NULL ? v : i;
}

/** A float argument as PyFloat_AsDouble reads it: a user object through __float__, else __index__. */
export function floatValue(heap: Heap, v: Value): Value {
  if (!isUserObject(heap, v)) return v;
  const f = classHooks.callDunder(heap, v, '__float__');
  if (!(f !== f && hiOf(f) === HI_NULL)) return f;
  return indexValue(heap, v);
}

/**
 * The builtin value inside an instance of a class derived from a builtin type (`class
 * L(list)`: the list that holds its items, INSTANCE field F2), else v itself. Builtin code that
 * type-checks its argument (json.dumps, dict.update, str.join ...) may call this first so the
 * subclass instance IS a list/dict/str for it, as in CPython.
 */
export function builtinValue(heap: Heap, v: Value): Value {
  if (nativeKind(heap, v) !== NativeKind.INSTANCE) return v;
  const b = nget(heap, v, 2);
  return b !== b && hiOf(b) === HI_NULL ? v : b;
}

/**
 * Invariant: every entry is replaced by runtime/classes.ts at load; the defaults only run
 * when that module was never imported, which no backend does (backends/interp imports it).
 */
export const classHooks = {
  typeName: (_heap: Heap, _v: Value): string => 'object',
  repr: (_heap: Heap, _v: Value): string => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  str: (_heap: Heap, _v: Value): string => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  getAttr: (_heap: Heap, _v: Value, _name: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  setAttr: (_heap: Heap, _v: Value, _name: string, _x: Value): void => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  // The data model (runtime/classes-dunder.ts). `binary`/`unary`/`format` return NULL when
  // the class has no applicable method, so the caller raises its usual TypeError.
  /** An attribute of a builtin type object that classes add (object.__setattr__, ...): NULL if none. */
  typeAttr: (_heap: Heap, _t: Value, _name: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** User exception classes (an EXC object whose F0 is a CLASS): attributes through the class. */
  isUserException: (_heap: Heap, _v: Value): boolean => false,
  /** repr() of a user exception whose class defines __repr__, else null. */
  excRepr: (_heap: Heap, _v: Value): string | null => null,
  /** A user exception whose class derives from the builtin exception class `name` (a KeyError subclass's str is KeyError's). */
  excIsA: (_heap: Heap, _v: Value, _name: string): boolean => false,
  /** str() of a user exception whose class defines __str__, else null. */
  excStr: (_heap: Heap, _v: Value): string | null => null,
  /** NULL when the class and instance dict lack `name` (objects.ts then tries args & co.). */
  excGetAttr: (_heap: Heap, _v: Value, _name: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  excSetAttr: (_heap: Heap, _v: Value, _name: string, _x: Value): void => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** `except spec` / isinstance for a user exception class on either side. */
  excMatches: (_heap: Heap, _exc: Value, _spec: Value): boolean => false,
  isExceptionClass: (_heap: Heap, _v: Value): boolean => false,
  truthy: (_heap: Heap, _v: Value): boolean => true,
  /** obj.__index__() for an instance (an int), or NULL when its class has none. */
  index: (_heap: Heap, _v: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  length: (_heap: Heap, _v: Value): number => -1,
  eq: (_heap: Heap, _a: Value, _b: Value): boolean => false,
  /** `a sym b` for the comparison operators when a user object is involved: the dunder's result object. */
  richCompare: (_heap: Heap, _a: Value, _b: Value, _symbol: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** -1/0/1 such that the caller's test of `symbol` against 0 gives the dunder's truth. */
  compare: (_heap: Heap, _a: Value, _b: Value, _symbol: string): number => 0,
  binary: (_heap: Heap, _op: string, _a: Value, _b: Value, _inplace: boolean): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  unary: (_heap: Heap, _symbol: string, _v: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  getItem: (_heap: Heap, _c: Value, _k: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  setItem: (_heap: Heap, _c: Value, _k: Value, _v: Value): void => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  delItem: (_heap: Heap, _c: Value, _k: Value): void => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  contains: (_heap: Heap, _c: Value, _x: Value): boolean => false,
  iter: (_heap: Heap, _v: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** iter() of a builtin value (containers.getIter), for __iter__ returning a list iterator etc. */
  builtinIter: (_heap: Heap, _v: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** next() of an instance iterator: NULL when exhausted. */
  next: (_heap: Heap, _it: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  format: (_heap: Heap, _v: Value, _spec: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** v.name() when type(v) is a user class that has `name` (not object's default), else NULL: abs(), int(), float() use it. */
  callDunder: (_heap: Heap, _v: Value, _name: string): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** v.name(x), as callDunder with one argument. */
  callDunder1: (_heap: Heap, _v: Value, _name: string, _x: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
  /** v.name(x, y), as callDunder with two arguments (three-argument pow's __pow__). */
  callDunder2: (_heap: Heap, _v: Value, _name: string, _x: Value, _y: Value): Value => { throw new Error('internal error: runtime/classes.ts not loaded'); },
};
