// The `sys` module's interpreter-dependent part: argv, exit, the recursion limit, stdout and
// stderr (print's file=). The rest of sys and math are declared in runtime/modules/.

import '../../runtime/modules/index.js'; // registers math and the base of sys first (see there)
import { type Value, NONE, NULL, isNull, newList, listAppend, strFromJs, fromInt32, intFromBigInt, intToBigInt } from '../../runtime/index.js';
import { defineBuiltin, defineFunction, defineModule, MODULES, arg } from '../../runtime/builtins/registry.js';
import { nativeValue, setAttr, systemExit, newException, exceptionClass } from '../../runtime/builtins/objects.js';
import { newTuple, tupleInit } from '../../runtime/sequence.js';
import { raiseValue } from './exceptions.js';
import { isIntValue, typeNameOf } from '../../runtime/builtins/protocol.js';
import { raise } from '../../runtime/builtins/exceptions.js';
import { withKeyArg } from '../../runtime/exceptions.js';
import { host } from '../../runtime/builtins/functions.js';
import { newStream } from '../../runtime/builtins/streams.js';
import type { Interp } from './state.js';
import { H } from '../../runtime/heap.js';
import { fromPtr, isNone } from '../../runtime/value.js';
import { dictGet, dictSet } from '../../runtime/dict.js';
import { internStr } from '../../runtime/str.js';
import { moduleDict } from '../../runtime/objects.js';
import { reprValue } from '../../runtime/builtins/repr.js';
import { writeText } from '../../runtime/builtins/file-write.js';
import { pushHandle, popHandles, handleGet } from '../../runtime/gc.js';

let current: Interp | null = null;

const exit = defineFunction('sys', 'exit', 'status=, /', (heap, a) => {
  const s = arg(heap, a, 0);
  throw withKeyArg(systemExit(heap, isNull(s) ? NONE : s), isNull(s) ? NONE : s); // e.code when caught
});
// The site module's exit() and quit() (Quitter.__call__): SystemExit(code), as sys.exit.
// (Plain builtins here: their repr is not the Quitter's "Use exit() or Ctrl-D (i.e. EOF) to exit".)
for (const name of ['exit', 'quit']) {
  defineBuiltin(name, 'code=, /', (heap, a) => {
    // `raise SystemExit(code)`: args is (code,) even for None (sys.exit() leaves it empty).
    const args = newTuple(heap, 1);
    tupleInit(heap, args, 0, isNull(arg(heap, a, 0)) ? NONE : arg(heap, a, 0));
    return raiseValue(current!, newException(heap, exceptionClass(heap, 'SystemExit'), args), null);
  });
}
const setLimit = defineFunction('sys', 'setrecursionlimit', 'limit, /', (heap, a) => {
  const v = arg(heap, a, 0);
  if (!isIntValue(heap, v)) raise('TypeError', `'${typeNameOf(heap, v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(heap, v);
  if (n < 1n) raise('ValueError', 'recursion limit must be greater or equal than 1');
  if (current !== null) {
    if (n <= BigInt(current.depth)) raise('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${current.depth}: the limit is too low`);
    current.recursionLimit = Number(n);
  }
  return NONE;
});
const getLimit = defineFunction('sys', 'getrecursionlimit', '', (heap) => fromInt32(current?.recursionLimit ?? 1000));

// sys.displayhook(value): what the interactive prompt and compile(..., 'single') code (doctest's
// examples) do with an expression statement's value: nothing for None, else builtins._ is
// cleared, repr(value) and a newline are written to sys.stdout (whatever object it is now),
// and builtins._ becomes the value.
const displayhook = defineFunction('sys', 'displayhook', 'object, /', (heap, a) => {
  const v = arg(heap, a, 0);
  if (isNone(v)) return NONE;
  const underscore = internStr(heap, '_');
  dictSet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), underscore, NONE);
  const text = `${reprValue(heap, arg(heap, a, 0))}\n`;
  const sys = dictGet(heap, fromPtr(heap.i32[H.ROOT_MODULES]), internStr(heap, 'sys'));
  const out = isNull(sys) ? NULL : dictGet(heap, moduleDict(heap, sys), internStr(heap, 'stdout'));
  if (isNull(out) || isNone(out)) raise('RuntimeError', 'lost sys.stdout');
  writeText(heap, out, text);
  dictSet(heap, fromPtr(heap.i32[H.ROOT_BUILTINS]), underscore, arg(heap, a, 0));
  return NONE;
});

let argv: readonly string[] = [''];

/** Points sys at the running interpreter (its recursion counter and argv). */
export function defineSysHooks(it: Interp, programArgv: readonly string[]): void {
  current = it;
  argv = programArgv;
}

// A module init registered by runtime/modules/sys.ts (if present) runs first; this adds the
// interpreter's entries on top.
const baseInit = MODULES.get('sys');
defineModule('sys', (heap, dict) => {
  baseInit?.(heap, dict);
  const list: Value = newList(heap);
  setAttr(heap, dict, 'argv', list);
  for (const s of argv) listAppend(heap, list, strFromJs(heap, s));
  setAttr(heap, dict, 'exit', nativeValue(heap, exit));
  const hook = pushHandle(heap, nativeValue(heap, displayhook));
  setAttr(heap, dict, 'displayhook', handleGet(heap, hook));
  setAttr(heap, dict, '__displayhook__', handleGet(heap, hook));
  popHandles(heap, hook);
  setAttr(heap, dict, 'setrecursionlimit', nativeValue(heap, setLimit));
  setAttr(heap, dict, 'getrecursionlimit', nativeValue(heap, getLimit));
  setAttr(heap, dict, 'stdout', newStream(heap, 1));
  setAttr(heap, dict, 'stderr', newStream(heap, 2));
  // The original streams, which programs restore after replacing sys.stdout/sys.stderr.
  setAttr(heap, dict, '__stdout__', dictGet(heap, dict, internStr(heap, 'stdout')));
  setAttr(heap, dict, '__stderr__', dictGet(heap, dict, internStr(heap, 'stderr')));
  setAttr(heap, dict, 'maxsize', intFromBigInt(heap, 2n ** 63n - 1n));
  void host; void NULL;
});
