// What the itertools files share: the class table and object construction.

import type { Heap } from '../heap.js';
import { type Value, NULL, NONE, isNull, isNone } from '../value.js';
import { iterHooks } from '../builtins/containers.js';
import { newTuple, tupleInit } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { nset } from '../builtins/native.js';
import { defineExtType, newExt, type ExtType } from '../builtins/ext-types.js';
import { defineExtClass, type ExtClass } from './ext-class.js';
import type { NativeEntry } from '../builtins/registry.js';

/** Every class of the module, in the order they go into its dict. */
export const ITERTOOLS_CLASSES: [string, ExtClass][] = [];

/** Declares an itertools iterator type with `next` and its class object. */
export function iterClass(name: string, sig: string, ctor: (heap: Heap, a: number) => Value,
  slots: Omit<ExtType, 'index' | 'name' | 'module' | 'tpName'>, statics: Parameters<typeof defineExtClass>[3] = {}): ExtType {
  const ext = defineExtType(name, 'itertools', slots);
  ITERTOOLS_CLASSES.push([name, defineExtClass(ext, sig, ctor, statics)]);
  return ext;
}

/**
 * A new instance of `t` with fields F1..F5 set to the values given (NULL when omitted).
 * Fixed parameters, not a rest array: a Value must never sit in a JS array (runtime/value.ts).
 * The caller keeps them rooted (arguments or handles) across newExt's allocation.
 */
export function make(heap: Heap, t: ExtType, f1: Value = NULL, f2: Value = NULL, f3: Value = NULL, f4: Value = NULL, f5: Value = NULL): Value {
  const v = newExt(heap, t);
  nset(heap, v, 1, f1);
  nset(heap, v, 2, f2);
  nset(heap, v, 3, f3);
  nset(heap, v, 4, f4);
  nset(heap, v, 5, f5);
  return v;
}

/** An optional argument, None when omitted. */
export const opt = (v: Value): Value => (isNull(v) ? NONE : v);
/** An optional argument that was given and is not None. */
export const given = (v: Value): boolean => !isNull(v) && !isNone(v);
/** A pair tuple (a, b), rooting `a` while the tuple is allocated. */
export function pair(heap: Heap, a: Value, b: Value): Value {
  const h = pushHandle(heap, a);
  pushHandle(heap, b);
  try {
    const t = newTuple(heap, 2);
    tupleInit(heap, t, 0, handleGet(heap, h));
    tupleInit(heap, t, 1, handleGet(heap, h + 1));
    return t;
  } finally { popHandles(heap, h); }
}
export function call2(heap: Heap, f: Value, a: Value, b: Value): Value {
  return iterHooks.callN(heap, f, pair(heap, a, b));
}


/** Module functions that are not classes (tee), by name. */
export const ITERTOOLS_FUNCTIONS: [string, NativeEntry][] = [];
