// The CST → AST walker's machinery. We walk Ohm's concrete syntax tree ourselves instead of
// going through `createSemantics`: the semantics wrappers cost ~29% of parse time in the
// prototype (ARCHITECTURE.md), and all a handler needs is a node and its start index.
//
// Positions: the matched string has one character per token, so an index into it plus the
// chunk's first token index is a token index; AST positions are read off the tokens.

import type { Token } from './tokens.js';
import type { Position, expr_context } from '../ast/nodes.js';
import { PySyntaxError } from './errors.js';
import { decodeNumber, type LiteralWarning, type NumberValue } from './literals.js';
import type { LiteralContext } from './literals-ast.js';

/**
 * The parts of an ohm-js v17 CST node the walker reads. Invariants (ohm-js's): a nonterminal's
 * `childOffsets` are relative to its own start; an iteration's are relative to the start of
 * the nearest enclosing NONTERMINAL (iterations add no base of their own); terminals have no
 * children.
 */
export interface Cst {
  readonly ctorName: string;
  readonly children: Cst[];
  readonly childOffsets: number[];
  readonly matchLength: number;
  isTerminal(): boolean;
}

/** Turns one CST node, whose first character is at `start` (an index into the matched
 *  string, so `b.token(start)` is its first token), into an AST value. */
export type Handler = (b: Builder, node: Cst, start: number) => any;
/** Handlers by rule name: `rule` or Ohm's `rule_case` for a case-named alternative. A rule
 *  without a handler must always have exactly one child, which is passed through. */
export type Handlers = Record<string, Handler>;

const LAYOUT_KINDS: ReadonlySet<string> = new Set(['NEWLINE', 'INDENT', 'DEDENT']);

export const LOAD: expr_context = { _type: 'Load' };
export const STORE: expr_context = { _type: 'Store' };
export const DEL: expr_context = { _type: 'Del' };

/**
 * The walk's state for one matched chunk of tokens. Invariant: character `i` of the matched
 * string is `tokens[base + i]`.
 */
export class Builder implements LiteralContext {
  base = 0;
  /** SyntaxWarnings from literals, in CPython's order. */
  readonly warnings: LiteralWarning[] = [];
  private lineStarts: number[] | undefined;

  constructor(
    readonly handlers: Handlers,
    readonly tokens: readonly Token[],
    readonly source: string,
    readonly filename: string,
  ) {}

  /** The AST value of `node`. A rule without a handler must have one child: pass it through. */
  visit(node: Cst, start: number): any {
    const handler = this.handlers[node.ctorName];
    if (handler !== undefined) return handler(this, node, start);
    if (node.children !== undefined && node.children.length === 1) {
      return this.visit(node.children[0], start + node.childOffsets[0]);
    }
    throw new Error(`to-ast: no handler for rule ${node.ctorName}`);
  }

  /** Child `i` of a nonterminal `node` starting at `start`. */
  child(node: Cst, start: number, i: number): any {
    return this.visit(node.children[i], start + node.childOffsets[i]);
  }

  /** Every element of the iteration that is child `i` of the nonterminal `node`. */
  items(node: Cst, start: number, i: number): any[] {
    const iteration = node.children[i];
    const kids = iteration.children;
    const out = new Array(kids.length);
    for (let j = 0; j < kids.length; j++) out[j] = this.visit(kids[j], start + iteration.childOffsets[j]);
    return out;
  }

  /** The optional (`x?`) child `i`: its value, or null when absent. */
  optional(node: Cst, start: number, i: number): any {
    const iteration = node.children[i];
    if (iteration.children.length === 0) return null;
    return this.visit(iteration.children[0], start + iteration.childOffsets[0]);
  }

  /** Is the optional or iteration child `i` present (non-empty)? */
  has(node: Cst, i: number): boolean {
    return node.children[i].children.length > 0;
  }

