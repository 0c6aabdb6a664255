// The front end as the CLI, the conformance script and the benchmark use it:
// bytes → text (PEP 263) → AST, optionally through the parse cache.

import type { Expression, Module, mod } from '../ast/nodes.js';
import { ParseCache } from '../grammar/cache.js';
import { decodeSource } from './source.js';

export type ParseMode = 'exec' | 'eval';

/** The parser's entry points (grammar/parse.ts): ast.parse's exec and eval modes. Both
 *  throw PySyntaxError for invalid input. */
export interface Parser {
  parseModule(source: string, filename: string): Module;
  parseExpression(source: string, filename: string): Expression;
}

// The parser is imported lazily: `pyx --help` and other subcommands then never pay for
// building the Ohm grammar. The specifier is a variable so this file type-checks while
// grammar/parse.ts is still being written; once it has landed this becomes a literal.
const PARSER_MODULE = '../grammar/parse.js';
let parserPromise: Promise<Parser> | undefined;

export function loadParser(): Promise<Parser> {
  parserPromise ??= import(PARSER_MODULE) as Promise<Parser>;
  return parserPromise;
}

export interface FrontEndOptions {
  mode?: ParseMode;
  /** A cache to read and fill; undefined parses every time. */
  cache?: ParseCache;
}

/** Parses already-decoded text. Throws PySyntaxError for invalid Python. */
export async function parseText(source: string, filename: string, options: FrontEndOptions = {}): Promise<mod> {
  const parser = await loadParser();
  const mode = options.mode ?? 'exec';
  const run = () => (mode === 'eval' ? parser.parseExpression(source, filename) : parser.parseModule(source, filename));
  return options.cache ? options.cache.parse(source, mode, run) : run();
}

/** Parses a file's bytes as CPython's ast.parse(bytes) would. Throws PySyntaxError. */
export async function parseBytes(bytes: Uint8Array, filename: string, options: FrontEndOptions = {}): Promise<mod> {
  return parseText(decodeSource(bytes, filename), filename, options);
}
