// The front end as the CLI, the conformance script and the benchmark use it:
// bytes → text (PEP 263) → AST, optionally through the parse cache.

import type { Expression, Module, mod } from '../ast/nodes.js';
import type { LiteralWarning } from '../grammar/literals.js';
import { ParseCache } from '../grammar/cache.js';
import { PySyntaxError } from '../grammar/errors.js';
import { decodeSourceDeferred } from './source.js';

export type ParseMode = 'exec' | 'eval';

/** The parser's entry points (grammar/parse.ts): ast.parse's exec and eval modes. Both
 *  throw PySyntaxError for invalid input. */
export interface Parser {
  /** `options.warnings` receives the SyntaxWarnings CPython prints while compiling. */
  parseModule(source: string, filename: string, options?: { warnings?: LiteralWarning[] }): Module;
  parseExpression(source: string, filename: string): Expression;
}

// The parser is imported lazily: `pyx --help` and other subcommands then never pay for
// building the Ohm grammar. (A literal specifier: the one-file build, scripts/bundle.mjs,
// bundles only what it can see.)
let parserPromise: Promise<Parser> | undefined;

export function loadParser(): Promise<Parser> {
  parserPromise ??= import('../grammar/parse.js') as Promise<Parser>;
  return parserPromise;
}

export interface FrontEndOptions {
  mode?: ParseMode;
  /** A cache to read and fill; undefined parses every time. */
  cache?: ParseCache;
  /** When given, receives the SyntaxWarnings of the parse (cached ones included). */
  warnings?: LiteralWarning[];
}

/** Parses already-decoded text. Throws PySyntaxError for invalid Python. A cache hit never
 *  loads the parser, so a cached `pyx parse` skips building the grammar too. */
export async function parseText(source: string, filename: string, options: FrontEndOptions = {}): Promise<mod> {
  const mode = options.mode ?? 'exec';
  const key = options.cache?.key(source, mode);
  if (key !== undefined) {
    const cached = options.cache!.get(key);
    if (cached !== undefined) {
      // The same text may have been cached under another file name.
      options.warnings?.push(...cached.warnings.map((warning) => ({ ...warning, filename })));
      return cached.tree;
    }
  }
  const parser = await loadParser();
  const warnings: LiteralWarning[] = [];
  const tree = mode === 'eval' ? parser.parseExpression(source, filename) : parser.parseModule(source, filename, { warnings });
  if (key !== undefined) options.cache!.set(key, { tree, warnings });
  options.warnings?.push(...warnings);
  return tree;
}

/** Parses a file's bytes as CPython's ast.parse(bytes) would. Throws PySyntaxError. */
export async function parseBytes(bytes: Uint8Array, filename: string, options: FrontEndOptions = {}): Promise<mod> {
  const { text, deferred, deferredAt } = decodeSourceDeferred(bytes, filename);
  if (deferred === undefined) return parseText(text, filename, options);
  // CPython raises a bad-UTF-8 error when its parser reaches the token holding the bytes:
  // a syntax error placed before that token is met first and wins. (Errors at or after it,
  // such as the U+FFFD standing for the bad byte being no identifier character, do not.)
  const at = deferredAt ?? deferred;
  try {
    await parseText(text, filename, { mode: options.mode });
  } catch (error) {
    const before = error instanceof PySyntaxError && error.lineno > 0 &&
      (error.lineno < at.lineno || (error.lineno === at.lineno && error.offset < at.offset));
    if (before) throw error;
  }
  throw deferred;
}
