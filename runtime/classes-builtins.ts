// The builtins that classes need: __build_class__ (what a `class` statement calls),
// staticmethod, classmethod, property, super, the methods of `object`, and isinstance/
// issubclass/type extended to user classes (each wraps the builtin-type version, which
// stays in builtins/functions.ts, so classes add no branch to those files).

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { NONE, NULL, TRUE, FALSE, type Value, isNull, isNone, fromBool, fromPtr, loOf } from './value.js';
import { H } from './heap.js';
import { internStr, strToJs } from './str.js';
import { tupleLength, newTuple, tupleInit } from './sequence.js';
import { newDict, dictGet, dictNext, dictEntryKey, dictEntryValue, dictDelete, dictLength } from './dict.js';
import { pushHandle, popHandles, handleGet, handleSet } from './gc.js';
import { cellSet, functionField, FN, moduleDict } from './objects.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './builtins/native.js';
import { raise } from './builtins/exceptions.js';
import { BUILTIN_FUNCTIONS, CONSTRUCTORS, defineBuiltin, defineMethod, defineConstructor, arg, self, type NativeEntry } from './builtins/registry.js';
import { pyTypeId, tid, tupleItem, typeNameOf } from './builtins/protocol.js';
import {
  boundMethod, callPy, classOf, className, genericGetAttr, genericSetAttr, isClass, isInstance, lookupType, mroOf, mroContains, newClass,
  pyTypeOf, callKw, isInstanceOf, metaclassOf, foundOnObject, builtinTypeId,
} from './classes.js';
import { builtinValue } from './builtins/class-hooks.js';
import { setItem } from './builtins/containers.js';
import { reprValue, strValue } from './builtins/repr.js';
import { strFromJs } from './str.js';
import { defaultRepr, sharedNative, bind, propertySet, getAttrOrNull } from './classes.js';
import { isUserObject } from './builtins/class-hooks.js';

function builtinEntry(map: Map<string, NativeEntry> | Map<number, NativeEntry>, key: never): NativeEntry {
  const e = (map as Map<unknown, NativeEntry>).get(key);
  if (e === undefined) throw new Error(`internal error: builtin ${String(key)} missing (import order)`);
  return e;
}

defineBuiltin('__build_class__', 'func, name, /, *bases, **kwds', (heap, a) => {
  const func = arg(heap, a, 0), name = arg(heap, a, 1), origBases = arg(heap, a, 2), kwds = arg(heap, a, 3);
  if (tid(heap, func) !== TypeId.FUNCTION || nativeKind(heap, func) !== 0) raise('TypeError', '__build_class__: func must be a function');
  // PEP 560: a base that is not a class may stand for others through __mro_entries__(bases);
  // the resolved tuple replaces the bases argument (its handle keeps it rooted), the
  // namespace then records the originals as __orig_bases__.
  const bases = resolveMroEntries(heap, origBases);
  const changed = loOf(bases) !== loOf(origBases);
  if (changed) handleSet(heap, a + 3, bases);
  if (tid(heap, name) !== TypeId.STR) raise('TypeError', '__build_class__: name is not a string');
  // The metaclass: metaclass= if given, else type(bases[0]), then the most derived of it and
  // the bases' metaclasses (builtin___build_class__ and _PyType_CalculateMetaclass).
  const metaKey = internStr(heap, 'metaclass');
  let meta = dictGet(heap, kwds, metaKey);
  const explicit = !isNull(meta);
  if (explicit) dictDelete(heap, kwds, metaKey);
  else meta = tupleLength(heap, bases) > 0 ? pyTypeOf(heap, tupleItem(heap, bases, 0)) : typeType(heap);
  if (isTypeObject(heap, meta)) meta = calculateMetaclass(heap, meta, bases);
  const top = pushHandle(heap, meta);
  try {
    let ns: Value;
    if (isBuiltinType(heap, meta)) {
      ns = newDict(heap);
    } else {
      const prepare = loadAttr(heap, meta, '__prepare__');
      pushHandle(heap, prepare);
      const pa = newTuple(heap, 2);
      tupleInit(heap, pa, 0, name);
      tupleInit(heap, pa, 1, bases);
      ns = callKw(heap, prepare, pa, kwds);
      if (!isMapping(heap, ns)) {
        raise('TypeError', `${isTypeObject(heap, meta) ? typeDisplay(heap, meta) : '<metaclass>'}.__prepare__() must return a mapping, not ${typeNameOf(heap, ns)}`);
      }
    }
    pushHandle(heap, ns);
    if (changed) setItem(heap, ns, internStr(heap, '__orig_bases__'), origBases);
    const cell = callPy(heap, func, 1, ns);
    pushHandle(heap, cell);
    let cls: Value;
    if (isBuiltinType(heap, meta)) {
      cls = typeNew(heap, meta, name, bases, ns, kwds);
    } else {
      const ca = newTuple(heap, 3);
      tupleInit(heap, ca, 0, name);
      tupleInit(heap, ca, 1, bases);
      tupleInit(heap, ca, 2, handleGet(heap, top + 1 + (isBuiltinType(heap, meta) ? 0 : 1)));
      cls = callKw(heap, handleGet(heap, top), ca, kwds);
    }
    if (tid(heap, handleGet(heap, top + 2 + (isBuiltinType(heap, meta) ? 0 : 1))) === TypeId.CELL && isClass(heap, cls)) {
      cellSet(heap, handleGet(heap, top + 2 + (isBuiltinType(heap, meta) ? 0 : 1)), cls);
    }
    return cls;
  } finally {
    popHandles(heap, top);
  }
});

