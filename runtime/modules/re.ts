// The `re` module over runtime/stdlib/re (Python's syntax and semantics translated to JS
// regexes): search/match/fullmatch, findall, finditer (eager), sub/subn, split, escape,
// the flags (plain ints: CPython's are RegexFlag enums, whose repr differs), and error.
//
// A Match is a namespace object (like sys.float_info) whose methods — group, groups,
// groupdict, start, end, span — are builtin functions bound to a state tuple (the group
// texts, the spans, the name→index dict), and whose attributes string/pos/endpos/lastindex
// are plain values. It behaves as CPython's Match for those uses, but repr() and type()
// show a module, `m[1]` does not work, and there is no .re/.expand/.lastgroup. Pattern
// objects do not exist yet: `re.compile(p, flags)` is refused with NotImplementedError (a
// native class is needed), and so are function replacements in sub (a call back into
// Python from inside the core's replacement loop). re.error is the class Exception for now
// (native modules cannot define exception classes).

import type { Heap } from '../heap.js';
import { TypeId } from '../layout.js';
import { type Value, NONE, isNull, isNone, fromInt32 } from '../value.js';
import { strToJs, strFromJs, bytesToArray, bytesFromArray, internStr } from '../str.js';
import { newTuple, tupleInit, tupleLength, newList, listAppend } from '../sequence.js';
import { newDict, dictGet, dictSet, dictNext, dictEntryKey, dictEntryValue } from '../dict.js';
import { newModule } from '../objects.js';
import { typeError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { defineFunction, defineModule, arg, self, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr, exceptionClass } from '../builtins/objects.js';
import { tid, typeNameOf, tupleItem } from '../builtins/protocol.js';
import { getIter } from '../builtins/containers.js';
import { ModuleError } from '../stdlib/errors.js';
import * as core from '../stdlib/re/index.js';
import { asInt } from './math.js';

/** The core's module errors as Python exceptions (re.PatternError is Exception here). */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModuleError) raise(e.qualName === 're.PatternError' ? 'Exception' : e.qualName, e.message);
    throw e;
  }
}

function str(heap: Heap, v: Value, what: string): core.Str {
  const t = tid(heap, v);
  if (t === TypeId.STR) return strToJs(heap, v);
  if (t === TypeId.BYTES) return bytesToArray(heap, v);
  throw typeError(`${what} must be str or bytes, not ${typeNameOf(heap, v)}`);
}
const toValue = (heap: Heap, s: core.Str | null): Value =>
  s === null ? NONE : typeof s === 'string' ? strFromJs(heap, s) : bytesFromArray(heap, s);
const flagsOf = (heap: Heap, v: Value): number => (isNull(v) ? 0 : Number(asInt(heap, v)));

// --- Match objects ---
// State tuple: 0 group texts (tuple, None where a group did not participate), 1 spans
// (tuple of 2*(groups+1) ints), 2 groupindex (dict name -> int).

function groupIndex(heap: Heap, state: Value, g: Value): number {
  const n = tupleLength(heap, tupleItem(heap, state, 0));
  const t = tid(heap, g);
  if (t === TypeId.STR) {
    const i = dictGet(heap, tupleItem(heap, state, 2), g);
    if (isNull(i)) raise('IndexError', 'no such group');
    return Number(asInt(heap, i));
  }
  if (t !== TypeId.INT && t !== TypeId.BOOL) raise('IndexError', 'no such group');
  const i = asInt(heap, g);
  if (i < 0n || i >= BigInt(n)) raise('IndexError', 'no such group');
  return Number(i);
}
const groupAt = (heap: Heap, state: Value, i: number): Value => tupleItem(heap, tupleItem(heap, state, 0), i);
const spanAt = (heap: Heap, state: Value, j: number): Value => tupleItem(heap, tupleItem(heap, state, 1), j);
const optGroup = (heap: Heap, state: Value, g: Value): number => (isNull(g) ? 0 : groupIndex(heap, state, g));

