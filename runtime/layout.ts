// Object header and type ids shared by every object kind.
//
// Every heap object starts with an 8-byte header:
//   word 0: type id (bits 0–11) | MARK (bit 16) | SHARED (bit 17) | owner thread (bits 24–29)
//   word 1: kind-specific (a length, a capacity, a size, or a free-list link when FREE)
// Objects are 8-byte aligned; Values inside them sit at 8-aligned offsets so one Float64Array
// element reads one Value.
//
// SHARED is for the future no-GIL mode: an object owned by one thread is accessed with plain
// loads and stores; once published to another thread it is SHARED and guarded (ARCHITECTURE 7).

/** Type ids. Invariant: FREE is 0 so zeroed memory reads as free cells; ids < 256. */
export const enum TypeId {
  FREE = 0,
  // Kinds a Value can be without a heap object (their type objects still exist):
  INT = 1, // small ints are immediates; heap objects of this id are big ints
  FLOAT = 2,
  BOOL = 3,
  NONE = 4,
  // Heap-only kinds:
  STR = 5,
  BYTES = 6,
  TUPLE = 7,
  LIST = 8,
  DICT = 9,
  SET = 10,
  FROZENSET = 11,
  RANGE = 12,
  SLICE = 13,
  CELL = 14,
  FUNCTION = 15,
  MODULE = 16,
  FRAME = 17,
  TYPE = 18,
  OBJECT = 19, // the base type `object`; no instances yet
  // Internal storage, never visible to Python code:
  ITEMS = 20, // growable Value array behind a list
  DICT_KEYS = 21, // indices + entries of a dict
  SET_TABLE = 22, // entries of a set
  HANDLES = 23, // a thread's handle stack
  FRAME_STACK = 24, // a thread's stack of frames (frames inside carry ARENA_BIT)
  COMPLEX = 25, // two raw doubles (runtime/complex.ts); no references
  // Type objects only: their instances are native objects (runtime/builtins/native.ts), whose
  // header says FUNCTION, so no header ever holds these ids; `pyTypeId` (builtins/protocol.ts)
  // maps a native object to one of them for type(), isinstance() and the type's methods.
  BUILTIN_FUNCTION = 26, // builtin_function_or_method (NativeKind.BUILTIN)
  BYTEARRAY = 27, // an extension object (NativeKind.EXT, builtins/bytes-like.ts)
  KEYS_VIEW = 28, // dict_keys: NativeKind.DICT_VIEW, mode 0
  VALUES_VIEW = 29, // dict_values: mode 1
  ITEMS_VIEW = 30, // dict_items: mode 2
  // The iterator types (natives named by typeNameOf; pyTypeId maps them by that name).
  LIST_ITERATOR = 31, TUPLE_ITERATOR = 32, STR_ITERATOR = 33, STR_ASCII_ITERATOR = 34, BYTES_ITERATOR = 35,
  RANGE_ITERATOR = 36, DICT_KEYITERATOR = 37, DICT_VALUEITERATOR = 38, DICT_ITEMITERATOR = 39, SET_ITERATOR = 40,
  ENUMERATE = 41, ZIP = 42, MAP = 43, FILTER = 44, REVERSED = 45, LIST_REVERSEITERATOR = 46,
  ELLIPSIS = 47, // the type of `...` (NativeKind.ELLIPSIS; pyTypeId finds it by name)
  // Generators and coroutines (NativeKind.GENERATOR/COROUTINE/ASYNC_GENERATOR) and bound methods.
  GENERATOR = 48, COROUTINE = 49, ASYNC_GENERATOR = 50, METHOD = 51, CALLABLE_ITERATOR = 52,
  // The descriptor types (NativeKind.STATICMETHOD/CLASSMETHOD/PROPERTY): builtins name these type objects.
  STATICMETHOD = 53, CLASSMETHOD = 54, PROPERTY = 55,
  MEMORYVIEW = 56, // an extension object (builtins/memoryview.ts)
  NOT_IMPLEMENTED_TYPE = 57, // the type of NotImplemented (NativeKind.NOT_IMPLEMENTED; pyTypeId finds it by name)
  COUNT = 58,
}

