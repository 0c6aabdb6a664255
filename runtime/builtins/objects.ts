// Attribute access, format(), modules, the builtins namespace and exception values: the
// glue between the interpreter's ops and the builtin types.

import { generatorAttr } from '../generators.js';
import type { Heap } from '../heap.js';
import { H } from '../heap.js';
import { TypeId } from '../layout.js';
import { NONE, NULL, type Value, fromInt32, fromPtr, isNull, loOf, hiOf, HI_NULL } from '../value.js';
import { internStr, strFromJs, strToJs } from '../str.js';
import { newTuple, tupleInit, newList, listAppend, tupleLength } from '../sequence.js';
import { newDict, dictGet, dictSet, dictDelete } from '../dict.js';
import { newModule, moduleDict, functionField, cellGet } from '../objects.js';
import { intToBigInt } from '../int.js';
import { PyError } from '../errors.js';
import { formatComplex, formatFloat, formatInt, formatStr } from '../semantics/format-spec.js';
import { complexImag, complexReal } from '../complex.js';
import { numberAttr } from './complex.js';
import { typeAttr } from './type-attrs.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './native.js';
import { METHODS, MODULES, NATIVES, type NativeEntry } from './registry.js';
import { BUILTIN_DOCS } from './docs-db.js';
import { classHooks, isUserObject } from './class-hooks.js';
import { EXCEPTION_BASES, PyRaise, excAncestors, raise } from './exceptions.js';
import { excAttribute, excSetAttribute } from '../exceptions.js';
import { functionAttr, setFunctionAttr } from './function-attrs.js';
import { objectDunder } from './object-dunders.js';
import { tid, typeNameOf, tupleItem, pyTypeId } from './protocol.js';
import { excMessage, strValue } from './repr.js';
import { extTypeOf, extHooks } from './ext-types.js';
import { rangeSliceAttr } from './range-slice.js';
import { withAttributeSuggestion } from './introspect.js';
import { slotOf } from '../classes-slots.js';

export function builtinsDict(heap: Heap): Value {
  return fromPtr(heap.i32[H.ROOT_BUILTINS]);
}

function modulesDict(heap: Heap): Value {
  return fromPtr(heap.i32[H.ROOT_MODULES]);
}

/** Keeps a compile-time constant alive for the whole run (the builtins dict is a GC root). */
export function keepConstant(heap: Heap, v: Value): Value {
  const key = internStr(heap, '\0constants');
  let list = dictGet(heap, builtinsDict(heap), key);
  if (isNull(list)) { list = newList(heap); dictSet(heap, builtinsDict(heap), key, list); }
  listAppend(heap, list, v);
  return v;
}

/** A builtin function object for a native entry, bound to `self` unless it is NULL. */
export function nativeValue(heap: Heap, e: NativeEntry, self: Value = NULL): Value {
  const f = newNative(heap, NativeKind.BUILTIN);
  nset(heap, f, 0, fromInt32(e.index));
  nset(heap, f, 1, self);
  return f;
}

/** dict[name] = v for a str name (module dicts, builtins). */
export function setAttr(heap: Heap, dict: Value, name: string, v: Value): void {
  dictSet(heap, dict, internStr(heap, name), v);
}

/** Method lookup key of a value's type: TypeId, or 100 + NativeKind. */
export function typeKey(heap: Heap, v: Value): number {
  const t = tid(heap, v);
  if (t === TypeId.FUNCTION) {
    const k = nativeKind(heap, v);
    if (k === NativeKind.EXT) return 1000 + extTypeOf(heap, v)!.index; // ext-types.ts extKey
    return k === 0 ? t : 100 + k;
  }
  return t === TypeId.BOOL ? TypeId.INT : t;
}

/** The method `name` of v's type, or undefined. */
export function findMethod(heap: Heap, v: Value, name: string): NativeEntry | undefined {
  const key = typeKey(heap, v);
  const m = METHODS.get(key)?.get(name);
  if (m !== undefined) return m;
  if (key === TypeId.FROZENSET && !SET_MUTATORS.has(name)) return METHODS.get(TypeId.SET)?.get(name);
  return undefined;
}
/** set's methods that change the set: frozenset borrows every other method of set's, not these. */
export const SET_MUTATORS: ReadonlySet<string> = new Set(['add', 'discard', 'remove', 'pop', 'clear', 'update', 'intersection_update', 'difference_update', 'symmetric_difference_update']);

