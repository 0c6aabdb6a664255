// exec() and eval() of source strings, globals() and locals(): the string is parsed, lowered
// and appended to the run's function table like an imported module's body (modules.ts
// appendUnit), then run with the given globals as its namespace, through the same IR and
// interpreter as everything else.
//
// Scope rules as CPython 3.13: without dicts, the caller's globals and locals are used; at
// module level they are one dict, inside a function the locals are a snapshot (PEP 667), so
// names the string binds there are not seen by the function. pyx runs the string's code with
// ONE namespace: inside a function (or with a separate locals mapping) that namespace is a
// copy of the globals updated with the locals, so reads see both and writes stay in the copy.
// exec() with a locals dict of its own then writes the names the code bound back into it.
// A globals dict without '__builtins__' gets the builtins module under that key.

import type { Expression, Module } from '../../ast/nodes.js';
import {
  type Heap, type Value, isNull, isNone, internStr, strToJs, newDict, dictGet, dictSet, dictNext, dictEntryKey,
  dictEntryValue, newFunction, pushFrame, topFrame, cellGet, NONE, sameValue, strFromJs, newTuple, tupleInit, tupleLength, fromInt32, newList, listAppend, listGet, listLength,
} from '../../runtime/index.js';
import { H } from '../../runtime/heap.js';
import { fromPtr, loOf } from '../../runtime/value.js';
import { TypeId } from '../../runtime/layout.js';
import { tid, typeNameOf } from '../../runtime/builtins/protocol.js';
import { raise, PyRaise } from '../../runtime/builtins/exceptions.js';
import { defineBuiltin, arg } from '../../runtime/builtins/registry.js';
import { bytesLikeData } from '../../runtime/builtins/bytes-like.js';
import { introspectHooks } from '../../runtime/builtins/introspect.js';
import { defineExtType, newExt, isExt } from '../../runtime/builtins/ext-types.js';
import { defineExtClass } from '../../runtime/modules/ext-class.js';
import { nget, nset } from '../../runtime/builtins/native.js';
import { pushHandle, popHandles, handleGet } from '../../runtime/gc.js';
import { dictDelete } from '../../runtime/dict.js';
import { lowerModule } from '../../lower/index.js';
import { CLASS_NAMESPACE } from '../../lower/scopes.js';
import { parseModule, parseExpression } from '../../grammar/parse.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { compileFunction } from './compile.js';
import { runFrame } from './call.js';
import { appendUnit, importName } from './modules.js';
import type { Interp } from './state.js';
import { exceptionClass, newException } from '../../runtime/builtins/objects.js';
import { raiseValue } from './exceptions.js';

let current: Interp | null = null;

/** Points exec/eval/globals/locals of this thread at `it`. */
export function installExecHooks(it: Interp): void {
  current = it;
}

const RESULT = '\0eval result';

/** The calling frame's globals (natives push no frame of their own). */
function callerGlobals(heap: Heap): Value {
  return heap.f64[(topFrame(heap) + 32) >>> 3];
}

