// BaseExceptionGroup / ExceptionGroup (CPython's Objects/exceptions.c), add_note/__notes__,
// and the two steps of `except*` (CPython's CHECK_EG_MATCH and _PyExc_PrepReraiseStar).
//
// A group is a native EXC object (builtins/native.ts) of class BaseExceptionGroup or
// ExceptionGroup: F1 args = (message, exceptions as given), F2 the exceptions as a tuple
// (GROUP_EXCEPTIONS). A builtin exception keeps its __notes__ list in F7 (EXC_NOTES; NULL
// until add_note); a user exception keeps it in its instance dict (F7 there), as CPython does.
// Values are NaN-boxed: none is kept in a JS array (V8 may canonicalize NaN payloads stored
// in arrays); lists on the heap, rooted by handles, hold them instead.

import type { Heap } from './heap.js';
import { type Value, NULL, NONE, TRUE, isNull, isNone, sameValue } from './value.js';
import { TypeId } from './layout.js';
import { NativeKind, nativeKind, newNative, nget, nset } from './builtins/native.js';
import { excSubclass, raise } from './builtins/exceptions.js';
import { classHooks } from './builtins/class-hooks.js';
import { tid, truthy, tupleItem, typeNameOf } from './builtins/protocol.js';
import { exceptionClass, exceptionGroupHooks } from './builtins/objects.js';
import { extendFromIterable } from './builtins/containers.js';
import { arg, defineMethod } from './builtins/registry.js';
import { newList, listAppend, listGet, listLength, newTuple, tupleInit, tupleLength } from './sequence.js';
import { strFromJs, strToJs } from './str.js';
import { pushHandle, handleGet, popHandles } from './gc.js';
import { callPy, isClass } from './classes.js';
import {
  EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_NOTES, GROUP_EXCEPTIONS, excRecord, excRecordIfAny, groupExceptions, isExceptionGroup,
} from './exceptions.js';

/** isinstance(exc, the builtin exception class `name`), for builtin and user exceptions. */
function excIsA(heap: Heap, exc: Value, name: string): boolean {
  if (classHooks.isUserException(heap, exc)) return classHooks.excMatches(heap, exc, exceptionClass(heap, name));
  if (excRecordIfAny(heap, exc)?.pyType === name) return true;
  return excSubclass(typeNameOf(heap, exc), name);
}

function isExceptionClass(heap: Heap, v: Value): boolean {
  return nativeKind(heap, v) === NativeKind.EXC_TYPE || classHooks.isExceptionClass(heap, v);
}

/** A list of an iterable's items (no Python code runs for the sequences accepted here). */
function listOf(heap: Heap, seq: Value): Value {
  const items = newList(heap);
  extendFromIterable(heap, items, seq);
  return items;
}

function listToTuple(heap: Heap, list: Value): Value {
  const n = listLength(heap, list);
  const t = newTuple(heap, n);
  for (let i = 0; i < n; i++) tupleInit(heap, t, i, listGet(heap, list, i));
  return t;
}

/**
 * `cls(message, exceptions)` for cls BaseExceptionGroup or ExceptionGroup, with CPython's
 * checks; BaseExceptionGroup makes an ExceptionGroup when every exception is an Exception.
 */
export function newExceptionGroup(heap: Heap, cls: Value, args: Value): Value {
  const n = tupleLength(heap, args);
  if (n !== 2) raise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${n} given)`);
  const message = tupleItem(heap, args, 0), seq = tupleItem(heap, args, 1);
  if (tid(heap, message) !== TypeId.STR) raise('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeNameOf(heap, message)}`);
  const t = tid(heap, seq);
  // PySequence_Check: what has __getitem__ and is not a dict.
  if (t !== TypeId.LIST && t !== TypeId.TUPLE && t !== TypeId.RANGE && t !== TypeId.STR && t !== TypeId.BYTES) {
    raise('TypeError', 'second argument (exceptions) must be a sequence');
  }
  const items = listOf(heap, seq);
  const count = listLength(heap, items);
  if (count === 0) raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  for (let i = 0; i < count; i++) {
    const item = listGet(heap, items, i);
    if (nativeKind(heap, item) !== NativeKind.EXC) raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!excIsA(heap, item, 'Exception')) nestedBase = true;
  }
  const name = strToJs(heap, nget(heap, cls, 0));
  let use = cls;
  if (name === 'BaseExceptionGroup' && !nestedBase) use = exceptionClass(heap, 'ExceptionGroup');
  else if (name === 'ExceptionGroup' && nestedBase) raise('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  const exceptions = listToTuple(heap, items);
  const group = newNative(heap, NativeKind.EXC);
  nset(heap, group, 0, use);
  nset(heap, group, 1, args);
  nset(heap, group, GROUP_EXCEPTIONS, exceptions);
  return group;
}
exceptionGroupHooks.create = newExceptionGroup;