/**
 * A module attribute its namespace lacks: PEP 562's module __getattr__, else CPython's
 * AttributeError (which names circular imports and shadowed modules). The interpreter
 * installs both (backends/interp/module-hooks.ts); this default only raises the plain message.
 */
export const moduleHooks = {
  missing: (heap: Heap, module: Value, name: string): Value =>
    raise('AttributeError', `module '${strToJs(heap, functionField(heap, module, 8))}' has no attribute '${name}'`),
};

/**
 * BaseException's methods as plain functions taking self first, what a builtin exception class
 * answers for them (Exception.__init__, Exception.__str__): filled by classes-builtins.ts.
 */
export const EXC_CLASS_FUNCTIONS = new Map<string, NativeEntry>();

/** sys.stdout/sys.stderr's data attributes (buffer, encoding…): set by stream-buffer.ts. */
export const streamHooks = { attr: (_heap: Heap, _v: Value, _name: string): Value => NULL };

export function loadAttr(heap: Heap, obj: Value, name: string): Value {
  try {
    return loadAttrInner(heap, obj, name);
  } catch (e) {
    return withAttributeSuggestion(heap, e, obj, name);
  }
}

function loadAttrInner(heap: Heap, obj: Value, name: string): Value {
  if (isUserObject(heap, obj)) return classHooks.getAttr(heap, obj, name);
  if (classHooks.isUserException(heap, obj)) { const u = classHooks.excGetAttr(heap, obj, name); if (!isNull(u)) return u; }
  const t = tid(heap, obj);
  if (t === TypeId.MODULE) {
    const v = dictGet(heap, moduleDict(heap, obj), internStr(heap, name));
    if (!isNull(v)) return v;
    if (name === '__dict__') return moduleDict(heap, obj);
    return moduleHooks.missing(heap, obj, name);
  }
  const m = findMethod(heap, obj, name);
  if (m !== undefined) return nativeValue(heap, m, obj);
  if (nativeKind(heap, obj) === NativeKind.STREAM) { const x = streamHooks.attr(heap, obj, name); if (!isNull(x)) return x; }
  // A builtin value's dunders (`[].__setitem__`, `(1).__add__`) are the slot wrappers its
  // subclasses inherit (classes-slots.ts); they accept the plain value as self.
  // (Not for a type object: `list.__init__` is list's own, unbound; classHooks.typeAttr below.)
  if (name.startsWith('__') && t !== TypeId.TYPE) { const slot = slotOf(pyTypeId(heap, obj) === TypeId.BOOL ? TypeId.INT : pyTypeId(heap, obj), name); if (slot !== undefined) return nativeValue(heap, slot.method, obj); }
  { const ext = extTypeOf(heap, obj); if (ext?.getAttr) { const x = ext.getAttr(heap, obj, name); if (!isNull(x)) return x; } }
  const data = numberAttr(heap, obj, name) ?? rangeSliceAttr(heap, obj, name) ?? generatorAttr(heap, obj, name);
  if (data !== undefined) return data;
  if (t === TypeId.CELL && name === 'cell_contents') {
    const v = cellGet(heap, obj);
    return isNull(v) ? raise('ValueError', 'Cell is empty') : v;
  }
  if (nativeKind(heap, obj) === NativeKind.BUILTIN) {
    const u = builtinFunctionAttr(heap, obj, name);
    if (u !== undefined) return u;
  }
  if (t === TypeId.FUNCTION && nativeKind(heap, obj) === 0) {
    const a = functionAttr(heap, obj, name);
    if (!isNull(a)) return a;
  }
  if (name === '__name__' && t === TypeId.TYPE) return functionField(heap, obj, 8);
  if (t === TypeId.TYPE) {
    const u = classHooks.typeAttr(heap, obj, name);
    if (!isNull(u)) return u;
    // What `type` itself gives its instances (list.mro(), int.__call__): bound to the type object.
    const typeSlot = slotOf(TypeId.TYPE, name);
    if (typeSlot !== undefined) return nativeValue(heap, typeSlot.method, obj);
  }
  if (nativeKind(heap, obj) === NativeKind.EXC) {
    if (name === 'args') return nget(heap, obj, 1);
    if (name === '__doc__') return loadAttr(heap, nget(heap, obj, 0), '__doc__');
    if (name === 'value' && typeNameOf(heap, obj) === 'StopIteration') { const args = nget(heap, obj, 1); return tupleLength(heap, args) > 0 ? tupleItem(heap, args, 0) : NONE; }
    const v = excAttribute(heap, obj, name);
    if (v !== undefined) return v;
  }
  if (nativeKind(heap, obj) === NativeKind.EXC_TYPE && (name === '__name__' || name === '__qualname__')) return nget(heap, obj, 0);
  if (nativeKind(heap, obj) === NativeKind.EXC_TYPE && name === '__module__') return internStr(heap, 'builtins');
  if (nativeKind(heap, obj) === NativeKind.EXC_TYPE && name === '__doc__') { const doc = BUILTIN_DOCS[strToJs(heap, nget(heap, obj, 0))]; return doc === undefined ? NONE : strFromJs(heap, doc); }
  if (nativeKind(heap, obj) === NativeKind.EXC_TYPE) { const h = excTypeHierarchy(heap, obj, name); if (h !== undefined) return h; }
  // BaseException's methods reached through a builtin exception class, unbound:
  // Exception.__init__(self, msg) in a subclass's __init__, Exception.__str__(self).
  if (nativeKind(heap, obj) === NativeKind.EXC_TYPE) { const f = EXC_CLASS_FUNCTIONS.get(name); if (f !== undefined) return nativeValue(heap, f); }
  if (t === TypeId.TYPE) {
    const ta = typeAttr(heap, obj, name);
    if (ta !== undefined) return ta;
  }
  if (name === '__class__') return classOfBuiltin(heap, obj);
  if (t !== TypeId.TYPE && nativeKind(heap, obj) !== NativeKind.EXC_TYPE) {
    const d = objectDunder(heap, obj, name, (e, self) => nativeValue(heap, e, self));
    if (d !== undefined) return d;
  }
  if (t === TypeId.TYPE || nativeKind(heap, obj) === NativeKind.EXC_TYPE) {
    raise('AttributeError', `type object '${typeNameForType(heap, obj)}' has no attribute '${name}'`);
  }
  // The class and static methods of a builtin type are attributes of its instances too
  // ("".maketrans(...), {}.fromkeys(...), (0).from_bytes(...)): the type's own.
  if (CLASS_LEVEL.has(name)) {
    const cls = classOfBuiltin(heap, obj);
    const u = tid(heap, cls) === TypeId.TYPE ? classHooks.typeAttr(heap, cls, name) : NULL;
    if (!isNull(u)) return u;
    const ta = tid(heap, cls) === TypeId.TYPE ? typeAttr(heap, cls, name) : undefined;
    if (ta !== undefined) return ta;
  }
  return raise('AttributeError', `'${typeNameOf(heap, obj)}' object has no attribute '${name}'`);
}

