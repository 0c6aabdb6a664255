// Big-int limb loops in WebAssembly: the linear passes of runtime/bigint-limbs.ts (x + y, x - y,
// x * m, schoolbook x * y) for operands of many limbs. Wasm has 64-bit integer arithmetic, so a
// limb product and its carry are one i64 multiply-add and a shift, where JS splits every product
// into doubles; adds and subtracts go 64 bits (two limbs) at a time. Measured on the pidigits
// sizes (2,500 limbs), including the copies in and out of the module's memory: x * m 3.1 -> 1.1
// ns per limb. The module imports the heap's own memory (the heap is a shared Wasm memory,
// runtime/heap.ts), so the kernels read the operands' limbs where they are and write the result
// into its freshly allocated int: nothing is copied (copying in and out of a memory of the
// module's own was ~20% of pidigits' time).
//
// The bytes are assembled here from the instruction lists below (no toolchain in the build);
// each function's comment gives its meaning as pseudo-code. Addresses are byte addresses in the
// heap, counts are limbs (u32, little-endian, as runtime/int.ts stores them).

import type { Heap, SharedMemory } from './heap.js';

// --- A minimal Wasm binary encoder ---

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];

const I32 = 0x7f, I64 = 0x7e;

/** One exported function: parameter and result types, extra locals (after the parameters), code. */
interface WasmFunction {
  name: string;
  params: number[];
  results: number[];
  locals: number[];
  body: number[];
}

/** A module importing one shared memory (1 to 65,536 pages: any heap) as m.mem and exporting
 *  the functions in order. */
function encodeModule(funcs: WasmFunction[]): Uint8Array {
  const types = funcs.map((f) => [0x60, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))]);
  const imports = vec([[...name('m'), ...name('mem'), 0x02, 0x03, ...uleb(1), ...uleb(65536)]]);
  const code = funcs.map((f) => {
    const body = [...vec(f.locals.map((t) => [1, t])), ...f.body, 0x0b];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(2, imports),
    ...section(3, vec(funcs.map((_, i) => uleb(i)))),
    ...section(7, vec(funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(code)),
  ]);
}

// Instructions (the spec's opcodes). Memory accesses carry (align log2, offset 0).
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const tee = (i: number) => [0x22, ...uleb(i)];
const i32c = (n: number) => [0x41, ...sleb(n)];
const i64c = (n: number) => [0x42, ...sleb(n)];
const load32u = [0x35, 2, 0]; // i64.load32_u
const load64 = [0x29, 2, 0]; // i64.load (addresses are 4-byte aligned)
const store32 = [0x3e, 2, 0]; // i64.store32
const store64 = [0x37, 2, 0]; // i64.store
const i32load = [0x28, 2, 0];
const i32add = [0x6a], i32sub = [0x6b], i32and = [0x71], i32or = [0x72], i32shl = [0x74];
const i32ltu = [0x49], i32eqz = [0x45];
const i64add = [0x7c], i64sub = [0x7d], i64mul = [0x7e], i64shl = [0x86], i64shru = [0x88], i64or = [0x84], i64ltu = [0x54];
const i32wrap = [0xa7], i64extu = [0xad];
const memcopy = [0xfc, ...uleb(10), 0, 0]; // memory.copy (dest, src, bytes)
const memfill = [0xfc, ...uleb(11), 0]; // memory.fill (dest, byte, bytes)
const block = [0x02, 0x40], loop = [0x03, 0x40], end = [0x0b];
const br = (d: number) => [0x0c, ...uleb(d)];
const brIf = (d: number) => [0x0d, ...uleb(d)];

/** `while (cond) body`: cond leaves an i32; inside body, br(1) continues and br(2) breaks. */
function whileLoop(cond: number[], body: number[]): number[] {
  return [...block, ...loop, ...cond, ...i32eqz, ...brIf(1), ...body, ...br(0), ...end, ...end];
}

/** local += n (i32). */
const bump = (local: number, n: number) => [...get(local), ...i32c(n), ...i32add, ...set(local)];

// --- Kernels ---

/**
 * add(o, x, xn, y, yn) -> count: o = x + y for xn >= yn >= 0; writes xn + 1 limbs, returns the
 * count used (xn + carry). o may be x or y.
 *   for (i = 0; i < 4*(yn & ~1); i += 8) { s = x64[i] + y64[i]; s2 = s + c; c = s < x64 | s2 < s; o64[i] = s2 }
 *   if yn odd: t = x32 + y32 + c; o32 = t; c = t >> 32; i += 4
 *   while (i < 4*xn && c) { t = x32 + c; o32 = t; c = t >> 32; i += 4 }
 *   copy x's remaining limbs; o32[xn] = c
 */
