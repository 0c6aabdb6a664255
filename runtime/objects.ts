// The remaining built-in objects: range, slice, cell, function, module, frame, type; plus
// type(v) and isinstance-style checks over the built-in types.
//
// Layouts (byte offsets; Values are 8-aligned):
//   RANGE    +8 start, +16 stop, +24 step (int Values)
//   SLICE    +8 start, +16 stop, +24 step (any Values, None when omitted)
//   CELL     +8 contents (NULL when empty)
//   FUNCTION word1 = IR function index; +8 name, +16 qualname, +24 defaults (tuple or None),
//            +32 kwdefaults (dict or None), +40 closure (tuple of cells or None), +48 globals
//            (dict), +56 __dict__ (dict or None), +64 module name
//   MODULE   +8 name (str), +16 __dict__ (dict)
//   TYPE     word1 = type id it describes; +8 name (str), +16 base (type or None), +24 __dict__
//   FRAME    word1 = slot count n; +8 i32 IR function index, +12 i32 instruction index (ip),
//            +16 i32 back (caller frame address, 0 at the bottom), +20 i32 flags,
//            +24 function, +32 globals, +40 n slots (locals, then temporaries/registers)
// A frame holds everything the interpreter needs to resume it and a JIT side exit needs to
// rebuild it (function, ip, every slot), and everything the GC needs (all of it is Values). The
// thread record's TOP_FRAME heads the chain, so frames are roots while they are on a stack.
//
// Frames normally live in the thread's FRAME_STACK (a 1 MiB object, LIFO, marked ARENA_BIT):
// a call costs a bump and a pop costs nothing — no garbage per call, as CPython 3.11+'s
// per-thread data stack. A frame that must outlive its call (a generator's) is pushed with
// `escapes` and gets a heap cell of its own; so does any frame once the stack is full.
// Invariants: nothing but the thread record and the back pointers of frames above it refers to
// an arena frame (never store its address in an object); a popped frame's back pointer is 0.

import { alloc } from './alloc.js';
import { H, Heap, T } from './heap.js';
import { ARENA_BIT, OWNER_SHIFT, TypeId, TYPE_MASK } from './layout.js';
import { HI_BOOL, HI_INT, HI_NONE, HI_PTR, NONE, NULL, Value, fromPtr, hiOf, loOf } from './value.js';
import { typeError } from './errors.js';

function field(heap: Heap, obj: Value, offset: number): Value {
  return heap.f64[((loOf(obj) >>> 0) + offset) >>> 3];
}

function setField(heap: Heap, obj: Value, offset: number, v: Value): void {
  heap.f64[((loOf(obj) >>> 0) + offset) >>> 3] = v;
}

// --- range and slice ---

export function newRange(heap: Heap, start: Value, stop: Value, step: Value): Value {
  const a = fromPtr(alloc(heap, 32, TypeId.RANGE, 0));
  setField(heap, a, 8, start);
  setField(heap, a, 16, stop);
  setField(heap, a, 24, step);
  return a;
}

export function newSlice(heap: Heap, start: Value, stop: Value, step: Value): Value {
  const a = fromPtr(alloc(heap, 32, TypeId.SLICE, 0));
  setField(heap, a, 8, start);
  setField(heap, a, 16, stop);
  setField(heap, a, 24, step);
  return a;
}

/** start, stop, step of a range or slice: index 0, 1 or 2. */
export function rangePart(heap: Heap, r: Value, index: 0 | 1 | 2): Value {
  return field(heap, r, 8 + index * 8);
}

// --- cell ---

export function newCell(heap: Heap, contents: Value = NULL): Value {
  const a = fromPtr(alloc(heap, 16, TypeId.CELL, 0));
  setField(heap, a, 8, contents);
  return a;
}

export function cellGet(heap: Heap, cell: Value): Value {
  return field(heap, cell, 8);
}

export function cellSet(heap: Heap, cell: Value, v: Value): void {
  setField(heap, cell, 8, v);
}

// --- function and module ---

export const FN = { NAME: 8, QUALNAME: 16, DEFAULTS: 24, KWDEFAULTS: 32, CLOSURE: 40, GLOBALS: 48, DICT: 56, MODULE: 64, DOC: 72, ANNOTATIONS: 80 } as const;
/** Fields of a function object, all Values (the GC marks each). */
export const FUNCTION_FIELDS = 10;

