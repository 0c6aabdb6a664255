// The runtime's view of generator objects (NativeKind.GENERATOR). Running one needs the
// interpreter, so the runtime calls it through `generatorHooks`, which the interpreter sets
// (backends/interp/generators.ts); the methods send/throw/close are declared here so that
// attribute lookup finds them like any builtin type's methods.

import type { Heap } from './heap.js';
import { NULL, type Value } from './value.js';
import { NativeKind } from './builtins/native.js';
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
defineMethod(KEY, 'generator', 'throw', 'value, /', (heap, a) => generatorHooks.throw(heap, self(heap, a), arg(heap, a, 0)));
defineMethod(KEY, 'generator', 'close', '', (heap, a) => generatorHooks.close(heap, self(heap, a)));
