// The parser's front door: source → tokens → one class character per token → Ohm match of
// python.ohm → our own CST walk (to-ast*.ts) → CPython's AST.
//
// A module is matched ONE TOP-LEVEL STATEMENT AT A TIME (rule `chunk`): Ohm's memo table grows
// with the input it has seen, so matching statements separately bounds memory by the largest
// statement instead of the whole file, and lets the table be dropped early.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import * as ohm from 'ohm-js';
import { defaultCacheDir } from './cache.js';
import type { Expression, Module } from '../ast/nodes.js';
import { PySyntaxError } from './errors.js';
import type { Token } from './tokens.js';
import { tokenize, tokenizePartial, type PartialTokens, type TokenizeWarning } from './tokenize.js';
import { mergeWarnings, type LiteralWarning } from './literals.js';
import { diagnoseSyntaxError, syntaxErrorFor } from './syntax-errors.js';
import { CLASS_CHAR, CLASS_SPELLING, classOf, rewriteGrammarSource } from './token-classes.js';
import { Builder, type Cst } from './to-ast-core.js';
import { AST_HANDLERS } from './to-ast.js';
import { installOhmSpeedups } from './ohm-speedups.js';
import { UnsupportedFeatureError } from '../lower/errors.js';

/** python.ohm as written (token spellings). Found beside this file, or in the source tree
 *  when running from dist/ (tsc does not copy .ohm files). */
export function pythonGrammarSource(): string {
  for (const relative of ['./python.ohm', '../../grammar/python.ohm']) {
    try {
      return readFileSync(new URL(relative, import.meta.url), 'utf8');
    } catch {
      // not at this location: try the next
    }
  }
  throw new Error('grammar/python.ohm not found');
}

let compiled: ohm.Grammar | undefined;

/** The compiled grammar, over class characters. Grammars that extend it (the invalid_* rules
 *  of the syntax-error pass) are compiled with `ohm.grammar(rewriteGrammarSource(text),
 *  { Python: pythonGrammar() })`. Built on first use, not at import: a run whose every file
 *  is in the AST or IR cache never parses, and the build costs ~20 ms of its start-up. */
export function pythonGrammar(): ohm.Grammar {
  if (compiled === undefined) {
    compiled = loadGrammar(rewriteGrammarSource(pythonGrammarSource()));
    installOhmSpeedups(compiled, CLASS_CHAR.get('ENDMARKER')!, 'file');
  }
  return compiled;
}

/**
 * Compiling python.ohm with Ohm (parsing the grammar text itself) takes ~0.65 s, most of
 * pyx's start-up; rebuilding it from Ohm's recipe (its own serialized form) takes ~25 ms. So
 * the recipe is kept in the cache directory, keyed by a hash of the exact grammar text: an
 * edited grammar is simply compiled again. Any cache failure only costs that time;
 * PYX_NO_CACHE (set by --no-cache) neither reads nor writes it.
 */
function loadGrammar(source: string): ohm.Grammar {
  // Both functions exist in ohm-js 17 but are missing from its type declarations.
  const recipes = ohm as unknown as { makeRecipe(recipe: unknown): ohm.Grammar };
  const key = createHash('sha256').update(ohm.version).update('\0').update(source).digest('hex').slice(0, 32);
  const file = join(defaultCacheDir(), 'grammar', `python-${key}.json`);
  if (process.env.PYX_NO_CACHE === undefined) {
    try {
      return recipes.makeRecipe(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // absent or unreadable: compile below
    }
  }
  const grammar = ohm.grammar(source);
  if (process.env.PYX_NO_CACHE !== undefined) return grammar;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, (grammar as unknown as { toRecipe(): string }).toRecipe());
    renameSync(temporary, file);
  } catch {
    // a read-only or full cache directory: compile again next time
  }
  return grammar;
}


/**
 * The significant tokens of a source and their class string. Invariants: NL and COMMENT tokens
 * are dropped; `classes.length === tokens.length`; `classes[i]` is `tokens[i]`'s class.
 */
export interface TokenString {
  tokens: Token[];
  classes: string;
}

