// Python exceptions raised by runtime operations.
//
// Until exception objects live in the heap (they need the class machinery the interpreter brings),
// a runtime operation that fails throws a PyException carrying the Python type name and message.
// The interpreter catches it and turns it into a heap exception object; nothing else should.

/** A Python exception raised by the runtime. Invariant: `pyType` is a built-in exception name. */
export class PyException extends Error {
  readonly pyType: string;
  readonly pyMessage: string;

  constructor(pyType: string, pyMessage: string) {
    super(`${pyType}: ${pyMessage}`);
    this.name = 'PyException';
    this.pyType = pyType;
    this.pyMessage = pyMessage;
  }
}

export function typeError(message: string): PyException {
  return new PyException('TypeError', message);
}

export function indexError(message: string): PyException {
  return new PyException('IndexError', message);
}

export function keyError(message: string): PyException {
  return new PyException('KeyError', message);
}
