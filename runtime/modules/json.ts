// The `json` module: dumps/loads over heap values, with the exact encoder and decoder of
// runtime/stdlib/json.ts. The encoder sees heap values through `classify`; each value is
// handed over in a box cached by its bits, so the same list or dict is the same JS object
// each time it is met (the encoder's circular-reference check compares identities, and
// NaN-boxed Values themselves would all be equal in a JS Set).
//
// It is registered as `_pyx_json`, the fast core under pylib/json/, which is the `json`
// programs import: the package adds what needs Python code (JSONDecodeError with its fields,
// `default=`, `cls=`/JSONEncoder, the loads hooks, dump/load on files) and calls this core for
// the encoding and decoding themselves. Errors here are ValueErrors whose message ends in
// `: line L column C (char P)`; the package re-raises them as JSONDecodeError.

import { builtinValue } from '../builtins/class-hooks.js';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, isNull, isNone, isPtr, fromFloat, fromBool, loOf } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { strToJs, strFromJs, bytesToArray } from '../str.js';
import { newList, listAppend, listLength, listGet, tupleLength, newTuple, tupleInit } from '../sequence.js';
import { newDict, dictNext, dictEntryKey, dictEntryValue, dictSet } from '../dict.js';
import { typeError } from '../errors.js';
import { PyError } from '../semantics/errors.js';
import { raise as raiseAny } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg } from '../builtins/registry.js';
import { nativeValue, setAttr, exceptionClass } from '../builtins/objects.js';
import { tid, typeNameOf, tupleItem, truthy } from '../builtins/protocol.js';
import { dumps, loads, scanOnce, cpIndex, type Classified, type DecodeHooks } from '../stdlib/json.js';
import { ModuleError } from '../stdlib/errors.js';
import { asInt } from './math.js';
import { fastDumps } from './json-fast.js';

/** A value handed to the encoder; `key` marks a dict key (a tuple key is refused, not a list). */
interface Box { readonly v: Value; readonly key?: true }

function classifier(heap: Heap): { box: (v: Value) => Box; classify: (b: unknown) => Classified } {
  const boxes = new Map<number, Box>();
  const box = (v: Value): Box => {
    // Only heap objects have an identity to keep (floats, small ints, bools and None are
    // their bits); a pointer's low word is its address.
    if (!isPtr(v)) return { v };
    const key = loOf(v);
    let b = boxes.get(key);
    if (b === undefined) boxes.set(key, (b = { v }));
    return b;
  };
  function* listItems(v: Value): Iterable<Box> {
    for (let i = 0; i < listLength(heap, v); i++) yield box(listGet(heap, v, i));
  }
  function* tupleItems(v: Value): Iterable<Box> {
    for (let i = 0; i < tupleLength(heap, v); i++) yield box(tupleItem(heap, v, i));
  }
  function* dictEntries(v: Value): Iterable<[Box, Box]> {
    for (let p = dictNext(heap, v, 0); p !== -1; p = dictNext(heap, v, p + 1)) {
      yield [{ v: dictEntryKey(heap, v, p), key: true }, box(dictEntryValue(heap, v, p))];
    }
  }
  const classify = (b: unknown): Classified => {
    const { v: given, key } = b as Box;
    const v = builtinValue(heap, given); // a dict/list/str/int/float subclass encodes as its base (as CPython's encoder)
    if (key && tid(heap, v) === TypeId.TUPLE) return { k: 'other', typeName: 'tuple' };
    switch (tid(heap, v)) {
      case TypeId.NONE: return { k: 'none' };
      case TypeId.BOOL: return { k: 'bool', v: truthy(heap, v) };
      case TypeId.INT: return { k: 'int', v: intToBigInt(heap, v) };
      case TypeId.FLOAT: return { k: 'float', v };
      case TypeId.STR: return { k: 'str', v: strToJs(heap, v) };
      case TypeId.LIST: return { k: 'list', items: listItems(v) };
      case TypeId.TUPLE: return { k: 'list', items: tupleItems(v) };
      case TypeId.DICT: return { k: 'dict', entries: dictEntries(v) };
      default: return { k: 'other', typeName: typeNameOf(heap, v) };
    }
  };
  return { box, classify };
}

/** A keyword that needs a call back into Python code, which this module cannot make yet. */
function refuse(heap: Heap, v: Value, name: string): void {
  if (!isNull(v) && !isNone(v)) raiseAny('NotImplementedError', `json: the ${name} argument is not supported by pyx yet`);
}

const optBool = (heap: Heap, v: Value, dflt: boolean): boolean => (isNull(v) ? dflt : truthy(heap, v));

