// Python exceptions as the interpreter throws them, and the builtin exception classes.
//
// Issue 3's language has no try/except and no classes, so a raised exception always ends the
// program: it travels as a JS exception (PyRaise, or the runtime's PyError, which is accepted
// everywhere a PyRaise is) collecting traceback entries as it leaves each Python frame.
// Exception classes and instances are still first-class values (native objects) so that
// `e = ValueError("x"); raise e`, `isinstance(e, Exception)` and `print(e)` work.

import { noStack, restoreStack } from '../semantics/errors.js';
import type { PyError } from '../errors.js';

/** One traceback line: where a Python frame was when the exception passed through it. */
export interface TraceEntry {
  readonly filename: string;
  readonly line: number;
  readonly name: string;
  /** The raising instruction's span (UTF-8 byte columns), for CPython's ~~~^^^ markers. */
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

/**
 * A raised Python exception. Invariant: `message` is exactly str(exception) in CPython 3.13;
 * `exitCode`/`exitText` only for SystemExit (code as int, or the text printed to stderr).
 */
export class PyRaise extends Error {
  constructor(readonly pyType: string, message: string, readonly exitCode: number | null = null,
    readonly exitText: string | null = null) {
    super(noStack(message)); // no JS stack: see noStack
    restoreStack();
    this.name = pyType;
  }
}

/** Either kind of raised Python exception. */
export type PyException = PyRaise | PyError;

const TRACE = Symbol('pyx traceback');

/** The traceback entries collected on an exception so far (innermost last once reversed). */
export function traceOf(error: object): TraceEntry[] {
  const e = error as { [TRACE]?: TraceEntry[] };
  return (e[TRACE] ??= []);
}

/** Builtin exception classes and their bases (CPython 3.13's hierarchy, the part pyx raises). */
export const EXCEPTION_BASES: ReadonlyMap<string, string | null> = new Map([
  ['BaseException', null], ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['Exception', 'BaseException'], ['ArithmeticError', 'Exception'], ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['LookupError', 'Exception'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'],
  ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'], ['RuntimeError', 'Exception'], ['RecursionError', 'RuntimeError'],
  ['NotImplementedError', 'RuntimeError'], ['StopIteration', 'Exception'], ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'], ['MemoryError', 'Exception'], ['EOFError', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['GeneratorExit', 'BaseException'], ['StopAsyncIteration', 'Exception'], ['FloatingPointError', 'ArithmeticError'],
  ['BufferError', 'Exception'], ['ReferenceError', 'Exception'], ['SystemError', 'Exception'],
  ['PythonFinalizationError', 'RuntimeError'], ['UnicodeTranslateError', 'UnicodeError'],
  ['OSError', 'Exception'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'],
  ['Warning', 'Exception'], ['UserWarning', 'Warning'], ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'], ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'], ['ResourceWarning', 'Warning'], ['EncodingWarning', 'Warning'],
  // ExceptionGroup's second base, Exception, is in excSubclass (runtime/exception-groups.ts).
  ['BaseExceptionGroup', 'BaseException'], ['ExceptionGroup', 'BaseExceptionGroup'],
]);

/** Whether exception class `name` is `base` or derives from it. */
export function excSubclass(name: string, base: string): boolean {
  for (let n: string | null | undefined = name; n; n = EXCEPTION_BASES.get(n)) if (n === base) return true;
  return name === 'ExceptionGroup' && base === 'Exception'; // class ExceptionGroup(BaseExceptionGroup, Exception)
}

/** The MRO of builtin exception class `name` by name (ExceptionGroup has Exception as second base). */
export function excAncestors(name: string): string[] {
  const out: string[] = [];
  for (let n: string | null | undefined = name; n; n = EXCEPTION_BASES.get(n)) out.push(n);
  if (name === 'ExceptionGroup') out.splice(2, 0, 'Exception');
  return out;
}

export function raise(pyType: string, message: string): never {
  throw new PyRaise(pyType, message);
}
