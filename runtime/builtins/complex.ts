// complex: the Python-facing side of runtime/complex.ts — arithmetic with int/float/complex
// operands, ==, attributes (.real, .imag, conjugate) and the complex() constructor, as
// Objects/complexobject.c of CPython 3.13. The arithmetic itself is runtime/semantics/complex.ts.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { classHooks, isUserObject } from './class-hooks.js';
import { type Value, HI_BOOL, HI_INT, HI_PTR, fromFloat, fromInt32, hiOf, isNull, loOf } from '../value.js';
import { intToBigInt } from '../int.js';
import { strToJs } from '../str.js';
import { complexImag, complexReal, newComplex } from '../complex.js';
import { typeError } from '../errors.js';
import * as C from '../semantics/complex.js';
import { intToFloat } from '../semantics/int.js';
import { defineConstructor, defineMethod, arg, self } from './registry.js';
import { tid, typeNameOf, compareNumbers } from './protocol.js';

/** Whether v is a complex object. */
export function isComplex(heap: Heap, v: Value): boolean {
  return v !== v && hiOf(v) === HI_PTR && tid(heap, v) === TypeId.COMPLEX;
}

/** v as a complex if it is an int, bool, float or complex; null otherwise. Big ints may raise OverflowError. */
export function asComplex(heap: Heap, v: Value): C.Complex | null {
  if (v === v) return { re: v, im: 0 };
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL) return { re: loOf(v), im: 0 };
  switch (tid(heap, v)) {
    case TypeId.INT: return { re: intToFloat(intToBigInt(heap, v)), im: 0 };
    case TypeId.FLOAT: return { re: v, im: 0 }; // the canonical NaN
    case TypeId.COMPLEX: return { re: complexReal(heap, v), im: complexImag(heap, v) };
    default: return null;
  }
}

/** A user object as a real number for complex(): its __float__, else its __index__ (try_complex_special_method's fallbacks), or null. */
function userReal(heap: Heap, v: Value): C.Complex | null {
  if (!isUserObject(heap, v)) return null;
  const f = classHooks.callDunder(heap, v, '__float__');
  if (!isNull(f)) {
    if (tid(heap, f) !== TypeId.FLOAT) throw typeError(`${typeNameOf(heap, v)}.__float__ returned non-float (type ${typeNameOf(heap, f)})`);
    return { re: f, im: 0 };
  }
  const n = classHooks.index(heap, v);
  return isNull(n) ? null : asComplex(heap, n);
}

function box(heap: Heap, z: C.Complex): Value {
  return newComplex(heap, z.re, z.im);
}

/**
 * `a op b` when a or b is complex and the other a number: the result, or null when complex
 * has no such operator (// % << ...) or the other operand is not a number (TypeError follows).
 */
export function complexBinary(heap: Heap, op: string, a: Value, b: Value): Value | null {
  if (!isComplex(heap, a) && !isComplex(heap, b)) return null;
  if (op !== 'add' && op !== 'sub' && op !== 'mul' && op !== 'truediv' && op !== 'pow') return null;
  const x = asComplex(heap, a);
  const y = x === null ? null : asComplex(heap, b);
  if (x === null || y === null) return null;
  return complexOp(heap, op, x, y);
}

/** A complex operator on two parts pairs (also float ** float with a complex result). */
export function complexOp(heap: Heap, op: string, x: C.Complex, y: C.Complex): Value {
  switch (op) {
    case 'add': return box(heap, C.cAdd(x, y));
    case 'sub': return box(heap, C.cSub(x, y));
    case 'mul': return box(heap, C.cMul(x, y));
    case 'truediv': return box(heap, C.cDiv(x, y));
    default: return box(heap, C.cPow(x, y));
  }
}

/** -z, +z, abs(z) for a complex z. */
export function complexUnary(heap: Heap, op: '-' | '+' | 'abs', v: Value): Value {
  const re = complexReal(heap, v), im = complexImag(heap, v);
  if (op === 'abs') return fromFloat(C.cAbs({ re, im }));
  return op === '-' ? newComplex(heap, -re, -im) : newComplex(heap, re, im);
}