/** BaseExceptionGroup(message, list) for a part of `group` (its derive()). */
function derive(heap: Heap, group: Value, list: Value): Value {
  const args = newTuple(heap, 2);
  tupleInit(heap, args, 0, tupleItem(heap, nget(heap, group, 1), 0));
  tupleInit(heap, args, 1, list);
  return newExceptionGroup(heap, exceptionClass(heap, 'BaseExceptionGroup'), args);
}

/** The __notes__ of an exception, or NULL when it has none. */
export function excNotes(heap: Heap, exc: Value): Value {
  if (classHooks.isUserException(heap, exc)) {
    const v = classHooks.excGetAttr(heap, exc, '__notes__');
    return isNull(v) ? NULL : v;
  }
  return nget(heap, exc, EXC_NOTES);
}

/** A derived part gets the original's traceback, cause, context and a copy of its notes. */
function deriveAndCopy(heap: Heap, group: Value, list: Value): Value {
  const part = derive(heap, group, list);
  nset(heap, part, EXC_CAUSE, nget(heap, group, EXC_CAUSE));
  nset(heap, part, EXC_SUPPRESS, TRUE); // PyException_SetCause always sets it
  nset(heap, part, EXC_CONTEXT, nget(heap, group, EXC_CONTEXT));
  const record = excRecordIfAny(heap, group);
  if (record !== null) excRecord(heap, part).trace = record.trace.slice();
  const notes = excNotes(heap, group);
  if (!isNull(notes) && (tid(heap, notes) === TypeId.LIST || tid(heap, notes) === TypeId.TUPLE)) nset(heap, part, EXC_NOTES, listOf(heap, notes));
  return part;
}

/** Which leaves a split keeps: decides for one exception (a group or not). */
type Matcher = (exc: Value) => boolean;

/** (match, rest) of CPython's exceptiongroup_split_recursive; rest is NONE unless `withRest`. */
function splitRecursive(heap: Heap, exc: Value, matcher: Matcher, withRest: boolean): { match: Value; rest: Value } {
  if (matcher(exc)) return { match: exc, rest: NONE };
  if (!isExceptionGroup(heap, exc)) return { match: NONE, rest: withRest ? exc : NONE };
  const top = pushHandle(heap, newList(heap));
  pushHandle(heap, newList(heap));
  try {
    const excs = groupExceptions(heap, exc);
    for (let i = 0; i < tupleLength(heap, excs); i++) {
      const part = splitRecursive(heap, tupleItem(heap, excs, i), matcher, withRest);
      if (!isNone(part.match)) listAppend(heap, handleGet(heap, top), part.match);
      if (!isNone(part.rest)) listAppend(heap, handleGet(heap, top + 1), part.rest);
    }
    const matched = handleGet(heap, top), rest = handleGet(heap, top + 1);
    const match = listLength(heap, matched) > 0 ? deriveAndCopy(heap, exc, matched) : NONE;
    pushHandle(heap, match);
    return { match, rest: listLength(heap, rest) > 0 ? deriveAndCopy(heap, exc, rest) : NONE };
  } finally {
    popHandles(heap, top);
  }
}

