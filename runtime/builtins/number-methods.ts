// The int and float methods beyond bit_length/bit_count: int.to_bytes/from_bytes (over
// runtime/semantics/int-str.ts), as_integer_ratio, conjugate, is_integer, float.conjugate,
// float.fromhex as a class function, and `__index__`-style conversions they share.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, TRUE, NULL, fromInt32, isNull, loOf, hiOf, HI_BOOL } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { strToJs, bytesFromArray } from '../str.js';
import { newTuple, tupleInit } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { typeError } from '../errors.js';
import { intToBytes, intFromBytes } from '../semantics/int-str.js';
import { defineMethod, arg, self } from './registry.js';
import { defineClassFunction } from './type-attrs.js';
import { tid, typeNameOf, truthy } from './protocol.js';
import { indexBig } from './range-slice.js';
import { bytesLikeData } from './bytes-like.js';
import { getIter, iterNext } from './containers.js';

const INT = TypeId.INT;

/** An int Value's own value as an int (a bool gives 0 or 1 as an int). */
function asInt(heap: Heap, v: Value): Value {
  return v !== v && hiOf(v) === HI_BOOL ? fromInt32(loOf(v)) : v;
}

function pair(heap: Heap, x: bigint, y: bigint): Value {
  const t = newTuple(heap, 2);
  const top = pushHandle(heap, t);
  try {
    tupleInit(heap, handleGet(heap, top), 0, intFromBigInt(heap, x));
    tupleInit(heap, handleGet(heap, top), 1, intFromBigInt(heap, y));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

function byteorderArg(heap: Heap, v: Value): string {
  if (isNull(v)) return 'big';
  if (tid(heap, v) !== TypeId.STR) throw typeError(`to_bytes() argument 'byteorder' must be str, not ${typeNameOf(heap, v)}`);
  return strToJs(heap, v);
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
defineMethod(INT, 'int', 'to_bytes', 'length=, byteorder=, *, signed=', (heap, a) => {
  const lengthV = arg(heap, a, 0);
  let length = 1;
  if (!isNull(lengthV)) {
    const n = indexBig(heap, lengthV);
    if (n === null) throw typeError(`'${typeNameOf(heap, lengthV)}' object cannot be interpreted as an integer`);
    length = n > 2n ** 31n ? 2 ** 31 : Number(n);
  }
  const order = byteorderArg(heap, arg(heap, a, 1));
  const signed = !isNull(arg(heap, a, 2)) && truthy(heap, arg(heap, a, 2));
  return bytesFromArray(heap, intToBytes(intToBigInt(heap, self(heap, a)), length, order, signed));
});

// int.from_bytes(bytes, byteorder='big', *, signed=False): any bytes-like object or iterable of ints.
defineClassFunction(INT, 'int', 'from_bytes', 'bytes, byteorder=, *, signed=', (heap, a) => {
  const src = arg(heap, a, 0);
  let data = bytesLikeData(heap, src);
  if (data === null) {
    if (tid(heap, src) === TypeId.STR) throw typeError('cannot convert \'str\' object to bytes');
    const values: number[] = [];
    const top = pushHandle(heap, getIter(heap, src, () => `cannot convert '${typeNameOf(heap, src)}' object to bytes`));
    try {
      for (let v = iterNext(heap, handleGet(heap, top)); !isNull(v); v = iterNext(heap, handleGet(heap, top))) {
        const n = indexBig(heap, v);
        if (n === null) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
        if (n < 0n || n > 255n) throw new (class extends Error {})('');
        values.push(Number(n));
      }
    } finally { popHandles(heap, top); }
    data = Uint8Array.from(values);
  }
  const order = byteorderArg(heap, arg(heap, a, 1));
  const signed = !isNull(arg(heap, a, 2)) && truthy(heap, arg(heap, a, 2));
  return intFromBigInt(heap, intFromBytes(data, order, signed));
});

defineMethod(INT, 'int', 'as_integer_ratio', '', (heap, a) => pair(heap, intToBigInt(heap, self(heap, a)), 1n));
defineMethod(INT, 'int', 'conjugate', '', (heap, a) => asInt(heap, self(heap, a)));
defineMethod(INT, 'int', 'is_integer', '', () => TRUE);
defineMethod(INT, 'int', '__index__', '', (heap, a) => asInt(heap, self(heap, a)));
defineMethod(INT, 'int', '__int__', '', (heap, a) => asInt(heap, self(heap, a)));
defineMethod(TypeId.FLOAT, 'float', 'conjugate', '', (heap, a) => self(heap, a));
void NULL;
