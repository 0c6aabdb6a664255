// Native objects: the Python objects the interpreter adds on top of the runtime's kinds —
// builtin functions and bound methods, iterators, dict views, exception classes and
// exception instances.
//
// They reuse the runtime's FUNCTION layout (72 bytes: header, then 8 Values the GC already
// scans) with a NEGATIVE word 1, which a Python function (word 1 = IR function index >= 0)
// never has. So the GC, the allocator and identity hashing need no change, and each native
// kind still holds up to 8 Values that are roots while the object lives.
//
// Layout: word 1 = -kind (NativeKind); fields F0..F7 at byte offsets 8..64.
// Invariant: a native object's fields hold only Values (NULL when unused).

import { alloc } from '../alloc.js';
import type { Heap } from '../heap.js';
import { TypeId, TYPE_MASK } from '../layout.js';
import { HI_PTR, NULL, type Value, fromPtr, hiOf, loOf } from '../value.js';

/** Native kinds (stored negated in word 1). Invariant: all > 0. */
export const enum NativeKind {
  BUILTIN = 1, // F0 registry index (small int), F1 bound self or NULL
  SEQ_ITER = 2, // F0 sequence (list, tuple, str, bytes), F1 next index
  RANGE_ITER = 3, // F0 next value, F1 stop, F2 step (ints), F3 remaining count (int)
  DICT_ITER = 4, // F0 dict, F1 next entry position, F2 mode (0 keys, 1 values, 2 items), F3 size at start
  SET_ITER = 5, // F0 set, F1 next position, F2 size at start
  ENUMERATE = 6, // F0 iterator, F1 next count
  ZIP = 7, // F0 tuple of iterators, F1 strict flag (bool)
  MAP = 8, // F0 function, F1 tuple of iterators
  FILTER = 9, // F0 function or None, F1 iterator
  REVERSED = 10, // F0 sequence (list/tuple/str/range materialized), F1 next index (counts down)
  EXC_TYPE = 11, // F0 name (str); hierarchy kept by name in exceptions.ts
  EXC = 12, // F0 exception class (EXC_TYPE), F1 args tuple, F2 extra (SystemExit code)
  DICT_VIEW = 13, // F0 dict, F1 mode (0 keys, 1 values, 2 items)
  CALLABLE_ITER = 14, // iter(callable, sentinel): F0 the callable (NULL once exhausted), F1 the sentinel
  // User classes (runtime/classes.ts owns these layouts):
  CLASS = 15, // F0 name (str), F1 bases (tuple), F2 namespace dict, F3 MRO (tuple, starts with itself), F4 qualname (str), F5 __slots__ names (tuple) or NULL when instances have a __dict__
  INSTANCE = 16, // F0 class (CLASS), F1 instance dict
  METHOD = 17, // F0 function, F1 self (a bound method)
  STATICMETHOD = 18, // F0 function
  CLASSMETHOD = 19, // F0 function
  PROPERTY = 20, // F0 fget, F1 fset, F2 fdel, F3 doc (None when absent), F4 the name __set_name__ gave it (NULL before)
  SUPER = 21, // F0 the class super() starts after, F1 the object (or class) it binds to
  NOT_IMPLEMENTED = 22, // the NotImplemented singleton (no fields)
  ELLIPSIS = 24, // the Ellipsis singleton `...` (no fields; builtins 'Ellipsis')
  GENERATOR = 23, // F0 its frame (heap-allocated), F1 the function, F2 state (small int: 0 not started, k+1 suspended before block k, -1 finished), F3 running (small int 1, else 0), F5 return value once finished (backends/interp/generators.ts)
  // Kept apart from the class kinds above so that range can grow:
  // Coroutines (backends/interp/coroutines.ts): the first two share GENERATOR's layout.
  COROUTINE = 60, // an `async def` call's object; F6 1 once awaited or started (no "never awaited" warning)
  ASYNC_GENERATOR = 61, // an async generator; F6 1 once its first __anext__/asend ran
  ASYNC_GEN_AWAIT = 62, // the awaitable of asend()/__anext__()/athrow()/aclose(): F0 the async generator, F1 value to send or exception to throw, F2 mode (0 send, 1 throw, 2 close), F3 state (0 new, 1 running, 2 done)
  ASYNC_GEN_WRAPPED = 63, // F0 a value an async generator yielded (async_gen_wrap)
  STREAM = 40, // F0 fd (small int 1 or 2): sys.stdout / sys.stderr (streams.ts)
  EXT = 50, // F0 extension type index (small int, ext-types.ts), F1..F7 that type's own Values (runtime/modules' native types)
}

const NATIVE_BYTES = 72;

/** A new native object of `kind` with all fields NULL. */
export function newNative(heap: Heap, kind: NativeKind): Value {
  const a = alloc(heap, NATIVE_BYTES, TypeId.FUNCTION, -kind);
  const f64 = heap.f64;
  const w = (a + 8) >>> 3;
  for (let i = 0; i < 8; i++) f64[w + i] = NULL;
  return fromPtr(a);
}

/** The native kind of v, or 0 when v is not a native object. */
export function nativeKind(heap: Heap, v: Value): number {
  if (v === v || hiOf(v) !== HI_PTR) return 0;
  const w = (loOf(v) >>> 0) >>> 2;
  if ((heap.i32[w] & TYPE_MASK) !== TypeId.FUNCTION) return 0;
  const k = heap.i32[w + 1];
  return k < 0 ? -k : 0;
}

/** Field i (0..7) of a native object. */
export function nget(heap: Heap, obj: Value, i: number): Value {
  return heap.f64[(((loOf(obj) >>> 0) + 8) >>> 3) + i];
}

export function nset(heap: Heap, obj: Value, i: number, v: Value): void {
  heap.f64[(((loOf(obj) >>> 0) + 8) >>> 3) + i] = v;
}
