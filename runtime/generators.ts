// The runtime's view of generator objects (NativeKind.GENERATOR). Running one needs the
// interpreter, so the runtime calls it through `generatorHooks`, which the interpreter sets
// (backends/interp/generators.ts); the methods send/throw/close are declared here so that
// attribute lookup finds them like any builtin type's methods.

import type { Heap } from './heap.js';
import { NULL, NONE, TRUE, FALSE, isNull, isNone, loOf, type Value } from './value.js';
import { TypeId } from './layout.js';
import { classHooks } from './builtins/class-hooks.js';
import { newTuple, tupleInit } from './sequence.js';
import { raise } from './builtins/exceptions.js';
import { tid, typeNameOf } from './builtins/protocol.js';
import { NativeKind, nativeKind, nget } from './builtins/native.js';
import { functionField, FN } from './objects.js';
import { arg, defineMethod, self } from './builtins/registry.js';

/**
 * Set by the interpreter. `next`: resumes with None and returns the yielded value, or NULL
 * once the generator has returned (its return value is then in `stop`'s exception). `send`
 * and `throw` raise StopIteration(return value) when it returns; `close` returns None.
 */
export const generatorHooks = {
  next: (_heap: Heap, _g: Value): Value => NULL,
  send: (_heap: Heap, _g: Value, _v: Value): Value => NULL,
  throw: (_heap: Heap, _g: Value, _exc: Value): Value => NULL,
  close: (_heap: Heap, _g: Value): Value => NULL,
  /** Raises StopIteration carrying the finished generator's return value (None: no args). */
  stop: (_heap: Heap, _g: Value): never => { throw new Error('internal error: generators are not wired to an interpreter'); },
};

const KEY = 100 + NativeKind.GENERATOR;
defineMethod(KEY, 'generator', 'send', 'value, /', (heap, a) => generatorHooks.send(heap, self(heap, a), arg(heap, a, 0)));
defineMethod(KEY, 'generator', 'throw', 'typ, val=, tb=, /', (heap, a) => generatorHooks.throw(heap, self(heap, a), thrownValue(heap, arg(heap, a, 0), arg(heap, a, 1))));

/** typ(*args) for throw(typ, val): set by builtins/functions.ts (which imports this file) to its host.call. */
export const throwCall = {
  call: (_heap: Heap, _f: Value, _args: Value): Value => { throw new Error('internal error: builtins/functions.ts not loaded'); },
};

/**
 * What throw(typ[, val]) raises in the generator (gen_throw's checks): an exception class,
 * made from val when one is given (an instance of it as is, a tuple as its arguments), or an
 * exception instance without a separate value.
 */
export function thrownValue(heap: Heap, typ: Value, val: Value): Value {
  const noVal = isNull(val) || isNone(val);
  if (nativeKind(heap, typ) === NativeKind.EXC_TYPE || classHooks.isExceptionClass(heap, typ)) {
    if (noVal) return typ;
    if (nativeKind(heap, val) === NativeKind.EXC && classHooks.excMatches(heap, val, typ)) return val;
    let args = val;
    if (tid(heap, val) !== TypeId.TUPLE) { args = newTuple(heap, 1); tupleInit(heap, args, 0, val); }
    return throwCall.call(heap, typ, args);
  }
  if (nativeKind(heap, typ) === NativeKind.EXC) {
    if (!noVal) raise('TypeError', 'instance exception may not have a separate value');
    return typ;
  }
  return raise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typeNameOf(heap, typ)}`);
}
defineMethod(KEY, 'generator', 'close', '', (heap, a) => generatorHooks.close(heap, self(heap, a)));
// gen.__next__() / gen.__iter__(): what next() and iter() do (hasattr(g, '__next__') is True).
defineMethod(KEY, 'generator', '__iter__', '', (heap, a) => self(heap, a));
defineMethod(KEY, 'generator', '__next__', '', (heap, a) => {
  const v = generatorHooks.next(heap, self(heap, a));
  return isNull(v) ? generatorHooks.stop(heap, self(heap, a)) : v;
});

/**
 * `gi_code` and `gi_frame` (cr_/ag_ alike): code and frame objects are the interpreter's
 * (backends/interp/frames.ts sets these); a finished generator's frame is None.
 */
export const generatorFrameHooks = {
  code: (_heap: Heap, _g: Value): Value => NONE,
  frame: (_heap: Heap, _g: Value): Value => NONE,
};

/**
 * The data attributes of generators, coroutines and async generators (gi_*, cr_*, ag_*
 * by kind): `__name__`/`__qualname__` (their function's), `*_running`, `*_suspended`, and
 * what a suspended `yield from`/`await` waits on (`gi_yieldfrom`/`cr_await`/`ag_await`).
 * Undefined for other objects and names. Fields as backends/interp/generators.ts.
 */
export function generatorAttr(heap: Heap, g: Value, name: string): Value | undefined {
  const kind = nativeKind(heap, g);
  const prefix = kind === NativeKind.GENERATOR ? 'gi_' : kind === NativeKind.COROUTINE ? 'cr_' : kind === NativeKind.ASYNC_GENERATOR ? 'ag_' : null;
  if (prefix === null) return undefined;
  if (name === '__name__') return functionField(heap, nget(heap, g, 1), FN.NAME);
  if (name === '__qualname__') return functionField(heap, nget(heap, g, 1), FN.QUALNAME);
  if (!name.startsWith(prefix)) return undefined;
  const state = loOf(nget(heap, g, 2));
  switch (name.slice(3)) {
    case 'running': return loOf(nget(heap, g, 3)) === 1 ? TRUE : FALSE;
    case 'code': return generatorFrameHooks.code(heap, g);
    case 'frame': return generatorFrameHooks.frame(heap, g);
    case 'suspended': return state > 0 && loOf(nget(heap, g, 3)) !== 1 ? TRUE : FALSE;
    case 'yieldfrom': case 'await': {
      if ((name === 'gi_yieldfrom') !== (kind === NativeKind.GENERATOR)) return undefined;
      const sub = nget(heap, g, 4);
      return isNull(sub) ? NONE : sub;
    }
    default: return undefined;
  }
}
