// The `sys` module's interpreter-independent part: version, platform, limits and number
// formats. backends/interp/sys.ts adds what depends on the running interpreter (argv, exit,
// the recursion limit, stdout/stderr) on top of this init, so it must be loaded after this
// file (runtime/modules/index.ts is imported first).
//
// Struct sequences (sys.version_info, sys.float_info) need a type that is both a tuple and
// has named fields; until one exists, version_info is a plain tuple (indexing, slicing and
// comparison work, `.major` does not) and float_info/int_info are namespaces (`.max` works,
// indexing does not). Both choices keep the common uses right.

import type { Heap } from '../heap.js';
import { type Value, NONE, fromFloat, fromInt32, fromPtr } from '../value.js';
import { raise } from '../builtins/exceptions.js';
import { indexBig } from '../builtins/range-slice.js';
import { H } from '../heap.js';
import { newList, listAppend } from '../sequence.js';
import { intFromBigInt } from '../int.js';
import { defineStructSeq, newStructSeq } from './structseq.js';
import { newDict } from '../dict.js';
import { newModule } from '../objects.js';
import { internStr, strFromJs } from '../str.js';
import { newTuple, tupleInit } from '../sequence.js';
import { INT_MAX_STR_DIGITS, intStrLimit } from '../semantics/int.js';
import { defineFunction, defineModule, MODULES, arg } from '../builtins/registry.js';
import { getsizeof } from './sys-sizeof.js';
import { typeError } from '../errors.js';
import { strToJs } from '../str.js';
import { tid, typeNameOf } from '../builtins/protocol.js';
import { TypeId } from '../layout.js';
import { nativeValue, setAttr } from '../builtins/objects.js';

/** The CPython release whose behaviour pyx follows. */
export const VERSION_INFO = [3, 13, 0, 'final', 0] as const;

function namespace(heap: Heap, name: string, fields: Record<string, Value>): Value {
  const dict = newDict(heap);
  const key = internStr(heap, name);
  setAttr(heap, dict, '__name__', key);
  for (const [k, v] of Object.entries(fields)) setAttr(heap, dict, k, v);
  return newModule(heap, key, dict);
}

/** The entries sys.path starts with in this run (set by the interpreter before the program runs). */
let initialPath: readonly string[] = [''];

/** Sets what sys.path holds when `sys` is first imported (the import system reads that list afterwards). */
export function setSysPath(entries: readonly string[]): void {
  initialPath = entries;
}

