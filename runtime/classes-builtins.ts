// The builtins that classes need: __build_class__ (what a `class` statement calls),
// staticmethod, classmethod, property, super, the methods of `object`, and isinstance/
// issubclass/type extended to user classes (each wraps the builtin-type version, which
// stays in builtins/functions.ts, so classes add no branch to those files).

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { NONE, NULL, TRUE, FALSE, type Value, isNull, fromBool, fromPtr, loOf } from './value.js';
import { H } from './heap.js';
import { internStr, strToJs } from './str.js';
import { tupleLength, newTuple } from './sequence.js';
import { newDict, dictGet, dictNext, dictEntryKey, dictEntryValue } from './dict.js';
import { pushHandle, popHandles } from './gc.js';
import { cellSet, functionField } from './objects.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './builtins/native.js';
import { raise } from './builtins/exceptions.js';
import { BUILTIN_FUNCTIONS, CONSTRUCTORS, defineBuiltin, defineMethod, defineConstructor, arg, self, type NativeEntry } from './builtins/registry.js';
import { tid, tupleItem, typeNameOf } from './builtins/protocol.js';
import {
  boundMethod, callPy, classOf, className, genericGetAttr, genericSetAttr, isClass, isInstance, lookupType, mroOf, newClass,
} from './classes.js';

function builtinEntry(map: Map<string, NativeEntry> | Map<number, NativeEntry>, key: never): NativeEntry {
  const e = (map as Map<unknown, NativeEntry>).get(key);
  if (e === undefined) throw new Error(`internal error: builtin ${String(key)} missing (import order)`);
  return e;
}

defineBuiltin('__build_class__', 'func, name, /, *bases, **kwds', (heap, a) => {
  const func = arg(heap, a, 0), name = arg(heap, a, 1), bases = arg(heap, a, 2), kwds = arg(heap, a, 3);
  if (tid(heap, func) !== TypeId.FUNCTION || nativeKind(heap, func) !== 0) raise('TypeError', '__build_class__: func must be a function');
  if (tid(heap, name) !== TypeId.STR) raise('TypeError', '__build_class__: name is not a string');
  const meta = dictGet(heap, kwds, internStr(heap, 'metaclass'));
  if (!isNull(meta) && !(tid(heap, meta) === TypeId.TYPE && heap.i32[((loOf(meta) >>> 0) >>> 2) + 1] === TypeId.TYPE)) {
    raise('NotImplementedError', 'metaclasses other than type are not supported by pyx yet');
  }
  const ns = newDict(heap);
  const top = pushHandle(heap, ns);
  try {
    const cell = callPy(heap, func, 1, ns);
    const q = dictGet(heap, ns, internStr(heap, '__qualname__'));
    const cls = newClass(heap, name, bases, ns, isNull(q) ? name : q);
    pushHandle(heap, cls);
    if (tid(heap, cell) === TypeId.CELL) cellSet(heap, cell, cls);
    finishClass(heap, cls, ns, kwds);
    return cls;
  } finally {
    popHandles(heap, top);
  }
});

/** What type_new does after creating the class: __set_name__ on the attributes, then the parent's __init_subclass__. */
function finishClass(heap: Heap, cls: Value, ns: Value, kwds: Value): void {
  // type_new_set_names, then init_subclass on the parent (super(cls, cls).__init_subclass__).
  for (let p = dictNext(heap, ns, 0); p >= 0; p = dictNext(heap, ns, p + 1)) {
    const v = dictEntryValue(heap, ns, p);
    if (!isInstance(heap, v)) continue;
    const setName = lookupType(heap, classOf(heap, v), '__set_name__');
    if (!isNull(setName) && nativeKind(heap, setName) !== NativeKind.BUILTIN) callPy(heap, setName, 3, v, cls, dictEntryKey(heap, ns, p));
  }
  const init = lookupType(heap, cls, '__init_subclass__', cls);
  const keywords = [];
  for (let p = dictNext(heap, kwds, 0); p >= 0; p = dictNext(heap, kwds, p + 1)) {
    if (strToJs(heap, dictEntryKey(heap, kwds, p)) !== 'metaclass') keywords.push(p);
  }
  if (nativeKind(heap, init) === NativeKind.CLASSMETHOD) {
    if (keywords.length > 0) raise('NotImplementedError', 'class keyword arguments are not supported by pyx yet');
    callPy(heap, boundMethod(heap, nget(heap, init, 0), cls), 0);
  } else if (keywords.length > 0) {
    raise('TypeError', `${className(heap, cls)}.__init_subclass__() takes no keyword arguments`);
  }
}

