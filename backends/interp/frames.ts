// sys._getframe and sys._getframemodulename: what the standard library reads of its
// caller's frame, above all `sys._getframe(1).f_globals['__name__']` (namedtuple, Enum's
// functional API, make_dataclass, TypeVar set __module__ from it, so a class made in an
// imported module belongs to that module).
//
// A frame on the interpreter's stack may be reused as soon as its call returns (frames live
// in an arena, runtime/objects.ts), so a Python frame object is a snapshot taken by the call
// to _getframe: its globals, function, code and locals, with f_back snapshotted the same way
// down to the bottom of the stack. A function's f_locals under a pipeline is a clear error
// (its locals may live in SSA values).
//
// f_lineno: the interpreter writes into word 5 of a frame the pc of the dispatch instruction
// it is executing whenever it calls out (call.ts runFrame), and the pc maps to an IR
// instruction and so to a source position. The line is read live while the frame is still on
// the stack (a frame object of the running function says where it is now, as CPython's does)
// and is the snapshot's line once the frame has returned. List, set and dict comprehensions
// are functions in pyx but inlined in CPython 3.12+: their frames are left out of the chain,
// and the enclosing frame reports the comprehension's line.

import {
  type Heap, type Value, NONE, NULL, isNull, fromInt32, toInt32, newDict, dictSet, internStr, strFromJs,
  cellGet, FRAME_SLOTS, FN, functionField, loOf, newTuple, tupleInit,
} from '../../runtime/index.js';
import { T } from '../../runtime/heap.js';
import { TypeId } from '../../runtime/layout.js';
import { defineExtType, newExt } from '../../runtime/builtins/ext-types.js';
import { nget, nset } from '../../runtime/builtins/native.js';
import { raise } from '../../runtime/builtins/exceptions.js';
import { defineFunction, defineModule, MODULES, arg } from '../../runtime/builtins/registry.js';
import { nativeValue, setAttr, builtinsDict } from '../../runtime/builtins/objects.js';
import { isIntValue, tid, typeNameOf } from '../../runtime/builtins/protocol.js';
import { intToBigInt } from '../../runtime/index.js';
import { pushHandle, popHandles, handleGet, handleSet } from '../../runtime/gc.js';
import { compileFunction } from './compile.js';
import { defineExtClass } from '../../runtime/modules/ext-class.js';
import type { Interp } from './state.js';
import type { SourcePos } from '../../ir/types.js';
import { functionAttrHooks } from '../../runtime/builtins/function-attrs.js';
import { functionCodeIndex } from '../../runtime/objects.js';
import { generatorFrameHooks } from '../../runtime/generators.js';

let current: Interp | null = null;

/** Points sys._getframe of this thread at `it`. */
export function installFrameHooks(it: Interp): void {
  current = it;
}

// F1 globals, F2 function, F3 code index (small int), F4 f_back (a frame or None), F5 locals,
// F6 the interpreter frame's heap address (0: not to be read live), F7 the line when snapshotted.
const FRAME = defineExtType('frame', 'builtins', {
  getAttr(heap, v, name) {
    switch (name) {
      case 'f_lineno': return fromInt32(liveLine(heap, v));
      // (lineno, end_lineno, col, end_col) of the instruction the frame executes (UTF-8 byte
      // columns, None where unknown): what inspect.getframeinfo reads from co_positions().
      case '_pyx_positions': return positionsTuple(heap, v);
      case 'f_globals': return nget(heap, v, 1);
      case 'f_back': return nget(heap, v, 4);
      case 'f_locals': {
        const d = nget(heap, v, 5);
        return isNull(d) ? raise('NotImplementedError', "frame.f_locals of a function is not supported by pyx under an optimization pipeline (-O, --passes)") : d;
      }
      case 'f_builtins': return builtinsDict(heap);
      case 'f_code': { const c = newExt(heap, CODE); nset(heap, c, 1, nget(heap, v, 3)); return c; }
      case 'f_lasti': return raise('NotImplementedError', 'frame.f_lasti is not supported by pyx (it has no bytecode offsets)');
      case 'f_trace': return NONE;
      default: return NULL;
    }
  },
  repr(heap, v) {
    const index = toInt32(nget(heap, v, 3));
    const fn = current!.module.functions[index];
    const file = current!.units[current!.unitOf[index]].filename;
    return `<frame at 0x${(loOf(v) >>> 0).toString(16).padStart(12, '0')}, file '${file}', line ${liveLine(heap, v)}, code ${fn.name}>`;
  },
});