const mGroup = defineFunction('re.Match', 'group', '*groups', (heap, a) => {
  const st = self(heap, a);
  const gs = arg(heap, a, 0);
  const n = tupleLength(heap, gs);
  if (n === 0) return groupAt(heap, st, 0);
  if (n === 1) return groupAt(heap, st, groupIndex(heap, st, tupleItem(heap, gs, 0)));
  const out = newTuple(heap, n);
  for (let i = 0; i < n; i++) tupleInit(heap, out, i, groupAt(heap, self(heap, a), groupIndex(heap, self(heap, a), tupleItem(heap, arg(heap, a, 0), i))));
  return out;
});
const mGroups = defineFunction('re.Match', 'groups', 'default=', (heap, a) => {
  const texts = tupleItem(heap, self(heap, a), 0);
  const n = tupleLength(heap, texts) - 1;
  const dflt = isNull(arg(heap, a, 0)) ? NONE : arg(heap, a, 0);
  const out = newTuple(heap, n);
  for (let i = 0; i < n; i++) {
    const v = tupleItem(heap, texts, i + 1);
    tupleInit(heap, out, i, isNone(v) ? dflt : v);
  }
  return out;
});
const mGroupdict = defineFunction('re.Match', 'groupdict', 'default=', (heap, a) => {
  const st = self(heap, a);
  const dflt = isNull(arg(heap, a, 0)) ? NONE : arg(heap, a, 0);
  const out = newDict(heap);
  // The name -> index dict is in pattern order (the core's groupindex order), as CPython's.
  const index = tupleItem(heap, st, 2);
  for (let p = dictNext(heap, index, 0); p !== -1; p = dictNext(heap, index, p + 1)) {
    const v = groupAt(heap, st, Number(asInt(heap, dictEntryValue(heap, index, p))));
    dictSet(heap, out, dictEntryKey(heap, index, p), isNone(v) ? dflt : v);
  }
  return out;
});
const mStart = defineFunction('re.Match', 'start', 'group=, /', (heap, a) => spanAt(heap, self(heap, a), 2 * optGroup(heap, self(heap, a), arg(heap, a, 0))));
const mEnd = defineFunction('re.Match', 'end', 'group=, /', (heap, a) => spanAt(heap, self(heap, a), 2 * optGroup(heap, self(heap, a), arg(heap, a, 0)) + 1));
const mSpan = defineFunction('re.Match', 'span', 'group=, /', (heap, a) => {
  const i = optGroup(heap, self(heap, a), arg(heap, a, 0));
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, spanAt(heap, self(heap, a), 2 * i));
  tupleInit(heap, t, 1, spanAt(heap, self(heap, a), 2 * i + 1));
  return t;
});

function matchObject(heap: Heap, m: core.Match): Value {
  const groups = m.re.groups;
  const texts = newTuple(heap, groups + 1);
  for (let g = 0; g <= groups; g++) tupleInit(heap, texts, g, toValue(heap, m.group(g)));
  const spans = newTuple(heap, 2 * (groups + 1));
  for (let g = 0; g <= groups; g++) {
    tupleInit(heap, spans, 2 * g, fromInt32(m.start(g)));
    tupleInit(heap, spans, 2 * g + 1, fromInt32(m.end(g)));
  }
  const index = newDict(heap);
  for (const [name, g] of m.re.groupindex) dictSet(heap, index, strFromJs(heap, name), fromInt32(g));
  const st = newTuple(heap, 3);
  tupleInit(heap, st, 0, texts);
  tupleInit(heap, st, 1, spans);
  tupleInit(heap, st, 2, index);
  const dict = newDict(heap);
  setAttr(heap, dict, '__name__', internStr(heap, 're.Match'));
  for (const [name, e] of [['group', mGroup], ['groups', mGroups], ['groupdict', mGroupdict], ['start', mStart], ['end', mEnd], ['span', mSpan]] as const) {
    setAttr(heap, dict, name, nativeValue(heap, e, st));
  }
  setAttr(heap, dict, 'string', toValue(heap, m.string));
  setAttr(heap, dict, 'pos', fromInt32(m.pos));
  setAttr(heap, dict, 'endpos', fromInt32(m.endpos));
  const li = m.lastindex;
  setAttr(heap, dict, 'lastindex', li === null ? NONE : fromInt32(li));
  return newModule(heap, internStr(heap, 're.Match'), dict);
}
const maybeMatch = (heap: Heap, m: core.Match | null): Value => (m === null ? NONE : matchObject(heap, m));

// --- Module functions ---

const entries: [string, NativeEntry][] = [];
function def(name: string, sig: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('re', name, sig, fn)]);
}
const pat = (heap: Heap, a: number) => str(heap, arg(heap, a, 0), 'first argument');

