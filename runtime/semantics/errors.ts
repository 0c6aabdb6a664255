// The one error type that the scalar semantics throw. The interpreter converts it into a
// Python exception of class `pyType` with `message` as its single argument, so the message
// must be exactly CPython 3.13's text.

/** Python exception classes that these pure functions can raise. */
export type PyExcType =
  | 'ArithmeticError'
  | 'AttributeError'
  | 'IndexError'
  | 'KeyError'
  | 'LookupError'
  | 'MemoryError'
  | 'OverflowError'
  | 'TypeError'
  | 'UnicodeDecodeError'
  | 'UnicodeEncodeError'
  | 'ValueError'
  | 'ZeroDivisionError';

/**
 * Extra fields of a UnicodeEncodeError / UnicodeDecodeError (CPython's `exc.encoding`,
 * `.object`, `.start`, `.end`, `.reason`). `object` is the str being encoded or the bytes
 * being decoded; offsets are code points or bytes accordingly.
 */
export interface UnicodeErrorDetails {
  readonly encoding: string;
  readonly object: string | Uint8Array;
  /** Code-point offsets into `object`, start < end. */
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

/**
 * A Python exception is control flow, most often caught at once (getattr's default, a dict
 * miss, StopIteration, hasattr): capturing a JS stack for each one, as every Error does, cost
 * ~20 us a raise under the interpreter's deep JS stack (measured: 100k getattr(obj, 'missing',
 * None) 3.5 s, CPython 0.04 s). The two Python exception classes pass their message through
 * `noStack` to super() and call `restoreStack` after it, so V8 captures no frames; PYX_DEBUG=1
 * keeps the stacks for diagnosing internal errors.
 */
const KEEP_STACKS = Boolean((globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.PYX_DEBUG);
let savedLimit = 0;

/** Turns JS stack capture off for the Error being constructed; returns `message`. */
export function noStack(message: string): string {
  // Where capture is off already (the CLI turns it off for the whole run: cli/main.ts), the
  // limit is left alone: writing Error.stackTraceLimit at every raise costs as much again.
  if (!KEEP_STACKS && Error.stackTraceLimit !== 0) {
    savedLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
  }
  return message;
}

/** Undoes noStack (call right after super()). */
export function restoreStack(): void {
  if (!KEEP_STACKS && savedLimit !== 0) {
    Error.stackTraceLimit = savedLimit;
    savedLimit = 0;
  }
}

/** Turns JS stack capture off for the whole process unless PYX_DEBUG (the CLI's runs). */
export function noStacksAtAll(): void {
  if (!KEEP_STACKS) Error.stackTraceLimit = 0;
}

/**
 * A Python exception raised by a semantics function.
 * Invariant: `message` is exactly what `str(exc)` prints in CPython 3.13 for the same
 * operation; `details` is present only for UnicodeEncodeError and UnicodeDecodeError.
 */
export class PyError extends Error {
  constructor(
    readonly pyType: PyExcType,
    message: string,
    readonly details?: UnicodeErrorDetails,
  ) {
    super(noStack(message));
    restoreStack();
    this.name = pyType;
  }
}

/** Throw a PyError; typed `never` so callers can write `return raise(...)`. */
export function raise(pyType: PyExcType, message: string): never {
  throw new PyError(pyType, message);
}

/**
 * Run `fn`, turning V8's RangeError for an impossible size (a string or BigInt beyond the
 * engine's limits) into Python's MemoryError, so a huge width or exponent never surfaces as
 * a JS exception.
 */
export function withMemoryGuard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw new PyError('MemoryError', '');
    throw e;
  }
}
