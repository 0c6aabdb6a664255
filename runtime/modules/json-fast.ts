// json.dumps's fast path: walks the heap values themselves instead of handing each one to the
// generic encoder (runtime/stdlib/json-encode.ts) through classify() boxes and item generators,
// which cost ~0.5 ms for a 3 KB document (CPython: ~0.03 ms).
//
// It covers the common documents only — exact dicts with str keys, lists, tuples, strs, ints,
// finite floats, bools and None, no sort_keys/skipkeys, nesting below FAST_DEPTH — and gives up
// (undefined) at the first thing outside that: a subclass instance, a non-str key, a float
// that is nan/inf (allow_nan and its error), an object for default(), a deep or circular
// structure. The caller then encodes the whole value again on the generic path, which has all
// of CPython's behaviour and messages. Nothing here calls Python code or allocates on the
// heap, so starting over is invisible.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, isFloat, isSmallInt, toInt32, loOf, sameValue, TRUE } from '../value.js';
import { intToBigInt } from '../int.js';
import { strToJs } from '../str.js';
import { listLength, listGet, tupleLength } from '../sequence.js';
import { dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { tid, tupleItem } from '../builtins/protocol.js';
import { encodeString } from '../stdlib/json-encode.js';
import { floatRepr } from '../repr.js';
import { intToStr } from '../semantics/int-str.js';

/** Deeper structures (and cycles) go to the generic encoder, which nests 9998 deep. */
const FAST_DEPTH = 200;

/** The dumps options the fast path reads. */
export interface FastOptions {
  ensureAscii: boolean;
  /** null: one line. */
  indent: string | null;
  itemSep: string;
  keySep: string;
}

class GiveUp {}
const GIVE_UP = new GiveUp();

/** json.dumps(v) for the documents described above, or undefined to take the generic path. */
export function fastDumps(heap: Heap, v: Value, opts: FastOptions): string | undefined {
  const { ensureAscii, indent, itemSep, keySep } = opts;
  // Dict keys repeat across a document's records: their encoded text is kept per str object.
  const keyText = new Map<number, string>();

  const encode = (x: Value, level: number): string => {
    if (isSmallInt(x)) return String(toInt32(x));
    if (isFloat(x)) {
      const f = x as number;
      if (!Number.isFinite(f)) throw GIVE_UP;
      return floatRepr(f);
    }
    switch (tid(heap, x)) {
      case TypeId.STR: return encodeString(strToJs(heap, x), ensureAscii);
      case TypeId.NONE: return 'null';
      case TypeId.BOOL: return sameValue(x, TRUE) ? 'true' : 'false';
      case TypeId.INT: return intToStr(intToBigInt(heap, x));
      case TypeId.FLOAT: {
        const f = x as number;
        if (!Number.isFinite(f)) throw GIVE_UP;
        return floatRepr(f);
      }
      case TypeId.LIST: case TypeId.TUPLE: {
        const isList = tid(heap, x) === TypeId.LIST;
        const n = isList ? listLength(heap, x) : tupleLength(heap, x);
        if (n === 0) return '[]';
        if (level >= FAST_DEPTH) throw GIVE_UP;
        const inner = indent === null ? '' : '\n' + indent.repeat(level + 1);
        let out = '[' + inner;
        for (let i = 0; i < n; i++) {
          if (i > 0) out += itemSep + inner;
          out += encode(isList ? listGet(heap, x, i) : tupleItem(heap, x, i), level + 1);
        }
        return out + (indent === null ? '' : '\n' + indent.repeat(level)) + ']';
      }
      case TypeId.DICT: {
        let p = dictNext(heap, x, 0);
        if (p === -1) return '{}';
        if (level >= FAST_DEPTH) throw GIVE_UP;
        const inner = indent === null ? '' : '\n' + indent.repeat(level + 1);
        let out = '{' + inner;
        for (let first = true; p !== -1; p = dictNext(heap, x, p + 1), first = false) {
          const k = dictEntryKey(heap, x, p);
          if (tid(heap, k) !== TypeId.STR) throw GIVE_UP;
          const addr = loOf(k) >>> 0;
          let kt = keyText.get(addr);
          if (kt === undefined) keyText.set(addr, (kt = encodeString(strToJs(heap, k), ensureAscii)));
          if (!first) out += itemSep + inner;
          out += kt + keySep + encode(dictEntryValue(heap, x, p), level + 1);
        }
        return out + (indent === null ? '' : '\n' + indent.repeat(level)) + '}';
      }
      default: throw GIVE_UP;
    }
  };

  try {
    return encode(v, 0);
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}