/** The class-level functions of builtin types, which their instances reach too. */
const CLASS_LEVEL = new Set(['fromkeys', 'maketrans', 'fromhex', 'from_bytes']);

/**
 * __mro__, __bases__ and __base__ of a builtin exception class, from the EXCEPTION_BASES
 * hierarchy (ExceptionGroup's second base, Exception, as excAncestors has it); undefined for
 * other names. Classes are looked up by name as each goes into the tuple (a JS array of
 * NaN-boxed Values may canonicalise their NaN payloads).
 */
function excTypeHierarchy(heap: Heap, cls: Value, name: string): Value | undefined {
  if (name !== '__mro__' && name !== '__bases__' && name !== '__base__') return undefined;
  const own = strToJs(heap, nget(heap, cls, 0));
  const base = EXCEPTION_BASES.get(own);
  const classOf = (n: string): Value => (n === 'object' ? fromPtr(heap.i32[H.TYPE_TABLE + TypeId.OBJECT]) : n === own ? cls : exceptionClass(heap, n));
  if (name === '__base__') return classOf(base ?? 'object');
  const names = name === '__mro__' ? [...excAncestors(own), 'object'] : own === 'ExceptionGroup' ? ['BaseExceptionGroup', 'Exception'] : [base ?? 'object'];
  const out = newTuple(heap, names.length);
  names.forEach((n, i) => tupleInit(heap, out, i, classOf(n)));
  return out;
}

/** `obj.__class__` for a value that is not a user object: type(obj). */
export function classOfBuiltin(heap: Heap, obj: Value): Value {
  switch (nativeKind(heap, obj)) {
    case NativeKind.EXC: return nget(heap, obj, 0);
    case NativeKind.EXC_TYPE: return fromPtr(heap.i32[H.TYPE_TABLE + TypeId.TYPE]);
  }
  const extClass = extHooks.typeOf(heap, obj);
  if (extClass !== null) return extClass;
  return fromPtr(heap.i32[H.TYPE_TABLE + pyTypeId(heap, obj)]);
}

