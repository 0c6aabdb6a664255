// __new__ of object and of the builtin types a class may derive from, the methods of `type`
// that a metaclass inherits (__new__, __init__, __call__, __prepare__), object's
// __init_subclass__, and mappingproxy (what C.__dict__ returns). They are entries of the
// slot table (classes-slots.ts), found along a class's MRO like any other attribute.

import type { Heap } from './heap.js';
import { TypeId } from './layout.js';
import { NULL, NONE, type Value, isNull, fromPtr, loOf } from './value.js';
import { H } from './heap.js';
import { strToJs, strFromJs } from './str.js';
import { newTuple, tupleInit, tupleLength } from './sequence.js';
import { newDict, dictLength, dictGet, dictNext, dictEntryKey } from './dict.js';
import { pushHandle, popHandles, handleGet } from './gc.js';
import { functionField } from './objects.js';
import { NativeKind, nativeKind, nget } from './builtins/native.js';
import { raise } from './builtins/exceptions.js';
import { defineFunction, arg, self, type NativeEntry } from './builtins/registry.js';
import { tid, tupleItem, typeNameOf } from './builtins/protocol.js';
import { SLOTS, defineSlot } from './classes-slots.js';
import {
  builtinTypeId, callKw, className, isClass, lookupType, metaclassOf, mroOf, newInstance, objectNew, classExtras,
} from './classes.js';
import { reprValue } from './builtins/repr.js';
import { builtinValue } from './builtins/class-hooks.js';

/** Puts `entry` into the slot table as both the bound and the unbound form (it takes its first argument explicitly). */
function defineStatic(typeId: number, name: string, entry: NativeEntry): void {
  let table = SLOTS.get(typeId);
  if (table === undefined) SLOTS.set(typeId, (table = new Map()));
  table.set(name, { method: entry, function: entry });
}

function typeName(heap: Heap, t: Value): string {
  if (isClass(heap, t)) return className(heap, t);
  if (nativeKind(heap, t) === NativeKind.EXC_TYPE) return strToJs(heap, nget(heap, t, 0));
  if (tid(heap, t) === TypeId.TYPE) return strToJs(heap, functionField(heap, t, 8));
  return typeNameOf(heap, t);
}

function typeObject(heap: Heap, id: number): Value {
  return fromPtr(heap.i32[H.TYPE_TABLE + id]);
}

/** cls.__new__'s check that cls is a class deriving from builtin type `id` (tp_new_wrapper's messages). */
function checkSubtype(heap: Heap, owner: string, id: number, cls: Value): void {
  if (isNull(cls)) raise('TypeError', `${owner}.__new__(): not enough arguments`);
  if (!isClass(heap, cls) && tid(heap, cls) !== TypeId.TYPE) {
    raise('TypeError', `${owner}.__new__(X): X is not a type object (${typeNameOf(heap, cls)})`);
  }
  if (!mroOf(heap, cls).includes(loOf(typeObject(heap, id)) >>> 0)) {
    raise('TypeError', `${owner}.__new__(${typeName(heap, cls)}): ${typeName(heap, cls)} is not a subtype of ${owner}`);
  }
}

// object.__new__(cls, *args, **kwargs)
defineStatic(TypeId.OBJECT, '__new__', defineFunction('object', '__new__', 'cls=, /, *args, **kwargs', (heap, a) => {
  const cls = arg(heap, a, 0);
  checkSubtype(heap, 'object', TypeId.OBJECT, cls);
  if (!isClass(heap, cls)) return host.callType(heap, cls);
  return objectNew(heap, cls, tupleLength(heap, arg(heap, a, 1)) > 0 || dictLength(heap, arg(heap, a, 2)) > 0);
}));

