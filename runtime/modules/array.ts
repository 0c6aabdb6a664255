// The `array` module: array.array for the numeric typecodes b/B/h/H/i/I/l/L/q/Q/f/d, with
// CPython's range checks and messages, indexing and slicing, the list-like methods,
// tobytes/frombytes (little-endian, CPython's item sizes on 64-bit Linux), ==/< and repr.
// Not offered: the deprecated 'u' and the 'w' text typecodes, + and * between arrays (they
// need the binary-operator dispatch to know extension types), buffer_info.
//
// Layout (ext-types.ts): F1 a heap list of the items (ints, or floats already rounded to
// float32 for 'f'), F2 the typecode (str).

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, isNull, isNone, fromInt32, sameValue } from '../value.js';
import { newList, listAppend, listLength, listGet, listSet, listPop, listInsert, newTuple, tupleInit } from '../sequence.js';
import { strFromJs, strToJs, strLength, bytesFromArray, bytesToArray } from '../str.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineMethod, defineModule, arg, self } from '../builtins/registry.js';
import { setAttr } from '../builtins/objects.js';
import { tid, eq, compare, typeNameOf } from '../builtins/protocol.js';
import { getIter, iterNext, sliceIndices } from '../builtins/containers.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, isExt, newExt } from '../builtins/ext-types.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { asDouble } from './math.js';

/** Per typecode: item size in bytes, integer bounds (null for floats) and CPython's overflow messages. */
interface Code { size: number; min?: bigint; max?: bigint; over?: string; under?: string }
const CODES: Record<string, Code> = {
  b: { size: 1, min: -128n, max: 127n, over: 'signed char is greater than maximum', under: 'signed char is less than minimum' },
  B: { size: 1, min: 0n, max: 255n, over: 'unsigned byte integer is greater than maximum', under: 'unsigned byte integer is less than minimum' },
  h: { size: 2, min: -(2n ** 15n), max: 2n ** 15n - 1n, over: 'signed short integer is greater than maximum', under: 'signed short integer is less than minimum' },
  H: { size: 2, min: 0n, max: 2n ** 16n - 1n, over: 'unsigned short is greater than maximum', under: 'unsigned short is less than minimum' },
  i: { size: 4, min: -(2n ** 31n), max: 2n ** 31n - 1n, over: 'signed integer is greater than maximum', under: 'signed integer is less than minimum' },
  I: { size: 4, min: 0n, max: 2n ** 32n - 1n, over: 'unsigned int is greater than maximum', under: "can't convert negative value to unsigned int" },
  l: { size: 8, min: -(2n ** 63n), max: 2n ** 63n - 1n, over: 'Python int too large to convert to C long', under: 'Python int too large to convert to C long' },
  L: { size: 8, min: 0n, max: 2n ** 64n - 1n, over: 'Python int too large to convert to C unsigned long', under: "can't convert negative value to unsigned int" },
  q: { size: 8, min: -(2n ** 63n), max: 2n ** 63n - 1n, over: 'int too big to convert', under: 'int too big to convert' },
  Q: { size: 8, min: 0n, max: 2n ** 64n - 1n, over: 'int too big to convert', under: "can't convert negative int to unsigned" },
  f: { size: 4 },
  d: { size: 8 },
};

const items = (heap: Heap, a: Value): Value => nget(heap, a, 1);
const codeOf = (heap: Heap, a: Value): string => strToJs(heap, nget(heap, a, 2));

/** An item converted for typecode `tc` (range-checked int, or float; float32-rounded for 'f'). */
function convert(heap: Heap, tc: string, v: Value): Value {
  const c = CODES[tc];
  if (c.min === undefined) {
    const x = asDouble(heap, v);
    return tc === 'f' ? Math.fround(x) : x;
  }
  const t = tid(heap, v);
  if (t !== TypeId.INT && t !== TypeId.BOOL) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(heap, v);
  if (n > c.max!) raise('OverflowError', c.over!);
  if (n < c.min!) raise('OverflowError', c.under!);
  return t === TypeId.BOOL ? intFromBigInt(heap, n) : v;
}

