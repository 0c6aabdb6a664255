// Python int semantics on JS bigint (with `number` fast paths for the common small case).
// Floor division/modulo round toward -infinity; true division and int->float conversion are
// correctly rounded as CPython's long_true_divide / PyLong_AsDouble do.
import { raise, withMemoryGuard } from './errors.js';
import { rationalToFloat } from './exact.js';
import { floatPow } from './float.js';

/** Python's default `sys.get_int_max_str_digits()`; 0 means "no limit". */
export const INT_MAX_STR_DIGITS = 4300;

/**
 * The running program's limit (sys.set_int_max_str_digits): 0 or >= 640. Reset to the default
 * whenever a heap's builtins are installed (runtime/builtins/functions.ts installBuiltins), so
 * one program's setting never reaches the next one run in the same process.
 */
export const intStrLimit = { digits: INT_MAX_STR_DIGITS };

/** Python ints that fit a JS number exactly (|n| <= 2**53 - 1) take the `number` fast paths. */
export function isSmallInt(n: number): boolean {
  return Number.isSafeInteger(n);
}

// ---- floor division and modulo -------------------------------------------------------------

/** a // b for bigints (floor). */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  // JS division truncates; step down when the exact quotient was negative and inexact.
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** a % b for bigints: the result has the sign of b. */
export function mod(a: bigint, b: bigint): bigint {
  if (b === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** divmod(a, b) for bigints. */
export function divmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/**
 * a // b for safe-integer numbers. JS `%` is exact on doubles, and a - r is an exact multiple
 * of b, so the division below is exact (unlike Math.floor(a / b) near 2**53).
 */
export function floorDivNum(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'integer division or modulo by zero');
  const r = a % b;
  const q = (a - r) / b;
  return r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q + 0; // + 0 turns -0 into 0
}

/** a % b for safe-integer numbers. */
export function modNum(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
}

/** divmod(a, b) for safe-integer numbers. */
export function divmodNum(a: number, b: number): [number, number] {
  if (b === 0) raise('ZeroDivisionError', 'integer division or modulo by zero');
  const r = a % b;
  const q = (a - r) / b;
  return r !== 0 && (r < 0) !== (b < 0) ? [q - 1, r + b] : [q + 0, r + 0];
}

/** a / b for safe-integer numbers: both convert exactly, so one IEEE division is correct. */
export function trueDivNum(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'division by zero');
  return a / b;
}

/**
 * a ** b for safe-integer numbers with b >= 0: a number while the result stays a safe
 * integer, else the exact bigint (callers keep whichever representation they get).
 */
export function intPowNum(a: number, b: number): number | bigint {
  if (b < 0) throw new RangeError('intPowNum needs b >= 0; use intPow for negative exponents');
  if (a === 0 || a === 1) return b === 0 ? 1 : a;
  if (a === -1) return b % 2 === 0 ? 1 : -1;
  // Square-and-multiply in doubles: a product of safe integers is exact whenever the exact
  // product is a safe integer, and any larger exact product rounds to >= 2**53 (caught).
  let result = 1;
  let base = a;
  for (let e = b; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) return intPow(BigInt(a), BigInt(b)).value as bigint;
    }
    if (e > 1) {
      base *= base;
      if (!Number.isSafeInteger(base)) return intPow(BigInt(a), BigInt(b)).value as bigint;
    }
  }
  return result;
}

// ---- powers ---------------------------------------------------------------------------------

/** Result of int ** int: an int for exponent >= 0, else a float (Python 3 semantics). */
export type IntPowResult = { kind: 'int'; value: bigint } | { kind: 'float'; value: number };

/** a ** b for ints. A negative exponent converts both to float first, as CPython does. */
export function intPow(a: bigint, b: bigint): IntPowResult {
  if (b < 0n) {
    const fa = intToFloat(a);
    const fb = intToFloat(b);
    return { kind: 'float', value: floatPow(fa, fb) as number }; // integral exponent: never complex
  }
  if (a === 0n || a === 1n) return { kind: 'int', value: b === 0n ? 1n : a };
  if (a === -1n) return { kind: 'int', value: b % 2n === 0n ? 1n : -1n };
  // V8's BigInts stop at 2**30 bits; CPython raises MemoryError for such sizes too.
  if (BigInt(bitLength(a) - 1) * b > 1n << 30n) raise('MemoryError', '');
  return { kind: 'int', value: withMemoryGuard(() => a ** b) };
}

