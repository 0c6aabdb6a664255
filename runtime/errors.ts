// Python exceptions raised by runtime operations.
//
// The runtime throws the same error type as the pure semantics functions
// (runtime/semantics/errors.ts: PyError with `pyType` and CPython's exact message), so the
// interpreter has one thing to catch and turn into a heap exception object.

import { PyError } from './semantics/errors.js';

export { PyError };

export function typeError(message: string): PyError {
  return new PyError('TypeError', message);
}

export function indexError(message: string): PyError {
  return new PyError('IndexError', message);
}

export function keyError(message: string): PyError {
  return new PyError('KeyError', message);
}
