// Methods of str (registered on import by runtime/builtins/methods.ts). The common cases of
// string-heavy loops run on the heap's code points (runtime/str-heap.ts); the rest decode the
// receiver to a JS string and use runtime/semantics' exact versions (str-methods.ts, str-case.ts).

import { builtinValue } from './class-hooks.js';
import { withKeyArg } from '../exceptions.js';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { NONE, NULL, TRUE, FALSE, type Value, fromBool, fromInt32, isNull, hiOf, loOf } from '../value.js';
import { intFromNumber, intToBigInt } from '../int.js';
import { internStr, strFromJs, strToJs, strLength, strCodePointAt, bytesFromArray } from '../str.js';
import { newList, listAppend, listGet, listLength, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { dictGet } from '../dict.js';
import { strSplitOn, strJoin, strReplace, strLatin1Case, strFind, strCount, strTailMatch, strStrip, strSplitSpace, strPad, strAsciiBytes, strAllIn } from '../str-heap.js';
import { pushHandle } from '../gc.js';
import { PyError, typeError } from '../errors.js';
import * as S from '../semantics/str-methods.js';
import * as C from '../semantics/str-case.js';
import { encode } from '../semantics/encode.js';
import { strFormat, type FormatHooks } from '../semantics/str-format.js';
import { defineMethod, arg, self } from './registry.js';
import { raise } from './exceptions.js';
import { tid, tupleItem, typeNameOf, truthy } from './protocol.js';
import { reprValue, strValue } from './repr.js';
import { extendFromIterable, getItem, getIter } from './containers.js';
import { formatValue, loadAttr } from './objects.js';
import { asciiEscape } from '../semantics/codepoints.js';
import { formatFloat, formatInt, formatStr } from '../semantics/format-spec.js';
import { intArg, optInt } from './methods.js';

const STR = TypeId.STR, T = TypeId.TUPLE;

const js = (heap: Heap, a: number) => strToJs(heap, self(heap, a));
const isNone = (v: Value): boolean => v !== v && hiOf(v) === hiOf(NONE);
const strOrNone = (heap: Heap, v: Value): string | null => (isNull(v) || (v !== v && hiOf(v) === hiOf(NONE)) ? null : strArg(heap, v));
/** split/rsplit's sep: CPython words its type error 'must be str or None'. */
function sepArg(heap: Heap, v: Value): string | null {
  if (isNull(v) || (v !== v && hiOf(v) === hiOf(NONE))) return null;
  if (tid(heap, builtinValue(heap, v)) !== STR) throw typeError(`must be str or None, not ${typeNameOf(heap, v)}`);
  return strArg(heap, v);
}
/** Argument `n` of method `name`, which must be a str (CPython's argument-clinic wording). */
function strArgN(heap: Heap, v: Value, name: string, n: number): string {
  if (tid(heap, builtinValue(heap, v)) !== STR) throw typeError(`${name}() argument ${n} must be str, not ${typeNameOf(heap, v)}`);
  return strArg(heap, v);
}
function strArg(heap: Heap, v: Value): string {
  v = builtinValue(heap, v); // a str subclass is a str
  if (tid(heap, v) !== STR) throw typeError(`must be str, not ${typeNameOf(heap, v)}`);
  return strToJs(heap, v);
}
const strList = (heap: Heap, parts: string[]): Value => { const l = newList(heap, parts.length); for (const p of parts) listAppend(heap, l, strFromJs(heap, p)); return l; };
defineMethod(STR, 'str', 'split', 'sep=, maxsplit=', (heap, a) => {
  const sep = arg(heap, a, 0), maxsplit = intArg(heap, arg(heap, a, 1), -1);
  // A given str separator: split on the heap (str-heap.ts), else the general version.
  const fast = tid(heap, sep) === STR ? strSplitOn(heap, self(heap, a), sep, maxsplit)
    : maxsplit < 0 && (isNull(sep) || isNone(sep)) ? strSplitSpace(heap, builtinValue(heap, self(heap, a))) : undefined;
  return fast ?? strList(heap, S.split(js(heap, a), sepArg(heap, sep), maxsplit));
});
defineMethod(STR, 'str', 'rsplit', 'sep=, maxsplit=', (heap, a) => strList(heap, S.rsplit(js(heap, a), sepArg(heap, arg(heap, a, 0)), intArg(heap, arg(heap, a, 1), -1))));
defineMethod(STR, 'str', 'splitlines', 'keepends=', (heap, a) => strList(heap, S.splitlines(js(heap, a), !isNull(arg(heap, a, 0)) && truthy(heap, arg(heap, a, 0)))));
defineMethod(STR, 'str', 'join', 'iterable, /', (heap, a) => {
  const src = arg(heap, a, 0);
  const t = tid(heap, src);
  // A list or tuple is read in place (PySequence_Fast does the same): nothing below runs Python
  // code, so it cannot change meanwhile. Any other iterable is first collected into a list.
  let items = src;
  if (t !== TypeId.LIST && t !== TypeId.TUPLE) {
    // PySequence_Fast's message for a non-iterable.
    items = newList(heap); pushHandle(heap, items);
    extendFromIterable(heap, items, getIter(heap, src, () => 'can only join an iterable'));
  }
  const tuple = t === TypeId.TUPLE, n = tuple ? tupleLength(heap, items) : listLength(heap, items);
  const parts = new Array<number>(n); // str addresses (strJoin says why not Values)
  for (let i = 0; i < n; i++) {
    const x = builtinValue(heap, tuple ? tupleItem(heap, items, i) : listGet(heap, items, i));
    if (tid(heap, x) !== STR) throw typeError(`sequence item ${i}: expected str instance, ${typeNameOf(heap, x)} found`);
    parts[i] = loOf(x) >>> 0;
  }
  // Joined on the heap (str-heap.ts): the parts are held by `items` (the argument, or the list
  // that the handle roots).
  return strJoin(heap, self(heap, a), parts);
});
// Latin-1 receivers are stripped on the heap (str-heap.ts), wider ones by the general version.
for (const name of ['strip', 'lstrip', 'rstrip'] as const) {
  const which = name === 'strip' ? 0 : name === 'lstrip' ? 1 : 2;
  defineMethod(STR, 'str', name, 'chars=, /', (heap, a) => {
    const c = arg(heap, a, 0), chars = isNull(c) || isNone(c) ? null : builtinValue(heap, c);
    if (chars !== null && tid(heap, chars) !== STR) raise('TypeError', `${name} arg must be None or str`);
    return strStrip(heap, builtinValue(heap, self(heap, a)), chars, which) ?? strFromJs(heap, S[name](js(heap, a), chars === null ? null : strToJs(heap, chars)));
  });
}
// The searches run on the heap's code points (str-heap.ts): no decoding of the receiver.
/** _PyArg_BadArgument's name for a wrong argument: its type's, but None for None. */
const badArgName = (heap: Heap, v: Value): string => (v !== v && hiOf(v) === hiOf(NONE) ? 'None' : typeNameOf(heap, v));
for (const name of ['find', 'rfind', 'index', 'rindex', 'count'] as const) {
  const last = name === 'rfind' || name === 'rindex', raises = name === 'index' || name === 'rindex';
  defineMethod(STR, 'str', name, 'sub, start=, end=, /', (heap, a) => {
    const sub = builtinValue(heap, arg(heap, a, 0));
    if (tid(heap, sub) !== STR) throw typeError(`${name}() argument 1 must be str, not ${badArgName(heap, arg(heap, a, 0))}`);
    const s = builtinValue(heap, self(heap, a)), start = optInt(heap, arg(heap, a, 1)), end = optInt(heap, arg(heap, a, 2));
    if (name === 'count') return intFromNumber(heap, strCount(heap, s, sub, start, end));
    const i = strFind(heap, s, sub, start, end, last);
    if (i < 0 && raises) raise('ValueError', 'substring not found');
    return intFromNumber(heap, i);
  });
}
defineMethod(STR, 'str', 'replace', 'old, new, /, count=', (heap, a) => {
  const old = arg(heap, a, 0), by = arg(heap, a, 1), count = intArg(heap, arg(heap, a, 2), -1);
  const fast = tid(heap, old) === STR && tid(heap, by) === STR ? strReplace(heap, self(heap, a), old, by, count) : undefined;
  return fast ?? strFromJs(heap, S.replace(js(heap, a), strArgN(heap, old, 'replace', 1), strArgN(heap, by, 'replace', 2), count));
});
// As CPython's unicode_startswith: start/end converted first, a tuple's items tried in order
// (an item that is not a str raises only when reached).
for (const name of ['startswith', 'endswith'] as const) {
  const suffix = name === 'endswith';
  defineMethod(STR, 'str', name, 'prefix, start=, end=, /', (heap, a) => {
    const s = builtinValue(heap, self(heap, a)), start = optInt(heap, arg(heap, a, 1)), end = optInt(heap, arg(heap, a, 2));
    const p = builtinValue(heap, arg(heap, a, 0));
    if (tid(heap, p) === STR) return fromBool(strTailMatch(heap, s, p, start, end, suffix));
    if (tid(heap, p) !== T) raise('TypeError', `${name} first arg must be str or a tuple of str, not ${typeNameOf(heap, arg(heap, a, 0))}`);
    for (let i = 0; i < tupleLength(heap, p); i++) {
      const item = builtinValue(heap, tupleItem(heap, p, i));
      if (tid(heap, item) !== STR) raise('TypeError', `tuple for ${name} must only contain str, not ${typeNameOf(heap, tupleItem(heap, p, i))}`);
      if (strTailMatch(heap, s, item, start, end, suffix)) return TRUE;
    }
    return FALSE;
  });
}
for (const name of ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold'] as const) {
  const latin1 = name === 'upper' || name === 'lower'; // Latin-1 text is mapped on the heap (str-heap.ts)
  defineMethod(STR, 'str', name, '', (heap, a) => (latin1 ? strLatin1Case(heap, self(heap, a), name === 'upper') : undefined) ?? strFromJs(heap, C[name](js(heap, a))));
}
for (const name of ['islower', 'isupper', 'istitle', 'isidentifier'] as const) defineMethod(STR, 'str', name, '', (heap, a) => fromBool(C[name](js(heap, a))));
const C2 = C as unknown as Record<string, (s: string) => boolean>;
// Per-code-point predicates: Latin-1 strs are answered on the heap from a 256-entry table made
// from the semantics' predicate itself (so the two cannot disagree), wider ones by it directly.
for (const name of ['isdigit', 'isalpha', 'isalnum', 'isspace', 'isdecimal', 'isnumeric', 'isascii', 'isprintable']) {
  const fn = C2[name];
  if (typeof fn !== 'function') continue;
  const table = Uint8Array.from({ length: 256 }, (_, c) => (fn(String.fromCharCode(c)) ? 1 : 0)), empty = fn('');
  defineMethod(STR, 'str', name, '', (heap, a) => fromBool(strAllIn(heap, builtinValue(heap, self(heap, a)), table, empty) ?? fn(js(heap, a))));
}
// Padding of Latin-1 text with a Latin-1 fill runs on the heap (str-heap.ts strPad); as CPython,
// the width is converted before the fill character is checked, and an unchanged str is returned
// itself. Widths past PAD_LIMIT take the general version (its MemoryError).
const PAD_LIMIT = 1 << 24;
for (const name of ['center', 'ljust', 'rjust'] as const) {
  defineMethod(STR, 'str', name, 'width, fillchar=, /', (heap, a) => {
    const width = intArg(heap, arg(heap, a, 0), 0), f = arg(heap, a, 1);
    let fill = 0x20;
    if (!isNull(f)) {
      const fv = builtinValue(heap, f);
      if (tid(heap, fv) !== STR) raise('TypeError', `The fill character must be a unicode character, not ${typeNameOf(heap, f)}`);
      if (strLength(heap, fv) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
      fill = strCodePointAt(heap, fv, 0);
    }
    const s = builtinValue(heap, self(heap, a)), marg = width - strLength(heap, s);
    if (marg <= 0) return s;
    const left = name === 'ljust' ? 0 : name === 'rjust' ? marg : (marg >> 1) + (marg & width & 1);
    const fast = width <= PAD_LIMIT ? strPad(heap, s, left, marg - left, fill) : undefined;
    return fast ?? strFromJs(heap, S[name](strToJs(heap, s), width, String.fromCodePoint(fill)));
  });
}
defineMethod(STR, 'str', 'zfill', 'width, /', (heap, a) => {
  const width = intArg(heap, arg(heap, a, 0), 0), s = builtinValue(heap, self(heap, a)), n = width - strLength(heap, s);
  if (n <= 0) return s;
  return (width <= PAD_LIMIT ? strPad(heap, s, n, 0, 0x30, true) : undefined) ?? strFromJs(heap, S.zfill(strToJs(heap, s), width));
});
defineMethod(STR, 'str', 'expandtabs', 'tabsize=', (heap, a) => strFromJs(heap, S.expandtabs(js(heap, a), intArg(heap, arg(heap, a, 0), 8))));
for (const name of ['partition', 'rpartition'] as const) {
  defineMethod(STR, 'str', name, 'sep, /', (heap, a) => {
    const parts = S[name](js(heap, a), strArg(heap, arg(heap, a, 0)));
    const t = newTuple(heap, 3);
    for (let i = 0; i < 3; i++) tupleInit(heap, t, i, strFromJs(heap, parts[i]));
    return t;
  });
}
defineMethod(STR, 'str', 'removeprefix', 'prefix, /', (heap, a) => strFromJs(heap, S.removeprefix(js(heap, a), strArg(heap, arg(heap, a, 0)))));
defineMethod(STR, 'str', 'removesuffix', 'suffix, /', (heap, a) => strFromJs(heap, S.removesuffix(js(heap, a), strArg(heap, arg(heap, a, 0)))));
// ASCII text under the default (or an ASCII-compatible spelled-out) codec is copied on the heap.
const ASCII_COMPATIBLE = new Set(['utf-8', 'utf8', 'UTF-8', 'ascii', 'latin-1', 'latin1']);
defineMethod(STR, 'str', 'encode', 'encoding=, errors=', (heap, a) => {
  const encoding = strOrNone(heap, arg(heap, a, 0)) ?? 'utf-8', errors = strOrNone(heap, arg(heap, a, 1)) ?? 'strict';
  return (ASCII_COMPATIBLE.has(encoding) ? strAsciiBytes(heap, builtinValue(heap, self(heap, a))) : undefined)
    ?? bytesFromArray(heap, encode(js(heap, a), encoding, errors));
});

interface Box { v: Value }
defineMethod(STR, 'str', 'format', '*args, **kwargs', (heap, a) => strFormatWith(heap, a, arg(heap, a, 0), arg(heap, a, 1), false));
// str.format_map(mapping): keywords looked up with mapping[key] (so dict subclasses' __missing__ and any mapping work).
defineMethod(STR, 'str', 'format_map', 'mapping, /', (heap, a) => strFormatWith(heap, a, NULL, arg(heap, a, 0), true));

/**
 * format(v, spec) as a JS string: exact strs, ints and floats straight from the semantics
 * (formatValue would make a heap str that str.format then decodes again), anything else
 * through formatValue (bools, complex, user classes' __format__).
 */
function formatToJs(heap: Heap, v: Value, spec: string): string {
  if (v === v) return formatFloat(v, spec);
  const t = tid(heap, v);
  if (t === TypeId.INT) return formatInt(intToBigInt(heap, v), spec);
  if (t === STR) return formatStr(strToJs(heap, v), spec);
  return strToJs(heap, formatValue(heap, v, spec));
}

function strFormatWith(heap: Heap, a: number, args: Value, kwargs: Value, mapping: boolean): Value {
  const hooks: FormatHooks<Box> = {
    positional: mapping ? null : isNull(args) ? [] : Array.from({ length: tupleLength(heap, args) }, (_, i) => ({ v: tupleItem(heap, args, i) })),
    keyword: (name) => {
      if (mapping) return { v: getItem(heap, kwargs, strFromJs(heap, name)) };
      const v = dictGet(heap, kwargs, strFromJs(heap, name));
      // KeyError(name): args is the key itself (interned, so it stays alive until caught).
      if (isNull(v)) { const key = internStr(heap, name); throw withKeyArg(new PyError('KeyError', reprValue(heap, key)), key); }
      return { v };
    },
    getattr: (b, name) => ({ v: loadAttr(heap, b.v, name) }),
    getitem: (b, key) => ({ v: getItem(heap, b.v, typeof key === 'number' ? fromInt32(key) : strFromJs(heap, key)) }),
    str: (b) => strValue(heap, b.v),
    repr: (b) => reprValue(heap, b.v),
    ascii: (b) => asciiEscape(reprValue(heap, b.v)),
    format: (b, spec) => formatToJs(heap, b.v, spec),
    formatStr: (s, spec) => formatStr(s, spec),
  };
  return strFromJs(heap, strFormat(js(heap, a), hooks));
}