/**
 * Builtin types pyx implements natively that a class may still derive from: the base is
 * replaced by the Python class of the same name in pylib/_pyx_subclass_bases.py (as if the
 * type answered __mro_entries__), and isinstance/issubclass against the type accept it.
 */
const SUBSTITUTED_TYPES = new Map<number, string>([
  [TypeId.PROPERTY, 'property'], [TypeId.STATICMETHOD, 'staticmethod'], [TypeId.CLASSMETHOD, 'classmethod'],
]);

function substitutedType(heap: Heap, b: Value): string | undefined {
  return tid(heap, b) === TypeId.TYPE ? SUBSTITUTED_TYPES.get(builtinTypeId(heap, b)) : undefined;
}

/** The Python class standing for builtin type `name` in subclasses (imported on first use). */
function substituteClass(heap: Heap, name: string): Value {
  const imp = dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, '__import__'));
  const t = newTuple(heap, 1);
  tupleInit(heap, t, 0, strFromJs(heap, '_pyx_subclass_bases'));
  return loadAttr(heap, callKw(heap, imp, t, NULL), name);
}

/** A user class deriving from the stand-in of substituted builtin type `c` (never imports it). */
function derivesFromSubstitute(heap: Heap, cls: Value, c: Value): boolean {
  const name = substitutedType(heap, c);
  if (name === undefined || !isClass(heap, cls)) return false;
  const modules = fromPtr(heap.i32[H.ROOT_MODULES]);
  const m = dictGet(heap, modules, internStr(heap, '_pyx_subclass_bases'));
  if (isNull(m)) return false;
  const sub = dictGet(heap, moduleDict(heap, m), internStr(heap, name));
  return !isNull(sub) && mroOf(heap, cls).includes(loOf(sub) >>> 0);
}

/** b.__mro_entries__, or NULL when b has none. */
function mroEntriesOf(heap: Heap, b: Value): Value {
  try {
    return loadAttr(heap, b, '__mro_entries__');
  } catch (e) {
    if ((e as { pyType?: string }).pyType !== 'AttributeError') throw e;
    return NULL;
  }
}

/** update_bases: each base that is not a class and has __mro_entries__ is replaced by the tuple it returns. */
function resolveMroEntries(heap: Heap, bases: Value): Value {
  let any = false;
  for (let i = 0; i < tupleLength(heap, bases); i++) {
    const b = tupleItem(heap, bases, i);
    if (!isTypeObject(heap, b) || substitutedType(heap, b) !== undefined) any = true;
  }
  if (!any) return bases;
  const out = newList(heap);
  const h = pushHandle(heap, out);
  try {
    for (let i = 0; i < tupleLength(heap, bases); i++) {
      const b = tupleItem(heap, bases, i);
      let entries: Value = NULL;
      const substituted = substitutedType(heap, b);
      if (substituted !== undefined) { listAppend(heap, handleGet(heap, h), substituteClass(heap, substituted)); continue; }
      if (!isTypeObject(heap, b)) entries = mroEntriesOf(heap, b);
      if (isNull(entries)) { listAppend(heap, handleGet(heap, h), b); continue; }
      const r = callPy(heap, entries, 1, bases);
      if (tid(heap, r) !== TypeId.TUPLE) raise('TypeError', '__mro_entries__ must return a tuple');
      const rh = pushHandle(heap, r);
      for (let j = 0; j < tupleLength(heap, handleGet(heap, rh)); j++) {
        // An entry that is itself one of pyx's native classes (deque[int] and typing.Deque[int]
        // stand for collections.deque, a type in CPython) resolves to its stand-in in turn.
        const item = tupleItem(heap, handleGet(heap, rh), j);
        const again = isTypeObject(heap, item) || nativeKind(heap, item) !== NativeKind.EXT ? NULL : mroEntriesOf(heap, item);
        if (isNull(again)) { listAppend(heap, handleGet(heap, h), item); continue; }
        const r2 = callPy(heap, again, 1, bases);
        for (let k = 0; k < tupleLength(heap, r2); k++) listAppend(heap, handleGet(heap, h), tupleItem(heap, r2, k));
      }
      popHandles(heap, rh);
    }
    const list = handleGet(heap, h);
    const t = newTuple(heap, listLength(heap, list));
    for (let i = 0; i < listLength(heap, list); i++) tupleInit(heap, t, i, listGet(heap, list, i));
    return t;
  } finally {
    popHandles(heap, h);
  }
}

function typeType(heap: Heap): Value {
  return fromPtr(heap.i32[H.TYPE_TABLE + TypeId.TYPE]);
}

