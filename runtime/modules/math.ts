// The `math` module: binds the pure numerics of math-core.ts to heap values, following the
// declaration conventions of runtime/builtins/README.md. Argument conversion is CPython's:
// a float parameter takes float, int or bool ("must be real number, not str"), an int
// parameter takes int or bool ("'float' object cannot be interpreted as an integer").

import { floatValue, indexValue } from '../builtins/class-hooks.js';
import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { classHooks, isUserObject } from '../builtins/class-hooks.js';
import { type Value, NULL, isNull, isNone, fromFloat, fromBool, fromInt32, hiOf, loOf, HI_INT } from '../value.js';
import { intFromBigInt, intToBigInt } from '../int.js';
import { newTuple, tupleInit } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../semantics/errors.js';
import { intToFloat } from '../semantics/int.js';
import { floatFloor, floatCeil, floatToInt } from '../semantics/float.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, typeNameOf, tupleItem } from '../builtins/protocol.js';
import { getIter, iterNext } from '../builtins/containers.js';
import { binary } from '../builtins/arith.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { tupleLength } from '../sequence.js';
import * as core from './math-core.js';
import * as trig from './trig.js';
import * as special from './math-special.js';
import { ldexpExact } from '../semantics/exact.js';

// --- Argument conversion ---

/** A float parameter: PyFloat_AsDouble of a float, int or bool. */
export function asDouble(heap: Heap, v: Value): number {
  v = floatValue(heap, v); // __float__/__index__ of a user object
  const t = tid(heap, v);
  if (t === TypeId.FLOAT) return v;
  if (t === TypeId.INT || t === TypeId.BOOL) return intToFloat(intToBigInt(heap, v));
  throw typeError(`must be real number, not ${typeNameOf(heap, v)}`);
}

/** An int parameter (PyNumber_Index): int or bool only. */
export function asInt(heap: Heap, v: Value): bigint {
  v = indexValue(heap, v); // __index__ of a user object
  const t = tid(heap, v);
  if (t === TypeId.INT || t === TypeId.BOOL) return intToBigInt(heap, v);
  throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
}

const isIntArg = (heap: Heap, v: Value) => {
  const t = tid(heap, v);
  return t === TypeId.INT || t === TypeId.BOOL;
};

/** Every item of an iterable, converted by `convert` as it is read. */
function collect<T>(heap: Heap, iterable: Value, convert: (v: Value) => T): T[] {
  const it = getIter(heap, iterable);
  const h = pushHandle(heap, it);
  try {
    const out: T[] = [];
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) out.push(convert(x));
    return out;
  } finally { popHandles(heap, h); }
}

function pair(heap: Heap, a: Value, b: Value): Value {
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, a);
  tupleInit(heap, t, 1, b);
  return t;
}

// --- Declarations ---

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('math', name, sig, fn)]);
}

/** A one-argument float function with CPython's math_1 error rules. */
function float1(name: string, f: (x: number) => number, canOverflow: boolean): void {
  def(name, 'x, /', (heap, a) => fromFloat(core.checked1(f, asDouble(heap, arg(heap, a, 0)), canOverflow)));
}

float1('sqrt', Math.sqrt, false);
float1('exp', core.exp, true);
float1('exp2', (x) => 2 ** x, true);
float1('expm1', Math.expm1, true);
float1('sin', trig.sin, false);
float1('cos', trig.cos, false);
float1('tan', trig.tan, false);
float1('asin', Math.asin, false);
float1('acos', Math.acos, false);
float1('atan', trig.atan, false);
float1('sinh', Math.sinh, true);
float1('cosh', Math.cosh, true);
float1('tanh', Math.tanh, false);
float1('asinh', Math.asinh, false);
float1('acosh', Math.acosh, false);
float1('atanh', Math.atanh, false);
float1('fabs', Math.abs, false);
float1('log1p', Math.log1p, false);

