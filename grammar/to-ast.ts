// CST → AST: every rule handler, by python.ohm rule name. The handlers live in one file per
// area (statements, expressions, patterns, strings); the walker is to-ast-core.ts.

import type { Handlers } from './to-ast-core.js';
import { EXPRESSION_HANDLERS } from './to-ast-expressions.js';
import { PATTERN_HANDLERS } from './to-ast-patterns.js';
import { STATEMENT_HANDLERS } from './to-ast-statements.js';
import { STRING_HANDLERS } from './to-ast-strings.js';

/** Invariant: no rule name appears in two areas (checked at load time below). */
export const AST_HANDLERS: Handlers = {};
for (const area of [STATEMENT_HANDLERS, EXPRESSION_HANDLERS, PATTERN_HANDLERS, STRING_HANDLERS]) {
  for (const [rule, handler] of Object.entries(area)) {
    if (rule in AST_HANDLERS) throw new Error(`to-ast: two handlers for rule ${rule}`);
    AST_HANDLERS[rule] = handler;
  }
}
AST_HANDLERS.chunk = (b, n, s) => b.child(n, s, 0);
AST_HANDLERS.eval = (b, n, s) => b.child(n, s, 0);