/** The builtin `type` itself. */
function isBuiltinType(heap: Heap, v: Value): boolean {
  return loOf(v) === loOf(typeType(heap)) && tid(heap, v) === TypeId.TYPE;
}

/** A class object of any kind: a user class, a builtin type, a builtin exception class. */
function isTypeObject(heap: Heap, v: Value): boolean {
  return isClass(heap, v) || tid(heap, v) === TypeId.TYPE || nativeKind(heap, v) === NativeKind.EXC_TYPE;
}

function typeDisplay(heap: Heap, t: Value): string {
  if (isClass(heap, t)) return className(heap, t);
  if (nativeKind(heap, t) === NativeKind.EXC_TYPE) return strToJs(heap, nget(heap, t, 0));
  return strToJs(heap, functionField(heap, t, 8));
}

function isMapping(heap: Heap, v: Value): boolean {
  if (tid(heap, v) === TypeId.DICT) return true;
  return isInstance(heap, v) && !isNull(lookupType(heap, classOf(heap, v), '__getitem__'));
}

/** sub is a (non-strict) subclass of sup, along sub's MRO. */
function subclassOf(heap: Heap, sub: Value, sup: Value): boolean {
  return loOf(sub) === loOf(sup) || mroOf(heap, sub).includes(loOf(sup) >>> 0);
}

/** _PyType_CalculateMetaclass: the most derived of `meta` and every base's metaclass. */
function calculateMetaclass(heap: Heap, meta: Value, bases: Value): Value {
  let winner = meta;
  for (let i = 0; i < tupleLength(heap, bases); i++) {
    const t = pyTypeOf(heap, tupleItem(heap, bases, i));
    if (subclassOf(heap, winner, t)) continue;
    if (subclassOf(heap, t, winner)) { winner = t; continue; }
    raise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * type.__new__(meta, name, bases, ns, **kwds): the class object (the namespace copied, its
 * __qualname__ taken out, __module__ defaulted), then __set_name__ and the parent's
 * __init_subclass__(**kwds). The metaclass is the most derived one of meta and the bases'.
 */
function typeNew(heap: Heap, meta: Value, name: Value, bases: Value, ns: Value, kwds: Value): Value {
  if (tid(heap, name) !== TypeId.STR) raise('TypeError', `type.__new__() argument 1 must be str, not ${typeNameOf(heap, name)}`);
  if (tid(heap, bases) !== TypeId.TUPLE) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeNameOf(heap, bases)}`);
  const src = builtinValue(heap, ns);
  if (tid(heap, src) !== TypeId.DICT) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeNameOf(heap, ns)}`);
  const winner = calculateMetaclass(heap, meta, bases);
  const copy = newDict(heap);
  const top = pushHandle(heap, copy);
  try {
    pushHandle(heap, winner);
    pushHandle(heap, src);
    for (let p = dictNext(heap, src, 0); p >= 0; p = dictNext(heap, src, p + 1)) {
      dictSetRaw(heap, copy, dictEntryKey(heap, src, p), dictEntryValue(heap, src, p));
    }
    // __module__ comes from the caller's globals in CPython, which a native cannot see
    // here, so it is '__main__' (where pyx runs programs) unless the namespace has one.
    if (isNull(dictGet(heap, copy, internStr(heap, '__module__')))) dictSetRaw(heap, copy, internStr(heap, '__module__'), internStr(heap, '__main__'));
    const qkey = internStr(heap, '__qualname__');
    let q = dictGet(heap, copy, qkey);
    if (!isNull(q)) {
      if (tid(heap, q) !== TypeId.STR) raise('TypeError', `type __qualname__ must be a str, not ${typeNameOf(heap, q)}`);
      dictDelete(heap, copy, qkey);
    } else {
      q = name;
    }
    pushHandle(heap, q);
    const cls = newClass(heap, name, bases, copy, q, isBuiltinType(heap, winner) ? NULL : winner);
    pushHandle(heap, cls);
    finishClass(heap, cls, copy, kwds);
    return cls;
  } finally {
    popHandles(heap, top);
  }
}

/** What type_new does after creating the class: __set_name__ on the attributes, then the parent's __init_subclass__(**kwds). */
function finishClass(heap: Heap, cls: Value, ns: Value, kwds: Value): void {
  const top = pushHandle(heap, cls);
  try {
    pushHandle(heap, ns);
    pushHandle(heap, kwds);
    for (let p = dictNext(heap, ns, 0); p >= 0; p = dictNext(heap, ns, p + 1)) {
      const v = dictEntryValue(heap, ns, p);
      // property.__set_name__ (3.13): the name its errors use ("property 'ro' of 'C' object has no setter").
      if (nativeKind(heap, v) === NativeKind.PROPERTY) nset(heap, v, 4, dictEntryKey(heap, ns, p));
      if (!isInstance(heap, v)) continue;
      const setName = lookupType(heap, classOf(heap, v), '__set_name__');
      if (!isNull(setName) && nativeKind(heap, setName) !== NativeKind.BUILTIN) callPy(heap, setName, 3, v, cls, dictEntryKey(heap, ns, p));
    }
    const init = lookupType(heap, cls, '__init_subclass__', cls);
    if (nativeKind(heap, init) === NativeKind.CLASSMETHOD) {
      const m = boundMethod(heap, nget(heap, init, 0), cls);
      callKw(heap, m, newTuple(heap, 0), isNull(kwds) ? NULL : kwds);
    } else if (!isNull(kwds) && dictLength(heap, kwds) > 0) {
      raise('TypeError', `${className(heap, cls)}.__init_subclass__() takes no keyword arguments`);
    }
  } finally {
    popHandles(heap, top);
  }
}

