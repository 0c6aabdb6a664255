// repr() and str() of every builtin type, as CPython 3.13 prints them: containers recursive,
// with `[...]`/`{...}` for a container met again while it is being printed.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { HI_BOOL, HI_INT, HI_NONE, type Value, hiOf, loOf, isNull } from '../value.js';
import { intToBigInt } from '../int.js';
import { strToJs, bytesToArray, internStr } from '../str.js';
import { listGet, listLength, tupleLength } from '../sequence.js';
import { dictNext, dictEntryKey, dictEntryValue, dictGet } from '../dict.js';
import { setNext, setEntryKey, setLength } from '../set.js';
import { rangePart, functionField, FN, moduleDict } from '../objects.js';
import { floatRepr, strRepr, bytesRepr, complexRepr } from '../repr.js';
import { complexImag, complexReal } from '../complex.js';
import { intToStr } from '../semantics/int-str.js';
import { NativeKind, nativeKind, nget } from './native.js';
import { classHooks, isUserKind } from './class-hooks.js';
import { NATIVES, MODULES } from './registry.js';
import { tid, tupleItem, typeNameOf } from './protocol.js';
import { excMessageOverride, osErrorField, syntaxErrorField } from '../exceptions.js';
import { excSubclass } from './exceptions.js';
import { extTypeOf } from './ext-types.js';

/** Addresses of containers being printed (recursion guard), per thread. */
const active = new Set<number>();

function guarded(heap: Heap, v: Value, open: string, close: string, body: () => string): string {
  const a = loOf(v) >>> 0;
  if (active.has(a)) return `${open}...${close}`;
  active.add(a);
  try {
    return body();
  } finally {
    active.delete(a);
  }
}

export function reprValue(heap: Heap, v: Value): string {
  if (v === v) return floatRepr(v);
  const hi = hiOf(v);
  if (hi === HI_INT) return String(loOf(v));
  if (hi === HI_BOOL) return loOf(v) ? 'True' : 'False';
  if (hi === HI_NONE) return 'None';
  const t = tid(heap, v);
  switch (t) {
    case TypeId.FLOAT: return floatRepr(v);
    case TypeId.COMPLEX: return complexRepr(complexReal(heap, v), complexImag(heap, v));
    case TypeId.INT: return intToStr(intToBigInt(heap, v));
    case TypeId.STR: return strRepr(strToJs(heap, v));
    case TypeId.BYTES: return bytesRepr(bytesToArray(heap, v));
    case TypeId.LIST: return guarded(heap, v, '[', ']', () => {
      const parts: string[] = [];
      for (let i = 0; i < listLength(heap, v); i++) parts.push(reprValue(heap, listGet(heap, v, i)));
      return `[${parts.join(', ')}]`;
    });
    case TypeId.TUPLE: return guarded(heap, v, '(', ')', () => { // tuplerepr uses Py_ReprEnter too
      const n = tupleLength(heap, v);
      if (n === 1) return `(${reprValue(heap, tupleItem(heap, v, 0))},)`;
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(reprValue(heap, tupleItem(heap, v, i)));
      return `(${parts.join(', ')})`;
    });
    case TypeId.DICT: return guarded(heap, v, '{', '}', () => {
      const parts: string[] = [];
      for (let p = dictNext(heap, v, 0); p >= 0; p = dictNext(heap, v, p + 1)) {
        parts.push(`${reprValue(heap, dictEntryKey(heap, v, p))}: ${reprValue(heap, dictEntryValue(heap, v, p))}`);
      }
      return `{${parts.join(', ')}}`;
    });
    case TypeId.SET: case TypeId.FROZENSET: {
      const frozen = t === TypeId.FROZENSET;
      if (setLength(heap, v) === 0) return frozen ? 'frozenset()' : 'set()';
      return guarded(heap, v, frozen ? 'frozenset({' : '{', frozen ? '})' : '}', () => {
        const parts: string[] = [];
        for (let p = setNext(heap, v, 0); p >= 0; p = setNext(heap, v, p + 1)) parts.push(reprValue(heap, setEntryKey(heap, v, p)));
        return frozen ? `frozenset({${parts.join(', ')}})` : `{${parts.join(', ')}}`;
      });
    }
    case TypeId.RANGE: {
      const step = rangePart(heap, v, 2);
      const head = `range(${reprValue(heap, rangePart(heap, v, 0))}, ${reprValue(heap, rangePart(heap, v, 1))}`;
      return hiOf(step) === HI_INT && loOf(step) === 1 ? `${head})` : `${head}, ${reprValue(heap, step)})`;
    }
    case TypeId.SLICE:
      return `slice(${reprValue(heap, rangePart(heap, v, 0))}, ${reprValue(heap, rangePart(heap, v, 1))}, ${reprValue(heap, rangePart(heap, v, 2))})`;
    case TypeId.TYPE: return `<class '${strToJs(heap, functionField(heap, v, 8))}'>`;
    case TypeId.MODULE: return moduleRepr(heap, v);
    case TypeId.CELL: return `<cell at 0x${address(v)}>`;
    case TypeId.FUNCTION: return reprFunction(heap, v);
    default: return `<${typeNameOf(heap, v)} object at 0x${address(v)}>`;
  }
}