const RAD_TO_DEG = 180 / Math.PI;
const DEG_TO_RAD = Math.PI / 180;
def('degrees', 'x, /', (heap, a) => fromFloat(asDouble(heap, arg(heap, a, 0)) * RAD_TO_DEG));
def('radians', 'x, /', (heap, a) => fromFloat(asDouble(heap, arg(heap, a, 0)) * DEG_TO_RAD));

/** log, log2, log10: ints keep their exact value (logs of ints past the float range work). */
function logOf(heap: Heap, v: Value, f: (x: number) => number): number {
  return isIntArg(heap, v) ? core.logOfInt(f, intToBigInt(heap, v)) : core.logOfFloat(f, asDouble(heap, v));
}
def('log', 'x, base=, /', (heap, a) => {
  const num = logOf(heap, arg(heap, a, 0), core.LOGS.log);
  const base = arg(heap, a, 1);
  if (isNull(base)) return fromFloat(num);
  const den = logOf(heap, base, core.LOGS.log);
  // CPython divides two float objects here, so log(x, 1) is float division's error.
  if (den === 0) raise('ZeroDivisionError', 'float division by zero');
  return fromFloat(num / den);
});
def('log2', 'x, /', (heap, a) => fromFloat(logOf(heap, arg(heap, a, 0), core.LOGS.log2)));
def('log10', 'x, /', (heap, a) => fromFloat(logOf(heap, arg(heap, a, 0), core.LOGS.log10)));

