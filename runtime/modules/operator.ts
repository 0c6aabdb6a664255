// The `operator` module: the arithmetic and bitwise operators as functions (through the same
// `binary`/`unary` as the interpreter's operators, so user classes' dunders apply), eq/ne,
// truth/not_, getitem/contains, and itemgetter/attrgetter. The getters are builtin functions
// bound to their key tuple (a bound native whose `self` carries the state): they call like
// CPython's, but their repr is a builtin method's. The comparisons are the interpreter's
// compare ops (a user object's rich comparison result is returned as is). methodcaller is a class object (operator-extra.ts) with CPython's repr; the
// in-place i* functions go through the interpreter's in-place binary operators.

import type { Heap } from '../heap.js';
import { dictGet } from '../dict.js';
import { internStr } from '../str.js';
import { type Value, NONE, fromBool, sameValue, fromInt32, loOf, isNull } from '../value.js';
import { newTuple, tupleInit, tupleLength } from '../sequence.js';
import { typeError } from '../errors.js';
import { defineFunction, defineModule, arg, self, BUILTIN_FUNCTIONS, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr, loadAttr } from '../builtins/objects.js';
import { tupleItem, truthy, eq, tid, compare, typeNameOf, lengthOf } from '../builtins/protocol.js';
import { getItem, contains, setItem, delItem, getIter, iterNext, extendFromIterable, replaceContents, iterHooks } from '../builtins/containers.js';
import { PyRaise, excSubclass, raise } from '../builtins/exceptions.js';
import { PyError } from '../errors.js';
import { extHooks } from '../builtins/ext-types.js';
import { extClassValue } from './ext-class.js';
import { methodcallerClass } from './operator-extra.js';
import { binary, unary, type BinaryName } from '../builtins/arith.js';
import { strToJs } from '../str.js';
import { classHooks, indexValue, isUserObject } from '../builtins/class-hooks.js';
import { TypeId } from '../layout.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { isNotImplemented } from '../classes-dunder.js';

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('operator', name, sig, fn)]);
}

const BINARY: [string, BinaryName][] = [
  ['add', 'add'], ['sub', 'sub'], ['mul', 'mul'], ['matmul', 'matmul'], ['truediv', 'truediv'],
  ['floordiv', 'floordiv'], ['mod', 'mod'], ['pow', 'pow'], ['lshift', 'lshift'], ['rshift', 'rshift'],
  ['and_', 'and'], ['or_', 'or'], ['xor', 'xor'],
];
for (const [name, op] of BINARY) def(name, 'a, b, /', (heap, a) => binary(heap, op, arg(heap, a, 0), arg(heap, a, 1)));
def('neg', 'a, /', (heap, a) => unary(heap, '-', arg(heap, a, 0)));
def('pos', 'a, /', (heap, a) => unary(heap, '+', arg(heap, a, 0)));
def('invert', 'a, /', (heap, a) => unary(heap, '~', arg(heap, a, 0)));
def('inv', 'a, /', (heap, a) => unary(heap, '~', arg(heap, a, 0)));
/** A user object on either side: its rich comparison, whose result may be any value (as the interpreter's compare ops). */
const userCompare = (heap: Heap, x: Value, y: Value, symbol: string): Value | null =>
  (isUserObject(heap, x) || isUserObject(heap, y) ? classHooks.richCompare(heap, x, y, symbol) : null);
def('eq', 'a, b, /', (heap, a) => userCompare(heap, arg(heap, a, 0), arg(heap, a, 1), '==') ?? fromBool(eq(heap, arg(heap, a, 0), arg(heap, a, 1))));
def('ne', 'a, b, /', (heap, a) => userCompare(heap, arg(heap, a, 0), arg(heap, a, 1), '!=') ?? fromBool(!eq(heap, arg(heap, a, 0), arg(heap, a, 1))));
const ORDER: [string, string, (k: number) => boolean][] = [
  ['lt', '<', (k) => k < 0], ['le', '<=', (k) => k <= 0], ['gt', '>', (k) => k > 0], ['ge', '>=', (k) => k >= 0],
];
for (const [name, symbol, holds] of ORDER) {
  def(name, 'a, b, /', (heap, a) => {
    const user = userCompare(heap, arg(heap, a, 0), arg(heap, a, 1), symbol);
    if (user !== null) return user;
    const k = compare(heap, arg(heap, a, 0), arg(heap, a, 1), symbol);
    return fromBool(k !== undefined && holds(k));
  });
}
def('not_', 'a, /', (heap, a) => fromBool(!truthy(heap, arg(heap, a, 0))));
def('truth', 'a, /', (heap, a) => fromBool(truthy(heap, arg(heap, a, 0))));
def('is_', 'a, b, /', (heap, a) => fromBool(sameValue(arg(heap, a, 0), arg(heap, a, 1))));
def('is_not', 'a, b, /', (heap, a) => fromBool(!sameValue(arg(heap, a, 0), arg(heap, a, 1))));
def('getitem', 'a, b, /', (heap, a) => getItem(heap, arg(heap, a, 0), arg(heap, a, 1)));
def('contains', 'a, b, /', (heap, a) => fromBool(contains(heap, arg(heap, a, 0), arg(heap, a, 1))));