function addKernel(): WasmFunction {
  const O = 0, X = 1, XN = 2, Y = 3, YN = 4, I = 5, END = 6, C = 7, A = 8, S = 9;
  return {
    name: 'add', params: [I32, I32, I32, I32, I32], results: [I32], locals: [I32, I32, I64, I64, I64],
    body: [
      ...get(YN), ...i32c(~1), ...i32and, ...i32c(2), ...i32shl, ...set(END),
      ...whileLoop([...get(I), ...get(END), ...i32ltu], [
        ...get(X), ...get(I), ...i32add, ...load64, ...tee(A),
        ...get(Y), ...get(I), ...i32add, ...load64, ...i64add, ...set(S),
        ...get(O), ...get(I), ...i32add,
        ...get(S), ...get(C), ...i64add, // s2
        ...get(S), ...get(A), ...i64ltu, // carry out of x + y
        ...get(S), ...get(C), ...i64add, ...get(S), ...i64ltu, // carry out of + c
        ...i32or, ...i64extu, ...set(C),
        ...store64,
        ...bump(I, 8),
      ]),
      ...get(YN), ...i32c(2), ...i32shl, ...set(END),
      ...oddLimbLoop(O, X, Y, I, END, C, S, false, false),
      ...get(XN), ...i32c(2), ...i32shl, ...set(END),
      ...oddLimbLoop(O, X, Y, I, END, C, S, false, true),
      ...copyRest(O, X, I, END),
      ...get(O), ...get(END), ...i32add, ...get(C), ...store32,
      ...get(XN), ...get(C), ...i32wrap, ...i32add,
    ],
  };
}

/**
 * sub(o, x, xn, y, yn): o = x - y for x >= y (as magnitudes), xn >= yn; writes xn limbs. o may be
 * x or y. The caller trims the leading zeros.
 *   pairs: d = x64 - y64; b' = x64 < y64; d2 = d - b; b = b' | d < b; o64 = d2
 *   limbs: t = x32 - y32 - b (i64, wraps); o32 = t; b = t >>> 63
 */
function subKernel(): WasmFunction {
  const O = 0, X = 1, XN = 2, Y = 3, YN = 4, I = 5, END = 6, B = 7, A = 8, D = 9;
  return {
    name: 'sub', params: [I32, I32, I32, I32, I32], results: [], locals: [I32, I32, I64, I64, I64],
    body: [
      ...get(YN), ...i32c(~1), ...i32and, ...i32c(2), ...i32shl, ...set(END),
      ...whileLoop([...get(I), ...get(END), ...i32ltu], [
        ...get(X), ...get(I), ...i32add, ...load64, ...tee(A),
        ...get(Y), ...get(I), ...i32add, ...load64, ...tee(D), ...i64ltu, // borrow out of x - y
        ...get(A), ...get(D), ...i64sub, ...tee(D), ...get(B), ...i64ltu, // borrow out of - b
        ...i32or,
        ...get(O), ...get(I), ...i32add, ...get(D), ...get(B), ...i64sub, ...store64,
        ...i64extu, ...set(B),
        ...bump(I, 8),
      ]),
      ...get(YN), ...i32c(2), ...i32shl, ...set(END),
      ...oddLimbLoop(O, X, Y, I, END, B, D, true, false),
      ...get(XN), ...i32c(2), ...i32shl, ...set(END),
      ...oddLimbLoop(O, X, Y, I, END, B, D, true, true),
      ...copyRest(O, X, I, END),
    ],
  };
}

/**
 * One limb at a time while i < end: t = x32 ± y32 ± c, o32 = t, c = the carry (t >> 32) or the
 * borrow (t >>> 63). With `xOnly`, y is not read and the loop stops as soon as c is 0.
 */
