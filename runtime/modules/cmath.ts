// The `cmath` module: bindings of cmath-core.ts. Arguments convert as CPython's
// PyArg "D" format (int, bool, float or complex; else `must be real number, not str`);
// results are complex objects, floats (phase) or a tuple (polar).

import type { Heap } from '../heap.js';
import { type Value, TRUE, FALSE, isNull } from '../value.js';
import { newComplex } from '../complex.js';
import { newTuple, tupleInit } from '../sequence.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { typeNameOf } from '../builtins/protocol.js';
import { asComplex } from '../builtins/complex.js';
import { asDouble } from './math.js';
import * as C from './cmath-core.js';

function complexArg(heap: Heap, v: Value): C.Complex {
  const z = asComplex(heap, v);
  if (z === null) throw typeError(`must be real number, not ${typeNameOf(heap, v)}`);
  return z;
}
const box = (heap: Heap, z: C.Complex): Value => newComplex(heap, z.re, z.im);

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('cmath', name, sig, fn)]);
}

for (const [name, f] of Object.entries(C.UNARY)) {
  if (name === 'log') continue;
  def(name, 'z, /', (heap, a) => box(heap, f(complexArg(heap, arg(heap, a, 0)))));
}
def('log', 'x, base=, /', (heap, a) => {
  const x = C.log_(complexArg(heap, arg(heap, a, 0)));
  if (isNull(arg(heap, a, 1))) return box(heap, x);
  return box(heap, C.quot(x, C.log_(complexArg(heap, arg(heap, a, 1)))));
});
def('phase', 'z, /', (heap, a) => C.phase(complexArg(heap, arg(heap, a, 0))));
def('polar', 'z, /', (heap, a) => {
  const [r, phi] = C.polar(complexArg(heap, arg(heap, a, 0)));
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, r);
  tupleInit(heap, t, 1, phi);
  return t;
});
def('rect', 'r, phi, /', (heap, a) => box(heap, C.rect(asDouble(heap, arg(heap, a, 0)), asDouble(heap, arg(heap, a, 1)))));
def('isfinite', 'z, /', (heap, a) => { const z = complexArg(heap, arg(heap, a, 0)); return Number.isFinite(z.re) && Number.isFinite(z.im) ? TRUE : FALSE; });
def('isnan', 'z, /', (heap, a) => { const z = complexArg(heap, arg(heap, a, 0)); return Number.isNaN(z.re) || Number.isNaN(z.im) ? TRUE : FALSE; });
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
def('isinf', 'z, /', (heap, a) => { const z = complexArg(heap, arg(heap, a, 0)); return isInf(z.re) || isInf(z.im) ? TRUE : FALSE; });
def('isclose', 'a, b, *, rel_tol=, abs_tol=', (heap, a) => {
  const x = complexArg(heap, arg(heap, a, 0)), y = complexArg(heap, arg(heap, a, 1));
  const rel = isNull(arg(heap, a, 2)) ? 1e-9 : asDouble(heap, arg(heap, a, 2));
  const abs = isNull(arg(heap, a, 3)) ? 0 : asDouble(heap, arg(heap, a, 3));
  if (rel < 0 || abs < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x.re === y.re && x.im === y.im) return TRUE;
  if (isInf(x.re) || isInf(x.im) || isInf(y.re) || isInf(y.im)) return FALSE;
  const diff = C.abs({ re: x.re - y.re, im: x.im - y.im });
  return diff <= rel * C.abs(y) || diff <= rel * C.abs(x) || diff <= abs ? TRUE : FALSE;
});

defineModule('cmath', (heap, dict) => {
  for (const [name, e] of entries) setAttr(heap, dict, name, nativeValue(heap, e));
  setAttr(heap, dict, 'pi', Math.PI);
  setAttr(heap, dict, 'e', Math.E);
  setAttr(heap, dict, 'tau', 2 * Math.PI);
  setAttr(heap, dict, 'inf', Infinity);
  setAttr(heap, dict, 'nan', NaN);
  setAttr(heap, dict, 'infj', newComplex(heap, 0, Infinity));
  setAttr(heap, dict, 'nanj', newComplex(heap, 0, NaN));
});