/** The matcher for split()/subgroup()'s argument: a class, a tuple of classes, or a predicate. */
function matcherOf(heap: Heap, condition: Value): Matcher {
  const isClassSpec = (v: Value) => isExceptionClass(heap, v);
  if (isClassSpec(condition) || (tid(heap, condition) === TypeId.TUPLE && allClasses(heap, condition))) {
    return (exc) => matchesSpec(heap, exc, condition);
  }
  if (tid(heap, condition) === TypeId.FUNCTION && !isClass(heap, condition)) {
    return (exc) => truthy(heap, callPy(heap, condition, 1, exc));
  }
  return raise('TypeError', 'expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

function allClasses(heap: Heap, t: Value): boolean {
  for (let i = 0; i < tupleLength(heap, t); i++) if (!isExceptionClass(heap, tupleItem(heap, t, i))) return false;
  return true;
}

/** isinstance(exc, spec) for an exception class or a tuple of them. */
function matchesSpec(heap: Heap, exc: Value, spec: Value): boolean {
  if (tid(heap, spec) === TypeId.TUPLE) {
    for (let i = 0; i < tupleLength(heap, spec); i++) if (matchesSpec(heap, exc, tupleItem(heap, spec, i))) return true;
    return false;
  }
  if (classHooks.isUserException(heap, exc) || classHooks.isExceptionClass(heap, spec)) return classHooks.excMatches(heap, exc, spec);
  return excIsA(heap, exc, strToJs(heap, nget(heap, spec, 0)));
}

function pair(heap: Heap, a: Value, b: Value): Value {
  const t = newTuple(heap, 2);
  tupleInit(heap, t, 0, a);
  tupleInit(heap, t, 1, b);
  return t;
}

/**
 * CHECK_EG_MATCH for `except* spec` on `exc` (NONE once nothing is left): a tuple
 * (match, rest). A naked exception that matches is wrapped in ExceptionGroup("", (exc,)).
 */
export function exceptStarMatch(heap: Heap, exc: Value, spec: Value): Value {
  const specs = tid(heap, spec) === TypeId.TUPLE ? spec : null;
  const n = specs === null ? 1 : tupleLength(heap, specs);
  for (let i = 0; i < n; i++) {
    const cls = specs === null ? spec : tupleItem(heap, specs, i);
    if (!isExceptionClass(heap, cls)) raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    const name = nativeKind(heap, cls) === NativeKind.EXC_TYPE ? strToJs(heap, nget(heap, cls, 0)) : '';
    if (name === 'ExceptionGroup' || name === 'BaseExceptionGroup') {
      raise('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
  if (isNone(exc)) return pair(heap, NONE, NONE);
  if (matchesSpec(heap, exc, spec)) {
    if (isExceptionGroup(heap, exc)) return pair(heap, exc, NONE);
    const args = newTuple(heap, 2);
    tupleInit(heap, args, 0, strFromJs(heap, ''));
    const one = newTuple(heap, 1);
    tupleInit(heap, one, 0, exc);
    tupleInit(heap, args, 1, one);
    const wrapped = newExceptionGroup(heap, exceptionClass(heap, 'BaseExceptionGroup'), args);
    const record = excRecordIfAny(heap, exc);
    if (record !== null) excRecord(heap, wrapped).trace = record.trace.slice();
    return pair(heap, wrapped, NONE);
  }
  if (!isExceptionGroup(heap, exc)) return pair(heap, NONE, exc);
  const h = pushHandle(heap, exc);
  try {
    const part = splitRecursive(heap, exc, (e) => matchesSpec(heap, e, spec), true);
    return pair(heap, part.match, part.rest);
  } finally {
    popHandles(heap, h);
  }
}

/** Same traceback, cause and context: a part of the original re-raised, not a new exception. */
function sameMetadata(heap: Heap, a: Value, b: Value): boolean {
  if (!sameValue(nget(heap, a, EXC_CAUSE), nget(heap, b, EXC_CAUSE))) return false;
  if (!sameValue(nget(heap, a, EXC_CONTEXT), nget(heap, b, EXC_CONTEXT))) return false;
  const ta = excRecordIfAny(heap, a)?.trace ?? [], tb = excRecordIfAny(heap, b)?.trace ?? [];
  return ta.length === tb.length && ta.every((entry, i) => entry === tb[i]);
}

/** Appends the leaf exceptions of `exc` to `leaves` (a list). */
function collectLeaves(heap: Heap, exc: Value, leaves: Value): void {
  if (!isExceptionGroup(heap, exc)) { listAppend(heap, leaves, exc); return; }
  const excs = groupExceptions(heap, exc);
  for (let i = 0; i < tupleLength(heap, excs); i++) collectLeaves(heap, tupleItem(heap, excs, i), leaves);
}

function listHas(heap: Heap, list: Value, v: Value): boolean {
  for (let i = 0; i < listLength(heap, list); i++) if (sameValue(listGet(heap, list, i), v)) return true;
  return false;
}

/**
 * What an `except*` statement raises at its end (_PyExc_PrepReraiseStar): `excs` is the list
 * of what its handlers raised plus, last, the unhandled rest (None entries allowed). Parts of
 * `orig` keep its nesting; new exceptions join them in an ExceptionGroup(""). NONE: nothing.
 */
export function prepReraiseStar(heap: Heap, orig: Value, excs: Value): Value {
  const n = listLength(heap, excs);
  if (!isExceptionGroup(heap, orig)) return n === 0 ? NONE : listGet(heap, excs, 0);
  const top = pushHandle(heap, newList(heap)); // raised
  pushHandle(heap, newList(heap)); // leaves re-raised
  try {
    for (let i = 0; i < n; i++) {
      const e = listGet(heap, excs, i);
      if (isNone(e)) continue;
      if (sameMetadata(heap, e, orig)) collectLeaves(heap, e, handleGet(heap, top + 1));
      else listAppend(heap, handleGet(heap, top), e);
    }
    const raised = handleGet(heap, top), leaves = handleGet(heap, top + 1);
    const reraised = listLength(heap, leaves) === 0 ? NONE
      : splitRecursive(heap, orig, (e) => !isExceptionGroup(heap, e) && listHas(heap, leaves, e), false).match;
    if (listLength(heap, raised) === 0) return reraised;
    if (!isNone(reraised)) listAppend(heap, raised, reraised);
    if (listLength(heap, raised) === 1) return listGet(heap, raised, 0);
    const args = newTuple(heap, 2);
    tupleInit(heap, args, 0, strFromJs(heap, ''));
    tupleInit(heap, args, 1, raised);
    return newExceptionGroup(heap, exceptionClass(heap, 'BaseExceptionGroup'), args);
  } finally {
    popHandles(heap, top);
  }
}

// --- Methods ---

const EXC_KEY = 100 + NativeKind.EXC;

function selfGroup(heap: Heap, a: number, method: string): Value {
  const self = handleGet(heap, a);
  if (!isExceptionGroup(heap, self)) raise('AttributeError', `'${typeNameOf(heap, self)}' object has no attribute '${method}'`);
  return self;
}

defineMethod(EXC_KEY, 'BaseExceptionGroup', 'split', 'condition, /', (heap, a) => {
  const self = selfGroup(heap, a, 'split');
  const part = splitRecursive(heap, self, matcherOf(heap, arg(heap, a, 0)), true);
  return pair(heap, part.match, part.rest);
});
defineMethod(EXC_KEY, 'BaseExceptionGroup', 'subgroup', 'condition, /', (heap, a) => {
  const self = selfGroup(heap, a, 'subgroup');
  return splitRecursive(heap, self, matcherOf(heap, arg(heap, a, 0)), false).match;
});
defineMethod(EXC_KEY, 'BaseExceptionGroup', 'derive', 'excs, /', (heap, a) => derive(heap, selfGroup(heap, a, 'derive'), arg(heap, a, 0)));
defineMethod(EXC_KEY, 'BaseException', 'add_note', 'note, /', (heap, a) => {
  const self = handleGet(heap, a), note = arg(heap, a, 0);
  if (tid(heap, note) !== TypeId.STR) raise('TypeError', `note must be a str, not '${typeNameOf(heap, note)}'`);
  let notes = excNotes(heap, self);
  if (isNull(notes)) {
    notes = newList(heap);
    if (classHooks.isUserException(heap, self)) classHooks.excSetAttr(heap, self, '__notes__', notes);
    else nset(heap, self, EXC_NOTES, notes);
  }
  if (tid(heap, notes) !== TypeId.LIST) raise('TypeError', 'Cannot add note: __notes__ is not a list');
  listAppend(heap, notes, note);
  return NONE;
});
defineMethod(EXC_KEY, 'BaseException', 'with_traceback', 'tb, /', (heap, a) => {
  // pyx has no traceback objects: only None can be given (what __traceback__ reads).
  if (!isNone(arg(heap, a, 0))) raise('TypeError', '__traceback__ must be a traceback or None');
  return handleGet(heap, a);
});

