// The functions of the builtins namespace and the constructors of the builtin types.
// Declared with registry.ts; `host` gives the I/O and the call-back into Python that the
// running backend provides (the interpreter sets it up).

import { generatorHooks, throwCall } from '../generators.js';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { FALSE, NONE, NULL, TRUE, type Value, fromBool, fromInt32, fromPtr, isNull, isNone, loOf, hiOf, HI_INT, fromFloat } from '../value.js';
import { H } from '../heap.js';
import { intFromBigInt, intFromNumber, intToBigInt } from '../int.js';
import { internStr, strFromJs, strToJs, strLength, strCodePointAt, strChar, bytesFromArray, bytesToArray } from '../str.js';
import { decode } from '../semantics/decode.js';
import { bytesLikeData, isByteArray } from './bytes-like.js';
import { newList, listAppend, listGet, listLength, listSet, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { newDict, dictGet, dictSet, dictNext, dictEntryKey, dictEntryValue, dictLength } from '../dict.js';
import { newSet, setAdd } from '../set.js';
import { newRange, typeOf, rangePart } from '../objects.js';
import { hashValue } from '../keys.js';
import { hashOut } from '../hash.js';
import { pushHandle, handleGet, handleSet, popHandles } from '../gc.js';
import { PyError, typeError } from '../errors.js';
import { parseInt as pyParseInt, intToBaseStr } from '../semantics/int-str.js';
import { parseFloat as pyParseFloat, floatToInt, floatRound, floatRoundToInt } from '../semantics/float.js';
import { intRound, divmod as bigDivmod, powMod, intToFloat } from '../semantics/int.js';
import { floatDivmod } from '../semantics/float.js';
import { INT_MAX_STR_DIGITS, intStrLimit } from '../semantics/int.js';
import { pyChr, asciiEscape } from '../semantics/codepoints.js';
import { bytesRepr } from '../repr.js';
import { defineBuiltin, defineConstructor, arg, BUILTIN_FUNCTIONS, CONSTRUCTORS } from './registry.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './native.js';
import { excSubclass, raise } from './exceptions.js';
import { bestSuggestion } from './suggestions.js';
import { binary, unary } from './arith.js';
import { compare, eq, lengthOf, tid, truthy, tupleItem, typeNameOf, isIntValue, pyTypeId, rangeLength } from './protocol.js';
import { reprValue, strValue } from './repr.js';
import { complexUnary } from './complex.js';
import { streamFd } from './streams.js';
import { printTarget, writeText } from './file-write.js';
import { extHooks } from './ext-types.js';
import { extendFromIterable, getIter, getItem, iterHooks, iterNext } from './containers.js';
import { builtinsDict, formatValue, exceptionClass, installExceptions, loadAttr, nativeValue, setAttr } from './objects.js';
import { sortList } from './sort.js';
import { extTypeOf } from './ext-types.js';
import { setFrom } from './set-ops.js';
import { builtinValue, classHooks, indexValue, isUserObject } from './class-hooks.js';
import './generic-alias.js'; // list[int], int | None

/** What the running backend provides to the builtins. */
export const host = {
  write: (_fd: 1 | 2, _text: string): void => undefined,
  flush: (): void => undefined,
  readLine: (): string | null => null,
  call: (_heap: Heap, _f: Value, _args: Value): Value => NONE,
  /** f(a, b, c)'s first `argc`, without an argument tuple (the interpreter's fast call for
   *  dunder methods; runtime/classes.ts callPy). The caller keeps a, b, c reachable. */
  callValues: (heap: Heap, f: Value, argc: 0 | 1 | 2 | 3, a: Value, b: Value, c: Value): Value => {
    const t = newTuple(heap, argc);
    if (argc > 0) tupleInit(heap, t, 0, a);
    if (argc > 1) tupleInit(heap, t, 1, b);
    if (argc > 2) tupleInit(heap, t, 2, c);
    return host.call(heap, f, t);
  },
};
throwCall.call = (heap, f, args) => host.call(heap, f, args);

const opt = (v: Value, dflt: Value): Value => (isNull(v) ? dflt : v);

function toJsInt(heap: Heap, v: Value, what: string): number {
  if (!isIntValue(heap, v)) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer${what}`);
  return Number(intToBigInt(heap, v));
}

defineBuiltin('print', '*args, sep=, end=, file=, flush=', (heap, a) => {
  const args = arg(heap, a, 0);
  const sepV = opt(arg(heap, a, 1), NONE), endV = opt(arg(heap, a, 2), NONE);
  const sep = hiOf(sepV) === hiOf(NONE) && sepV !== sepV ? ' ' : checkStr(heap, sepV, 'sep');
  const end = hiOf(endV) === hiOf(NONE) && endV !== endV ? '\n' : checkStr(heap, endV, 'end');
  const file = arg(heap, a, 3);
  const n = tupleLength(heap, args);
  const target = printTarget(heap, file);
  if (target !== null) {
    // An object with write() (io.StringIO, a replaced sys.stdout): one call per piece, as CPython.
    const h = pushHandle(heap, target);
    try {
      for (let i = 0; i < n; i++) {
        if (i > 0) writeText(heap, handleGet(heap, h), sep);
        writeText(heap, handleGet(heap, h), strValue(heap, tupleItem(heap, arg(heap, a, 0), i)));
      }
      writeText(heap, handleGet(heap, h), end);
      if (!isNull(arg(heap, a, 4)) && truthy(heap, arg(heap, a, 4))) host.call(heap, loadAttr(heap, handleGet(heap, h), 'flush'), newTuple(heap, 0));
    } finally { popHandles(heap, h); }
    return NONE;
  }
  const fd = isNull(file) || isNone(file) ? 1 : streamFd(heap, file);
  let out = '';
  for (let i = 0; i < n; i++) out += (i > 0 ? sep : '') + strValue(heap, tupleItem(heap, args, i));
  host.write(fd, out + end);
  if (!isNull(arg(heap, a, 4)) && truthy(heap, arg(heap, a, 4))) host.flush();
  return NONE;
});

function checkStr(heap: Heap, v: Value, what: string): string {
  if (tid(heap, v) !== TypeId.STR) throw typeError(`${what} must be None or a string, not ${typeNameOf(heap, v)}`);
  return strToJs(heap, v);
}

defineBuiltin('len', 'obj, /', (heap, a) => {
  const v = arg(heap, a, 0);
  const n = lengthOf(heap, v);
  if (n < 0) throw typeError(`object of type '${typeNameOf(heap, v)}' has no len()`);
  return intFromNumber(heap, n);
});
defineBuiltin('repr', 'obj, /', (heap, a) => strFromJs(heap, reprValue(heap, arg(heap, a, 0))));
defineBuiltin('ascii', 'obj, /', (heap, a) => strFromJs(heap, asciiEscape(reprValue(heap, arg(heap, a, 0)))));
defineBuiltin('abs', 'x, /', (heap, a) => {
  const v = arg(heap, a, 0);
  const t = tid(heap, v);
  if (t === TypeId.FLOAT) return Math.abs(v);
  if (t === TypeId.COMPLEX) return complexUnary(heap, 'abs', v);
  if (t === TypeId.INT || t === TypeId.BOOL) { const n = intToBigInt(heap, v); return intFromBigInt(heap, n < 0n ? -n : n); }
  if (isUserObject(heap, v)) { const r = classHooks.callDunder(heap, v, '__abs__'); if (!isNull(r)) return r; }
  throw typeError(`bad operand type for abs(): '${typeNameOf(heap, v)}'`);
});
defineBuiltin('hash', 'obj, /', (heap, a) => { hashValue(heap, arg(heap, a, 0)); return intFromBigInt(heap, (BigInt(hashOut[1]) << 32n) | BigInt(hashOut[0] >>> 0)); });
defineBuiltin('id', 'obj, /', (heap, a) => { const v = arg(heap, a, 0); return intFromNumber(heap, hiOf(v) === (0xfffa0000 | 0) ? loOf(v) >>> 0 : Math.abs(loOf(v)) * 16 + 8); });
defineBuiltin('callable', 'obj, /', (heap, a) => {
  const v = arg(heap, a, 0);
  const t = tid(heap, v);
  if (t === TypeId.TYPE) return TRUE;
  if (t !== TypeId.FUNCTION) return FALSE;
  // Native objects share the FUNCTION layout: iterators, views and exceptions are not callable;
  // an instance is when its class defines __call__ (classes.ts answers through loadAttr).
  const k = nativeKind(heap, v);
  if (k === NativeKind.INSTANCE) {
    try { loadAttr(heap, v, '__call__'); return TRUE; } catch (e) { if (e instanceof Error && 'pyType' in e && (e as { pyType: string }).pyType === 'AttributeError') return FALSE; throw e; }
  }
  if (k === NativeKind.EXT) return fromBool(extTypeOf(heap, v)?.call !== undefined); // functools.partial, itertools' classes…
  return fromBool(k === 0 || k === NativeKind.BUILTIN || k === NativeKind.EXC_TYPE || k === NativeKind.CLASS
    || k === NativeKind.METHOD || k === NativeKind.STATICMETHOD || k === NativeKind.CLASSMETHOD);
});
defineBuiltin('ord', 'c, /', (heap, a) => {
  const v = builtinValue(heap, arg(heap, a, 0)); // a str/bytes subclass instance: its value
  if (tid(heap, v) === TypeId.BYTES || isByteArray(heap, v)) {
    const data = bytesLikeData(heap, v)!;
    if (data.length !== 1) throw typeError(`ord() expected a character, but string of length ${data.length} found`);
    return fromInt32(data[0]);
  }
  if (tid(heap, v) !== TypeId.STR) throw typeError(`ord() expected string of length 1, but ${typeNameOf(heap, arg(heap, a, 0))} found`);
  // The heap's length and code point: no JS string (which would pair two surrogate code points).
  const n = strLength(heap, v);
  if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
  return fromInt32(strCodePointAt(heap, v, 0));
});
defineBuiltin('chr', 'i, /', (heap, a) => {
  const v = indexArg(heap, arg(heap, a, 0));
  // A small int in range: strChar (Latin-1 characters are cached, as CPython's), no BigInt.
  if (hiOf(v) === HI_INT && loOf(v) >= 0 && loOf(v) <= 0x10ffff) return strChar(heap, loOf(v));
  return strFromJs(heap, pyChr(intToBigInt(heap, v)));
});
/** An int argument by __index__, with CPython's message for anything else ('str' object cannot be interpreted as an integer). */
function indexArg(heap: Heap, v: Value): Value {
  if (isUserObject(heap, v)) { const i = classHooks.index(heap, v); if (!isNull(i)) return i; }
  if (!isIntValue(heap, v)) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  return v;
}
for (const [name, base, prefix] of [['hex', 16, '0x'], ['oct', 8, '0o'], ['bin', 2, '0b']] as const) {
  defineBuiltin(name, 'number, /', (heap, a) => {
    let v = arg(heap, a, 0);
    if (isUserObject(heap, v)) { const i = classHooks.index(heap, v); if (!isNull(i)) v = i; } // __index__
    if (!isIntValue(heap, v)) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
    void prefix;
    return strFromJs(heap, intToBaseStr(intToBigInt(heap, v), base));
  });
}
defineBuiltin('format', 'value, format_spec=, /', (heap, a) => formatValue(heap, arg(heap, a, 0), isNull(arg(heap, a, 1)) ? '' : strToJs(heap, arg(heap, a, 1))));
defineBuiltin('divmod', 'x, y, /', (heap, a) => {
  const x = arg(heap, a, 0), y = arg(heap, a, 1);
  if (isUserObject(heap, x) || isUserObject(heap, y)) {
    // __divmod__/__rdivmod__ of a user class (an int/float subclass gets its base's // and %).
    const u = classHooks.binary(heap, 'divmod', x, y, false);
    if (!isNull(u)) return u;
    if (!isUserObject(heap, builtinValue(heap, x)) && !isUserObject(heap, builtinValue(heap, y))) {
      const bx = builtinValue(heap, x), by = builtinValue(heap, y);
      const r = newTuple(heap, 2);
      const h = pushHandle(heap, r);
      try {
        tupleInit(heap, r, 0, binary(heap, 'floordiv', bx, by));
        tupleInit(heap, r, 1, binary(heap, 'mod', bx, by));
        return handleGet(heap, h);
      } finally { popHandles(heap, h); }
    }
    throw typeError(`unsupported operand type(s) for divmod(): '${typeNameOf(heap, x)}' and '${typeNameOf(heap, y)}'`);
  }
  // Only ints and floats have nb_divmod; anything else is divmod()'s own TypeError, not //'s.
  const real = (v: Value) => { const t = tid(heap, v); return t === TypeId.INT || t === TypeId.BOOL || t === TypeId.FLOAT; };
  if (!real(x) || !real(y)) throw typeError(`unsupported operand type(s) for divmod(): '${typeNameOf(heap, x)}' and '${typeNameOf(heap, y)}'`);
  // float_divmod's own message for a zero divisor ('float divmod()'), not //'s.
  if ((tid(heap, x) === TypeId.FLOAT || tid(heap, y) === TypeId.FLOAT) && !truthy(heap, y)) floatDivmod(1, 0);
  const t = newTuple(heap, 2);
  const h = pushHandle(heap, t);
  try {
    tupleInit(heap, t, 0, binary(heap, 'floordiv', x, y));
    tupleInit(heap, t, 1, binary(heap, 'mod', x, y));
    return handleGet(heap, h);
  } finally { popHandles(heap, h); }
});
defineBuiltin('pow', 'base, exp, mod=', (heap, a) => {
  const m = arg(heap, a, 2);
  if (isNull(m) || (m !== m && hiOf(m) === hiOf(NONE))) return binary(heap, 'pow', arg(heap, a, 0), arg(heap, a, 1));
  const x = arg(heap, a, 0), y = arg(heap, a, 1);
  if (isUserObject(heap, x)) {
    // Three-argument pow calls type(x).__pow__(x, y, mod) only (CPython's slot_nb_power never tries __rpow__ for it).
    const r = classHooks.callDunder2(heap, x, '__pow__', y, m);
    if (!isNull(r) && nativeKind(heap, r) !== NativeKind.NOT_IMPLEMENTED) return r;
    throw typeError(`unsupported operand type(s) for ** or pow(): '${typeNameOf(heap, x)}', '${typeNameOf(heap, y)}', '${typeNameOf(heap, m)}'`);
  }
  if (!isIntValue(heap, x) || !isIntValue(heap, y) || !isIntValue(heap, m)) {
    // ternary_op: the slot of x's type, then y's, then mod's. float's and complex's convert
    // x and y first (NotImplemented when they are not numbers), then refuse a modulus.
    const kind = (v: Value) => (isUserObject(heap, v) ? -1 : isIntValue(heap, v) ? TypeId.INT : tid(heap, v));
    const real = (v: Value) => kind(v) === TypeId.INT || kind(v) === TypeId.FLOAT;
    for (const k of [kind(x), kind(y), kind(m)]) {
      if (k === TypeId.FLOAT && real(x) && real(y)) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      if (k === TypeId.COMPLEX && (real(x) || kind(x) === TypeId.COMPLEX) && (real(y) || kind(y) === TypeId.COMPLEX)) raise('ValueError', 'complex modulo');
    }
    throw typeError(`unsupported operand type(s) for ** or pow(): '${typeNameOf(heap, x)}', '${typeNameOf(heap, y)}', '${typeNameOf(heap, m)}'`);
  }
  return intFromBigInt(heap, powMod(intToBigInt(heap, x), intToBigInt(heap, y), intToBigInt(heap, m)));
});
defineBuiltin('round', 'number, ndigits=', (heap, a) => {
  const x = arg(heap, a, 0);
  let nd = arg(heap, a, 1);
  const none = isNull(nd) || (nd !== nd && hiOf(nd) === hiOf(NONE));
  // ndigits through __index__ (round(x, Ix(2))), as float___round___impl's PyNumber_AsSsize_t.
  if (!none && isUserObject(heap, nd) && !isUserObject(heap, x)) { const i = classHooks.index(heap, nd); if (!isNull(i)) nd = i; }
  const t = tid(heap, x);
  if (t === TypeId.FLOAT) return none ? intFromBigInt(heap, floatRoundToInt(x)) : floatRound(x, toJsInt(heap, nd, ''));
  if (t === TypeId.INT || t === TypeId.BOOL) return none ? intFromBigInt(heap, intToBigInt(heap, x)) : intFromBigInt(heap, intRound(intToBigInt(heap, x), intToBigInt(heap, nd)));
  if (isUserObject(heap, x)) {
    // type(x).__round__(x[, ndigits]): a user class's own, or its int/float base's.
    const r = none ? classHooks.callDunder(heap, x, '__round__') : classHooks.callDunder1(heap, x, '__round__', nd);
    if (!isNull(r)) return r;
  }
  throw typeError(`type ${typeNameOf(heap, x)} doesn't define __round__ method`);
});
defineBuiltin('isinstance', 'obj, class_or_tuple, /', (heap, a) => fromBool(isInstance(heap, arg(heap, a, 0), arg(heap, a, 1))));