export const TYPE_MASK = 0xfff;
export const MARK_BIT = 1 << 16;
export const SHARED_BIT = 1 << 17;
/** On a FRAME: it lives in its thread's FRAME_STACK, not in a cell of its own (objects.ts). */
export const ARENA_BIT = 1 << 18;
export const OWNER_SHIFT = 24;

/** Python-visible names of the built-in types, by type id (internal kinds have no name). */
export const TYPE_NAMES: Record<number, string> = {
  [TypeId.INT]: 'int', [TypeId.FLOAT]: 'float', [TypeId.BOOL]: 'bool', [TypeId.NONE]: 'NoneType',
  [TypeId.STR]: 'str', [TypeId.BYTES]: 'bytes', [TypeId.TUPLE]: 'tuple', [TypeId.LIST]: 'list',
  [TypeId.DICT]: 'dict', [TypeId.SET]: 'set', [TypeId.FROZENSET]: 'frozenset',
  [TypeId.RANGE]: 'range', [TypeId.SLICE]: 'slice', [TypeId.CELL]: 'cell',
  [TypeId.FUNCTION]: 'function', [TypeId.MODULE]: 'module', [TypeId.FRAME]: 'frame',
  [TypeId.TYPE]: 'type', [TypeId.OBJECT]: 'object', [TypeId.COMPLEX]: 'complex',
  [TypeId.BUILTIN_FUNCTION]: 'builtin_function_or_method', [TypeId.BYTEARRAY]: 'bytearray',
  [TypeId.KEYS_VIEW]: 'dict_keys', [TypeId.VALUES_VIEW]: 'dict_values', [TypeId.ITEMS_VIEW]: 'dict_items',
  [TypeId.LIST_ITERATOR]: 'list_iterator', [TypeId.TUPLE_ITERATOR]: 'tuple_iterator', [TypeId.STR_ITERATOR]: 'str_iterator',
  [TypeId.STR_ASCII_ITERATOR]: 'str_ascii_iterator', [TypeId.BYTES_ITERATOR]: 'bytes_iterator', [TypeId.RANGE_ITERATOR]: 'range_iterator',
  [TypeId.DICT_KEYITERATOR]: 'dict_keyiterator', [TypeId.DICT_VALUEITERATOR]: 'dict_valueiterator',
  [TypeId.DICT_ITEMITERATOR]: 'dict_itemiterator', [TypeId.SET_ITERATOR]: 'set_iterator', [TypeId.ENUMERATE]: 'enumerate',
  [TypeId.ZIP]: 'zip', [TypeId.MAP]: 'map', [TypeId.FILTER]: 'filter', [TypeId.REVERSED]: 'reversed',
  [TypeId.LIST_REVERSEITERATOR]: 'list_reverseiterator', [TypeId.ELLIPSIS]: 'ellipsis',
  [TypeId.GENERATOR]: 'generator', [TypeId.COROUTINE]: 'coroutine', [TypeId.ASYNC_GENERATOR]: 'async_generator', [TypeId.METHOD]: 'method',
  [TypeId.CALLABLE_ITERATOR]: 'callable_iterator',
  [TypeId.STATICMETHOD]: 'staticmethod', [TypeId.CLASSMETHOD]: 'classmethod', [TypeId.PROPERTY]: 'property',
  [TypeId.MEMORYVIEW]: 'memoryview', [TypeId.NOT_IMPLEMENTED_TYPE]: 'NotImplementedType',
};

/** Header word 0 of an object at byte address `addr`. */
export function headerWord(i32: Int32Array, addr: number): number {
  return i32[addr >>> 2];
}

export function typeIdAt(i32: Int32Array, addr: number): number {
  return i32[addr >>> 2] & TYPE_MASK;
}
