// `_pyx_re`: the native core under pylib/re/ (the `re` programs import). It matches with
// runtime/stdlib/re (Python's regular-expression syntax and semantics translated to JS
// regexes, with a clear error where they differ) and hands results back as plain tuples;
// pylib/re builds CPython's Pattern and Match classes, callable replacements, re.error and
// the RegexFlag flags on top, in Python.
//
// Every function takes the pattern as its text and flags (the core caches compiled patterns
// by both). A match is a state tuple:
//   (spans, texts, lastindex, lastgroup, pos, endpos)
// spans: 2 * (groups + 1) ints (code points; -1, -1 for a group that did not take part);
// texts: groups + 1 str/bytes or None. A pattern error is a ValueError whose message is the
// core's (CPython's text, ending in `at position N`); pylib/re turns it into re.error.

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, isNull, isNone, fromInt32, fromBool } from '../value.js';
import { strToJs, strFromJs, bytesToArray, bytesFromArray } from '../str.js';
import { newTuple, tupleInit, tupleLength, newList, listAppend } from '../sequence.js';
import { newDict, dictSet } from '../dict.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, typeNameOf, tupleItem } from '../builtins/protocol.js';
import { pushHandle, popHandles, handleGet } from '../gc.js';
import { ModuleError } from '../stdlib/errors.js';
import * as core from '../stdlib/re/index.js';
import { parseTemplate, expandTemplate } from '../stdlib/re/template.js';
import { asInt } from './math.js';

/** The core's pattern errors as ValueError (pylib/re re-raises them as re.error). */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModuleError) raise(e.qualName === 're.PatternError' ? 'ValueError' : e.qualName, e.message);
    throw e;
  }
}

function subject(heap: Heap, v: Value, what: string): core.Str {
  const t = tid(heap, v);
  if (t === TypeId.STR) return strToJs(heap, v);
  if (t === TypeId.BYTES) return bytesToArray(heap, v);
  throw typeError(`${what} must be str or bytes, not ${typeNameOf(heap, v)}`);
}
const toValue = (heap: Heap, s: core.Str | null): Value =>
  s === null ? NONE : typeof s === 'string' ? strFromJs(heap, s) : bytesFromArray(heap, s);
const intArg = (heap: Heap, v: Value, dflt: number): number => (isNull(v) || isNone(v) ? dflt : Number(asInt(heap, v)));
const compiled = (heap: Heap, a: number): core.Pattern => run(() => core.compile(subject(heap, arg(heap, a, 0), 'first argument'), intArg(heap, arg(heap, a, 1), 0)));
const MAXSIZE = 2 ** 53;
/** endpos: CPython's default is sys.maxsize; the core clamps it to the subject's length. */
const endposOf = (heap: Heap, v: Value): number | undefined => { const e = intArg(heap, v, MAXSIZE); return e >= MAXSIZE ? undefined : e; };

/** A match's state tuple (see the header). Each part is rooted in a handle while the next is built. */
function state(heap: Heap, m: core.Match): Value {
  const groups = m.re.groups;
  const top = pushHandle(heap, newTuple(heap, 2 * (groups + 1)));
  try {
    for (let g = 0; g <= groups; g++) {
      tupleInit(heap, handleGet(heap, top), 2 * g, fromInt32(m.start(g)));
      tupleInit(heap, handleGet(heap, top), 2 * g + 1, fromInt32(m.end(g)));
    }
    pushHandle(heap, newTuple(heap, groups + 1));
    for (let g = 0; g <= groups; g++) tupleInit(heap, handleGet(heap, top + 1), g, toValue(heap, m.group(g)));
    const lastgroup = m.lastgroup;
    pushHandle(heap, lastgroup === null ? NONE : strFromJs(heap, lastgroup));
    const st = newTuple(heap, 6);
    tupleInit(heap, st, 0, handleGet(heap, top));
    tupleInit(heap, st, 1, handleGet(heap, top + 1));
    tupleInit(heap, st, 2, m.lastindex === null ? NONE : fromInt32(m.lastindex));
    tupleInit(heap, st, 3, handleGet(heap, top + 2));
    tupleInit(heap, st, 4, fromInt32(m.pos));
    tupleInit(heap, st, 5, fromInt32(m.endpos));
    return st;
  } finally {
    popHandles(heap, top);
  }
}

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('_pyx_re', name, sig, fn)]);
}

// info(pattern, flags) -> (groups, groupindex, flags, repr, is_bytes)
def('info', 'pattern, flags, /', (heap, a) => {
  const p = compiled(heap, a);
  const top = pushHandle(heap, newDict(heap));
  try {
    for (const [name, g] of p.groupindex) dictSet(heap, handleGet(heap, top), strFromJs(heap, name), fromInt32(g));
    pushHandle(heap, strFromJs(heap, p.repr()));
    const t = newTuple(heap, 5);
    tupleInit(heap, t, 0, fromInt32(p.groups));
    tupleInit(heap, t, 1, handleGet(heap, top));
    tupleInit(heap, t, 2, fromInt32(p.flags));
    tupleInit(heap, t, 3, handleGet(heap, top + 1));
    tupleInit(heap, t, 4, fromBool(p.isBytes));
    return t;
  } finally {
    popHandles(heap, top);
  }
});

