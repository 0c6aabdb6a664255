// CPython 3.13's hash functions for int, float and tuple (Python/pyhash.c, Objects/longobject.c,
// Objects/tupleobject.c), as pure functions. They must be exact: set iteration order and dict
// probing depend on every bit.
//
// A hash is a signed 64-bit Py_hash_t. JS numbers cannot hold it, and BigInt is slow on the hot
// path, so hashes travel as two int32 halves: functions write them to `hashOut` ([lo, hi]) and
// return lo. str/bytes hashes are NOT CPython's: CPython randomizes them per process
// (PYTHONHASHSEED), so no program's output can depend on them; ours is FNV-1a over code points.
//
// runtime/semantics/ had no hash.ts when this was written; if one appears, this file should
// delegate to it so the two cannot drift.

/** Output of the last hash computation: [low 32 bits, high 32 bits] of the signed 64-bit hash. */
export const hashOut = new Int32Array(2);

const MODULUS = (1n << 61n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

function emit(hash: bigint): number {
  const u = BigInt.asUintN(64, hash);
  hashOut[0] = Number(u & 0xffffffffn) | 0;
  hashOut[1] = Number(u >> 32n) | 0;
  return hashOut[0];
}

/** The hash as a BigInt (signed), from two halves. */
export function hashToBigInt(lo: number, hi: number): bigint {
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}

/** hash(n) for an int32 n: n itself, except -1 hashes to -2. */
export function hashInt32(n: number): number {
  if (n === -1) n = -2;
  hashOut[0] = n;
  hashOut[1] = n < 0 ? -1 : 0;
  return n;
}

/** hash(n) for any int: sign(n) * (|n| mod (2**61 - 1)), with -1 mapped to -2. */
export function hashBigInt(n: bigint): number {
  let h = n < 0n ? -(-n % MODULUS) : n % MODULUS;
  if (h === -1n) h = -2n;
  return emit(h);
}

const floatScratch = new Float64Array(1);
const floatWords = new Uint32Array(floatScratch.buffer);

/**
 * hash(x) for a finite or infinite float: the value m * 2**e reduced mod 2**61 - 1 (so an integral
 * float hashes like the equal int), ±314159 for ±inf. NaN hashes by identity in CPython (3.10+);
 * the caller passes that identity as `nanIdentity`.
 */
export function hashFloat(x: number, nanIdentity = 0): number {
  if (x !== x) return hashInt32(nanIdentity | 0);
  if (x === Infinity) return hashInt32(314159);
  if (x === -Infinity) return hashInt32(-314159);
  if (x === 0) return hashInt32(0);
  if (Number.isInteger(x) && Math.abs(x) <= 0x7fffffff) return hashInt32(x);
  floatScratch[0] = Math.abs(x);
  const hi = floatWords[1];
  const lo = floatWords[0];
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074; // subnormal
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  // 2**61 ≡ 1 (mod 2**61 - 1), so multiplying by 2**e is a rotation by e mod 61 bits.
  const shift = ((exponent % 61) + 61) % 61;
  let h = ((mantissa % MODULUS) << BigInt(shift)) % MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return emit(h);
}

/**
 * Tuple hash (xxHash-based, CPython 3.8+): fold item hashes given as [lo, hi] pairs in
 * `itemHashes` (length 2n).
 */
export function hashTuple(itemHashes: Int32Array, n: number): number {
  let acc = XXPRIME_5;
  for (let i = 0; i < n; i++) {
    const lane = (BigInt(itemHashes[2 * i + 1] >>> 0) << 32n) | BigInt(itemHashes[2 * i] >>> 0);
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(n) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return emit(1546275796n);
  return emit(acc);
}

/** FNV-1a over code points, as a non-negative 32-bit hash (never -1). */
export function hashCodePoints(points: ArrayLike<number>, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h ^= points[start + i];
    h = Math.imul(h, 0x01000193);
  }
  h = h & 0x7fffffff;
  hashOut[0] = h;
  hashOut[1] = 0;
  return h;
}
