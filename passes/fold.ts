// Constant folding rules for sccp: evaluates an op on constant operands exactly as CPython
// 3.13 would, using runtime/semantics (the interpreter's own arithmetic). Rules:
// - only int (bigint), bool, float (number) and str operands are folded: their operators are
//   fixed by the language (no user __add__ can intervene on these exact types);
// - a computation that raises (1/0, 1 << -1, float overflow) is NOT folded: the op stays
//   and raises at run time, with the interpreter's message;
// - results are size-bounded (ints ≤ 4096 bits, strs ≤ 4096 chars) so folding never makes
//   the IR huge or takes long (2 ** 10**9 is left to run time);
// - the result keeps Python's type: True + 1 is the int 2, True & False the bool False.

import type { ConstantValue } from '../ast/nodes.js';
import type { OpName } from '../ir/ops.js';
import { PyError } from '../runtime/semantics/errors.js';
import { COMPLEX_RESULT, floatFloorDiv, floatMod, floatPow, floatTrueDiv } from '../runtime/semantics/float.js';
import { bitLength, compareIntFloat, floorDiv, intPow, intToFloat, lshift, mod, rshift, trueDiv } from '../runtime/semantics/int.js';

const MAX_BITS = 4096;
const MAX_CHARS = 4096;

/** Why a fold did not happen, or the folded constant. */
export type FoldResult = { value: ConstantValue } | null;

type Num = bigint | number; // int (bool converted) or float

function asNumber(value: ConstantValue): Num | undefined {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  return undefined;
}

const BINARY: Partial<Record<OpName, string>> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**',
  lshift: '<<', rshift: '>>', bit_and: '&', bit_or: '|', bit_xor: '^',
  inplace_add: '+', inplace_sub: '-', inplace_mul: '*', inplace_truediv: '/', inplace_floordiv: '//',
  inplace_mod: '%', inplace_pow: '**', inplace_lshift: '<<', inplace_rshift: '>>',
  inplace_bit_and: '&', inplace_bit_or: '|', inplace_bit_xor: '^',
};
const COMPARE: Partial<Record<OpName, (order: number) => boolean>> = {
  lt: (o) => o < 0, le: (o) => o <= 0, eq: (o) => o === 0, ne: (o) => o !== 0, gt: (o) => o > 0, ge: (o) => o >= 0,
};

/** Whether `op` is one the folder knows (so sccp can skip the rest quickly). */
export function foldable(op: OpName): boolean {
  return op in BINARY || op in COMPARE || op === 'neg' || op === 'pos' || op === 'invert' || op === 'not' ||
    op === 'is' || op === 'is_not';
}

/** Python's truth value of a constant (bool() never runs user code for these types). */
export function truthy(value: ConstantValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (value.kind === 'bytes') return value.value.length > 0;
  if (value.kind === 'complex') return value.imag !== 0;
  return true; // Ellipsis
}

export function fold(op: OpName, operands: readonly ConstantValue[]): FoldResult {
  try {
    const value = foldUnchecked(op, operands);
    if (value === undefined) return null;
    if (typeof value === 'bigint' && bitLength(value) > MAX_BITS) return null;
    if (typeof value === 'string' && value.length > MAX_CHARS) return null;
    return { value };
  } catch (error) {
    // The operation raises: leave it for run time, which reports it as CPython does.
    if (error instanceof PyError) return null;
    throw error;
  }
}

function foldUnchecked(op: OpName, operands: readonly ConstantValue[]): ConstantValue | undefined {
  const [left, right] = operands;
  if (op === 'not') return operands.length === 1 && isSimple(left) ? !truthy(left) : undefined;
  if (op === 'is' || op === 'is_not') {
    // Only singletons have a defined identity (1 is 1 depends on caching).
    const singleton = (v: ConstantValue) => v === null || typeof v === 'boolean';
    if (!singleton(left) || !singleton(right)) return undefined;
    return (left === right) === (op === 'is');
  }
  if (op === 'neg' || op === 'pos' || op === 'invert') {
    // ~True warns (DeprecationWarning since 3.12): left to run time.
    if (op === 'invert' && typeof left === 'boolean') return undefined;
    const x = asNumber(left);
    if (x === undefined) return undefined;
    if (op === 'invert') return typeof x === 'bigint' ? -x - 1n : undefined; // ~1.5 raises
    if (op === 'pos') return x;
    return typeof x === 'bigint' ? -x : -x;
  }
  const compare = COMPARE[op];
  if (compare !== undefined) return foldCompare(left, right, compare, op === 'eq' || op === 'ne');
  const symbol = BINARY[op];
  if (symbol === undefined) return undefined;
  if (typeof left === 'string' || typeof right === 'string') return foldStr(symbol, left, right);
  if (typeof left === 'boolean' && typeof right === 'boolean' && (symbol === '&' || symbol === '|' || symbol === '^')) {
    return symbol === '&' ? left && right : symbol === '|' ? left || right : left !== right;
  }
  const a = asNumber(left);
  const b = asNumber(right);
  if (a === undefined || b === undefined) return undefined;
  if (typeof a === 'bigint' && typeof b === 'bigint') return foldInt(symbol, a, b);
  return foldFloat(symbol, typeof a === 'bigint' ? intToFloat(a) : a, typeof b === 'bigint' ? intToFloat(b) : b);
}

