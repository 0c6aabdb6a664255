// Core runtime operations as the interpreter will call them: CPU ns per operation.
//
//   node --import tsx bench/micro/heap-ops.ts [n]

import { createRuntime } from '../../runtime/runtime.js';
import { fromInt32, fromFloat, loOf, Value } from '../../runtime/value.js';
import { intAdd } from '../../runtime/int.js';
import { listAppend, listGet, newList } from '../../runtime/sequence.js';
import { dictGet, dictSet, newDict } from '../../runtime/dict.js';
import { internStr, strFromJs } from '../../runtime/str.js';
import { machineLine } from './heap-common.js';
import { popFrame, pushFrame } from '../../runtime/objects.js';
import { NONE } from '../../runtime/value.js';

const n = Number(process.argv[2] ?? 2_000_000);
const heap = createRuntime({ initialBytes: 256 << 20 });

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

function time(name: string, body: () => number): void {
  const samples: number[] = [];
  let check = 0;
  for (let r = 0; r < 6; r++) {
    const start = cpuMs();
    check = body();
    if (r > 0) samples.push(((cpuMs() - start) * 1e6) / n);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} ${samples[2].toFixed(1).padStart(6)} ns/op   (check ${check})`);
}

console.log(`node ${process.version}, ${n} ops, CPU time, median of 5; ${machineLine()}`);
time('intAdd small+small', () => {
  let acc: Value = fromInt32(0);
  const one = fromInt32(1);
  for (let i = 0; i < n; i++) acc = intAdd(heap, acc, one);
  return n;
});
const list = newList(heap, n);
for (let i = 0; i < n; i++) listAppend(heap, list, fromInt32(i));
time('listGet', () => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += loOf(listGet(heap, list, i));
  return sum;
});
time('listAppend (fresh list each run)', () => {
  const l = newList(heap);
  for (let i = 0; i < n; i++) listAppend(heap, l, fromFloat(i));
  return 0;
});
const d = newDict(heap);
const keys = 1024;
for (let k = 0; k < keys; k++) dictSet(heap, d, fromInt32(k), fromInt32(k * 2));
time('dictGet small-int key (1024 keys)', () => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += loOf(dictGet(heap, d, fromInt32(i & (keys - 1))));
  return sum;
});
const names = newDict(heap);
for (let k = 0; k < 64; k++) dictSet(heap, names, internStr(heap, `name${k}`), fromInt32(k));
const probe = internStr(heap, 'name17');
time('dictGet interned str key (globals)', () => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += loOf(dictGet(heap, names, probe));
  return sum;
});
time('pushFrame(8 slots) + popFrame', () => {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const frame = pushFrame(heap, NONE, NONE, 0, 8);
    sum += frame & 1;
    popFrame(heap);
  }
  return sum;
});
time('strFromJs + dictGet (fresh str key)', () => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += loOf(dictGet(heap, names, strFromJs(heap, 'name17')));
  return sum;
});