/** obj[k] for one key, or the tuple of obj[k] for several (as CPython's itemgetter). */
function gather(heap: Heap, obj: Value, keys: Value, get: (obj: Value, key: Value) => Value): Value {
  const n = tupleLength(heap, keys);
  if (n === 1) return get(obj, tupleItem(heap, keys, 0));
  const ho = pushHandle(heap, obj);
  pushHandle(heap, keys);
  const ht = pushHandle(heap, newTuple(heap, n));
  try {
    for (let i = 0; i < n; i++) {
      const v = get(handleGet(heap, ho), tupleItem(heap, handleGet(heap, ho + 1), i));
      tupleInit(heap, handleGet(heap, ht), i, v);
    }
    return handleGet(heap, ht);
  } finally { popHandles(heap, ho); }
}

// The getters' calls name themselves alone in argument errors ("itemgetter() takes no keyword arguments").
const itemgetterCall = defineFunction('operator', 'itemgetter', 'obj, /', (heap, a) =>
  gather(heap, arg(heap, a, 0), self(heap, a), (o, k) => getItem(heap, o, k)), 'itemgetter');

/** attrgetter's dotted names: 'a.b' reads .a then .b. */
function dotted(heap: Heap, obj: Value, name: Value): Value {
  let v = obj;
  for (const part of strToJs(heap, name).split('.')) v = loadAttr(heap, v, part);
  return v;
}
const attrgetterCall = defineFunction('operator', 'attrgetter', 'obj, /', (heap, a) =>
  gather(heap, arg(heap, a, 0), self(heap, a), (o, k) => dotted(heap, o, k)), 'attrgetter');

def('itemgetter', 'item, /, *items', (heap, a) => {
  const rest = arg(heap, a, 1);
  const keys = newTuple(heap, 1 + tupleLength(heap, rest));
  tupleInit(heap, keys, 0, arg(heap, a, 0));
  for (let i = 0; i < tupleLength(heap, arg(heap, a, 1)); i++) tupleInit(heap, keys, i + 1, tupleItem(heap, arg(heap, a, 1), i));
  return nativeValue(heap, itemgetterCall, keys);
});
def('attrgetter', 'attr, /, *attrs', (heap, a) => {
  const rest = arg(heap, a, 1);
  const keys = newTuple(heap, 1 + tupleLength(heap, rest));
  for (let i = 0; i <= tupleLength(heap, arg(heap, a, 1)); i++) {
    const name = i === 0 ? arg(heap, a, 0) : tupleItem(heap, arg(heap, a, 1), i - 1);
    if (tid(heap, name) !== TypeId.STR) throw typeError('attribute name must be a string');
    tupleInit(heap, keys, i, name);
  }
  return nativeValue(heap, attrgetterCall, keys);
});

