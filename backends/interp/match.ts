// The interpreter's handlers for the `match` category of ir/ops.ts: the type tests and
// lookups of pattern matching (CPython's MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS,
// MATCH_CLASS). Everything else a pattern does (comparisons, unpacking, captures) is
// lowered to ordinary ops by lower/match.ts.

import type { Instruction } from '../../ir/types.js';
import {
  type Heap, type Value, fromBool, fromInt32, isNull, newTuple, tupleInit, tupleLength, dictGet,
  internStr, sameValue, pushHandle, HI_NONE, popHandles, handleGet, loOf, fromPtr, moduleDict, newList,
} from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { PyError } from '../../runtime/errors.js';
import { PyRaise, raise } from '../../runtime/builtins/exceptions.js';
import { NativeKind, nativeKind, nget } from '../../runtime/builtins/native.js';
import { eq, lengthOf, tid, truthy, tupleItem, typeNameOf } from '../../runtime/builtins/protocol.js';
import { builtinsDict, loadAttr } from '../../runtime/builtins/objects.js';
import { reprValue } from '../../runtime/builtins/repr.js';
import { strToJs } from '../../runtime/index.js';
import { TypeId } from '../../runtime/layout.js';
import { isClass, mroOf } from '../../runtime/classes.js';
import type { Interp, Step } from './state.js';
import { callValue } from './call.js';

/** What the handlers see of the function being compiled (a subset of compile.ts's Ctx). */
interface MatchCtx {
  readonly it: Interp;
  readonly heap: Heap;
  v(id: number): number;
}

/** Builtin types whose instances match one positional sub-pattern themselves (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = new Set<number>([TypeId.BOOL, TypeId.BYTEARRAY, TypeId.BYTES, TypeId.DICT, TypeId.FLOAT,
  TypeId.FROZENSET, TypeId.INT, TypeId.LIST, TypeId.SET, TypeId.STR, TypeId.TUPLE]);

/**
 * Stores None in frame slot `slot` word by word: a NaN-boxed constant written as a double
 * may reach the heap as the canonical NaN once V8 optimizes the code (JSGraph folds every
 * NaN constant into one), and would then read as a float.
 */
function storeNone(heap: Heap, slot: number): void {
  heap.i32[slot * 2] = 0;
  heap.i32[slot * 2 + 1] = HI_NONE;
}

/** The builtin function `name` (not the program's global of that name). */
function builtin(heap: Heap, name: string): Value {
  return dictGet(heap, builtinsDict(heap), internStr(heap, name));
}

/** f(x) or f(x, y) (no JS array of Values: see matchKeys; no NULL sentinel: see storeNone). */
function call(it: Interp, f: Value, x: Value, y?: Value): Value {
  const heap = it.heap;
  const top = pushHandle(heap, f);
  try {
    const t = newTuple(heap, y === undefined ? 1 : 2);
    tupleInit(heap, t, 0, x);
    if (y !== undefined) tupleInit(heap, t, 1, y);
    return callValue(it, f, t);
  } finally {
    popHandles(heap, top);
  }
}

/**
 * Whether `v` has CPython's Py_TPFLAGS_SEQUENCE (`abc` 'Sequence') or Py_TPFLAGS_MAPPING
 * ('Mapping'). Builtin types answer by type; other objects (user classes, extension types)
 * have the flag when their class was registered with or derives from collections.abc's ABC,
 * which is what isinstance() asks once collections.abc was imported (else nothing can be).
 */
function hasCollectionFlag(it: Interp, v: Value, abc: 'Sequence' | 'Mapping'): boolean {
  const heap = it.heap;
  const t = tid(heap, v);
  if (t === TypeId.LIST || t === TypeId.TUPLE || t === TypeId.RANGE) return abc === 'Sequence';
  if (t === TypeId.DICT) return abc === 'Mapping';
  const k = nativeKind(heap, v);
  if (k !== NativeKind.INSTANCE && k !== NativeKind.EXT) return false;
  // An instance of a subclass of a builtin type carries the builtin value in F2 (docs/classes.md).
  const inner = nget(heap, v, 2);
  if (k === NativeKind.INSTANCE && !isNull(inner)) {
    const b = tid(heap, inner);
    if (b === TypeId.LIST || b === TypeId.TUPLE) return abc === 'Sequence';
    if (b === TypeId.DICT) return abc === 'Mapping';
    // str/bytes/bytearray are registered with Sequence, but CPython sets no flag on
    // immutable types, and their subclasses inherit the lack of it.
    if (b === TypeId.STR || b === TypeId.BYTES || b === TypeId.BYTEARRAY) return false;
  }
  const module = dictGet(heap, fromPtr(heap.i32[H.ROOT_MODULES]), internStr(heap, 'collections.abc'));
  if (isNull(module)) return false;
  const cls = dictGet(heap, moduleDict(heap, module), internStr(heap, abc));
  return !isNull(cls) && truthy(heap, call(it, builtin(heap, 'isinstance'), v, cls));
}

