// CPython's Mersenne Twister core (Modules/_randommodule.c): MT19937 with init_genrand /
// init_by_array seeding, 32-bit outputs, the 53-bit random() and getrandbits(k). The
// Python-level algorithms built on it (randrange, shuffle, gauss, ...) are in random.ts.
import { PyError } from '../semantics/errors.js';
import { hashFloat } from '../semantics/hash.js';
import { encode } from '../semantics/encode.js';
import { createHash } from 'node:crypto';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/**
 * The generator state. Invariant: `mt` holds 624 unsigned 32-bit words and
 * 0 <= `index` <= 624 (624 means "regenerate before the next output"), as in CPython.
 */
export class MT19937 {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  /** init_genrand: seeds the state from one 32-bit word. */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev mod 2**32, split so that no intermediate exceeds 2**53.
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: seeds from a key of 32-bit words (CPython passes abs(seed)'s words, little end first). */
  initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    this.index = N;
  }

  /** genrand_uint32: the next 32-bit output, as a non-negative JS number. */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a 53-bit float in [0, 1), from two outputs (a: 27 bits, b: 26 bits). */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for 0 <= k <= 32, as a number (the fast path callers use most). */
  bits32(k: number): number {
    if (k === 0) return 0;
    return this.next32() >>> (32 - k);
  }

  /** getrandbits(k): k random bits; words are drawn little end first, the last one shifted. */
  getrandbits(k: number): bigint {
    if (k < 0) throw new PyError('ValueError', 'number of bits must be non-negative');
    if (k <= 32) return BigInt(this.bits32(k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.next32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }
}

/** A seed value as the interpreter hands it over: int, float, str, bytes (or bytearray). */
export type Seed = bigint | number | boolean | string | Uint8Array;

/** The 32-bit words of a non-negative integer, little end first; [0] for zero. */
function words(n: bigint): number[] {
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return key.length === 0 ? [0] : key;
}

/**
 * The integer that Random.seed(a, version=2) hands to the C seeder: abs(int); for
 * str/bytes the bytes (UTF-8 for str) followed by their SHA-512 digest, read big-endian;
 * otherwise hash(a) as an unsigned 64-bit value.
 */
export function seedInteger(a: Seed): bigint {
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  if (typeof a === 'boolean') return a ? 1n : 0n;
  if (typeof a === 'number') return BigInt.asUintN(64, hashFloat(a));
  // encode() raises CPython's UnicodeEncodeError for lone surrogates, as str.encode() does.
  const bytes = Buffer.from(typeof a === 'string' ? encode(a) : a);
  const all = Buffer.concat([bytes, createHash('sha512').update(bytes).digest()]);
  return all.length === 0 ? 0n : BigInt('0x' + all.toString('hex'));
}

/** Seeding with version=1 (str/bytes only): CPython's old string hash, then as an int. */
export function seedIntegerV1(a: string | Uint8Array): bigint {
  const codes = typeof a === 'string' ? Array.from(a, (c) => c.codePointAt(0)!) : Array.from(a);
  const mask = (1n << 64n) - 1n;
  let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & mask;
  x ^= BigInt(codes.length);
  return x; // never -1: x is masked non-negative
}

/** Seeds `g` as CPython's random_seed does with the integer from seedInteger. */
export function seedGenerator(g: MT19937, n: bigint): void {
  g.initByArray(words(n < 0n ? -n : n));
}
