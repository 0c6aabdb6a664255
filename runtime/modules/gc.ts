// The `gc` module. pyx's collector (runtime/gc.ts) is a tracing mark-sweep over the whole heap,
// not CPython's reference counting plus a cycle detector, so this module is the part of
// CPython's interface that means the same here:
// - collect() asks for a full collection at the interpreter's next safepoint (a collection
//   cannot run inside a native call: the calling frame may hold unrooted Values) and returns
//   0, CPython's answer when no object was reachable only through a cycle. Under tracing
//   every unreachable object is freed alike, so pyx has no separate count of cyclic garbage.
// - enable/disable/isenabled, get/set_threshold, get/set_debug keep CPython's state and
//   argument checks; disabling does not stop pyx's collector (CPython's disable stops only the
//   cycle detector; reference counting still frees memory, which tracing has to do instead).
// - freeze/unfreeze/get_freeze_count: pyx has no permanent generation, so the count stays 0,
//   as CPython's does after unfreeze.
// Not offered: get_objects, get_referrers, get_referents, get_stats, get_count, is_tracked,
// is_finalized (their answers depend on CPython's object layout and generations).

import { H, type Heap } from '../heap.js';
import { type Value, NONE, TRUE, FALSE, isNull, fromInt32 } from '../value.js';
import { newList, newTuple, tupleInit, tupleLength } from '../sequence.js';
import { tupleItem } from '../builtins/protocol.js';
import { raise } from '../builtins/exceptions.js';
import { typeError } from '../errors.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { asInt } from './math.js';

/** One program's gc settings. Invariant: `threshold` has 3 entries, as CPython's. */
interface GcState { enabled: boolean; threshold: number[]; debug: number }

const states = new WeakMap<Heap, GcState>();
function state(heap: Heap): GcState {
  let s = states.get(heap);
  if (s === undefined) states.set(heap, (s = { enabled: true, threshold: [2000, 10, 10], debug: 0 }));
  return s;
}

/** An argument as a C int, CPython's OverflowError past 32 bits. */
function cInt(heap: Heap, v: Value): number {
  const n = asInt(heap, v);
  if (n > 0x7fffffffn || n < -0x80000000n) raise('OverflowError', 'Python int too large to convert to C int');
  return Number(n);
}

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('gc', name, sig, fn)]);
}

def('collect', 'generation=', (heap, a) => {
  const g = arg(heap, a, 0);
  const gen = isNull(g) ? 2 : cInt(heap, g);
  if (gen < 0 || gen > 2) raise('ValueError', 'invalid generation');
  // The next safepoint sees the page budget spent and collects (safepoint.ts).
  heap.i32[H.PAGES_SINCE_GC] = heap.i32[H.GC_TRIGGER_PAGES];
  return fromInt32(0);
});
def('enable', '', (heap) => { state(heap).enabled = true; return NONE; });
def('disable', '', (heap) => { state(heap).enabled = false; return NONE; });
def('isenabled', '', (heap) => (state(heap).enabled ? TRUE : FALSE));
def('get_threshold', '', (heap) => {
  const t = newTuple(heap, 3);
  state(heap).threshold.forEach((n, i) => tupleInit(heap, t, i, fromInt32(n)));
  return t;
});
def('set_threshold', '*thresholds', (heap, a) => {
  // '*thresholds' arrives as one tuple argument; CPython's own count check and message.
  const args = arg(heap, a, 0);
  const n = tupleLength(heap, args);
  if (n < 1 || n > 3) throw typeError('gc.set_threshold requires 1 to 3 arguments');
  const s = state(heap);
  for (let i = 0; i < n; i++) s.threshold[i] = cInt(heap, tupleItem(heap, args, i));
  return NONE;
});
def('get_debug', '', (heap) => fromInt32(state(heap).debug));
def('set_debug', 'flags, /', (heap, a) => { state(heap).debug = cInt(heap, arg(heap, a, 0)); return NONE; });
def('freeze', '', () => NONE);
def('unfreeze', '', () => NONE);
def('get_freeze_count', '', () => fromInt32(0));

defineModule('gc', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'garbage', newList(heap));
  setAttr(heap, dict, 'callbacks', newList(heap));
  // CPython's Modules/gcmodule.c values.
  setAttr(heap, dict, 'DEBUG_STATS', fromInt32(1));
  setAttr(heap, dict, 'DEBUG_COLLECTABLE', fromInt32(2));
  setAttr(heap, dict, 'DEBUG_UNCOLLECTABLE', fromInt32(4));
  setAttr(heap, dict, 'DEBUG_SAVEALL', fromInt32(32));
  setAttr(heap, dict, 'DEBUG_LEAK', fromInt32(38));
});
