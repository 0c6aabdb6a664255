// The `random` module: binds runtime/stdlib/random.ts (CPython's Mersenne Twister and its
// exact draw sequences) to heap values. The module-level functions share one hidden
// generator per heap, as CPython's module functions are bound methods of a hidden
// `random.Random()`; it starts from fresh entropy, as CPython seeds from os.urandom.
// Sequences are indexed through the generic getItem, so list, tuple, range and str all work
// as they do in CPython (which indexes `seq[i]` too). `random.Random(seed)` objects are an
// extension type (ext-types.ts) with the same operations as methods, each with its own
// generator; they cannot be subclassed (extension classes cannot be).
// getstate/setstate use CPython's state shape: (3, tuple of 625 ints, gauss_next or None).

import { randomBytes } from 'node:crypto';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, isNull, isNone, fromFloat, fromInt32 } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { strToJs, bytesToArray, bytesFromArray } from '../str.js';
import { newList, listAppend, listLength, listGet, listSet, isList, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../semantics/errors.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, typeNameOf, lengthOf, tupleItem } from '../builtins/protocol.js';
import { getItem, getIter, iterNext } from '../builtins/containers.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { Random } from '../stdlib/random.js';
import type { Seed } from '../stdlib/mt19937.js';
import { asDouble, asInt } from './math.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extKey, newExt, isExt } from '../builtins/ext-types.js';
import { defineExtClass, extClassValue } from './ext-class.js';
import { defineMethod, self } from '../builtins/registry.js';
import { loOf } from '../value.js';

/** One hidden generator per heap (per running program); created on first use. */
const generators = new WeakMap<Heap, Random>();
function gen(heap: Heap): Random {
  let g = generators.get(heap);
  if (g === undefined) {
    g = new Random(entropy());
    generators.set(heap, g);
  }
  return g;
}

/** 2,496 bits of OS entropy as an int seed: CPython seeds a fresh generator from urandom. */
function entropy(): bigint {
  return BigInt('0x' + randomBytes(312).toString('hex'));
}

/** seed(a): CPython's accepted seed types; anything else is its TypeError. */
function asSeed(heap: Heap, v: Value): Seed {
  switch (tid(heap, v)) {
    case TypeId.NONE: return entropy();
    case TypeId.INT: case TypeId.BOOL: return intToBigInt(heap, v);
    case TypeId.FLOAT: return v;
    case TypeId.STR: return strToJs(heap, v);
    case TypeId.BYTES: return bytesToArray(heap, v);
    default:
      throw typeError('The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.');
  }
}

/** An optional int argument (None and absent both mean "not given"). */
function optInt(heap: Heap, v: Value): bigint | null {
  return isNull(v) || isNone(v) ? null : asInt(heap, v);
}

/** A non-negative count that fits a JS array (k of sample/choices, n of randbytes). */
function smallCount(heap: Heap, v: Value): number {
  const n = asInt(heap, v);
  // Past 2**31 CPython would run out of memory building the list; refuse clearly instead.
  if (n > 0x7fffffffn) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(n);
}

/** Every item of an iterable as a number (weights), converted as CPython adds them. */
function numbers(heap: Heap, iterable: Value): number[] {
  const it = getIter(heap, iterable);
  const h = pushHandle(heap, it);
  try {
    const out: number[] = [];
    for (let x = iterNext(heap, handleGet(heap, h)); !isNull(x); x = iterNext(heap, handleGet(heap, h))) out.push(asDouble(heap, x));
    return out;
  } finally { popHandles(heap, h); }
}

/** A new list of `seq[i]` for each index; the list is kept reachable while items allocate. */
function pick(heap: Heap, seq: Value, indices: readonly number[]): Value {
  const hs = pushHandle(heap, seq);
  const hl = pushHandle(heap, newList(heap, indices.length));
  try {
    for (const i of indices) {
      const item = getItem(heap, handleGet(heap, hs), fromInt32(i));
      listAppend(heap, handleGet(heap, hl), item);
    }
    return handleGet(heap, hl);
  } finally { popHandles(heap, hs); }
}

// --- random.Random instances ---
// Layout (ext-types.ts): F1 the instance's number in its heap's table of generators. The
// generator itself is a JS object (624 state words plus the gauss cache), so it lives in that
// table, not in the heap; an instance's generator is not freed with it (a program makes few).