/** sys.version_info: a struct sequence (indexes, compares and hashes as its tuple; .major etc.). */
const VERSION_INFO_TYPE = defineStructSeq('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);

const getIntMaxStrDigits = defineFunction('sys', 'get_int_max_str_digits', '', () => fromInt32(intStrLimit.digits));
// sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least the check threshold, 640.
const setIntMaxStrDigits = defineFunction('sys', 'set_int_max_str_digits', 'maxdigits', (heap, a) => {
  const v = arg(heap, a, 0);
  const n = indexBig(heap, v);
  if (n === null) throw typeError(`'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  if (n !== 0n && n < 640n) raise('ValueError', 'maxdigits must be 0 or larger than 640');
  intStrLimit.digits = n > 2n ** 31n ? 2 ** 31 : Number(n);
  return NONE;
});

const isStrValue = (heap: Heap, v: Value): boolean => tid(heap, v) === TypeId.STR && typeNameOf(heap, v) === 'str';

// sys.intern(s): the interned string (pyx interns by value; only an exact str is accepted).
const intern = defineFunction('sys', 'intern', 'string, /', (heap, a) => {
  const v = arg(heap, a, 0);
  if (!isStrValue(heap, v)) throw typeError(`intern() argument must be str, not ${typeNameOf(heap, v)}`);
  return internStr(heap, strToJs(heap, v));
});

// sys.getdefaultencoding() / getfilesystemencoding() / getfilesystemencodeerrors(): CPython 3.13 on Linux (UTF-8 mode off, C.UTF-8 or UTF-8 locale).
const encodingFunctions = ([['getdefaultencoding', 'utf-8'], ['getfilesystemencoding', 'utf-8'], ['getfilesystemencodeerrors', 'surrogateescape']] as const)
  .map(([name, value]) => [name, defineFunction('sys', name, '', (heap) => strFromJs(heap, value))] as const);

// Any init registered before this file (none today) still runs first.
const earlier = MODULES.get('sys');
defineModule('sys', (heap, dict) => {
  earlier?.(heap, dict);
  const info = newTuple(heap, VERSION_INFO.length);
  VERSION_INFO.forEach((v, i) => tupleInit(heap, info, i, typeof v === 'string' ? strFromJs(heap, v) : fromInt32(v)));
  setAttr(heap, dict, 'version_info', newStructSeq(heap, VERSION_INFO_TYPE, info));
  setAttr(heap, dict, 'version', strFromJs(heap, '3.13.0 (pyx)'));
  setAttr(heap, dict, 'hexversion', fromInt32(0x030d00f0));
  setAttr(heap, dict, 'platform', strFromJs(heap, process.platform === 'win32' ? 'win32' : process.platform));
  setAttr(heap, dict, 'byteorder', strFromJs(heap, 'little'));
  setAttr(heap, dict, 'maxsize', intFromBigInt(heap, 2n ** 63n - 1n));
  setAttr(heap, dict, 'float_info', namespace(heap, 'sys.float_info', {
    max: fromFloat(Number.MAX_VALUE), max_exp: fromInt32(1024), max_10_exp: fromInt32(308),
    min: fromFloat(2 ** -1022), min_exp: fromInt32(-1021), min_10_exp: fromInt32(-307),
    dig: fromInt32(15), mant_dig: fromInt32(53), epsilon: fromFloat(Number.EPSILON),
    radix: fromInt32(2), rounds: fromInt32(1),
  }));
  setAttr(heap, dict, 'int_info', namespace(heap, 'sys.int_info', {
    bits_per_digit: fromInt32(30), sizeof_digit: fromInt32(4),
    default_max_str_digits: fromInt32(INT_MAX_STR_DIGITS), str_digits_check_threshold: fromInt32(640),
  }));
  setAttr(heap, dict, 'get_int_max_str_digits', nativeValue(heap, getIntMaxStrDigits));
  setAttr(heap, dict, 'set_int_max_str_digits', nativeValue(heap, setIntMaxStrDigits));
  setAttr(heap, dict, 'intern', nativeValue(heap, intern));
  setAttr(heap, dict, 'getsizeof', nativeValue(heap, getsizeof));
  for (const [name, fn] of encodingFunctions) setAttr(heap, dict, name, nativeValue(heap, fn));
  setAttr(heap, dict, 'maxunicode', fromInt32(0x10ffff));
  setAttr(heap, dict, 'float_repr_style', strFromJs(heap, 'short'));
  // What CPython 3.13 on 64-bit Linux reports (pyx follows its hashes: runtime/hash.ts).
  setAttr(heap, dict, 'hash_info', namespace(heap, 'sys.hash_info', {
    width: fromInt32(64), modulus: intFromBigInt(heap, 2n ** 61n - 1n), inf: fromInt32(314159), nan: fromInt32(0),
    imag: fromInt32(1000003), algorithm: strFromJs(heap, 'siphash13'), hash_bits: fromInt32(64),
    seed_bits: fromInt32(128), cutoff: fromInt32(0),
  }));
  // pyx stands in for CPython 3.13 (platform.python_implementation() says so too).
  setAttr(heap, dict, 'implementation', namespace(heap, 'sys.implementation', {
    name: strFromJs(heap, 'cpython'), cache_tag: strFromJs(heap, 'cpython-313'),
    version: newStructSeq(heap, VERSION_INFO_TYPE, info), hexversion: fromInt32(0x030d00f0), _multiarch: strFromJs(heap, 'x86_64-linux-gnu'),
  }));
  // sys.modules is the runtime's module table itself; sys.path a list the program may change.
  setAttr(heap, dict, 'modules', fromPtr(heap.i32[H.ROOT_MODULES]));
  const path = newList(heap);
  setAttr(heap, dict, 'path', path);
  for (const entry of initialPath) listAppend(heap, path, strFromJs(heap, entry));
});
