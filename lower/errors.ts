// Compile-time errors of the lowering: features outside pyx's language so far
// (UnsupportedFeatureError), and CPython's own compile-time SyntaxErrors (symtable and
// compiler checks), built as PySyntaxError with CPython's positions.

import { PySyntaxError } from '../grammar/errors.js';
import type { Position } from '../ast/nodes.js';
import type { LiteralWarning } from '../grammar/literals.js';

/**
 * A valid Python construct that pyx cannot compile yet. `message` is the full line pyx
 * prints, e.g. `pyx: line 3: 'class' statements are not supported yet`.
 */
export class UnsupportedFeatureError extends Error {
  constructor(readonly feature: string, readonly line: number, readonly filename: string) {
    super(`pyx: line ${line}: ${feature} not supported yet`);
  }
}

/**
 * CPython's RecursionError "maximum recursion depth exceeded during compilation", raised
 * when the AST nests deeper than its compiler's limit (a path of more than
 * COMPILE_DEPTH_LIMIT statement and expression nodes, e.g. a 10,000-term `a + a + ...`).
 * Running such a file, CPython prints only `RecursionError: <message>` and exits with 1.
 */
export class CompileRecursionError extends Error {
  readonly pythonType = 'RecursionError';
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

/** CPython 3.13's C recursion limit, which its symtable applies to AST depth. */
export const COMPILE_DEPTH_LIMIT = 10000;

/** Where the source came from, to fill in SyntaxError's filename, text and offsets. */
export interface SourceInfo {
  filename: string;
  /** The program text, when known; without it `text` is null and columns stay bytes + 1. */
  source: string | null;
  /** When given, the SyntaxWarnings CPython's compiler emits are appended, in its order
   *  (after the parser's: pass the same array to parseModule first). */
  warnings?: LiteralWarning[];
}

/** A SyntaxError at `node`'s span, as CPython reports its compile-time errors. */
export function compileSyntaxError(message: string, node: Position, info: SourceInfo): PySyntaxError {
  const lines = info.source?.split(/\r\n|\r|\n/);
  const text = lines?.[node.lineno - 1] ?? null;
  const column = (line: number, byteCol: number | null): number => {
    const lineText = lines?.[line - 1];
    if (byteCol === null) return 0;
    if (lineText === undefined) return byteCol + 1;
    const prefix = Buffer.from(lineText, 'utf8').subarray(0, byteCol).toString('utf8');
    return [...prefix].length + 1;
  };
  const endLine = node.end_lineno ?? node.lineno;
  return new PySyntaxError('SyntaxError', message, info.filename, node.lineno, column(node.lineno, node.col_offset),
    text === null ? null : text + '\n', endLine, column(endLine, node.end_col_offset));
}