// object.__hash__: a slot (listed in object.__dict__, which collections.abc's Hashable check
// reads, and reachable as `object.__hash__`, which `__hash__ = object.__hash__` in a class body
// that defines __eq__ restores). For an instance it is the identity hash itself: hashing the
// instance would find this very function in its class and come back here.
defineSlot([TypeId.OBJECT], '__hash__', '', (heap, a) => {
  const v = self(heap, a);
  if (isUserObject(heap, v)) return intFromBigInt(heap, BigInt(identityHashOf(v)));
  hashValue(heap, v);
  return intFromBigInt(heap, BigInt.asIntN(64, (BigInt(hashOut[1]) << 32n) | BigInt(hashOut[0] >>> 0)));
});

// object.__init_subclass__(): the default, a class method which takes no keywords.
{
  const e = defineFunction('object', '__init_subclass__', '**kwargs', (heap, a) => {
    const cls = self(heap, a);
    if (dictLength(heap, arg(heap, a, 0)) > 0) raise('TypeError', `${isNull(cls) ? 'object' : typeName(heap, cls)}.__init_subclass__() takes no keyword arguments`);
    return NONE;
  });
  defineStatic(TypeId.OBJECT, '__init_subclass__', e);
  CLASS_SLOT_INDICES.add(e.index);
}

// dict.fromkeys(iterable, value=None): a class method, so D.fromkeys makes a D (through D()
// and its __setitem__, as dict_fromkeys does for a subclass).
{
  const e = defineFunction('dict', 'fromkeys', 'iterable, value=, /', (heap, a) => {
    const cls = self(heap, a);
    const obj = callKw(heap, isNull(cls) ? typeObject(heap, TypeId.DICT) : cls, newTuple(heap, 0), NULL);
    const h = pushHandle(heap, obj);
    try {
      const it = getIter(heap, arg(heap, a, 0));
      pushHandle(heap, it);
      for (let k = iterNext(heap, handleGet(heap, h + 1)); !isNull(k); k = iterNext(heap, handleGet(heap, h + 1))) {
        setItem(heap, handleGet(heap, h), k, isNull(arg(heap, a, 1)) ? NONE : arg(heap, a, 1));
      }
      return handleGet(heap, h);
    } finally {
      popHandles(heap, h);
    }
  });
  defineStatic(TypeId.DICT, 'fromkeys', e);
  CLASS_SLOT_INDICES.add(e.index);
}

// BaseException.__new__(cls, *args): what a user exception's own __new__ reaches through
// super() (found on the builtin exception classes of its MRO, classes.ts findAttr).
if (!METHODS.has(100 + NativeKind.EXC)) METHODS.set(100 + NativeKind.EXC, new Map());
METHODS.get(100 + NativeKind.EXC)!.set('__new__', defineFunction('BaseException', '__new__', 'cls=, /, *args, **kwargs', (heap, a) => {
  const cls = arg(heap, a, 0);
  if (isNull(cls) || (!isClass(heap, cls) && nativeKind(heap, cls) !== NativeKind.EXC_TYPE)) {
    raise('TypeError', `BaseException.__new__(X): X is not a type object (${isNull(cls) ? 'NoneType' : typeNameOf(heap, cls)})`);
  }
  return newException(heap, cls, arg(heap, a, 1));
}));

// type.__setattr__ / __delattr__: what a metaclass's own __setattr__ reaches through super().
defineSlot([TypeId.TYPE], '__setattr__', 'name, value, /', (heap, a) => {
  setClassAttr(heap, self(heap, a), attrName(heap, arg(heap, a, 0)), arg(heap, a, 1));
  return NONE;
});
defineSlot([TypeId.TYPE], '__delattr__', 'name, /', (heap, a) => {
  setClassAttr(heap, self(heap, a), attrName(heap, arg(heap, a, 0)), NULL);
  return NONE;
});

function attrName(heap: Heap, v: Value): string {
  if (tid(heap, v) !== TypeId.STR) raise('TypeError', `attribute name must be string, not '${typeNameOf(heap, v)}'`);
  return strToJs(heap, v);
}

