// The handle stack grows (runtime/gc.ts growHandles): deep recursion through native code
// (lru_cache wrappers, sort keys) holds a few handles per Python level, past the 4,096 a
// thread starts with. Every value must survive the move and a collection afterwards.
import test from 'ava';
import { createRuntime } from './runtime.js';
import { T } from './heap.js';
import { intFromBigInt, intToBigInt } from './int.js';
import { handleGet, popHandles, pushHandle } from './gc.js';
import { collectGarbage } from './safepoint.js';

test('pushing past the initial capacity moves the handles to a larger stack; values and GC roots survive', (t) => {
  const heap = createRuntime({ growMinimal: true, initialBytes: 0 });
  const cap0 = heap.i32[heap.threadRecord + T.HANDLE_CAP];
  const n = cap0 * 3 + 17;
  const first = pushHandle(heap, intFromBigInt(heap, 10n ** 30n)); // a heap int: only the handle keeps it
  for (let i = 1; i < n; i++) pushHandle(heap, intFromBigInt(heap, BigInt(i) * 10n ** 30n));
  t.true(heap.i32[heap.threadRecord + T.HANDLE_CAP] >= n);
  collectGarbage(heap);
  for (const i of [0, 1, cap0 - 1, cap0, 2 * cap0 + 5, n - 1]) {
    t.is(intToBigInt(heap, handleGet(heap, first + i)), BigInt(Math.max(i, 1)) * 10n ** 30n);
  }
  popHandles(heap, first);
  t.is(heap.i32[heap.threadRecord + T.HANDLE_TOP], first);
});
