// hash() on the heap's representations, delegating to runtime/semantics/hash.ts (the one
// definition of CPython 3.13's hash functions) so the two cannot drift.
//
// A hash is a signed 64-bit Py_hash_t. BigInt is slow on the hot path, so hashes travel as two
// int32 halves: functions write them to `hashOut` ([lo, hi]) and return lo. The fast paths here
// (small ints, integral floats in int32 range) give the same values as the semantics functions
// without allocating; every other case calls them and splits the BigInt.
// str/bytes hashes are the semantics module's deterministic scheme, not CPython's: CPython
// randomizes them per process (PYTHONHASHSEED), so no program's output can depend on them.

import * as semantics from './semantics/hash.js';

/** Output of the last hash computation: [low 32 bits, high 32 bits] of the signed 64-bit hash. */
export const hashOut = new Int32Array(2);

/** Split a signed 64-bit BigInt hash into hashOut; returns lo. */
export function emitHash(hash: bigint): number {
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

/** hash(n) for any int. */
export function hashBigInt(n: bigint): number {
  return emitHash(semantics.hashInt(n));
}

/**
 * hash(x) for a float (an integral float hashes like the equal int). A NaN hashes by identity
 * in CPython; a NaN here is an immediate with no address, so the caller passes the identity it
 * wants (0 by default: all NaNs collide, which is legal — they are never equal anyway).
 */
export function hashFloat(x: number, nanIdentity = 0n): number {
  if ((x | 0) === x) return hashInt32(x); // -0.0 too: hash(-0.0) == 0
  return emitHash(semantics.hashFloat(x, nanIdentity));
}

/** Tuple hash from item hashes given as [lo, hi] pairs in `itemHashes` (2n words from `offset`). */
export function hashTuple(itemHashes: Int32Array, n: number, offset = 0): number {
  semantics.xxTupleHash(itemHashes, n, hashOut, true, offset);
  return hashOut[0];
}

/** frozenset hash from element hashes given as [lo, hi] pairs (length 2n). */
export function hashFrozenset(elementHashes: Int32Array, n: number): number {
  const lanes: bigint[] = [];
  for (let i = 0; i < n; i++) lanes.push(hashToBigInt(elementHashes[2 * i], elementHashes[2 * i + 1]));
  return emitHash(semantics.hashFrozenset(lanes));
}

/** hash(s) of a str given as its JS string (equal strs are equal JS strings). */
export function hashJsString(text: string): number {
  return emitHash(semantics.hashStr(text));
}

export function hashByteArray(bytes: Uint8Array): number {
  return emitHash(semantics.hashBytes(bytes));
}

/** hash(None), a constant since 3.12. */
export function hashNone(): number {
  return emitHash(semantics.HASH_NONE);
}

/**
 * hash(slice) (3.12+, sliceobject.c): the tuple hash's xxHash rounds over start, stop, step but
 * WITHOUT the final length mix-in (checked against CPython 3.13: hash(slice(1, 2, None)) is
 * -2178470213028018262 while hash((1, 2, None)) is 691707236985453663).
 */
export function hashSlice(itemHashes: Int32Array): number {
  semantics.xxTupleHash(itemHashes, 3, hashOut, false);
  return hashOut[0];
}