function newArray(heap: Heap, tc: string): Value {
  const a = newExt(heap, arrayType);
  nset(heap, a, 1, newList(heap));
  nset(heap, a, 2, strFromJs(heap, tc));
  return a;
}

function appendAll(heap: Heap, a: Value, iterable: Value): void {
  const h = pushHandle(heap, a);
  try {
    const it = getIter(heap, iterable);
    pushHandle(heap, it);
    const tc = codeOf(heap, a);
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) listAppend(heap, items(heap, a), convert(heap, tc, x));
  } finally { popHandles(heap, h); }
}

function frombytes(heap: Heap, a: Value, data: Uint8Array): void {
  const tc = codeOf(heap, a);
  const size = CODES[tc].size;
  if (data.length % size !== 0) raise('ValueError', 'bytes length not a multiple of item size');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let off = 0; off < data.length; off += size) {
    let v: Value;
    switch (tc) {
      case 'b': v = fromInt32(view.getInt8(off)); break;
      case 'B': v = fromInt32(view.getUint8(off)); break;
      case 'h': v = fromInt32(view.getInt16(off, true)); break;
      case 'H': v = fromInt32(view.getUint16(off, true)); break;
      case 'i': v = fromInt32(view.getInt32(off, true)); break;
      case 'I': v = intFromBigInt(heap, BigInt(view.getUint32(off, true))); break;
      case 'l': case 'q': v = intFromBigInt(heap, view.getBigInt64(off, true)); break;
      case 'L': case 'Q': v = intFromBigInt(heap, view.getBigUint64(off, true)); break;
      case 'f': v = view.getFloat32(off, true); break;
      default: v = view.getFloat64(off, true);
    }
    listAppend(heap, items(heap, a), v);
  }
}

function tobytes(heap: Heap, a: Value): Uint8Array {
  const tc = codeOf(heap, a);
  const size = CODES[tc].size;
  const n = listLength(heap, items(heap, a));
  const out = new Uint8Array(n * size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    const v = listGet(heap, items(heap, a), i);
    const off = i * size;
    switch (tc) {
      case 'f': view.setFloat32(off, v, true); break;
      case 'd': view.setFloat64(off, v, true); break;
      default: {
        const x = intToBigInt(heap, v);
        if (size === 8) view.setBigUint64(off, BigInt.asUintN(64, x), true);
        else if (size === 4) view.setUint32(off, Number(BigInt.asUintN(32, x)), true);
        else if (size === 2) view.setUint16(off, Number(BigInt.asUintN(16, x)), true);
        else view.setUint8(off, Number(BigInt.asUintN(8, x)));
      }
    }
  }
  return out;
}

function index(heap: Heap, a: Value, key: Value): number {
  const t = tid(heap, key);
  if (t !== TypeId.INT && t !== TypeId.BOOL) throw typeError('array indices must be integers');
  const n = listLength(heap, items(heap, a));
  let i = Number(intToBigInt(heap, key));
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'array index out of range');
  return i;
}

