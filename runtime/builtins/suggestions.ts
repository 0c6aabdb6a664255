// "Did you mean" as CPython 3.13 prints it after NameError, AttributeError and ImportError
// (traceback.py's _compute_suggestion_error over Python/suggestions.c): a Levenshtein
// distance on UTF-8 bytes where a case flip costs 1 and any other edit 2, at most a third of
// the characters changed, the first best candidate in list order winning.
//
// The suggestion is part of the printed traceback only (str(exc) never has it), and it is
// computed when the traceback is printed: the raise site attaches a thunk to its JS error
// (`attachSuggestion`), the interpreter copies it to the exception's record, and the
// traceback printer calls it. A thunk that needs a heap object pins it (`pinForSuggestion`):
// the most recent one stays alive, an older one is dropped (no suggestion) rather than read
// after a collection.

import type { Heap } from '../heap.js';
import { type Value, isNull, sameValue } from '../value.js';
import { internStr } from '../str.js';
import { dictGet, dictSet } from '../dict.js';
import { H } from '../heap.js';
import { fromPtr } from '../value.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

/** suggestions.c's levenshtein_distance over bytes, giving up past `maxCost`. */
export function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) { aStart++; bStart++; }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) { aEnd--; bEnd--; }
  let x = a.subarray(aStart, aEnd), y = b.subarray(bStart, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) { const t = x; x = y; y = t; }
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(x.length);
  for (let i = 0, t = MOVE_COST; i < x.length; i++, t += MOVE_COST) row[i] = t;
  let result = 0;
  for (let bi = 0; bi < y.length; bi++) {
    const code = y[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = distance + substitutionCost(code, x[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** _Py_CalculateSuggestions: the closest candidate to `wrong`, or null. */
export function bestSuggestion(candidates: readonly string[], wrong: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const name = utf8.encode(wrong);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === wrong) continue;
    const bytes = utf8.encode(item);
    const maxDistance = Math.min(Math.floor((name.length + bytes.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = levenshtein(name, bytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) { best = item; bestDistance = d; }
  }
  return best;
}

/** The text a traceback appends: `. Did you mean: 'x'?`, or '' without a suggestion. */
export function didYouMean(suggestion: string | null): string {
  return suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
}

// The thunk is a property of the error under this symbol (a WeakMap entry per AttributeError
// was a measurable part of getattr misses).
const THUNK = Symbol('pyx suggestion');
type WithThunk = { [THUNK]?: () => string };

/** Attach the (lazy) suggestion text to a JS error about to be thrown. */
export function attachSuggestion<E extends object>(error: E, thunk: () => string): E {
  (error as WithThunk)[THUNK] = thunk;
  return error;
}

/** The suggestion thunk of a JS error, if its raise site attached one. */
export function suggestionOf(error: object): (() => string) | undefined {
  return (error as WithThunk)[THUNK];
}

/**
 * What CPython's raise site sets on a NameError, AttributeError or ImportError besides its
 * message: .name, and .obj (an AttributeError's object: a thunk giving NULL once it may have
 * been collected), .path and .name_from (an ImportError's). Kept on the JS error under a
 * symbol, as the suggestion is; the interpreter copies them to the exception object it makes.
 */
export interface ErrorFields {
  readonly name: string;
  readonly obj?: () => Value;
  readonly path?: string | null;
  readonly nameFrom?: string;
}
const FIELDS = Symbol('pyx error fields');
type WithFields = { [FIELDS]?: ErrorFields };

export function attachFields<E extends object>(error: E, fields: ErrorFields): E {
  (error as WithFields)[FIELDS] = fields;
  return error;
}

export function fieldsOf(error: object): ErrorFields | undefined {
  return (error as WithFields)[FIELDS];
}

/**
 * Keeps `v` alive for a later suggestion (in the builtins dict, a GC root) and returns a check
 * that it is still the pinned one (a later pin replaces it).
 */
export function pinForSuggestion(heap: Heap, v: Value): () => boolean {
  const builtins = fromPtr(heap.i32[H.ROOT_BUILTINS]);
  const key = internStr(heap, '\0suggestion_pin');
  dictSet(heap, builtins, key, v);
  return () => {
    const now = dictGet(heap, builtins, key);
    return !isNull(now) && sameValue(now, v);
  };
}

/** CPython 3.13's builtins namespace in its dict order (NameError candidates, last). */
export const BUILTIN_NAMES: readonly string[] = [
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__build_class__', '__import__', 'abs', 'all', 'any',
  'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format',
  'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'aiter', 'len',
  'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum',
  'vars', 'None', 'Ellipsis', 'NotImplemented', 'False', 'True', 'bool', 'memoryview', 'bytearray', 'bytes',
  'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'property', 'int', 'list', 'map',
  'object', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip', '__debug__',
  'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'LookupError',
  'MemoryError', 'NameError', 'OSError', 'ReferenceError', 'RuntimeError', 'StopAsyncIteration', 'StopIteration',
  'SyntaxError', 'SystemError', 'TypeError', 'ValueError', 'Warning', 'FloatingPointError', 'OverflowError',
  'ZeroDivisionError', 'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning',
  'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError',
  'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError',
  'TimeoutError', 'IndentationError', '_IncompleteInputError', 'IndexError', 'KeyError', 'ModuleNotFoundError',
  'NotImplementedError', 'PythonFinalizationError', 'RecursionError', 'UnboundLocalError', 'UnicodeError',
  'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'TabError',
  'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'ExceptionGroup', 'EnvironmentError', 'IOError',
  'open', 'quit', 'exit', 'copyright', 'credits', 'license', 'help',
];
