// The import system: CPython's importlib._bootstrap (__import__, _gcd_import, _find_and_load,
// _handle_fromlist) and the path finder, for the interpreter. A module is found in
// sys.modules, else among the runtime's built-in (TypeScript) modules, else as a `.py` file
// or package on sys.path (the script's directory, then pyx's own standard library pylib/) or
// its parent package's __path__. Its source is lowered through the same front end and passes
// as the script; its functions are appended to the interpreter's function table (renumbered,
// see state.ts) and its body runs once, in its own globals, as CPython runs it.

import { readFileSync, statSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OP_TABLE } from '../../ir/ops.js';
import type { IRModule } from '../../ir/types.js';
import {
  type Heap, type Value, NONE, NULL, isNull, isNone, internStr, strToJs, strFromJs, newDict, dictGet, dictSet,
  dictDelete, dictNext, dictEntryKey, newModule, moduleDict, newFunction, pushFrame, newList, listAppend,
  listLength, listGet, tupleLength, sameValue,
} from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { fromPtr } from '../../runtime/value.js';
import { TypeId } from '../../runtime/layout.js';
import { tid, tupleItem, typeNameOf } from '../../runtime/builtins/protocol.js';
import { raise, PyRaise } from '../../runtime/builtins/exceptions.js';
import { PyError } from '../../runtime/errors.js';
import { loadAttr, setAttr, storeAttr, importModule as importBuiltinModule, builtinsDict } from '../../runtime/builtins/objects.js';
import { MODULES } from '../../runtime/builtins/registry.js';
import { attachSuggestion, attachFields } from '../../runtime/builtins/suggestions.js';
import { attributeSuggestion } from '../../runtime/builtins/introspect.js';
import { CompileRecursionError, lowerModule } from '../../lower/index.js';
import { parseModule } from '../../grammar/parse.js';
import { ParseCache, defaultCacheDir } from '../../grammar/cache.js';
import type { Module } from '../../ast/nodes.js';
import type { LiteralWarning } from '../../grammar/literals.js';
import { version } from '../../cli/version.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { decodeSource } from '../../cli/source.js';
import { runPipeline } from '../../passes/index.js';
import { compileFunction } from './compile.js';
import { cachedLowering } from './ir-cache.js';
import { runFrame } from './call.js';
import type { Interp } from './state.js';
import { BUILTIN_MODULE_NAMES } from './stdlib-names.js';

/** pyx's standard library folder: `pylib/` at the repository (or package) root. */
export const PYLIB_DIR: string = (() => {
  // From backends/interp/ (tsx) the root is two folders up; from dist/backends/interp/, three.
  for (const up of ['../../pylib', '../../../pylib']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (isDir(dir)) return dir;
  }
  return fileURLToPath(new URL('../../pylib', import.meta.url));
})();

/** sys.path for a program: its directory ('' for -c and stdin, as CPython), then pylib/. */
export function initialSysPath(filename: string): string[] {
  if (filename.startsWith('<')) return ['', PYLIB_DIR];
  let dir: string;
  try { dir = dirname(realpathSync(filename)); } catch { dir = dirname(resolve(filename)); }
  return [dir, PYLIB_DIR];
}