export interface FunctionParts {
  name: Value;
  qualname: Value;
  globals: Value;
  defaults?: Value;
  kwdefaults?: Value;
  closure?: Value;
  module?: Value;
  /** `__doc__`: the docstring, or None. */
  doc?: Value;
}

/** A function object for IR function `codeIndex` (an index into the program's function table). */
export function newFunction(heap: Heap, codeIndex: number, parts: FunctionParts): Value {
  const f = fromPtr(alloc(heap, 8 + 8 * FUNCTION_FIELDS, TypeId.FUNCTION, codeIndex));
  setField(heap, f, FN.NAME, parts.name);
  setField(heap, f, FN.QUALNAME, parts.qualname);
  setField(heap, f, FN.DEFAULTS, parts.defaults ?? NONE);
  setField(heap, f, FN.KWDEFAULTS, parts.kwdefaults ?? NONE);
  setField(heap, f, FN.CLOSURE, parts.closure ?? NONE);
  setField(heap, f, FN.GLOBALS, parts.globals);
  setField(heap, f, FN.DICT, NONE);
  setField(heap, f, FN.MODULE, parts.module ?? NONE);
  setField(heap, f, FN.DOC, parts.doc ?? NONE);
  setField(heap, f, FN.ANNOTATIONS, NONE);
  return f;
}

export function functionCodeIndex(heap: Heap, f: Value): number {
  return heap.i32[((loOf(f) >>> 0) >>> 2) + 1];
}

/** Writes field `offset` (an FN offset) of function `f`. */
export function setFunctionField(heap: Heap, f: Value, offset: number, v: Value): void {
  setField(heap, f, offset, v);
}

export function functionField(heap: Heap, f: Value, offset: number): Value {
  return field(heap, f, offset);
}

export function newModule(heap: Heap, name: Value, dict: Value): Value {
  const m = fromPtr(alloc(heap, 24, TypeId.MODULE, 0));
  setField(heap, m, 8, name);
  setField(heap, m, 16, dict);
  return m;
}

export function moduleDict(heap: Heap, m: Value): Value {
  return field(heap, m, 16);
}

// --- frames ---

export const FRAME_SLOTS = 40;
export const FRAME_STACK_BYTES = 1 << 20;

/**
 * Push a frame of `slots` slots (all NULL) for `func` onto this thread's stack and make it the
 * top frame. The frame is a GC root until popped. `escapes`: the frame may outlive the call
 * (a generator's), so it gets its own heap cell instead of a place on the frame stack.
 */
export function pushFrame(heap: Heap, func: Value, globals: Value, codeIndex: number, slots: number, escapes = false): number {
  const bytes = FRAME_SLOTS + slots * 8;
  const rec = heap.threadRecord;
  let i32 = heap.i32;
  // The common case is kept small enough for V8 to inline into the interpreter's call paths:
  // a place on the frame stack (its end is 0 until the thread's first push: newFrameStack).
  const top = i32[rec + T.FRAME_STACK_TOP] >>> 0;
  let a: number;
  if (!escapes && top + bytes <= (i32[rec + T.FRAME_STACK_END] >>> 0)) {
    a = top;
    i32[rec + T.FRAME_STACK_TOP] = top + bytes;
    i32[a >>> 2] = TypeId.FRAME | ARENA_BIT | (heap.thread << OWNER_SHIFT);
    i32[(a >>> 2) + 1] = slots;
  } else if (!escapes && i32[rec + T.FRAME_STACK] === 0) {
    newFrameStack(heap);
    return pushFrame(heap, func, globals, codeIndex, slots);
  } else {
    a = alloc(heap, bytes, TypeId.FRAME, slots); // an escaping frame, or the stack is full
    i32 = heap.i32;
  }
  const w = a >>> 2;
  i32[w + 2] = codeIndex;
  i32[w + 3] = 0;
  i32[w + 4] = i32[rec + T.TOP_FRAME];
  i32[w + 5] = 0;
  const f64 = heap.f64;
  f64[(a + 24) >>> 3] = func;
  f64[(a + 32) >>> 3] = globals;
  const first = (a + FRAME_SLOTS) >>> 3;
  for (let i = 0; i < slots; i++) f64[first + i] = NULL; // loop: fill() is slow on a SAB
  i32[rec + T.TOP_FRAME] = a;
  return a;
}

