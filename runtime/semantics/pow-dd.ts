// Fast path for the correctly rounded pow: exp(y * ln x) in double-double arithmetic
// (~100 bits). It answers only when the result is certainly on one side of every rounding
// boundary; otherwise (about 2**-27 of inputs, or subnormal/overflowing results) it returns
// undefined and pow.ts falls back to 160-bit BigInt fixed point.
// The double-double operations write their result into the module variables H and L rather
// than returning pairs: allocation-free, which made this ~5x faster than the tuple version.

let H = 0;
let L = 0;

const SPLITTER = 134217729; // 2**27 + 1, Dekker's split constant

/** H + L = a + b exactly (Knuth's TwoSum). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  H = s;
  L = (a - (s - bb)) + (b - bb);
}

/** H + L = a * b exactly (Dekker's TwoProduct; no FMA in JS). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  H = p;
  L = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function add(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = H, e = L;
  twoSum(al, bl);
  const t = H, f = L;
  let hi = s + (e + t);
  let lo = (e + t) - (hi - s);
  const h2 = hi + (lo + f);
  lo = (lo + f) - (h2 - hi);
  hi = h2;
  H = hi;
  L = lo;
}

function mul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = H;
  const e = L + (ah * bl + al * bh);
  H = p + e;
  L = e - (H - p);
}

function mulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = H;
  const e = L + al * b;
  H = p + e;
  L = e - (H - p);
}

function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mulD(bh, bl, -q1);
  add(ah, al, H, L);
  const rh = H, rl = L;
  const q2 = rh / bh;
  mulD(bh, bl, -q2);
  add(rh, rl, H, L);
  const q3 = H / bh;
  const s = q1 + q2;
  const e = q2 - (s - q1);
  add(s, e, q3, 0);
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

/** 1/i as double-doubles at [2i, 2i+1] (multiplying beats dividing in the series). */
const INV = new Float64Array(2 * 200);
for (let i = 1; i < 200; i++) {
  div(1, 0, i, 0);
  INV[2 * i] = H;
  INV[2 * i + 1] = L;
}

/** H + L = 2 atanh(t) = ln((1 + t) / (1 - t)) by its odd power series. */
function atanh2(th: number, tl: number): void {
  mul(th, tl, th, tl);
  const t2h = H, t2l = L;
  let ph = th, pl = tl;
  let sh = th, sl = tl;
  for (let i = 3; i < 199; i += 2) {
    mul(ph, pl, t2h, t2l);
    ph = H; pl = L;
    mul(ph, pl, INV[2 * i], INV[2 * i + 1]);
    const termh = H;
    add(sh, sl, H, L);
    sh = H; sl = L;
    if (Math.abs(termh) <= 1e-34 * Math.abs(sh)) break;
  }
  H = 2 * sh;
  L = 2 * sl;
}

/** ln(1 + j/128) for j = 0..128 at [2j, 2j+1], built on first use with the long series. */
let lnTable: Float64Array | undefined;
function buildLnTable(): Float64Array {
  const table = new Float64Array(2 * 129);
  for (let j = 1; j <= 128; j++) {
    div(j / 128, 0, 2 + j / 128, 0); // t = (c - 1) / (c + 1), |t| <= 1/3
    atanh2(H, L);
    table[2 * j] = H;
    table[2 * j + 1] = L;
  }
  return table;
}

/** H + L = ln(x) for finite x > 0 in the normal range. */
function ln(x: number): void {
  let k = Math.floor(Math.log2(x));
  let f = x / 2 ** k; // exact scaling
  if (f < 1) { f *= 2; k -= 1; } // log2 rounding can be off by one near powers of two
  if (f >= 2) { f /= 2; k += 1; }
  // ln f = ln c + 2 atanh((f - c) / (f + c)) with c = 1 + j/128 the nearest breakpoint:
  // f - c is exact (Sterbenz) and |t| <= 1/512, so a few series terms suffice.
  const j = Math.round((f - 1) * 128);
  const c = 1 + j / 128;
  twoSum(f, c);
  div(f - c, 0, H, L);
  atanh2(H, L);
  const ah = H, al = L;
  const table = (lnTable ??= buildLnTable());
  add(ah, al, table[2 * j], table[2 * j + 1]);
  const bh = H, bl = L;
  mulD(LN2_HI, LN2_LO, k);
  add(bh, bl, H, L);
}

/** H + L = exp(w) / 2**k for |w| < 746; returns k. */
function exp(wh: number, wl: number): number {
  const k = Math.round(wh / LN2_HI);
  mulD(LN2_HI, LN2_LO, -k);
  add(wh, wl, H, L); // r = w - k ln2, |r| <= ~0.35
  const rh = H / 256, rl = L / 256; // exact scaling; exp(r) = exp(r/256)**256
  let th = 1, tl = 0;
  let sh = 1, sl = 0;
  for (let i = 1; i < 30; i++) {
    mul(th, tl, rh, rl);
    mul(H, L, INV[2 * i], INV[2 * i + 1]);
    th = H; tl = L;
    add(sh, sl, th, tl);
    sh = H; sl = L;
    if (Math.abs(th) < 1e-34) break;
  }
  for (let i = 0; i < 8; i++) {
    mul(sh, sl, sh, sl);
    sh = H; sl = L;
  }
  H = sh;
  L = sl;
  return k;
}

/** pow(x, y) for finite x > 0 and finite y, or undefined when not certain. */
export function powDD(x: number, y: number): number | undefined {
  if (x < 2 ** -1020 || x > 2 ** 1020) return undefined; // keep the scaling simple
  ln(x);
  mulD(H, L, y);
  if (!(Math.abs(H) < 700)) return undefined; // overflow/subnormal territory: exact path
  const k = exp(H, L);
  // H + L ~ x**y / 2**k with relative error far below 2**-80. Normalise, then round to a
  // double: hh unless ll sits within the error of half an ulp of hh.
  const hh = H + L;
  const ll = L - (hh - H);
  const ulp = ulpOf(hh);
  const half = ulp / 2;
  if (Math.abs(Math.abs(ll) - half) <= Math.abs(hh) * 2 ** -80) return undefined;
  // At a power of two the ulp below is half as large: leave that to the exact path.
  if (ll < 0 && isPowerOfTwo(hh)) return undefined;
  let r = hh;
  if (Math.abs(ll) > half) r = ll > 0 ? hh + ulp : hh - ulp;
  return r * 2 ** k;
}

function ulpOf(x: number): number {
  const e = Math.floor(Math.log2(Math.abs(x)));
  let u = 2 ** (e - 52);
  // Math.log2 can round up just below a power of two.
  if (Math.abs(x) < 2 ** e) u /= 2;
  return u;
}

function isPowerOfTwo(x: number): boolean {
  const a = Math.abs(x);
  return a === 2 ** Math.round(Math.log2(a));
}
