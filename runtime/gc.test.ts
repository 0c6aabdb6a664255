// The collector: unreachable objects are freed and their memory reused; everything reachable from
// handles, frames, module globals and interned strings survives intact; stress mode collects at
// every safepoint without changing results.
import test from 'ava';
import { createRuntime, joinRuntime, leaveRuntime } from './runtime.js';
import { H, Heap } from './heap.js';
import { fromInt32, loOf, toPtr, NONE } from './value.js';
import { intFromBigInt, intToBigInt } from './int.js';
import { internStr, strFromJs, strToJs } from './str.js';
import { listAppend, listGet, listLength, newList } from './sequence.js';
import { dictGet, dictSet, newDict } from './dict.js';
import { newSet, setAdd, setContains } from './set.js';
import { handleGet, popHandles, pushHandle } from './gc.js';
import { collectGarbage, safepoint, setGcStress } from './safepoint.js';
import { frameSlot, isArenaFrame, newModule, popFrame, pushFrame, setFrameSlot, topFrame } from './objects.js';
import { display } from './convert.js';

function fresh(): Heap {
  return createRuntime({ initialBytes: 1 << 20 });
}

test('unreachable objects are freed and their cells reused; the heap does not grow', (t) => {
  const heap = fresh();
  const addresses = new Set<number>();
  for (let i = 0; i < 20_000; i++) addresses.add(toPtr(strFromJs(heap, `garbage ${i}`)));
  const bump = heap.i32[H.BUMP];
  const stats = collectGarbage(heap)!;
  t.true(stats.freedObjects >= 20_000, `freed ${stats.freedObjects}`);
  let reused = 0;
  // Same lengths as before, so the same size class and cell grid.
  for (let i = 0; i < 20_000; i++) if (addresses.has(toPtr(strFromJs(heap, `recycled${i}`)))) reused++;
  // Cells of pages that still hold live objects are reused in place; emptied pages go back to the
  // page pool, and may come back for this class or another, so count only a lower bound here.
  t.true(reused > 10_000, `reused ${reused}`);
  t.is(heap.i32[H.BUMP], bump, 'no fresh pages: all 20,000 new strings went into freed memory');
});

test('cycles are collected', (t) => {
  const heap = fresh();
  for (let i = 0; i < 1000; i++) {
    const a = newList(heap);
    const b = newList(heap);
    listAppend(heap, a, b);
    listAppend(heap, b, a);
  }
  const stats = collectGarbage(heap)!;
  t.true(stats.freedObjects >= 4000); // 2000 lists + their 2000 items arrays
});

test('reachable objects survive: handles, frames, module globals, interned strings', (t) => {
  const heap = fresh();
  const list = newList(heap);
  for (let i = 0; i < 500; i++) listAppend(heap, list, intFromBigInt(heap, 10n ** 20n + BigInt(i)));
  const h = pushHandle(heap, list);
  const globals = newDict(heap);
  dictSet(heap, globals, internStr(heap, 'answer'), strFromJs(heap, 'forty-two'));
  const modules = heap.i32[H.ROOT_MODULES];
  dictSet(heap, fromPtrValue(modules), internStr(heap, 'mod'), newModule(heap, internStr(heap, 'mod'), globals));
  const frame = pushFrame(heap, NONE, NONE, 0, 2);
  const s = newSet(heap);
  setAdd(heap, s, strFromJs(heap, 'in a frame'));
  setFrameSlot(heap, frame, 1, s);
  for (let i = 0; i < 5000; i++) strFromJs(heap, `noise ${i}`);
  collectGarbage(heap);
  for (let i = 0; i < 5000; i++) strFromJs(heap, `overwrite ${i}`); // reuse every freed cell
  const kept = handleGet(heap, h);
  t.is(listLength(heap, kept), 500);
  let ok = 0;
  for (let i = 0; i < 500; i++) if (intToBigInt(heap, listGet(heap, kept, i)) === 10n ** 20n + BigInt(i)) ok++;
  t.is(ok, 500);
  t.is(strToJs(heap, dictGet(heap, globals, internStr(heap, 'answer'))), 'forty-two');
  t.true(setContains(heap, frameSlot(heap, frame, 1), strFromJs(heap, 'in a frame')));
  popFrame(heap);
  popHandles(heap, h);
  const stats = collectGarbage(heap)!;
  t.true(stats.freedObjects >= 1000, 'the list and its ints go once their roots are gone');
  t.is(strToJs(heap, dictGet(heap, globals, internStr(heap, 'answer'))), 'forty-two', 'still reachable from sys.modules');
});

test('large objects are freed and their pages reused', (t) => {
  const heap = fresh();
  const big = newList(heap);
  for (let i = 0; i < 20_000; i++) listAppend(heap, big, fromInt32(i)); // items array > 64 KiB
  const bump = heap.i32[H.BUMP];
  collectGarbage(heap);
  const again = newList(heap);
  for (let i = 0; i < 20_000; i++) listAppend(heap, again, fromInt32(i));
  t.true(heap.i32[H.BUMP] <= bump + 64 * 1024, 'freed runs were reused');
});

test('the per-thread str cache never returns a string for a reused address', (t) => {
  const heap = fresh();
  const a = strFromJs(heap, 'first');
  t.is(strToJs(heap, a), 'first');
  collectGarbage(heap);
  const b = strFromJs(heap, 'second');
  t.is(loOf(b), loOf(a), 'the cell was reused');
  t.is(strToJs(heap, b), 'second');
});

