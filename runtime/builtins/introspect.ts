// Introspection: dir(obj), vars(obj), and the attribute names AttributeError's "Did you mean"
// chooses from (traceback.py: sorted(dir(obj)), names starting with '_' hidden unless the
// missing name starts with one).
//
// dir() of user objects, classes and modules is CPython's (instance dict, then every class
// of the MRO, plus object's attributes; sorted). For builtin values it lists the methods pyx
// implements, the data attributes and the dunders CPython's types share, sorted — the public
// part matches CPython wherever pyx has the method.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, NULL, FALSE, isNull } from '../value.js';
import { extendFromIterable, iterHooks } from './containers.js';
import { sortList } from './sort.js';
import { strFromJs, strToJs, internStr } from '../str.js';
import { newList, listAppend, tupleLength, newTuple } from '../sequence.js';
import { dictNext, dictEntryKey, dictGet } from '../dict.js';
import { moduleDict } from '../objects.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { typeError } from '../errors.js';
import { defineBuiltin, arg, METHODS } from './registry.js';
import { NativeKind, nativeKind, nget } from './native.js';
import { tid, typeNameOf, tupleItem, pyTypeId } from './protocol.js';
import { classFunctionNames } from './type-attrs.js';
import { typeKey, loadAttr } from './objects.js';
import { classHooks, isUserObject } from './class-hooks.js';
import { attachSuggestion, attachFields, bestSuggestion, didYouMean, pinForSuggestion } from './suggestions.js';
import { raise } from './exceptions.js';
import { functionDict } from './function-attrs.js';

const OBJECT_DIR = ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
  '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__'];

/** The dunders each builtin type adds to object's (CPython 3.13's dir(type), by type name). */
const TYPE_DUNDERS: Record<string, string> = {
  'int': '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__',
  'float': '__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__',
  'complex': '__abs__ __add__ __bool__ __complex__ __getnewargs__ __mul__ __neg__ __pos__ __pow__ __radd__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__',
  'bool': '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__',
  'str': '__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__',
  'bytes': '__add__ __buffer__ __bytes__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__',
  'bytearray': '__add__ __alloc__ __buffer__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mod__ __mul__ __release_buffer__ __rmod__ __rmul__ __setitem__',
  'list': '__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__',
  'tuple': '__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__',
  'dict': '__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__',
  'set': '__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__',
  'frozenset': '__and__ __class_getitem__ __contains__ __iter__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__',
  'range': '__bool__ __contains__ __getitem__ __iter__ __len__ __reversed__',
  'slice': '',
  'NoneType': '__bool__',
  'builtin_function_or_method': '__call__ __module__ __name__ __qualname__ __self__ __text_signature__',
};

/** Data attributes of builtin types (not in the method tables). */
const DATA_ATTRS: Record<number, string[]> = {
  [TypeId.INT]: ['real', 'imag', 'numerator', 'denominator'],
  [TypeId.BOOL]: ['real', 'imag', 'numerator', 'denominator'],
  [TypeId.FLOAT]: ['real', 'imag'],
  [TypeId.COMPLEX]: ['real', 'imag'],
  [TypeId.RANGE]: ['start', 'stop', 'step'],
  [TypeId.SLICE]: ['start', 'stop', 'step'],
};

function strKeys(heap: Heap, d: Value, into: Set<string>): void {
  if (isNull(d) || tid(heap, d) !== TypeId.DICT) return;
  for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) {
    const k = dictEntryKey(heap, d, p);
    if (tid(heap, k) === TypeId.STR) { const s = strToJs(heap, k); if (!s.startsWith('\0')) into.add(s); }
  }
}

/** The names of every class namespace in `cls`'s MRO (user classes: F3 the MRO tuple, F2 the namespace). */
function classNames(heap: Heap, cls: Value, into: Set<string>): void {
  const mro = nget(heap, cls, 3);
  if (isNull(mro) || tid(heap, mro) !== TypeId.TUPLE) { strKeys(heap, nget(heap, cls, 2), into); return; }
  for (let i = 0; i < tupleLength(heap, mro); i++) {
    const c = tupleItem(heap, mro, i);
    if (nativeKind(heap, c) === NativeKind.CLASS) strKeys(heap, nget(heap, c, 2), into);
  }
}

