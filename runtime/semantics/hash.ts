// CPython 3.13's hash() for the immutable scalars and containers whose hashes are
// deterministic (Python/pyhash.c, Objects/tupleobject.c, Objects/setobject.c). All hashes
// are returned as bigint in the signed 64-bit range; numbers that compare equal hash equal.
import { decompose } from './float-digits.js';

/** _PyHASH_MODULUS: the Mersenne prime 2**61 - 1. */
export const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;
const MASK64 = (1n << 64n) - 1n;

/** hash(None): a constant since 3.12 (0xFCA86420). */
export const HASH_NONE = 4238894112n;

function toSigned(u: bigint): bigint {
  u &= MASK64;
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}

/** hash(n) for an int: sign(n) * (|n| mod 2**61-1), with -1 mapped to -2. */
export function hashInt(n: bigint | number): bigint {
  if (typeof n === 'number') {
    // Safe integers are below the modulus: they hash to themselves.
    if (Number.isSafeInteger(n)) return n === -1 ? -2n : BigInt(n);
    n = BigInt(n);
  }
  const h = n < 0n ? -(-n % HASH_MODULUS) : n % HASH_MODULUS;
  return h === -1n ? -2n : h;
}

/** hash(b) for a bool. */
export function hashBool(b: boolean): bigint {
  return b ? 1n : 0n;
}

/**
 * hash(x) for a float. `id` is the object's identity: since 3.10 a NaN hashes by identity
 * (_Py_HashPointer), so two NaN objects usually differ.
 */
export function hashFloat(x: number, id: bigint = 0n): bigint {
  if (Number.isNaN(x)) return hashPointer(id);
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (Number.isSafeInteger(x)) return x === -1 ? -2n : BigInt(x);
  // x = ±m * 2**e; 2**61 ≡ 1 (mod P), so 2**e ≡ 2**(e mod 61).
  const { m, e } = decompose(x);
  const r = ((e % 61) + 61) % 61;
  let h = (m % HASH_MODULUS) * (1n << BigInt(r)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** _Py_HashPointer: the address rotated right by 4 bits (alignment bits carry no entropy). */
export function hashPointer(id: bigint): bigint {
  const y = id & MASK64;
  const h = toSigned((y >> 4n) | (y << 60n));
  return h === -1n ? -2n : h;
}

/** hash(complex(re, im)) = hash(re) + 1000003 * hash(im), wrapped to 64 bits. */
export function hashComplex(re: number, im: number, id: bigint = 0n): bigint {
  const h = toSigned(hashFloat(re, id) + 1000003n * hashFloat(im, id));
  return h === -1n ? -2n : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(tuple) from the items' hashes: the xxHash-based tuplehash of 3.8+. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const lane of itemHashes) {
    acc = (acc + (lane & MASK64) * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64; // rotate left 31
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return toSigned(acc);
}

function shuffleBits(h: bigint): bigint {
  h &= MASK64;
  return (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
}

/** hash(frozenset) from the elements' hashes (order-independent), as frozenset_hash. */
export function hashFrozenset(elementHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const h of elementHashes) hash ^= shuffleBits(h);
  hash ^= ((BigInt(elementHashes.length) + 1n) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) return 590923713n;
  return toSigned(hash);
}

/**
 * A deterministic str hash (CPython randomizes str hashes per process with SipHash, so no
 * exact value is expected): two 32-bit multiplicative lanes over the UTF-16 units (equal
 * Python strs are equal JS strings), folded to 64 bits; never -1, and hash('') == 0 as in
 * CPython.
 */
export function hashStr(s: string): bigint {
  if (s.length === 0) return 0n;
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return finish(h1, h2);
}

/** hash(bytes): same scheme as hashStr (CPython randomizes bytes hashes too). */
export function hashBytes(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ b.length;
  for (const c of b) {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return finish(h1, h2);
}

function finish(h1: number, h2: number): bigint {
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  const r = toSigned((BigInt(h2 >>> 0) << 32n) | BigInt(h1 >>> 0));
  return r === -1n ? -2n : r;
}