/** pow(a, b, m) with CPython's errors; a negative b uses the modular inverse of a. */
export function powMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeModulus = m < 0n;
  const n = negativeModulus ? -m : m;
  let base = mod(a, n);
  if (b < 0n) {
    base = modInverse(base, n);
    b = -b;
  }
  let result = n === 1n ? 0n : 1n;
  while (b > 0n) {
    if (b & 1n) result = (result * base) % n;
    base = (base * base) % n;
    b >>= 1n;
  }
  // CPython gives the result the sign of the modulus, like %.
  return negativeModulus && result !== 0n ? result - n : result;
}

/** The inverse of a modulo n (n > 0, 0 <= a < n), by the extended Euclidean algorithm. */
function modInverse(a: bigint, n: bigint): bigint {
  let [r0, r1] = [n, a];
  let [s0, s1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return mod(s0, n);
}

// ---- shifts and bits ------------------------------------------------------------------------

/** a << n. */
export function lshift(a: bigint, n: bigint): bigint {
  if (n < 0n) raise('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  if (n > 1n << 30n) raise('MemoryError', '');
  return withMemoryGuard(() => a << n);
}

/** a >> n (arithmetic: rounds toward -infinity). */
export function rshift(a: bigint, n: bigint): bigint {
  if (n < 0n) raise('ValueError', 'negative shift count');
  if (BigInt(bitLength(a)) <= n) return a < 0n ? -1n : 0n;
  return a >> n;
}

/** int.bit_length(): bits of |n| without sign or leading zeros. */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  // A float estimate is off by at most one for huge values; hex length is exact and cheap.
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** int.bit_count(): the number of ones in |n|. */
export function bitCount(n: bigint): number {
  if (n < 0n) n = -n;
  let count = 0;
  for (const ch of n.toString(16)) count += POPCOUNT_HEX[parseInt(ch, 16)];
  return count;
}
const POPCOUNT_HEX = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

// ---- conversions to float --------------------------------------------------------------------

/** float(n): correctly rounded (ties to even), OverflowError past the double range. */
export function intToFloat(n: bigint): number {
  const x = Number(n); // BigInt -> Number rounds to nearest, ties to even (ECMA-262 ℝ -> 𝔽).
  if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** a / b for ints: the correctly rounded quotient, as CPython's long_true_divide. */
export function trueDiv(a: bigint, b: bigint): number {
  if (b === 0n) raise('ZeroDivisionError', 'division by zero');
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const LIMIT = 1n << 53n;
  if (a <= LIMIT && b <= LIMIT) {
    const q = Number(a) / Number(b); // both exact, one IEEE rounding: correct
    return negative ? -q : q;
  }
  const x = rationalToFloat(a, b);
  if (x === Infinity) raise('OverflowError', 'integer division result too large for a float');
  return negative ? -x : x;
}

/** Exact comparison of an int with a float: -1, 0, 1, or undefined when f is NaN. */
export function compareIntFloat(i: bigint, f: number): -1 | 0 | 1 | undefined {
  if (Number.isNaN(f)) return undefined;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const floor = Math.floor(f);
  const fl = BigInt(floor); // exact: the floor of a finite double is an integral double
  if (i < fl) return -1;
  if (i > fl) return 1;
  return floor === f ? 0 : -1;
}

/** round(n, ndigits) for an int: half to even at 10**-ndigits; identity for ndigits >= 0. */
export function intRound(n: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return n;
  const m = 10n ** -ndigits;
  const [q, r] = divmod(n, m);
  const twice = 2n * r;
  if (twice > m || (twice === m && (q & 1n) === 1n)) return (q + 1n) * m;
  return q * m;
}