function isInstance(heap: Heap, v: Value, cls: Value): boolean {
  const ct = tid(heap, cls);
  if (ct === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, cls); i++) if (isInstance(heap, v, tupleItem(heap, cls, i))) return true;
    return false;
  }
  if (nativeKind(heap, cls) === NativeKind.EXC_TYPE) {
    return nativeKind(heap, v) === NativeKind.EXC && excSubclass(typeNameOf(heap, v), strToJs(heap, nget(heap, cls, 0)));
  }
  if (ct === TypeId.TYPE) {
    const want = heap.i32[((loOf(cls) >>> 0) >>> 2) + 1];
    const have = pyTypeId(heap, v);
    return want === have || want === TypeId.OBJECT || (want === TypeId.INT && have === TypeId.BOOL);
  }
  const ext = extHooks.isInstance(heap, v, cls);
  if (ext !== null) return ext;
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

defineBuiltin('iter', 'object, sentinel=, /', (heap, a) => {
  if (isNull(arg(heap, a, 1))) return getIter(heap, arg(heap, a, 0));
  // callable() as the builtins namespace has it (runtime/classes-builtins.ts extends it to classes).
  const callableFn = dictGet(heap, builtinsDict(heap), internStr(heap, 'callable'));
  if (!truthy(heap, iterHooks.call1(heap, callableFn, arg(heap, a, 0)))) throw typeError('iter(v, w): v must be callable');
  const it = newNative(heap, NativeKind.CALLABLE_ITER);
  nset(heap, it, 0, arg(heap, a, 0));
  nset(heap, it, 1, arg(heap, a, 1));
  return it;
});
defineBuiltin('next', 'iterator, default=, /', (heap, a) => {
  const it = arg(heap, a, 0);
  const x = iterNext(heap, it);
  if (!isNull(x)) return x;
  if (!isNull(arg(heap, a, 1))) return arg(heap, a, 1);
  if (nativeKind(heap, it) === NativeKind.GENERATOR) generatorHooks.stop(heap, it); // StopIteration(return value)
  return raise('StopIteration', '');
});
defineBuiltin('all', 'iterable, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0)); const h = pushHandle(heap, it);
  try { for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) if (!truthy(heap, x)) return FALSE; return TRUE; } finally { popHandles(heap, h); }
});
defineBuiltin('any', 'iterable, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0)); const h = pushHandle(heap, it);
  try { for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) if (truthy(heap, x)) return TRUE; return FALSE; } finally { popHandles(heap, h); }
});
defineBuiltin('sum', 'iterable, /, start=', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  const acc = pushHandle(heap, opt(arg(heap, a, 1), fromInt32(0)));
  const start = handleGet(heap, acc);
  if (tid(heap, start) === TypeId.STR) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  try {
    // While the running sum and the items are floats, CPython 3.12+ adds with Neumaier's
    // compensation (builtin_sum_impl): `c` collects the lost low-order bits, folded in when
    // the float run ends. Small ints inside a float run are added plainly, as there.
    let c = 0;
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) {
      const s = handleGet(heap, acc);
      if (s === s && x === x) {
        const t = s + x;
        if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
        else c += (x - t) + s;
        heapSet(heap, acc, t);
        continue;
      }
      if (s === s && isSmallInt(x)) { heapSet(heap, acc, s + loOf(x)); continue; }
      let base = s;
      if (s === s && c !== 0 && Number.isFinite(c)) base = s + c;
      c = 0;
      pushHandle(heap, x);
      const r = base === base && x === x ? base + x : binary(heap, 'add', base, x);
      popHandles(heap, acc + 1);
      heapSet(heap, acc, r);
    }
    const s = handleGet(heap, acc);
    return s === s && c !== 0 && Number.isFinite(c) ? s + c : s;
  } finally { popHandles(heap, h); }
});
function heapSet(heap: Heap, h: number, v: Value): void { popHandles(heap, h); pushHandle(heap, v); }
function isSmallInt(v: Value): boolean { return v !== v && hiOf(v) === HI_INT; }

