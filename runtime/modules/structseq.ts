// Struct sequences (CPython's PyStructSequence): tuples whose first `visible` items also have
// names, plus named-only extra fields (time.struct_time's tm_zone/tm_gmtoff). Indexing,
// slicing, len, iteration, ==/< and hashing act on the visible items as on a tuple; the repr
// is `module.name(field=value, ...)` over the visible fields; hash() is the visible tuple's.
//
// Layout (ext-types.ts): F1 a tuple of all fields, visible ones first.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, fromInt32 } from '../value.js';
import { newTuple, tupleInit, tupleLength, newList, listGet, listLength } from '../sequence.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, newExt, isExt, type ExtType } from '../builtins/ext-types.js';
import { reprValue } from '../builtins/repr.js';
import { tid, tupleItem, eq, compare, typeNameOf } from '../builtins/protocol.js';
import { getItem, getIter, extendFromIterable } from '../builtins/containers.js';
import { raise } from '../builtins/exceptions.js';
import { hashValue } from '../keys.js';
import { pushHandle, popHandles } from '../gc.js';
import { NULL } from '../value.js';

/** A struct sequence type. Invariant: `visible <= fields.length`. */
export interface StructSeqType {
  readonly ext: ExtType;
  readonly fields: readonly string[];
  readonly visible: number;
}

/** The visible items as a plain tuple (what tuple operations act on). */
export function structVisible(heap: Heap, v: Value, st: StructSeqType): Value {
  const all = nget(heap, v, 1);
  if (st.visible === tupleLength(heap, all)) return all;
  const t = newTuple(heap, st.visible);
  for (let i = 0; i < st.visible; i++) tupleInit(heap, t, i, tupleItem(heap, all, i));
  return t;
}

/**
 * Declares a struct sequence type `module.name` with `fields`, the first `visible` indexable;
 * its repr starts with `reprName` (CPython's named tuples print their bare name).
 */
export function defineStructSeq(module: string, name: string, fields: readonly string[], visible = fields.length, reprName = `${module}.${name}`): StructSeqType {
  // `st` is filled in below; the slots only run after that.
  const st: { ext: ExtType; fields: readonly string[]; visible: number } = { ext: null as unknown as ExtType, fields, visible };
  const asTuple = (heap: Heap, v: Value): Value => (isExt(heap, v, st.ext) ? structVisible(heap, v, st) : v);
  st.ext = defineExtType(name, module, {
    repr: (heap, v) => {
      const all = nget(heap, v, 1);
      const parts: string[] = [];
      for (let i = 0; i < visible; i++) parts.push(`${fields[i]}=${reprValue(heap, tupleItem(heap, all, i))}`);
      return `${reprName}(${parts.join(', ')})`;
    },
    len: () => visible,
    iter: (heap, v) => getIter(heap, structVisible(heap, v, st)),
    getItem: (heap, v, key) => getItem(heap, structVisible(heap, v, st), key),
    contains: (heap, v, x) => {
      const t = structVisible(heap, v, st);
      for (let i = 0; i < tupleLength(heap, t); i++) if (eq(heap, tupleItem(heap, t, i), x)) return true;
      return false;
    },
    eq: (heap, a, b) => {
      const x = asTuple(heap, a), y = asTuple(heap, b);
      return tid(heap, x) === TypeId.TUPLE && tid(heap, y) === TypeId.TUPLE ? eq(heap, x, y) : undefined;
    },
    compare: (heap, a, b, symbol) => {
      const x = asTuple(heap, a), y = asTuple(heap, b);
      return tid(heap, x) === TypeId.TUPLE && tid(heap, y) === TypeId.TUPLE ? compare(heap, x, y, symbol) : undefined;
    },
    hash: (heap, v) => hashValue(heap, structVisible(heap, v, st)),
    getAttr: (heap, v, attr) => {
      const i = fields.indexOf(attr);
      if (i >= 0) return tupleItem(heap, nget(heap, v, 1), i);
      if (attr === 'n_fields') return fromInt32(fields.length);
      if (attr === 'n_sequence_fields' || attr === 'n_unnamed_fields') return fromInt32(attr === 'n_unnamed_fields' ? 0 : visible);
      return NULL;
    },
  });
  return st;
}

/** A new struct sequence from a tuple of all its fields (length === fields.length). */
export function newStructSeq(heap: Heap, st: StructSeqType, all: Value): Value {
  const h = pushHandle(heap, all);
  try {
    const v = newExt(heap, st.ext);
    nset(heap, v, 1, all);
    return v;
  } finally { popHandles(heap, h); }
}

/**
 * The constructor's argument: a sequence of visible..fields.length items (missing extras are
 * None), with CPython's message for a wrong size.
 */
export function structSeqFromSequence(heap: Heap, st: StructSeqType, seq: Value): Value {
  const items = newList(heap);
  const h = pushHandle(heap, items);
  try {
    extendFromIterable(heap, items, seq, () => 'constructor requires a sequence');
    const n = listLength(heap, items);
    const full = `${st.ext.module}.${st.ext.name}()`;
    if (n < st.visible) {
      const exact = st.visible === st.fields.length;
      raise('TypeError', `${full} takes ${exact ? 'a' : 'an at least'} ${st.visible}-sequence (${n}-sequence given)`);
    }
    if (n > st.fields.length) raise('TypeError', `${full} takes an at most ${st.fields.length}-sequence (${n}-sequence given)`);
    const all = newTuple(heap, st.fields.length);
    for (let i = 0; i < st.fields.length; i++) tupleInit(heap, all, i, i < n ? listGet(heap, items, i) : NONE);
    return newStructSeq(heap, st, all);
  } finally { popHandles(heap, h); }
}

export { typeNameOf };