function wrapper(kind: NativeKind) {
  return (heap: Heap, a: number): Value => {
    const w = newNative(heap, kind);
    nset(heap, w, 0, arg(heap, a, 0));
    return w;
  };
}
defineBuiltin('staticmethod', 'function, /', wrapper(NativeKind.STATICMETHOD));
defineBuiltin('classmethod', 'function, /', wrapper(NativeKind.CLASSMETHOD));

function newProperty(heap: Heap, fget: Value, fset: Value, fdel: Value, doc: Value): Value {
  const p = newNative(heap, NativeKind.PROPERTY);
  nset(heap, p, 0, isNull(fget) ? NONE : fget);
  nset(heap, p, 1, isNull(fset) ? NONE : fset);
  nset(heap, p, 2, isNull(fdel) ? NONE : fdel);
  nset(heap, p, 3, isNull(doc) ? NONE : doc);
  return p;
}
defineBuiltin('property', 'fget=, fset=, fdel=, doc=', (heap, a) => newProperty(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2), arg(heap, a, 3)));
const PROPERTY_KEY = 100 + NativeKind.PROPERTY;
(['getter', 'setter', 'deleter'] as const).forEach((which, slot) => {
  defineMethod(PROPERTY_KEY, 'property', which, 'function, /', (heap, a) => {
    const p = self(heap, a), f = arg(heap, a, 0);
    return newProperty(heap, slot === 0 ? f : nget(heap, p, 0), slot === 1 ? f : nget(heap, p, 1), slot === 2 ? f : nget(heap, p, 2), nget(heap, p, 3));
  });
});

defineBuiltin('super', 'type=, object_or_type=, /', (heap, a) => {
  const start = arg(heap, a, 0), obj = arg(heap, a, 1);
  if (isNull(start)) raise('RuntimeError', 'super(): no arguments');
  if (!isClass(heap, start)) raise('TypeError', `super() argument 1 must be a type, not ${typeNameOf(heap, start)}`);
  if (isNull(obj)) raise('NotImplementedError', 'unbound super objects are not supported by pyx yet');
  const owner = isClass(heap, obj) ? obj : isInstance(heap, obj) || classHooks.isUserException(heap, obj) ? classOf(heap, obj) : NULL;
  if (isNull(owner) || !mroOf(heap, owner).includes(loOf(start) >>> 0)) {
    raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  }
  const s = newNative(heap, NativeKind.SUPER);
  nset(heap, s, 0, start);
  nset(heap, s, 1, obj);
  return s;
});

// --- object's methods (found through the MRO's last entry) ---

