// The text CPython 3.13 prints for an uncaught exception with its chain: first the cause
// (or, unless suppressed, the context), recursively, each followed by the sentence that
// links it to the next, then the exception itself (print_exception_recursive in
// Python/pythonrun.c). An exception never raised has no traceback: only its last line.

import type { Heap, Value } from '../../runtime/index.js';
import { isNone, sameValue } from '../../runtime/index.js';
import type { PyError } from '../../runtime/errors.js';
import { type PyRaise, traceOf } from '../../runtime/builtins/exceptions.js';
import { typeNameOf } from '../../runtime/builtins/protocol.js';
import { excMessage } from '../../runtime/builtins/repr.js';
import { excCause, excContext, excRecordIfAny, excSuppressContext } from '../../runtime/exceptions.js';
import { boundException } from './exceptions.js';
import { formatTraceback, type SourceLookup } from './traceback.js';
import { syntaxDetail } from './modules.js';
import { formatSyntaxError } from '../../grammar/error-format.js';

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';

function lastLine(type: string, message: string): string {
  return message === '' ? `${type}\n` : `${type}: ${message}\n`;
}

function single(heap: Heap, exc: Value, source: string | SourceLookup): string {
  const record = excRecordIfAny(heap, exc);
  const type = record?.pyType ?? typeNameOf(heap, exc);
  const message = excMessage(heap, exc);
  if (record === null || record.trace.length === 0) return lastLine(type, message);
  return withSyntaxDetail(formatTraceback(record.trace, source, type, message), syntaxDetail(type, message));
}

/** A SyntaxError an import raised ends with the error's own location, as CPython prints it. */
function withSyntaxDetail(text: string, detail: ReturnType<typeof syntaxDetail>): string {
  if (detail === undefined) return text;
  const body = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
  return body + formatSyntaxError(detail);
}

function chain(heap: Heap, exc: Value, source: string | SourceLookup, seen: Value[]): string {
  seen.push(exc);
  const isSeen = (v: Value) => seen.some((s) => sameValue(s, v));
  const cause = excCause(heap, exc);
  const context = excContext(heap, exc);
  let out = '';
  if (!isNone(cause) && !isSeen(cause)) out = chain(heap, cause, source, seen) + CAUSE;
  else if (!isNone(context) && !excSuppressContext(heap, exc) && !isSeen(context)) out = chain(heap, context, source, seen) + CONTEXT;
  return out + single(heap, exc, source);
}

/** The stderr text for an uncaught exception (with its chain when it has an object). */
export function uncaughtText(heap: Heap, error: PyRaise | PyError, source: string | SourceLookup): string {
  const exc = boundException(error);
  if (exc === null) return withSyntaxDetail(formatTraceback(traceOf(error), source, error.pyType, error.message), syntaxDetail(error.pyType, error.message));
  return chain(heap, exc, source, []);
}
