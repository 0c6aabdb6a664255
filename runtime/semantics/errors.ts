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
    super(message);
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