/** a op= b as the interpreter's in-place ops do it (lists extend and repeat in place). */
function inplace(heap: Heap, op: BinaryName, x: Value, y: Value): Value {
  if (op === 'add' && tid(heap, x) === TypeId.LIST) { extendFromIterable(heap, x, y); return x; }
  if (op === 'mul' && tid(heap, x) === TypeId.LIST) {
    const r = binary(heap, 'mul', x, y, true);
    const h = pushHandle(heap, r);
    try { replaceContents(heap, x, r); } finally { popHandles(heap, h); }
    return x;
  }
  return binary(heap, op, x, y, true);
}
for (const [name, op] of BINARY) def(`i${name.replace(/_$/, '')}`, 'a, b, /', (heap, a) => inplace(heap, op, arg(heap, a, 0), arg(heap, a, 1)));
def('concat', 'a, b, /', (heap, a) => {
  // Only sequences concatenate (PySequence_Concat): concat(1, 2) is no addition.
  const x = arg(heap, a, 0), t = tid(heap, x);
  if (t !== TypeId.STR && t !== TypeId.BYTES && t !== TypeId.LIST && t !== TypeId.TUPLE && t !== TypeId.BYTEARRAY && t !== TypeId.FUNCTION) {
    throw typeError(`'${typeNameOf(heap, x)}' object can't be concatenated`);
  }
  return binary(heap, 'add', x, arg(heap, a, 1));
});
def('iconcat', 'a, b, /', (heap, a) => inplace(heap, 'add', arg(heap, a, 0), arg(heap, a, 1)));
// The builtin abs's own implementation (same one-argument handle layout).
def('abs', 'a, /', (heap, a) => BUILTIN_FUNCTIONS.get('abs')!.fn(heap, a));
def('index', 'a, /', (heap, a) => {
  const v = indexValue(heap, arg(heap, a, 0));
  const t = tid(heap, v);
  if (t === TypeId.INT) return v;
  if (t === TypeId.BOOL) return fromInt32(loOf(v));
  throw typeError(`'${typeNameOf(heap, arg(heap, a, 0))}' object cannot be interpreted as an integer`);
});
def('setitem', 'a, b, c, /', (heap, a) => { setItem(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2)); return NONE; });
def('delitem', 'a, b, /', (heap, a) => { delItem(heap, arg(heap, a, 0), arg(heap, a, 1)); return NONE; });
def('countOf', 'a, b, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0), () => `argument of type '${typeNameOf(heap, arg(heap, a, 0))}' is not iterable`);
  const h = pushHandle(heap, it);
  try {
    let n = 0;
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it)) if (sameValue(x, arg(heap, a, 1)) || eq(heap, x, arg(heap, a, 1))) n++;
    return fromInt32(n);
  } finally { popHandles(heap, h); }
});
def('indexOf', 'a, b, /', (heap, a) => {
  const it = getIter(heap, arg(heap, a, 0));
  const h = pushHandle(heap, it);
  try {
    let i = 0;
    for (let x = iterNext(heap, it); !isNull(x); x = iterNext(heap, it), i++) if (sameValue(x, arg(heap, a, 1)) || eq(heap, x, arg(heap, a, 1))) return fromInt32(i);
    return raise('ValueError', 'sequence.index(x): x not in sequence');
  } finally { popHandles(heap, h); }
});
def('length_hint', 'obj, default=, /', (heap, a) => {
  const d = arg(heap, a, 1);
  if (!isNull(d) && tid(heap, d) !== TypeId.INT && tid(heap, d) !== TypeId.BOOL) throw typeError(`'${typeNameOf(heap, d)}' object cannot be interpreted as an integer`);
  const n = lengthOf(heap, arg(heap, a, 0));
  if (n >= 0) return fromInt32(n);
  const fallback = isNull(arg(heap, a, 1)) ? fromInt32(0) : arg(heap, a, 1);
  // PyObject_LengthHint: without __len__, the type's __length_hint__ (NotImplemented: the default).
  const obj = arg(heap, a, 0);
  let hint: Value;
  if (isUserObject(heap, obj)) hint = classHooks.callDunder(heap, obj, '__length_hint__');
  else {
    // A builtin type's own (the iterators': builtins/iterator-dunders.ts), if it has one.
    let method: Value;
    try {
      method = loadAttr(heap, obj, '__length_hint__');
    } catch (error) {
      if ((error instanceof PyRaise || error instanceof PyError) && excSubclass(error.pyType, 'AttributeError')) return fallback;
      throw error;
    }
    hint = iterHooks.callN(heap, method, newTuple(heap, 0));
  }
  if (isNull(hint) || isNotImplemented(heap, hint)) return fallback;
  if (tid(heap, hint) !== TypeId.INT && tid(heap, hint) !== TypeId.BOOL) throw typeError(`__length_hint__ must be an integer, not ${typeNameOf(heap, hint)}`);
  if ((compare(heap, hint, fromInt32(0), '<') ?? 0) < 0) return raise('ValueError', '__length_hint__() should return >= 0');
  return hint;
});
def('call', 'obj, /, *args, **kwargs', (heap, a) => extHooks.callKw(heap, arg(heap, a, 0), arg(heap, a, 1), arg(heap, a, 2)));

/** The dunder aliases operator.py defines (`__lt__ = lt`, `__and__ = and_`): the same functions under a second name. */
const DUNDER_ALIASES = new Set(['abs', 'add', 'and_', 'call', 'concat', 'contains', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
  'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow', 'irshift',
  'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
  'setitem', 'sub', 'truediv', 'xor']);

defineModule('operator', (heap, dict) => {
  for (const [name, entry] of entries) {
    setAttr(heap, dict, name, nativeValue(heap, entry));
    // The alias is the very same object (operator.__lt__ is operator.lt).
    if (DUNDER_ALIASES.has(name)) setAttr(heap, dict, `__${name.replace(/_$/, '')}__`, dictGet(heap, dict, internStr(heap, name)));
  }
  setAttr(heap, dict, 'methodcaller', extClassValue(heap, methodcallerClass));
});
