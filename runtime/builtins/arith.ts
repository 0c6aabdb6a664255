// Binary and unary operators of the builtin types (int, bool, float, str, bytes, list, tuple,
// set, dict), dispatched as CPython's number and sequence slots do, with its TypeErrors.
// Scalar results come from runtime/semantics (exact floor division, modulo, powers, ...).

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { HI_BOOL, HI_INT, NULL, isNull, type Value, fromInt32, fromFloat, unpack2, words, loOf, hiOf, TRUE, FALSE, fromBool } from '../value.js';
import { intFromBigInt, intFromNumber, intToBigInt, intToSafeNumber } from '../int.js';
import { limbBinary, limbNegate } from '../bigint-limbs.js';
import { strFromJs, strToJs, strConcat, bytesFromArray, bytesToArray, isStr } from '../str.js';
import { strRepeat } from '../str-heap.js';
import { newList, listAppend, listGet, listLength, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { newSet, setAdd, setContains, setNext, setEntryKey } from '../set.js';
import { newDict, dictSet, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { PyError, typeError } from '../errors.js';
import * as I from '../semantics/int.js';
import * as F from '../semantics/float.js';
import { percentFormat, type PercentArgs, type PercentHooks, type NumberView } from '../semantics/percent-format.js';
import { asciiEscape } from '../semantics/codepoints.js';
import { tid, tupleItem, typeNameOf, lengthOf } from './protocol.js';
import { reprValue, strValue } from './repr.js';
import { dictGetItem, getItem, typingHooks } from './containers.js';
import { complexBinary, complexOp, complexUnary, isComplex } from './complex.js';
import { classHooks, isUserObject, builtinValue } from './class-hooks.js';
import { setBinary } from './set-ops.js';
import { isSetLikeView, viewBinary } from './dict-views.js';
import { extTypeOf } from './ext-types.js';
import { updateDict } from './functions.js';
import { bytesLikeData, isByteArray, byteArraySet, sameKindBytes, latin1, fromLatin1 } from './bytes-like.js';

export type BinaryName = 'add' | 'sub' | 'mul' | 'matmul' | 'truediv' | 'floordiv' | 'mod' | 'pow'
  | 'lshift' | 'rshift' | 'and' | 'or' | 'xor';

/** 1 int-like (int/bool), 2 float, 0 other. */
function numKind(heap: Heap, v: Value): number {
  if (v === v) return 2;
  unpack2(v, v);
  const hi = words[1];
  if (hi === HI_INT || hi === HI_BOOL) return 1;
  const t = tid(heap, v);
  return t === TypeId.INT ? 1 : t === TypeId.FLOAT ? 2 : 0;
}

function toF(heap: Heap, v: Value, k: number): number {
  if (k === 2) return v;
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return loOf(v); // exact as a double
  const n = intToBigInt(heap, v);
  return I.intToFloat(n);
}

const big = (heap: Heap, n: bigint): Value => intFromBigInt(heap, n);

function intOp(heap: Heap, op: BinaryName, a: bigint, b: bigint): Value {
  switch (op) {
    case 'add': return big(heap, a + b);
    case 'sub': return big(heap, a - b);
    case 'mul': return big(heap, a * b);
    case 'truediv': return fromFloat(I.trueDiv(a, b));
    case 'floordiv': return big(heap, I.floorDiv(a, b));
    case 'mod': return big(heap, I.mod(a, b));
    case 'pow': { const r = I.intPow(a, b); return r.kind === 'int' ? big(heap, r.value) : fromFloat(r.value); }
    case 'lshift': return big(heap, I.lshift(a, b));
    case 'rshift': return big(heap, I.rshift(a, b));
    case 'and': return big(heap, a & b);
    case 'or': return big(heap, a | b);
    case 'xor': return big(heap, a ^ b);
    default: return NOT_IMPLEMENTED;
  }
}

function floatOp(heap: Heap, op: BinaryName, x: number, y: number): Value {
  switch (op) {
    case 'add': return x + y;
    case 'sub': return x - y;
    case 'mul': return x * y;
    case 'truediv': return fromFloat(F.floatTrueDiv(x, y));
    case 'floordiv': return fromFloat(F.floatFloorDiv(x, y));
    case 'mod': return fromFloat(F.floatMod(x, y));
    case 'pow': {
      const r = F.floatPow(x, y);
      // A negative base to a fractional power: float_pow hands over to complex_pow.
      if (r === F.COMPLEX_RESULT) return complexOp(heap, 'pow', { re: x, im: 0 }, { re: y, im: 0 });
      return fromFloat(r);
    }
    default: return NOT_IMPLEMENTED;
  }
}

/** "No method applies": NULL is never a Python value. Test with isNull. */
export const NOT_IMPLEMENTED = NULL;
const SYMBOLS: Record<BinaryName, string> = {
  add: '+', sub: '-', mul: '*', matmul: '@', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()',
  lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^',
};

/**
 * `a op b`. `inplace` changes the message and makes set `|= &= -= ^=` and dict `|=` mutate
 * `a` (list += and *= are handled by the caller).
 */
export function binary(heap: Heap, op: BinaryName, a: Value, b: Value, inplace = false): Value {
  // str + str and str * int first (exact strs: a subclass is a user object): string building's
  // most common ops otherwise pass the numeric, user-class, complex, extension-type and bytes
  // checks before sequenceOp (~25% of binary()'s time in string-build's profile).
  if (op === 'add' ? isStr(heap, a) && isStr(heap, b) : op === 'mul' && isStr(heap, a) && hiOf(b) === HI_INT) {
    return op === 'add' ? strConcat(heap, a, b) : sequenceOp(heap, op, a, b, 0, 1, inplace);
  }
  const ka = numKind(heap, a);
  const kb = numKind(heap, b);
  if (ka !== 0 && kb !== 0) {
    if (ka === 1 && kb === 1) {
      unpack2(a, b);
      if ((words[1] === HI_INT || words[1] === HI_BOOL) && (words[3] === HI_INT || words[3] === HI_BOOL)) {
        const r = smallIntOp(heap, op, words[0], words[2]);
        if (!isNull(r)) return r;
      }
      const x = intToSafeNumber(heap, a), y = intToSafeNumber(heap, b);
      if (x !== undefined && y !== undefined) {
        const rs = safeIntOp(heap, op, x, y);
        if (!isNull(rs)) return rs;
      }
      // + - * // % in linear time on the limbs (runtime/bigint-limbs.ts); the rest through BigInt.
      const rl = limbBinary(heap, op, a, b);
      if (!isNull(rl)) return rl;
      const ri = intOp(heap, op, intToBigInt(heap, a), intToBigInt(heap, b));
      if (!isNull(ri)) return ri;
      return fail(heap, op, a, b, inplace);
    }
    const r = floatOp(heap, op, toF(heap, a, ka), toF(heap, b, kb));
    if (!isNull(r)) return r;
    return fail(heap, op, a, b, inplace);
  }
  if (isUserObject(heap, a) || isUserObject(heap, b)) {
    const u = classHooks.binary(heap, op, a, b, inplace);
    if (!isNull(u)) return u;
    if (op === 'or') { const t = typingHooks.union(heap, a, b); if (!isNull(t)) return t; } // type.__or__: C | None
    // `'%s' % obj`: str.__mod__ formats any right operand its class did not take over.
    if (op === 'mod' && tid(heap, a) === TypeId.STR) return percent(heap, a, b, false);
    sequenceFail(heap, op, a, b);
    return fail(heap, op, a, b, inplace);
  }
  const c = complexBinary(heap, op, a, b);
  if (c !== null) return c;
  {
    // Module-defined native types (deque, array): left operand's type first, then the right's.
    const ea = extTypeOf(heap, a), eb = extTypeOf(heap, b);
    const x = ea?.binary ? ea.binary(heap, op, a, b, inplace) : NULL;
    if (!isNull(x)) return x;
    const y = eb?.binary && eb !== ea ? eb.binary(heap, op, a, b, false) : NULL;
    if (!isNull(y)) return y;
  }
  const r = sequenceOp(heap, op, a, b, ka, kb, inplace);
  if (!isNull(r)) return r;
  if (op === 'or') { const t = typingHooks.union(heap, a, b); if (!isNull(t)) return t; } // int | None
  return fail(heap, op, a, b, inplace);
}

/**
 * The errors of a builtin sequence's sq_concat / sq_repeat when no dunder of a user operand
 * took `a op b`: `[1] + obj` and `'ab' * obj` / `obj * 'ab'` (an obj without __index__).
 */
function sequenceFail(heap: Heap, op: BinaryName, a: Value, b: Value): void {
  const ta = isUserObject(heap, a) ? -1 : tid(heap, a);
  if (op === 'add' && (ta === TypeId.STR || ta === TypeId.LIST || ta === TypeId.TUPLE)) {
    const what = ta === TypeId.STR ? 'str' : ta === TypeId.LIST ? 'list' : 'tuple';
    throw typeError(`can only concatenate ${what} (not "${typeNameOf(heap, b)}") to ${what}`);
  }
  if (op !== 'mul') return;
  const repeats = (v: Value) => {
    if (isUserObject(heap, v)) return false;
    const t = tid(heap, v);
    return t === TypeId.STR || t === TypeId.LIST || t === TypeId.TUPLE || t === TypeId.BYTES || isByteArray(heap, v);
  };
  if (repeats(a) || repeats(b)) throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, repeats(a) ? b : a)}'`);
}