/** locals() of the calling frame: its globals at module level, else a snapshot of its bound names. */
function callerLocals(it: Interp): Value {
  const heap = it.heap;
  const frame = topFrame(heap);
  const index = heap.i32[(frame >>> 2) + 2];
  const code = compileFunction(it, index);
  if (code.fn.kind === 'module') return callerGlobals(heap);
  // A class body's locals are its namespace (the hidden first parameter, lower/classes.ts).
  const ns = code.localSlot.get(CLASS_NAMESPACE);
  if (ns !== undefined && !isNull(heap.f64[((frame + 40) >>> 3) + ns])) return heap.f64[((frame + 40) >>> 3) + ns];
  const out = newDict(heap);
  const top = pushHandle(heap, out);
  try {
    const base = (frame + 40) >>> 3;
    for (const [name, slot] of code.localSlot) {
      const v = heap.f64[base + slot];
      if (!isNull(v)) dictSet(heap, handleGet(heap, top), internStr(heap, name), v);
    }
    for (const [name, slot] of code.cellSlot) {
      const c = heap.f64[base + slot];
      if (isNull(c) || tid(heap, c) !== TypeId.CELL) continue;
      const v = cellGet(heap, c);
      if (!isNull(v)) dictSet(heap, handleGet(heap, top), internStr(heap, name), v);
    }
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

/** The source of a code object (compile()): its text, file name and mode. */
interface CodeSource { text: string; filename: string; mode: string }

function codeSource(heap: Heap, v: Value): CodeSource | null {
  if (!isExt(heap, v, CODE)) return null;
  return { text: strToJs(heap, nget(heap, v, 1)), filename: strToJs(heap, nget(heap, v, 2)), mode: strToJs(heap, nget(heap, v, 3)) };
}

/** compile()'s result: a code object that exec()/eval() run (F1 source, F2 file name, F3 mode). */
const CODE = defineExtType('code', 'builtins', {
  repr: (heap, v) => `<code object <module> at 0x${(loOf(v) >>> 0).toString(16).padStart(12, '0')}, file "${strToJs(heap, nget(heap, v, 2))}", line 1>`,
});
// Its class, so type(code) prints <class 'code'>; pyx makes code objects only by compile(),
// and code(...)'s sixteen-plus fields have no meaning here, so any call is CPython's arity error.
defineExtClass(CODE, '*args', (heap, a) => raise('TypeError', `code expected at least 16 arguments, got ${tupleLength(heap, arg(heap, a, 0))}`));

function sourceText(heap: Heap, v: Value, fn: 'exec' | 'eval'): string {
  const code = codeSource(heap, v);
  if (code !== null) return code.text;
  if (tid(heap, v) === TypeId.STR) return strToJs(heap, v);
  const d = bytesLikeData(heap, v);
  if (d !== null) return new TextDecoder().decode(d);
  return raise('TypeError', `${fn}() arg 1 must be a string, bytes or code object`);
}

/** The SyntaxError object CPython raises for source given to exec/eval/compile: msg and its details tuple. */
function syntaxError(error: PySyntaxError, filename = '<string>'): never {
  const heap = current!.heap;
  const details = newTuple(heap, 6);
  const top = pushHandle(heap, details);
  try {
    tupleInit(heap, details, 0, strFromJs(heap, filename));
    tupleInit(heap, details, 1, fromInt32(error.lineno));
    tupleInit(heap, handleGet(heap, top), 2, fromInt32(error.offset));
    // CPython's text is the whole line with its newline.
    tupleInit(heap, handleGet(heap, top), 3, error.text === null ? NONE : strFromJs(heap, error.text.endsWith('\n') ? error.text : `${error.text}\n`));
    tupleInit(heap, handleGet(heap, top), 4, fromInt32(error.endLineno));
    tupleInit(heap, handleGet(heap, top), 5, fromInt32(error.endOffset));
    const args = newTuple(heap, 2);
    pushHandle(heap, args);
    tupleInit(heap, args, 0, strFromJs(heap, error.msg));
    tupleInit(heap, args, 1, handleGet(heap, top));
    const exc = newException(heap, exceptionClass(heap, error.type), args);
    return raiseValue(current!, exc, null);
  } finally { popHandles(heap, top); }
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): parses (and
// lowers, so the compiler's own SyntaxErrors are raised here as in CPython) and returns a code
// object that exec()/eval() accept; the flags are not supported.
defineBuiltin('compile', 'source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=', (heap, a) => {
  const text = sourceText(heap, arg(heap, a, 0), 'exec');
  const fileV = arg(heap, a, 1), modeV = arg(heap, a, 2);
  if (tid(heap, fileV) !== TypeId.STR) raise('TypeError', `compile() argument 'filename' must be str, not ${typeNameOf(heap, fileV)}`);
  if (tid(heap, modeV) !== TypeId.STR) raise('TypeError', `compile() argument 'mode' must be str, not ${typeNameOf(heap, modeV)}`);
  const filename = strToJs(heap, fileV), mode = strToJs(heap, modeV);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') raise('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
  try {
    // An expression is lowered too: the compiler's own errors (keyword argument repeated).
    if (mode === 'eval') lowerModule(evalModule(parseExpression(text.replace(/^[ \t]+/, ''), filename)), { filename, source: text });
    else lowerModule(parseCode(text, filename, mode), { filename, source: text });
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxError(e, filename);
    throw e;
  }
  const code = newExt(heap, CODE);
  const top = pushHandle(heap, code);
  try {
    nset(heap, handleGet(heap, top), 1, strFromJs(heap, text));
    nset(heap, handleGet(heap, top), 2, fileV);
    nset(heap, handleGet(heap, top), 3, modeV);
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
});

/** The one namespace the string's code runs in (see the file comment); rooted by the caller. */
function namespace(it: Interp, globalsV: Value, localsV: Value, fn: 'exec' | 'eval'): Value {
  const heap = it.heap;
  let globals = globalsV, locals = localsV;
  if (isNull(globals) || isNone(globals)) {
    globals = callerGlobals(heap);
    if (isNull(locals) || isNone(locals)) locals = callerLocals(it);
  } else if (tid(heap, globals) !== TypeId.DICT) {
    raise('TypeError', fn === 'exec' ? `exec() globals must be a dict, not ${typeNameOf(heap, globals)}` : `globals must be a dict`);
  }
  // Both stay rooted while the builtins module is looked up (an import may run Python code).
  const rooted = pushHandle(heap, globals);
  pushHandle(heap, isNull(locals) ? NONE : locals);
  try {
    return namespaceOf(it, globals, locals);
  } finally { popHandles(heap, rooted); }
}

function namespaceOf(it: Interp, globals: Value, locals: Value): Value {
  const heap = it.heap;
  const key = internStr(heap, '__builtins__');
  if (isNull(dictGet(heap, globals, key))) {
    const top = pushHandle(heap, globals);
    try {
      const builtins = importName(it, globals, 'builtins', null, 0);
      dictSet(heap, handleGet(heap, top), key, builtins);
    } finally { popHandles(heap, top); }
  }
  if (isNull(locals) || isNone(locals) || sameValue(locals, globals)) return globals;
  if (tid(heap, locals) !== TypeId.DICT) raise('TypeError', `locals must be a mapping`);
  const merged = newDict(heap);
  const top = pushHandle(heap, merged);
  try {
    // Not a loop over [globals, locals]: a Value must never sit in a JS array (runtime/value.ts).
    const copy = (src: Value) => {
      for (let p = dictNext(heap, src, 0); p >= 0; p = dictNext(heap, src, p + 1)) dictSet(heap, handleGet(heap, top), dictEntryKey(heap, src, p), dictEntryValue(heap, src, p));
    };
    copy(globals);
    copy(locals);
    return handleGet(heap, top);
  } finally { popHandles(heap, top); }
}

/**
 * The units exec/eval already lowered, per interpreter, by mode, file name and source text: the
 * same text run again (a compile()d code object in a loop, a template's expressions) reuses its
 * function — lowering, compiling and growing the function table once, not at every call. A
 * unit's code does not depend on the globals it runs with (its names are looked up in the
 * namespace dict; the global-load caches check the dict they read, globals.ts).
 */
const unitCache = new WeakMap<Interp, Map<string, number>>();

/** The function index of `text`'s unit, parsing (`parse`) and lowering it the first time. */
function unitFor(it: Interp, mode: string, text: string, filename: string, parse: () => Module): number {
  let units = unitCache.get(it);
  if (units === undefined) unitCache.set(it, (units = new Map()));
  const key = `${mode}\0${filename}\0${text}`;
  const known = units.get(key);
  if (known !== undefined) return known;
  let module;
  try {
    module = lowerModule(parse(), { filename, source: text });
  } catch (e) {
    // Parse errors and the compiler's own SyntaxErrors (symtable, assignment targets …) are raised into Python.
    if (e instanceof PySyntaxError) throw syntaxError(e, filename);
    throw e;
  }
  // No source for the unit: CPython's tracebacks show no line for "<string>" (nor for a
  // compile() file name that linecache does not know).
  const first = appendUnit(it, filename, filename, '', module);
  units.set(key, first);
  return first;
}

/** Runs the unit whose body is function `first` with `globals`. */
function run(it: Interp, first: number, globals: Value): void {
  const heap = it.heap;
  const code = compileFunction(it, first);
  const fn = newFunction(heap, first, { name: internStr(heap, '<module>'), qualname: internStr(heap, '<module>'), globals, module: internStr(heap, '<string>') });
  const frame = pushFrame(heap, fn, globals, first, code.nslots);
  it.depth++;
  runFrame(it, code, frame);
}

defineBuiltin('exec', 'source, globals=, locals=, /, *, closure=', (heap, a) => {
  const it = current!;
  const code = codeSource(heap, arg(heap, a, 0));
  if (code?.mode === 'eval') { evalSource(heap, a); return NONE; }
  const text = sourceText(heap, arg(heap, a, 0), 'exec');
  const filename = code?.filename ?? '<string>';
  const mode = code?.mode ?? 'exec';
  const first = unitFor(it, mode, text, filename, () => parseCode(text, filename, mode));
  const ns = namespace(it, arg(heap, a, 1), arg(heap, a, 2), 'exec');
  const top = pushHandle(heap, ns);
  try {
    run(it, first, handleGet(heap, top));
  } finally {
    writeBack(heap, handleGet(heap, top), arg(heap, a, 1), arg(heap, a, 2));
    popHandles(heap, top);
  }
  return NONE;
});

/**
 * exec(src, globals, locals) with a locals dict of its own: the names the code bound or
 * deleted in the merged namespace go to `locals`, where CPython's STORE_NAME/DELETE_NAME put
 * them (a name equal to its global and absent from `locals` was never bound here).
 */
function writeBack(heap: Heap, ns: Value, globals: Value, locals: Value): void {
  if (isNull(locals) || isNone(locals) || isNull(globals) || isNone(globals) || sameValue(locals, globals) || sameValue(ns, globals)) return;
  if (tid(heap, locals) !== TypeId.DICT) return;
  const builtinsKey = internStr(heap, '__builtins__');
  for (let p = dictNext(heap, ns, 0); p >= 0; p = dictNext(heap, ns, p + 1)) {
    const k = dictEntryKey(heap, ns, p);
    if (sameValue(k, builtinsKey)) continue;
    const v = dictEntryValue(heap, ns, p);
    if (isNull(dictGet(heap, locals, k)) && sameValue(dictGet(heap, globals, k), v)) continue;
    dictSet(heap, locals, k, v);
  }
  // Keys deleted by the code: collected first, as deleting while walking would skip entries.
  const gone = newList(heap);
  const top = pushHandle(heap, gone);
  try {
    for (let p = dictNext(heap, locals, 0); p >= 0; p = dictNext(heap, locals, p + 1)) {
      if (isNull(dictGet(heap, ns, dictEntryKey(heap, locals, p)))) listAppend(heap, handleGet(heap, top), dictEntryKey(heap, locals, p));
    }
    for (let i = 0; i < listLength(heap, handleGet(heap, top)); i++) dictDelete(heap, locals, listGet(heap, handleGet(heap, top), i));
  } finally { popHandles(heap, top); }
}

defineBuiltin('eval', 'source, globals=, locals=, /', (heap, a) => evalSource(heap, a));

/**
 * The module an exec- or single-mode source runs as. 'single' (the interactive prompt's mode,
 * which doctest compiles each example in) takes one statement — a line of `;`-separated
 * simple statements counts as one — and shows the value of every expression statement
 * outside function and class bodies through sys.displayhook, as CPython's PRINT_EXPR.
 */
function parseCode(text: string, filename: string, mode: string): Module {
  const tree = parseModule(text, filename);
  if (mode !== 'single') return tree;
  const body = tree.body as unknown as Array<{ lineno: number; end_lineno: number; col_offset: number }>;
  const extra = body.find((s, i) => i > 0 && s.lineno > body[0]!.end_lineno);
  if (extra !== undefined) {
    const line = text.split('\n')[body[0]!.lineno - 1] ?? '';
    throw new PySyntaxError('SyntaxError', 'multiple statements found while compiling a single statement', filename,
      body[0]!.lineno, body[0]!.col_offset + 1, `${line}\n`, body[0]!.lineno, line.length + 1);
  }
  displayExpressions(tree.body as unknown as AstNode[]);
  return tree;
}

type AstNode = { _type: string; [field: string]: unknown };

/** Rewrites `expr` statements to `__import__('sys').displayhook(expr)`, in place, through compound statements. */
function displayExpressions(stmts: AstNode[]): void {
  for (const stmt of stmts) {
    if (stmt._type === 'Expr') {
      const value = stmt.value as AstNode;
      const at = { lineno: value.lineno, col_offset: value.col_offset, end_lineno: value.end_lineno, end_col_offset: value.end_col_offset };
      const load = { _type: 'Load' };
      const importSys = { _type: 'Call', func: { _type: 'Name', id: '__import__', ctx: load, ...at }, args: [{ _type: 'Constant', value: 'sys', kind: null, ...at }], keywords: [], ...at };
      const hook = { _type: 'Attribute', value: importSys, attr: 'displayhook', ctx: load, ...at };
      stmt.value = { _type: 'Call', func: hook, args: [value], keywords: [], ...at };
      continue;
    }
    if (stmt._type === 'FunctionDef' || stmt._type === 'AsyncFunctionDef' || stmt._type === 'ClassDef') continue;
    for (const field of ['body', 'orelse', 'finalbody']) {
      if (Array.isArray(stmt[field])) displayExpressions(stmt[field] as AstNode[]);
    }
    for (const inner of [...(Array.isArray(stmt.handlers) ? stmt.handlers : []), ...(Array.isArray(stmt.cases) ? stmt.cases : [])] as AstNode[]) {
      displayExpressions(inner.body as AstNode[]);
    }
  }
}

/** The module an eval-mode expression runs as: one assignment of its value to RESULT. */
function evalModule(expr: Expression): Module {
  const body = expr.body as unknown as { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };
  const at = { lineno: body.lineno, col_offset: body.col_offset, end_lineno: body.end_lineno, end_col_offset: body.end_col_offset };
  return {
    _type: 'Module', type_ignores: [],
    body: [{ _type: 'Assign', targets: [{ _type: 'Name', id: RESULT, ctx: { _type: 'Store' }, ...at }], value: expr.body, type_comment: null, ...at }],
  } as unknown as Module;
}

function evalSource(heap: Heap, a: number): Value {
  const it = current!;
  const code = codeSource(heap, arg(heap, a, 0));
  if (code !== null && code.mode !== 'eval') {
    // eval() of an exec-mode code object runs it and gives None, as CPython.
    const first = unitFor(it, code.mode, code.text, code.filename, () => parseCode(code.text, code.filename, code.mode));
    const ns = namespace(it, arg(heap, a, 1), arg(heap, a, 2), 'eval');
    const top = pushHandle(heap, ns);
    try { run(it, first, handleGet(heap, top)); } finally { popHandles(heap, top); }
    return NONE;
  }
  const text = sourceText(heap, arg(heap, a, 0), 'eval').replace(/^[ \t]+/, '');
  const first = unitFor(it, 'eval', text, '<string>', () => evalModule(parseExpression(text, '<string>')));
  const ns = namespace(it, arg(heap, a, 1), arg(heap, a, 2), 'eval');
  const top = pushHandle(heap, ns);
  try {
    run(it, first, handleGet(heap, top));
    const key = internStr(heap, RESULT);
    const v = dictGet(heap, handleGet(heap, top), key);
    pushHandle(heap, v);
    dictDelete(heap, handleGet(heap, top), key);
    return v;
  } finally { popHandles(heap, top); }
}

defineBuiltin('globals', '', (heap) => callerGlobals(heap));
defineBuiltin('locals', '', () => callerLocals(current!));
introspectHooks.callerLocals = () => callerLocals(current!);
