// The attributes of Python function objects: `__name__`, `__qualname__`, `__doc__`,
// `__module__`, `__defaults__`, `__kwdefaults__`, `__globals__`, `__closure__`, `__dict__` and
// any attribute a program sets (`f.calls = 0`, functools.wraps' `__wrapped__`). The instance
// dict is created on first use, as CPython's func_get_dict does.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { NONE, NULL, type Value, isNull, isNone } from '../value.js';
import { internStr } from '../str.js';
import { newDict, dictGet, dictSet, dictDelete } from '../dict.js';
import { FN, functionField, setFunctionField } from '../objects.js';
import { newTuple } from '../sequence.js';
import { raise } from './exceptions.js';
import { tid, typeNameOf } from './protocol.js';

/** What the interpreter provides: f.__code__ (its code object, backends/interp/frames.ts). */
export const functionAttrHooks = {
  code: (_heap: Heap, _f: Value): Value => NULL,
};

/** f's `__dict__`, created empty on first use. */
export function functionDict(heap: Heap, f: Value): Value {
  let d = functionField(heap, f, FN.DICT);
  if (isNone(d) || isNull(d)) {
    d = newDict(heap);
    setFunctionField(heap, f, FN.DICT, d);
  }
  return d;
}

/** `f.name` for a Python function, or NULL when it has no such attribute. */
export function functionAttr(heap: Heap, f: Value, name: string): Value {
  switch (name) {
    case '__name__': return functionField(heap, f, FN.NAME);
    case '__qualname__': return functionField(heap, f, FN.QUALNAME);
    case '__doc__': return functionField(heap, f, FN.DOC);
    case '__module__': return functionField(heap, f, FN.MODULE);
    case '__defaults__': return functionField(heap, f, FN.DEFAULTS);
    case '__kwdefaults__': return functionField(heap, f, FN.KWDEFAULTS);
    case '__globals__': return functionField(heap, f, FN.GLOBALS);
    case '__closure__': return functionField(heap, f, FN.CLOSURE);
    case '__dict__': return functionDict(heap, f);
    case '__code__': return functionAttrHooks.code(heap, f);
    // Set by the def (lower/functions.ts) when it annotates anything; else a new empty dict, kept.
    case '__annotations__': {
      let a = functionField(heap, f, FN.ANNOTATIONS);
      if (isNone(a) || isNull(a)) { a = newDict(heap); setFunctionField(heap, f, FN.ANNOTATIONS, a); }
      return a;
    }
    case '__type_params__': return newTuple(heap, 0);
    default: {
      const d = functionField(heap, f, FN.DICT);
      return isNone(d) || isNull(d) ? NULL : dictGet(heap, d, internStr(heap, name));
    }
  }
}

/** `f.name = v` (v NULL: `del f.name`) with CPython's checks for the special attributes. */
export function setFunctionAttr(heap: Heap, f: Value, name: string, v: Value): void {
  const deleting = isNull(v);
  switch (name) {
    case '__name__': case '__qualname__':
      if (deleting || tid(heap, v) !== TypeId.STR) raise('TypeError', `${name} must be set to a string object`);
      setFunctionField(heap, f, name === '__name__' ? FN.NAME : FN.QUALNAME, v);
      return;
    case '__doc__': setFunctionField(heap, f, FN.DOC, deleting ? NONE : v); return;
    case '__module__': setFunctionField(heap, f, FN.MODULE, deleting ? NONE : v); return;
    case '__defaults__':
      if (!deleting && !isNone(v) && tid(heap, v) !== TypeId.TUPLE) raise('TypeError', '__defaults__ must be set to a tuple object');
      setFunctionField(heap, f, FN.DEFAULTS, deleting ? NONE : v);
      return;
    case '__kwdefaults__':
      if (!deleting && !isNone(v) && tid(heap, v) !== TypeId.DICT) raise('TypeError', '__kwdefaults__ must be set to a dict object');
      setFunctionField(heap, f, FN.KWDEFAULTS, deleting ? NONE : v);
      return;
    case '__annotations__':
      if (!deleting && !isNone(v) && tid(heap, v) !== TypeId.DICT) raise('TypeError', '__annotations__ must be set to a dict object');
      setFunctionField(heap, f, FN.ANNOTATIONS, deleting ? NONE : v);
      return;
    case '__globals__': case '__closure__':
      raise('AttributeError', 'readonly attribute');
      return;
    case '__dict__':
      if (deleting) raise('TypeError', 'cannot delete __dict__');
      if (tid(heap, v) !== TypeId.DICT) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(heap, v)}'`);
      setFunctionField(heap, f, FN.DICT, v);
      return;
    default: {
      const d = functionDict(heap, f), key = internStr(heap, name);
      if (!deleting) { dictSet(heap, d, key, v); return; }
      if (isNull(dictGet(heap, d, key))) raise('AttributeError', `'function' object has no attribute '${name}'`);
      dictDelete(heap, d, key);
    }
  }
}
