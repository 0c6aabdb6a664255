// BLAKE2b and BLAKE2s (RFC 7693) for hashlib, with the parameter block's options (digest size,
// key, salt, person, tree parameters). A running hash fits hashlib-core's HashState: the
// chaining words (BLAKE2b: 8 lanes as 16 little-endian 32-bit words; BLAKE2s: 8 words), the
// unprocessed tail — which may be a whole block, since the last block is compressed with the
// final flag — and the total length, which is the counter.

import type { HashAlgorithm } from './hashlib-core.js';

const MASK64 = (1n << 64n) - 1n;
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
// The IVs are SHA-512's and SHA-256's initial values.
const IV64 = ['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1',
  '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179'].map((h) => BigInt('0x' + h));
const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** The options of a BLAKE2 object (hashlib's keyword arguments), already range-checked. */
export interface Blake2Params {
  digestSize: number; keyLength: number; salt: Uint8Array; person: Uint8Array; fanout: number; depth: number;
  leafSize: number; nodeOffset: bigint; nodeDepth: number; innerSize: number; lastNode: boolean;
}

const rotr64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK64;
const rotr32 = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;

function compressB(words: Uint32Array, block: Uint8Array, offset: number, counter: number, last: boolean, lastNode: boolean): void {
  const h: bigint[] = [];
  for (let i = 0; i < 8; i++) h.push((BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i]));
  const m: bigint[] = [];
  for (let i = 0; i < 16; i++) {
    let x = 0n;
    for (let j = 7; j >= 0; j--) x = (x << 8n) | BigInt(block[offset + 8 * i + j]);
    m.push(x);
  }
  const v = [...h, ...IV64];
  v[12] ^= BigInt(counter) & MASK64;
  if (last) v[14] ^= MASK64;
  if (last && lastNode) v[15] ^= MASK64;
  const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint): void => {
    v[a] = (v[a] + v[b] + x) & MASK64; v[d] = rotr64(v[d] ^ v[a], 32n);
    v[c] = (v[c] + v[d]) & MASK64; v[b] = rotr64(v[b] ^ v[c], 24n);
    v[a] = (v[a] + v[b] + y) & MASK64; v[d] = rotr64(v[d] ^ v[a], 16n);
    v[c] = (v[c] + v[d]) & MASK64; v[b] = rotr64(v[b] ^ v[c], 63n);
  };
  for (let round = 0; round < 12; round++) {
    const s = SIGMA[round % 10];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]); g(1, 5, 9, 13, m[s[2]], m[s[3]]); g(2, 6, 10, 14, m[s[4]], m[s[5]]); g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]); g(1, 6, 11, 12, m[s[10]], m[s[11]]); g(2, 7, 8, 13, m[s[12]], m[s[13]]); g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (let i = 0; i < 8; i++) {
    const x = h[i] ^ v[i] ^ v[i + 8];
    words[2 * i] = Number(x & 0xffffffffn);
    words[2 * i + 1] = Number(x >> 32n);
  }
}

function compressS(words: Uint32Array, block: Uint8Array, offset: number, counter: number, last: boolean, lastNode: boolean): void {
  const m: number[] = [];
  for (let i = 0; i < 16; i++) {
    const p = offset + 4 * i;
    m.push((block[p] | (block[p + 1] << 8) | (block[p + 2] << 16) | (block[p + 3] << 24)) >>> 0);
  }
  const v = [...words, ...IV32];
  v[12] = (v[12] ^ (counter >>> 0)) >>> 0;
  v[13] = (v[13] ^ Math.floor(counter / 2 ** 32)) >>> 0;
  if (last) v[14] = ~v[14] >>> 0;
  if (last && lastNode) v[15] = ~v[15] >>> 0;
  const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
    v[a] = (v[a] + v[b] + x) >>> 0; v[d] = rotr32(v[d] ^ v[a], 16);
    v[c] = (v[c] + v[d]) >>> 0; v[b] = rotr32(v[b] ^ v[c], 12);
    v[a] = (v[a] + v[b] + y) >>> 0; v[d] = rotr32(v[d] ^ v[a], 8);
    v[c] = (v[c] + v[d]) >>> 0; v[b] = rotr32(v[b] ^ v[c], 7);
  };
  for (let round = 0; round < 10; round++) {
    const s = SIGMA[round];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]); g(1, 5, 9, 13, m[s[2]], m[s[3]]); g(2, 6, 10, 14, m[s[4]], m[s[5]]); g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]); g(1, 6, 11, 12, m[s[10]], m[s[11]]); g(2, 7, 8, 13, m[s[12]], m[s[13]]); g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (let i = 0; i < 8; i++) words[i] = (words[i] ^ v[i] ^ v[i + 8]) >>> 0;
}

