// NaN-boxing vs tag + payload, on a small register-interpreter loop whose frame lives in a
// SharedArrayBuffer (the design question of docs/architecture-runtime.md, "Values").
//
//   node --import tsx bench/micro/heap-values.ts [iterations] [runs]
//
// Both layouts run the same bytecode with the same dispatch; ADD/SUB/MUL check operand tags
// like a dynamic interpreter must (int+int with overflow check, float+float, mixed). Programs:
//   float loop:  x = x * 0.5 + 1.25; i = i + 1; if i < n: loop
//   int loop:    s = s + i; s = s - i; s = s + 1; i = i + 1; if i < n: loop
// A third variant keeps values as JS objects in a JS array (what the heap replaces), for scale.
// Prints CPU ns per loop iteration, the median of `runs` interleaved rounds.

import { machineLine } from './heap-common.js';

const OP_ADD = 0, OP_SUB = 1, OP_MUL = 2, OP_LT_JUMP = 3, OP_HALT = 4;
const HI_INT = 0xfff90000 | 0;
/** Tagged high words are the signed range [-458752, -1]; everything else is a float. */
const TAG_FLOOR_SIGNED_NEG = 0xfff90000 | 0;
function isTagged(hi: number): boolean {
  return hi >= TAG_FLOOR_SIGNED_NEG && hi < 0;
}

// Program: [op, dst, a, b] (LT_JUMP: if slot[a] < slot[b] goto dst). Slots: 0 i, 1 n, 2 x/s,
// 3 one, 4 c1, 5 c2, 6 tmp.
const floatProgram = new Int32Array([
  OP_MUL, 6, 2, 4,
  OP_ADD, 2, 6, 5,
  OP_ADD, 0, 0, 3,
  OP_LT_JUMP, 0, 0, 1,
  OP_HALT, 0, 0, 0,
]);
const intProgram = new Int32Array([
  OP_ADD, 2, 2, 0,
  OP_SUB, 2, 2, 0,
  OP_ADD, 2, 2, 3,
  OP_ADD, 0, 0, 3,
  OP_LT_JUMP, 0, 0, 1,
  OP_HALT, 0, 0, 0,
]);

// --- NaN-boxing: one 8-byte slot per value ---
const sab = new SharedArrayBuffer(1 << 16);
const f64 = new Float64Array(sab);
const i32 = new Int32Array(sab);
const FRAME = 64; // slot index of the frame in f64 units

function nbSetInt(slot: number, v: number): void {
  i32[(FRAME + slot) * 2] = v;
  i32[(FRAME + slot) * 2 + 1] = HI_INT;
}

function runNanBox(code: Int32Array): void {
  let pc = 0;
  for (;;) {
    const op = code[pc], d = FRAME + code[pc + 1], a = FRAME + code[pc + 2], b = FRAME + code[pc + 3];
    if (op === OP_HALT) return;
    if (op === OP_LT_JUMP) {
      // ints only in this benchmark's comparisons
      pc = i32[a * 2] < i32[b * 2] ? d - FRAME : pc + 4;
      continue;
    }
    const ha = i32[a * 2 + 1], hb = i32[b * 2 + 1];
    if (ha === HI_INT && hb === HI_INT) {
      const x = i32[a * 2], y = i32[b * 2];
      const r = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
      if ((r | 0) !== r) throw new Error('overflow path not exercised here');
      i32[d * 2] = r;
      i32[d * 2 + 1] = HI_INT;
    } else if (!isTagged(ha) && !isTagged(hb)) {
      const x = f64[a], y = f64[b];
      const r = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
      f64[d] = r; // arithmetic NaNs have a zero payload, below the tag range: no check needed
    } else {
      const x = ha === HI_INT ? i32[a * 2] : f64[a];
      const y = hb === HI_INT ? i32[b * 2] : f64[b];
      f64[d] = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
    }
    pc += 4;
  }
}

// --- Tag + payload: 16-byte slots, tag word then an 8-byte payload ---
const TAG_INT = 1, TAG_FLOAT = 2;
const tpF64 = new Float64Array(new SharedArrayBuffer(1 << 16));
const tpI32 = new Int32Array(tpF64.buffer);

function runTagPayload(code: Int32Array): void {
  let pc = 0;
  for (;;) {
    const op = code[pc], d = FRAME + code[pc + 1], a = FRAME + code[pc + 2], b = FRAME + code[pc + 3];
    if (op === OP_HALT) return;
    if (op === OP_LT_JUMP) {
      pc = tpI32[a * 4 + 2] < tpI32[b * 4 + 2] ? d - FRAME : pc + 4;
      continue;
    }
    const ta = tpI32[a * 4], tb = tpI32[b * 4];
    if (ta === TAG_INT && tb === TAG_INT) {
      const x = tpI32[a * 4 + 2], y = tpI32[b * 4 + 2];
      const r = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
      if ((r | 0) !== r) throw new Error('overflow path not exercised here');
      tpI32[d * 4 + 2] = r;
      tpI32[d * 4] = TAG_INT;
    } else if (ta === TAG_FLOAT && tb === TAG_FLOAT) {
      const x = tpF64[a * 2 + 1], y = tpF64[b * 2 + 1];
      tpF64[d * 2 + 1] = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
      tpI32[d * 4] = TAG_FLOAT;
    } else {
      const x = ta === TAG_INT ? tpI32[a * 4 + 2] : tpF64[a * 2 + 1];
      const y = tb === TAG_INT ? tpI32[b * 4 + 2] : tpF64[b * 2 + 1];
      tpF64[d * 2 + 1] = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
      tpI32[d * 4] = TAG_FLOAT;
    }
    pc += 4;
  }
}

