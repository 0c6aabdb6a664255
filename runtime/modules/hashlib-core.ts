// The message digests of hashlib as pure functions on byte arrays: MD5 (RFC 1321), SHA-1,
// SHA-224/256 and SHA-384/512 (FIPS 180-4). A running hash is a HashState: the chaining
// words, the unprocessed tail of the input (shorter than a block) and the total length, so
// that update() never rereads earlier input and copy() is a cheap clone.

/**
 * One algorithm. Invariants: `blockSize` is 64 (32-bit word algorithms) or 128 (SHA-384/512);
 * `init()` returns a fresh array of chaining words (SHA-384/512: high and low halves
 * interleaved, 16 words); `compress` folds one whole block at `offset` into them.
 */
export interface HashAlgorithm {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  init(): Uint32Array;
  /** `counter`: the bytes compressed so far, this block included (BLAKE2 reads it). */
  compress(words: Uint32Array, block: Uint8Array, offset: number, counter?: number): void;
  /** The length field's byte order: MD5 little-endian, the SHAs big-endian. */
  readonly littleEndian: boolean;
  /** A sponge's own padding and output (SHA-3, SHAKE): `outLength` bytes from a copy of the words. */
  finish?(words: Uint32Array, tail: Uint8Array, outLength: number, length?: number): Uint8Array;
  /** BLAKE2: a full last block stays in the tail (it is compressed with the final flag). */
  readonly keepLastBlock?: boolean;
  /** SHAKE: the caller chooses the output length (digest_size 0). */
  readonly xof?: boolean;
}

/** Invariants: `tail.length < algorithm.blockSize`; `length` counts every byte ever added. */
export interface HashState {
  readonly algorithm: HashAlgorithm;
  words: Uint32Array;
  tail: Uint8Array;
  length: number;
}

export function newHashState(algorithm: HashAlgorithm): HashState {
  return { algorithm, words: algorithm.init(), tail: new Uint8Array(0), length: 0 };
}

export function copyHashState(state: HashState): HashState {
  return { algorithm: state.algorithm, words: state.words.slice(), tail: state.tail.slice(), length: state.length };
}

export function updateHash(state: HashState, data: Uint8Array): void {
  const size = state.algorithm.blockSize;
  if (state.algorithm.keepLastBlock) {
    // Compress only blocks that more input follows; the tail keeps 1..size bytes.
    let compressed = state.length - state.tail.length;
    const buffer = new Uint8Array(state.tail.length + data.length);
    buffer.set(state.tail);
    buffer.set(data, state.tail.length);
    let offset = 0;
    for (; buffer.length - offset > size; offset += size) {
      compressed += size;
      state.algorithm.compress(state.words, buffer, offset, compressed);
    }
    state.tail = buffer.slice(offset);
    state.length += data.length;
    return;
  }
  state.length += data.length;
  let offset = 0;
  if (state.tail.length > 0) {
    const need = size - state.tail.length;
    if (data.length < need) {
      const joined = new Uint8Array(state.tail.length + data.length);
      joined.set(state.tail);
      joined.set(data, state.tail.length);
      state.tail = joined;
      return;
    }
    const block = new Uint8Array(size);
    block.set(state.tail);
    block.set(data.subarray(0, need), state.tail.length);
    state.algorithm.compress(state.words, block, 0);
    offset = need;
  }
  for (; offset + size <= data.length; offset += size) state.algorithm.compress(state.words, data, offset);
  state.tail = data.slice(offset);
}