function wrapper(kind: NativeKind) {
  return (heap: Heap, a: number): Value => {
    const w = newNative(heap, kind);
    nset(heap, w, 0, arg(heap, a, 0));
    return w;
  };
}
// The descriptor protocol as methods (`f.__get__(obj, cls)`, `prop.__set__(obj, v)`): what
// enum's _is_descriptor and hand-written descriptors that delegate call.
for (const [key, owner] of [[TypeId.FUNCTION, 'function'], [100 + NativeKind.PROPERTY, 'property'],
  [100 + NativeKind.STATICMETHOD, 'staticmethod'], [100 + NativeKind.CLASSMETHOD, 'classmethod']] as const) {
  defineMethod(key, owner, '__get__', 'instance, owner=, /', (heap, a) => {
    const instance = arg(heap, a, 0), cls = arg(heap, a, 1);
    const obj = isNone(instance) ? NULL : instance;
    if (isNull(obj) && (isNull(cls) || isNone(cls))) raise('TypeError', '__get__(None, None) is invalid');
    return bind(heap, self(heap, a), obj, isNull(cls) || isNone(cls) ? pyTypeOf(heap, instance) : cls);
  });
}
defineMethod(100 + NativeKind.PROPERTY, 'property', '__set__', 'instance, value, /', (heap, a) => {
  propertySet(heap, self(heap, a), arg(heap, a, 0), arg(heap, a, 1));
  return NONE;
});
defineMethod(100 + NativeKind.PROPERTY, 'property', '__delete__', 'instance, /', (heap, a) => {
  propertySet(heap, self(heap, a), arg(heap, a, 0), NULL);
  return NONE;
});

defineConstructor(TypeId.STATICMETHOD, 'staticmethod', 'function, /', wrapper(NativeKind.STATICMETHOD));
defineConstructor(TypeId.CLASSMETHOD, 'classmethod', 'function, /', wrapper(NativeKind.CLASSMETHOD));

function newProperty(heap: Heap, fget: Value, fset: Value, fdel: Value, doc: Value): Value {
  const p = newNative(heap, NativeKind.PROPERTY);
  nset(heap, p, 0, isNull(fget) ? NONE : fget);
  nset(heap, p, 1, isNull(fset) ? NONE : fset);
  nset(heap, p, 2, isNull(fdel) ? NONE : fdel);
  // Without doc=, a property takes its getter's docstring (CPython's property_init).
  const fdoc = isNull(doc) || isNone(doc) ? (!isNull(fget) && tid(heap, fget) === TypeId.FUNCTION && nativeKind(heap, fget) === 0 ? functionField(heap, fget, FN.DOC) : NONE) : doc;
  nset(heap, p, 3, fdoc);
  return p;
}
defineConstructor(TypeId.PROPERTY, 'property', 'fget=, fset=, fdel=, doc=', (heap, a) => newProperty(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2), arg(heap, a, 3)));
const PROPERTY_KEY = 100 + NativeKind.PROPERTY;
(['getter', 'setter', 'deleter'] as const).forEach((which, slot) => {
  defineMethod(PROPERTY_KEY, 'property', which, 'function, /', (heap, a) => {
    const p = self(heap, a), f = arg(heap, a, 0);
    const q = newProperty(heap, slot === 0 ? f : nget(heap, p, 0), slot === 1 ? f : nget(heap, p, 1), slot === 2 ? f : nget(heap, p, 2), nget(heap, p, 3));
    nset(heap, q, 4, nget(heap, p, 4)); // the name, as property_copy keeps prop_name
    return q;
  });
});

defineBuiltin('super', 'type=, object_or_type=, /, *rest', (heap, a) => {
  const start = arg(heap, a, 0), obj = arg(heap, a, 1);
  const n = tupleLength(heap, arg(heap, a, 2));
  if (n > 0) raise('TypeError', `super() expected at most 2 arguments, got ${n + 2}`);
  if (isNull(start)) raise('RuntimeError', 'super(): no arguments');
  if (!isClass(heap, start)) raise('TypeError', `super() argument 1 must be a type, not ${typeNameOf(heap, start)}`);
  if (isNull(obj)) raise('NotImplementedError', 'unbound super objects are not supported by pyx yet');
  // super(C, x): x a subclass of C (the class form), else an instance of C (a class too, when C is a metaclass).
  const classForm = isClass(heap, obj) && mroContains(heap, obj, loOf(start) >>> 0);
  const owner = classForm ? obj : pyTypeOf(heap, obj);
  if (!isTypeObject(heap, owner) || !mroContains(heap, owner, loOf(start) >>> 0)) {
    // supercheck()'s message, naming the object's class (or the class given) and the type.
    const what = isTypeObject(heap, obj) ? `type ${typeDisplay(heap, obj)}` : `instance of ${typeNameOf(heap, obj)}`;
    raise('TypeError', `super(type, obj): obj (${what}) is not an instance or subtype of type (${typeDisplay(heap, start)}).`);
  }
  const s = newNative(heap, NativeKind.SUPER);
  nset(heap, s, 0, start);
  nset(heap, s, 1, obj);
  return s;
});