/** A class object: a builtin type, a builtin exception class or a user class. */
function isType(heap: Heap, v: Value): boolean {
  const k = nativeKind(heap, v);
  return tid(heap, v) === TypeId.TYPE || k === NativeKind.EXC_TYPE || isClass(heap, v);
}

/** tp_name of a class object, as CPython's messages print it. */
function typeName(heap: Heap, cls: Value): string {
  return strToJs(heap, nget(heap, cls, 0));
}

/** The builtin type id of a builtin type object, or -1 for other classes. */
function builtinTypeId(heap: Heap, cls: Value): number {
  return tid(heap, cls) === TypeId.TYPE ? heap.i32[((loOf(cls) >>> 0) >>> 2) + 1] : -1;
}

/** _Py_TPFLAGS_MATCH_SELF, which a subclass of those builtin types inherits. */
function matchesSelf(heap: Heap, cls: Value): boolean {
  if (!isClass(heap, cls)) return MATCH_SELF.has(builtinTypeId(heap, cls));
  return mroOf(heap, cls).some((address) => MATCH_SELF.has(builtinTypeId(heap, fromPtr(address))));
}

/** `getattr(obj, name)`, or null on AttributeError (other errors propagate). */
function attrOrNull(heap: Heap, obj: Value, name: string): Value | null {
  try {
    return loadAttr(heap, obj, name);
  } catch (error) {
    if ((error instanceof PyRaise || error instanceof PyError) && error.pyType === 'AttributeError') return null;
    throw error;
  }
}

/**
 * MATCH_KEYS on a dict: the values for the keys in frame slots `keys` (base `b`), or NONE
 * when one is absent. Values are read from the heap each time, never kept in JS arrays
 * (V8 may canonicalize the NaN-boxed payloads stored there).
 */
function matchKeys(it: Interp, subject: Value, b: number, keys: Int32Array): Value | null {
  const heap = it.heap;
  for (let i = 0; i < keys.length; i++) {
    for (let j = 0; j < i; j++) {
      const key = heap.f64[b + keys[i]];
      if (eq(heap, heap.f64[b + keys[j]], key)) raise('ValueError', `mapping pattern checks duplicate key (${reprValue(heap, key)})`);
    }
  }
  const h = pushHandle(heap, newTuple(heap, keys.length));
  try {
    if (tid(heap, subject) === TypeId.DICT) {
      for (let i = 0; i < keys.length; i++) {
        const v = dictGet(heap, subject, heap.f64[b + keys[i]]);
        if (isNull(v)) return null;
        tupleInit(heap, handleGet(heap, h), i, v);
      }
      return handleGet(heap, h);
    }
    // Another mapping: subject.get(key, missing) with a fresh object as the default.
    pushHandle(heap, loadAttr(heap, subject, 'get'));
    pushHandle(heap, newList(heap));
    for (let i = 0; i < keys.length; i++) {
      const v = call(it, handleGet(heap, h + 1), heap.f64[b + keys[i]], handleGet(heap, h + 2));
      if (sameValue(v, handleGet(heap, h + 2))) return null;
      tupleInit(heap, handleGet(heap, h), i, v);
    }
    return handleGet(heap, h);
  } finally {
    popHandles(heap, h);
  }
}

/**
 * isinstance(subject, cls). An instance of exactly `cls` is one without asking (as
 * PyObject_IsInstance does before any __instancecheck__); so is a builtin value of the
 * builtin type `cls` (bool for int); everything else asks the builtin isinstance.
 */
function isInstanceOf(it: Interp, subject: Value, cls: Value): boolean {
  const heap = it.heap;
  const k = nativeKind(heap, subject);
  if ((k === NativeKind.INSTANCE || k === NativeKind.EXC) && sameValue(nget(heap, subject, 0), cls)) return true;
  const want = builtinTypeId(heap, cls);
  if (want >= 0 && k !== NativeKind.INSTANCE) {
    const have = tid(heap, subject);
    if (have === want || (want === TypeId.INT && have === TypeId.BOOL)) return true;
  }
  return truthy(heap, call(it, builtin(heap, 'isinstance'), subject, cls));
}