/** As importlib's _module_repr: where the module came from (its file, its directories, built in). */
function moduleRepr(heap: Heap, m: Value): string {
  const name = strToJs(heap, functionField(heap, m, 8));
  const attr = (key: string) => dictGet(heap, moduleDict(heap, m), internStr(heap, key));
  const file = attr('__file__');
  if (!isNull(file) && tid(heap, file) === TypeId.STR) return `<module '${name}' from '${strToJs(heap, file)}'>`;
  const path = attr('__path__');
  if (!isNull(path) && tid(heap, path) === TypeId.LIST) return `<module '${name}' (namespace) from ${reprValue(heap, path)}>`;
  return MODULES.has(name) || name === 'builtins' ? `<module '${name}' (built-in)>` : `<module '${name}'>`;
}

function address(v: Value): string {
  return (loOf(v) >>> 0).toString(16).padStart(12, '0');
}

function reprFunction(heap: Heap, v: Value): string {
  const k = nativeKind(heap, v);
  if (isUserKind(k)) return classHooks.repr(heap, v);
  if (k === 0) return `<function ${strToJs(heap, functionField(heap, v, FN.QUALNAME))} at 0x${address(v)}>`;
  switch (k) {
    case NativeKind.BUILTIN: {
      const e = NATIVES[loOf(nget(heap, v, 0))];
      const bound = nget(heap, v, 1);
      if (hiOf(bound) !== (0xffff0000 | 0) && e.kind === 'method') {
        return `<built-in method ${e.name} of ${typeNameOf(heap, bound)} object at 0x${address(bound)}>`;
      }
      // An unbound method of a builtin type (str.upper) is a method descriptor.
      if (e.kind === 'method' && e.qualname.includes('.')) return `<method '${e.name}' of '${e.qualname.slice(0, e.qualname.lastIndexOf('.'))}' objects>`;
      return `<built-in function ${e.name}>`;
    }
    case NativeKind.EXC_TYPE: return `<class '${strToJs(heap, nget(heap, v, 0))}'>`;
    case NativeKind.ELLIPSIS: return 'Ellipsis';
    case NativeKind.GENERATOR: case NativeKind.COROUTINE: case NativeKind.ASYNC_GENERATOR:
      return `<${typeNameOf(heap, v)} object ${strToJs(heap, functionField(heap, nget(heap, v, 1), FN.QUALNAME))} at 0x${address(v)}>`;
    case NativeKind.EXC: {
      if (classHooks.isUserException(heap, v)) { const u = classHooks.excRepr(heap, v); if (u !== null) return u; }
      return excReprBase(heap, v);
    }
    case NativeKind.DICT_VIEW: {
      const d = nget(heap, v, 0);
      const mode = loOf(nget(heap, v, 1));
      const parts: string[] = [];
      for (let p = dictNext(heap, d, 0); p >= 0; p = dictNext(heap, d, p + 1)) {
        const key = reprValue(heap, dictEntryKey(heap, d, p));
        const val = mode === 0 ? '' : reprValue(heap, dictEntryValue(heap, d, p));
        parts.push(mode === 0 ? key : mode === 1 ? val : `(${key}, ${val})`);
      }
      return `${typeNameOf(heap, v)}([${parts.join(', ')}])`;
    }
    case NativeKind.EXT: {
      const ext = extTypeOf(heap, v)!;
      return ext.repr ? ext.repr(heap, v) : `<${ext.tpName} object at 0x${address(v)}>`;
    }
    default: return `<${typeNameOf(heap, v)} object at 0x${address(v)}>`;
  }
}

/** str(v). */
export function strValue(heap: Heap, v: Value): string {
  if (v !== v && tid(heap, v) === TypeId.STR) return strToJs(heap, v);
  if (nativeKind(heap, v) === NativeKind.EXC) return excMessage(heap, v);
  if (nativeKind(heap, v) === NativeKind.INSTANCE) return classHooks.str(heap, v);
  const ext = extTypeOf(heap, v);
  if (ext?.str) return ext.str(heap, v);
  return reprValue(heap, v);
}

/** str(exception): '' for no args, str(arg) for one, the args tuple's repr otherwise (KeyError: repr). */
function isSyntaxError(heap: Heap, exc: Value): boolean {
  return excSubclass(typeNameOf(heap, exc), 'SyntaxError') || classHooks.excIsA(heap, exc, 'SyntaxError');
}

export function excMessage(heap: Heap, exc: Value): string {
  if (classHooks.isUserException(heap, exc)) { const u = classHooks.excStr(heap, exc); if (u !== null) return u; }
  return excMessageBase(heap, exc);
}