function isDir(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function modulesDict(heap: Heap): Value {
  return fromPtr(heap.i32[H.ROOT_MODULES]);
}

function sysModule(heap: Heap, name: string): Value {
  return dictGet(heap, modulesDict(heap), internStr(heap, name));
}

/** A str attribute of a module's namespace (or any object's), or null when absent / not a str. */
export function strAttr(heap: Heap, obj: Value, name: string): string | null {
  let v: Value;
  if (tid(heap, obj) === TypeId.MODULE) v = dictGet(heap, moduleDict(heap, obj), internStr(heap, name));
  else {
    try { v = loadAttr(heap, obj, name); } catch (e) { if (isAttributeError(e)) return null; throw e; }
  }
  return !isNull(v) && tid(heap, v) === TypeId.STR ? strToJs(heap, v) : null;
}

/** getattr(obj, name), or NULL on AttributeError. */
export function attrOrNull(heap: Heap, obj: Value, name: string): Value {
  if (tid(heap, obj) === TypeId.MODULE) {
    const v = dictGet(heap, moduleDict(heap, obj), internStr(heap, name));
    if (!isNull(v)) return v;
  }
  try { return loadAttr(heap, obj, name); } catch (e) { if (isAttributeError(e)) return NULL; throw e; }
}

function isAttributeError(e: unknown): boolean {
  return (e instanceof PyRaise || e instanceof PyError) && e.pyType === 'AttributeError';
}

/** The strings of a list or tuple (sys.path, __path__); other items are skipped, as importlib does. */
export function strings(heap: Heap, seq: Value): string[] {
  const out: string[] = [];
  const t = tid(heap, seq);
  const n = t === TypeId.LIST ? listLength(heap, seq) : t === TypeId.TUPLE ? tupleLength(heap, seq) : 0;
  for (let i = 0; i < n; i++) {
    const item = t === TypeId.LIST ? listGet(heap, seq, i) : tupleItem(heap, seq, i);
    if (tid(heap, item) === TypeId.STR) out.push(strToJs(heap, item));
  }
  return out;
}

/** sys.path: the list itself once `sys` is imported (the program may have changed it). */
export function sysPath(it: Interp): string[] {
  const sys = sysModule(it.heap, 'sys');
  if (!isNull(sys) && tid(it.heap, sys) === TypeId.MODULE) {
    const path = dictGet(it.heap, moduleDict(it.heap, sys), internStr(it.heap, 'path'));
    if (!isNull(path)) return strings(it.heap, path);
  }
  return [...it.imports.path];
}

/** The package a relative import in these globals is relative to (_calc___package__). */
function callerPackage(heap: Heap, globals: Value): string | null {
  const pkg = dictGet(heap, globals, internStr(heap, '__package__'));
  if (!isNull(pkg) && !isNone(pkg)) {
    if (tid(heap, pkg) !== TypeId.STR) raise('TypeError', 'package must be a string');
    return strToJs(heap, pkg);
  }
  const name = dictGet(heap, globals, internStr(heap, '__name__'));
  if (isNull(name) || tid(heap, name) !== TypeId.STR) return null;
  const own = strToJs(heap, name);
  if (!isNull(dictGet(heap, globals, internStr(heap, '__path__')))) return own;
  return own.slice(0, Math.max(0, own.lastIndexOf('.')));
}

/** importlib's _resolve_name with its sanity checks. */
function resolveRelative(heap: Heap, name: string, globals: Value, level: number): string {
  const pkg = callerPackage(heap, globals);
  if (pkg === null || pkg === '') raise('ImportError', 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) raise('ImportError', 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/**
 * `__import__(name, globals, None, fromlist, level)` as IMPORT_NAME calls it. `fromlist`
 * null: `import a.b` (the result is the top-level package).
 */
export function importName(it: Interp, globals: Value, name: string, fromlist: readonly string[] | null, level: number): Value {
  const heap = it.heap;
  if (level === 0 && name === '') raise('ValueError', 'Empty module name');
  const absolute = level > 0 ? resolveRelative(heap, name, globals, level) : name;
  const module = gcdImport(it, absolute);
  if (fromlist === null || fromlist.length === 0) {
    if (level === 0) return name.includes('.') ? gcdImport(it, name.slice(0, name.indexOf('.'))) : module;
    if (name === '') return module;
    // `__import__('.a.b', level=1)` without fromlist: the package named by the first part.
    const cut = name.length - name.split('.')[0].length;
    const full = strAttr(heap, module, '__name__') ?? absolute;
    return sysModule(heap, full.slice(0, full.length - cut));
  }
  if (!isNull(attrOrNull(heap, module, '__path__'))) handleFromlist(it, module, fromlist, false);
  return module;
}

/** For `from package import a, b`: imports the names that are submodules (importlib's _handle_fromlist). */
function handleFromlist(it: Interp, module: Value, fromlist: readonly string[], recursive: boolean): void {
  const heap = it.heap;
  for (const x of fromlist) {
    if (x === '*') {
      if (recursive) continue;
      const all = attrOrNull(heap, module, '__all__');
      if (!isNull(all)) handleFromlist(it, module, strings(heap, all), true);
    } else if (isNull(attrOrNull(heap, module, x))) {
      const fromName = `${strAttr(heap, module, '__name__')}.${x}`;
      try {
        gcdImport(it, fromName);
      } catch (e) {
        // A missing submodule is import_from's error to report (cannot import name ...).
        if (e instanceof PyRaise && e.pyType === 'ModuleNotFoundError' && e.message === `No module named '${fromName}'`) continue;
        throw e;
      }
    }
  }
}

/** importlib's _gcd_import: the module `name` (absolute), imported if need be. */
export function gcdImport(it: Interp, name: string): Value {
  const heap = it.heap;
  const known = sysModule(heap, name);
  if (!isNull(known)) {
    if (isNone(known)) throw notFound(name, `import of ${name} halted; None in sys.modules`);
    return known;
  }
  return findAndLoad(it, name);
}

/** ModuleNotFoundError with its .name, as importlib raises it. */
function notFound(name: string, message: string): PyRaise {
  return attachFields(new PyRaise('ModuleNotFoundError', message), { name });
}

function findAndLoad(it: Interp, name: string): Value {
  const heap = it.heap;
  const dot = name.lastIndexOf('.');
  let searchPath: string[];
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    if (isNull(sysModule(heap, parent))) gcdImport(it, parent);
    const already = sysModule(heap, name); // the parent's body may have imported it
    if (!isNull(already)) return already;
    const path = attrOrNull(heap, sysModule(heap, parent), '__path__');
    if (isNull(path)) throw notFound(name, `No module named '${name}'; '${parent}' is not a package`);
    searchPath = strings(heap, path);
  } else {
    if (name === 'builtins') return builtinsModule(heap);
    // CPython's builtin modules come before sys.path; its other standard modules are found
    // where its library is on sys.path, which for pyx's TypeScript modules is pylib/'s entry.
    if (MODULES.has(name) && BUILTIN_MODULE_NAMES.has(name)) return importBuiltinModule(heap, name);
    searchPath = sysPath(it);
  }
  const spec = findSpec(name.slice(dot + 1), searchPath, dot < 0 && MODULES.has(name));
  if (spec === null) throw notFound(name, `No module named '${name}'`);
  if (spec === 'builtin') return importBuiltinModule(heap, name);
  const module = load(it, name, spec);
  if (dot >= 0) {
    const parent = sysModule(heap, name.slice(0, dot));
    if (!isNull(parent)) storeAttr(heap, parent, name.slice(dot + 1), module);
  }
  return module;
}

/** The builtins module: sys.modules['builtins'], made on first use (over the builtins dict). */
export function builtinsModule(heap: Heap): Value {
  const key = internStr(heap, 'builtins');
  const known = dictGet(heap, modulesDict(heap), key);
  if (!isNull(known)) return known;
  const m = newModule(heap, key, builtinsDict(heap));
  // The builtins namespace names its module, as CPython's does (exec('print(__name__)', {}) prints 'builtins').
  dictSet(heap, builtinsDict(heap), internStr(heap, '__name__'), key);
  dictSet(heap, builtinsDict(heap), internStr(heap, '__package__'), internStr(heap, ''));
  dictSet(heap, modulesDict(heap), key, m);
  return m;
}

/**
 * Where a module's source is. Invariants: `file` is an absolute path to a `.py` file, or null
 * for a namespace package (then `path` holds its directories); `path` is null for a plain module.
 */
interface Spec {
  readonly file: string | null;
  readonly path: string[] | null;
}

/**
 * The path finder: `tail/__init__.py`, then `tail.py`, in each entry; else a namespace
 * package. `runtime`: a TypeScript module of that name exists, found at pylib/'s entry.
 */
function findSpec(tail: string, entries: readonly string[], runtime: boolean): Spec | 'builtin' | null {
  const portions: string[] = [];
  for (const entry of entries) {
    const dir = resolve(entry === '' ? '.' : entry);
    if (runtime && dir === PYLIB_DIR) return 'builtin';
    const pkg = join(dir, tail);
    const init = join(pkg, '__init__.py');
    const pkgDir = isDir(pkg);
    if (pkgDir && isFile(init)) return { file: init, path: [pkg] };
    const file = join(dir, `${tail}.py`);
    if (isFile(file)) return { file, path: null };
    if (pkgDir) portions.push(pkg);
  }
  return portions.length > 0 ? { file: null, path: portions } : null;
}

/** Runs module `name` from `spec` (importlib's _load_unlocked): in sys.modules while it runs, removed if it fails. */
function load(it: Interp, name: string, spec: Spec): Value {
  const heap = it.heap;
  const key = internStr(heap, name);
  const lowered = spec.file === null ? null : lowerFile(it, name, spec.file);
  const globals = newDict(heap);
  const module = newModule(heap, key, globals);
  setAttr(heap, globals, '__name__', key);
  setAttr(heap, globals, '__doc__', NONE);
  setAttr(heap, globals, '__package__', strFromJs(heap, spec.path !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')))));
  if (spec.path !== null) {
    const list = newList(heap);
    setAttr(heap, globals, '__path__', list);
    for (const p of spec.path) listAppend(heap, list, strFromJs(heap, p));
  }
  // A namespace package's __file__ is None (its spec has no origin).
  setAttr(heap, globals, '__file__', spec.file !== null ? strFromJs(heap, spec.file) : NONE);
  // An imported module's __builtins__ is the builtins namespace dict (the script's is the module).
  if (spec.file !== null) setAttr(heap, globals, '__builtins__', builtinsDict(heap));
  dictSet(heap, modulesDict(heap), key, module);
  if (lowered === null) return module;
  try {
    runBody(it, name, lowered, globals);
  } catch (error) {
    dictDelete(heap, modulesDict(heap), key);
    throw error;
  }
  // The body may have replaced its own entry (sys.modules[__name__] = ...), as CPython allows.
  const final = sysModule(heap, name);
  if (isNull(final)) raise('ImportError', `Loaded module ${name} not found in sys.modules`);
  return final;
}

/** Runs the module body `first` (a function index) with `globals` as its namespace. */
function runBody(it: Interp, name: string, first: number, globals: Value): void {
  const heap = it.heap;
  it.imports.initializing.add(name);
  try {
    const code = compileFunction(it, first);
    const fn = newFunction(heap, first, { name: internStr(heap, '<module>'), qualname: internStr(heap, '<module>'), globals, module: internStr(heap, name) });
    const frame = pushFrame(heap, fn, globals, first, code.nslots);
    it.depth++;
    runFrame(it, code, frame);
  } finally {
    it.imports.initializing.delete(name);
  }
}

/**
 * importlib.reload(module): finds the module's file again and runs its (re-read) body in the
 * module's own namespace, so objects that refer to the module see the new definitions.
 */
export function reloadModule(it: Interp, module: Value): Value {
  const heap = it.heap;
  if (tid(heap, module) !== TypeId.MODULE) raise('TypeError', 'reload() argument must be a module');
  const name = strAttr(heap, module, '__name__') ?? '';
  const known = sysModule(heap, name);
  if (isNull(known) || !sameValue(known, module)) raise('ImportError', `module ${name} not in sys.modules`);
  const dot = name.lastIndexOf('.');
  let searchPath: string[];
  if (dot >= 0) {
    const parent = sysModule(heap, name.slice(0, dot));
    if (isNull(parent)) raise('ImportError', `parent '${name.slice(0, dot)}' not in sys.modules`);
    searchPath = strings(heap, attrOrNull(heap, parent, '__path__'));
  } else {
    if (name === 'builtins' || MODULES.has(name)) return module; // the runtime's modules have no source to re-read
    searchPath = sysPath(it);
  }
  const spec = findSpec(name.slice(dot + 1), searchPath, false);
  if (spec === null || spec === 'builtin') raise('ModuleNotFoundError', `spec not found for the module '${name}'`);
  if (spec.file === null) return module;
  runBody(it, name, lowerFile(it, name, spec.file), moduleDict(heap, module));
  return sysModule(heap, name);
}

/**
 * Reads, lowers (and optimizes, as the script) a module's file and appends its functions to
 * the interpreter's table; returns the index its body got. A syntax error becomes a
 * SyntaxError raised at the import, whose uncaught report shows the error's own location.
 */
function lowerFile(it: Interp, name: string, file: string): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // Only the read itself is an OSError of the import (a cache's failure is not).
    if ((error as NodeJS.ErrnoException).code !== undefined) raise('OSError', `[Errno 2] No such file or directory: '${file}'`);
    throw error;
  }
  let source: string;
  let module: IRModule;
  try {
    source = decodeSource(bytes, file);
    const text = source;
    module = cachedLowering(text, file, () => lowerModule(parseCached(text, file), { filename: file, source: text }));
  } catch (error) {
    if (error instanceof PySyntaxError) throw syntaxErrorRaise(error);
    if (error instanceof CompileRecursionError) raise('RecursionError', error.message);
    throw error;
  }
  if (it.imports.pipeline !== '') runPipeline(module, it.imports.pipeline, { verify: true });
  return appendUnit(it, name, file, source, module);
}

/** The parse cache (grammar/cache.ts), opened at the first import of a source module; null under PYX_NO_CACHE. */
let cache: ParseCache | null | undefined;

/**
 * The module's AST, from the parse cache when the same text was parsed before (by any pyx
 * command: the key is the text). Imported modules, pylib/'s above all, are parsed again on
 * every run otherwise; CPython keeps .pyc files for the same reason. SyntaxWarnings are kept
 * in the entry for `pyx parse` but not printed here: CPython prints them only when it
 * compiles a module anew, which a program's modules rarely are.
 */
function parseCached(source: string, file: string): Module {
  if (cache === undefined) {
    try {
      cache = process.env.PYX_NO_CACHE !== undefined ? null : new ParseCache(defaultCacheDir(), version());
    } catch {
      cache = null; // the parser's sources are not beside it to hash (an unusual install): no cache
    }
  }
  const key = cache?.key(source, 'exec');
  const hit = key === undefined ? undefined : cache!.get(key);
  if (hit !== undefined && hit.tree._type === 'Module') return hit.tree;
  const warnings: LiteralWarning[] = [];
  const tree = parseModule(source, file, { warnings });
  if (key !== undefined) cache!.set(key, { tree, warnings });
  return tree;
}

/** Appends `module`'s functions to the run's function table, renumbered past those present. */
export function appendUnit(it: Interp, name: string, filename: string, source: string, module: IRModule): number {
  const table = it.module.functions;
  const first = table.length;
  for (const fn of module.functions) {
    fn.index += first;
    if (fn.parent !== null) fn.parent += first;
    for (const block of fn.blocks) {
      for (const ins of block.instructions) {
        for (const spec of OP_TABLE[ins.op].attrs) {
          if (spec.kind === 'func' && typeof ins.attrs[spec.name] === 'number') ins.attrs[spec.name] = (ins.attrs[spec.name] as number) + first;
        }
      }
    }
    table.push(fn);
    it.unitOf.push(it.units.length);
  }
  it.units.push({ name, filename, source, first, count: module.functions.length });
  return first;
}

/**
 * The details of the syntax errors imports raised, by type and str(): the report of an
 * uncaught one needs its location (chain.ts), and the exception may have become an object
 * and been re-raised since, so the JS error is no key; the str() names file and line.
 */
const SYNTAX_DETAILS = new Map<string, PySyntaxError>();

function syntaxErrorRaise(error: PySyntaxError): PyRaise {
  const base = error.filename.split('/').pop() ?? error.filename;
  const message = `${error.msg} (${base}, line ${error.lineno})`;
  SYNTAX_DETAILS.set(`${error.type}:${message}`, error);
  return new PyRaise(error.type, message);
}

/** The syntax error behind an exception an import raised, if it is one. */
export function syntaxDetail(pyType: string, message: string): PySyntaxError | undefined {
  return SYNTAX_DETAILS.get(`${pyType}:${message}`);
}

/** IMPORT_FROM: getattr(module, name), else the submodule `<module>.<name>` from sys.modules. */
export function importFrom(it: Interp, module: Value, name: string): Value {
  const heap = it.heap;
  const v = attrOrNull(heap, module, name);
  if (!isNull(v)) return v;
  const modName = strAttr(heap, module, '__name__');
  if (modName !== null) {
    const sub = sysModule(heap, `${modName}.${name}`);
    if (!isNull(sub)) return sub;
  }
  const shown = modName ?? '<unknown module name>';
  const file = strAttr(heap, module, '__file__');
  const where = file ?? 'unknown location';
  const message = modName !== null && it.imports.initializing.has(modName)
    ? `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${shown}' (${where})`;
  // The traceback adds "Did you mean" from the module's names, as for an attribute.
  const error = attachSuggestion(new PyRaise('ImportError', message), attributeSuggestion(heap, module, name));
  throw attachFields(error, { name: shown, path: file, nameFrom: name });
}

/** `from module import *` into `globals`: the names of __all__, else the public names. */
export function importStar(it: Interp, module: Value, globals: Value): void {
  const heap = it.heap;
  const all = attrOrNull(heap, module, '__all__');
  const modName = strAttr(heap, module, '__name__') ?? '<unknown module name>';
  if (!isNull(all)) {
    // Read by index each time: `all` stays reachable from the module while a module
    // __getattr__ runs Python (and may let the collector run).
    const t = tid(heap, all);
    if (t !== TypeId.LIST && t !== TypeId.TUPLE) raise('TypeError', `'${typeNameOf(heap, all)}' object is not iterable`);
    for (let i = 0; i < (t === TypeId.LIST ? listLength(heap, all) : tupleLength(heap, all)); i++) {
      const k = t === TypeId.LIST ? listGet(heap, all, i) : tupleItem(heap, all, i);
      if (tid(heap, k) !== TypeId.STR) raise('TypeError', `Item in ${modName}.__all__ must be str, not ${typeNameOf(heap, k)}`);
      dictSet(heap, globals, k, loadAttr(heap, module, strToJs(heap, k)));
    }
    return;
  }
  if (tid(heap, module) !== TypeId.MODULE) raise('ImportError', 'from-import-* object has no __dict__ and no __all__');
  const dict = moduleDict(heap, module);
  const keys: Value[] = [];
  for (let p = dictNext(heap, dict, 0); p >= 0; p = dictNext(heap, dict, p + 1)) keys.push(dictEntryKey(heap, dict, p));
  for (const k of keys) {
    if (tid(heap, k) !== TypeId.STR || strToJs(heap, k).startsWith('_')) continue;
    dictSet(heap, globals, k, dictGet(heap, dict, k));
  }
}