/** The thread's frame stack, made at its first push (its end word is 0 until then). */
function newFrameStack(heap: Heap): void {
  const rec = heap.threadRecord;
  const stack = alloc(heap, FRAME_STACK_BYTES, TypeId.FRAME_STACK, 0);
  heap.i32[rec + T.FRAME_STACK] = stack;
  heap.i32[rec + T.FRAME_STACK_TOP] = stack + 8;
  heap.i32[rec + T.FRAME_STACK_END] = stack + FRAME_STACK_BYTES;
}

/**
 * Pop the top frame. An arena frame's memory is reused by the next push; a heap frame becomes
 * garbage unless something (a generator) holds it.
 */
export function popFrame(heap: Heap): void {
  const i32 = heap.i32;
  const rec = heap.threadRecord;
  const top = i32[rec + T.TOP_FRAME] >>> 0;
  if (top === 0) throw new Error('internal error: popFrame on an empty stack');
  const w = top >>> 2;
  i32[rec + T.TOP_FRAME] = i32[w + 4];
  i32[w + 4] = 0; // a frame off the stack has no caller (and must not point into the arena)
  if ((i32[w] & ARENA_BIT) !== 0) i32[rec + T.FRAME_STACK_TOP] = top;
}

/** Whether a frame lives on its thread's frame stack (then it must not be stored anywhere). */
export function isArenaFrame(heap: Heap, frame: number): boolean {
  return (heap.i32[frame >>> 2] & ARENA_BIT) !== 0;
}

export function frameSlot(heap: Heap, frame: number, i: number): Value {
  return heap.f64[((frame + FRAME_SLOTS) >>> 3) + i];
}

export function setFrameSlot(heap: Heap, frame: number, i: number, v: Value): void {
  heap.f64[((frame + FRAME_SLOTS) >>> 3) + i] = v;
}

export function frameIp(heap: Heap, frame: number): number {
  return heap.i32[(frame >>> 2) + 3];
}

export function setFrameIp(heap: Heap, frame: number, ip: number): void {
  heap.i32[(frame >>> 2) + 3] = ip;
}

export function topFrame(heap: Heap): number {
  return heap.i32[heap.threadRecord + T.TOP_FRAME] >>> 0;
}

// --- type objects ---

/** Create the built-in type object for `typeId` and register it in the header's type table. */
export function newBuiltinType(heap: Heap, typeId: number, name: Value, base: Value): Value {
  const t = fromPtr(alloc(heap, 32, TypeId.TYPE, typeId));
  setField(heap, t, 8, name);
  setField(heap, t, 16, base);
  setField(heap, t, 24, NONE);
  Atomics.store(heap.i32, H.TYPE_TABLE + typeId, loOf(t));
  return t;
}

/** The built-in type id of any value (INT for small and big ints, BOOL, FLOAT, …). */
export function typeIdOf(heap: Heap, v: Value): number {
  if (v === v) return TypeId.FLOAT;
  switch (hiOf(v)) {
    case HI_INT: return TypeId.INT;
    case HI_PTR: return heap.i32[(loOf(v) >>> 0) >>> 2] & TYPE_MASK;
    case HI_BOOL: return TypeId.BOOL;
    case HI_NONE: return TypeId.NONE;
    default: return TypeId.FLOAT; // the canonical NaN
  }
}

/** type(v): the type object. */
export function typeOf(heap: Heap, v: Value): Value {
  const t = heap.i32[H.TYPE_TABLE + typeIdOf(heap, v)];
  if (t === 0) throw typeError('runtime not initialized: no type objects');
  return fromPtr(t);
}

/** isinstance(v, <built-in type id>): exact type, plus bool as an int and everything as object. */
export function isInstanceOf(heap: Heap, v: Value, typeId: number): boolean {
  const id = typeIdOf(heap, v);
  return id === typeId || typeId === TypeId.OBJECT || (typeId === TypeId.INT && id === TypeId.BOOL);
}

/** The name (a str Value) of a type object. */
export function typeName(heap: Heap, t: Value): Value {
  return field(heap, t, 8);
}

/** The base type object (None for `object`). */
export function typeBase(heap: Heap, t: Value): Value {
  return field(heap, t, 16);
}
