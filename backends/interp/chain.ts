// The text CPython 3.13 prints for an uncaught exception with its chain: first the cause
// (or, unless suppressed, the context), recursively, each followed by the sentence that
// links it to the next, then the exception itself (print_exception_recursive in
// Python/pythonrun.c). An exception never raised has no traceback: only its last line.
// Exception groups print in CPython's boxes (print_exception_group): the group's traceback
// under "Exception Group Traceback", then each sub-exception, numbered, with the margin
// "| " indented by nesting; notes (add_note) follow an exception's last line.

import type { Heap, Value } from '../../runtime/index.js';
import { isNone, sameValue } from '../../runtime/index.js';
import type { PyError } from '../../runtime/errors.js';
import { type PyRaise, traceOf } from '../../runtime/builtins/exceptions.js';
import { typeNameOf } from '../../runtime/builtins/protocol.js';
import { excMessage } from '../../runtime/builtins/repr.js';
import { excCause, excContext, excRecordIfAny, excSuppressContext, groupExceptions, isExceptionGroup } from '../../runtime/exceptions.js';
import { excNotes } from '../../runtime/exception-groups.js';
import { isNull, listGet, listLength, strToJs, tupleLength } from '../../runtime/index.js';
import { TypeId } from '../../runtime/layout.js';
import { tid, tupleItem } from '../../runtime/builtins/protocol.js';
import { reprValue, strValue } from '../../runtime/builtins/repr.js';
import { boundException } from './exceptions.js';
import { finalLine, formatTraceback, type SourceLookup } from './traceback.js';
import { suggestionOf } from '../../runtime/builtins/suggestions.js';
import { syntaxDetail } from './modules.js';
import { formatSyntaxError } from '../../grammar/error-format.js';
import { NativeKind, nativeKind, nget } from '../../runtime/builtins/native.js';
import { isClass } from '../../runtime/classes.js';
import { loadAttr } from '../../runtime/builtins/objects.js';