/** BaseException.__repr__ itself (a subclass's own __repr__ not consulted): `Name(args)`. */
export function excReprBase(heap: Heap, v: Value): string {
  const args = nget(heap, v, 1);
  const n = tupleLength(heap, args);
  const name = typeNameOf(heap, v);
  return n === 1 ? `${name}(${reprValue(heap, tupleItem(heap, args, 0))})` : `${name}${reprValue(heap, args)}`;
}

/** BaseException.__str__ and its builtin overrides (OSError, KeyError…), a subclass's own __str__ not consulted. */
export function excMessageBase(heap: Heap, exc: Value): string {
  const converted = excMessageOverride(heap, exc);
  if (converted !== null) return converted;
  // OSError_str: "[Errno e] strerror", then ": 'filename'" and " -> 'filename2'" when set.
  const errno = osErrorField(heap, exc, 0);
  if (!isNull(errno)) {
    const filename = osErrorField(heap, exc, 2), filename2 = osErrorField(heap, exc, 3);
    const head = `[Errno ${strValue(heap, errno)}] ${strValue(heap, osErrorField(heap, exc, 1))}`;
    if (isNull(filename)) return head;
    return `${head}: ${reprValue(heap, filename)}${isNull(filename2) ? '' : ` -> ${reprValue(heap, filename2)}`}`;
  }
  const args = nget(heap, exc, 1);
  const n = tupleLength(heap, args);
  if (n === 0) return '';
  if (n === 2 && isSyntaxError(heap, exc) && tid(heap, tupleItem(heap, args, 1)) === TypeId.TUPLE) {
    // SyntaxError_str: "msg (file, line N)" with the file's basename, as far as each is known.
    const msg = strValue(heap, tupleItem(heap, args, 0));
    const file = syntaxErrorField(heap, exc, 'filename'), line = syntaxErrorField(heap, exc, 'lineno');
    const f = tid(heap, file) === TypeId.STR ? strToJs(heap, file).split('/').pop()! : null;
    const l = tid(heap, line) === TypeId.INT ? strValue(heap, line) : null;
    return f !== null && l !== null ? `${msg} (${f}, line ${l})` : f !== null ? `${msg} (${f})` : l !== null ? `${msg} (line ${l})` : msg;
  }
  const unicode = unicodeErrorStr(heap, exc, args);
  if (unicode !== null) return unicode;
  if (n === 1) {
    const only = tupleItem(heap, args, 0);
    return typeNameOf(heap, exc) === 'KeyError' || classHooks.excIsA(heap, exc, 'KeyError') ? reprValue(heap, only) : strValue(heap, only);
  }
  return reprValue(heap, args);
}

/**
 * str() of a UnicodeEncodeError/DecodeError(encoding, object, start, end, reason) or a
 * UnicodeTranslateError(object, start, end, reason) (CPython's UnicodeEncodeError_str and
 * siblings): one character or byte is named, a longer span is given as positions. Null when
 * the class is not one of these or args do not have that shape.
 */
function unicodeErrorStr(heap: Heap, exc: Value, args: Value): string | null {
  const name = excClassName(heap, exc);
  if (name === null) return null;
  const kind = excSubclass(name, 'UnicodeEncodeError') ? 'encode' : excSubclass(name, 'UnicodeDecodeError') ? 'decode'
    : excSubclass(name, 'UnicodeTranslateError') ? 'translate' : null;
  if (kind === null) return null;
  const off = kind === 'translate' ? 0 : 1;
  if (tupleLength(heap, args) !== off + 4) return null;
  const object = tupleItem(heap, args, off), startV = tupleItem(heap, args, off + 1), endV = tupleItem(heap, args, off + 2);
  if (hiOf(startV) !== HI_INT || hiOf(endV) !== HI_INT) return null;
  const start = loOf(startV), end = loOf(endV);
  const reason = strValue(heap, tupleItem(heap, args, off + 3));
  const head = kind === 'translate' ? "can't translate" : `'${strValue(heap, tupleItem(heap, args, 0))}' codec can't ${kind}`;
  if (kind === 'decode') {
    const data = tid(heap, object) === TypeId.BYTES ? bytesToArray(heap, object) : null;
    if (data !== null && start < data.length && end === start + 1) return `${head} byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    return `${head} bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const chars = tid(heap, object) === TypeId.STR ? [...strToJs(heap, object)] : null;
  if (chars !== null && start < chars.length && end === start + 1) {
    const cp = chars[start].codePointAt(0)!;
    const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    return `${head} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${head} characters in position ${start}-${end - 1}: ${reason}`;
}

/** The builtin exception class name an exception (of a builtin or user class) derives from, by its class. */
function excClassName(heap: Heap, exc: Value): string | null {
  if (nativeKind(heap, exc) === NativeKind.EXC) {
    const cls = nget(heap, exc, 0);
    if (nativeKind(heap, cls) === NativeKind.EXC_TYPE) return strToJs(heap, nget(heap, cls, 0));
  }
  for (const n of ['UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError']) if (classHooks.excIsA(heap, exc, n)) return n;
  return null;
}