/** MATCH_CLASS: the attributes for the sub-patterns, or NONE (see the op's doc). */
function matchClass(it: Interp, subject: Value, cls: Value, count: number, names: readonly string[]): Value | null {
  const heap = it.heap;
  if (!isType(heap, cls)) raise('TypeError', 'called match pattern must be a class');
  if (!isInstanceOf(it, subject, cls)) return null;
  const top = pushHandle(heap, cls); // marks where this call's handles start
  try {
    const seen: string[] = [];
    const values: number[] = []; // handle indices of the found attributes
    const take = (name: string): boolean => {
      if (seen.includes(name)) raise('TypeError', `${typeName(heap, cls)}() got multiple sub-patterns for attribute '${name}'`);
      seen.push(name);
      const v = attrOrNull(heap, subject, name);
      if (v === null) return false;
      values.push(pushHandle(heap, v));
      return true;
    };
    if (count > 0) {
      const matchArgs = attrOrNull(heap, cls, '__match_args__');
      let matchSelf = false;
      let allowed: number;
      if (matchArgs === null) {
        matchSelf = matchesSelf(heap, cls);
        allowed = matchSelf ? 1 : 0;
      } else {
        if (tid(heap, matchArgs) !== TypeId.TUPLE) {
          raise('TypeError', `${typeName(heap, cls)}.__match_args__ must be a tuple (got ${typeNameOf(heap, matchArgs)})`);
        }
        allowed = tupleLength(heap, matchArgs);
        pushHandle(heap, matchArgs);
      }
      if (allowed < count) {
        raise('TypeError', `${typeName(heap, cls)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${count} given)`);
      }
      if (matchSelf) values.push(pushHandle(heap, subject));
      else {
        for (let i = 0; i < count; i++) {
          const name = tupleItem(heap, matchArgs!, i);
          if (tid(heap, name) !== TypeId.STR) raise('TypeError', `__match_args__ elements must be strings (got ${typeNameOf(heap, name)})`);
          if (!take(strToJs(heap, name))) return null;
        }
      }
    }
    for (const name of names) if (!take(name)) return null;
    const t = newTuple(heap, values.length);
    values.forEach((h, i) => tupleInit(heap, t, i, handleGet(heap, h)));
    return t;
  } finally {
    popHandles(heap, top);
  }
}

/** The interpreter's handlers for the `match` category of ir/ops.ts. */
export const MATCH_HANDLERS = {
  match_sequence: (ins: Instruction, c: MatchCtx): Step => {
    const it = c.it, heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => { const r = fromBool(hasCollectionFlag(it, heap.f64[b + s], 'Sequence')); heap.f64[b + out] = r; };
  },
  match_mapping: (ins: Instruction, c: MatchCtx): Step => {
    const it = c.it, heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => { const r = fromBool(hasCollectionFlag(it, heap.f64[b + s], 'Mapping')); heap.f64[b + out] = r; };
  },
  get_len: (ins: Instruction, c: MatchCtx): Step => {
    const it = c.it, heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    return (b) => {
      const subject = heap.f64[b + s];
      const t = tid(heap, subject);
      // The builtin containers directly; anything else through len() (a user __len__).
      const n = t === TypeId.LIST || t === TypeId.TUPLE || t === TypeId.DICT || t === TypeId.RANGE ? lengthOf(heap, subject) : -1;
      const r = n >= 0 && n <= 0x3fffffff ? fromInt32(n) : call(it, builtin(heap, 'len'), subject);
      heap.f64[b + out] = r;
    };
  },
  match_keys: (ins: Instruction, c: MatchCtx): Step => {
    const it = c.it, heap = c.heap, s = c.v(ins.operands[0]), out = c.v(ins.result!);
    const keys = Int32Array.from(ins.operands.slice(1), (id) => c.v(id));
    return (b) => {
      const r = matchKeys(it, heap.f64[b + s], b, keys);
      if (r === null) storeNone(heap, b + out); else heap.f64[b + out] = r;
    };
  },
  match_class: (ins: Instruction, c: MatchCtx): Step => {
    const it = c.it, heap = c.heap, s = c.v(ins.operands[0]), k = c.v(ins.operands[1]), out = c.v(ins.result!);
    const count = ins.attrs.count as number, names = ins.attrs.names as readonly string[];
    return (b) => {
      const r = matchClass(it, heap.f64[b + s], heap.f64[b + k], count, names);
      if (r === null) storeNone(heap, b + out); else heap.f64[b + out] = r;
    };
  },
};