function minmax(name: 'min' | 'max') {
  // Keywords are read after the positional count is checked, as min_max does (max(a=1) is
  // "max expected at least 1 argument, got 0").
  defineBuiltin(name, '*args, **kwargs', (heap, a) => {
    const args = arg(heap, a, 0);
    const n = tupleLength(heap, args);
    if (n === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    const kw = arg(heap, a, 1);
    let key = NULL, dflt = NULL;
    for (let p = dictNext(heap, kw, 0); p >= 0; p = dictNext(heap, kw, p + 1)) {
      const k = strToJs(heap, dictEntryKey(heap, kw, p));
      if (k === 'key') key = dictEntryValue(heap, kw, p);
      else if (k === 'default') dflt = dictEntryValue(heap, kw, p);
      else throw typeError(unexpectedKeyword(`${name}()`, k, ['key', 'default']));
    }
    let source = args;
    if (n === 1) {
      source = newList(heap);
      pushHandle(heap, source);
      extendFromIterable(heap, source, tupleItem(heap, args, 0));
    } else if (!isNull(dflt)) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const count = tid(heap, source) === TypeId.LIST ? listLength(heap, source) : tupleLength(heap, source);
    const item = (i: number) => (tid(heap, source) === TypeId.LIST ? listGet(heap, source, i) : tupleItem(heap, source, i));
    if (count === 0) {
      if (!isNull(dflt)) return dflt;
      raise('ValueError', `${name}() iterable argument is empty`);
    }
    const useKey = !isNull(key) && !(key !== key && hiOf(key) === hiOf(NONE));
    let best = 0;
    let bestKey = pushHandle(heap, useKey ? host.call(heap, key, single(heap, item(0))) : item(0));
    for (let i = 1; i < count; i++) {
      const k = useKey ? host.call(heap, key, single(heap, item(i))) : item(i);
      const c = compare(heap, k, handleGet(heap, bestKey), name === 'max' ? '>' : '<');
      if (c !== undefined && (name === 'max' ? c > 0 : c < 0)) { best = i; popHandles(heap, bestKey); bestKey = pushHandle(heap, k); }
    }
    return item(best);
  });
}
minmax('min');
minmax('max');

/** "f() got an unexpected keyword argument 'x'" with 3.13's "Did you mean" among `names`. */
function unexpectedKeyword(callee: string, kw: string, names: readonly string[]): string {
  const best = bestSuggestion(names, kw);
  return `${callee} got an unexpected keyword argument '${kw}'${best === null ? '' : `. Did you mean '${best}'?`}`;
}

export function single(heap: Heap, x: Value): Value {
  const t = newTuple(heap, 1);
  tupleInit(heap, t, 0, x);
  return t;
}

// sorted(iterable, /, *, key=None, reverse=False): its keywords go to list.sort, so an unknown
// one is sort()'s error ("sort() got an unexpected keyword argument 'cmp'"), as builtin_sorted.
defineBuiltin('sorted', 'iterable, /, **kwargs', (heap, a) => {
  const kw = arg(heap, a, 1);
  const nkw = dictLength(heap, kw);
  if (nkw > 2) throw typeError(`sort() takes at most 2 keyword arguments (${nkw} given)`);
  let key = NULL, reverse = NULL;
  for (let p = dictNext(heap, kw, 0); p >= 0; p = dictNext(heap, kw, p + 1)) {
    const name = strToJs(heap, dictEntryKey(heap, kw, p));
    if (name === 'key') key = dictEntryValue(heap, kw, p);
    else if (name === 'reverse') reverse = dictEntryValue(heap, kw, p);
    else throw typeError(unexpectedKeyword('sort()', name, ['key', 'reverse']));
  }
  const out = newList(heap);
  pushHandle(heap, out);
  extendFromIterable(heap, out, arg(heap, a, 0));
  sortList(heap, out, key, reverse);
  return out;
});
defineBuiltin('reversed', 'sequence, /', (heap, a) => {
  const s = arg(heap, a, 0);
  const t = tid(heap, s);
  let seq = s;
  if (isUserObject(heap, s)) {
    // type(s).__reversed__(), else the sequence protocol (__len__ and __getitem__ from the end).
    const r = classHooks.callDunder(heap, s, '__reversed__');
    if (!isNull(r)) return r;
    const n = classHooks.callDunder(heap, s, '__len__');
    if (isNull(n)) {
      // PySequence_Check passes on __getitem__ alone; then PySequence_Size names the missing len().
      let sequence = true;
      try { loadAttr(heap, s, '__getitem__'); } catch { sequence = false; }
      throw typeError(sequence ? `object of type '${typeNameOf(heap, s)}' has no len()` : `'${typeNameOf(heap, s)}' object is not reversible`);
    }
    const items = pushHandle(heap, newList(heap));
    for (let i = toJsInt(heap, n, '') - 1; i >= 0; i--) {
      const x = classHooks.callDunder1(heap, s, '__getitem__', fromInt32(i));
      if (isNull(x)) throw typeError(`'${typeNameOf(heap, s)}' object is not reversible`);
      listAppend(heap, handleGet(heap, items), x);
    }
    return getIter(heap, handleGet(heap, items));
  }
  { const ext = extTypeOf(heap, s); if (ext?.reversed) return ext.reversed(heap, s); }
  if (t === TypeId.RANGE) {
    // A range_iterator counting down from the last item (range_reverse), not a materialized list.
    const start = intToBigInt(heap, rangePart(heap, s, 0)), step = intToBigInt(heap, rangePart(heap, s, 2));
    const n = rangeLength(heap, s);
    const it = newNative(heap, NativeKind.RANGE_ITER);
    const top = pushHandle(heap, it);
    try {
      nset(heap, handleGet(heap, top), 0, intFromBigInt(heap, start + (n - 1n) * step));
      nset(heap, handleGet(heap, top), 1, intFromBigInt(heap, start - step));
      nset(heap, handleGet(heap, top), 2, intFromBigInt(heap, -step));
      return handleGet(heap, top);
    } finally { popHandles(heap, top); }
  }
  // bytes and bytearray reverse through the sequence protocol in CPython; their items (ints) are listed first.
  if (t === TypeId.STR || t === TypeId.DICT || nativeKind(heap, s) === NativeKind.DICT_VIEW || t === TypeId.BYTES || isByteArray(heap, s)) { seq = newList(heap); pushHandle(heap, seq); extendFromIterable(heap, seq, s); }
  else if (t !== TypeId.LIST && t !== TypeId.TUPLE) throw typeError(`'${typeNameOf(heap, s)}' object is not reversible`);
  const it = newNative(heap, NativeKind.REVERSED);
  nset(heap, it, 0, seq);
  nset(heap, it, 1, fromInt32(lengthOf(heap, seq) - 1));
  return it;
});
defineBuiltin('enumerate', 'iterable, start=', (heap, a) => {
  // iter() first and kept in a handle: a user __iter__ runs Python, where a collection would
  // free an enumerate object allocated before it.
  const source = pushHandle(heap, getIter(heap, arg(heap, a, 0)));
  const start = isNull(arg(heap, a, 1)) ? fromInt32(0) : indexArg(heap, arg(heap, a, 1));
  const it = newNative(heap, NativeKind.ENUMERATE);
  nset(heap, it, 0, handleGet(heap, source));
  nset(heap, it, 1, start);
  return it;
});
defineBuiltin('zip', '*iterables, strict=', (heap, a) => {
  const args = arg(heap, a, 0);
  const n = tupleLength(heap, args);
  const its = newTuple(heap, n);
  pushHandle(heap, its);
  for (let i = 0; i < n; i++) {
    const src = tupleItem(heap, args, i);
    tupleInit(heap, its, i, getIter(heap, src, () => `'${typeNameOf(heap, src)}' object is not iterable`));
  }
  const z = newNative(heap, NativeKind.ZIP);
  nset(heap, z, 0, its);
  nset(heap, z, 1, fromBool(!isNull(arg(heap, a, 1)) && truthy(heap, arg(heap, a, 1))));
  return z;
});
// map() and map(f) are both map_new's "must have at least two arguments."
defineBuiltin('map', 'function=, /, *iterables', (heap, a) => {
  const args = arg(heap, a, 1);
  const n = tupleLength(heap, args);
  if (n === 0) throw typeError('map() must have at least two arguments.');
  const its = newTuple(heap, n);
  pushHandle(heap, its);
  for (let i = 0; i < n; i++) tupleInit(heap, its, i, getIter(heap, tupleItem(heap, args, i)));
  const m = newNative(heap, NativeKind.MAP);
  nset(heap, m, 0, arg(heap, a, 0));
  nset(heap, m, 1, its);
  return m;
});
defineBuiltin('filter', 'function, iterable, /', (heap, a) => {
  const source = pushHandle(heap, getIter(heap, arg(heap, a, 1))); // as enumerate: iter() may run Python
  const f = newNative(heap, NativeKind.FILTER);
  nset(heap, f, 0, arg(heap, a, 0));
  nset(heap, f, 1, handleGet(heap, source));
  return f;
});
defineBuiltin('input', 'prompt=, /', (heap, a) => {
  if (!isNull(arg(heap, a, 0))) host.write(1, strValue(heap, arg(heap, a, 0)));
  host.flush();
  const line = host.readLine();
  if (line === null) raise('EOFError', 'EOF when reading a line');
  return strFromJs(heap, line);
});

// --- constructors (calling the type objects) ---

/**
 * int(x)/float(x) of a user object: the builtin value of a builtin-type subclass (MyStr('5')),
 * else the first of `dunders` its class defines (checked to return the right type), else x.
 */
function userNumber(heap: Heap, x: Value, dunders: string[], target: 'int' | 'float'): Value {
  if (!isUserObject(heap, x)) return x;
  for (const name of dunders) {
    const r = classHooks.callDunder(heap, x, name);
    if (isNull(r)) continue;
    const ok = target === 'int' ? isIntValue(heap, r) : tid(heap, r) === TypeId.FLOAT || (name === '__index__' && isIntValue(heap, r));
    if (!ok) throw typeError(`${name} returned non-${target === 'int' || name === '__index__' ? 'int' : 'float'} (type ${typeNameOf(heap, r)})`);
    return builtinValue(heap, r);
  }
  return builtinValue(heap, x);
}

/**
 * int(b'12') / float(b'1.5'): the bytes read as Latin-1 text; a ValueError for bad text shows
 * the bytes' repr (`invalid literal for int() with base 10: b'x'`), as CPython's does.
 */
function parseBytesNumber<T>(data: Uint8Array, parse: (text: string) => T): T {
  let text = '';
  for (const b of data) text += String.fromCharCode(b);
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof PyError && e.pyType === 'ValueError' && /^(invalid literal|could not convert)/.test(e.message)) {
      raise('ValueError', `${e.message.slice(0, e.message.indexOf(': ') + 2)}${bytesRepr(data)}`);
    }
    throw e;
  }
}