def('pow', 'x, y, /', (heap, a) => fromFloat(core.mathPow(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('fmod', 'x, y, /', (heap, a) => fromFloat(core.fmod(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('copysign', 'x, y, /', (heap, a) => fromFloat(core.copysign(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('atan2', 'y, x, /', (heap, a) => fromFloat(trig.atan2(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));

def('hypot', '*coordinates', (heap, a) => {
  const coords = arg(heap, a, 0);
  const values: number[] = [];
  for (let i = 0; i < tupleLength(heap, coords); i++) values.push(asDouble(heap, tupleItem(heap, coords, i)));
  return fromFloat(core.norm(values));
});
def('dist', 'p, q, /', (heap, a) => {
  const p = collect(heap, arg(heap, a, 0), (v) => asDouble(heap, v));
  const q = collect(heap, arg(heap, a, 1), (v) => asDouble(heap, v));
  if (p.length !== q.length) core.raiseValue('both points must have the same number of dimensions');
  return fromFloat(core.norm(p.map((x, i) => Math.abs(x - q[i]))));
});

/** math.floor/ceil/trunc of an object whose class defines the dunder (Fraction, Decimal): its result; else null. */
function userRounding(heap: Heap, x: Value, dunder: string): Value | null {
  if (!isUserObject(heap, x)) return null;
  const r = classHooks.callDunder(heap, x, dunder);
  return isNull(r) ? null : r;
}

def('floor', 'x, /', (heap, a) => {
  const x = arg(heap, a, 0);
  { const u = userRounding(heap, x, '__floor__'); if (u !== null) return u; }
  return isIntArg(heap, x) ? intFromBigInt(heap, intToBigInt(heap, x)) : intFromBigInt(heap, floatFloor(asDouble(heap, x)));
});
def('ceil', 'x, /', (heap, a) => {
  const x = arg(heap, a, 0);
  { const u = userRounding(heap, x, '__ceil__'); if (u !== null) return u; }
  return isIntArg(heap, x) ? intFromBigInt(heap, intToBigInt(heap, x)) : intFromBigInt(heap, floatCeil(asDouble(heap, x)));
});
def('trunc', 'x, /', (heap, a) => {
  const x = arg(heap, a, 0);
  if (isIntArg(heap, x)) return intFromBigInt(heap, intToBigInt(heap, x));
  { const u = userRounding(heap, x, '__trunc__'); if (u !== null) return u; }
  if (tid(heap, x) !== TypeId.FLOAT) throw typeError(`type ${typeNameOf(heap, x)} doesn't define __trunc__ method`);
  return intFromBigInt(heap, floatToInt(x));
});

def('isfinite', 'x, /', (heap, a) => fromBool(Number.isFinite(asDouble(heap, arg(heap, a, 0)))));
def('isnan', 'x, /', (heap, a) => fromBool(Number.isNaN(asDouble(heap, arg(heap, a, 0)))));
def('isinf', 'x, /', (heap, a) => {
  const x = asDouble(heap, arg(heap, a, 0));
  return fromBool(x === Infinity || x === -Infinity);
});
def('isclose', 'a, b, *, rel_tol=, abs_tol=', (heap, a) => {
  const rel = arg(heap, a, 2);
  const abs = arg(heap, a, 3);
  return fromBool(core.isclose(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)),
    isNull(rel) ? 1e-9 : asDouble(heap, rel), isNull(abs) ? 0 : asDouble(heap, abs)));
});

def('fsum', 'seq, /', (heap, a) => fromFloat(core.fsum(collect(heap, arg(heap, a, 0), (v) => asDouble(heap, v)))));
def('prod', 'iterable, /, *, start=', (heap, a) => {
  const start = arg(heap, a, 1);
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  const acc = pushHandle(heap, isNull(start) ? fromInt32(1) : start);
  try {
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) {
      pushHandle(heap, x);
      const r = binary(heap, 'mul', handleGet(heap, acc), x);
      popHandles(heap, acc);
      pushHandle(heap, r);
    }
    return handleGet(heap, acc);
  } finally { popHandles(heap, h); }
});

def('modf', 'x, /', (heap, a) => {
  const [f, w] = core.modf(asDouble(heap, arg(heap, a, 0)));
  return pair(heap, fromFloat(f), fromFloat(w));
});
def('frexp', 'x, /', (heap, a) => {
  const [m, e] = core.frexp(asDouble(heap, arg(heap, a, 0)));
  return pair(heap, fromFloat(m), fromInt32(e));
});
def('ldexp', 'x, i, /', (heap, a) => fromFloat(core.ldexp(asDouble(heap, arg(heap, a, 0)), asInt(heap, arg(heap, a, 1)))));
def('ulp', 'x, /', (heap, a) => fromFloat(core.ulp(asDouble(heap, arg(heap, a, 0)))));

def('isqrt', 'n, /', (heap, a) => intFromBigInt(heap, core.isqrt(asInt(heap, arg(heap, a, 0)))));
def('factorial', 'n, /', (heap, a) => intFromBigInt(heap, core.factorial(asInt(heap, arg(heap, a, 0)))));
def('comb', 'n, k, /', (heap, a) => intFromBigInt(heap, core.comb(asInt(heap, arg(heap, a, 0)), asInt(heap, arg(heap, a, 1)))));
def('perm', 'n, k=, /', (heap, a) => {
  const k = arg(heap, a, 1);
  return intFromBigInt(heap, core.perm(asInt(heap, arg(heap, a, 0)), isNull(k) || isNone(k) ? null : asInt(heap, k)));
});
function fold(heap: Heap, args: Value, f: (x: bigint, y: bigint) => bigint, empty: bigint): Value {
  const n = tupleLength(heap, args);
  if (n === 0) return intFromBigInt(heap, empty);
  let acc = asInt(heap, tupleItem(heap, args, 0));
  if (n === 1) return intFromBigInt(heap, acc < 0n ? -acc : acc);
  for (let i = 1; i < n; i++) acc = f(acc, asInt(heap, tupleItem(heap, args, i)));
  return intFromBigInt(heap, acc);
}
def('gcd', '*integers', (heap, a) => {
  // Small ints (fractions' normalisation calls this for every result): Euclid on doubles,
  // exact for int32 magnitudes; anything else (big ints, bools, __index__) through BigInt.
  const args = arg(heap, a, 0);
  const n = tupleLength(heap, args);
  let g = 0;
  for (let i = 0; i < n; i++) {
    const v = tupleItem(heap, args, i);
    if (hiOf(v) !== HI_INT) return fold(heap, args, core.gcd, 0n);
    let x = Math.abs(loOf(v)), y = g;
    while (y !== 0) { const r = x % y; x = y; y = r; }
    g = x;
  }
  return g <= 0x7fffffff ? fromInt32(g) : intFromBigInt(heap, BigInt(g));
});
def('lcm', '*integers', (heap, a) => fold(heap, arg(heap, a, 0), core.lcm, 1n));

// --- Special functions (math-special.ts) ---
float1('erf', special.erf, false);
float1('erfc', special.erfc, false);
float1('cbrt', special.cbrt, false);
def('gamma', 'x, /', (heap, a) => fromFloat(special.gamma(asDouble(heap, arg(heap, a, 0)))));
def('lgamma', 'x, /', (heap, a) => fromFloat(special.lgamma(asDouble(heap, arg(heap, a, 0)))));
def('remainder', 'x, y, /', (heap, a) => fromFloat(special.remainder(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('nextafter', 'x, y, /, *, steps=', (heap, a) => {
  const x = asDouble(heap, arg(heap, a, 0)), y = asDouble(heap, arg(heap, a, 1)), steps = arg(heap, a, 2);
  return fromFloat(isNull(steps) || isNone(steps) ? special.nextafter(x, y) : special.nextafterSteps(x, y, asInt(heap, steps)));
});

/** A double as an exact binary rational m * 2**e (finite doubles only). */
function exactParts(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const [m, e] = core.frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}

// sumprod(p, q): ints exactly; ints and finite floats as one exactly rounded sum (CPython
// accumulates in extended precision); anything else with the generic + and *.
def('sumprod', 'p, q, /', (heap, a) => {
  // Items are boxed in objects (a Value must never sit in a JS array, value.ts) and rooted in
  // handles (the generic path below may run Python code).
  const top = pushHandle(heap, NULL);
  try {
    const p = collect(heap, arg(heap, a, 0), (v) => { pushHandle(heap, v); return { v }; });
    const q = collect(heap, arg(heap, a, 1), (v) => { pushHandle(heap, v); return { v }; });
    if (p.length !== q.length) core.raiseValue('Inputs are not the same length');
    const all = [...p, ...q];
    const isInt = (b: { v: Value }) => isIntArg(heap, b.v);
    if (all.every(isInt)) {
      let total = 0n;
      for (let i = 0; i < p.length; i++) total += intToBigInt(heap, p[i].v) * intToBigInt(heap, q[i].v);
      return intFromBigInt(heap, total);
    }
    if (all.every((b) => isInt(b) || (tid(heap, b.v) === TypeId.FLOAT && Number.isFinite(b.v)))) {
      // Exact sum of exact products, rounded once.
      let num = 0n, exp = 0;
      for (let i = 0; i < p.length; i++) {
        const [m1, e1] = isInt(p[i]) ? [intToBigInt(heap, p[i].v), 0] : exactParts(p[i].v);
        const [m2, e2] = isInt(q[i]) ? [intToBigInt(heap, q[i].v), 0] : exactParts(q[i].v);
        let m = m1 * m2;
        const e = e1 + e2;
        if (e < exp) { num <<= BigInt(exp - e); exp = e; } else m <<= BigInt(e - exp);
        num += m;
      }
      const r = num < 0n ? -ldexpExact(-num, exp) : ldexpExact(num, exp);
      if (!Number.isFinite(r)) raise('OverflowError', 'math range error');
      return fromFloat(r);
    }
    let total: Value = fromInt32(0);
    for (let i = 0; i < p.length; i++) {
      const t = pushHandle(heap, total);
      total = binary(heap, 'add', handleGet(heap, t), binary(heap, 'mul', p[i].v, q[i].v));
      popHandles(heap, t);
    }
    return total;
  } finally { popHandles(heap, top); }
});

defineModule('math', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'pi', fromFloat(Math.PI));
  setAttr(heap, dict, 'e', fromFloat(Math.E));
  setAttr(heap, dict, 'tau', fromFloat(2 * Math.PI));
  setAttr(heap, dict, 'inf', fromFloat(Infinity));
  setAttr(heap, dict, 'nan', fromFloat(NaN));
  void NULL;
});