const arrayType = defineExtType('array', 'array', {
  repr: (heap, a) => {
    const tc = codeOf(heap, a);
    const n = listLength(heap, items(heap, a));
    if (n === 0) return `array('${tc}')`;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(reprValue(heap, listGet(heap, items(heap, a), i)));
    return `array('${tc}', [${parts.join(', ')}])`;
  },
  len: (heap, a) => listLength(heap, items(heap, a)),
  iter: (heap, a) => getIter(heap, items(heap, a)),
  getItem: (heap, a, key) => {
    if (tid(heap, key) === TypeId.SLICE) {
      const [start, step, count] = sliceIndices(heap, key, listLength(heap, items(heap, a)));
      const out = newArray(heap, codeOf(heap, a));
      for (let k = 0, i = start; k < count; k++, i += step) listAppend(heap, items(heap, out), listGet(heap, items(heap, a), i));
      return out;
    }
    return listGet(heap, items(heap, a), index(heap, a, key));
  },
  setItem: (heap, a, key, v) => {
    if (tid(heap, key) === TypeId.SLICE) {
      if (!isExt(heap, v, arrayType)) throw typeError(`can only assign array (not "${typeNameOf(heap, v)}") to array slice`);
      if (codeOf(heap, v) !== codeOf(heap, a)) throw typeError('bad argument type for built-in operation');
      const n = listLength(heap, items(heap, a));
      const [start, step, count] = sliceIndices(heap, key, n);
      const m = listLength(heap, items(heap, v));
      if (step === 1) {
        const fresh = newList(heap);
        for (let i = 0; i < start; i++) listAppend(heap, fresh, listGet(heap, items(heap, a), i));
        for (let i = 0; i < m; i++) listAppend(heap, fresh, listGet(heap, items(heap, v), i));
        for (let i = start + count; i < n; i++) listAppend(heap, fresh, listGet(heap, items(heap, a), i));
        nset(heap, a, 1, fresh);
        return;
      }
      if (m !== count) raise('ValueError', `attempt to assign array of size ${m} to extended slice of size ${count}`);
      for (let k = 0, i = start; k < count; k++, i += step) listSet(heap, items(heap, a), i, listGet(heap, items(heap, v), k));
      return;
    }
    const i = index(heap, a, key);
    listSet(heap, items(heap, a), i, convert(heap, codeOf(heap, a), v));
  },
  delItem: (heap, a, key) => {
    const n = listLength(heap, items(heap, a));
    const drop = new Set<number>();
    if (tid(heap, key) === TypeId.SLICE) {
      const [start, step, count] = sliceIndices(heap, key, n);
      for (let k = 0, i = start; k < count; k++, i += step) drop.add(i);
    } else drop.add(index(heap, a, key));
    const fresh = newList(heap);
    for (let i = 0; i < n; i++) if (!drop.has(i)) listAppend(heap, fresh, listGet(heap, items(heap, a), i));
    nset(heap, a, 1, fresh);
  },
  contains: (heap, a, x) => find(heap, a, x, 0) >= 0,
  reversed: (heap, a) => {
    // array has no __reversed__: reversed() walks the sequence protocol, from a snapshot here.
    const l = newList(heap);
    for (let i = listLength(heap, items(heap, a)) - 1; i >= 0; i--) listAppend(heap, l, listGet(heap, items(heap, a), i));
    return getIter(heap, l);
  },
  hash: () => raise('TypeError', "unhashable type: 'array.array'"),
  binary: (heap, op, a, b, inplace) => {
    if (op === 'add' && isExt(heap, a, arrayType)) {
      if (!isExt(heap, b, arrayType)) raise('TypeError', inplace ? `can only extend array with array (not "${typeNameOf(heap, b)}")` : `can only append array (not "${typeNameOf(heap, b)}") to array`);
      if (codeOf(heap, a) !== codeOf(heap, b)) raise('TypeError', 'bad argument type for built-in operation');
      const out = inplace ? a : copyOf(heap, a);
      const n = listLength(heap, items(heap, b));
      for (let i = 0; i < n; i++) listAppend(heap, items(heap, out), listGet(heap, items(heap, b), i));
      return out;
    }
    if (op === 'mul') {
      const arr = isExt(heap, a, arrayType) ? a : b, k = isExt(heap, a, arrayType) ? b : a;
      const t = tid(heap, k);
      if (t !== TypeId.INT && t !== TypeId.BOOL) raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(heap, k)}'`);
      const times = Number(intToBigInt(heap, k));
      const src = copyOf(heap, arr);
      const out = inplace && arr === a ? a : newArray(heap, codeOf(heap, arr));
      nset(heap, out, 1, newList(heap));
      const n = listLength(heap, items(heap, src));
      for (let r = 0; r < times; r++) for (let i = 0; i < n; i++) listAppend(heap, items(heap, out), listGet(heap, items(heap, src), i));
      return out;
    }
    return NULL;
  },
  eq: (heap, a, b) => {
    if (!isExt(heap, a, arrayType) || !isExt(heap, b, arrayType)) return undefined;
    return eq(heap, items(heap, a), items(heap, b));
  },
  compare: (heap, a, b, symbol) => {
    if (!isExt(heap, a, arrayType) || !isExt(heap, b, arrayType)) return undefined;
    return compare(heap, items(heap, a), items(heap, b), symbol);
  },
  getAttr: (heap, a, name) => {
    if (name === 'typecode') return nget(heap, a, 2);
    if (name === 'itemsize') return fromInt32(CODES[codeOf(heap, a)].size);
    return NULL;
  },
});