defineConstructor(TypeId.INT, 'int', 'x=, /, base=', (heap, a) => {
  const x0 = arg(heap, a, 0), base = arg(heap, a, 1);
  if (isNull(x0)) {
    if (!isNull(base)) throw typeError('int() missing string argument');
    return fromInt32(0);
  }
  const x = userNumber(heap, x0, ['__int__', '__index__', '__trunc__'], 'int');
  const t = tid(heap, x);
  if (!isNull(base)) {
    // The base through __index__ (int('7', base=Ix(9))), as long_new_impl's PyNumber_AsSsize_t.
    const bi = isUserObject(heap, base) ? classHooks.index(heap, base) : NULL;
    const b = toJsInt(heap, isNull(bi) ? base : bi, '');
    if (t === TypeId.STR) return intFromBigInt(heap, pyParseInt(strToJs(heap, x), b));
    const data = bytesLikeData(heap, x);
    if (data === null || extTypeOf(heap, x)?.name === 'memoryview') throw typeError("int() can't convert non-string with explicit base");
    return intFromBigInt(heap, parseBytesNumber(data, (text) => pyParseInt(text, b)));
  }
  switch (t) {
    case TypeId.INT: return x;
    case TypeId.BOOL: return fromInt32(loOf(x));
    case TypeId.FLOAT: return intFromBigInt(heap, floatToInt(x));
    case TypeId.STR: return intFromBigInt(heap, pyParseInt(strToJs(heap, x), 10));
    default: {
      const data = bytesLikeData(heap, x);
      if (data !== null) return intFromBigInt(heap, parseBytesNumber(data, (text) => pyParseInt(text, 10)));
      throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(heap, x)}'`);
    }
  }
});
defineConstructor(TypeId.FLOAT, 'float', 'x=, /', (heap, a) => {
  const x0 = arg(heap, a, 0);
  if (isNull(x0)) return 0;
  const x = userNumber(heap, x0, ['__float__', '__index__'], 'float');
  const t = tid(heap, x);
  if (t === TypeId.FLOAT) return x;
  if (t === TypeId.INT || t === TypeId.BOOL) return fromFloat(intToFloat(intToBigInt(heap, x))); // OverflowError: int too large to convert to float
  if (t === TypeId.STR) return pyParseFloat(strToJs(heap, x));
  const data = bytesLikeData(heap, x);
  if (data !== null) return parseBytesNumber(data, pyParseFloat);
  throw typeError(`float() argument must be a string or a real number, not '${typeNameOf(heap, x)}'`);
});
defineConstructor(TypeId.STR, 'str', 'object=, encoding=, errors=', (heap, a) => {
  const obj = arg(heap, a, 0), enc = arg(heap, a, 1), err = arg(heap, a, 2);
  if (isNull(enc) && isNull(err)) return isNull(obj) ? strFromJs(heap, '') : strFromJs(heap, strValue(heap, obj));
  // str(b, encoding[, errors]) is b.decode(encoding, errors) (unicode_new_impl); str('') with an encoding is refused.
  const name = (v: Value, n: string, dflt: string): string => {
    if (isNull(v)) return dflt;
    if (tid(heap, v) !== TypeId.STR) throw typeError(`str() argument '${n}' must be str, not ${typeNameOf(heap, v)}`);
    return strToJs(heap, v);
  };
  const encoding = name(enc, 'encoding', 'utf-8'), errors = name(err, 'errors', 'strict');
  if (isNull(obj)) return strFromJs(heap, '');
  const data = bytesLikeData(heap, obj);
  if (data === null) {
    throw typeError(tid(heap, obj) === TypeId.STR ? 'decoding str is not supported' : `decoding to str: need a bytes-like object, ${typeNameOf(heap, obj)} found`);
  }
  return strFromJs(heap, decode(data, encoding, errors));
});
defineConstructor(TypeId.BOOL, 'bool', 'x=, /', (heap, a) => isNull(arg(heap, a, 0)) ? FALSE : fromBool(truthy(heap, arg(heap, a, 0))));
defineConstructor(TypeId.LIST, 'list', 'iterable=, /', (heap, a) => {
  const it = arg(heap, a, 0);
  if (isNull(it)) return newList(heap);
  // list_extend's first allocation: the iterable's length rounded up to even
  // (list_preallocate_exact), or CPython's default length guess of 8, so sys.getsizeof of the
  // list is CPython's.
  const n = lengthOf(heap, it);
  const out = newList(heap, n > 0 ? (n + 1) & ~1 : n < 0 ? 8 : 0);
  pushHandle(heap, out);
  extendFromIterable(heap, out, it);
  if (listLength(heap, out) === 0) return newList(heap); // list_resize(0) frees the items
  return out;
});
defineConstructor(TypeId.TUPLE, 'tuple', 'iterable=, /', (heap, a) => {
  if (isNull(arg(heap, a, 0))) return newTuple(heap, 0);
  if (tid(heap, arg(heap, a, 0)) === TypeId.TUPLE) return arg(heap, a, 0);
  const items = newList(heap);
  pushHandle(heap, items);
  extendFromIterable(heap, items, arg(heap, a, 0));
  const n = listLength(heap, items);
  const t = newTuple(heap, n);
  for (let i = 0; i < n; i++) tupleInit(heap, t, i, listGet(heap, items, i));
  return t;
});
for (const [id, name, frozen] of [[TypeId.SET, 'set', false], [TypeId.FROZENSET, 'frozenset', true]] as const) {
  // make_new_set: set_update_internal (set_merge for a set argument, the dict's keys after
  // one resize, else each item), so the order is CPython's. frozenset(f) is f itself.
  defineConstructor(id, name, 'iterable=, /', (heap, a) => {
    const src = arg(heap, a, 0);
    if (frozen && !isNull(src) && tid(heap, src) === TypeId.FROZENSET) return src;
    return setFrom(heap, src, frozen);
  });
}
defineConstructor(TypeId.DICT, 'dict', 'iterable=, /, **kwargs', (heap, a) => {
  const d = newDict(heap);
  pushHandle(heap, d);
  const src = arg(heap, a, 0);
  if (!isNull(src)) updateDict(heap, d, src);
  const kw = arg(heap, a, 1);
  for (let p = dictNext(heap, kw, 0); p >= 0; p = dictNext(heap, kw, p + 1)) dictSet(heap, d, dictEntryKey(heap, kw, p), dictEntryValue(heap, kw, p));
  return d;
});

