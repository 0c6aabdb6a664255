// The methods of bytes and bytearray (Objects/bytes_methods.c, bytesobject.c,
// bytearrayobject.c): every str method bytes has, hex/fromhex, decode with error handlers,
// and bytearray's mutators. A byte string runs through the str algorithms as a latin-1 JS
// string (one code point per byte); the rules that differ for bytes are here: ASCII-only case
// mapping and classes, ASCII whitespace for split()/strip(), and only \n and \r as line breaks.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, fromBool, fromInt32, isNull, isNone } from '../value.js';
import { strFromJs, strToJs, bytesFromArray } from '../str.js';
import { newList, listAppend, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { PyError, typeError } from '../errors.js';
import * as S from '../semantics/str-methods.js';
import { decode } from '../semantics/decode.js';
import { encode } from '../semantics/encode.js';
import { bytesHex, bytesFromHex } from '../semantics/decode.js';
import { defineMethod, defineConstructor, arg, self } from './registry.js';
import { defineClassFunction } from './type-attrs.js';
import { extKey } from './ext-types.js';
import { tid, typeNameOf, tupleItem, truthy } from './protocol.js';
import { indexBig } from './range-slice.js';
import { getIter, iterNext } from './containers.js';
import {
  BYTEARRAY, bytesLikeData, isByteArray, newByteArray, byteArraySet, byteArrayAppend, byteValue,
  sameKindBytes, iterableBytes, latin1, fromLatin1,
} from './bytes-like.js';

const KEYS = [TypeId.BYTES, extKey(BYTEARRAY)] as const;
const NAMES = ['bytes', 'bytearray'] as const;

/** Declares a method on bytes and bytearray alike. */
function both(name: string, signature: string, fn: (heap: Heap, a: number) => Value): void {
  KEYS.forEach((key, i) => defineMethod(key, NAMES[i], name, signature, fn));
}

const data = (heap: Heap, a: number): Uint8Array => bytesLikeData(heap, self(heap, a))!;
const text = (heap: Heap, a: number): string => latin1(data(heap, a));
const result = (heap: Heap, a: number, s: string): Value => sameKindBytes(heap, self(heap, a), fromLatin1(s));

/** A bytes-like argument as latin-1 text, with the caller's TypeError text for anything else. */
function bytesArg(heap: Heap, v: Value, message: (type: string) => string): string {
  const d = bytesLikeData(heap, v);
  if (d === null) throw typeError(message(typeNameOf(heap, v)));
  return latin1(d);
}
const requireBytes = (t: string) => `a bytes-like object is required, not '${t}'`;

/** find/count/index's `sub`: bytes-like or an int 0..255. */
function subArg(heap: Heap, v: Value): string {
  const d = bytesLikeData(heap, v);
  if (d !== null) return latin1(d);
  if (indexBig(heap, v) === null) throw typeError(`argument should be integer or bytes-like object, not '${typeNameOf(heap, v)}'`);
  return String.fromCharCode(byteValue(heap, v));
}

function optIndex(heap: Heap, v: Value): number | null {
  if (isNull(v) || isNone(v)) return null;
  const n = indexBig(heap, v);
  if (n === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  return n > 2n ** 53n ? 2 ** 53 : n < -(2n ** 53n) ? -(2 ** 53) : Number(n);
}

function intArg(heap: Heap, v: Value, dflt: number): number {
  if (isNull(v)) return dflt;
  const n = indexBig(heap, v);
  if (n === null) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  return n > 2n ** 53n ? 2 ** 53 : n < -(2n ** 53n) ? -(2 ** 53) : Number(n);
}

function listOf(heap: Heap, a: number, parts: string[]): Value {
  const out = newList(heap);
  const top = pushHandle(heap, out);
  try {
    for (const p of parts) listAppend(heap, handleGet(heap, top), result(heap, a, p));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

function tupleOf(heap: Heap, a: number, parts: string[]): Value {
  const out = newTuple(heap, parts.length);
  const top = pushHandle(heap, out);
  try {
    parts.forEach((p, i) => tupleInit(heap, handleGet(heap, top), i, result(heap, a, p)));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

// --- ASCII character classes (Python/pyctype.c) ---
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isDigit = (c: number) => c >= 48 && c <= 57;
const lower = (c: number) => (isUpper(c) ? c + 32 : c);
const upper = (c: number) => (isLower(c) ? c - 32 : c);
const ASCII_WS = ' \t\n\v\f\r';

const mapBytes = (d: Uint8Array, f: (c: number, i: number) => number) => Uint8Array.from(d, f);

both('upper', '', (heap, a) => sameKindBytes(heap, self(heap, a), mapBytes(data(heap, a), upper)));
both('lower', '', (heap, a) => sameKindBytes(heap, self(heap, a), mapBytes(data(heap, a), lower)));
both('swapcase', '', (heap, a) => sameKindBytes(heap, self(heap, a), mapBytes(data(heap, a), (c) => (isUpper(c) ? lower(c) : upper(c)))));
both('capitalize', '', (heap, a) => sameKindBytes(heap, self(heap, a), mapBytes(data(heap, a), (c, i) => (i === 0 ? upper(c) : lower(c)))));
both('title', '', (heap, a) => {
  let prevCased = false;
  return sameKindBytes(heap, self(heap, a), mapBytes(data(heap, a), (c) => {
    const out = prevCased ? lower(c) : upper(c);
    prevCased = isAlpha(c);
    return out;
  }));
});
const predicate = (name: string, each: (c: number) => boolean) => both(name, '', (heap, a) => {
  const d = data(heap, a);
  return fromBool(d.length > 0 && d.every(each));
});
predicate('isalpha', isAlpha);
predicate('isdigit', isDigit);
predicate('isalnum', (c) => isAlpha(c) || isDigit(c));
predicate('isspace', isSpace);
both('isascii', '', (heap, a) => fromBool(data(heap, a).every((c) => c < 128)));
both('islower', '', (heap, a) => { const d = data(heap, a); return fromBool(d.some(isLower) && !d.some(isUpper)); });
both('isupper', '', (heap, a) => { const d = data(heap, a); return fromBool(d.some(isUpper) && !d.some(isLower)); });
both('istitle', '', (heap, a) => {
  let cased = false, prevCased = false;
  for (const c of data(heap, a)) {
    if (isUpper(c)) { if (prevCased) return fromBool(false); prevCased = cased = true; }
    else if (isLower(c)) { if (!prevCased) return fromBool(false); prevCased = cased = true; }
    else prevCased = false;
  }
  return fromBool(cased);
});

// --- searching ---
for (const name of ['find', 'rfind', 'index', 'rindex', 'count'] as const) {
  both(name, 'sub, start=, end=, /', (heap, a) => {
    const s = text(heap, a), sub = subArg(heap, arg(heap, a, 0));
    const start = optIndex(heap, arg(heap, a, 1)), end = optIndex(heap, arg(heap, a, 2));
    if (name === 'count') return fromInt32(S.count(s, sub, start, end));
    const i = name === 'find' || name === 'index' ? S.find(s, sub, start, end) : S.rfind(s, sub, start, end);
    if (i < 0 && (name === 'index' || name === 'rindex')) throw new PyError('ValueError', 'subsection not found');
    return fromInt32(i);
  });
}
for (const name of ['startswith', 'endswith'] as const) {
  both(name, 'prefix, start=, end=, /', (heap, a) => {
    const p = arg(heap, a, 0);
    const message = (t: string) => `${name} first arg must be bytes or a tuple of bytes, not ${t}`;
    let pats: string | string[];
    if (tid(heap, p) === TypeId.TUPLE) {
      pats = [];
      for (let i = 0; i < tupleLength(heap, p); i++) pats.push(bytesArg(heap, tupleItem(heap, p, i), message));
    } else pats = bytesArg(heap, p, message);
    const start = optIndex(heap, arg(heap, a, 1)), end = optIndex(heap, arg(heap, a, 2));
    return fromBool(name === 'startswith' ? S.startswith(text(heap, a), pats, start, end) : S.endswith(text(heap, a), pats, start, end));
  });
}

// --- splitting and joining ---
/** split()/rsplit() without a separator: runs of ASCII whitespace. */
function splitWhitespace(s: string, maxsplit: number, fromRight: boolean): string[] {
  const parts: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (true) {
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) break;
      if (maxsplit >= 0 && parts.length === maxsplit) { parts.push(s.slice(i)); break; }
      let j = i;
      while (j < s.length && !isSpace(s.charCodeAt(j))) j++;
      parts.push(s.slice(i, j));
      i = j;
    }
    return parts;
  }
  let j = s.length;
  while (true) {
    while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && parts.length === maxsplit) { parts.push(s.slice(0, j)); break; }
    let i = j;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    parts.push(s.slice(i, j));
    j = i;
  }
  return parts.reverse();
}
const stripLeft = (s: string, chars = ASCII_WS) => { let i = 0; while (i < s.length && chars.includes(s[i])) i++; return s.slice(i); };
const stripRight = (s: string, chars = ASCII_WS) => { let j = s.length; while (j > 0 && chars.includes(s[j - 1])) j--; return s.slice(0, j); };

for (const name of ['split', 'rsplit'] as const) {
  both(name, 'sep=, maxsplit=', (heap, a) => {
    const sepV = arg(heap, a, 0);
    const maxsplit = intArg(heap, arg(heap, a, 1), -1);
    const s = text(heap, a);
    if (isNull(sepV) || isNone(sepV)) return listOf(heap, a, splitWhitespace(s, maxsplit, name === 'rsplit'));
    const sep = bytesArg(heap, sepV, requireBytes);
    if (sep === '') throw new PyError('ValueError', 'empty separator');
    return listOf(heap, a, name === 'split' ? S.split(s, sep, maxsplit) : S.rsplit(s, sep, maxsplit));
  });
}
both('splitlines', 'keepends=', (heap, a) => {
  const s = text(heap, a), keep = !isNull(arg(heap, a, 0)) && truthy(heap, arg(heap, a, 0));
  const parts: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
    let eol = j;
    if (j < s.length) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    parts.push(s.slice(i, keep ? eol : j));
    i = eol;
  }
  return listOf(heap, a, parts);
});
for (const name of ['partition', 'rpartition'] as const) {
  both(name, 'sep, /', (heap, a) => {
    const sep = bytesArg(heap, arg(heap, a, 0), requireBytes);
    if (sep === '') throw new PyError('ValueError', 'empty separator');
    return tupleOf(heap, a, name === 'partition' ? S.partition(text(heap, a), sep) : S.rpartition(text(heap, a), sep));
  });
}
both('join', 'iterable_of_bytes, /', (heap, a) => {
  const parts: string[] = [];
  const top = pushHandle(heap, getIter(heap, arg(heap, a, 0), () => 'can only join an iterable'));
  try {
    for (let x = iterNext(heap, handleGet(heap, top)); !isNull(x); x = iterNext(heap, handleGet(heap, top))) {
      const d = bytesLikeData(heap, x);
      if (d === null) throw typeError(`sequence item ${parts.length}: expected a bytes-like object, ${typeNameOf(heap, x)} found`);
      parts.push(latin1(d));
    }
  } finally { popHandles(heap, top); }
  return result(heap, a, parts.join(text(heap, a)));
});

// --- stripping, padding, replacing ---
for (const name of ['strip', 'lstrip', 'rstrip'] as const) {
  both(name, 'bytes=, /', (heap, a) => {
    const v = arg(heap, a, 0);
    const chars = isNull(v) || isNone(v) ? ASCII_WS : bytesArg(heap, v, requireBytes);
    const s = text(heap, a);
    const out = name === 'lstrip' ? stripLeft(s, chars) : name === 'rstrip' ? stripRight(s, chars) : stripLeft(stripRight(s, chars), chars);
    return result(heap, a, out);
  });
}
for (const name of ['center', 'ljust', 'rjust'] as const) {
  both(name, 'width, fillchar=, /', (heap, a) => {
    const width = intArg(heap, arg(heap, a, 0), 0);
    const f = arg(heap, a, 1);
    let fill = ' ';
    if (!isNull(f)) {
      const d = bytesLikeData(heap, f);
      if (d === null || d.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${d === null ? typeNameOf(heap, f) : typeNameOf(heap, f)}`);
      fill = latin1(d);
    }
    const s = text(heap, a);
    return result(heap, a, name === 'center' ? S.center(s, width, fill) : name === 'ljust' ? S.ljust(s, width, fill) : S.rjust(s, width, fill));
  });
}
both('zfill', 'width, /', (heap, a) => result(heap, a, S.zfill(text(heap, a), intArg(heap, arg(heap, a, 0), 0))));
both('expandtabs', 'tabsize=', (heap, a) => result(heap, a, S.expandtabs(text(heap, a), intArg(heap, arg(heap, a, 0), 8))));
both('replace', 'old, new, count=, /', (heap, a) => {
  const old = bytesArg(heap, arg(heap, a, 0), requireBytes), repl = bytesArg(heap, arg(heap, a, 1), requireBytes);
  return result(heap, a, S.replace(text(heap, a), old, repl, intArg(heap, arg(heap, a, 2), -1)));
});
both('removeprefix', 'prefix, /', (heap, a) => result(heap, a, S.removeprefix(text(heap, a), bytesArg(heap, arg(heap, a, 0), requireBytes))));
both('removesuffix', 'suffix, /', (heap, a) => result(heap, a, S.removesuffix(text(heap, a), bytesArg(heap, arg(heap, a, 0), requireBytes))));
both('translate', 'table, /, delete=', (heap, a) => {
  const t = arg(heap, a, 0), del = arg(heap, a, 1);
  let table: Uint8Array | null = null;
  if (!isNone(t)) {
    table = bytesLikeData(heap, t);
    if (table === null) throw typeError(requireBytes(typeNameOf(heap, t)));
    if (table.length !== 256) throw new PyError('ValueError', 'translation table must be 256 characters long');
  }
  const drop = isNull(del) ? '' : bytesArg(heap, del, requireBytes);
  const out: number[] = [];
  for (const c of data(heap, a)) if (!drop.includes(String.fromCharCode(c))) out.push(table === null ? c : table[c]);
  return sameKindBytes(heap, self(heap, a), out);
});

// --- conversions ---
both('decode', 'encoding=, errors=', (heap, a) => {
  const enc = arg(heap, a, 0), err = arg(heap, a, 1);
  const encoding = isNull(enc) ? 'utf-8' : strArg(heap, enc, 'decode', 1);
  const errors = isNull(err) ? 'strict' : strArg(heap, err, 'decode', 2);
  return strFromJs(heap, decode(data(heap, a), encoding, errors));
});
function strArg(heap: Heap, v: Value, fn: string, n: number): string {
  if (tid(heap, v) !== TypeId.STR) throw typeError(`${fn}() argument ${n} must be str, not ${typeNameOf(heap, v)}`);
  return strToJs(heap, v);
}
/** bytes.hex(sep=, bytes_per_sep=) of `bytes` (also memoryview.hex): the arguments are handles a and a+1. */
export function hexWithSeparator(heap: Heap, bytes: Uint8Array, a: number): Value {
  const sepV = arg(heap, a, 0);
  let sep = '';
  if (!isNull(sepV)) {
    const d = bytesLikeData(heap, sepV);
    sep = d !== null ? latin1(d) : strArg(heap, sepV, 'hex', 1);
    if ([...sep].length !== 1) throw new PyError('ValueError', 'sep must be length 1.');
  }
  return strFromJs(heap, bytesHex(bytes, sep, intArg(heap, arg(heap, a, 1), 1)));
}
both('hex', 'sep=, bytes_per_sep=', (heap, a) => hexWithSeparator(heap, data(heap, a), a));
for (const [id, name] of [[TypeId.BYTES, 'bytes'], [TypeId.BYTEARRAY, 'bytearray']] as const) {
  defineClassFunction(id, name, 'fromhex', 'string, /', (heap, a) => {
    const s = arg(heap, a, 0);
    if (tid(heap, s) !== TypeId.STR) throw typeError(`fromhex() argument must be str, not ${typeNameOf(heap, s)}`);
    const d = bytesFromHex(strToJs(heap, s));
    return id === TypeId.BYTES ? bytesFromArray(heap, d) : newByteArray(heap, d);
  });
  defineClassFunction(id, name, 'maketrans', 'frm, to, /', (heap, a) => {
    const f = bytesArg(heap, arg(heap, a, 0), requireBytes), t = bytesArg(heap, arg(heap, a, 1), requireBytes);
    if (f.length !== t.length) throw new PyError('ValueError', 'maketrans arguments must have same length');
    const table = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let i = 0; i < f.length; i++) table[f.charCodeAt(i)] = t.charCodeAt(i);
    return bytesFromArray(heap, table);
  });
}

// --- bytearray's mutators ---
const BA = extKey(BYTEARRAY);
defineMethod(BA, 'bytearray', 'append', 'item, /', (heap, a) => { byteArrayAppend(heap, self(heap, a), byteValue(heap, arg(heap, a, 0))); return NONE; });
defineMethod(BA, 'bytearray', 'extend', 'iterable_of_ints, /', (heap, a) => {
  const src = arg(heap, a, 0);
  const more = bytesLikeData(heap, src) ?? (tid(heap, src) === TypeId.STR ? (() => { throw typeError('expected iterable of integers; got: \'str\''); })() : iterableBytes(heap, src, `can't extend bytearray with ${typeNameOf(heap, src)}`));
  const d = data(heap, a);
  const out = new Uint8Array(d.length + more.length);
  out.set(d); out.set(more, d.length);
  byteArraySet(heap, self(heap, a), out);
  return NONE;
});
defineMethod(BA, 'bytearray', 'insert', 'index, item, /', (heap, a) => {
  const d = data(heap, a);
  let i = intArg(heap, arg(heap, a, 0), 0);
  const b = byteValue(heap, arg(heap, a, 1));
  if (i < 0) i = Math.max(0, i + d.length);
  i = Math.min(i, d.length);
  const out = new Uint8Array(d.length + 1);
  out.set(d.subarray(0, i)); out[i] = b; out.set(d.subarray(i), i + 1);
  byteArraySet(heap, self(heap, a), out);
  return NONE;
});
defineMethod(BA, 'bytearray', 'pop', 'index=, /', (heap, a) => {
  const d = data(heap, a);
  if (d.length === 0) throw new PyError('IndexError', 'pop from empty bytearray');
  let i = intArg(heap, arg(heap, a, 0), -1);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) throw new PyError('IndexError', 'pop index out of range');
  const v = d[i];
  byteArraySet(heap, self(heap, a), Uint8Array.from([...d.subarray(0, i), ...d.subarray(i + 1)]));
  return fromInt32(v);
});
defineMethod(BA, 'bytearray', 'remove', 'value, /', (heap, a) => {
  const d = data(heap, a), b = byteValue(heap, arg(heap, a, 0));
  const i = d.indexOf(b);
  if (i < 0) throw new PyError('ValueError', 'value not found in bytearray');
  byteArraySet(heap, self(heap, a), Uint8Array.from([...d.subarray(0, i), ...d.subarray(i + 1)]));
  return NONE;
});
defineMethod(BA, 'bytearray', 'reverse', '', (heap, a) => { byteArraySet(heap, self(heap, a), data(heap, a).reverse()); return NONE; });
defineMethod(BA, 'bytearray', 'clear', '', (heap, a) => { byteArraySet(heap, self(heap, a), new Uint8Array(0)); return NONE; });
defineMethod(BA, 'bytearray', 'copy', '', (heap, a) => newByteArray(heap, data(heap, a)));

// --- constructors ---
/** bytes(x)/bytearray(x): an int count of zeros, a str with an encoding, bytes-like, or ints. */
function sourceBytes(heap: Heap, src: Value, enc: Value, err: Value, what: string): Uint8Array {
  if (isNull(src)) {
    if (!isNull(enc) || !isNull(err)) throw typeError(!isNull(enc) ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (tid(heap, src) === TypeId.STR) {
    if (isNull(enc)) throw typeError('string argument without an encoding');
    return encode(strToJs(heap, src), strArg(heap, enc, what, 2), isNull(err) ? 'strict' : strArg(heap, err, what, 3));
  }
  if (!isNull(enc)) throw typeError('encoding without a string argument');
  if (!isNull(err)) throw typeError('errors without a string argument');
  const d = bytesLikeData(heap, src);
  if (d !== null) return d;
  // An int, or an object with __index__ (bytes(Ix(2))), is a count of zero bytes.
  const n = indexBig(heap, src);
  if (n !== null) {
    if (n < 0n) throw new PyError('ValueError', 'negative count');
    if (n > 2n ** 31n) throw new PyError('MemoryError', '');
    return new Uint8Array(Number(n));
  }
  // bytes(...) says "bytes must be in range(0, 256)" where bytearray(...) says "byte must …".
  return iterableBytes(heap, src, `cannot convert '${typeNameOf(heap, src)}' object to ${what}`, what === 'bytes' ? 'bytes' : 'byte');
}
defineConstructor(TypeId.BYTES, 'bytes', 'source=, encoding=, errors=', (heap, a) => {
  const src = arg(heap, a, 0);
  if (tid(heap, src) === TypeId.BYTES && isNull(arg(heap, a, 1))) return src;
  return bytesFromArray(heap, sourceBytes(heap, src, arg(heap, a, 1), arg(heap, a, 2), 'bytes'));
});
defineConstructor(TypeId.BYTEARRAY, 'bytearray', 'source=, encoding=, errors=', (heap, a) =>
  newByteArray(heap, sourceBytes(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2), 'bytearray')));

export { isByteArray, NULL };