// --- object's methods (found through the MRO's last entry) ---

defineMethod(TypeId.OBJECT, 'object', '__init__', '*args, **kwargs', (heap, a) => objectInit(heap, self(heap, a), arg(heap, a, 0), arg(heap, a, 1)));

/** object.__init__(obj, *args, **kwargs): object_init's checks of excess arguments. */
function objectInit(heap: Heap, obj: Value, args: Value, kwargs: Value): Value {
  const extra = tupleLength(heap, args) > 0 || dictNext(heap, kwargs, 0) >= 0;
  // A bare object(): its type's __init__ and __new__ are object's own.
  if (extra && !isInstance(heap, obj) && nativeKind(heap, obj) === NativeKind.INSTANCE) raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
  if (extra && isInstance(heap, obj)) {
    const cls = classOf(heap, obj);
    const init = lookupType(heap, cls, '__init__');
    // object_init: excess arguments are an error when the class overrides __init__ (this is
    // then its super().__init__(...)), or when it overrides neither __init__ nor __new__.
    if (nativeKind(heap, init) !== NativeKind.BUILTIN) raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (nativeKind(heap, lookupType(heap, cls, '__new__')) === NativeKind.BUILTIN) raise('TypeError', `${className(heap, cls)}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return NONE;
}
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
// object.__repr__ through super() (`return "X" + super().__repr__()` in a class whose base is object).
defineMethod(TypeId.OBJECT, 'object', '__repr__', '', (heap, a) => strFromJs(heap, defaultRepr(heap, self(heap, a))));
// object.__str__ is repr() (type(self).__repr__); object.__format__ is str() for an empty spec.
defineMethod(TypeId.OBJECT, 'object', '__str__', '', (heap, a) => strFromJs(heap, reprValue(heap, self(heap, a))));
defineMethod(TypeId.OBJECT, 'object', '__format__', 'format_spec, /', (heap, a) => {
  const spec = arg(heap, a, 0);
  if (tid(heap, spec) !== TypeId.STR) raise('TypeError', `__format__() argument must be str, not ${typeNameOf(heap, spec)}`);
  if (strToJs(heap, spec) !== '') raise('TypeError', `unsupported format string passed to ${typeNameOf(heap, self(heap, a))}.__format__`);
  return strFromJs(heap, strValue(heap, self(heap, a)));
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
  dictSetRaw(heap, builtins, internStr(heap, 'Ellipsis'), newNative(heap, NativeKind.ELLIPSIS));
}

// --- isinstance / issubclass / type(x) extended to classes ---

/** A user-defined (Python) method of the metaclass of `cls`, or NULL (__instancecheck__, __subclasscheck__). */
function metaHook(heap: Heap, cls: Value, name: string): Value {
  if (!isClass(heap, cls) || isNull(nget(heap, cls, 7))) return NULL;
  const f = lookupType(heap, nget(heap, cls, 7), name);
  return nativeKind(heap, f) === NativeKind.BUILTIN ? NULL : f;
}

const builtinIsinstance = builtinEntry(BUILTIN_FUNCTIONS, 'isinstance' as never);
/** isinstance(obj, c) for one class c: type(obj) is c, the metaclass's __instancecheck__, then the MRO. */
function isInstanceOne(heap: Heap, obj: Value, c: Value): boolean {
  if (tid(heap, c) === TypeId.TUPLE) {
    // A nested tuple is searched too (isinstance(1, (str, (list, int)))), as object_recursive_isinstance.
    for (let i = 0; i < tupleLength(heap, c); i++) if (isInstanceOne(heap, obj, tupleItem(heap, c, i))) return true;
    return false;
  }
  const typing = typingInstanceCheck(heap, c, (x) => isInstanceOne(heap, obj, x), 'isinstance'); // int | str
  if (typing !== undefined) return typing;
  const ext = extHooks.isInstance(heap, obj, c); // the class objects of runtime/modules (deque, StringIO)
  if (ext !== null) return ext;
  if (!isTypeObject(heap, c)) {
    // Any object whose class defines __instancecheck__ (typing.List & co.), as PyObject_IsInstance.
    const check = nativeKind(heap, c) === NativeKind.INSTANCE ? lookupType(heap, classOf(heap, c), '__instancecheck__') : NULL;
    if (!isNull(check) && nativeKind(heap, check) !== NativeKind.BUILTIN) return classHooks.truthy(heap, callPy(heap, check, 2, c, obj));
    raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  {
    // Native objects (builtin functions, iterators, generators …) share the function layout
    // but not its type: their type (pyTypeId) derives from object alone.
    const k0 = nativeKind(heap, obj);
    if (k0 !== 0 && k0 !== NativeKind.INSTANCE && k0 !== NativeKind.CLASS && k0 !== NativeKind.EXC && k0 !== NativeKind.EXC_TYPE
      && k0 !== NativeKind.EXT && tid(heap, obj) === TypeId.FUNCTION && isNull(metaHook(heap, c, '__instancecheck__'))) {
      const own = heap.i32[H.TYPE_TABLE + pyTypeId(heap, obj)];
      return loOf(c) === own || loOf(c) === heap.i32[H.TYPE_TABLE + TypeId.OBJECT];
    }
    // The objects of runtime/modules' extension types (StringIO, deque, count …) share the
    // function layout too, but are not functions (doctest's finder asks isroutine of each).
    if (k0 === NativeKind.EXT && tid(heap, obj) === TypeId.FUNCTION && loOf(c) === heap.i32[H.TYPE_TABLE + TypeId.FUNCTION]) return false;
  }
  if (loOf(pyTypeOf(heap, obj)) === loOf(c)) return true;
  if (nativeKind(heap, obj) === NativeKind.INSTANCE && derivesFromSubstitute(heap, classOf(heap, obj), c)) return true;
  const hook = metaHook(heap, c, '__instancecheck__');
  if (!isNull(hook)) return classHooks.truthy(heap, callPy(heap, hook, 2, c, obj));
  const k = nativeKind(heap, obj);
  if (isClass(heap, c) || k === NativeKind.INSTANCE || k === NativeKind.CLASS || k === NativeKind.EXC) return isInstanceOf(heap, obj, c);
  const top = pushHandle(heap, NULL);
  try {
    pushHandle(heap, obj);
    pushHandle(heap, c);
    return isTrue(builtinIsinstance.fn(heap, top));
  } finally {
    popHandles(heap, top);
  }
}
defineBuiltin('isinstance', 'obj, class_or_tuple, /', (heap, a) => {
  const obj = arg(heap, a, 0), spec = arg(heap, a, 1);
  if (tid(heap, spec) === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, spec); i++) if (isInstanceOne(heap, obj, tupleItem(heap, spec, i))) return TRUE;
    return FALSE;
  }
  return fromBool(isInstanceOne(heap, obj, spec));
});

/** issubclass(sub, c) for one class c: the metaclass's __subclasscheck__, then sub's MRO. */
function isSubclassOne(heap: Heap, sub: Value, c: Value): boolean {
  if (tid(heap, c) === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, c); i++) if (isSubclassOne(heap, sub, tupleItem(heap, c, i))) return true;
    return false;
  }
  const typing = typingInstanceCheck(heap, c, (x) => isSubclassOne(heap, sub, x), 'issubclass');
  if (typing !== undefined) return typing;
  const ext = extHooks.isSubclass(heap, sub, c); // the class objects of runtime/modules (deque, StringIO)
  if (ext !== null) return ext;
  if (!isTypeObject(heap, c)) {
    const check = nativeKind(heap, c) === NativeKind.INSTANCE ? lookupType(heap, classOf(heap, c), '__subclasscheck__') : NULL;
    if (!isNull(check) && nativeKind(heap, check) !== NativeKind.BUILTIN) return classHooks.truthy(heap, callPy(heap, check, 2, c, sub));
    raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  const hook = metaHook(heap, c, '__subclasscheck__');
  if (!isNull(hook)) return classHooks.truthy(heap, callPy(heap, hook, 2, c, sub));
  if (!isTypeObject(heap, sub)) raise('TypeError', 'issubclass() arg 1 must be a class');
  return subclassOf(heap, sub, c) || derivesFromSubstitute(heap, sub, c);
}
defineBuiltin('issubclass', 'cls, class_or_tuple, /', (heap, a) => {
  const sub = arg(heap, a, 0), spec = arg(heap, a, 1);
  if (tid(heap, spec) === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, spec); i++) if (isSubclassOne(heap, sub, tupleItem(heap, spec, i))) return TRUE;
    return FALSE;
  }
  return fromBool(isSubclassOne(heap, sub, spec));
});

const builtinType = builtinEntry(CONSTRUCTORS, TypeId.TYPE as never);
defineConstructor(TypeId.TYPE, 'type', 'object_or_name=, bases=, dict=, /, **kwds', (heap, a) => {
  const x = arg(heap, a, 0), bases = arg(heap, a, 1), ns = arg(heap, a, 2);
  if (isNull(x)) raise('TypeError', 'type() takes 1 or 3 arguments');
  if (isNull(bases)) {
    if (dictLength(heap, arg(heap, a, 3)) > 0) raise('TypeError', 'type() takes 1 or 3 arguments');
    const k = nativeKind(heap, x);
    if (k === NativeKind.INSTANCE || k === NativeKind.CLASS || (k === NativeKind.EXC && isClass(heap, nget(heap, x, 0)))) return pyTypeOf(heap, x);
    // These have no type object of their own yet (it would say 'function').
    if (k === NativeKind.SUPER) {
      raise('NotImplementedError', `type() of a '${typeNameOf(heap, x)}' object is not supported by pyx yet`);
    }
    return builtinType.fn(heap, a);
  }
  if (isNull(ns)) raise('TypeError', 'type() takes 1 or 3 arguments');
  if (tid(heap, bases) === TypeId.TUPLE) {
    // type(name, bases, ns) with a metaclass'd base: the derived metaclass makes the class.
    const winner = calculateMetaclass(heap, typeType(heap), bases);
    if (!isBuiltinType(heap, winner)) {
      const t = newTuple(heap, 3);
      tupleInit(heap, t, 0, x);
      tupleInit(heap, t, 1, bases);
      tupleInit(heap, t, 2, ns);
      return callKw(heap, winner, t, arg(heap, a, 3));
    }
  }
  return typeNew(heap, typeType(heap), x, bases, ns, arg(heap, a, 3));
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
    const found = isUserObject(heap, obj) ? getAttrOrNull(heap, obj, strToJs(heap, name)) : undefined;
    if (found !== undefined) return isNull(found) ? dflt : found;
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
    const found = isUserObject(heap, obj) ? getAttrOrNull(heap, obj, strToJs(heap, name)) : undefined;
    if (found !== undefined) return fromBool(!isNull(found));
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
  ['__init__', defineFunction('object', '__init__', 'self, /, *args, **kwargs', (heap, a) => objectInit(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2)))],
  ['__eq__', defineFunction('object', '__eq__', 'self, value, /', (heap, a) => sameValue(arg(heap, a, 0), arg(heap, a, 1)) ? TRUE : notImplemented(heap))],
  // object.__str__ is repr() through type(self).__repr__; object.__repr__ the default form.
  ['__str__', defineFunction('object', '__str__', 'self, /', (heap, a) => strFromJs(heap, reprValue(heap, arg(heap, a, 0))))],
  ['__repr__', defineFunction('object', '__repr__', 'self, /', (heap, a) => strFromJs(heap, defaultRepr(heap, arg(heap, a, 0))))],
]);

/** The instance an unbound object method was given (pyx's object methods only apply to instances). */
function instanceArg(heap: Heap, v: Value, name: string): Value {
  if (!isInstance(heap, v)) raise('TypeError', `descriptor '${name}' for 'object' objects doesn't apply to a '${typeNameOf(heap, v)}' object in pyx`);
  return v;
}

classHooks.typeAttr = (heap, t, name) => {
  const id = heap.i32[((loOf(t) >>> 0) >>> 2) + 1];
  const e = id === TypeId.OBJECT ? OBJECT_FUNCTIONS.get(name) : undefined;
  if (e !== undefined) return sharedNative(heap, e);
  // The dunders a subclass inherits, unbound: list.__init__(self, it), int.__new__(cls, x);
  // bool's are int's.
  const slot = slotOf(id, name) ?? (id === TypeId.BOOL ? slotOf(TypeId.INT, name) : undefined);
  if (slot !== undefined && CLASS_SLOT_INDICES.has(slot.method.index)) return nativeValue(heap, slot.method, t); // dict.fromkeys: bound to the type
  if (slot !== undefined) return sharedNative(heap, slot.function);
  // The mutable types are unhashable: their __hash__ is None.
  if (name === '__hash__' && (id === TypeId.LIST || id === TypeId.DICT || id === TypeId.SET)) return NONE;
  // Otherwise what the type inherits from object (int.__str__ is object.__str__), unless the
  // type itself has the name (type-attrs.ts answers then).
  if (id === TypeId.OBJECT || builtinTypeAttr(heap, t, name) !== undefined) return NULL;
  const inherited = OBJECT_FUNCTIONS.get(name) ?? slotOf(TypeId.OBJECT, name)?.function ?? typeDictHooks.extra.get(TypeId.OBJECT)?.find(([n]) => n === name)?.[1];
  return inherited === undefined ? NULL : sharedNative(heap, inherited);
};
import { typeAttr as builtinTypeAttr } from './builtins/type-attrs.js';
import { typeDictHooks } from './builtins/class-hooks.js';
import { slotOf, CLASS_SLOT_INDICES } from './classes-slots.js';
import { typingInstanceCheck } from './builtins/generic-alias.js';
import { host as typesHost } from './classes-types.js';

typesHost.callType = (heap, t) => callKw(heap, t, newTuple(heap, 0), NULL);
typesHost.typeOf = (heap, v) => pyTypeOf(heap, v);
typesHost.typeNew = (heap, mcs, name, bases, ns, kwds) => typeNew(heap, mcs, name, bases, ns, kwds);
typesHost.listOf = (heap, t) => {
  const l = newList(heap);
  const h = pushHandle(heap, l);
  try {
    for (let i = 0; i < tupleLength(heap, t); i++) listAppend(heap, handleGet(heap, h), tupleItem(heap, t, i));
    return handleGet(heap, h);
  } finally {
    popHandles(heap, h);
  }
};
import { newList, listAppend, listGet, listLength } from './sequence.js';
import { defineFunction } from './builtins/registry.js';
import { nativeValue } from './builtins/objects.js';
import { classHooks } from './builtins/class-hooks.js';
import { extHooks } from './builtins/ext-types.js';

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
// Any argument is object_new's own error, worded without a count (not the generic arity message).
defineConstructor(TypeId.OBJECT, 'object', '*args, **kwargs', (heap, a) => {
  if (tupleLength(heap, arg(heap, a, 0)) > 0 || dictLength(heap, arg(heap, a, 1)) > 0) raise('TypeError', 'object() takes no arguments');
  const o = newNative(heap, NativeKind.INSTANCE);
  nset(heap, o, 0, fromPtr(heap.i32[H.TYPE_TABLE + TypeId.OBJECT]));
  return o;
});

// NoneType(), ellipsis(), NotImplementedType(): their singleton; any argument is
// CPython's "NoneType takes no arguments" (none_new and its siblings).
for (const [id, tpName, singleton] of [[TypeId.NONE, 'NoneType', null], [TypeId.ELLIPSIS, 'ellipsis', 'Ellipsis'],
  [TypeId.NOT_IMPLEMENTED_TYPE, 'NotImplementedType', 'NotImplemented']] as const) {
  defineConstructor(id, tpName, '*args, **kwargs', (heap, a) => {
    if (tupleLength(heap, arg(heap, a, 0)) > 0 || dictLength(heap, arg(heap, a, 1)) > 0) raise('TypeError', `${tpName} takes no arguments`);
    return singleton === null ? NONE : dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, singleton));
  });
}