const dumpsEntry = defineFunction('_pyx_json', 'dumps',
  'obj, *, skipkeys=, ensure_ascii=, check_circular=, allow_nan=, cls=, indent=, separators=, default=, sort_keys=',
  (heap, a) => {
    refuse(heap, arg(heap, a, 5), 'cls');
    refuse(heap, arg(heap, a, 8), 'default');
    const ind = arg(heap, a, 6);
    let indent: number | string | null = null;
    if (!isNull(ind) && !isNone(ind)) {
      const t = tid(heap, ind);
      if (t === TypeId.STR) indent = strToJs(heap, ind);
      else if (t === TypeId.INT || t === TypeId.BOOL) indent = Number(asInt(heap, ind));
      else throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, ind)}'`);
    }
    const sep = arg(heap, a, 7);
    let separators: [string, string] | null = null;
    if (!isNull(sep) && !isNone(sep)) {
      const t = tid(heap, sep);
      const n = t === TypeId.TUPLE ? tupleLength(heap, sep) : t === TypeId.LIST ? listLength(heap, sep) : -1;
      if (n !== 2) throw typeError('separators must be a pair of strings');
      const item = (i: number) => (t === TypeId.TUPLE ? tupleItem(heap, sep, i) : listGet(heap, sep, i));
      // Each item is read straight into a string: a Value must not sit in a JS array.
      const text = (i: number): string => {
        const x = item(i);
        if (tid(heap, x) !== TypeId.STR) throw typeError(`make_encoder() argument 2 must be str, not ${typeNameOf(heap, x)}`);
        return strToJs(heap, x);
      };
      separators = [text(0), text(1)];
    }
    const ensureAscii = optBool(heap, arg(heap, a, 2), true);
    if (!optBool(heap, arg(heap, a, 1), false) && !optBool(heap, arg(heap, a, 9), false)) {
      // The common document without sort_keys/skipkeys: straight from the heap (json-fast.ts).
      const indentText = indent === null ? null : typeof indent === 'number' ? ' '.repeat(Math.max(0, indent)) : indent;
      const [itemSep, keySep] = separators ?? (indentText !== null ? [',', ': '] : [', ', ': ']);
      const fast = fastDumps(heap, arg(heap, a, 0), { ensureAscii, indent: indentText, itemSep, keySep });
      if (fast !== undefined) return strFromJs(heap, fast);
    }
    const { box, classify } = classifier(heap);
    const text = moduleErrors(() => dumps(box(arg(heap, a, 0)), {
      skipkeys: optBool(heap, arg(heap, a, 1), false),
      ensureAscii: optBool(heap, arg(heap, a, 2), true),
      checkCircular: optBool(heap, arg(heap, a, 3), true),
      allowNan: optBool(heap, arg(heap, a, 4), true),
      sortKeys: optBool(heap, arg(heap, a, 9), false),
      indent, separators, classify,
    }));
    return strFromJs(heap, text);
  });

/**
 * Builds heap values, each in a Box: the decoder keeps values in JS arrays, where V8 may
 * canonicalize a NaN-boxed Value into a plain NaN (runtime/value.ts). No Python code runs
 * while decoding, so no collection happens before the result is returned.
 */
function heapHooks(heap: Heap): DecodeHooks<Box> {
  return {
    object(pairs) {
      const d = newDict(heap);
      for (const [k, b] of pairs) dictSet(heap, d, strFromJs(heap, k), b.v);
      return { v: d };
    },
    array(items) {
      const l = newList(heap, items.length);
      for (const b of items) listAppend(heap, l, b.v);
      return { v: l };
    },
    string: (s) => ({ v: strFromJs(heap, s) }),
    int: (text) => ({ v: intFromBigInt(heap, BigInt(text)) }),
    float: (text) => ({ v: fromFloat(Number(text)) }),
    constant: (name) => ({ v: fromFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity) }),
    true: () => ({ v: fromBool(true) }),
    false: () => ({ v: fromBool(false) }),
    null: () => ({ v: NONE }),
  };
}

/**
 * What the decoding hooks of pylib/json post-process (no Python code may run during the
 * scan): an object is a 1-tuple holding the list of its (key, value) pairs in document order,
 * duplicates kept (object_pairs_hook sees them all); a number or constant is a 2-tuple of its
 * kind ('i', 'f' or 'c') and its text as written (parse_float('1.10') gets '1.10'). A JSON
 * document decodes to no tuples otherwise, so the tags cannot be confused with values.
 */