/** CPython's TypeError for `a op b` when no method took the operands. */
export function fail(heap: Heap, op: BinaryName, a: Value, b: Value, inplace: boolean): never {
  const sym = inplace ? `${SYMBOLS[op] === '** or pow()' ? '**' : SYMBOLS[op]}=` : SYMBOLS[op];
  throw typeError(`unsupported operand type(s) for ${sym}: '${typeNameOf(heap, a)}' and '${typeNameOf(heap, b)}'`);
}

/**
 * `x op y` for ints that are safe JS integers, in doubles (no BigInt), when the result is
 * exact: NOT_IMPLEMENTED otherwise (the BigInt path answers). Below 2**52 every step of
 * floordiv/mod is exact: `%` is exact, and x - x mod y is a multiple of y.
 */
function safeIntOp(heap: Heap, op: BinaryName, x: number, y: number): Value {
  let r: number;
  switch (op) {
    case 'add': r = x + y; break;
    case 'sub': r = x - y; break;
    case 'mul': r = x * y; break;
    case 'floordiv': case 'mod': {
      if (y === 0 || Math.abs(x) > 2 ** 52 || Math.abs(y) > 2 ** 52) return NOT_IMPLEMENTED;
      let m = x % y;
      if (m !== 0 && (m < 0) !== (y < 0)) m += y;
      r = op === 'mod' ? m : (x - m) / y;
      break;
    }
    default: return NOT_IMPLEMENTED;
  }
  return Number.isSafeInteger(r) ? intFromNumber(heap, r) : NOT_IMPLEMENTED;
}