// --- user exception classes: BaseException.__init__ through super(), matching along the MRO ---

defineMethod(100 + NativeKind.EXC, 'BaseException', '__init__', '*args, **kwargs', (heap, a) => {
  nset(heap, self(heap, a), 1, arg(heap, a, 0));
  initKeywords(heap, self(heap, a), arg(heap, a, 1));
  return NONE;
});

/** The keywords of BaseException.__init__ (a dict): NameError's name=, ... (runtime/exceptions.ts). */
function initKeywords(heap: Heap, exc: Value, kw: Value): void {
  const names: string[] = [], at: number[] = [];
  for (let p = dictNext(heap, kw, 0); p >= 0; p = dictNext(heap, kw, p + 1)) { names.push(strToJs(heap, dictEntryKey(heap, kw, p))); at.push(p); }
  excInitKeywords(heap, exc, names, (i) => dictEntryValue(heap, kw, at[i]));
}

// The same reached through a builtin exception class, unbound: `Exception.__init__(self, msg)`
// in a subclass's __init__, `Exception.__str__(self)` in its __str__. Plain functions taking
// self first (an unbound method entry would insist on self being exactly a BaseException).
function excSelf(heap: Heap, v: Value, name: string): Value {
  if (nativeKind(heap, v) !== NativeKind.EXC) raise('TypeError', `descriptor '${name}' requires a 'BaseException' object but received a '${typeNameOf(heap, v)}'`);
  return v;
}
EXC_CLASS_FUNCTIONS.set('__init__', defineFunction('BaseException', '__init__', 'self, /, *args, **kwargs', (heap, a) => {
  nset(heap, excSelf(heap, arg(heap, a, 0), '__init__'), 1, arg(heap, a, 1));
  initKeywords(heap, arg(heap, a, 0), arg(heap, a, 2));
  return NONE;
}));
EXC_CLASS_FUNCTIONS.set('__str__', defineFunction('BaseException', '__str__', 'self, /', (heap, a) => strFromJs(heap, excMessageBase(heap, excSelf(heap, arg(heap, a, 0), '__str__')))));
EXC_CLASS_FUNCTIONS.set('__repr__', defineFunction('BaseException', '__repr__', 'self, /', (heap, a) => strFromJs(heap, excReprBase(heap, excSelf(heap, arg(heap, a, 0), '__repr__')))));
for (const name of ['with_traceback', 'add_note']) {
  EXC_CLASS_FUNCTIONS.set(name, defineFunction('BaseException', name, 'self, /, *args', (heap, a) => {
    const m = METHODS.get(100 + NativeKind.EXC)?.get(name);
    if (m === undefined) raise('AttributeError', `type object 'BaseException' has no attribute '${name}'`);
    return callKw(heap, nativeValue(heap, m, excSelf(heap, arg(heap, a, 0), name)), arg(heap, a, 1), NULL);
  }));
}
import { EXC_CLASS_FUNCTIONS } from './builtins/objects.js';
import { excInitKeywords } from './exceptions.js';
import { excMessageBase, excReprBase } from './builtins/repr.js';
import { METHODS } from './builtins/registry.js';

classHooks.isExceptionClass = isExceptionClass;
classHooks.excMatches = (heap, exc, spec) => {
  // The exception's class MRO: a user class's own, or a builtin exception's chain by name.
  const cls = nget(heap, exc, 0);
  if (nativeKind(heap, spec) !== NativeKind.EXC_TYPE && !isClass(heap, spec)) return false;
  return mroOf(heap, cls).includes(loOf(spec) >>> 0);
};
import { isExceptionClass } from './classes.js';