/** The interpreter frame a frame object stands for while that is still on this thread's stack, else 0. */
function liveFrame(heap: Heap, v: Value): number {
  const address = toInt32(nget(heap, v, 6)) >>> 0;
  if (address === 0) return 0;
  for (let f = heap.i32[heap.threadRecord + T.TOP_FRAME] >>> 0; f !== 0; f = heap.i32[(f >>> 2) + 4] >>> 0) {
    if (f === address) return heap.i32[(f >>> 2) + 2] === toInt32(nget(heap, v, 3)) ? f : 0;
  }
  return 0;
}

/** The line a frame is at: its interpreter frame's while that runs, else the snapshot's. */
function liveLine(heap: Heap, v: Value): number {
  const f = liveFrame(heap, v);
  return f !== 0 ? lineOf(current!, f) : toInt32(nget(heap, v, 7));
}

function positionsTuple(heap: Heap, v: Value): Value {
  const f = liveFrame(heap, v);
  const pos = f !== 0 ? positionOf(current!, f) : null;
  // Plain numbers (-1: unknown) until stored: a NaN-boxed Value held in a JS array may be
  // canonicalized (value.ts).
  const numbers = pos === null ? [liveLine(heap, v), -1, -1, -1] : [pos.line, pos.endLine, pos.col, pos.endCol];
  const t = newTuple(heap, 4);
  for (let i = 0; i < 4; i++) tupleInit(heap, t, i, numbers[i] < 0 ? NONE : fromInt32(numbers[i]));
  return t;
}

/** The source position of the instruction interpreter frame `frame` executes (its word 5, a pc). */
function positionOf(it: Interp, frame: number): SourcePos | null {
  const heap = it.heap;
  const code = compileFunction(it, heap.i32[(frame >>> 2) + 2]);
  const pc = heap.i32[(frame >>> 2) + 5];
  const program = code.program;
  if (program === undefined || pc < 0 || pc >= program.pcBlock.length) return null;
  const body = code.stepInstructions[program.pcBlock[pc]];
  const step = program.pcStep[pc];
  const ins = step < 0 ? body[body.length - 1] : body[step];
  return ins?.pos ?? null;
}

/** The source line of the instruction interpreter frame `frame` executes. */
export function lineOf(it: Interp, frame: number): number {
  return positionOf(it, frame)?.line ?? compileFunction(it, it.heap.i32[(frame >>> 2) + 2]).fn.line;
}

