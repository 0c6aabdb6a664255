// SHA-3 and SHAKE (FIPS 202) for hashlib: the Keccak-f[1600] permutation behind a sponge.
// The state is 25 64-bit lanes held as 50 little-endian 32-bit words (lane i: words 2i, 2i+1),
// so it fits hashlib-core's HashState; a block of `rate` bytes is XORed in, then permuted.

import type { HashAlgorithm } from './hashlib-core.js';

const MASK = (1n << 64n) - 1n;

// The round constants and rotation offsets, generated as FIPS 202 defines them (the rc LFSR;
// offsets (t+1)(t+2)/2 along the (x, y) -> (y, 2x+3y) walk) rather than typed in.
function rcBit(t: number): number {
  if (t % 255 === 0) return 1;
  let r = 1;
  for (let i = 1; i <= t % 255; i++) {
    r <<= 1;
    if (r & 0x100) r ^= 0x171;
  }
  return r & 1;
}
const ROUND_CONSTANTS: bigint[] = Array.from({ length: 24 }, (_, round) => {
  let rc = 0n;
  for (let j = 0; j <= 6; j++) if (rcBit(j + 7 * round)) rc |= 1n << BigInt((1 << j) - 1);
  return rc;
});
const ROTATIONS: number[] = (() => {
  const r = new Array<number>(25).fill(0);
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    r[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return r;
})();

const rotl = (v: bigint, n: number): bigint => (n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & MASK);

function permute(words: Uint32Array): void {
  const a: bigint[] = [];
  for (let i = 0; i < 25; i++) a.push((BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i]));
  const b: bigint[] = new Array(25);
  const c: bigint[] = new Array(5);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) a[x + y] ^= d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], ROTATIONS[x + 5 * y]);
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & MASK & b[((x + 2) % 5) + y]);
    }
    a[0] ^= ROUND_CONSTANTS[round];
  }
  for (let i = 0; i < 25; i++) {
    words[2 * i] = Number(a[i] & 0xffffffffn);
    words[2 * i + 1] = Number(a[i] >> 32n);
  }
}

function absorb(words: Uint32Array, block: Uint8Array, offset: number, rate: number): void {
  for (let i = 0; i < rate; i++) {
    const w = i >> 2;
    words[w] = (words[w] ^ (block[offset + i] << (8 * (i & 3)))) >>> 0;
  }
  permute(words);
}

function sponge(name: string, rate: number, digestSize: number, domain: number): HashAlgorithm {
  return {
    name, digestSize, blockSize: rate, littleEndian: true,
    init: () => new Uint32Array(50),
    compress: (words, block, offset) => absorb(words, block, offset, rate),
    finish: (words, tail, outLength) => {
      const last = new Uint8Array(rate);
      last.set(tail);
      last[tail.length] ^= domain;
      last[rate - 1] ^= 0x80;
      absorb(words, last, 0, rate);
      const out = new Uint8Array(outLength);
      for (let done = 0; done < outLength;) {
        for (let i = 0; i < rate && done < outLength; i++, done++) out[done] = (words[i >> 2] >>> (8 * (i & 3))) & 0xff;
        if (done < outLength) permute(words);
      }
      return out;
    },
  };
}

export const KECCAK_ALGORITHMS: HashAlgorithm[] = [
  sponge('sha3_224', 144, 28, 0x06), sponge('sha3_256', 136, 32, 0x06), sponge('sha3_384', 104, 48, 0x06),
  sponge('sha3_512', 72, 64, 0x06), { ...sponge('shake_128', 168, 0, 0x1f), xof: true }, { ...sponge('shake_256', 136, 0, 0x1f), xof: true },
];
