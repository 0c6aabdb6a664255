// sys.getsizeof: the size CPython 3.13 (64-bit) reports for an object — its type's basic
// size plus its variable part (tp_basicsize/tp_itemsize, the allocated list items, a dict's
// keys table, a set's table) plus the 16-byte GC header of objects the collector tracks.
// pyx's list, dict and set keep CPython's allocation sizes (sequence.ts, dict.ts, set.ts
// follow listobject.c/dictobject.c/setobject.c), so those are read, not estimated. A user
// class's own __sizeof__ is honoured. Objects whose CPython layout pyx does not model
// (generators, frames, functions, modules …) raise NotImplementedError rather than print a
// made-up number.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, isNull, loOf, fromInt32 } from '../value.js';
import { intToBigInt } from '../int.js';
import { strToJs, bytesLength } from '../str.js';
import { listLength, tupleLength } from '../sequence.js';
import { dictNext, dictEntryKey } from '../dict.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, arg } from '../builtins/registry.js';
import { tid, typeNameOf } from '../builtins/protocol.js';
import { NativeKind, nativeKind, nget } from '../builtins/native.js';
import { classHooks, isUserObject } from '../builtins/class-hooks.js';
import { isByteArray, byteArrayLength } from '../builtins/bytes-like.js';

const GC_HEADER = 16;

/** A str's size: compact ASCII (40-byte header) or compact (56) with 1, 2 or 4 bytes a character. */
function strSize(text: string): number {
  let max = 0, n = 0;
  for (const ch of text) { n++; max = Math.max(max, ch.codePointAt(0)!); }
  if (max < 0x80) return 40 + n + 1;
  if (max < 0x100) {
    // The one-character Latin-1 strings are CPython's cached singletons, which carry their
    // UTF-8 form (two bytes and a NUL) too.
    return n === 1 ? 56 + 2 + 3 : 56 + n + 1;
  }
  return 56 + (max < 0x10000 ? 2 : 4) * (n + 1);
}

/** The allocated item slots of a list (its ITEMS object's capacity; 0 when it has none). */
function listCapacity(heap: Heap, list: Value): number {
  const items = heap.i32[((loOf(list) >>> 0) >>> 2) + 2] >>> 0;
  return items === 0 ? 0 : heap.i32[(items >>> 2) + 1];
}

/** A dict: 48 + GC header, plus its keys object when it has one (CPython's empty dicts share one). */
function dictSize(heap: Heap, d: Value): number {
  const keys = heap.i32[((loOf(d) >>> 0) >>> 2) + 2] >>> 0;
  if (keys === 0) return 48 + GC_HEADER;
  const log2 = heap.i32[(keys >>> 2) + 1];
  const slots = 2 ** log2;
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  const usable = Math.floor((slots * 2) / 3);
  // A table whose keys are all str stores 16-byte entries (no hash), others 24.
  let unicode = true;
  for (let p = dictNext(heap, d, 0); p >= 0 && unicode; p = dictNext(heap, d, p + 1)) unicode = tid(heap, dictEntryKey(heap, d, p)) === TypeId.STR;
  return 48 + GC_HEADER + 32 + slots * indexBytes + usable * (unicode ? 16 : 24);
}

/** A set or frozenset: 200 (8 entries inline) + GC header, plus its table when it outgrew them. */
function setSize(heap: Heap, s: Value): number {
  const mask = heap.i32[((loOf(s) >>> 0) >>> 2) + 3];
  return 200 + GC_HEADER + (mask + 1 > 8 ? 16 * (mask + 1) : 0);
}

function intSize(heap: Heap, v: Value): number {
  const x = intToBigInt(heap, v);
  const bits = (x < 0n ? -x : x).toString(2).length;
  return 24 + 4 * Math.max(1, Math.ceil((x === 0n ? 1 : bits) / 30));
}

/** _PyType_PreHeaderSize: the GC header, plus 16 when instances have a managed __dict__. */
function preHeader(heap: Heap, v: Value): number {
  return GC_HEADER + (isNull(nget(heap, nget(heap, v, 0), 5)) ? 16 : 0);
}

export function sizeOf(heap: Heap, v: Value): number {
  if (isUserObject(heap, v) && nativeKind(heap, v) === NativeKind.INSTANCE) {
    const own = classHooks.callDunder(heap, v, '__sizeof__');
    if (!isNull(own)) {
      if (tid(heap, own) !== TypeId.INT) raise('TypeError', `'${typeNameOf(heap, own)}' object cannot be interpreted as an integer`);
      const n = Number(intToBigInt(heap, own));
      if (n < 0) raise('ValueError', '__sizeof__() should return >= 0');
      return n + preHeader(heap, v);
    }
    // An instance: the object header (16) and its slots; the pre-header counts the GC header
    // and, for an instance with a __dict__, the managed dict and weakref pointers.
    const slots = nget(heap, nget(heap, v, 0), 5);
    return 16 + (isNull(slots) ? 0 : 8 * tupleLength(heap, slots)) + preHeader(heap, v);
  }
  if (isByteArray(heap, v)) { const n = byteArrayLength(heap, v); return 56 + (n === 0 ? 0 : n + 1); }
  switch (tid(heap, v)) {
    case TypeId.INT: return intSize(heap, v);
    case TypeId.BOOL: return 28;
    case TypeId.FLOAT: return 24;
    case TypeId.COMPLEX: return 32;
    case TypeId.NONE: return 16;
    case TypeId.STR: return strSize(strToJs(heap, v));
    case TypeId.BYTES: return 33 + bytesLength(heap, v);
    case TypeId.TUPLE: return 24 + GC_HEADER + 8 * tupleLength(heap, v);
    case TypeId.LIST: return 40 + GC_HEADER + 8 * Math.max(listCapacity(heap, v), listLength(heap, v));
    case TypeId.DICT: return dictSize(heap, v);
    case TypeId.SET: case TypeId.FROZENSET: return setSize(heap, v);
    case TypeId.RANGE: return 48;
    case TypeId.OBJECT: return 16;
  }
  return raise('NotImplementedError', `sys.getsizeof of '${typeNameOf(heap, v)}' objects is not modelled by pyx`);
}

export const getsizeof = defineFunction('sys', 'getsizeof', 'object, default=, /', (heap, a) => {
  try {
    return fromInt32(sizeOf(heap, arg(heap, a, 0)));
  } catch (e) {
    // CPython returns the default when __sizeof__ fails with a TypeError.
    if (!isNull(arg(heap, a, 1)) && (e as { pyType?: string }).pyType === 'TypeError') return arg(heap, a, 1);
    throw e;
  }
});