// F1 the function index of the run's table (backends/interp/state.ts).
const CODE = defineExtType('code', 'builtins', {
  getAttr(heap, v, name) {
    const index = toInt32(nget(heap, v, 1));
    const fn = current!.module.functions[index];
    switch (name) {
      case 'co_name': return strFromJs(heap, fn.name);
      case 'co_qualname': return strFromJs(heap, fn.qualname);
      case 'co_filename': return strFromJs(heap, current!.units[current!.unitOf[index]].filename);
      case 'co_firstlineno': return fromInt32(fn.line);
      // The parameter counts and names (CPython's code object fields; flags are not modelled).
      case 'co_argcount': return fromInt32(fn.params.filter((p) => p.kind === 'positional_only' || p.kind === 'normal').length);
      case 'co_posonlyargcount': return fromInt32(fn.params.filter((p) => p.kind === 'positional_only').length);
      case 'co_kwonlyargcount': return fromInt32(fn.params.filter((p) => p.kind === 'keyword_only').length);
      case 'co_varnames': case 'co_freevars': case 'co_cellvars': {
        const names = name === 'co_freevars' ? fn.freevars : name === 'co_cellvars' ? fn.cellvars
          : [...paramOrder(fn.params).map((p) => p.name), ...fn.locals.filter((l) => !fn.params.some((p) => p.name === l))];
        const t = newTuple(heap, names.length);
        const h = pushHandle(heap, t);
        try {
          names.forEach((n, i) => tupleInit(heap, handleGet(heap, h), i, strFromJs(heap, n)));
          return handleGet(heap, h);
        } finally { popHandles(heap, h); }
      }
      case 'co_nlocals': return fromInt32(new Set([...fn.params.map((p) => p.name), ...fn.locals]).size);
      default: return NULL;
    }
  },
  repr(heap, v) {
    const index = toInt32(nget(heap, v, 1));
    const fn = current!.module.functions[index];
    return `<code object ${fn.name} at 0x${(loOf(v) >>> 0).toString(16).padStart(12, '0')}, file "${current!.units[current!.unitOf[index]].filename}", line ${fn.line}>`;
  },
});

/** Parameters in co_varnames order: positional, keyword-only, then *args and **kwargs. */
function paramOrder<P extends { kind: string }>(params: readonly P[]): P[] {
  const rank = (k: string) => (k === 'keyword_only' ? 1 : k === 'var_positional' ? 2 : k === 'var_keyword' ? 3 : 0);
  return [...params].sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** A generator's (coroutine's) gi_code: its function's code object. */
generatorFrameHooks.code = (heap, g) => { const c = newExt(heap, CODE); nset(heap, c, 1, fromInt32(functionCodeIndex(heap, nget(heap, g, 1)))); return c; };
/** gi_frame: a snapshot of the generator's own frame (field 0; NULL once finished), f_back None while suspended. */
generatorFrameHooks.frame = (heap, g) => {
  const frame = nget(heap, g, 0);
  return isNull(frame) ? NONE : snapshot(current!, loOf(frame) >>> 0);
};

/** f.__code__ of a Python function: its code object (runtime/builtins/function-attrs.ts asks here). */
functionAttrHooks.code = (heap, f) => { const c = newExt(heap, CODE); nset(heap, c, 1, fromInt32(functionCodeIndex(heap, f))); return c; };

// type(frame) and type(code) are classes that cannot be called, as CPython's.
for (const [t, name] of [[FRAME, 'frame'], [CODE, 'code']] as const) {
  defineExtClass(t, '*args, **kwargs', () => raise('TypeError', `cannot create '${name}' instances`));
}

/**
 * The heap address of the frame `depth` calls below the top one (0: the caller of the native),
 * comprehension frames not counted; when comprehension frames sit right above that frame, the
 * first of them (snapshot gives their line to the frame they belong to).
 */
function frameAt(heap: Heap, depth: number): number {
  const isComprehension = (f: number) => compileFunction(current!, heap.i32[(f >>> 2) + 2]).fn.kind === 'comprehension';
  let f = heap.i32[heap.threadRecord + T.TOP_FRAME] >>> 0;
  for (let i = 0; f !== 0; i++) {
    let real = f;
    while (real !== 0 && isComprehension(real)) real = heap.i32[(real >>> 2) + 4] >>> 0;
    if (real === 0 || i === depth) return real === 0 ? 0 : f;
    f = heap.i32[(real >>> 2) + 4] >>> 0;
  }
  return 0;
}

