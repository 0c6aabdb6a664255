// The import system's hooks into the rest of the runtime, per interpreter: module attribute
// lookups that miss (PEP 562's module __getattr__ and CPython 3.13's AttributeErrors for
// circular imports and shadowing files), the builtin __import__, and `_pyx_import`, the
// TypeScript module pylib/importlib builds on (reload).

import { dirname } from 'node:path';
import { type Value, isNull, isNone, internStr, strToJs, strFromJs, newDict, dictGet, moduleDict, newTuple, tupleInit, intToBigInt } from '../../runtime/index.js';
import { TypeId } from '../../runtime/layout.js';
import { tid, typeNameOf } from '../../runtime/builtins/protocol.js';
import { raise } from '../../runtime/builtins/exceptions.js';
import { setAttr, moduleHooks, nativeValue } from '../../runtime/builtins/objects.js';
import { defineBuiltin, defineFunction, defineModule, arg } from '../../runtime/builtins/registry.js';
import { callValue } from './call.js';
import { importName, reloadModule, strAttr, strings, sysPath } from './modules.js';
import { STDLIB_MODULE_NAMES } from './stdlib-names.js';
import type { Interp } from './state.js';

/** The interpreter the builtin __import__ imports for (this thread's). */
let current: Interp | null = null;

/** Points module attribute lookups and __import__ of this thread at `it`. */
export function installModuleHooks(it: Interp): void {
  current = it;
  moduleHooks.missing = (_heap, module, name) => missingAttribute(it, module, name);
}

// _pyx_import: the import system's own functions for pylib/importlib (not a CPython module).
const reload = defineFunction('_pyx_import', 'reload', 'module, /', (heap, a) => reloadModule(current!, arg(heap, a, 0)));
defineModule('_pyx_import', (heap, dict) => { setAttr(heap, dict, 'reload', nativeValue(heap, reload)); });

// __import__(name, globals=None, locals=None, fromlist=(), level=0): what the import
// statement does, for code that imports by a computed name (importlib.import_module uses it).
defineBuiltin('__import__', 'name, globals=, locals=, fromlist=, level=', (heap, a) => {
  const name = arg(heap, a, 0), globals = arg(heap, a, 1), fromlist = arg(heap, a, 3), level = arg(heap, a, 4);
  if (tid(heap, name) !== TypeId.STR) raise('TypeError', `__import__() argument 1 must be str, not ${typeNameOf(heap, name)}`);
  let n = 0;
  if (!isNull(level)) {
    if (tid(heap, level) !== TypeId.INT) raise('TypeError', `'${typeNameOf(heap, level)}' object cannot be interpreted as an integer`);
    n = Number(intToBigInt(heap, level));
    if (n < 0) raise('ValueError', 'level must be >= 0');
  }
  const g = isNull(globals) || isNone(globals) ? newDict(heap) : globals;
  if (tid(heap, g) !== TypeId.DICT) raise('TypeError', 'globals must be a dict');
  const names = isNull(fromlist) || isNone(fromlist) ? [] : strings(heap, fromlist);
  return importName(current!, g, strToJs(heap, name), names.length > 0 ? names : null, n);
});

/** `module.name` when the namespace lacks it: module __getattr__, else _Py_module_getattro's errors. */
function missingAttribute(it: Interp, module: Value, name: string): Value {
  const heap = it.heap;
  const dict = moduleDict(heap, module);
  const getattr = dictGet(heap, dict, internStr(heap, '__getattr__'));
  if (!isNull(getattr)) {
    const args = newTuple(heap, 1);
    tupleInit(heap, args, 0, strFromJs(heap, name));
    return callValue(it, getattr, args);
  }
  const modName = strAttr(heap, module, '__name__');
  if (modName === null) return raise('AttributeError', `module has no attribute '${name}'`);
  const origin = strAttr(heap, module, '__file__');
  const shadowing = origin !== null && isPossiblyShadowing(it, origin);
  if (shadowing && STDLIB_MODULE_NAMES.has(modName)) {
    raise('AttributeError', `module '${modName}' has no attribute '${name}' (consider renaming '${origin}' since it has the same name as the standard library module named '${modName}' and the import system gives it precedence)`);
  }
  if (it.imports.initializing.has(modName)) {
    if (shadowing) raise('AttributeError', `module '${modName}' has no attribute '${name}' (consider renaming '${origin}' if it has the same name as a third-party module you intended to import)`);
    if (origin !== null) raise('AttributeError', `partially initialized module '${modName}' from '${origin}' has no attribute '${name}' (most likely due to a circular import)`);
    raise('AttributeError', `partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`);
  }
  if (it.imports.initializing.has(`${modName}.${name}`)) {
    raise('AttributeError', `cannot access submodule '${name}' of module '${modName}' (most likely due to a circular import)`);
  }
  return raise('AttributeError', `module '${modName}' has no attribute '${name}'`);
}

/** Whether a module file sits in the script's directory (sys.path[0]), where it may hide another. */
function isPossiblyShadowing(it: Interp, origin: string): boolean {
  const root = dirname(origin.endsWith('/__init__.py') ? origin.slice(0, -'/__init__.py'.length) : origin);
  const first = sysPath(it)[0];
  if (first === undefined) return false;
  return root === (first === '' ? process.cwd() : first);
}