function taggedHooks(heap: Heap): DecodeHooks<Box> {
  const plain = heapHooks(heap);
  const tag = (kind: string, text: string): Box => {
    const t = newTuple(heap, 2);
    tupleInit(heap, t, 0, strFromJs(heap, kind));
    tupleInit(heap, t, 1, strFromJs(heap, text));
    return { v: t };
  };
  return {
    ...plain,
    object(pairs) {
      const l = newList(heap, pairs.length);
      for (const [k, b] of pairs) {
        const pair = newTuple(heap, 2);
        tupleInit(heap, pair, 0, strFromJs(heap, k));
        tupleInit(heap, pair, 1, b.v);
        listAppend(heap, l, pair);
      }
      const t = newTuple(heap, 1);
      tupleInit(heap, t, 0, l);
      return { v: t };
    },
    int: (text) => tag('i', text),
    float: (text) => tag('f', text),
    constant: (name) => tag('c', name),
  };
}

const loadsEntry = defineFunction('_pyx_json', 'loads',
  's, *, cls=, object_hook=, parse_float=, parse_int=, parse_constant=, object_pairs_hook=, strict=, tagged=',
  (heap, a) => {
    ['cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook']
      .forEach((name, i) => refuse(heap, arg(heap, a, i + 1), name));
    const text = loadsText(heap, arg(heap, a, 0));
    const hooks = optBool(heap, arg(heap, a, 8), false) ? taggedHooks(heap) : heapHooks(heap);
    return moduleErrors(() => loads(text, hooks, { strict: optBool(heap, arg(heap, a, 7), true) })).v;
  });

/**
 * scan(s, idx, strict, tagged): JSONDecoder.raw_decode's scan_once — the value starting exactly
 * at code point `idx` and the code-point index just past it, as a 2-tuple.
 */
const scanEntry = defineFunction('_pyx_json', 'scan', 's, idx, strict, tagged', (heap, a) => {
  const s = arg(heap, a, 0);
  if (tid(heap, s) !== TypeId.STR) throw typeError(`first argument must be a string, not ${typeNameOf(heap, s)}`);
  const text = strToJs(heap, s);
  const idx = Number(asInt(heap, arg(heap, a, 1)));
  if (idx < 0) raiseAny('ValueError', 'idx cannot be negative');
  // Code points to UTF-16 offsets: the scanner works on the JS string.
  let at = 0;
  for (let n = 0; n < idx && at < text.length; n++) {
    const c = text.charCodeAt(at);
    at += c >= 0xd800 && c < 0xdc00 && at + 1 < text.length ? 2 : 1;
  }
  if (idx > cpIndex(text, text.length)) at = text.length + (idx - cpIndex(text, text.length));
  const hooks = truthy(heap, arg(heap, a, 3)) ? taggedHooks(heap) : heapHooks(heap);
  const [box, end] = moduleErrors(() => scanOnce(text, at, hooks, { strict: truthy(heap, arg(heap, a, 2)) }));
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, box.v);
  tupleInit(heap, t, 1, intFromBigInt(heap, BigInt(cpIndex(text, end))));
  return t;
});

function loadsText(heap: Heap, s: Value): string {
    const t = tid(heap, s);
    let text: string;
    if (t === TypeId.STR) {
      text = strToJs(heap, s);
      // CPython refuses a str that starts with a BOM (bytes input has it stripped instead).
      if (text.startsWith('\ufeff')) throw errorFor(heap, 'Unexpected UTF-8 BOM (decode using utf-8-sig)', text, 0);
    } else if (t === TypeId.BYTES) {
      // Only UTF-8 is detected here; CPython also detects UTF-16/32 by the NUL bytes.
      text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytesToArray(heap, s));
    } else {
      throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeNameOf(heap, s)}`);
    }
    return text;
}

/** The core's module errors as Python exceptions (JSONDecodeError is ValueError here). */
function moduleErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModuleError) raiseAny(e.qualName === 'json.JSONDecodeError' ? 'ValueError' : e.qualName, e.message);
    throw e;
  }
}

function errorFor(heap: Heap, msg: string, doc: string, pos: number): PyError {
  void heap;
  void doc;
  return new PyError('ValueError', `${msg}: line 1 column ${pos + 1} (char ${pos})`);
}

defineModule('_pyx_json', (heap, dict) => {
  setAttr(heap, dict, 'dumps', nativeValue(heap, dumpsEntry));
  setAttr(heap, dict, 'loads', nativeValue(heap, loadsEntry));
  setAttr(heap, dict, 'scan', nativeValue(heap, scanEntry));
  setAttr(heap, dict, 'JSONDecodeError', exceptionClass(heap, 'ValueError'));
});