/** __name__, __qualname__, __self__, __module__ of a builtin function or method. */
function builtinFunctionAttr(heap: Heap, f: Value, name: string): Value | undefined {
  const e = NATIVES[loOf(nget(heap, f, 0))];
  const bound = nget(heap, f, 1);
  switch (name) {
    case '__name__': return strFromJs(heap, e.name);
    case '__qualname__': return strFromJs(heap, e.qualname);
    case '__self__': return isNull(bound) ? NONE : bound;
    case '__module__': {
      if (e.kind === 'method') return NONE;
      const dot = e.qualname.lastIndexOf('.');
      return strFromJs(heap, dot < 0 ? 'builtins' : e.qualname.slice(0, dot));
    }
    case '__text_signature__': return NONE;
    // CPython's docstring (docs-db.ts, generated from CPython); None for pyx's own natives.
    case '__doc__': { const doc = BUILTIN_DOCS[e.qualname]; return doc === undefined ? NONE : strFromJs(heap, doc); }
    default: return undefined;
  }
}

function typeNameForType(heap: Heap, t: Value): string {
  return nativeKind(heap, t) === NativeKind.EXC_TYPE ? strToJs(heap, nget(heap, t, 0)) : strToJs(heap, functionField(heap, t, 8));
}

/** `obj.name = v` (v NULL: del). Builtin types have no writable attributes. */
export function storeAttr(heap: Heap, obj: Value, name: string, v: Value): void {
  if (isUserObject(heap, obj)) return classHooks.setAttr(heap, obj, name, v);
  if (classHooks.isUserException(heap, obj)) return classHooks.excSetAttr(heap, obj, name, v);
  if (tid(heap, obj) === TypeId.MODULE) {
    const d = moduleDict(heap, obj);
    if (isNull(v)) {
      if (!dictDelete(heap, d, internStr(heap, name))) raise('AttributeError', `'module' object has no attribute '${name}'`);
      return;
    }
    dictSet(heap, d, internStr(heap, name), v);
    return;
  }
  if (nativeKind(heap, obj) === NativeKind.EXC && excSetAttribute(heap, obj, name, v)) return;
  { const ext = extTypeOf(heap, obj); if (ext?.setAttr && ext.setAttr(heap, obj, name, v)) return; }
  if (tid(heap, obj) === TypeId.FUNCTION && nativeKind(heap, obj) === 0) return setFunctionAttr(heap, obj, name, v);
  if (findMethod(heap, obj, name) !== undefined) {
    raise('AttributeError', `'${typeNameOf(heap, obj)}' object attribute '${name}' is read-only`);
  }
  if (tid(heap, obj) === TypeId.TYPE || nativeKind(heap, obj) === NativeKind.EXC_TYPE) {
    raise('TypeError', `cannot set '${name}' attribute of immutable type '${typeNameForType(heap, obj)}'`);
  }
  // A data attribute is a read-only member (slice.start, complex.real) or a getset without a
  // setter (int.real, gi_running); CPython words the two differently.
  if (rangeSliceAttr(heap, obj, name) !== undefined || (tid(heap, obj) === TypeId.COMPLEX && numberAttr(heap, obj, name) !== undefined)) {
    raise('AttributeError', 'readonly attribute');
  }
  if ((numberAttr(heap, obj, name) ?? generatorAttr(heap, obj, name)) !== undefined) {
    raise('AttributeError', `attribute '${name}' of '${typeNameOf(heap, obj)}' objects is not writable`);
  }
  // CPython's generic setattr says this for deletion too.
  raise('AttributeError', `'${typeNameOf(heap, obj)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
}

/** format(v, spec) for the builtin types. */
export function formatValue(heap: Heap, v: Value, spec: string): Value {
  const t = tid(heap, v);
  if (t === TypeId.STR && spec === '') return v;
  switch (t) {
    case TypeId.STR: return strFromJs(heap, formatStr(strToJs(heap, v), spec));
    case TypeId.INT: return strFromJs(heap, formatInt(intToBigInt(heap, v), spec));
    case TypeId.BOOL: return strFromJs(heap, spec === '' ? strValue(heap, v) : formatInt(intToBigInt(heap, v), spec, 'bool'));
    case TypeId.FLOAT: return strFromJs(heap, formatFloat(v, spec));
    case TypeId.COMPLEX: return strFromJs(heap, formatComplex(complexReal(heap, v), complexImag(heap, v), spec));
    default:
      if (nativeKind(heap, v) === NativeKind.INSTANCE) { const u = classHooks.format(heap, v, spec); if (!isNull(u)) return u; }
      if (spec !== '') throw new PyError('TypeError', `unsupported format string passed to ${typeNameOf(heap, v)}.__format__`);
      return strFromJs(heap, strValue(heap, v));
  }
}

/** import of a builtin module (math, sys): created once per runtime, kept in sys.modules. */
export function importModule(heap: Heap, name: string): Value {
  const key = internStr(heap, name);
  const known = dictGet(heap, modulesDict(heap), key);
  if (!isNull(known)) return known;
  const init = MODULES.get(name);
  if (init === undefined) raise('ModuleNotFoundError', `No module named '${name}'`);
  const dict = newDict(heap);
  const m = newModule(heap, key, dict);
  dictSet(heap, modulesDict(heap), key, m);
  setAttr(heap, dict, '__name__', key);
  init(heap, dict);
  return m;
}

/** The exception class object `name` (from the builtins namespace). */
export function exceptionClass(heap: Heap, name: string): Value {
  return dictGet(heap, builtinsDict(heap), internStr(heap, name));
}

export function assertionErrorClass(heap: Heap): Value {
  const key = internStr(heap, '\0AssertionError');
  return dictGet(heap, builtinsDict(heap), key);
}

/** Creates the exception classes in the builtins dict (and a hidden AssertionError). */
export function installExceptions(heap: Heap): void {
  for (const name of EXCEPTION_BASES.keys()) {
    const cls = newNative(heap, NativeKind.EXC_TYPE);
    nset(heap, cls, 0, internStr(heap, name));
    setAttr(heap, builtinsDict(heap), name, cls);
    if (name === 'AssertionError') setAttr(heap, builtinsDict(heap), '\0AssertionError', cls);
  }
}

/**
 * BaseExceptionGroup(...) / ExceptionGroup(...) check their arguments and pick their class:
 * runtime/exception-groups.ts (which imports this file) sets `create` when loaded.
 */
export const exceptionGroupHooks: { create: ((heap: Heap, cls: Value, args: Value) => Value) | null } = { create: null };

/** An exception instance of class `cls` with `args` (a tuple). */
export function newException(heap: Heap, cls: Value, args: Value): Value {
  const group = exceptionGroupHooks.create;
  if (group !== null && nativeKind(heap, cls) === NativeKind.EXC_TYPE && /ExceptionGroup$/.test(strToJs(heap, nget(heap, cls, 0)))) return group(heap, cls, args);
  const e = newNative(heap, NativeKind.EXC);
  nset(heap, e, 0, cls);
  nset(heap, e, 1, args);
  return e;
}

/** The JS exception to throw for `raise v` (a class is instantiated with no arguments). */
export function exceptionFromValue(heap: Heap, v: Value): PyRaise {
  let exc = v;
  if (nativeKind(heap, v) === NativeKind.EXC_TYPE) exc = newException(heap, v, newTuple(heap, 0));
  if (nativeKind(heap, exc) !== NativeKind.EXC) return new PyRaise('TypeError', 'exceptions must derive from BaseException');
  const name = typeNameOf(heap, exc);
  if (name === 'SystemExit') {
    const args = nget(heap, exc, 1);
    const n = tupleLength(heap, args);
    const code = n === 0 ? NONE : n === 1 ? tupleItem(heap, args, 0) : args;
    return systemExit(heap, code);
  }
  return new PyRaise(name, excMessage(heap, exc));
}

/** SystemExit(code): None → 0, an int → itself, anything else printed to stderr with status 1. */
export function systemExit(heap: Heap, code: Value): PyRaise {
  if (hiOf(code) === (0xfffc0000 | 0) && code !== code) return new PyRaise('SystemExit', '', 0);
  const t = tid(heap, code);
  if (t === TypeId.INT || t === TypeId.BOOL) {
    const n = intToBigInt(heap, code);
    return new PyRaise('SystemExit', String(n), Number(BigInt.asIntN(32, n)) & 0xff);
  }
  return new PyRaise('SystemExit', strValue(heap, code), 1, strValue(heap, code));
}

export { HI_NULL, loOf, newTuple, tupleInit };