defineMethod(TypeId.OBJECT, 'object', '__init__', '*args, **kwargs', (heap, a) => {
  const obj = self(heap, a);
  const extra = tupleLength(heap, arg(heap, a, 0)) > 0 || dictNext(heap, arg(heap, a, 1), 0) >= 0;
  if (extra && isInstance(heap, obj)) {
    const cls = classOf(heap, obj);
    const init = lookupType(heap, cls, '__init__');
    // object_init: excess arguments are an error when __init__ is object's own or __new__ is not overridden.
    if (nativeKind(heap, init) === NativeKind.BUILTIN || nativeKind(heap, lookupType(heap, cls, '__new__')) === NativeKind.BUILTIN) {
      raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
  }
  return NONE;
});
defineMethod(TypeId.OBJECT, 'object', '__setattr__', 'name, value, /', (heap, a) => {
  genericSetAttr(heap, self(heap, a), attrName(heap, arg(heap, a, 0)), arg(heap, a, 1));
  return NONE;
});
defineMethod(TypeId.OBJECT, 'object', '__delattr__', 'name, /', (heap, a) => {
  genericSetAttr(heap, self(heap, a), attrName(heap, arg(heap, a, 0)), NULL);
  return NONE;
});
defineMethod(TypeId.OBJECT, 'object', '__getattribute__', 'name, /', (heap, a) => {
  const obj = self(heap, a), name = attrName(heap, arg(heap, a, 0));
  const v = genericGetAttr(heap, obj, name);
  if (isNull(v)) raise('AttributeError', `'${typeNameOf(heap, obj)}' object has no attribute '${name}'`);
  return v;
});
defineMethod(TypeId.OBJECT, 'object', '__eq__', 'value, /', (heap, a) => sameValue(self(heap, a), arg(heap, a, 0)) ? TRUE : notImplemented(heap));
defineMethod(TypeId.OBJECT, 'object', '__ne__', 'value, /', (heap, a) => sameValue(self(heap, a), arg(heap, a, 0)) ? FALSE : notImplemented(heap));

function attrName(heap: Heap, v: Value): string {
  if (tid(heap, v) !== TypeId.STR) raise('TypeError', `attribute name must be string, not '${typeNameOf(heap, v)}'`);
  return strToJs(heap, v);
}

/** Puts the class machinery's constants into a fresh heap's builtins (after installBuiltins). */
export function installClassBuiltins(heap: Heap): void {
  const builtins = fromPtr(heap.i32[H.ROOT_BUILTINS]);
  const v = newNotImplemented(heap);
  dictSetRaw(heap, builtins, internStr(heap, 'NotImplemented'), v);
}

// --- isinstance / issubclass / type(x) extended to classes ---

function isSubclass(heap: Heap, sub: Value, sup: Value): boolean {
  if (isClass(heap, sub)) return mroOf(heap, sub).includes(loOf(sup) >>> 0);
  if (tid(heap, sup) === TypeId.TYPE && heap.i32[((loOf(sup) >>> 0) >>> 2) + 1] === TypeId.OBJECT) return true;
  // A builtin type's bases: the type object's base field (bool -> int -> object).
  for (let t = sub; tid(heap, t) === TypeId.TYPE; t = functionField(heap, t, 16)) if (loOf(t) === loOf(sup)) return true;
  return false;
}

const builtinIsinstance = builtinEntry(BUILTIN_FUNCTIONS, 'isinstance' as never);
defineBuiltin('isinstance', 'obj, class_or_tuple, /', (heap, a) => {
  const obj = arg(heap, a, 0), spec = arg(heap, a, 1);
  const test = (c: Value): boolean => {
    if (classHooks.isUserException(heap, obj) || classHooks.isExceptionClass(heap, c)) return nativeKind(heap, obj) === NativeKind.EXC && classHooks.excMatches(heap, obj, c);
    if (isClass(heap, c)) return isInstance(heap, obj) && isSubclass(heap, classOf(heap, obj), c);
    if (isInstance(heap, obj) && tid(heap, c) === TypeId.TYPE) return heap.i32[((loOf(c) >>> 0) >>> 2) + 1] === TypeId.OBJECT;
    return isTrue(builtinIsinstance.fn(heap, a)) && loOf(c) === loOf(spec);
  };
  if (tid(heap, spec) === TypeId.TUPLE && [...Array(tupleLength(heap, spec)).keys()].some((i) => isClass(heap, tupleItem(heap, spec, i)))) {
    for (let i = 0; i < tupleLength(heap, spec); i++) {
      const c = tupleItem(heap, spec, i);
      if (isClass(heap, c) ? test(c) : isInstanceBuiltin(heap, obj, c)) return TRUE;
    }
    return FALSE;
  }
  if (isClass(heap, obj) && tid(heap, spec) === TypeId.TYPE && heap.i32[((loOf(spec) >>> 0) >>> 2) + 1] === TypeId.TYPE) return TRUE;
  if (isClass(heap, spec) || isInstance(heap, obj) || classHooks.isUserException(heap, obj)) return fromBool(test(spec));
  return builtinIsinstance.fn(heap, a);
});

/** The builtin isinstance for one builtin class, through a one-element call of the original. */
function isInstanceBuiltin(heap: Heap, obj: Value, c: Value): boolean {
  const top = pushHandle(heap, NULL);
  try {
    pushHandle(heap, obj);
    pushHandle(heap, c);
    return isTrue(builtinIsinstance.fn(heap, top));
  } finally {
    popHandles(heap, top);
  }
}

const builtinIssubclass = BUILTIN_FUNCTIONS.get('issubclass');
defineBuiltin('issubclass', 'cls, class_or_tuple, /', (heap, a) => {
  const sub = arg(heap, a, 0), spec = arg(heap, a, 1);
  if (!isClass(heap, sub) && tid(heap, sub) !== TypeId.TYPE && nativeKind(heap, sub) !== NativeKind.EXC_TYPE) {
    raise('TypeError', 'issubclass() arg 1 must be a class');
  }
  const one = (c: Value): boolean => {
    if (!isClass(heap, c) && tid(heap, c) !== TypeId.TYPE && nativeKind(heap, c) !== NativeKind.EXC_TYPE) {
      raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    }
    if (isClass(heap, sub) || isClass(heap, c)) return isSubclass(heap, sub, c);
    if (builtinIssubclass !== undefined) {
      const top = pushHandle(heap, NULL);
      try { pushHandle(heap, sub); pushHandle(heap, c); return isTrue(builtinIssubclass.fn(heap, top)); } finally { popHandles(heap, top); }
    }
    return isSubclass(heap, sub, c);
  };
  if (tid(heap, spec) === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, spec); i++) if (one(tupleItem(heap, spec, i))) return TRUE;
    return FALSE;
  }
  return fromBool(one(spec));
});

