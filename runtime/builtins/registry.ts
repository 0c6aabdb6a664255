// How builtin functions, methods, constructors and modules are declared (see README.md).
//
// A native function receives its arguments already bound to its declared parameters, in the
// calling thread's handle stack (so they stay GC roots even if the function calls back into
// Python): `fn(heap, a)`, where handle `a` holds the bound `self` (NULL for a plain function)
// and `arg(heap, a, i)` parameter i (NULL when an optional one was not passed). A `*args`
// parameter receives a tuple, a `**kwargs` parameter a dict. It returns a Value and raises by
// throwing PyError (runtime/errors.ts) or PyRaise (exceptions.ts).

import type { Heap } from '../heap.js';
import { handleGet } from '../gc.js';
import type { Value } from '../value.js';

/** A native implementation; see the file comment for the calling convention. */
export type NativeFn = (heap: Heap, a: number) => Value;

/**
 * A parsed signature. Invariants: `names.length === optional.length`; positional-only
 * parameters are the first `posOnly`, keyword-only ones start at `kwOnly` (=== names.length
 * when none); `varargs`/`varkw` are indices into `names` or -1.
 */
export interface Signature {
  readonly names: readonly string[];
  readonly optional: readonly boolean[];
  readonly posOnly: number;
  readonly kwOnly: number;
  readonly varargs: number;
  readonly varkw: number;
  /** Number of positional parameters (before `*`/`*args`). */
  readonly positional: number;
}

/** One registered native: what the binder and the error messages need. */
export interface NativeEntry {
  readonly index: number;
  /** As Python names it in messages and reprs: 'len', 'append' (qualname 'list.append'). */
  readonly name: string;
  readonly qualname: string;
  readonly sig: Signature;
  readonly fn: NativeFn;
  /** 'function' for builtins and module functions, 'method' for methods of builtin types. */
  readonly kind: 'function' | 'method';
}

/** Every native, by index (the index is what a builtin function object stores). */
export const NATIVES: NativeEntry[] = [];

/** Methods by type key (TypeId, or 100 + NativeKind for native objects), then name. */
export const METHODS = new Map<number, Map<string, NativeEntry>>();

/** Constructors of builtin types (called when the type object is called), by TypeId. */
export const CONSTRUCTORS = new Map<number, NativeEntry>();

/** Builtin module initializers, by module name; each runs once per runtime. */
export const MODULES = new Map<string, (heap: Heap, dict: Value) => void>();

/** Functions of the `builtins` namespace, by name. */
export const BUILTIN_FUNCTIONS = new Map<string, NativeEntry>();

/**
 * Parses a Python-style signature: "x, /, y=, *args, key=, **kwargs". A trailing `=` marks an
 * optional parameter (the function sees NULL when it is omitted and applies its own default),
 * `/` ends the positional-only ones, a bare `*` starts the keyword-only ones.
 */
export function parseSignature(text: string): Signature {
  // Thousands of natives are declared at start-up with a few hundred distinct signatures.
  let sig = SIGNATURES.get(text);
  if (sig === undefined) SIGNATURES.set(text, sig = parseSignatureText(text));
  return sig;
}

/** Signatures by text: shared by the natives that declare the same one (never mutated). */
const SIGNATURES = new Map<string, Signature>();

function parseSignatureText(text: string): Signature {
  const names: string[] = [];
  const optional: boolean[] = [];
  let posOnly = 0;
  let kwOnly = -1;
  let varargs = -1;
  let varkw = -1;
  for (const raw of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    if (raw === '/') { posOnly = names.length; continue; }
    if (raw === '*') { kwOnly = names.length; continue; }
    if (raw.startsWith('**')) { varkw = names.length; names.push(raw.slice(2)); optional.push(true); continue; }
    if (raw.startsWith('*')) { varargs = names.length; kwOnly = names.length + 1; names.push(raw.slice(1)); optional.push(true); continue; }
    const opt = raw.endsWith('=');
    names.push(opt ? raw.slice(0, -1) : raw);
    optional.push(opt);
  }
  const kw = kwOnly < 0 ? (varkw >= 0 ? varkw : names.length) : kwOnly;
  const positional = varargs >= 0 ? varargs : Math.min(kw, varkw >= 0 ? varkw : names.length);
  return { names, optional, posOnly, kwOnly: kw, varargs, varkw, positional };
}

function entry(name: string, qualname: string, signature: string, fn: NativeFn, kind: 'function' | 'method'): NativeEntry {
  const e: NativeEntry = { index: NATIVES.length, name, qualname, sig: parseSignature(signature), fn, kind };
  NATIVES.push(e);
  return e;
}

/** Declares a function of the `builtins` namespace (print, len, ...). */
export function defineBuiltin(name: string, signature: string, fn: NativeFn): NativeEntry {
  const e = entry(name, name, signature, fn, 'function');
  BUILTIN_FUNCTIONS.set(name, e);
  return e;
}

/**
 * Declares a module-level function (math.sqrt); put it in the module's dict from its init.
 * `qualname` is what messages name it by (an extension class's constructor: 'deque').
 */
export function defineFunction(module: string, name: string, signature: string, fn: NativeFn, qualname = `${module}.${name}`): NativeEntry {
  return entry(name, qualname, signature, fn, 'function');
}

/** Declares a method of a builtin type: `self` is in handle `a`. `typeKey`: TypeId (or 100 + NativeKind). */
export function defineMethod(typeKey: number, typeName: string, name: string, signature: string, fn: NativeFn): NativeEntry {
  const e = entry(name, `${typeName}.${name}`, signature, fn, 'method');
  let table = METHODS.get(typeKey);
  if (table === undefined) METHODS.set(typeKey, (table = new Map()));
  table.set(name, e);
  return e;
}

/** Declares what calling the builtin type object `typeId` does (int(x), list(it), ...). */
export function defineConstructor(typeId: number, typeName: string, signature: string, fn: NativeFn): NativeEntry {
  const e = entry(typeName, typeName, signature, fn, 'function');
  CONSTRUCTORS.set(typeId, e);
  return e;
}

/** Declares a builtin module; `init` fills its dict (use `setAttr` from module-support.ts). */
export function defineModule(name: string, init: (heap: Heap, dict: Value) => void): void {
  MODULES.set(name, init);
}

/** Parameter i of the native call whose handles start at `a` (NULL when not passed). */
export function arg(heap: Heap, a: number, i: number): Value {
  return handleGet(heap, a + 1 + i);
}

/** The bound `self` of a method call (NULL for plain functions). */
export function self(heap: Heap, a: number): Value {
  return handleGet(heap, a);
}