/** dir(obj) as sorted JS strings. */
export function dirNames(heap: Heap, obj: Value): string[] {
  const names = new Set<string>();
  const k = nativeKind(heap, obj);
  if (tid(heap, obj) === TypeId.MODULE) strKeys(heap, moduleDict(heap, obj), names);
  else if (k === NativeKind.INSTANCE) {
    strKeys(heap, nget(heap, obj, 1), names);
    classNames(heap, nget(heap, obj, 0), names);
    for (const n of OBJECT_DIR) names.add(n);
    names.add('__dict__'); names.add('__module__'); names.add('__weakref__');
  } else if (k === NativeKind.CLASS) {
    classNames(heap, obj, names);
    for (const n of OBJECT_DIR) names.add(n);
  } else {
    const key = typeKey(heap, obj);
    for (const m of METHODS.get(key)?.keys() ?? []) names.add(m);
    if (key === TypeId.FROZENSET) for (const m of METHODS.get(TypeId.SET)?.keys() ?? []) if (!MUTATORS.has(m)) names.add(m);
    for (const a of DATA_ATTRS[tid(heap, obj)] ?? []) names.add(a);
    for (const f of classFunctionNames(tid(heap, obj) === TypeId.BOOL ? TypeId.INT : pyTypeId(heap, obj))) names.add(f);
    for (const n of OBJECT_DIR) names.add(n);
    for (const n of (TYPE_DUNDERS[typeNameOf(heap, obj)] ?? '').split(' ')) if (n !== '') names.add(n);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
const MUTATORS = new Set(['add', 'discard', 'remove', 'pop', 'clear', 'update', 'intersection_update', 'difference_update', 'symmetric_difference_update']);

/** The AttributeError thunk: the closest public (or, for `_x`, any) attribute of obj. */
export function attributeSuggestion(heap: Heap, obj: Value, name: string, alive = pinForSuggestion(heap, obj)): () => string {
  return () => {
    if (!alive()) return '';
    let d: string[];
    try { d = dirNames(heap, obj); } catch { return ''; }
    if (!name.startsWith('_')) d = d.filter((x) => !x.startsWith('_'));
    return didYouMean(bestSuggestion(d, name));
  };
}

/** Rethrows an AttributeError from looking up `name` on `obj` with its suggestion attached. */
export function withAttributeSuggestion(heap: Heap, error: unknown, obj: Value, name: string): never {
  if (error instanceof Error && (error as { pyType?: string }).pyType === 'AttributeError') {
    const alive = pinForSuggestion(heap, obj);
    attachSuggestion(error, attributeSuggestion(heap, obj, name, alive));
    attachFields(error, { name, obj: () => (alive() ? obj : NULL) });
  }
  throw error;
}

/**
 * locals() of the calling frame (a dict), which only the backend can read: backends/interp
 * sets it when loaded; null where no backend has (dir() without an argument then raises).
 */
export const introspectHooks: { callerLocals: ((heap: Heap) => Value) | null } = { callerLocals: null };

defineBuiltin('dir', 'object=, /', (heap, a) => {
  const obj = arg(heap, a, 0);
  let names: string[];
  if (isNull(obj)) {
    // dir(): the sorted names of the caller's local scope (builtin_dir_impl with no argument).
    if (introspectHooks.callerLocals === null) return raise('NotImplementedError', 'dir() without an argument is not supported here');
    const scope = introspectHooks.callerLocals(heap);
    names = [];
    for (let p = dictNext(heap, scope, 0); p >= 0; p = dictNext(heap, scope, p + 1)) names.push(strToJs(heap, dictEntryKey(heap, scope, p)));
    names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  } else {
    // A class's own __dir__: its result, listed and sorted (builtin_dir_impl does exactly that).
    // A module's __dir__ function (PEP 562) likewise: module_dir calls it with no arguments.
    const moduleDir = tid(heap, obj) === TypeId.MODULE ? dictGet(heap, moduleDict(heap, obj), internStr(heap, '__dir__')) : NULL;
    const own = !isNull(moduleDir) ? iterHooks.callN(heap, moduleDir, newTuple(heap, 0))
      : isUserObject(heap, obj) ? classHooks.callDunder(heap, obj, '__dir__') : NULL;
    if (!isNull(own)) {
      const out = newList(heap);
      const top = pushHandle(heap, out);
      try {
        extendFromIterable(heap, handleGet(heap, top), own);
        sortList(heap, handleGet(heap, top), NONE, FALSE);
        return handleGet(heap, top);
      } finally { popHandles(heap, top); }
    }
    names = dirNames(heap, obj);
  }
  const out = newList(heap);
  const top = pushHandle(heap, out);
  try {
    for (const n of names) listAppend(heap, handleGet(heap, top), strFromJs(heap, n));
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
});

defineBuiltin('vars', 'object=, /', (heap, a) => {
  const obj = arg(heap, a, 0);
  if (isNull(obj)) {
    // vars() is locals() (builtin_vars_impl).
    if (introspectHooks.callerLocals === null) return raise('NotImplementedError', 'vars() without an argument is not supported here');
    return introspectHooks.callerLocals(heap);
  }
  if (tid(heap, obj) === TypeId.MODULE) return moduleDict(heap, obj);
  const k = nativeKind(heap, obj);
  if (k === NativeKind.INSTANCE && !isNull(nget(heap, obj, 1))) return nget(heap, obj, 1);
  // A class's is its mappingproxy, a user exception's its instance dict (classes.ts).
  if (k === NativeKind.CLASS || classHooks.isUserException(heap, obj)) return loadAttr(heap, obj, '__dict__');
  if (k === 0 && tid(heap, obj) === TypeId.FUNCTION) return functionDict(heap, obj);
  throw typeError('vars() argument must have __dict__ attribute');
});
