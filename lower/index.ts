// AST → IR: the only lowering. Scope analysis first (all of CPython's symtable errors),
// then one IR function per code object; unreachable blocks are dropped at the end.

import type { Module } from '../ast/nodes.js';
import type { LiteralWarning } from '../grammar/literals.js';
import { parseModule } from '../grammar/parse.js';
import { FunctionBuilder } from '../ir/builder.js';
import { bypassEmptyBlocks, removeUnreachable, renumberBlocks, renumberValues } from '../ir/cfg.js';
import type { IRFunction, IRModule } from '../ir/types.js';
import { constant, pos, type Ctx, type ModuleState } from './context.js';
import { cleanDoc, docstringOf } from './docstring.js';
import { CompileRecursionError, type SourceInfo } from './errors.js';
import { lowerBody } from './functions.js';
import { buildSymbolTable } from './scopes.js';
import { setupAnnotations, statements } from './statements.js';
import { mangleModule } from './mangle.js';

export { CompileRecursionError, UnsupportedFeatureError, type SourceInfo } from './errors.js';

/**
 * Lowers a parsed module. Throws PySyntaxError for CPython's compile-time errors and
 * UnsupportedFeatureError for constructs pyx cannot compile yet; the result verifies.
 */
export function lowerModule(module: Module, info: SourceInfo): IRModule {
  try {
    return lowerChecked(module, info);
  } catch (error) {
    // Deep nesting that is not a `+` chain can still exhaust the JS stack before CPython's
    // limit; report it as CPython reports too-deep code rather than as a JS stack trace.
    if (error instanceof RangeError && /call stack/.test(error.message)) throw new CompileRecursionError();
    throw error;
  }
}

function lowerChecked(written: Module, info: SourceInfo): IRModule {
  const module = mangleModule(written); // private names: lower/mangle.ts
  const table = buildSymbolTable(module, info);
  const state: ModuleState = { info, table, functions: [null], qualnames: new Map() };
  const builder = new FunctionBuilder(0, '<module>', '<module>', 'module', null, 1, []);
  const ctx: Ctx = { module: state, scope: table.module, b: builder, loops: [] };
  lowerBody(ctx, { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 }, (inner) => {
    setupAnnotations(inner, module.body, { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
    const doc = docstringOf(module.body);
    if (doc !== null) {
      const docNode = module.body[0];
      inner.b.emit('store_global', [constant(inner, cleanDoc(doc), docNode)], { name: '__doc__' }, pos(docNode));
    }
    statements(inner, module.body);
  });
  const functions = state.functions as IRFunction[];
  for (const fn of functions) {
    bypassEmptyBlocks(fn);
    removeUnreachable(fn);
    renumberBlocks(fn);
    renumberValues(fn);
  }
  return { filename: info.filename, functions };
}

/**
 * Parses (pyx's parser) and lowers a program: the front door for the CLI and backends.
 * When `warnings` is given, the SyntaxWarnings CPython prints while compiling (parser's,
 * then compiler's) are appended to it in CPython's order.
 */
export function lowerSource(source: string, filename: string, warnings?: LiteralWarning[]): IRModule {
  return lowerModule(parseModule(source, filename, { warnings }), { filename, source, warnings });
}