const instances = new WeakMap<Heap, Random[]>();
const randomType = defineExtType('Random', 'random', {});

/** The generator of `v`, a random.Random instance (a method's self, so always one). */
function instanceGen(heap: Heap, v: Value): Random {
  if (!isExt(heap, v, randomType)) throw typeError(`descriptor requires a 'random.Random' object but received a '${typeNameOf(heap, v)}'`);
  return instances.get(heap)![loOf(nget(heap, v, 1))];
}

const randomClass = defineExtClass(randomType, 'x=, /', (heap, a) => {
  const x = arg(heap, a, 0);
  let table = instances.get(heap);
  if (table === undefined) instances.set(heap, (table = []));
  const v = newExt(heap, randomType);
  nset(heap, v, 1, fromInt32(table.length));
  table.push(new Random(isNull(x) ? entropy() : asSeed(heap, x)));
  return v;
});

const entries: [string, NativeEntry][] = [];
/**
 * Declares `name` twice: a module function on the heap's hidden generator and a method of
 * random.Random on the instance's own (`fn` gets the generator to draw from).
 */
function def(name: string, sig: string, fn: (heap: Heap, a: number, g: Random) => Value): void {
  entries.push([name, defineFunction('random', name, sig, (heap, a) => fn(heap, a, gen(heap)))]);
  defineMethod(extKey(randomType), 'Random', name, sig, (heap, a) => fn(heap, a, instanceGen(heap, self(heap, a))));
}
const f = (heap: Heap, a: number, i: number, dflt: number): number => {
  const v = arg(heap, a, i);
  return isNull(v) ? dflt : asDouble(heap, v);
};

