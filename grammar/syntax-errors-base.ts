// The foundation of the error pass (syntax-errors.ts): the token cursor, the little
// expression records the invalid_* rules inspect, and CPython's ways of placing an error
// (the RAISE_* macros of Parser/pegen.h and _PyPegen_raise_error in Parser/pegen_errors.c).
//
// Why a recognizer in TypeScript and not only an Ohm grammar: CPython's invalid_* rules
// raise the moment they match, in the middle of a parse that is failing anyway, and many
// messages depend on what the parser had *fetched* so far (RAISE_SYNTAX_ERROR points at the
// last token fetched, RAISE_SYNTAX_ERROR_STARTING_FROM underlines up to it). An Ohm match
// only yields semantics after the whole input matched and exposes no fetch frontier, so the
// second pass walks the tokens itself with the same PEG rules, in the same order.

import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import type { Token } from './tokens.js';
import { HARD_KEYWORDS, SOFT_KEYWORDS } from './token-classes.js';

/**
 * What the invalid_* rules need to know about a parsed expression: its AST class (constants
 * split by value, as `_PyPegen_get_expr_name` names them), its token span, and the children
 * that `_PyPegen_get_invalid_target` descends into. Invariant: `start < end` index the
 * significant-token array of the recognizer that built it (`end` exclusive).
 */
export interface Expr {
  kind: ExprKind;
  start: number;
  end: number;
  /** Tuple/List/Set elements; Call positional arguments. */
  elts?: Expr[];
  /** Starred operand; Compare left operand. */
  value?: Expr;
  /** Compare: its first operator ('in', '<', 'not in', ...). */
  firstOp?: string;
  /** Call: whether a `**` keyword argument appears. */
  keywordUnpacking?: boolean;
  /** The span CPython reports when it differs from the parsed span: a parenthesized group
   *  `(x)` parses three tokens but its node is `x`'s. */
  locStart?: number;
  locEnd?: number;
  /** Comprehension clauses: the last `if` condition, else the last iterable (CPython's
   *  _PyPegen_get_last_comprehension_item), used to end "must be parenthesized" ranges. */
  lastComprehensionItem?: Expr;
}

export type ExprKind =
  | 'Name' | 'Constant' | 'None' | 'True' | 'False' | 'Ellipsis' | 'Attribute' | 'Subscript'
  | 'Call' | 'Starred' | 'Tuple' | 'List' | 'Set' | 'Dict' | 'ListComp' | 'SetComp'
  | 'DictComp' | 'GeneratorExp' | 'Lambda' | 'IfExp' | 'BoolOp' | 'BinOp' | 'UnaryOp'
  | 'Compare' | 'NamedExpr' | 'Await' | 'Yield' | 'JoinedStr' | 'Slice' | 'Clauses';

/** `_PyPegen_get_expr_name`: the noun CPython uses for an expression in messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': return 'f-string expression';
    case 'None': return 'None';
    case 'True': return 'True';
    case 'False': return 'False';
    case 'Ellipsis': return 'ellipsis';
    case 'Constant': return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': case 'Clauses': return 'expression';
  }
}

/** CPython's TARGETS_TYPE: which statement the invalid target sits in (it picks the verb
 *  "assign to" or "delete", and how a comparison is searched). */
export type TargetsType = 'star' | 'del' | 'for';

/** `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target. */
/** `e` seen through parentheses: the same node, parsed up to `end`. */
export function parenthesized(e: Expr, start: number, end: number): Expr {
  return { ...e, start, end, locStart: e.locStart ?? e.start, locEnd: e.locEnd ?? e.end };
}

