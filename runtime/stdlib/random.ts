// Lib/random.py's Random class over CPython's Mersenne Twister, reproducing each
// algorithm's exact sequence of draws so that a seeded program prints the same numbers as
// CPython 3.13. Sequences are JS arrays; the interpreter adapts its list/tuple/range.
// log/exp/cos/sin/pow come from libm.ts (correctly rounded, as glibc's are in practice),
// not V8's Math.*, which is an ulp off often enough to change printed variates.
import { PyError } from '../semantics/errors.js';
import { powCorrectlyRounded } from '../semantics/pow.js';
import * as libm from './libm.js';
import { MT19937, seedGenerator, seedInteger, seedIntegerV1, type Seed } from './mt19937.js';

const TWOPI = 2.0 * Math.PI;
const LOG4 = libm.log(4.0);
const SG_MAGICCONST = 1.0 + libm.log(4.5);
const NV_MAGICCONST = 4 * libm.exp(-0.5) / Math.sqrt(2.0);

/** Random.getstate(): (VERSION, 624 words + index, gauss_next). */
export type RandomState = readonly [3, readonly number[], number | null];

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** bisect.bisect_right(a, x, lo, hi) over numbers. */
export function bisectRight(a: readonly number[], x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * One random.Random instance. Invariant: `gaussNext` is the cached second normal deviate
 * of gauss() or null, exactly as CPython's `self.gauss_next`.
 */
export class Random {
  readonly gen = new MT19937();
  gaussNext: number | null = null;

  constructor(seed: Seed = 0n) {
    this.seed(seed);
  }

  /** seed(a, version): None is the interpreter's job (it passes fresh entropy as an int). */
  seed(a: Seed, version = 2): void {
    let n: bigint;
    if (version === 1 && (typeof a === 'string' || a instanceof Uint8Array)) {
      // version 1 reads bytes as latin-1 characters, i.e. the byte values themselves.
      n = seedIntegerV1(a);
    } else if (version !== 2 && (typeof a === 'string' || a instanceof Uint8Array)) {
      // Any other version: str/bytes fall through to the C seeder, which hashes them; the
      // interpreter's str hash is not CPython's randomized one, so refuse clearly.
      throw new PyError('ValueError', 'seeding from str/bytes needs version 1 or 2 in pyx');
    } else {
      n = seedInteger(a);
    }
    seedGenerator(this.gen, n);
    this.gaussNext = null;
  }

  getstate(): RandomState {
    return [3, [...this.gen.mt, this.gen.index], this.gaussNext];
  }

  setstate(state: readonly [number, readonly (number | bigint)[], number | null]): void {
    const [version, internal, gnext] = state;
    if (version !== 3 && version !== 2) {
      throw new PyError('ValueError', `state with version ${version} passed to Random.setstate() of version 3`);
    }
    if (internal.length !== 625) throw new PyError('ValueError', 'state vector is the wrong size');
    const ws = internal.map((w) => (version === 2 ? ((BigInt(w) % (1n << 32n)) + (1n << 32n)) % (1n << 32n) : BigInt(w)));
    const index = ws[624];
    if (index < 0n || index > 624n) throw new PyError('ValueError', 'invalid state');
    for (let i = 0; i < 624; i++) {
      if (ws[i] < 0n || ws[i] > 0xffffffffn) {
        throw new PyError('OverflowError', 'Python int too large to convert to C unsigned long');
      }
      this.gen.mt[i] = Number(ws[i]);
    }
    this.gen.index = Number(index);
    this.gaussNext = gnext;
  }

  random(): number {
    return this.gen.random();
  }

  getrandbits(k: number): bigint {
    return this.gen.getrandbits(k);
  }

  /** randbytes(n): getrandbits(n*8) as n little-endian bytes. */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw new PyError('ValueError', 'negative argument not allowed');
    let v = this.getrandbits(n * 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return out;
  }

  /** _randbelow_with_getrandbits(n) for 0 < n < 2**32, as a number. */
  randbelowNum(n: number): number {
    const k = 32 - Math.clz32(n);
    let r = this.gen.bits32(k);
    while (r >= n) r = this.gen.bits32(k);
    return r;
  }

  /** _randbelow_with_getrandbits(n), n > 0: draw bit_length(n) bits until below n. */
  randbelow(n: bigint): bigint {
    if (n <= 0xffffffffn) return BigInt(this.randbelowNum(Number(n)));
    const k = bitLength(n);
    let r = this.gen.getrandbits(k);
    while (r >= n) r = this.gen.getrandbits(k);
    return r;
  }

  /**
   * randrange(start, stop=None, step=None): arguments are the operator.index() values
   * (CPython's messages show the objects as passed, which for ints is the same text).
   */
  randrange(start: bigint, stop?: bigint | null, step: bigint | null = null): bigint {
    if (stop === undefined || stop === null) {
      if (step !== null) throw new PyError('TypeError', 'Missing a non-None stop argument');
      if (start > 0n) return this.randbelow(start);
      throw new PyError('ValueError', 'empty range for randrange()');
    }
    const width = stop - start;
    const istep = step ?? 1n;
    if (istep === 1n) {
      if (width > 0n) return start + this.randbelow(width);
      throw new PyError('ValueError', `empty range in randrange(${start}, ${stop})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new PyError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new PyError('ValueError', `empty range in randrange(${start}, ${stop}, ${istep})`);
    return start + istep * this.randbelow(n);
  }

  randint(a: bigint, b: bigint): bigint {
    return this.randrange(a, b + 1n);
  }

  /** choice(seq) over a length: returns the chosen index. */
  choiceIndex(length: number): number {
    if (length === 0) throw new PyError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelowNum(length);
  }

  choice<T>(seq: readonly T[]): T {
    return seq[this.choiceIndex(seq.length)];
  }

  /** shuffle(x) in place: Fisher-Yates from the end. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelowNum(i + 1);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * sample(population, k) as indices into a population of length n. CPython picks the
   * pool algorithm for small n and the set-of-selected algorithm otherwise; the threshold
   * (21, plus 4**ceil(log4(3k)) when k > 5) is reproduced because the draws differ.
   */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new PyError('ValueError', 'Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelowNum(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelowNum(n);
        while (selected.has(j)) j = this.randbelowNum(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  sample<T>(population: readonly T[], k: number, counts?: readonly number[]): T[] {
    if (counts !== undefined) {
      const cum: number[] = [];
      let acc = 0;
      for (const c of counts) cum.push((acc += c));
      if (cum.length !== population.length) {
        throw new PyError('ValueError', 'The number of counts does not match the population');
      }
      const total = cum.pop() ?? 0;
      if (!Number.isInteger(total)) throw new PyError('TypeError', 'Counts must be integers');
      if (total <= 0) throw new PyError('ValueError', 'Total of counts must be greater than zero');
      return this.sampleIndices(total, k).map((s) => population[bisectRight(cum, s)]);
    }
    return this.sampleIndices(population.length, k).map((i) => population[i]);
  }

  /**
   * choices(population, weights, cum_weights, k) as indices. Weights are numbers; their
   * running sums are JS doubles (exact for integer weights whose sum stays below 2**53).
   * For an empty population without weights the indices are 0, out of range exactly where
   * CPython's `population[...]` raises; the caller's indexing raises its IndexError.
   */
  choicesIndices(n: number, k: number, weights?: readonly number[] | null, cumWeights?: readonly number[] | null): number[] {
    const out: number[] = [];
    if (cumWeights == null) {
      if (weights == null) {
        for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
        return out;
      }
      const cum: number[] = [];
      let acc = 0;
      for (const w of weights) cum.push((acc += w));
      cumWeights = cum;
    } else if (weights != null) {
      throw new PyError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw new PyError('ValueError', 'The number of weights does not match the population');
    if (n === 0) throw new PyError('IndexError', 'list index out of range');
    const total = cumWeights[n - 1] + 0.0;
    if (total <= 0.0) throw new PyError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new PyError('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, 0, n - 1));
    return out;
  }

  choices<T>(population: readonly T[], opts: { weights?: readonly number[] | null; cumWeights?: readonly number[] | null; k?: number } = {}): T[] {
    return this.choicesIndices(population.length, opts.k ?? 1, opts.weights, opts.cumWeights).map((i) => {
      // Only an empty population gets here (index 0); CPython's list indexing fails the same way.
      if (i >= population.length) throw new PyError('IndexError', 'list index out of range');
      return population[i];
    });
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    if (mode !== null && high - low === 0) return low; // CPython catches ZeroDivisionError
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -libm.log(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - this.random()));
      z = libm.cos(x2pi) * g2rad;
      this.gaussNext = libm.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return libm.exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd = 1.0): number {
    if (lambd === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
    return -libm.log(1.0 - this.random()) / lambd;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pow(-libm.log(u), 1.0 / beta);
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = libm.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    const theta = u3 > 0.5 ? mu + libm.acos(f) : mu - libm.acos(f);
    return pyFloatMod(theta, TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new PyError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = libm.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * libm.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= libm.log(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -libm.log(1.0 - this.random()) * beta;
    }
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pow(p, 1.0 / alpha) : -libm.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pow(x, alpha - 1.0)) break;
      } else if (u1 <= libm.exp(-x)) break;
    }
    return x * beta;
  }

  /**
   * binomialvariate(n, p) (3.12+): a bit per trial for n == 1, geometric skips for
   * n*p < 10, and Hörmann's BTRS transformed rejection otherwise, drawing as CPython does.
   */
  binomialvariate(n: bigint = 1n, p = 0.5): bigint {
    if (n < 0n) throw new PyError('ValueError', 'n must be non-negative');
    if (p <= 0.0 || p >= 1.0) {
      if (p === 0.0) return 0n;
      if (p === 1.0) return n;
      throw new PyError('ValueError', 'p must be in the range 0.0 <= p <= 1.0');
    }
    if (n === 1n) return this.random() < p ? 1n : 0n;
    if (p > 0.5) return n - this.binomialvariate(n, 1.0 - p);
    const nf = Number(n);
    if (nf * p < 10.0) {
      let x = 0n;
      let y = 0n;
      const c = libm.log2(1.0 - p);
      if (!c) return x;
      for (;;) {
        y += BigInt(Math.floor(libm.log2(this.random()) / c)) + 1n;
        if (y > n) return x;
        x += 1n;
      }
    }
    const spq = Math.sqrt(nf * p * (1.0 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = nf * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    let setup = false;
    let alpha = 0;
    let lpq = 0;
    let m = 0;
    let h = 0;
    for (;;) {
      let u = this.random();
      u -= 0.5;
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2.0 * a) / us + b) * u + c);
      if (k < 0 || k > nf) continue;
      let v = this.random();
      if (us >= 0.07 && v <= vr) return BigInt(k);
      if (!setup) {
        alpha = (2.83 + 5.1 / b) * spq;
        lpq = libm.log(p / (1.0 - p));
        m = Math.floor((nf + 1) * p);
        h = libm.lgammaInt(m + 1) + libm.lgammaInt(nf - m + 1);
        setup = true;
      }
      v *= alpha / (a / (us * us) + b);
      if (libm.log(v) <= h - libm.lgammaInt(k + 1) - libm.lgammaInt(nf - k + 1) + (k - m) * lpq) return BigInt(k);
    }
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python's float % for a positive modulus. */
function pyFloatMod(x: number, m: number): number {
  const r = x % m;
  return r !== 0 && r < 0 ? r + m : r;
}

/** x ** y for floats as C's pow: correctly rounded where pow.ts can decide, else Math.pow. */
function pow(x: number, y: number): number {
  if (x > 0 && Number.isFinite(x) && Number.isFinite(y)) return powCorrectlyRounded(x, y) ?? x ** y;
  return x ** y;
}