/** The frame's locals as a dict: a module body's are its globals, a function's its bound slots. */
function localsOf(it: Interp, frame: number): Value {
  const heap = it.heap;
  const globals = heap.f64[(frame + 32) >>> 3];
  const index = heap.i32[(frame >>> 2) + 2];
  const code = compileFunction(it, index);
  if (code.fn.kind === 'module') return globals;
  // Under a pipeline, ssa keeps locals in IR values instead of their slots: what the slots
  // hold is not the function's locals any more.
  if (it.imports.pipeline !== '') return NULL;
  const d = newDict(heap);
  const b = (frame + FRAME_SLOTS) >>> 3;
  for (const [name, slot] of code.localSlot) {
    const v = heap.f64[b + slot];
    if (!isNull(v) && !name.startsWith('.')) dictSet(heap, d, internStr(heap, name), v);
  }
  for (const [name, slot] of code.cellSlot) {
    const cell = heap.f64[b + slot];
    const v = isNull(cell) ? NULL : cellGet(heap, cell);
    if (!isNull(v)) dictSet(heap, d, internStr(heap, name), v);
  }
  return d;
}

/** Snapshots the frames from `frame` down to the bottom of the stack, innermost first. */
function snapshot(it: Interp, frame: number): Value {
  const heap = it.heap;
  // Each frame with the line it reports (-1: its own, read live); a comprehension's frame is
  // left out and gives its line to the frame that called it.
  const chain: number[] = [];
  const lines: number[] = [];
  let inherited = -1;
  for (let f = frame; f !== 0; f = heap.i32[(f >>> 2) + 4] >>> 0) {
    if (compileFunction(it, heap.i32[(f >>> 2) + 2]).fn.kind === 'comprehension') {
      if (inherited < 0) inherited = lineOf(it, f);
      continue;
    }
    chain.push(f);
    lines.push(inherited);
    inherited = -1;
  }
  // Built outermost first so each frame's f_back exists; the handle keeps the chain alive
  // (building allocates, and every earlier object is reachable from the latest).
  const h = pushHandle(heap, NONE);
  try {
    for (let k = chain.length - 1; k >= 0; k--) {
      const f = chain[k];
      const o = newExt(heap, FRAME);
      nset(heap, o, 4, handleGet(heap, h));
      nset(heap, o, 1, heap.f64[(f + 32) >>> 3]);
      nset(heap, o, 2, heap.f64[(f + 24) >>> 3]);
      nset(heap, o, 3, fromInt32(heap.i32[(f >>> 2) + 2]));
      nset(heap, o, 6, fromInt32(lines[k] < 0 ? f | 0 : 0));
      nset(heap, o, 7, fromInt32(lines[k] < 0 ? lineOf(it, f) : lines[k]));
      const h2 = pushHandle(heap, o);
      nset(heap, o, 5, localsOf(it, f));
      popHandles(heap, h2);
      handleSet(heap, h, o);
    }
    return handleGet(heap, h);
  } finally {
    popHandles(heap, h);
  }
}

function depthArg(heap: Heap, v: Value): number {
  if (isNull(v)) return 0;
  if (!isIntValue(heap, v)) raise('TypeError', `'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  return Number(intToBigInt(heap, v));
}

const getframe = defineFunction('sys', '_getframe', 'depth=, /', (heap, a) => {
  const depth = depthArg(heap, arg(heap, a, 0));
  const f = depth < 0 ? 0 : frameAt(heap, depth);
  if (f === 0) raise('ValueError', 'call stack is not deep enough');
  return snapshot(current!, f);
});

const getframemodulename = defineFunction('sys', '_getframemodulename', 'depth=', (heap, a) => {
  const depth = depthArg(heap, arg(heap, a, 0));
  const f = depth < 0 ? 0 : frameAt(heap, depth);
  if (f === 0) return NONE;
  const func = heap.f64[(f + 24) >>> 3];
  const m = tid(heap, func) === TypeId.FUNCTION ? functionField(heap, func, FN.MODULE) : NONE;
  return tid(heap, m) === TypeId.STR ? m : NONE;
});

// Any init of `sys` registered before this file still runs first.
const earlier = MODULES.get('sys');
defineModule('sys', (heap, dict) => {
  earlier?.(heap, dict);
  setAttr(heap, dict, '_getframe', nativeValue(heap, getframe));
  setAttr(heap, dict, '_getframemodulename', nativeValue(heap, getframemodulename));
});