// int.__new__(cls, ...), str.__new__, tuple.__new__ …: the builtin value made by the type's
// constructor from the arguments (the mutable types start empty; their __init__ fills them).
const MUTABLE = new Set<number>([TypeId.LIST, TypeId.DICT, TypeId.SET]);
const NAMES: Record<number, string> = {
  [TypeId.INT]: 'int', [TypeId.FLOAT]: 'float', [TypeId.STR]: 'str', [TypeId.BYTES]: 'bytes', [TypeId.TUPLE]: 'tuple',
  [TypeId.LIST]: 'list', [TypeId.DICT]: 'dict', [TypeId.SET]: 'set', [TypeId.FROZENSET]: 'frozenset',
};
for (const key of Object.keys(NAMES)) {
  const id = Number(key);
  const owner = NAMES[id];
  defineStatic(id, '__new__', defineFunction(owner, '__new__', 'cls=, /, *args, **kwargs', (heap, a) => {
    const cls = arg(heap, a, 0);
    checkSubtype(heap, owner, id, cls);
    const t = typeObject(heap, id);
    const value = MUTABLE.has(id) ? callKw(heap, t, newTuple(heap, 0), NULL) : callKw(heap, t, arg(heap, a, 1), arg(heap, a, 2));
    if (!isClass(heap, cls)) return value;
    return newInstance(heap, cls, value);
  }));
}

// --- type's methods, inherited by metaclasses ---

// type.__new__(mcs, name, bases, ns, **kwds) — and type.__new__(type, x): type(x).
defineStatic(TypeId.TYPE, '__new__', defineFunction('type', '__new__', 'mcs=, /, *args, **kwargs', (heap, a) => {
  const mcs = arg(heap, a, 0), args = arg(heap, a, 1);
  checkSubtype(heap, 'type', TypeId.TYPE, mcs);
  const n = tupleLength(heap, args);
  if (n === 1 && dictLength(heap, arg(heap, a, 2)) === 0) return host.typeOf(heap, tupleItem(heap, args, 0));
  if (n !== 3) raise('TypeError', 'type.__new__() takes exactly 3 arguments (' + n + ' given)');
  return host.typeNew(heap, mcs, tupleItem(heap, args, 0), tupleItem(heap, args, 1), tupleItem(heap, args, 2), arg(heap, a, 2));
}));

// type.__init__(cls, *args, **kwds): nothing to do once __new__ made the class.
defineSlot([TypeId.TYPE], '__init__', '*args, **kwargs', (heap, a) => {
  const n = tupleLength(heap, arg(heap, a, 0));
  if (n !== 1 && n !== 3) raise('TypeError', 'type.__init__() takes 1 or 3 arguments');
  return NONE;
});

// type.__call__(cls, *args, **kwds): __new__ then __init__, without the metaclass's __call__ again.
defineSlot([TypeId.TYPE], '__call__', '*args, **kwargs', (heap, a) => {
  const cls = self(heap, a);
  if (!isClass(heap, cls)) return callKw(heap, cls, arg(heap, a, 0), arg(heap, a, 1));
  return callKw(heap, cls, arg(heap, a, 0), arg(heap, a, 1), true);
});

// type.__prepare__(name, bases, **kwds): a new dict.
defineStatic(TypeId.TYPE, '__prepare__', defineFunction('type', '__prepare__', '*args, **kwargs', (heap) => newDict(heap)));

// cls.mro(): the MRO as a list. cls.__subclasses__(): the classes made since with cls as a
// direct base (runtime/classes.ts's registry; for a builtin type only the user classes).
defineSlot([TypeId.TYPE], 'mro', '', (heap, a) => host.listOf(heap, nget(heap, self(heap, a), 3)));
defineSlot([TypeId.TYPE], '__subclasses__', '', (heap, a) => subclassesOf(heap, self(heap, a)));

/** What classes-builtins.ts provides (it imports this file). */
export const host = {
  /** t() for a builtin type object (object.__new__(object)). */
  callType: (_heap: Heap, _t: Value): Value => NULL,
  typeOf: (_heap: Heap, _v: Value): Value => NULL,
  typeNew: (_heap: Heap, _mcs: Value, _name: Value, _bases: Value, _ns: Value, _kwds: Value): Value => NULL,
  listOf: (_heap: Heap, _t: Value): Value => NULL,
};