const builtinType = builtinEntry(CONSTRUCTORS, TypeId.TYPE as never);
defineConstructor(TypeId.TYPE, 'type', 'object_or_name, bases=, dict=, /', (heap, a) => {
  const x = arg(heap, a, 0), bases = arg(heap, a, 1), ns = arg(heap, a, 2);
  if (isNull(bases)) {
    if (isInstance(heap, x)) return classOf(heap, x);
    if (isClass(heap, x)) return fromPtr(heap.i32[H.TYPE_TABLE + TypeId.TYPE]);
    // A generator has no type object of its own yet (it would say 'function').
    if ((nativeKind(heap, x) >= NativeKind.METHOD && nativeKind(heap, x) <= NativeKind.SUPER) || nativeKind(heap, x) === NativeKind.GENERATOR) {
      raise('NotImplementedError', `type() of a '${typeNameOf(heap, x)}' object is not supported by pyx yet`);
    }
    return builtinType.fn(heap, a);
  }
  if (isNull(ns)) raise('TypeError', 'type() takes 1 or 3 arguments');
  if (tid(heap, x) !== TypeId.STR) raise('TypeError', `type.__new__() argument 1 must be str, not ${typeNameOf(heap, x)}`);
  if (tid(heap, bases) !== TypeId.TUPLE) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeNameOf(heap, bases)}`);
  if (tid(heap, ns) !== TypeId.DICT) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeNameOf(heap, ns)}`);
  // The namespace is copied, as type_new does; __module__ comes from the caller's globals in
  // CPython, which a native cannot see here, so it is '__main__' (where pyx runs programs).
  const copy = newDict(heap);
  const top = pushHandle(heap, copy);
  try {
    for (let p = dictNext(heap, ns, 0); p >= 0; p = dictNext(heap, ns, p + 1)) {
      dictSetRaw(heap, copy, dictEntryKey(heap, ns, p), dictEntryValue(heap, ns, p));
    }
    if (isNull(dictGet(heap, copy, internStr(heap, '__module__')))) dictSetRaw(heap, copy, internStr(heap, '__module__'), internStr(heap, '__main__'));
    const cls = newClass(heap, x, bases, copy, x);
    pushHandle(heap, cls);
    finishClass(heap, cls, copy, newDict(heap));
    return cls;
  } finally {
    popHandles(heap, top);
  }
});

import { dictSet as dictSetRaw } from './dict.js';
void newTuple;

function isTrue(v: Value): boolean {
  return sameValue(v, TRUE);
}

// --- getattr / setattr / hasattr / delattr: the attribute ops as functions ---

defineBuiltin('getattr', 'object, name, default=, /', (heap, a) => {
  const obj = arg(heap, a, 0), name = arg(heap, a, 1), dflt = arg(heap, a, 2);
  if (tid(heap, name) !== TypeId.STR) raise('TypeError', `attribute name must be string, not '${typeNameOf(heap, name)}'`);
  if (isNull(dflt)) return loadAttr(heap, obj, strToJs(heap, name));
  try {
    return loadAttr(heap, obj, strToJs(heap, name));
  } catch (e) {
    if ((e as { pyType?: string }).pyType !== 'AttributeError') throw e;
    return arg(heap, a, 2);
  }
});
defineBuiltin('hasattr', 'obj, name, /', (heap, a) => {
  const obj = arg(heap, a, 0), name = arg(heap, a, 1);
  if (tid(heap, name) !== TypeId.STR) raise('TypeError', `attribute name must be string, not '${typeNameOf(heap, name)}'`);
  try {
    loadAttr(heap, obj, strToJs(heap, name));
    return TRUE;
  } catch (e) {
    if ((e as { pyType?: string }).pyType !== 'AttributeError') throw e;
    return FALSE;
  }
});
defineBuiltin('setattr', 'obj, name, value, /', (heap, a) => {
  storeAttr(heap, arg(heap, a, 0), attrName(heap, arg(heap, a, 1)), arg(heap, a, 2));
  return NONE;
});
defineBuiltin('delattr', 'obj, name, /', (heap, a) => {
  storeAttr(heap, arg(heap, a, 0), attrName(heap, arg(heap, a, 1)), NULL);
  return NONE;
});
import { loadAttr, storeAttr } from './builtins/objects.js';
import { sameValue } from './value.js';
import { newNotImplemented, notImplemented } from './classes-dunder.js';