function smallIntOp(heap: Heap, op: BinaryName, x: number, y: number): Value {
  switch (op) {
    case 'add': return intFromNumber(heap, x + y);
    case 'sub': return intFromNumber(heap, x - y);
    case 'mul': { const r = x * y; return Number.isSafeInteger(r) ? intFromNumber(heap, r) : NOT_IMPLEMENTED; }
    case 'floordiv': if (y === 0) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
      return intFromNumber(heap, I.floorDivNum(x, y));
    case 'mod': if (y === 0) throw new PyError('ZeroDivisionError', 'integer modulo by zero');
      return intFromNumber(heap, I.modNum(x, y));
    case 'truediv': return fromFloat(I.trueDivNum(x, y));
    // bool & | ^ bool stays a bool (bool_and/bool_or/bool_xor); words[1]/[3] still hold the tags.
    case 'and': return words[1] === HI_BOOL && words[3] === HI_BOOL ? fromBool((x & y) !== 0) : fromInt32(x & y);
    case 'or': return words[1] === HI_BOOL && words[3] === HI_BOOL ? fromBool((x | y) !== 0) : fromInt32(x | y);
    case 'xor': return words[1] === HI_BOOL && words[3] === HI_BOOL ? fromBool((x ^ y) !== 0) : fromInt32(x ^ y);
    default: return NOT_IMPLEMENTED;
  }
}

