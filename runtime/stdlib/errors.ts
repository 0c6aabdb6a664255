// Exceptions of stdlib modules whose classes are not builtins (json.JSONDecodeError,
// struct.error, re.PatternError (3.13's name; re.error is an alias)). The interpreter maps `qualName` to the module's class.

/** The module-level exception classes raised by runtime/stdlib. */
export type ModuleExcName =
  | 'json.JSONDecodeError'
  | 'struct.error'
  | 're.PatternError'
  /** A valid Python construct that pyx's re cannot give Python's meaning in JS (builtin class). */
  | 'NotImplementedError'
  /** Builtin: nesting deeper than CPython's C recursion limit allows (json). */
  | 'RecursionError';

/**
 * A module exception. Invariant: `message` is exactly CPython 3.13's str(exc); `fields`
 * holds the exception's attributes (JSONDecodeError: msg, doc, pos, lineno, colno;
 * re.PatternError: msg, pattern, pos, lineno, colno), positions in code points.
 */
export class ModuleError extends Error {
  constructor(
    readonly qualName: ModuleExcName,
    message: string,
    readonly fields: Readonly<Record<string, string | number | null>> = {},
  ) {
    super(message);
    this.name = qualName;
  }
}
