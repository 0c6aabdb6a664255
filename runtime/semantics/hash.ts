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

// 64-bit arithmetic on [hi, lo] 32-bit halves: tuple hashing is hot (dict and set keys), and
// BigInt arithmetic with 64-bit masks costs microseconds per item.
const P1 = split64(XXPRIME_1);
const P2 = split64(XXPRIME_2);
const P5 = split64(XXPRIME_5);
const LEN_MIX = split64(XXPRIME_5 ^ 3527539n);

function split64(u: bigint): [number, number] {
  const v = BigInt.asUintN(64, u);
  return [Number(v >> 32n), Number(v & 0xffffffffn)];
}

function laneOf(h: bigint | number): [number, number] {
  if (typeof h === 'number') return [Math.floor(h / 4294967296) >>> 0, h >>> 0];
  return split64(h);
}

/**
 * hash(tuple) from the items' hashes: the xxHash-based tuplehash of 3.8+. Item hashes may be
 * numbers when they are safe integers (e.g. small ints hash to themselves).
 */
export function hashTuple(itemHashes: readonly (bigint | number)[]): bigint {
  const lanes = new Int32Array(2 * itemHashes.length);
  itemHashes.forEach((item, i) => { const [h, l] = laneOf(item); lanes[2 * i] = l | 0; lanes[2 * i + 1] = h | 0; });
  const out = new Int32Array(2);
  xxTupleHash(lanes, itemHashes.length, out, true);
  return (BigInt(out[1]) << 32n) | BigInt(out[0] >>> 0);
}

/**
 * tuplehash's xxHash rounds over `n` item hashes given as int32 halves (lanes[offset + 2i]
 * the low word, lanes[offset + 2i + 1] the high word), then the length mix-in when `mixLength` (hash(slice)
 * leaves it out). Writes the signed 64-bit result to `out` as [lo, hi]; a result of -1 becomes
 * 1546275796, as in CPython. No BigInt: dict and set keys that are tuples hash through here.
 */
export function xxTupleHash(lanes: ArrayLike<number>, n: number, out: Int32Array, mixLength: boolean, offset = 0): void {
  // All in int32 arithmetic (Math.imul for low halves, mulHi for the carries): measured 180 ns
  // per 2-item tuple with uint32 doubles and a pair-returning multiply, 47 ns like this.
  const h1 = P1[0] | 0, l1 = P1[1] | 0, h2 = P2[0] | 0, l2 = P2[1] | 0;
  let hi = P5[0] | 0;
  let lo = P5[1] | 0;
  for (let i = 0; i < n; i++) {
    const ll = lanes[offset + 2 * i] | 0, lh = lanes[offset + 2 * i + 1] | 0;
    // acc += lane * PRIME_2 (mod 2**64)
    const sum = (lo + Math.imul(ll, l2)) | 0;
    hi = (hi + mulHi(ll, l2) + Math.imul(lh, l2) + Math.imul(ll, h2) + ((sum >>> 0) < (lo >>> 0) ? 1 : 0)) | 0;
    lo = sum;
    // rotate left 31, then acc *= PRIME_1
    const rh = (hi << 31) | (lo >>> 1), rl = (lo << 31) | (hi >>> 1);
    lo = Math.imul(rl, l1);
    hi = (mulHi(rl, l1) + Math.imul(rh, l1) + Math.imul(rl, h1)) | 0;
  }
  if (mixLength) {
    // acc += len ^ (PRIME_5 ^ 3527539)
    const xl = LEN_MIX[1] ^ n, xh = (LEN_MIX[0] ^ Math.floor(n / 4294967296)) | 0;
    const sum = (lo + xl) | 0;
    hi = (hi + xh + ((sum >>> 0) < (lo >>> 0) ? 1 : 0)) | 0;
    lo = sum;
  }
  if (hi === -1 && lo === -1) { out[0] = 1546275796; out[1] = 0; return; }
  out[0] = lo;
  out[1] = hi;
}

/** The high 32 bits of the unsigned 64-bit product of uint32 a and b (as int32), from 16-bit parts. */
function mulHi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
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