function repeatCount(heap: Heap, v: Value): number {
  // A small int (or bool) needs no BigInt: `s * k` in a loop paid one conversion per repeat.
  unpack2(v, v);
  if (words[1] === HI_INT || words[1] === HI_BOOL) return words[0] <= 0 ? 0 : words[0];
  const n = intToBigInt(heap, v);
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) throw new PyError('OverflowError', "cannot fit 'int' into an index-sized integer");
  return n <= 0n ? 0 : Number(n);
}

function sequenceOp(heap: Heap, op: BinaryName, a: Value, b: Value, ka: number, kb: number, inplace: boolean): Value {
  const ta = tid(heap, a);
  const tb = tid(heap, b);
  if (ta === TypeId.BYTES || tb === TypeId.BYTES || isByteArray(heap, a) || isByteArray(heap, b)) {
    const r = bytesOp(heap, op, a, b, ka, kb, inplace);
    if (!isNull(r)) return r;
  }
  if (op === 'add' && ta === tb) {
    switch (ta) {
      case TypeId.STR: return strConcat(heap, a, b);
      case TypeId.BYTES: { const x = bytesToArray(heap, a), y = bytesToArray(heap, b); const out = new Uint8Array(x.length + y.length); out.set(x); out.set(y, x.length); return bytesFromArray(heap, out); }
      // list_concat/list_repeat allocate the result's exact size (what sys.getsizeof shows).
      case TypeId.LIST: { const out = newList(heap, listLength(heap, a) + listLength(heap, b)); appendAll(heap, out, a); appendAll(heap, out, b); return out; }
      case TypeId.TUPLE: {
        const n = tupleLength(heap, a), m = tupleLength(heap, b);
        const out = newTuple(heap, n + m);
        for (let i = 0; i < n; i++) tupleInit(heap, out, i, tupleItem(heap, a, i));
        for (let i = 0; i < m; i++) tupleInit(heap, out, n + i, tupleItem(heap, b, i));
        return out;
      }
      default: break;
    }
  }
  if (op === 'add' && (ta === TypeId.STR || ta === TypeId.LIST || ta === TypeId.TUPLE) && tb !== ta) {
    const what = ta === TypeId.STR ? 'str' : ta === TypeId.LIST ? 'list' : 'tuple';
    throw typeError(`can only concatenate ${what} (not "${typeNameOf(heap, b)}") to ${what}`);
  }
  if (op === 'mul' && (ka === 1 || kb === 1)) {
    const seq = ka === 1 ? b : a;
    const count = ka === 1 ? a : b;
    if ((ka === 1 ? kb : ka) === 2) return NOT_IMPLEMENTED;
    const ts = tid(heap, seq);
    if (ts === TypeId.STR || ts === TypeId.LIST || ts === TypeId.TUPLE || ts === TypeId.BYTES) {
      const n = repeatCount(heap, count);
      const len = lengthOf(heap, seq);
      if (n * len > 2 ** 31) throw new PyError('MemoryError', '');
      switch (ts) {
        case TypeId.STR: return strRepeat(heap, seq, n);
        case TypeId.BYTES: { const x = bytesToArray(heap, seq); const out = new Uint8Array(x.length * n); for (let i = 0; i < n; i++) out.set(x, i * x.length); return bytesFromArray(heap, out); }
        case TypeId.LIST: { const out = newList(heap, n * len); for (let i = 0; i < n; i++) for (let j = 0; j < len; j++) listAppend(heap, out, listGet(heap, seq, j)); return out; }
        default: {
          const out = newTuple(heap, n * len);
          for (let i = 0; i < n; i++) for (let j = 0; j < len; j++) tupleInit(heap, out, i * len + j, tupleItem(heap, seq, j));
          return out;
        }
      }
    }
    if (ts !== TypeId.INT) throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, count)}'`);
  }
  if (op === 'mul') {
    // sq_repeat with a count that is no int (a float, None, another sequence), on either side.
    const seq = (t: number) => t === TypeId.STR || t === TypeId.LIST || t === TypeId.TUPLE;
    if (seq(ta) && kb !== 1) throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, b)}'`);
    if (seq(tb) && ka !== 1) throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, a)}'`);
  }
  if (op === 'mod' && ta === TypeId.STR) return percent(heap, a, b, false);
  const setA = ta === TypeId.SET || ta === TypeId.FROZENSET;
  const setB = tb === TypeId.SET || tb === TypeId.FROZENSET;
  const setOpName = op === 'or' || op === 'and' || op === 'sub' || op === 'xor';
  if (setA && setB && setOpName) return setBinary(heap, op, a, b, inplace);
  // dict_keys / dict_items with any iterable (dictviews_or and friends): set(left) op= right.
  if (setOpName && (isSetLikeView(heap, a) || isSetLikeView(heap, b))) return viewBinary(heap, op, a, b);
  // d |= x is d.update(x) for any mapping or iterable of pairs (dict_ior), not only a dict.
  if (ta === TypeId.DICT && op === 'or' && inplace) { updateDict(heap, a, b); return a; }
  if (ta === TypeId.DICT && tb === TypeId.DICT && op === 'or') {
    const out = newDict(heap);
    // Not `for (const d of [a, b])`: a Value must never sit in a JS array (value.ts).
    const copy = (d: Value): void => { for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) dictSet(heap, out, dictEntryKey(heap, d, p), dictEntryValue(heap, d, p)); };
    copy(a); copy(b);
    return out;
  }
  return NOT_IMPLEMENTED;
}

