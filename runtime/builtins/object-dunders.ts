// The dunder methods every builtin value has through `object` or its numeric type, reached as
// attributes of the value: `(1).__str__()`, `[1].__repr__()`, `None.__repr__()`,
// `(2.5).__floor__()`, `hasattr(1, '__init__')`. The protocol functions handle these
// operations directly, so builtin types have no table entries for them; objects.ts's loadAttr
// asks here last, before its AttributeError.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { NONE, type Value } from '../value.js';
import { strFromJs, strToJs } from '../str.js';
import { loadAttr } from './objects.js';
import { defineFunction, arg, self, type NativeEntry } from './registry.js';
import { tid, typeNameOf } from './protocol.js';
import { reprValue, strValue } from './repr.js';
import { intFromBigInt } from '../int.js';
import { floatToInt } from '../semantics/float.js';
import { raise } from './exceptions.js';

const GENERIC = new Map<string, NativeEntry>([
  ['__str__', defineFunction('object', '__str__', '', (heap, a) => strFromJs(heap, strValue(heap, self(heap, a))))],
  ['__repr__', defineFunction('object', '__repr__', '', (heap, a) => strFromJs(heap, reprValue(heap, self(heap, a))))],
  ['__init__', defineFunction('object', '__init__', '*args, **kwargs', () => NONE)],
  ['__getattribute__', defineFunction('object', '__getattribute__', 'name, /', (heap, a) => {
    const name = arg(heap, a, 0);
    if (tid(heap, name) !== TypeId.STR) raise('TypeError', `attribute name must be string, not '${typeNameOf(heap, name)}'`);
    return loadAttr(heap, self(heap, a), strToJs(heap, name));
  })],
]);

/** float.__int__/__trunc__/__floor__/__ceil__: the integral value, rounded as each says. */
function floatTo(round: (x: number) => number, name: string): NativeEntry {
  return defineFunction('float', name, '', (heap, a) => {
    const x = self(heap, a) as number;
    if (!Number.isFinite(x)) raise(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return intFromBigInt(heap, floatToInt(round(x)));
  });
}

const FLOAT = new Map<string, NativeEntry>([
  ['__int__', floatTo(Math.trunc, '__int__')], ['__trunc__', floatTo(Math.trunc, '__trunc__')],
  ['__floor__', floatTo(Math.floor, '__floor__')], ['__ceil__', floatTo(Math.ceil, '__ceil__')],
  ['__float__', defineFunction('float', '__float__', '', (heap, a) => self(heap, a))],
]);

/** The bound method `name` of builtin value `obj` from the table above, or undefined. */
export function objectDunder(heap: Heap, obj: Value, name: string, bind: (e: NativeEntry, self: Value) => Value): Value | undefined {
  const e = (tid(heap, obj) === TypeId.FLOAT ? FLOAT.get(name) : undefined) ?? GENERIC.get(name);
  return e === undefined ? undefined : bind(e, obj);
}