// scan(pattern, flags, string, pos, endpos, mode): mode 0 search, 1 match, 2 fullmatch.
def('scan', 'pattern, flags, string, pos, endpos, mode, /', (heap, a) => {
  const p = compiled(heap, a);
  const s = subject(heap, arg(heap, a, 2), 'expected string or bytes-like object; string');
  const pos = intArg(heap, arg(heap, a, 3), 0), endpos = endposOf(heap, arg(heap, a, 4));
  const mode = intArg(heap, arg(heap, a, 5), 0);
  const m = run(() => (mode === 0 ? p.search(s, pos, endpos) : mode === 1 ? p.match(s, pos, endpos) : p.fullmatch(s, pos, endpos)));
  return m === null ? NONE : state(heap, m);
});

// scanall(pattern, flags, string, pos, endpos): the state of every match (finditer), eagerly.
def('scanall', 'pattern, flags, string, pos, endpos, /', (heap, a) => {
  const p = compiled(heap, a);
  const s = subject(heap, arg(heap, a, 2), 'expected string or bytes-like object; string');
  const ms = [...run(() => p.finditer(s, intArg(heap, arg(heap, a, 3), 0), endposOf(heap, arg(heap, a, 4))))];
  const top = pushHandle(heap, newList(heap, ms.length));
  try {
    for (const m of ms) listAppend(heap, handleGet(heap, top), state(heap, m));
    return handleGet(heap, top);
  } finally {
    popHandles(heap, top);
  }
});

def('findall', 'pattern, flags, string, pos, endpos, /', (heap, a) => {
  const p = compiled(heap, a);
  const items = run(() => p.findall(subject(heap, arg(heap, a, 2), 'expected string or bytes-like object; string'), intArg(heap, arg(heap, a, 3), 0), endposOf(heap, arg(heap, a, 4))));
  const top = pushHandle(heap, newList(heap, items.length));
  try {
    for (const x of items) {
      if (Array.isArray(x)) {
        const t = pushHandle(heap, newTuple(heap, x.length));
        x.forEach((s, i) => tupleInit(heap, handleGet(heap, t), i, toValue(heap, s)));
        listAppend(heap, handleGet(heap, top), handleGet(heap, t));
        popHandles(heap, t);
      } else listAppend(heap, handleGet(heap, top), toValue(heap, x));
    }
    return handleGet(heap, top);
  } finally {
    popHandles(heap, top);
  }
});

// subn(pattern, flags, template, string, count) -> (result, n), for a str/bytes template.
def('subn', 'pattern, flags, repl, string, count, /', (heap, a) => {
  const p = compiled(heap, a);
  const repl = subject(heap, arg(heap, a, 2), 'repl');
  const [s, n] = run(() => p.subn(repl, subject(heap, arg(heap, a, 3), 'expected string or bytes-like object; string'), intArg(heap, arg(heap, a, 4), 0)));
  const top = pushHandle(heap, toValue(heap, s));
  try {
    const t = newTuple(heap, 2);
    tupleInit(heap, t, 0, handleGet(heap, top));
    tupleInit(heap, t, 1, fromInt32(n));
    return t;
  } finally {
    popHandles(heap, top);
  }
});

def('split', 'pattern, flags, string, maxsplit, /', (heap, a) => {
  const p = compiled(heap, a);
  const parts = run(() => p.split(subject(heap, arg(heap, a, 2), 'expected string or bytes-like object; string'), intArg(heap, arg(heap, a, 3), 0)));
  const top = pushHandle(heap, newList(heap, parts.length));
  try {
    for (const x of parts) listAppend(heap, handleGet(heap, top), toValue(heap, x));
    return handleGet(heap, top);
  } finally {
    popHandles(heap, top);
  }
});

// expand(pattern, flags, template, texts): Match.expand over a match's group texts.
def('expand', 'pattern, flags, template, texts, /', (heap, a) => {
  const p = compiled(heap, a);
  const tv = arg(heap, a, 2);
  const isStr = tid(heap, tv) === TypeId.STR;
  if (p.isBytes === isStr || (!isStr && tid(heap, tv) !== TypeId.BYTES)) {
    throw typeError(p.isBytes ? `expected a bytes-like object, ${typeNameOf(heap, tv)} found` : `expected str instance, ${typeNameOf(heap, tv)} found`);
  }
  const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
  const text = isStr ? strToJs(heap, tv) : latin1(bytesToArray(heap, tv));
  const texts = arg(heap, a, 3);
  const groupText = (g: number): string | null => {
    const v = tupleItem(heap, texts, g);
    return isNone(v) ? null : tid(heap, v) === TypeId.STR ? strToJs(heap, v) : latin1(bytesToArray(heap, v));
  };
  const t = run(() => parseTemplate(text, p.groups + 1, p.groupindex, p.isBytes));
  void tupleLength;
  return toValue(heap, p.out(expandTemplate(t, groupText)));
});

def('escape', 'pattern, /', (heap, a) => toValue(heap, core.escape(subject(heap, arg(heap, a, 0), 'pattern'))));
def('purge', '', () => { core.purge(); return NONE; });

defineModule('_pyx_re', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  for (const [name, v] of Object.entries(core.FLAGS)) setAttr(heap, dict, name, fromInt32(v as number));
});