def('seed', 'a=, version=', (heap, a, g) => {
  const v = arg(heap, a, 0);
  const version = arg(heap, a, 1);
  g.seed(isNull(v) ? entropy() : asSeed(heap, v), isNull(version) ? 2 : Number(asInt(heap, version)));
  return NONE;
});
def('random', '', (_heap, _a, g) => fromFloat(g.random()));
def('getrandbits', 'k, /', (heap, a, g) => {
  const k = asInt(heap, arg(heap, a, 0));
  if (k < 0n) raise('ValueError', 'number of bits must be non-negative');
  return intFromBigInt(heap, g.getrandbits(Number(k)));
});
def('randrange', 'start, stop=, step=', (heap, a, g) => {
  const stop = arg(heap, a, 1);
  return intFromBigInt(heap, g.randrange(asInt(heap, arg(heap, a, 0)), optInt(heap, stop), optInt(heap, arg(heap, a, 2)) ?? null));
});
def('randint', 'a, b', (heap, a, g) => intFromBigInt(heap, g.randint(asInt(heap, arg(heap, a, 0)), asInt(heap, arg(heap, a, 1)))));
def('choice', 'seq', (heap, a, g) => {
  const seq = arg(heap, a, 0);
  return getItem(heap, seq, fromInt32(g.choiceIndex(lengthOf(heap, seq))));
});
def('shuffle', 'x', (heap, a, g) => {
  const x = arg(heap, a, 0);
  // CPython swaps through x[i] = x[j] on any mutable sequence; lists are the common case.
  if (!isList(heap, x)) throw typeError(`'${typeNameOf(heap, x)}' object does not support item assignment`);
  for (let i = listLength(heap, x) - 1; i > 0; i--) {
    const j = g.randbelowNum(i + 1);
    const t = listGet(heap, x, i);
    listSet(heap, x, i, listGet(heap, x, j));
    listSet(heap, x, j, t);
  }
  return NONE;
});
def('sample', 'population, k, *, counts=', (heap, a, g) => {
  const pop = arg(heap, a, 0);
  const k = smallCount(heap, arg(heap, a, 1));
  const countsArg = arg(heap, a, 2);
  const t = tid(heap, pop);
  if (t === TypeId.SET || t === TypeId.FROZENSET || t === TypeId.DICT) {
    throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = lengthOf(heap, pop);
  if (isNull(countsArg) || isNone(countsArg)) return pick(heap, pop, g.sampleIndices(n, k));
  const counts = numbers(heap, countsArg);
  const idx = Array.from({ length: n }, (_, i) => i);
  return pick(heap, pop, g.sample(idx, k, counts));
});
def('choices', 'population, weights=, *, cum_weights=, k=', (heap, a, g) => {
  const pop = arg(heap, a, 0);
  const w = arg(heap, a, 1);
  const cw = arg(heap, a, 2);
  const k = arg(heap, a, 3);
  const weights = isNull(w) || isNone(w) ? null : numbers(heap, w);
  const cum = isNull(cw) || isNone(cw) ? null : numbers(heap, cw);
  const n = lengthOf(heap, pop);
  return pick(heap, pop, g.choicesIndices(n, isNull(k) ? 1 : smallCount(heap, k), weights, cum));
});
def('uniform', 'a, b', (heap, a, g) => fromFloat(g.uniform(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('triangular', 'low=, high=, mode=', (heap, a, g) => {
  const m = arg(heap, a, 2);
  return fromFloat(g.triangular(f(heap, a, 0, 0.0), f(heap, a, 1, 1.0), isNull(m) || isNone(m) ? null : asDouble(heap, m)));
});
def('gauss', 'mu=, sigma=', (heap, a, g) => fromFloat(g.gauss(f(heap, a, 0, 0.0), f(heap, a, 1, 1.0))));
def('normalvariate', 'mu=, sigma=', (heap, a, g) => fromFloat(g.normalvariate(f(heap, a, 0, 0.0), f(heap, a, 1, 1.0))));
def('lognormvariate', 'mu, sigma', (heap, a, g) => fromFloat(g.lognormvariate(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('expovariate', 'lambd=', (heap, a, g) => fromFloat(g.expovariate(f(heap, a, 0, 1.0))));
def('paretovariate', 'alpha', (heap, a, g) => fromFloat(g.paretovariate(asDouble(heap, arg(heap, a, 0)))));
def('weibullvariate', 'alpha, beta', (heap, a, g) => fromFloat(g.weibullvariate(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('vonmisesvariate', 'mu, kappa', (heap, a, g) => fromFloat(g.vonmisesvariate(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('gammavariate', 'alpha, beta', (heap, a, g) => fromFloat(g.gammavariate(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('betavariate', 'alpha, beta', (heap, a, g) => fromFloat(g.betavariate(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('binomialvariate', 'n=, p=', (heap, a, g) => {
  const n = arg(heap, a, 0);
  return intFromBigInt(heap, g.binomialvariate(isNull(n) ? 1n : asInt(heap, n), f(heap, a, 1, 0.5)));
});

def('randbytes', 'n, /', (heap, a, g) => {
  // CPython 3.13's randbytes is getrandbits(n * 8) in C, hence its message for n < 0.
  if (asInt(heap, arg(heap, a, 0)) < 0n) raise('ValueError', 'number of bits must be non-negative');
  return bytesFromArray(heap, g.randbytes(smallCount(heap, arg(heap, a, 0))));
});
def('getstate', '', (heap, _a, g) => {
  const [version, words, gnext] = g.getstate();
  const ws = newTuple(heap, words.length);
  words.forEach((w, i) => tupleInit(heap, ws, i, intFromBigInt(heap, BigInt(w))));
  const t = newTuple(heap, 3);
  tupleInit(heap, t, 0, fromInt32(version));
  tupleInit(heap, t, 1, ws);
  tupleInit(heap, t, 2, gnext === null ? NONE : fromFloat(gnext));
  return t;
});
def('setstate', 'state, /', (heap, a, g) => {
  const st = arg(heap, a, 0);
  if (tid(heap, st) !== TypeId.TUPLE) throw typeError('state vector must be a tuple');
  if (tupleLength(heap, st) !== 3) raise('ValueError', `state with version ${tupleLength(heap, st)} passed to Random.setstate() of version 3`);
  const ws = tupleItem(heap, st, 1);
  if (tid(heap, ws) !== TypeId.TUPLE) throw typeError('state vector must be a tuple');
  const words: bigint[] = [];
  for (let i = 0; i < tupleLength(heap, ws); i++) words.push(asInt(heap, tupleItem(heap, ws, i)));
  const gnext = tupleItem(heap, st, 2);
  g.setstate([Number(asInt(heap, tupleItem(heap, st, 0))), words, isNone(gnext) ? null : asDouble(heap, gnext)]);
  return NONE;
});

defineModule('random', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'Random', extClassValue(heap, randomClass));
});