/** The digest of everything added so far (`outLength` bytes for SHAKE); the state is left unchanged. */
export function hashDigest(state: HashState, outLength = state.algorithm.digestSize): Uint8Array {
  const { algorithm } = state;
  if (algorithm.finish) return algorithm.finish(state.words.slice(), state.tail, outLength, state.length);
  const size = algorithm.blockSize;
  const lengthBytes = size === 128 ? 16 : 8;
  const words = state.words.slice();
  const padded = state.tail.length + 1 + lengthBytes <= size ? size : 2 * size;
  const last = new Uint8Array(padded);
  last.set(state.tail);
  last[state.tail.length] = 0x80;
  // The message length in bits; a JS number holds byte counts up to 2^53 exactly.
  const bits = BigInt(state.length) * 8n;
  for (let i = 0; i < 8; i++) {
    const byte = Number((bits >> BigInt(8 * i)) & 0xffn);
    if (algorithm.littleEndian) last[padded - 8 + i] = byte;
    else last[padded - 1 - i] = byte;
  }
  for (let offset = 0; offset < padded; offset += size) algorithm.compress(words, last, offset);
  const out = new Uint8Array(algorithm.digestSize);
  for (let i = 0; i < out.length; i++) {
    const word = words[i >> 2];
    out[i] = algorithm.littleEndian ? (word >>> (8 * (i & 3))) & 0xff : (word >>> (24 - 8 * (i & 3))) & 0xff;
  }
  return out;
}

import { KECCAK_ALGORITHMS } from './hashlib-keccak.js';

// --- MD5 ---

const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
// K[i] = floor(2^32 * |sin(i + 1)|), as RFC 1321 defines the table.
const MD5_K = Uint32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

function md5Compress(h: Uint32Array, block: Uint8Array, offset: number): void {
  const m = new Uint32Array(16);
  for (let i = 0; i < 16; i++) {
    const p = offset + 4 * i;
    m[i] = (block[p] | (block[p + 1] << 8) | (block[p + 2] << 16) | (block[p + 3] << 24)) >>> 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3];
  for (let i = 0; i < 64; i++) {
    const round = i >> 4;
    let f: number, g: number;
    if (round === 0) { f = (b & c) | (~b & d); g = i; }
    else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
    else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
    else { f = c ^ (b | ~d); g = (7 * i) & 15; }
    const sum = (a + f + MD5_K[i] + m[g]) >>> 0;
    const s = MD5_SHIFTS[(round << 2) | (i & 3)];
    a = d; d = c; c = b;
    b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0;
  }
  h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + b) >>> 0; h[2] = (h[2] + c) >>> 0; h[3] = (h[3] + d) >>> 0;
}

// --- SHA-1 and SHA-256 ---

function bigEndianWords(block: Uint8Array, offset: number, w: Uint32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const p = offset + 4 * i;
    w[i] = ((block[p] << 24) | (block[p + 1] << 16) | (block[p + 2] << 8) | block[p + 3]) >>> 0;
  }
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;
const rotr = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;

function sha1Compress(h: Uint32Array, block: Uint8Array, offset: number): void {
  const w = new Uint32Array(80);
  bigEndianWords(block, offset, w, 16);
  for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (let i = 0; i < 80; i++) {
    let f: number, k: number;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = b ^ c ^ d; k = 0xca62c1d6; }
    const t = (rotl(a, 5) + f + e + k + w[i]) >>> 0;
    e = d; d = c; c = rotl(b, 30); b = a; a = t;
  }
  h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + b) >>> 0; h[2] = (h[2] + c) >>> 0; h[3] = (h[3] + d) >>> 0; h[4] = (h[4] + e) >>> 0;
}

// First 32 bits of the fractional parts of the cube roots of the first 64 primes.
const SHA256_K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function sha256Compress(h: Uint32Array, block: Uint8Array, offset: number): void {
  const w = new Uint32Array(64);
  bigEndianWords(block, offset, w, 16);
  for (let i = 16; i < 64; i++) {
    const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
    const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (let i = 0; i < 64; i++) {
    const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i] + w[i]) >>> 0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
    hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
  }
  h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + b) >>> 0; h[2] = (h[2] + c) >>> 0; h[3] = (h[3] + d) >>> 0;
  h[4] = (h[4] + e) >>> 0; h[5] = (h[5] + f) >>> 0; h[6] = (h[6] + g) >>> 0; h[7] = (h[7] + hh) >>> 0;
}

// --- SHA-512 (64-bit words as BigInt: simple, and fast enough for scripts' digests) ---