/** dict.update(src) for a dict or an iterable of pairs. */
export function updateDict(heap: Heap, d: Value, src: Value): void {
  src = builtinValue(heap, src); // a dict subclass is a dict here (dict_merge's fast path)
  if (isUserObject(heap, src) && mappingKeys(heap, d, src)) return;
  if (tid(heap, src) === TypeId.DICT) {
    for (let p = dictNext(heap, src, 0); p >= 0; p = dictNext(heap, src, p + 1)) dictSet(heap, d, dictEntryKey(heap, src, p), dictEntryValue(heap, src, p));
    return;
  }
  const items = newList(heap);
  pushHandle(heap, items);
  extendFromIterable(heap, items, src);
  for (let i = 0; i < listLength(heap, items); i++) {
    let pair = listGet(heap, items, i);
    if (tid(heap, pair) !== TypeId.TUPLE && tid(heap, pair) !== TypeId.LIST) {
      // Any iterable is a pair as PySequence_Fast sees it ('ab' is ('a', 'b')); kept in `items`.
      const as = newList(heap);
      pushHandle(heap, as);
      extendFromIterable(heap, as, getIter(heap, listGet(heap, items, i), () => `cannot convert dictionary update sequence element #${i} to a sequence`));
      listSet(heap, items, i, as);
      pair = as;
    }
    const t = tid(heap, pair);
    const n = t === TypeId.TUPLE ? tupleLength(heap, pair) : listLength(heap, pair);
    if (n !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${n}; 2 is required`);
    const k = t === TypeId.TUPLE ? tupleItem(heap, pair, 0) : listGet(heap, pair, 0);
    const v = t === TypeId.TUPLE ? tupleItem(heap, pair, 1) : listGet(heap, pair, 1);
    dictSet(heap, d, k, v);
  }
}

/** d.update(m) for a user mapping with keys(): d[k] = m[k] for each key (PyDict_Merge's generic path); false when m has no keys. */
function mappingKeys(heap: Heap, d: Value, m: Value): boolean {
  let keys: Value;
  try {
    keys = loadAttr(heap, m, 'keys');
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'AttributeError') return false;
    throw e;
  }
  const top = pushHandle(heap, d);
  try {
    pushHandle(heap, m);
    const list = newList(heap);
    pushHandle(heap, list);
    extendFromIterable(heap, list, host.call(heap, keys, newTuple(heap, 0)));
    for (let i = 0; i < listLength(heap, list); i++) {
      const k = listGet(heap, handleGet(heap, top + 2), i);
      dictSet(heap, handleGet(heap, top), k, getItem(heap, handleGet(heap, top + 1), k));
    }
    return true;
  } finally {
    popHandles(heap, top);
  }
}

defineConstructor(TypeId.RANGE, 'range', 'start_or_stop, stop=, step=, /', (heap, a) => {
  // __index__ of user objects (an int subclass gives its int), written back into the
  // argument handles so a big int an __index__ made stays rooted across the next call.
  for (let i = 0; i < 3; i++) handleSet(heap, a + 1 + i, indexValue(heap, arg(heap, a, i)));
  const x = arg(heap, a, 0), y = arg(heap, a, 1), z = arg(heap, a, 2);
  // Not `for (const v of [x, y, z])`: a JS array of doubles may canonicalize NaN-boxed
  // Values once V8 has warmed up (docs/architecture-runtime.md); range(n) then saw a float.
  const check = (v: Value): void => {
    if (!isNull(v) && !isIntValue(heap, v)) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  };
  check(x); check(y); check(z);
  if (!isNull(z) && intToBigInt(heap, z) === 0n) raise('ValueError', 'range() arg 3 must not be zero');
  if (isNull(y)) return newRange(heap, fromInt32(0), norm(heap, x), fromInt32(1));
  return newRange(heap, norm(heap, x), norm(heap, y), isNull(z) ? fromInt32(1) : norm(heap, z));
});
const norm = (heap: Heap, v: Value): Value => (tid(heap, v) === TypeId.BOOL ? fromInt32(loOf(v)) : v);
defineConstructor(TypeId.TYPE, 'type', 'object, /', (heap, a) => {
  const v = arg(heap, a, 0);
  // An exception instance's type is its class object (F0), not the runtime's function type.
  if (nativeKind(heap, v) === NativeKind.EXC) return nget(heap, v, 0);
  const extClass = extHooks.typeOf(heap, v);
  if (extClass !== null) return extClass;
  const virtual = pyTypeId(heap, v);
  return virtual === TypeId.FUNCTION ? typeOf(heap, v) : fromPtr(heap.i32[H.TYPE_TABLE + virtual]);
});
// bytes() and bytearray(): bytes-methods.ts.

/** Fills the builtins namespace: functions, type objects, exception classes. */
export function installBuiltins(heap: Heap): void {
  intStrLimit.digits = INT_MAX_STR_DIGITS; // a new program starts with the default limit
  const d = builtinsDict(heap);
  for (const [name, e] of BUILTIN_FUNCTIONS) setAttr(heap, d, name, nativeValue(heap, e));
  for (const id of [TypeId.INT, TypeId.FLOAT, TypeId.STR, TypeId.BOOL, TypeId.LIST, TypeId.TUPLE, TypeId.SET, TypeId.FROZENSET,
    TypeId.DICT, TypeId.RANGE, TypeId.TYPE, TypeId.BYTES, TypeId.OBJECT, TypeId.SLICE, TypeId.COMPLEX, TypeId.BYTEARRAY, TypeId.MEMORYVIEW,
    TypeId.STATICMETHOD, TypeId.CLASSMETHOD, TypeId.PROPERTY]) {
    const t = fromPtr(heap.i32[H.TYPE_TABLE + id]);
    setAttr(heap, d, strToJs(heap, heap.f64[((loOf(t) >>> 0) + 8) >>> 3]), t);
  }
  installExceptions(heap);
  // CPython keeps the pre-3.3 names of OSError as aliases of the same class object.
  for (const alias of ['IOError', 'EnvironmentError']) setAttr(heap, d, alias, exceptionClass(heap, 'OSError'));
  void CONSTRUCTORS; void eq; void unary; void listSet; void floatDivmod; void bigDivmod; void TRUE;
}
