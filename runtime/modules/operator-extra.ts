// operator.methodcaller: calls a named method with stored arguments. Layout (ext-types.ts):
// F1 the method name (str), F2 the positional arguments (tuple), F3 the keywords (dict).

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, isNull } from '../value.js';
import { tupleLength } from '../sequence.js';
import { newDict, dictSet, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { strToJs } from '../str.js';
import { typeError } from '../errors.js';
import { arg } from '../builtins/registry.js';
import { loadAttr } from '../builtins/objects.js';
import { tid, tupleItem } from '../builtins/protocol.js';
import { reprValue } from '../builtins/repr.js';
import { pushHandle, popHandles } from '../gc.js';
import { nget, nset } from '../builtins/native.js';
import { defineExtType, extHooks, newExt } from '../builtins/ext-types.js';
import { defineExtClass } from './ext-class.js';

const methodcallerType = defineExtType('methodcaller', 'operator', {
  repr: (heap, m) => {
    const parts = [reprValue(heap, nget(heap, m, 1))];
    const args = nget(heap, m, 2);
    for (let i = 0; i < tupleLength(heap, args); i++) parts.push(reprValue(heap, tupleItem(heap, args, i)));
    const kw = nget(heap, m, 3);
    for (let p = dictNext(heap, kw, 0); p >= 0; p = dictNext(heap, kw, p + 1)) parts.push(`${strToJs(heap, dictEntryKey(heap, kw, p))}=${reprValue(heap, dictEntryValue(heap, kw, p))}`);
    return `operator.methodcaller(${parts.join(', ')})`;
  },
  call: (heap, m, args) => {
    if (tupleLength(heap, args) !== 1) throw typeError(`methodcaller expected 1 argument, got ${tupleLength(heap, args)}`);
    const f = loadAttr(heap, tupleItem(heap, args, 0), strToJs(heap, nget(heap, m, 1)));
    const h = pushHandle(heap, f);
    try { return extHooks.callKw(heap, f, nget(heap, m, 2), nget(heap, m, 3)); } finally { popHandles(heap, h); }
  },
});

export const methodcallerClass = defineExtClass(methodcallerType, 'name, /, *args, **kwargs', (heap, a) => {
  if (tid(heap, arg(heap, a, 0)) !== TypeId.STR) throw typeError('method name must be a string');
  const m = newExt(heap, methodcallerType);
  nset(heap, m, 1, arg(heap, a, 0));
  nset(heap, m, 2, arg(heap, a, 1));
  const kw = newDict(heap);
  nset(heap, m, 3, kw);
  const src = arg(heap, a, 2);
  if (!isNull(src)) for (let p = dictNext(heap, src, 0); p >= 0; p = dictNext(heap, src, p + 1)) dictSet(heap, kw, dictEntryKey(heap, src, p), dictEntryValue(heap, src, p));
  return m;
});