function oddLimbLoop(O: number, X: number, Y: number, I: number, END: number, C: number, T: number, subtract: boolean, xOnly: boolean): number[] {
  const op = subtract ? i64sub : i64add;
  const cond = xOnly
    ? [...get(I), ...get(END), ...i32ltu, ...get(C), ...i32wrap, ...[0x71]] // i < end && c (c is 0 or 1)
    : [...get(I), ...get(END), ...i32ltu];
  return whileLoop(cond, [
    ...get(O), ...get(I), ...i32add,
    ...get(X), ...get(I), ...i32add, ...load32u,
    ...(xOnly ? [] : [...get(Y), ...get(I), ...i32add, ...load32u, ...op]),
    ...get(C), ...op, ...tee(T), ...store32,
    ...get(T), ...i64c(subtract ? 63 : 32), ...i64shru, ...set(C),
    ...bump(I, 4),
  ]);
}

/** memory.copy(o + i, x + i, end - i) when o != x and i < end. */
function copyRest(O: number, X: number, I: number, END: number): number[] {
  return [
    ...get(I), ...get(END), ...i32ltu, ...get(O), ...get(X), 0x47 /* i32.ne */, ...i32and,
    0x04, 0x40, // if
    ...get(O), ...get(I), ...i32add, ...get(X), ...get(I), ...i32add, ...get(END), ...get(I), ...i32sub, ...memcopy,
    ...end,
  ];
}

/** low32(v): the low half of the i64 on the stack, as an i64 (wrap, then zero-extend). */
const low32 = [...i32wrap, ...i64extu];

/**
 * mulSmall(o, x, n, m) -> carry: o[0..n) = the low n limbs of x * m (m a u32), returns the top limb.
 * Two limbs per step (one 64-bit load and store), each with its exact i64 product:
 *   a = x64; t1 = low32(a) * m + c; t2 = (a >> 32) * m + (t1 >> 32) (both < 2**64)
 *   o64 = low32(t1) | t2 << 32; c = t2 >> 32
 * and an odd last limb alone: t = x32 * m + c; o32 = t; c = t >> 32
 */
function mulSmallKernel(): WasmFunction {
  const O = 0, X = 1, N = 2, M = 3, I = 4, END = 5, C = 6, T = 7, M64 = 8, A = 9;
  return {
    name: 'mulSmall', params: [I32, I32, I32, I32], results: [I32], locals: [I32, I32, I64, I64, I64, I64],
    body: [
      ...get(M), ...i64extu, ...set(M64),
      ...get(N), ...i32c(~1), ...i32and, ...i32c(2), ...i32shl, ...set(END),
      ...whileLoop([...get(I), ...get(END), ...i32ltu], [
        ...get(O), ...get(I), ...i32add,
        ...get(X), ...get(I), ...i32add, ...load64, ...tee(A),
        ...low32, ...get(M64), ...i64mul, ...get(C), ...i64add, ...tee(T), ...low32,
        ...get(A), ...i64c(32), ...i64shru, ...get(M64), ...i64mul, ...get(T), ...i64c(32), ...i64shru, ...i64add, ...tee(T),
        ...i64c(32), ...i64shl, ...i64or, ...store64,
        ...get(T), ...i64c(32), ...i64shru, ...set(C),
        ...bump(I, 8),
      ]),
      ...get(N), ...i32c(2), ...i32shl, ...set(END),
      ...whileLoop([...get(I), ...get(END), ...i32ltu], [
        ...get(O), ...get(I), ...i32add,
        ...get(X), ...get(I), ...i32add, ...load32u, ...get(M64), ...i64mul, ...get(C), ...i64add, ...tee(T),
        ...store32,
        ...get(T), ...i64c(32), ...i64shru, ...set(C),
        ...bump(I, 4),
      ]),
      ...get(C), ...i32wrap,
    ],
  };
}

/**
 * mul(o, x, xn, y, yn): o[0..xn+yn) = x * y, schoolbook; o must not overlap x or y.
 *   o = 0; for each limb m of y (at j): c = 0; then along x two limbs per step:
 *     a = x64[i]; p = o64[i+j]
 *     t1 = low32(p) + low32(a) * m + c; t2 = (p >> 32) + (a >> 32) * m + (t1 >> 32) (< 2**64)
 *     o64[i+j] = low32(t1) | t2 << 32; c = t2 >> 32
 *   an odd last limb alone (t = o32 + x32 * m + c), then o32[j + xn] = c
 */