def('search', 'pattern, string, flags=', (heap, a) => maybeMatch(heap, run(() => core.search(pat(heap, a), str(heap, arg(heap, a, 1), 'expected string or bytes-like object; string'), flagsOf(heap, arg(heap, a, 2))))));
def('match', 'pattern, string, flags=', (heap, a) => maybeMatch(heap, run(() => core.match(pat(heap, a), str(heap, arg(heap, a, 1), 'string'), flagsOf(heap, arg(heap, a, 2))))));
def('fullmatch', 'pattern, string, flags=', (heap, a) => maybeMatch(heap, run(() => core.fullmatch(pat(heap, a), str(heap, arg(heap, a, 1), 'string'), flagsOf(heap, arg(heap, a, 2))))));
def('findall', 'pattern, string, flags=', (heap, a) => {
  const items = run(() => core.findall(pat(heap, a), str(heap, arg(heap, a, 1), 'string'), flagsOf(heap, arg(heap, a, 2))));
  const out = newList(heap, items.length);
  for (const x of items) {
    if (Array.isArray(x)) {
      const t = newTuple(heap, x.length);
      x.forEach((s, i) => tupleInit(heap, t, i, toValue(heap, s)));
      listAppend(heap, out, t);
    } else listAppend(heap, out, toValue(heap, x));
  }
  return out;
});
def('finditer', 'pattern, string, flags=', (heap, a) => {
  // Eager (CPython's is lazy): the matches are the same; no Python code runs in between.
  const ms = [...run(() => core.finditer(pat(heap, a), str(heap, arg(heap, a, 1), 'string'), flagsOf(heap, arg(heap, a, 2))))];
  const out = newList(heap, ms.length);
  for (const m of ms) listAppend(heap, out, matchObject(heap, m));
  return getIter(heap, out);
});
function repl(heap: Heap, v: Value): core.Str {
  const t = tid(heap, v);
  if (t === TypeId.STR || t === TypeId.BYTES) return str(heap, v, 'repl');
  raise('NotImplementedError', 're.sub with a function replacement is not supported by pyx yet');
}
const countOf = (heap: Heap, v: Value): number => (isNull(v) ? 0 : Number(asInt(heap, v)));
def('sub', 'pattern, repl, string, count=, flags=', (heap, a) => toValue(heap, run(() =>
  core.compile(pat(heap, a), flagsOf(heap, arg(heap, a, 4))).sub(repl(heap, arg(heap, a, 1)), str(heap, arg(heap, a, 2), 'string'), countOf(heap, arg(heap, a, 3))))));
def('subn', 'pattern, repl, string, count=, flags=', (heap, a) => {
  const [s, n] = run(() => core.compile(pat(heap, a), flagsOf(heap, arg(heap, a, 4))).subn(repl(heap, arg(heap, a, 1)), str(heap, arg(heap, a, 2), 'string'), countOf(heap, arg(heap, a, 3))));
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, toValue(heap, s));
  tupleInit(heap, t, 1, fromInt32(n));
  return t;
});
def('split', 'pattern, string, maxsplit=, flags=', (heap, a) => {
  const parts = run(() => core.split(pat(heap, a), str(heap, arg(heap, a, 1), 'string'), countOf(heap, arg(heap, a, 2)), flagsOf(heap, arg(heap, a, 3))));
  const out = newList(heap, parts.length);
  for (const p of parts) listAppend(heap, out, toValue(heap, p));
  return out;
});
def('escape', 'pattern', (heap, a) => toValue(heap, core.escape(str(heap, arg(heap, a, 0), 'pattern'))));
def('purge', '', () => { core.purge(); return NONE; });
def('compile', 'pattern, flags=', () => raise('NotImplementedError', 're.compile is not supported by pyx yet (use the module-level functions with the pattern string)'));

defineModule('re', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  for (const [name, v] of Object.entries(core.FLAGS)) setAttr(heap, dict, name, fromInt32(v as number));
  for (const [short, long] of [['I', 'IGNORECASE'], ['M', 'MULTILINE'], ['S', 'DOTALL'], ['X', 'VERBOSE'], ['A', 'ASCII'], ['U', 'UNICODE'], ['L', 'LOCALE']]) {
    const v = (core.FLAGS as Record<string, number>)[long];
    if (v !== undefined) setAttr(heap, dict, short, fromInt32(v));
  }
  setAttr(heap, dict, 'error', exceptionClass(heap, 'Exception'));
  setAttr(heap, dict, 'PatternError', exceptionClass(heap, 'Exception'));
});