export function tokenString(source: string, filename = '<unknown>'): TokenString {
  return classify(source, filename, tokenize(source, filename, { comments: false }));
}

function classify(source: string, filename: string, tokens: Token[]): TokenString {
  let classes = '';
  for (let i = 0; i < tokens.length; i++) {
    const char = classOf(tokens[i]);
    if (char === undefined) throw syntaxErrorAt(source, filename, tokens[i], 'invalid syntax');
    classes += char;
  }
  return { tokens, classes };
}

/**
 * Where a match failed, for syntax-error reporting. `tokenIndex` indexes `TokenString.tokens`
 * (the rightmost token Ohm could not get past); `expected` are the spellings of the token
 * classes that would have let it go on ("NAME", ")", "if", …), sorted.
 */
export interface ParseFailure {
  tokenIndex: number;
  expected: string[];
}

/** Runs `grammar` (python.ohm or an extension) from `startRule` over tokens [from, to).
 *  Returns the CST root, or the failure. */
export function matchTokens(
  grammar: ohm.Grammar, text: TokenString, startRule: string, from = 0, to = text.classes.length,
): { cst: Cst } | { failure: ParseFailure } {
  const result = grammar.match(text.classes.slice(from, to), startRule);
  if (result.succeeded()) return { cst: (result as unknown as { _cst: Cst })._cst };
  // ohm-js's MatchResult has these at run time; its typings leave them out.
  const failed = result as unknown as {
    getRightmostFailures(): Array<{ text: string }>;
    getRightmostFailurePosition(): number;
  };
  const expected = new Set<string>();
  for (const failure of failed.getRightmostFailures()) {
    const spelling = CLASS_SPELLING.get(failure.text);
    if (spelling !== undefined) expected.add(spelling);
  }
  const position = failed.getRightmostFailurePosition();
  return { failure: { tokenIndex: from + position, expected: [...expected].sort() } };
}

/**
 * Parses a module (`ast.parse(source)`, exec mode). Throws PySyntaxError on invalid input:
 * the error CPython 3.13 reports, chosen by the error pass (syntax-errors.ts) from the
 * tokens, or raised by a literal while the AST is built (as CPython's parser actions do).
 */
export function parseModule(source: string, filename = '<unknown>', options: ParseOptions = {}): Module {
  const lexerWarnings: TokenizeWarning[] | undefined = options.warnings ? [] : undefined;
  let tokens: Token[];
  // Set when the tokenizer fails: CPython reads tokens lazily, so the statements before the
  // failure are still parsed (and may raise first), then the error pass picks the error.
  let partial: PartialTokens | null = null;
  try {
    tokens = tokenize(source, filename, { comments: false, warnings: lexerWarnings });
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    partial = tokenizePartial(source, filename, { comments: false });
    tokens = partial.tokens;
  }
  const text = classify(source, filename, tokens);
  const complete = partial ?? { tokens, error: null, deferred: false, insideFstring: false };
  const builder = new Builder(AST_HANDLERS, text.tokens, source, filename);
  const body: any[] = [];
  const ranges = topLevelStatements(text.classes);
  // Without ENDMARKER the last range may be a statement the tokenizer cut short.
  if (partial !== null) ranges.pop();
  for (const [from, to] of ranges) {
    const match = withStackGuard(text.tokens[from], filename, () => matchTokens(pythonGrammar(), text, 'chunk', from, to));
    if ('failure' in match) {
      const failure = match.failure;
      throw syntaxErrorFor(source, filename, complete, () => invalidSyntax(source, filename, text, failure));
    }
    builder.base = from;
    const statements = withStackGuard(text.tokens[from], filename, () => builder.visit(match.cst, 0));
    for (const statement of statements) body.push(statement);
  }
  if (partial !== null) throw syntaxErrorFor(source, filename, partial, () => partial.error!);
  if (options.warnings) options.warnings.push(...mergeWarnings(lexerWarnings!, builder.warnings, filename));
  return { _type: 'Module', body, type_ignores: [] } as Module;
}

export interface ParseOptions {
  /** When given, the SyntaxWarnings CPython would print while compiling (invalid escape
   *  sequences, `0in x`, …) are appended here, in CPython's order. Only for a valid source. */
  warnings?: LiteralWarning[];
}