function mulKernel(): WasmFunction {
  const O = 0, X = 1, XN = 2, Y = 3, YN = 4, J = 5, I = 6, P = 7, END = 8, C = 9, T = 10, M = 11, A = 12, Q = 13;
  return {
    name: 'mul', params: [I32, I32, I32, I32, I32], results: [], locals: [I32, I32, I32, I32, I64, I64, I64, I64, I64],
    body: [
      ...get(O), ...i32c(0), ...get(XN), ...get(YN), ...i32add, ...i32c(2), ...i32shl, ...memfill,
      ...get(XN), ...i32c(~1), ...i32and, ...i32c(2), ...i32shl, ...set(END),
      ...get(XN), ...i32c(2), ...i32shl, ...set(XN),
      ...get(YN), ...i32c(2), ...i32shl, ...set(YN),
      ...whileLoop([...get(J), ...get(YN), ...i32ltu], [
        ...get(Y), ...get(J), ...i32add, ...load32u, ...set(M),
        ...get(O), ...get(J), ...i32add, ...set(P), // p = o + j + i, stepping with i
        ...i64c(0), ...set(C), ...i32c(0), ...set(I),
        ...whileLoop([...get(I), ...get(END), ...i32ltu], [
          ...get(P),
          ...get(P), ...load64, ...tee(Q), ...low32,
          ...get(X), ...get(I), ...i32add, ...load64, ...tee(A), ...low32, ...get(M), ...i64mul, ...i64add,
          ...get(C), ...i64add, ...tee(T), ...low32,
          ...get(Q), ...i64c(32), ...i64shru,
          ...get(A), ...i64c(32), ...i64shru, ...get(M), ...i64mul, ...i64add,
          ...get(T), ...i64c(32), ...i64shru, ...i64add, ...tee(T),
          ...i64c(32), ...i64shl, ...i64or, ...store64,
          ...get(T), ...i64c(32), ...i64shru, ...set(C),
          ...bump(I, 8), ...bump(P, 8),
        ]),
        ...whileLoop([...get(I), ...get(XN), ...i32ltu], [
          ...get(P),
          ...get(P), ...load32u, ...get(X), ...get(I), ...i32add, ...load32u, ...get(M), ...i64mul, ...i64add,
          ...get(C), ...i64add, ...tee(T), ...store32,
          ...get(T), ...i64c(32), ...i64shru, ...set(C),
          ...bump(I, 4), ...bump(P, 4),
        ]),
        ...get(P), ...get(C), ...store32,
        ...bump(J, 4),
      ]),
    ],
  };
}

// --- Instantiation ---

/**
 * The kernels instantiated over one heap's memory. The functions take byte addresses in the
 * heap, as documented above, and never allocate or throw for in-bounds arguments. A limb returned
 * as a result (add's count aside: mulSmall's top limb) comes back as a signed i32: read it with
 * `>>> 0`.
 */
export interface Kernels {
  add(o: number, x: number, xn: number, y: number, yn: number): number;
  sub(o: number, x: number, xn: number, y: number, yn: number): void;
  mulSmall(o: number, x: number, n: number, m: number): number;
  mul(o: number, x: number, xn: number, y: number, yn: number): void;
}

/** The part of the WebAssembly JS API used here (the project's lib settings do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/** The compiled module (one per thread: V8 compiles ~1.1 KB in well under a millisecond); null
 *  where WebAssembly compilation is unavailable or refused, or on a big-endian host (Wasm memory
 *  is little-endian, the heap's limbs are native u32s). */
let module: object | null | undefined;
/** The kernels over the memory this thread used last (one heap per thread, but tests make many). */
let lastMemory: SharedMemory | null = null;
let lastKernels: Kernels | null = null;

/** The kernels over `heap`'s memory, instantiated on first use; null where Wasm is unavailable
 *  (the JS loops then do everything). */
export function kernelsFor(heap: Heap): Kernels | null {
  if (heap.memory === lastMemory) return lastKernels;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (module === undefined) {
    module = null;
    if (api !== undefined && new Uint8Array(new Uint32Array([1]).buffer)[0] === 1) {
      try {
        module = new api.Module(encodeModule([addKernel(), subKernel(), mulSmallKernel(), mulKernel()])); // ~1.1 KB
      } catch {
        // compilation refused (a page's Content-Security-Policy without wasm-unsafe-eval)
      }
    }
  }
  lastMemory = heap.memory;
  lastKernels = null;
  if (module === null || api === undefined) return null;
  const exports = new api.Instance(module, { m: { mem: heap.memory } }).exports;
  lastKernels = {
    add: exports.add as Kernels['add'],
    sub: exports.sub as Kernels['sub'],
    mulSmall: exports.mulSmall as Kernels['mulSmall'],
    mul: exports.mul as Kernels['mul'],
  };
  return lastKernels;
}