/** The initial chaining words: the IV XORed with the little-endian parameter block. */
export function blake2InitialWords(wide: boolean, p: Blake2Params): Uint32Array {
  const size = wide ? 64 : 32;
  const block = new Uint8Array(size);
  block[0] = p.digestSize; block[1] = p.keyLength; block[2] = p.fanout; block[3] = p.depth;
  for (let i = 0; i < 4; i++) block[4 + i] = (p.leafSize >>> (8 * i)) & 0xff;
  const offsetBytes = wide ? 8 : 6;
  for (let i = 0; i < offsetBytes; i++) block[8 + i] = Number((p.nodeOffset >> BigInt(8 * i)) & 0xffn);
  block[8 + offsetBytes] = p.nodeDepth;
  block[9 + offsetBytes] = p.innerSize;
  block.set(p.salt, wide ? 32 : 16);
  block.set(p.person, wide ? 48 : 24);
  const iv = wide ? IV64.flatMap((x) => [Number(x & 0xffffffffn), Number(x >> 32n)]) : IV32;
  const words = new Uint32Array(wide ? 16 : 8);
  for (let i = 0; i < words.length; i++) {
    const w = block[4 * i] | (block[4 * i + 1] << 8) | (block[4 * i + 2] << 16) | (block[4 * i + 3] << 24);
    words[i] = (iv[i] ^ w) >>> 0;
  }
  return words;
}

const cache = new Map<string, HashAlgorithm>();

/**
 * The algorithm object of a BLAKE2 variant: its key in `key` ('blake2b/<digest size>/<last node 0|1>')
 * is what hash objects store to find it again.
 */
export function blake2Algorithm(key: string): HashAlgorithm | undefined {
  const found = cache.get(key);
  if (found) return found;
  const match = /^(blake2[bs])\/(\d+)\/([01])$/.exec(key);
  if (!match) return undefined;
  const wide = match[1] === 'blake2b';
  const digestSize = Number(match[2]);
  const lastNode = match[3] === '1';
  const rate = wide ? 128 : 64;
  const compress = wide ? compressB : compressS;
  const algorithm: HashAlgorithm = {
    name: match[1], digestSize, blockSize: rate, littleEndian: true, keepLastBlock: true,
    init: () => blake2InitialWords(wide, { digestSize, keyLength: 0, salt: new Uint8Array(0), person: new Uint8Array(0),
      fanout: 1, depth: 1, leafSize: 0, nodeOffset: 0n, nodeDepth: 0, innerSize: 0, lastNode }),
    compress: (words, block, offset, counter) => compress(words, block, offset, counter ?? 0, false, lastNode),
    finish: (words, tail, outLength, length) => {
      const last = new Uint8Array(rate);
      last.set(tail);
      compress(words, last, 0, length ?? 0, true, lastNode);
      const out = new Uint8Array(outLength);
      for (let i = 0; i < outLength; i++) out[i] = (words[i >> 2] >>> (8 * (i & 3))) & 0xff;
      return out;
    },
  };
  cache.set(key, algorithm);
  return algorithm;
}