/** Parses an expression (`ast.parse(source, mode='eval')`). Throws PySyntaxError. */
export function parseExpression(source: string, filename = '<unknown>'): Expression {
  const text = tokenString(source, filename);
  const match = withStackGuard(text.tokens[0], filename, () => matchTokens(pythonGrammar(), text, 'eval'));
  if ('failure' in match) {
    // The second pass (python.gram's invalid_* rules from the `eval` start rule) names the error
    // as CPython does ("positional argument follows keyword argument", …).
    const failure = match.failure;
    throw diagnoseSyntaxError(source, filename, text.tokens, null, 'eval') ?? invalidSyntax(source, filename, text, failure);
  }
  const builder = new Builder(AST_HANDLERS, text.tokens, source, filename);
  return { _type: 'Expression', body: withStackGuard(text.tokens[0], filename, () => builder.visit(match.cst, 0)) } as Expression;
}

/**
 * Runs a recursive step of the parse, turning JavaScript stack exhaustion into a clear error
 * naming the statement's line. Ohm recurses about ten rule applications per nesting level:
 * with Node's default stack about 70 nested parentheses fit (CPython allows 200); a thread
 * with a bigger stack (`--stack-size`, or a Worker's `resourceLimits.stackSizeMb`) lifts
 * that to CPython's own limits.
 */
function withStackGuard<T>(first: Token, filename: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new UnsupportedFeatureError(
        'a statement nested this deeply (the parser ran out of JavaScript stack) is', first.line, filename,
      );
    }
    throw error;
  }
}

const NEWLINE = CLASS_CHAR.get('NEWLINE')!;
const INDENT = CLASS_CHAR.get('INDENT')!;
const DEDENT = CLASS_CHAR.get('DEDENT')!;
const ENDMARKER = CLASS_CHAR.get('ENDMARKER')!;
const DECORATOR = CLASS_CHAR.get('@')!;
/** Tokens that continue the compound statement before them at the same indentation. */
const CONTINUATIONS = new Set(['else', 'elif', 'except', 'finally'].map((k) => CLASS_CHAR.get(k)!));

/**
 * Splits a module's class string into top-level statements, [from, to) token ranges, without
 * the ENDMARKER. A statement ends after a NEWLINE or DEDENT at indentation depth 0, unless
 * the next token continues it (`else`, `except`, …) or the line was a decorator. A split in
 * the wrong place cannot produce a wrong AST: each chunk must match `statement` exactly, so a
 * bad split fails the parse (reported as a syntax error).
 */
export function topLevelStatements(classes: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  let lineStart = 0;
  const end = classes.length - (classes.endsWith(ENDMARKER) ? 1 : 0);
  for (let i = 0; i < end; i++) {
    const c = classes[i];
    if (c === INDENT) depth++;
    else if (c === DEDENT) depth--;
    if (depth !== 0 || (c !== NEWLINE && c !== DEDENT)) continue;
    const next = classes[i + 1];
    const decoratorLine = c === NEWLINE && classes[lineStart] === DECORATOR;
    lineStart = i + 1;
    if (next === INDENT || decoratorLine || CONTINUATIONS.has(next)) continue;
    ranges.push([from, i + 1]);
    from = i + 1;
  }
  if (from < end) ranges.push([from, end]);
  return ranges;
}

function invalidSyntax(source: string, filename: string, text: TokenString, failure: ParseFailure): PySyntaxError {
  const token = text.tokens[Math.min(failure.tokenIndex, text.tokens.length - 1)];
  return syntaxErrorAt(source, filename, token, 'invalid syntax');
}

function syntaxErrorAt(source: string, filename: string, token: Token, message: string): PySyntaxError {
  const lineStart = source.lastIndexOf('\n', token.start - 1) + 1;
  let lineEnd = source.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = source.length;
  const sameLine = token.endLine === token.line;
  return new PySyntaxError(
    'SyntaxError', message, filename, token.line, token.col + 1, source.slice(lineStart, lineEnd) + '\n',
    token.endLine, sameLine ? token.endCol + 1 : 0,
  );
}