// --- mappingproxy: C.__dict__, a read-only view of the class namespace ---

/**
 * A mappingproxy is an instance of a class pyx makes once per heap (kept in field F0 of the
 * NotImplemented singleton, a GC root no Python code can reach) whose builtin value (F2) is
 * the namespace dict. Its namespace holds the dict's reading slots and methods, which work
 * on that value; it has no __setitem__, so writing raises CPython's TypeError. It is not a
 * dict subclass (isinstance(C.__dict__, dict) is False, as in CPython).
 */
function proxyClass(heap: Heap): Value {
  const holder = dictGet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), internStr(heap, 'NotImplemented'));
  const existing = nget(heap, holder, 0);
  if (!isNull(existing)) return existing;
  const ns = newDict(heap);
  const top = pushHandle(heap, ns);
  try {
    pushHandle(heap, holder);
    const put = (name: string, e: NativeEntry) => dictSet(heap, handleGet(heap, top), internStr(heap, name), nativeValue(heap, e));
    for (const name of ['__getitem__', '__len__', '__iter__', '__contains__', '__eq__', '__ne__']) put(name, SLOTS.get(TypeId.DICT)!.get(name)!.method);
    for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
      const m = METHODS.get(TypeId.DICT)?.get(name);
      if (m !== undefined) put(name, m);
    }
    put('__repr__', PROXY_REPR);
    dictSet(heap, handleGet(heap, top), internStr(heap, '__hash__'), NONE);
    dictSet(heap, handleGet(heap, top), internStr(heap, '__module__'), internStr(heap, 'builtins'));
    const name = internStr(heap, 'mappingproxy');
    const cls = newClass(heap, name, newTuple(heap, 0), handleGet(heap, top), name);
    nset(heap, handleGet(heap, top + 1), 0, cls);
    return cls;
  } finally {
    popHandles(heap, top);
  }
}

const PROXY_REPR = defineSlotEntry('__repr__', (heap, a) => strFromJs(heap, `mappingproxy(${reprValue(heap, builtinValue(heap, self(heap, a)))})`));

/** A native that takes the instance as bound self (registered as a slot so bind passes the instance). */
function defineSlotEntry(name: string, fn: (heap: Heap, a: number) => Value): NativeEntry {
  const e = defineFunction('mappingproxy', name, '', fn);
  SLOT_INDICES.add(e.index);
  return e;
}

classExtras.mappingProxy = (heap, ns) => {
  const h = pushHandle(heap, ns);
  try {
    const cls = proxyClass(heap);
    return newInstance(heap, cls, handleGet(heap, h));
  } finally {
    popHandles(heap, h);
  }
};
typeAttrHooks.mappingProxy = classExtras.mappingProxy; // builtin types' __dict__ (builtins/type-attrs.ts)

import { METHODS } from './builtins/registry.js';
import { typeAttrHooks } from './builtins/type-attrs.js';
import { nativeValue } from './builtins/objects.js';
import { internStr } from './str.js';
import { dictSet } from './dict.js';
import { nset } from './builtins/native.js';
import { newClass, subclassesOf } from './classes.js';
import { SLOT_INDICES, CLASS_SLOT_INDICES } from './classes-slots.js';
import { setClassAttr } from './classes.js';
import { typeDictHooks } from './builtins/class-hooks.js';
import { hashValue, identityHashOf } from './keys.js';
import { isUserObject } from './builtins/class-hooks.js';
import { hashOut } from './hash.js';
import { intFromBigInt } from './int.js';
import { newException } from './builtins/objects.js';
import { getIter, iterNext, setItem } from './builtins/containers.js';
void metaclassOf; void lookupType; void builtinTypeId; void dictNext; void dictEntryKey; void tupleInit;