const MASK64 = (1n << 64n) - 1n;
// First 64 bits of the fractional parts of the cube roots of the first 80 primes.
const SHA512_K = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019',
  '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2',
  '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3',
  '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
  '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
  '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df',
  '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b', 'a2bfe8a14cf10364', 'a81a664bbc423001',
  'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
  '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb',
  '5b9cca4f7763e373', '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
  '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c', 'd186b8c721c0c207',
  'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
  '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a',
  '5fcb6fab3ad6faec', '6c44198c4a475817',
].map((hex) => BigInt('0x' + hex));

const rotr64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK64;

function sha512Compress(h: Uint32Array, block: Uint8Array, offset: number): void {
  const w: bigint[] = new Array(80);
  for (let i = 0; i < 16; i++) {
    let x = 0n;
    for (let j = 0; j < 8; j++) x = (x << 8n) | BigInt(block[offset + 8 * i + j]);
    w[i] = x;
  }
  for (let i = 16; i < 80; i++) {
    const s0 = rotr64(w[i - 15], 1n) ^ rotr64(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
    const s1 = rotr64(w[i - 2], 19n) ^ rotr64(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK64;
  }
  const v: bigint[] = [];
  for (let i = 0; i < 8; i++) v.push((BigInt(h[2 * i]) << 32n) | BigInt(h[2 * i + 1]));
  let [a, b, c, d, e, f, g, hh] = v;
  for (let i = 0; i < 80; i++) {
    const t1 = (hh + (rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n)) + ((e & f) ^ (~e & MASK64 & g)) + SHA512_K[i] + w[i]) & MASK64;
    const t2 = ((rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK64;
    hh = g; g = f; f = e; e = (d + t1) & MASK64; d = c; c = b; b = a; a = (t1 + t2) & MASK64;
  }
  const out = [a, b, c, d, e, f, g, hh];
  for (let i = 0; i < 8; i++) {
    const sum = (v[i] + out[i]) & MASK64;
    h[2 * i] = Number(sum >> 32n);
    h[2 * i + 1] = Number(sum & 0xffffffffn);
  }
}

const words = (hex: string): (() => Uint32Array) => {
  const parsed = Uint32Array.from(hex.match(/.{8}/g)!.map((w) => parseInt(w, 16)));
  return () => parsed.slice();
};

export const HASH_ALGORITHMS: ReadonlyMap<string, HashAlgorithm> = new Map<string, HashAlgorithm>([
  ...KECCAK_ALGORITHMS.map((algorithm): [string, HashAlgorithm] => [algorithm.name, algorithm]),
  ['md5', { name: 'md5', digestSize: 16, blockSize: 64, littleEndian: true, compress: md5Compress,
    init: words('67452301efcdab8998badcfe10325476') }],
  ['sha1', { name: 'sha1', digestSize: 20, blockSize: 64, littleEndian: false, compress: sha1Compress,
    init: words('67452301efcdab8998badcfe10325476c3d2e1f0') }],
  ['sha224', { name: 'sha224', digestSize: 28, blockSize: 64, littleEndian: false, compress: sha256Compress,
    init: words('c1059ed8367cd5073070dd17f70e5939ffc00b316858151164f98fa7befa4fa4') }],
  ['sha256', { name: 'sha256', digestSize: 32, blockSize: 64, littleEndian: false, compress: sha256Compress,
    init: words('6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19') }],
  ['sha384', { name: 'sha384', digestSize: 48, blockSize: 128, littleEndian: false, compress: sha512Compress,
    init: words('cbbb9d5dc1059ed8629a292a367cd5079159015a3070dd17152fecd8f70e593967332667ffc00b318eb44a8768581511db0c2e0d64f98fa747b5481dbefa4fa4') }],
  ['sha512', { name: 'sha512', digestSize: 64, blockSize: 128, littleEndian: false, compress: sha512Compress,
    init: words('6a09e667f3bcc908bb67ae8584caa73b3c6ef372fe94f82ba54ff53a5f1d36f1510e527fade682d19b05688c2b3e6c1f1f83d9abfb41bd6b5be0cd19137e2179') }],
]);
