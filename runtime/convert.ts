// Conversions between plain JS data and heap values, for tests, debugging and the host side.
// Python ints are JS bigints and floats JS numbers (the AST's convention); arrays become lists,
// `{ tuple: [...] }` tuples, `{ set: [...] }` sets, Maps dicts. Values never pass through a JS
// array here (V8 would canonicalize their NaN payloads): each is stored into the heap at once.

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { FALSE, NONE, TRUE, Value, fromFloat } from './value.js';
import { intFromBigInt, intToBigInt } from './int.js';
import { bytesFromArray, bytesToArray, strFromJs, strToJs } from './str.js';
import { listAppend, listGet, listLength, newList, newTuple, tupleInit, TUPLE_ITEMS } from './sequence.js';
import { dictEntryKey, dictEntryValue, dictNext, dictSet, newDict } from './dict.js';
import { newSet, setAdd, setEntryKey, setNext } from './set.js';
import { typeIdOf } from './objects.js';
import { loOf } from './value.js';
import { floatRepr } from './repr.js';

/** JS data accepted by toPy. */
export type JsData = null | boolean | number | bigint | string | Uint8Array | JsData[]
  | { tuple: JsData[] } | { set: JsData[] } | Map<JsData, JsData>;

export function toPy(heap: Heap, x: JsData): Value {
  if (x === null) return NONE;
  if (x === true) return TRUE;
  if (x === false) return FALSE;
  if (typeof x === 'number') return fromFloat(x);
  if (typeof x === 'bigint') return intFromBigInt(heap, x);
  if (typeof x === 'string') return strFromJs(heap, x);
  if (x instanceof Uint8Array) return bytesFromArray(heap, x);
  if (Array.isArray(x)) {
    const list = newList(heap, x.length);
    for (const item of x) listAppend(heap, list, toPy(heap, item));
    return list;
  }
  if (x instanceof Map) {
    const d = newDict(heap);
    for (const [k, v] of x) {
      const key = toPy(heap, k);
      dictSet(heap, d, key, toPy(heap, v));
    }
    return d;
  }
  if ('tuple' in x) {
    const t = newTuple(heap, x.tuple.length);
    x.tuple.forEach((item, i) => tupleInit(heap, t, i, toPy(heap, item)));
    return t;
  }
  const s = newSet(heap);
  for (const item of x.set) setAdd(heap, s, toPy(heap, item));
  return s;
}

/** The JS data for a heap value (inverse of toPy for the kinds it produces). */
export function toJs(heap: Heap, v: Value): JsData {
  switch (typeIdOf(heap, v)) {
    case TypeId.FLOAT: return v;
    case TypeId.INT: return intToBigInt(heap, v);
    case TypeId.BOOL: return v === TRUE || loOf(v) === 1;
    case TypeId.NONE: return null;
    case TypeId.STR: return strToJs(heap, v);
    case TypeId.BYTES: return bytesToArray(heap, v);
    case TypeId.LIST: {
      const out: JsData[] = [];
      for (let i = 0; i < listLength(heap, v); i++) out.push(toJs(heap, listGet(heap, v, i)));
      return out;
    }
    case TypeId.TUPLE: {
      const a = loOf(v) >>> 0;
      const out: JsData[] = [];
      for (let i = 0; i < heap.i32[(a >>> 2) + 1]; i++) out.push(toJs(heap, heap.f64[(a + TUPLE_ITEMS + i * 8) >>> 3]));
      return { tuple: out };
    }
    case TypeId.DICT: {
      const out = new Map<JsData, JsData>();
      for (let p = dictNext(heap, v, 0); p >= 0; p = dictNext(heap, v, p + 1)) {
        out.set(toJs(heap, dictEntryKey(heap, v, p)), toJs(heap, dictEntryValue(heap, v, p)));
      }
      return out;
    }
    case TypeId.SET: case TypeId.FROZENSET: {
      const out: JsData[] = [];
      for (let p = setNext(heap, v, 0); p >= 0; p = setNext(heap, v, p + 1)) out.push(toJs(heap, setEntryKey(heap, v, p)));
      return { set: out };
    }
    default: throw new TypeError(`toJs: no JS form for type id ${typeIdOf(heap, v)}`);
  }
}

/** A Python-like display string (repr of ints, floats, strs, containers) for tests. */
export function display(heap: Heap, v: Value): string {
  const js = toJs(heap, v);
  return displayJs(js);
}

function displayJs(x: JsData): string {
  if (x === null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (typeof x === 'bigint') return x.toString();
  if (typeof x === 'number') return floatRepr(x);
  if (typeof x === 'string') return `'${x}'`;
  if (x instanceof Uint8Array) return `b'${String.fromCharCode(...x)}'`;
  if (Array.isArray(x)) return `[${x.map(displayJs).join(', ')}]`;
  if (x instanceof Map) return `{${[...x].map(([k, v]) => `${displayJs(k)}: ${displayJs(v)}`).join(', ')}}`;
  if ('tuple' in x) return x.tuple.length === 1 ? `(${displayJs(x.tuple[0])},)` : `(${x.tuple.map(displayJs).join(', ')})`;
  return x.set.length === 0 ? 'set()' : `{${x.set.map(displayJs).join(', ')}}`;
}