function appendAll(heap: Heap, out: Value, src: Value): void {
  const n = listLength(heap, src);
  for (let i = 0; i < n; i++) listAppend(heap, out, listGet(heap, src, i));
}

/** Values for the semantics' formatting hooks, boxed in JS objects (never in JS arrays). */
interface Box { v: Value }

/** bytes/bytearray + - * % (the result has the left operand's kind); NULL when not ours. */
function bytesOp(heap: Heap, op: BinaryName, a: Value, b: Value, ka: number, kb: number, inplace: boolean): Value {
  const x = bytesLikeData(heap, a), y = bytesLikeData(heap, b);
  if (op === 'add' && x !== null) {
    if (y === null) throw typeError(`can't concat ${typeNameOf(heap, b)} to ${typeNameOf(heap, a)}`);
    const out = new Uint8Array(x.length + y.length);
    out.set(x); out.set(y, x.length);
    if (inplace && isByteArray(heap, a)) { byteArraySet(heap, a, out); return a; }
    return sameKindBytes(heap, a, out);
  }
  if (op === 'mul' && (x !== null ? kb === 1 : ka === 1 && y !== null)) {
    const seq = x !== null ? a : b, data = (x ?? y)!;
    const n = repeatCount(heap, x !== null ? b : a);
    if (n * data.length > 2 ** 31) throw new PyError('MemoryError', '');
    const out = new Uint8Array(data.length * n);
    for (let i = 0; i < n; i++) out.set(data, i * data.length);
    if (inplace && isByteArray(heap, a)) { byteArraySet(heap, a, out); return a; }
    return sameKindBytes(heap, seq, out);
  }
  if (op === 'mul' && x !== null && kb !== 1) throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, b)}'`);
  if (op === 'mul' && x === null && y !== null && ka !== 1) throw typeError(`can't multiply sequence by non-int of type '${typeNameOf(heap, a)}'`);
  if (op === 'mod' && x !== null) return sameKindBytes(heap, a, fromLatin1(strToJs(heap, percent(heap, strFromJs(heap, latin1(x)), b, true))));
  return NULL;
}

/** `v` has mp_subscript: the builtin sequences and mappings but tuple, or a class with __getitem__. */
function hasSubscript(heap: Heap, v: Value, t: number): boolean {
  if (t === TypeId.DICT || t === TypeId.LIST || t === TypeId.BYTES || t === TypeId.BYTEARRAY || t === TypeId.RANGE || t === TypeId.MEMORYVIEW) return true;
  if (!isUserObject(heap, v)) return false;
  try { classHooks.getAttr(heap, v, '__getitem__'); return true; } catch { return false; }
}