function tpSetInt(slot: number, v: number): void {
  tpI32[(FRAME + slot) * 4] = TAG_INT;
  tpI32[(FRAME + slot) * 4 + 2] = v;
}
function tpSetFloat(slot: number, v: number): void {
  tpI32[(FRAME + slot) * 4] = TAG_FLOAT;
  tpF64[(FRAME + slot) * 2 + 1] = v;
}

// --- JS objects in a JS array (for scale) ---
interface Boxed { tag: number; num: number }
const objFrame: Boxed[] = Array.from({ length: 8 }, () => ({ tag: TAG_INT, num: 0 }));

function runObjects(code: Int32Array): void {
  let pc = 0;
  const frame = objFrame;
  for (;;) {
    const op = code[pc], d = code[pc + 1], a = frame[code[pc + 2]], b = frame[code[pc + 3]];
    if (op === OP_HALT) return;
    if (op === OP_LT_JUMP) {
      pc = a.num < b.num ? d : pc + 4;
      continue;
    }
    const x = a.num, y = b.num;
    const r = op === OP_ADD ? x + y : op === OP_SUB ? x - y : x * y;
    if (a.tag === TAG_INT && b.tag === TAG_INT) {
      if ((r | 0) !== r) throw new Error('overflow path not exercised here');
      frame[d] = { tag: TAG_INT, num: r };
    } else frame[d] = { tag: TAG_FLOAT, num: r };
    pc += 4;
  }
}

type Layout = 'nan-box' | 'tag+payload' | 'js-objects';

function setup(layout: Layout, program: 'float' | 'int', n: number): void {
  const ints: [number, number][] = [[0, 0], [1, n], [3, 1]];
  const floats: [number, number][] = program === 'float' ? [[2, 0.0], [4, 0.5], [5, 1.25]] : [];
  if (program === 'int') ints.push([2, 0]);
  for (const [slot, v] of ints) {
    if (layout === 'nan-box') nbSetInt(slot, v);
    else if (layout === 'tag+payload') tpSetInt(slot, v);
    else objFrame[slot] = { tag: TAG_INT, num: v };
  }
  for (const [slot, v] of floats) {
    if (layout === 'nan-box') f64[FRAME + slot] = v;
    else if (layout === 'tag+payload') tpSetFloat(slot, v);
    else objFrame[slot] = { tag: TAG_FLOAT, num: v };
  }
}

function result(layout: Layout, program: 'float' | 'int'): number {
  if (layout === 'nan-box') return program === 'float' ? f64[FRAME + 2] : i32[(FRAME + 2) * 2];
  if (layout === 'tag+payload') return program === 'float' ? tpF64[(FRAME + 2) * 2 + 1] : tpI32[(FRAME + 2) * 4 + 2];
  return objFrame[2].num;
}

/** One timed run: ns per loop iteration, and the program's result (checked by the caller). */
export function timeOnce(layout: Layout, program: 'float' | 'int', n: number): { ns: number; check: number } {
  const code = program === 'float' ? floatProgram : intProgram;
  const run = layout === 'nan-box' ? runNanBox : layout === 'tag+payload' ? runTagPayload : runObjects;
  setup(layout, program, n);
  // CPU time, not wall time: on a shared machine, time spent descheduled is not the loop's.
  const start = process.cpuUsage();
  run(code);
  const used = process.cpuUsage(start);
  const ns = ((used.user + used.system) * 1000) / n;
  return { ns, check: result(layout, program) };
}

const LAYOUTS: Layout[] = ['nan-box', 'tag+payload', 'js-objects'];

/**
 * Medians over `runs` rounds; each round runs every layout once, in rotating order, so machine
 * load (shared cores) hits all layouts alike. One warm-up round first.
 */
export function compare(program: 'float' | 'int', n: number, runs: number): Record<Layout, { median: number; check: number }> {
  const samples: Record<string, number[]> = {};
  const checks: Record<string, number> = {};
  for (const layout of LAYOUTS) samples[layout] = [];
  for (let r = 0; r <= runs; r++) {
    for (let k = 0; k < LAYOUTS.length; k++) {
      const layout = LAYOUTS[(k + r) % LAYOUTS.length];
      const { ns, check } = timeOnce(layout, program, n);
      if (r > 0) samples[layout].push(ns);
      checks[layout] = check;
    }
  }
  const out = {} as Record<Layout, { median: number; check: number }>;
  for (const layout of LAYOUTS) {
    const sorted = samples[layout].sort((a, b) => a - b);
    out[layout] = { median: sorted[Math.floor(sorted.length / 2)], check: checks[layout] };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 2_000_000);
  const runs = Number(process.argv[3] ?? 9);
  console.log(`node ${process.version}, ${n} iterations, median of ${runs} interleaved rounds (CPU ns/iteration); ${machineLine()}`);
  for (const program of ['float', 'int'] as const) {
    const results = compare(program, n, runs);
    for (const layout of LAYOUTS) {
      const { median, check } = results[layout];
      console.log(`${program.padEnd(6)} ${layout.padEnd(12)} ${median.toFixed(2).padStart(7)} ns   (result ${check})`);
    }
  }
}
