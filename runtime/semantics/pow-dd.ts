// Fast path for the correctly rounded pow: exp(y * ln x) in double-double arithmetic
// (~100 bits). It answers only when the result is certainly on one side of every rounding
// boundary; otherwise (about 2**-27 of inputs, or subnormal/overflowing results) it returns
// undefined and pow.ts falls back to 160-bit BigInt fixed point.

type DD = [hi: number, lo: number];

const SPLITTER = 134217729; // 2**27 + 1, Dekker's split constant

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mulD(b, -q1));
  const q2 = r[0] / b[0];
  const r2 = add(r, mulD(b, -q2));
  const q3 = r2[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

const INV: DD[] = [];
/** 1/i as a double-double (cached: multiplying beats dividing in the series below). */
function inv(i: number): DD {
  return (INV[i] ??= div([1, 0], [i, 0]));
}

/** 2 atanh(t) = ln((1 + t) / (1 - t)) by its odd power series. */
function atanh2(t: DD): DD {
  const t2 = mul(t, t);
  let power = t;
  let sum: DD = t;
  for (let i = 3; i < 200; i += 2) {
    power = mul(power, t2);
    const term = mul(power, inv(i));
    sum = add(sum, term);
    if (Math.abs(term[0]) <= 1e-34 * Math.abs(sum[0])) break;
  }
  return mulD(sum, 2);
}

/** ln(1 + j/128) for j = 0..128, built once with the long series (|t| <= 1/3). */
let lnTable: DD[] | undefined;
function lnOfBreakpoint(j: number): DD {
  lnTable ??= Array.from({ length: 129 }, (_, i) => (i === 0 ? [0, 0] : atanh2(div([i / 128, 0], [2 + i / 128, 0]))));
  return lnTable[j];
}

/** ln(x) for finite x > 0 (normal range) as a double-double. */
function ln(x: number): DD {
  let k = Math.floor(Math.log2(x));
  let f = x / 2 ** k; // exact scaling
  if (f < 1) { f *= 2; k -= 1; } // log2 rounding can be off by one near powers of two
  if (f >= 2) { f /= 2; k += 1; }
  // ln f = ln c + 2 atanh((f - c) / (f + c)) with c = 1 + j/128 the nearest breakpoint:
  // f - c is exact (Sterbenz) and |t| <= 1/512, so a few series terms suffice.
  const j = Math.round((f - 1) * 128);
  const c = 1 + j / 128;
  const t = div([f - c, 0], twoSum(f, c));
  return add(add(lnOfBreakpoint(j), atanh2(t)), mulD(LN2, k));
}

/** exp(w) as [double-double mantissa, power of two], for |w| < 746. */
function exp(w: DD): [DD, number] {
  const k = Math.round(w[0] / LN2[0]);
  let r = add(w, mulD(LN2, -k)); // |r| <= ~0.35
  r = [r[0] / 256, r[1] / 256]; // exact scaling; exp(r) = exp(r/256)**256
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let i = 1; i < 30; i++) {
    term = mul(mul(term, r), inv(i));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-34) break;
  }
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  return [sum, k];
}

/** pow(x, y) for finite x > 0 and finite y, or undefined when not certain. */
export function powDD(x: number, y: number): number | undefined {
  if (x < 2 ** -1020 || x > 2 ** 1020) return undefined; // keep the scaling simple
  const w = mulD(ln(x), y);
  if (!(Math.abs(w[0]) < 700)) return undefined; // overflow/subnormal territory: exact path
  const [[h, l], k] = exp(w);
  // h + l ~ x**y / 2**k with relative error far below 2**-80. Round to double: h is already
  // round(h + l) after normalisation, unless l sits within the error of half an ulp of h.
  const [hh, ll] = quickTwoSum(h, l);
  const ulp = ulpOf(hh);
  const err = Math.abs(hh) * 2 ** -80;
  const half = ulp / 2;
  if (Math.abs(Math.abs(ll) - half) <= err) return undefined;
  // If |ll| < half then hh is the rounding; otherwise the neighbour in the direction of ll.
  let r = hh;
  if (Math.abs(ll) > half) r = ll > 0 ? hh + ulp : hh - ulp;
  // At a power of two the ulp below is half as large: recheck with the exact path instead.
  if (isPowerOfTwo(hh) && ll < 0) return undefined;
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