/** bool(z). */
export function complexTruthy(heap: Heap, v: Value): boolean {
  return complexReal(heap, v) !== 0 || complexImag(heap, v) !== 0;
}

/**
 * a == b where a or b is complex (complex_richcompare): an int is compared exactly with the
 * real part when the imaginary part is 0; anything that is not a number is unequal.
 */
export function complexEq(heap: Heap, x: Value, y: Value): boolean {
  // No destructuring swap: a Value must never sit in a JS array (value.ts).
  const xc = isComplex(heap, x);
  const a = xc ? x : y;
  const b = xc ? y : x;
  const re = complexReal(heap, a), im = complexImag(heap, a);
  if (isComplex(heap, b)) return re === complexReal(heap, b) && im === complexImag(heap, b);
  if (im !== 0) return false;
  if (b === b) return re === b;
  const hi = hiOf(b);
  const t = hi === HI_INT || hi === HI_BOOL ? TypeId.INT : tid(heap, b);
  if (t === TypeId.INT) return compareNumbers(heap, fromFloat(re), b, 2, 1) === 0;
  return false;
}

/** The number attributes that are data, not methods: .real/.imag of int, float, complex. */
export function numberAttr(heap: Heap, v: Value, name: string): Value | undefined {
  if (isComplex(heap, v)) {
    if (name === 'real') return fromFloat(complexReal(heap, v));
    if (name === 'imag') return fromFloat(complexImag(heap, v));
    return undefined;
  }
  if (v === v) return name === 'real' ? v : name === 'imag' ? 0 : undefined;
  const hi = hiOf(v);
  if (hi === HI_INT || hi === HI_BOOL || tid(heap, v) === TypeId.INT) {
    // int.real/.numerator are the int itself (a bool gives its int value), .imag 0, .denominator 1.
    const self = hi === HI_BOOL ? fromInt32(loOf(v)) : v;
    if (name === 'real' || name === 'numerator') return self;
    if (name === 'imag') return fromInt32(0);
    if (name === 'denominator') return fromInt32(1);
  }
  return undefined;
}

defineMethod(TypeId.COMPLEX, 'complex', 'conjugate', '', (heap, a) => {
  const z = self(heap, a);
  return newComplex(heap, complexReal(heap, z), -complexImag(heap, z));
});

// complex(real=0, imag=0), as complex_new_impl: a complex `imag` rotates into the real part.
defineConstructor(TypeId.COMPLEX, 'complex', 'real=, imag=', (heap, a) => {
  const r = arg(heap, a, 0), i = arg(heap, a, 1);
  if (isNull(r)) {
    if (isNull(i)) return newComplex(heap, 0, 0);
  } else if (tid(heap, r) === TypeId.STR) {
    if (!isNull(i)) throw typeError("complex() can't take second arg if first is a string");
    return box(heap, C.parseComplex(strToJs(heap, r)));
  }
  if (!isNull(i) && tid(heap, i) === TypeId.STR) throw typeError('complex() second arg can\'t be a string');
  if (!isNull(r) && isNull(i) && isUserObject(heap, r)) {
    // complex(x): type(x).__complex__, which must give a complex (else __float__/__index__ below).
    const c = classHooks.callDunder(heap, r, '__complex__');
    if (!isNull(c)) {
      if (!isComplex(heap, c)) throw typeError(`__complex__ returned non-complex (type ${typeNameOf(heap, c)})`);
      return c;
    }
  }
  const cr = isNull(r) ? { re: 0, im: 0 } : asComplex(heap, r) ?? userReal(heap, r);
  if (cr === null) throw typeError(`complex() first argument must be a string or a number, not '${typeNameOf(heap, r)}'`);
  if (isNull(i)) return isComplex(heap, r) ? r : newComplex(heap, cr.re, cr.im);
  const ci = asComplex(heap, i) ?? userReal(heap, i);
  if (ci === null) throw typeError(`complex() second argument must be a number, not '${typeNameOf(heap, i)}'`);
  const crIsComplex = !isNull(r) && isComplex(heap, r);
  let re = cr.re;
  let im = ci.re;
  if (isComplex(heap, i)) re -= ci.im;
  if (crIsComplex) im += cr.im;
  return newComplex(heap, re, im);
});
