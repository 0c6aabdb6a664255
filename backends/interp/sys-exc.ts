// sys.exception() and sys.exc_info(): the exception being handled, from the interpreter's
// handled-exception stack (exceptions.ts); exc_info's third item is the exception's
// __traceback__ (traceback-objects.ts).

import '../../runtime/modules/index.js'; // the base of sys registers first (see sys.ts)
import { NONE, newTuple, tupleInit } from '../../runtime/index.js';
import { defineFunction, defineModule, MODULES } from '../../runtime/builtins/registry.js';
import { nativeValue, setAttr } from '../../runtime/builtins/objects.js';
import { nget } from '../../runtime/builtins/native.js';
import { handledException } from './exceptions.js';
import { tracebackHooks } from '../../runtime/exceptions.js';

const exception = defineFunction('sys', 'exception', '', () => handledException() ?? NONE);
const excInfo = defineFunction('sys', 'exc_info', '', (heap) => {
  const exc = handledException();
  const info = newTuple(heap, 3);
  tupleInit(heap, info, 0, exc === null ? NONE : nget(heap, exc, 0));
  tupleInit(heap, info, 1, exc ?? NONE);
  tupleInit(heap, info, 2, exc === null ? NONE : tracebackHooks.of(heap, exc));
  return info;
});

// Wraps whatever init sys has so far (runtime/modules, backends/interp/sys.ts), whichever
// registered first: each wrapper calls the one before it.
const before = MODULES.get('sys');
defineModule('sys', (heap, dict) => {
  before?.(heap, dict);
  setAttr(heap, dict, 'exception', nativeValue(heap, exception));
  setAttr(heap, dict, 'exc_info', nativeValue(heap, excInfo));
});