export function invalidTarget(e: Expr | null, type: TargetsType): Expr | null {
  if (e === null) return null;
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const child of e.elts ?? []) {
        const bad = invalidTarget(child, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value ?? null, type);
    case 'Compare':
      // `for a in b` reaches here as the comparison `a in b`: only its left side is a target.
      if (type === 'for') return e.firstOp === 'in' ? invalidTarget(e.value ?? null, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Thrown by a rule to stop the whole parse with an error, as CPython's RAISE_* do. */
export class Raised {
  constructor(readonly error: PySyntaxError) {}
}

/** The text of line `lineno` as CPython's file reader returns it: with its line end turned
 *  into '\n' (none on a last line without one); null past the end. Scans only up to it. */
export function sourceLine(source: string, lineno: number, lineStarts: number[]): string | null {
  // lineStarts caches the start offset of every line found so far (lineStarts[0] === 0);
  // a start past the source marks its end.
  while (lineStarts.length < lineno) {
    const from = lineStarts[lineStarts.length - 1]!;
    if (from >= source.length) return null;
    const end = lineEnd(source, from);
    lineStarts.push(end < 0 ? source.length + 1 : end + (source.startsWith('\r\n', end) ? 2 : 1));
  }
  const start = lineStarts[lineno - 1]!;
  if (start >= source.length) return null;
  const end = lineEnd(source, start);
  return end < 0 ? source.slice(start) : source.slice(start, end) + '\n';
}

const LINE_END = /[\r\n]/g;

/** The index of the first '\r' or '\n' at or after `from`, or -1 (scans only that far). */
function lineEnd(source: string, from: number): number {
  LINE_END.lastIndex = from;
  const m = LINE_END.exec(source);
  return m ? m.index : -1;
}

/**
 * The token cursor shared by every rule. `fill` mirrors CPython's p->fill: one more than the
 * furthest token index any rule has looked at (lookaheads included), across both passes.
 */
export class TokenCursor {
  fill = 0;
  /** Bracket depth after each token, as the C tokenizer records it in `token->level`;
   *  computed on demand (see levelAt), since only a few rules ask and files can be huge. */
  private readonly levels: number[] = [];
  private readonly lineStarts = [0];

  /**
   * `tokens` is the whole stream (ending with ENDMARKER), or the tokens before a tokenizer
   * error; then fetching past them raises `tokenizerError`, as CPython's parser raises the
   * error the moment it asks the tokenizer for that token.
   */
  constructor(
    readonly tokens: readonly Token[],
    private readonly source: string,
    readonly filename: string,
    readonly tokenizerError: PySyntaxError | null = null,
  ) {}

  levelAt(i: number): number {
    let depth = this.levels.length > 0 ? this.levels[this.levels.length - 1]! : 0;
    while (this.levels.length <= i) {
      const t = this.tokens[this.levels.length]!;
      if (t.kind === 'OP') {
        if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
        else if ((t.text === ')' || t.text === ']' || t.text === '}') && depth > 0) depth--;
      }
      this.levels.push(depth);
    }
    return this.levels[i]!;
  }

  /** Token `i`, counting it as fetched; the last token (ENDMARKER) repeats past the end. */
  at(i: number): Token {
    const last = this.tokens.length - 1;
    if (i > last && this.tokenizerError) {
      this.fill = this.tokens.length + 1;
      throw new Raised(this.tokenizerError);
    }
    const j = i > last ? last : i;
    if (j + 1 > this.fill) this.fill = j + 1;
    return this.tokens[j]!;
  }

  /** Whether token `i` is the operator or keyword spelled `text`. */
  is(i: number, text: string): boolean {
    const t = this.at(i);
    if (t.kind === 'OP') return t.text === text;
    return t.kind === 'NAME' && t.text === text && (HARD_KEYWORDS.has(text) || SOFT_KEYWORDS.has(text));
  }

  /** Whether token `i` is a NAME that is not a hard keyword (soft keywords are names). */
  isName(i: number): boolean {
    const t = this.at(i);
    return t.kind === 'NAME' && !HARD_KEYWORDS.has(t.text);
  }

  isKind(i: number, kind: Token['kind']): boolean {
    return this.at(i).kind === kind;
  }

  lineText(lineno: number): string | null {
    return sourceLine(this.source, lineno, this.lineStarts);
  }

  // --- Placing errors ---

  /** RAISE_ERROR_KNOWN_LOCATION with CPython's 1-based offsets already applied. */
  error(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): Raised {
    return new Raised(new PySyntaxError(type, msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the first token of `a` to the end of `b`. */
  range(a: number, bEnd: number, msg: string): Raised {
    const first = this.tokens[a]!;
    const last = this.tokens[Math.max(a, bEnd - 1)]!;
    return this.error('SyntaxError', msg, first.line, this.startColumn(a) + 1, last.endLine, this.endOffset(first, last, 1));
  }

  /**
   * Token `i`'s 0-based start column as CPython's C tokenizer gives it. They agree except
   * for a NEWLINE after a comment: CPython's NEWLINE token starts where the comment does.
   */
  startColumn(i: number): number {
    const t = this.tokens[i]!;
    if (t.kind !== 'NEWLINE' || t.start === t.end) return t.col;
    const lineStart = this.source.lastIndexOf('\n', t.start - 1) + 1;
    const previous = i > 0 ? this.tokens[i - 1]! : null;
    const from = previous && previous.end > lineStart ? previous.end : lineStart;
    const hash = this.source.indexOf('#', from);
    if (hash < 0 || hash >= t.start) return t.col;
    return t.col - Array.from(this.source.slice(hash, t.start)).length;
  }

  /**
   * The end offset CPython reports for a range from token `first` to the end of `last`
   * (plus `extra`). CPython converts the end's UTF-8 byte column to characters using the
   * text of the range's FIRST line (_PyPegen_raise_error_known_location), clamped to that
   * line's length + 1; on a single line that is just the character column.
   */
  private endOffset(first: Token, last: Token, extra: number): number {
    if (last.endLine === first.line) return columnAfter(last) + extra;
    const bytes = byteColumnAfter(last) + extra;
    const text = this.lineText(first.line) ?? '';
    let byteCount = 0;
    let chars = 0;
    for (const ch of text) {
      if (byteCount >= bytes) return chars;
      byteCount += utf8Length(ch);
      chars++;
    }
    // Past the line: C reads its terminating NUL as one more character, and no further.
    return bytes > byteCount ? chars + 1 : chars;
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token: its span, or column 0 for tokens the C
   *  tokenizer gives no span (DEDENT, ENDMARKER: col_offset -1, plus one). */
  knownLocation(i: number, msg: string): Raised {
    const t = this.tokens[i]!;
    if (t.kind === 'DEDENT' || t.kind === 'ENDMARKER' || t.kind === 'INDENT') {
      return this.error('SyntaxError', msg, t.line, 0, t.line, 0);
    }
    return this.range(i, i + 1, msg);
  }

  node(e: Expr, msg: string): Raised {
    return this.range(e.locStart ?? e.start, e.locEnd ?? e.end, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) where each end is a node or a token index. */
  nodeRange(a: Expr | number, b: Expr | number, msg: string): Raised {
    const start = typeof a === 'number' ? a : a.locStart ?? a.start;
    const end = typeof b === 'number' ? b + 1 : b.locEnd ?? b.end;
    return this.range(start, end, msg);
  }

  tokenAt(i: number, msg: string): Raised {
    return this.range(i, i + 1, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): the end is where the tokenizer stands, i.e. the
   *  end of the last token fetched, used as an offset without the usual +1. */
  startingFrom(a: number, msg: string): Raised {
    const first = this.tokens[a]!;
    const last = this.tokens[Math.max(0, Math.min(this.fill, this.tokens.length) - 1)]!;
    return this.error('SyntaxError', msg, first.line, this.startColumn(a) + 1, last.endLine, this.endOffset(first, last, 0));
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  atLastFetched(msg: string, type: SyntaxErrorType = 'SyntaxError'): Raised {
    return this.atToken(Math.max(0, Math.min(this.fill, this.tokens.length) - 1), msg, type);
  }

  /** _PyPegen_raise_error's placement of token `i`. Tokens without a source span in the C
   *  tokenizer (INDENT, DEDENT, ENDMARKER) take the tokenizer's column instead, and -1 as
   *  end offset. */
  atToken(i: number, msg: string, type: SyntaxErrorType = 'SyntaxError'): Raised {
    const t = this.tokens[i]!;
    switch (t.kind) {
      case 'INDENT':
        return this.error(type, msg, t.line, t.endCol, t.line, -1);
      case 'DEDENT':
      case 'ENDMARKER': {
        // At end of file the C tokenizer stays on the last line it read, and a file read
        // from disk reports column 0 there; pyx puts these tokens on the line after.
        if (this.lineText(t.line) === null) {
          const line = Math.max(1, t.line - 1);
          return this.error(type, msg, line, 0, line, -1);
        }
        return this.error(type, msg, t.line, t.kind === 'DEDENT' ? t.col : 0, t.line, -1);
      }
      default:
        return this.error(type, msg, t.line, this.startColumn(i) + 1, t.endLine, this.endOffset(t, t, 1));
    }
  }
}

/** The 0-based column just past a token; a NEWLINE is one character wide whatever its
 *  line end ('\r\n' included), since CPython reads the file with newlines translated. */
function byteColumnAfter(t: Token): number {
  if (t.kind !== 'NEWLINE') return t.endByteCol;
  return t.start === t.end ? t.byteCol : t.byteCol + 1;
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function columnAfter(t: Token): number {
  if (t.kind !== 'NEWLINE') return t.endCol;
  // The newline CPython implies at the end of a file without one has no width.
  return t.start === t.end ? t.col : t.col + 1;
}