// --- object.__setattr__(obj, name, value) and friends, as unbound functions on `object` ---

const OBJECT_FUNCTIONS = new Map<string, NativeEntry>([
  ['__setattr__', defineFunction('object', '__setattr__', 'self, name, value, /', (heap, a) => {
    genericSetAttr(heap, instanceArg(heap, arg(heap, a, 0), '__setattr__'), attrName(heap, arg(heap, a, 1)), arg(heap, a, 2));
    return NONE;
  })],
  ['__delattr__', defineFunction('object', '__delattr__', 'self, name, /', (heap, a) => {
    genericSetAttr(heap, instanceArg(heap, arg(heap, a, 0), '__delattr__'), attrName(heap, arg(heap, a, 1)), NULL);
    return NONE;
  })],
  ['__getattribute__', defineFunction('object', '__getattribute__', 'self, name, /', (heap, a) => {
    const obj = instanceArg(heap, arg(heap, a, 0), '__getattribute__'), name = attrName(heap, arg(heap, a, 1));
    const v = genericGetAttr(heap, obj, name);
    if (isNull(v)) raise('AttributeError', `'${typeNameOf(heap, obj)}' object has no attribute '${name}'`);
    return v;
  })],
  ['__init__', defineFunction('object', '__init__', 'self, /, *args, **kwargs', () => NONE)],
  ['__eq__', defineFunction('object', '__eq__', 'self, value, /', (heap, a) => sameValue(arg(heap, a, 0), arg(heap, a, 1)) ? TRUE : notImplemented(heap))],
]);

/** The instance an unbound object method was given (pyx's object methods only apply to instances). */
function instanceArg(heap: Heap, v: Value, name: string): Value {
  if (!isInstance(heap, v)) raise('TypeError', `descriptor '${name}' for 'object' objects doesn't apply to a '${typeNameOf(heap, v)}' object in pyx`);
  return v;
}

classHooks.typeAttr = (heap, t, name) => {
  if (heap.i32[((loOf(t) >>> 0) >>> 2) + 1] !== TypeId.OBJECT) return NULL;
  const e = OBJECT_FUNCTIONS.get(name);
  return e === undefined ? NULL : nativeValue(heap, e);
};
import { defineFunction } from './builtins/registry.js';
import { nativeValue } from './builtins/objects.js';
import { classHooks } from './builtins/class-hooks.js';

// --- callable() and object() for user objects ---

const builtinCallable = builtinEntry(BUILTIN_FUNCTIONS, 'callable' as never);
defineBuiltin('callable', 'obj, /', (heap, a) => {
  const v = arg(heap, a, 0);
  switch (nativeKind(heap, v)) {
    case NativeKind.CLASS: case NativeKind.METHOD: case NativeKind.STATICMETHOD: return TRUE;
    case NativeKind.INSTANCE: return fromBool(!isNull(lookupType(heap, classOf(heap, v), '__call__')));
    case NativeKind.CLASSMETHOD: case NativeKind.PROPERTY: case NativeKind.SUPER: case NativeKind.NOT_IMPLEMENTED: return FALSE;
    default: return builtinCallable.fn(heap, a);
  }
});

/** object(): a bare instance whose class is the builtin `object` (no __dict__: see runtime/classes.ts). */
defineConstructor(TypeId.OBJECT, 'object', '', (heap) => {
  const o = newNative(heap, NativeKind.INSTANCE);
  nset(heap, o, 0, fromPtr(heap.i32[H.TYPE_TABLE + TypeId.OBJECT]));
  return o;
});

// --- user exception classes: BaseException.__init__ through super(), matching along the MRO ---

defineMethod(100 + NativeKind.EXC, 'BaseException', '__init__', '*args', (heap, a) => {
  nset(heap, self(heap, a), 1, arg(heap, a, 0));
  return NONE;
});

classHooks.isExceptionClass = isExceptionClass;
classHooks.excMatches = (heap, exc, spec) => {
  // The exception's class MRO: a user class's own, or a builtin exception's chain by name.
  const cls = nget(heap, exc, 0);
  if (nativeKind(heap, spec) !== NativeKind.EXC_TYPE && !isClass(heap, spec)) return false;
  return mroOf(heap, cls).includes(loOf(spec) >>> 0);
};
import { isExceptionClass } from './classes.js';