function isSimple(value: ConstantValue): boolean {
  return value === null || ['boolean', 'bigint', 'number', 'string'].includes(typeof value);
}

function foldInt(symbol: string, a: bigint, b: bigint): ConstantValue | undefined {
  switch (symbol) {
    case '+': return a + b;
    case '-': return a - b;
    case '*':
      if (bitLength(a) + bitLength(b) > MAX_BITS + 1) return undefined;
      return a * b;
    case '/': return trueDiv(a, b);
    case '//': return floorDiv(a, b);
    case '%': return mod(a, b);
    case '**': {
      // Bound the size before computing: |a| ** b has about bitLength(a) * b bits.
      if (b > 0n && a !== 0n && a !== 1n && a !== -1n && BigInt(bitLength(a)) * b > BigInt(MAX_BITS)) return undefined;
      const result = intPow(a, b);
      return result.value;
    }
    case '<<':
      if (b > BigInt(MAX_BITS)) return undefined;
      return lshift(a, b);
    case '>>': return rshift(a, b);
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
  }
  return undefined;
}

function foldFloat(symbol: string, x: number, y: number): ConstantValue | undefined {
  switch (symbol) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/': return floatTrueDiv(x, y);
    case '//': return floatFloorDiv(x, y);
    case '%': return floatMod(x, y);
    case '**': {
      const result = floatPow(x, y);
      return result === COMPLEX_RESULT ? undefined : result;
    }
  }
  return undefined; // shifts and bit operations on floats raise TypeError at run time
}

function foldStr(symbol: string, left: ConstantValue, right: ConstantValue): ConstantValue | undefined {
  if (symbol === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
  if (symbol === '*') {
    const [text, times] = typeof left === 'string' ? [left, right] : [right as string, left];
    const n = typeof times === 'boolean' ? (times ? 1n : 0n) : times;
    if (typeof n !== 'bigint' || typeof text !== 'string') return undefined;
    if (n <= 0n) return '';
    if (BigInt(text.length) * n > BigInt(MAX_CHARS)) return undefined;
    return text.repeat(Number(n));
  }
  return undefined; // str % x formats: left to run time
}

/** Compares by code point, as Python's str does (JS compares UTF-16 code units). */
function compareStr(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function foldCompare(left: ConstantValue, right: ConstantValue, test: (order: number) => boolean, equality: boolean): ConstantValue | undefined {
  if (typeof left === 'string' && typeof right === 'string') return test(compareStr(left, right));
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== undefined && b !== undefined) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return test(a < b ? -1 : a > b ? 1 : 0);
    if (typeof a === 'number' && typeof b === 'number') {
      if (Number.isNaN(a) || Number.isNaN(b)) return equality ? !test(0) : false; // NaN: only != is true
      return test(a < b ? -1 : a > b ? 1 : 0);
    }
    const order = typeof a === 'bigint' ? compareIntFloat(a, b as number) : invert(compareIntFloat(b as bigint, a));
    if (order === undefined) return equality ? !test(0) : false; // NaN: only != is true
    return test(order);
  }
  // Mixed str/number (or None): == and != are identity-free and exact; ordering raises.
  if (equality && isSimple(left) && isSimple(right)) return test(left === right ? 0 : 1);
  return undefined;
}

function invert(order: -1 | 0 | 1 | undefined): -1 | 0 | 1 | undefined {
  return order === undefined ? undefined : (-order as -1 | 0 | 1);
}