  /** The start index of child `i` of a nonterminal. */
  childStart(node: Cst, start: number, i: number): number {
    return start + node.childOffsets[i];
  }

  token(index: number): Token {
    return this.tokens[this.base + index];
  }

  /** The text of the token at a matched index. */
  text(index: number): string {
    return this.tokens[this.base + index].text;
  }

  /** The identifier of the NAME (or soft keyword) token at a matched index. */
  identifier(index: number): string {
    return identifier(this.tokens[this.base + index].text);
  }

  /** The value of the NUMBER token at a matched index. */
  number(index: number): NumberValue {
    const token = this.tokens[this.base + index];
    try {
      return decodeNumber(token.text);
    } catch {
      // Rare (a literal over CPython's digit limit): decode again with the site, which
      // costs a source line per number, so that the error points at this token.
      return decodeNumber(token.text, {
        filename: this.filename, line: token.line, col: token.col, endLine: token.endLine,
        endCol: token.endCol, lineText: this.lineText(token.line),
      });
    }
  }

  /** Source line `line` (from 1) with its newline, for error messages. */
  lineText(line: number): string | null {
    if (this.lineStarts === undefined) {
      this.lineStarts = [0];
      for (let i = this.source.indexOf('\n'); i >= 0; i = this.source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const start = this.lineStarts[line - 1];
    if (start === undefined) return null;
    const end = this.lineStarts[line] ?? this.source.length;
    return this.source.slice(start, end);
  }

  /** The position spanning matched indices [start, end). Invariant: end > start. */
  span(start: number, end: number): Position {
    const first = this.tokens[this.base + start];
    // CPython ends a node at its last token that is not NEWLINE/INDENT/DEDENT (a block's
    // DEDENTs sit at the start of the next statement).
    let lastIndex = this.base + end - 1;
    while (lastIndex > this.base + start && LAYOUT_KINDS.has(this.tokens[lastIndex].kind)) lastIndex--;
    const last = this.tokens[lastIndex];
    return {
      lineno: first.line,
      col_offset: first.byteCol,
      end_lineno: last.endLine,
      end_col_offset: last.endByteCol,
    };
  }

  /** The position of a whole node. */
  at(node: Cst, start: number): Position {
    return this.span(start, start + node.matchLength);
  }

  /** A SyntaxError located at the tokens [start, end) of the current chunk. */
  error(message: string, start: number, end = start + 1): PySyntaxError {
    const first = this.tokens[this.base + start];
    const last = this.tokens[this.base + end - 1];
    const lineStart = this.source.lastIndexOf('\n', first.start - 1) + 1;
    let lineEnd = this.source.indexOf('\n', first.start);
    if (lineEnd < 0) lineEnd = this.source.length;
    const sameLine = last.endLine === first.line;
    return new PySyntaxError(
      'SyntaxError', message, this.filename, first.line, first.col + 1,
      this.source.slice(lineStart, lineEnd) + '\n',
      last.endLine, sameLine ? last.endCol + 1 : 0,
    );
  }
}

/** An identifier as CPython stores it: non-ASCII names are NFKC-normalized (PEP 3131). */
export function identifier(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) return text.normalize('NFKC');
  }
  return text;
}

/** A Name node for the `name` CST node at `start`. */
export function nameNode(b: Builder, node: Cst, start: number, ctx: expr_context): any {
  return { _type: 'Name', id: b.visit(node, start), ctx, ...b.at(node, start) };
}

/** The ctx of a target CPython's _PyPegen_set_expr_context rewrites: through tuples, lists
 *  and starred, but not into an attribute's or subscript's value. */
export function setContext(target: any, ctx: expr_context): any {
  switch (target._type) {
    case 'Tuple':
    case 'List':
      for (const elt of target.elts) setContext(elt, ctx);
      target.ctx = ctx;
      break;
    case 'Starred':
      setContext(target.value, ctx);
      target.ctx = ctx;
      break;
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      target.ctx = ctx;
      break;
  }
  return target;
}