test('stress mode: a collection at every safepoint leaves results unchanged', (t) => {
  const heap = fresh();
  setGcStress(heap, true);
  const before = heap.gcCount;
  const d = newDict(heap);
  const h = pushHandle(heap, d);
  for (let i = 0; i < 300; i++) {
    const key = strFromJs(heap, `k${i}`);
    dictSet(heap, handleGet(heap, h), key, newList(heap));
    listAppend(heap, dictGet(heap, handleGet(heap, h), key), intFromBigInt(heap, BigInt(i) << 40n));
    safepoint(heap); // everything not reachable from the handle is freed here
  }
  setGcStress(heap, false);
  t.is(heap.gcCount - before, 300);
  let sum = 0n;
  for (let i = 0; i < 300; i++) sum += intToBigInt(heap, listGet(heap, dictGet(heap, handleGet(heap, h), strFromJs(heap, `k${i}`)), 0));
  t.is(sum, (299n * 300n / 2n) << 40n);
  t.is(display(heap, dictGet(heap, d, strFromJs(heap, 'k1'))), `[${1n << 40n}]`);
});

function fromPtrValue(addr: number) {
  // A header root address as a Value.
  return ptrValue(addr);
}
import { fromPtr as ptrValue } from './value.js';

test('allocation triggers a collection at the next safepoint once enough pages were taken', (t) => {
  const heap = fresh();
  const before = heap.gcCount;
  const trigger = heap.i32[H.GC_TRIGGER_PAGES];
  // Enough 40-byte strs for twice the trigger, so the test fails if no collection comes.
  const limit = 2 * trigger * Math.floor((64 * 1024) / 40);
  let i = 0;
  for (; i < limit && heap.gcCount === before; i++) {
    strFromJs(heap, `garbage string ${i % 10}`);
    if ((i & 255) === 0) safepoint(heap);
  }
  t.true(heap.gcCount > before, 'a collection ran without being requested');
  t.true(heap.i32[H.BUMP] <= (trigger + 16) * 64 * 1024, 'it came once about `trigger` pages were taken');
});

test('a full heap raises MemoryError, and a collection makes room again', (t) => {
  const heap = createRuntime({ initialBytes: 0, maxBytes: 4 << 20 });
  const keep = pushHandle(heap, newList(heap));
  const error = t.throws(() => {
    for (let i = 0; i < 1_000_000; i++) listAppend(heap, handleGet(heap, keep), strFromJs(heap, `filler ${i}`));
  });
  t.is(error?.name, 'MemoryError');
  popHandles(heap, keep);
  collectGarbage(heap);
  t.is(strToJs(heap, strFromJs(heap, 'fits again')), 'fits again');
});

test('frames: arena frames are roots while on the stack, overflow and escaping frames get heap cells', (t) => {
  const heap = fresh();
  // 20,000 nested calls of 6 slots (~88 bytes each) overflow the 1 MiB frame stack into heap
  // frames part-way; each frame holds a str made for it, and a generator-like escaping frame sits
  // in the middle of the chain.
  const depth = 20_000;
  const frames: number[] = [];
  for (let i = 0; i < depth; i++) {
    const frame = pushFrame(heap, NONE, NONE, i, 6, i === depth / 2);
    setFrameSlot(heap, frame, 5, strFromJs(heap, `frame ${i}`));
    frames.push(frame);
  }
  t.true(isArenaFrame(heap, frames[0]));
  t.false(isArenaFrame(heap, frames[depth / 2]), 'an escaping frame gets its own cell');
  t.false(isArenaFrame(heap, frames[depth - 1]), 'the frame stack overflowed into heap frames');
  for (let i = 0; i < 10_000; i++) strFromJs(heap, `noise ${i}`);
  collectGarbage(heap);
  for (let i = 0; i < 10_000; i++) strFromJs(heap, `later ${i}`);
  let intact = 0;
  for (let i = 0; i < depth; i++) if (strToJs(heap, frameSlot(heap, frames[i], 5)) === `frame ${i}`) intact++;
  t.is(intact, depth);
  for (let i = 0; i < depth; i++) popFrame(heap);
  t.is(topFrame(heap), 0);
  const stats = collectGarbage(heap)!;
  t.true(stats.freedObjects >= depth, 'the frames\' strs and the heap frames are garbage once popped');
  // The arena is reused from its start: the next frame lands where the first one was.
  t.is(pushFrame(heap, NONE, NONE, 0, 6), frames[0]);
  popFrame(heap);
});

test('a thread attaching to a released slot inherits its pages and their free cells', (t) => {
  const heap = fresh();
  const bump = () => heap.i32[H.BUMP];
  // Fill pages on this slot and keep every 500th str alive, so no page empties (nothing goes back
  // to the page pool) but each keeps ~99% free cells; then hand the slot over.
  const survivors = pushHandle(heap, newList(heap));
  for (let i = 0; i < 30_000; i++) {
    const s = strFromJs(heap, `temporary ${i % 100}`);
    if (i % 500 === 0) listAppend(heap, handleGet(heap, survivors), s);
  }
  collectGarbage(heap);
  const kept = handleGet(heap, survivors);
  const before = bump();
  leaveRuntime(heap);
  const next = joinRuntime(heap.memory);
  for (let i = 0; i < 20_000; i++) strFromJs(next, `reused ${i % 100}`);
  t.is(bump(), before, 'the new thread allocated in the inherited pages, not fresh ones');
  t.is(strToJs(next, listGet(next, kept, 3)), 'temporary 0', 'live objects on inherited pages untouched');
});
