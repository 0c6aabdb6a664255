// The `struct` module: calcsize/pack/unpack/unpack_from/iter_unpack over bytes, with the exact
// core of runtime/stdlib/struct.ts (CPython's formats, byte orders, rounding and messages).
//
// struct.error is the class Exception itself for now (native modules cannot define exception
// classes yet): `except struct.error` and `except Exception` catch it as in CPython, but a
// traceback's last line names Exception. Not offered yet: struct.Struct, pack_into (no
// bytearray), and objects other than int/float/bool/bytes/str as pack arguments (refused
// with struct.error 'required argument is not an integer').

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NULL, fromFloat, fromBool, fromInt32, isNull } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { strToJs, bytesToArray, bytesFromArray } from '../str.js';
import { newTuple, tupleInit, tupleLength, newList, listAppend } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr, exceptionClass } from '../builtins/objects.js';
import { tid, typeNameOf, tupleItem } from '../builtins/protocol.js';
import { getIter } from '../builtins/containers.js';
import { ModuleError } from '../stdlib/errors.js';
import * as core from '../stdlib/struct.js';
import { asInt } from './math.js';
import { strFromJs } from '../str.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt } from '../builtins/ext-types.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { defineMethod, self } from '../builtins/registry.js';
import { reprValue } from '../builtins/repr.js';
import { bytesLikeData } from '../builtins/bytes-like.js';

/** The core's struct.error as the Exception this module exposes under that name. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModuleError) raise(e.qualName === 'struct.error' ? 'Exception' : e.qualName, e.message);
    throw e;
  }
}

function format(heap: Heap, v: Value): string {
  const t = tid(heap, v);
  if (t === TypeId.STR) return strToJs(heap, v);
  if (t === TypeId.BYTES) return String.fromCharCode(...bytesToArray(heap, v));
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeNameOf(heap, v)}`);
}

function buffer(heap: Heap, v: Value): Uint8Array {
  const data = bytesLikeData(heap, v); // bytes, bytearray, memoryview
  if (data !== null) return data;
  throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, v)}'`);
}

function packValue(heap: Heap, v: Value): core.PackValue {
  switch (tid(heap, v)) {
    case TypeId.BOOL: return intToBigInt(heap, v) !== 0n;
    case TypeId.INT: return intToBigInt(heap, v);
    case TypeId.FLOAT: return v;
    case TypeId.BYTES: return bytesToArray(heap, v);
    case TypeId.STR: return strToJs(heap, v);
    default: raise('Exception', 'required argument is not an integer');
  }
}

function toValue(heap: Heap, x: core.UnpackValue): Value {
  if (typeof x === 'bigint') return intFromBigInt(heap, x);
  if (typeof x === 'number') return fromFloat(x);
  if (typeof x === 'boolean') return fromBool(x);
  return bytesFromArray(heap, x);
}

function tupleOf(heap: Heap, items: readonly core.UnpackValue[]): Value {
  const t = newTuple(heap, items.length);
  // Unpacking allocates (ints, bytes) but runs no Python code: no collection meanwhile.
  items.forEach((x, i) => tupleInit(heap, t, i, toValue(heap, x)));
  return t;
}

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('struct', name, sig, fn)]);
}

def('calcsize', 'format, /', (heap, a) => fromInt32(run(() => core.calcsize(format(heap, arg(heap, a, 0))))));
function packWith(heap: Heap, fmt: string, values: Value): Value {
  const vs: core.PackValue[] = [];
  for (let i = 0; i < tupleLength(heap, values); i++) vs.push(packValue(heap, tupleItem(heap, values, i)));
  return bytesFromArray(heap, run(() => core.pack(fmt, vs)));
}
function unpackFromWith(heap: Heap, fmt: string, buf: Value, off: Value): Value {
  // Absent means 0; anything else must be an int (asInt gives CPython's TypeError).
  const o = isNull(off) ? 0 : Number(asInt(heap, off));
  return tupleOf(heap, run(() => core.unpackFrom(fmt, buffer(heap, buf), o)));
}
function iterUnpackWith(heap: Heap, fmt: string, buf: Value): Value {
  const rows = run(() => core.iterUnpack(fmt, buffer(heap, buf)));
  // CPython returns a lazy iterator; the rows are computed eagerly here (same items).
  const l = newList(heap, rows.length);
  for (const row of rows) listAppend(heap, l, tupleOf(heap, row));
  return getIter(heap, l);
}

def('pack', 'format, /, *v', (heap, a) => packWith(heap, format(heap, arg(heap, a, 0)), arg(heap, a, 1)));
def('unpack', 'format, buffer, /', (heap, a) => {
  const fmt = format(heap, arg(heap, a, 0));
  return tupleOf(heap, run(() => core.unpack(fmt, buffer(heap, arg(heap, a, 1)))));
});
def('unpack_from', 'format, /, buffer, offset=', (heap, a) => unpackFromWith(heap, format(heap, arg(heap, a, 0)), arg(heap, a, 1), arg(heap, a, 2)));
def('iter_unpack', 'format, buffer, /', (heap, a) => iterUnpackWith(heap, format(heap, arg(heap, a, 0)), arg(heap, a, 1)));

// --- struct.Struct: F1 the format as given (str or bytes), checked when the object is made ---

const structType = defineExtType('Struct', '_struct', {
  repr: (heap, v) => `Struct(${reprValue(heap, nget(heap, v, 1))})`,
  getAttr: (heap, v, name) => {
    if (name === 'format') {
      const f = nget(heap, v, 1);
      // CPython 3.13's Struct.format is always a str.
      return tid(heap, f) === TypeId.STR ? f : strFromJs(heap, format(heap, f));
    }
    if (name === 'size') return fromInt32(core.calcsize(format(heap, nget(heap, v, 1))));
    return NULL;
  },
});
const structClass = defineExtClass(structType, 'format', (heap, a) => {
  const f = arg(heap, a, 0);
  run(() => core.calcsize(format(heap, f))); // a bad format is struct.error here, as in CPython
  const v = newExt(heap, structType);
  nset(heap, v, 1, f);
  return v;
});
const fmtOf = (heap: Heap, a: number): string => format(heap, nget(heap, self(heap, a), 1));
const SKEY = extKey(structType);
defineMethod(SKEY, 'Struct', 'pack', '*v', (heap, a) => packWith(heap, fmtOf(heap, a), arg(heap, a, 0)));
defineMethod(SKEY, 'Struct', 'unpack', 'buffer, /', (heap, a) => {
  const fmt = fmtOf(heap, a);
  return tupleOf(heap, run(() => core.unpack(fmt, buffer(heap, arg(heap, a, 0)))));
});
defineMethod(SKEY, 'Struct', 'unpack_from', 'buffer, offset=', (heap, a) => unpackFromWith(heap, fmtOf(heap, a), arg(heap, a, 0), arg(heap, a, 1)));
defineMethod(SKEY, 'Struct', 'iter_unpack', 'buffer, /', (heap, a) => iterUnpackWith(heap, fmtOf(heap, a), arg(heap, a, 0)));

defineModule('struct', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'error', exceptionClass(heap, 'Exception'));
  setAttr(heap, dict, 'Struct', extClassValue(heap, structClass));
});
