// Allocation rate and GC pause on the shared heap.
//
//   node --import tsx bench/micro/heap-alloc.ts [objects]
//
// Allocation: time to allocate N small objects of a few kinds (2-tuples of small ints, 12-char
// strs, big ints, list appends), as ns/object and MB/s of heap consumed.
// GC pause: collect() with N live objects (a list of N 2-tuples kept in a handle) plus N dead
// ones; reported as CPU ms and ns per heap object (mark visits the live, sweep walks all).

import { createRuntime } from '../../runtime/runtime.js';
import { H, T } from '../../runtime/heap.js';
import { fromInt32 } from '../../runtime/value.js';
import { newTuple, tupleInit, newList, listAppend } from '../../runtime/sequence.js';
import { strFromJs } from '../../runtime/str.js';
import { intFromBigInt } from '../../runtime/int.js';
import { pushHandle, popHandles } from '../../runtime/gc.js';
import { collectGarbage } from '../../runtime/safepoint.js';
import { machineLine } from './heap-common.js';

const n = Number(process.argv[2] ?? 1_000_000);

/** Process CPU time in ms: on a shared machine, time spent descheduled is not ours. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const kinds: Record<string, (heap: ReturnType<typeof createRuntime>, i: number) => void> = {
  'tuple(2)': (heap, i) => {
    const t = newTuple(heap, 2);
    tupleInit(heap, t, 0, fromInt32(i));
    tupleInit(heap, t, 1, fromInt32(-i));
  },
  'str(12)': (heap, i) => void strFromJs(heap, 'abcdefgh' + (1000 + (i & 8191))),
  'bigint(2^64+i)': (heap, i) => void intFromBigInt(heap, 18446744073709551616n + BigInt(i)),
};

console.log(`node ${process.version}, ${n} objects per run, CPU time, median of 5 runs; ${machineLine()}`);
for (const [name, make] of Object.entries(kinds)) {
  const times: number[] = [];
  let bytes = 0;
  for (let r = 0; r < 6; r++) {
    const heap = createRuntime({ initialBytes: 256 << 20 });
    const before = heap.i32[heap.threadRecord + T.ALLOCATED] >>> 0;
    const start = cpuMs();
    for (let i = 0; i < n; i++) make(heap, i);
    const ms = cpuMs() - start;
    bytes = (heap.i32[heap.threadRecord + T.ALLOCATED] >>> 0) - before;
    if (r > 0) times.push(ms);
  }
  const ms = median(times);
  console.log(`alloc ${name.padEnd(15)} ${((ms * 1e6) / n).toFixed(1).padStart(6)} ns/object  ${(bytes / n).toFixed(0).padStart(3)} B/object  ${(bytes / 1048576 / (ms / 1000)).toFixed(0).padStart(5)} MB/s`);
}
{
  const times: number[] = [];
  for (let r = 0; r < 6; r++) {
    const heap = createRuntime({ initialBytes: 64 << 20 });
    const list = newList(heap);
    const start = cpuMs();
    for (let i = 0; i < n; i++) listAppend(heap, list, fromInt32(i));
    if (r > 0) times.push(cpuMs() - start);
  }
  console.log(`list.append              ${((median(times) * 1e6) / n).toFixed(1).padStart(6)} ns/append`);
}

for (const count of [n / 10, n]) {
  const pauses: number[] = [];
  let live = 0;
  let freed = 0;
  for (let r = 0; r < 4; r++) {
    const heap = createRuntime({ initialBytes: 256 << 20 });
    const list = newList(heap, count);
    const h = pushHandle(heap, list);
    for (let i = 0; i < count; i++) {
      const t = newTuple(heap, 2);
      tupleInit(heap, t, 0, fromInt32(i));
      tupleInit(heap, t, 1, fromInt32(i));
      listAppend(heap, list, t);
      kinds['tuple(2)'](heap, i); // one dead object per live one
    }
    const start = cpuMs();
    const stats = collectGarbage(heap)!;
    const cpu = cpuMs() - start;
    live = stats.liveObjects;
    freed = stats.freedObjects;
    if (r > 0) pauses.push(cpu);
    popHandles(heap, h);
    void heap.i32[H.GC_COUNT];
  }
  const ms = median(pauses);
  console.log(`gc pause: ${live} live + ${freed} dead objects: ${ms.toFixed(1)} ms  (${((ms * 1e6) / (live + freed)).toFixed(1)} ns/object)`);
}