const CAUSE = 'The above exception was the direct cause of the following exception:';
const CONTEXT = 'During handling of the above exception, another exception occurred:';
/** CPython's defaults for printing exception groups (traceback.c / pythonrun.c). */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * A user exception class's name as tracebacks print it: `__qualname__`, prefixed by
 * `__module__` unless that is `__main__` or `builtins` (CPython's print_exception); null for a
 * builtin exception (its record or type name serves).
 */
function qualifiedTypeName(heap: Heap, exc: Value): string | null {
  if (nativeKind(heap, exc) !== NativeKind.EXC || !isClass(heap, nget(heap, exc, 0))) return null;
  const cls = nget(heap, exc, 0);
  const qualname = loadAttr(heap, cls, '__qualname__'), module = loadAttr(heap, cls, '__module__');
  const q = tid(heap, qualname) === TypeId.STR ? strToJs(heap, qualname) : typeNameOf(heap, exc);
  const m = tid(heap, module) === TypeId.STR ? strToJs(heap, module) : '__main__';
  return m === '__main__' || m === 'builtins' ? q : `${m}.${q}`;
}

function lastLine(type: string, message: string): string {
  return finalLine(type, message);
}

/**
 * Printing state as CPython's exception_print_context: inside an exception group every line
 * gets an indent of 2 * depth and the margin "| "; `needClose` asks for the closing line.
 */
interface PrintCtx {
  readonly heap: Heap;
  readonly source: string | SourceLookup;
  readonly seen: Value[];
  depth: number;
  needClose: boolean;
  out: string;
}

const indent = (p: PrintCtx) => ' '.repeat(2 * p.depth);
const margin = (p: PrintCtx) => (p.depth > 0 ? '| ' : '');

/** Writes `text` (lines ending in \n) with the indented margin before each line. */
function writeLines(p: PrintCtx, text: string): void {
  for (const line of text.split('\n').slice(0, -1)) p.out += `${indent(p)}${margin(p)}${line}\n`;
}

/** A SyntaxError an import raised ends with the error's own location, as CPython prints it. */
function withSyntaxDetail(text: string, detail: ReturnType<typeof syntaxDetail>): string {
  if (detail === undefined) return text;
  const body = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
  return body + formatSyntaxError(detail);
}

/** The exception's traceback (if any), its last line and its notes (CPython's print_exception). */
function printException(p: PrintCtx, exc: Value): void {
  const { heap } = p;
  const record = excRecordIfAny(heap, exc);
  const type = qualifiedTypeName(heap, exc) ?? record?.pyType ?? typeNameOf(heap, exc);
  const message = excMessage(heap, exc) + (record?.suggest?.() ?? '');
  const last = lastLine(type, message);
  if (p.depth === 0 && !isExceptionGroup(heap, exc)) {
    p.out += record === null || record.trace.length === 0 ? last
      : withSyntaxDetail(formatTraceback(record.trace, p.source, type, message), syntaxDetail(type, message));
  } else {
    if (record !== null && record.trace.length > 0) {
      const text = formatTraceback(record.trace, p.source, type, message);
      const lines = text.slice(0, text.length - last.length).split('\n').slice(0, -1);
      const group = isExceptionGroup(heap, exc);
      const headerMargin = group && p.depth === 1 ? '+ ' : margin(p);
      p.out += `${indent(p)}${headerMargin}${group ? 'Exception Group Traceback (most recent call last):' : lines[0]}\n`;
      for (const line of lines.slice(1)) p.out += `${indent(p)}${margin(p)}${line}\n`;
    }
    // Only the first line of a multi-line message gets the margin, as in CPython.
    p.out += `${indent(p)}${margin(p)}${last}`;
  }
  const notes = excNotes(heap, exc);
  if (!isNull(notes) && (tid(heap, notes) === TypeId.LIST || tid(heap, notes) === TypeId.TUPLE)) {
    const n = tid(heap, notes) === TypeId.LIST ? listLength(heap, notes) : tupleLength(heap, notes);
    for (let i = 0; i < n; i++) {
      const note = tid(heap, notes) === TypeId.LIST ? listGet(heap, notes, i) : tupleItem(heap, notes, i);
      const text = tid(heap, note) === TypeId.STR ? strToJs(heap, note) : strValue(heap, note);
      writeLines(p, text.endsWith('\n') ? text : `${text}\n`);
    }
  } else if (!isNull(notes)) {
    writeLines(p, `${reprValue(heap, notes)}\n`);
  }
}

/** CPython's print_exception_group: the group, then each sub-exception in a numbered box. */
function printGroup(p: PrintCtx, group: Value): void {
  const { heap } = p;
  const top = p.depth === 0;
  if (top) p.depth = 1;
  printException(p, group);
  const excs = groupExceptions(heap, group);
  const count = tupleLength(heap, excs);
  const n = p.depth > MAX_GROUP_DEPTH ? 0 : count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
  p.needClose = false;
  for (let i = 0; i < n; i++) {
    const lastExc = i === n - 1;
    if (lastExc) p.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    p.out += `${indent(p)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    p.depth++;
    if (!truncated) printRecursive(p, tupleItem(heap, excs, i));
    else {
      const more = count - MAX_GROUP_WIDTH;
      p.out += `${indent(p)}${margin(p)}and ${more} more exception${more > 1 ? 's' : ''}\n`;
    }
    if (lastExc && p.needClose) {
      p.out += `${indent(p)}+------------------------------------\n`;
      p.needClose = false;
    }
    p.depth--;
  }
  if (top) p.depth = 0;
}

/** The exception after its cause or (unsuppressed) context, as print_exception_recursive. */
function printRecursive(p: PrintCtx, exc: Value): void {
  const { heap } = p;
  if (p.depth > MAX_GROUP_DEPTH) {
    p.out += `${indent(p)}${margin(p)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
    return;
  }
  p.seen.push(exc);
  const isSeen = (v: Value) => p.seen.some((s) => sameValue(s, v));
  const cause = excCause(heap, exc);
  const context = excContext(heap, exc);
  const linked = (other: Value, sentence: string) => {
    printRecursive(p, other);
    writeLines(p, `\n${sentence}\n\n`);
  };
  if (!isNone(cause)) { if (!isSeen(cause)) linked(cause, CAUSE); }
  else if (!isNone(context) && !excSuppressContext(heap, exc) && !isSeen(context)) linked(context, CONTEXT);
  if (isExceptionGroup(heap, exc)) printGroup(p, exc);
  else printException(p, exc);
}

/** The text CPython prints for exception object `exc`: with its causes and contexts when `chain`. */
export function exceptionText(heap: Heap, exc: Value, source: string | SourceLookup, chain: boolean): string {
  const p: PrintCtx = { heap, source, seen: [], depth: 0, needClose: false, out: '' };
  if (chain) printRecursive(p, exc);
  else if (isExceptionGroup(heap, exc)) printGroup(p, exc);
  else printException(p, exc);
  return p.out;
}

/** The stderr text for an uncaught exception (with its chain when it has an object). */
export function uncaughtText(heap: Heap, error: PyRaise | PyError, source: string | SourceLookup): string {
  const exc = boundException(error);
  if (exc === null) {
    const message = error.message + (suggestionOf(error)?.() ?? '');
    return withSyntaxDetail(formatTraceback(traceOf(error), source, error.pyType, message), syntaxDetail(error.pyType, error.message));
  }
  const p: PrintCtx = { heap, source, seen: [], depth: 0, needClose: false, out: '' };
  printRecursive(p, exc);
  return p.out;
}