function find(heap: Heap, a: Value, x: Value, start: number, stop = Infinity): number {
  for (let i = start; i < listLength(heap, items(heap, a)) && i < stop; i++) {
    const y = listGet(heap, items(heap, a), i);
    if (sameValue(x, y) || eq(heap, y, x)) return i;
  }
  return -1;
}

const arrayClass = defineExtClass(arrayType, 'typecode, initializer=, /', (heap, a) => {
  const tcV = arg(heap, a, 0);
  if (tid(heap, tcV) !== TypeId.STR || strLength(heap, tcV) !== 1) {
    throw typeError(`array() argument 1 must be a unicode character, not ${typeNameOf(heap, tcV)}`);
  }
  const tc = strToJs(heap, tcV);
  if (tc === 'u' || tc === 'w') raise('NotImplementedError', `array typecode '${tc}' is not supported by pyx yet`);
  if (!(tc in CODES)) raise('ValueError', 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  const out = newArray(heap, tc);
  const init = arg(heap, a, 1);
  if (isNull(init) || isNone(init)) return out;
  const h = pushHandle(heap, out);
  try {
    const t = tid(heap, init);
    if (t === TypeId.STR) throw typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
    if (t === TypeId.BYTES) frombytes(heap, out, bytesToArray(heap, init));
    else appendAll(heap, out, init);
    return out;
  } finally { popHandles(heap, h); }
});

const KEY = extKey(arrayType);
const method = (name: string, sig: string, fn: (heap: Heap, a: number) => Value): void => { defineMethod(KEY, 'array', name, sig, fn); };
const me = (heap: Heap, a: number): Value => self(heap, a);

method('append', 'v, /', (heap, a) => { listAppend(heap, items(heap, me(heap, a)), convert(heap, codeOf(heap, me(heap, a)), arg(heap, a, 0))); return NONE; });
method('extend', 'bb, /', (heap, a) => {
  const src = arg(heap, a, 0);
  if (isExt(heap, src, arrayType) && codeOf(heap, src) !== codeOf(heap, me(heap, a))) throw typeError('can only extend with array of same kind');
  appendAll(heap, me(heap, a), src);
  return NONE;
});
method('fromlist', 'list, /', (heap, a) => {
  if (tid(heap, arg(heap, a, 0)) !== TypeId.LIST) throw typeError('arg must be list');
  appendAll(heap, me(heap, a), arg(heap, a, 0));
  return NONE;
});
method('insert', 'i, v, /', (heap, a) => {
  const v = convert(heap, codeOf(heap, me(heap, a)), arg(heap, a, 1));
  listInsert(heap, items(heap, me(heap, a)), Number(intToBigInt(heap, arg(heap, a, 0))), v);
  return NONE;
});
method('pop', 'i=, /', (heap, a) => {
  const l = items(heap, me(heap, a));
  if (listLength(heap, l) === 0) raise('IndexError', 'pop from empty array');
  let i = isNull(arg(heap, a, 0)) ? -1 : Number(intToBigInt(heap, arg(heap, a, 0)));
  if (i < 0) i += listLength(heap, l);
  if (i < 0 || i >= listLength(heap, l)) raise('IndexError', 'pop index out of range');
  return listPop(heap, l, i);
});
method('remove', 'v, /', (heap, a) => {
  const i = find(heap, me(heap, a), arg(heap, a, 0), 0);
  if (i < 0) raise('ValueError', 'array.remove(x): x not in array');
  listPop(heap, items(heap, me(heap, a)), i);
  return NONE;
});
method('index', 'v, start=, stop=, /', (heap, a) => {
  const n = listLength(heap, items(heap, me(heap, a)));
  const clamp = (v: Value, d: number): number => {
    if (isNull(v)) return d;
    let i = Number(intToBigInt(heap, v));
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const i = find(heap, me(heap, a), arg(heap, a, 0), clamp(arg(heap, a, 1), 0), clamp(arg(heap, a, 2), n));
  if (i < 0) raise('ValueError', 'array.index(x): x not in array');
  return fromInt32(i);
});
method('count', 'v, /', (heap, a) => {
  let c = 0;
  const l = items(heap, me(heap, a));
  for (let i = 0; i < listLength(heap, l); i++) if (sameValue(listGet(heap, l, i), arg(heap, a, 0)) || eq(heap, listGet(heap, l, i), arg(heap, a, 0))) c++;
  return fromInt32(c);
});
method('reverse', '', (heap, a) => {
  const l = items(heap, me(heap, a));
  for (let i = 0, j = listLength(heap, l) - 1; i < j; i++, j--) {
    const x = listGet(heap, l, i);
    listSet(heap, l, i, listGet(heap, l, j));
    listSet(heap, l, j, x);
  }
  return NONE;
});
method('tolist', '', (heap, a) => {
  const out = newList(heap);
  const l = items(heap, me(heap, a));
  for (let i = 0; i < listLength(heap, l); i++) listAppend(heap, out, listGet(heap, l, i));
  return out;
});
method('tobytes', '', (heap, a) => bytesFromArray(heap, tobytes(heap, me(heap, a))));
method('frombytes', 'buffer, /', (heap, a) => {
  if (tid(heap, arg(heap, a, 0)) !== TypeId.BYTES) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, arg(heap, a, 0))}'`);
  frombytes(heap, me(heap, a), bytesToArray(heap, arg(heap, a, 0)));
  return NONE;
});
method('byteswap', '', (heap, a) => {
  const data = tobytes(heap, me(heap, a));
  const size = CODES[codeOf(heap, me(heap, a))].size;
  for (let off = 0; off < data.length; off += size) data.subarray(off, off + size).reverse();
  nset(heap, me(heap, a), 1, newList(heap));
  frombytes(heap, me(heap, a), data);
  return NONE;
});
function copyOf(heap: Heap, a: Value): Value {
  const out = newArray(heap, codeOf(heap, a));
  const l = items(heap, a);
  for (let i = 0; i < listLength(heap, l); i++) listAppend(heap, items(heap, out), listGet(heap, l, i));
  return out;
}
method('__copy__', '', (heap, a) => copyOf(heap, me(heap, a)));
/** (array, (typecode, list)) so copy.deepcopy rebuilds it. */
method('__reduce__', '', (heap, a) => {
  const t = newTuple(heap, 2);
  const h = pushHandle(heap, t);
  try {
    tupleInit(heap, t, 0, extClassValue(heap, arrayClass));
    const args = newTuple(heap, 2);
    tupleInit(heap, t, 1, args);
    tupleInit(heap, args, 0, nget(heap, me(heap, a), 2));
    const l = newList(heap);
    tupleInit(heap, args, 1, l);
    for (let i = 0; i < listLength(heap, items(heap, me(heap, a))); i++) listAppend(heap, l, listGet(heap, items(heap, me(heap, a)), i));
    return t;
  } finally { popHandles(heap, h); }
});

defineModule('array', (heap, dict) => {
  const cls = extClassValue(heap, arrayClass);
  setAttr(heap, dict, 'array', cls);
  setAttr(heap, dict, 'ArrayType', cls);
  setAttr(heap, dict, 'typecodes', strFromJs(heap, 'bBuwhHiIlLqQfd'));
});