function percent(heap: Heap, template: Value, args: Value, bytes: boolean): Value {
  const hooks: PercentHooks<Box> = {
    view: (b): NumberView => {
      const k = numKind(heap, b.v);
      if (k === 1) return { t: 'int', v: intToBigInt(heap, b.v) };
      if (k === 2) return { t: 'float', v: b.v };
      if (tid(heap, b.v) === TypeId.STR) return { t: 'str', v: strToJs(heap, b.v) };
      return { t: 'other' };
    },
    typeName: (b) => typeNameOf(heap, b.v),
    str: (b) => {
      if (!bytes) return strValue(heap, b.v);
      // %s and %b of bytes formatting take bytes-like objects only (bytes_methods.c).
      const d = bytesLikeData(heap, b.v);
      if (d === null) throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(heap, b.v)}'`);
      return latin1(d);
    },
    repr: (b) => (bytes ? asciiEscape(reprValue(heap, b.v)) : reprValue(heap, b.v)),
    ascii: (b) => asciiEscape(reprValue(heap, b.v)),
    bytes,
    bytesOf: (b) => { const d = bytesLikeData(heap, b.v); return d === null ? undefined : latin1(d); },
  };
  // A tuple subclass instance (a namedtuple) is the argument list too (PyTuple_Check).
  const base = builtinValue(heap, args);
  const t = tid(heap, base);
  let pargs: PercentArgs<Box>;
  // A bytes template's %(name)s keys are bytes (the name's Latin-1 bytes), a str template's str.
  const keyOf = (key: string): Value => (bytes ? bytesFromArray(heap, fromLatin1(key)) : strFromJs(heap, key));
  if (t === TypeId.TUPLE) {
    const items: Box[] = [];
    for (let i = 0; i < tupleLength(heap, base); i++) items.push({ v: tupleItem(heap, base, i) });
    pargs = { kind: 'tuple', items };
  } else if (t === TypeId.DICT && base === args) {
    pargs = { kind: 'mapping', value: { v: args }, get: (key) => ({ v: dictGetItem(heap, args, keyOf(key)) }) };
  } else if (t !== TypeId.STR && hasSubscript(heap, args, t)) {
    // PyMapping_Check: anything subscriptable but a tuple or str (a dict subclass with its
    // __missing__, a user mapping, even a list) supplies %(name)s through its __getitem__.
    pargs = { kind: 'mapping', value: { v: args }, get: (key) => ({ v: getItem(heap, args, keyOf(key)) }) };
  } else pargs = { kind: 'single', value: { v: args } };
  return strFromJs(heap, percentFormat(strToJs(heap, template), pargs, hooks));
}

/** -x, +x, ~x. */
export function unary(heap: Heap, symbol: '-' | '+' | '~', v: Value): Value {
  const k = numKind(heap, v);
  if (k === 2 && symbol !== '~') return symbol === '-' ? -v : v;
  if (k === 1) {
    unpack2(v, v);
    if (words[1] === HI_INT || words[1] === HI_BOOL) {
      const x = words[0];
      return intFromNumber(heap, symbol === '-' ? -x : symbol === '+' ? x : ~x);
    }
    // A heap int here (bools are small): ints are immutable, so +x is x itself, and ~x is
    // -x - 1, both on the limbs.
    if (symbol === '-') return limbNegate(heap, v);
    if (symbol === '+') return v;
    return limbBinary(heap, 'sub', limbNegate(heap, v), fromInt32(1));
  }
  if (symbol !== '~' && isComplex(heap, v)) return complexUnary(heap, symbol, v);
  if (isUserObject(heap, v)) { const u = classHooks.unary(heap, symbol, v); if (!isNull(u)) return u; }
  throw typeError(`bad operand type for unary ${symbol}: '${typeNameOf(heap, v)}'`);
}

export { TRUE, FALSE, loOf };
