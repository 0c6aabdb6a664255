// Token classes: the alphabet of the Ohm grammar. Each class is one private-use character, so
// the parser matches a string with exactly one character per significant token, and a match
// position IS a token index. python.ohm is written with real spellings ("if", "+=", "NAME");
// rewriteGrammarSource() swaps them for the class characters before Ohm compiles it.

import type { Token } from './tokens.js';

/** Token kinds that stand for themselves (spelled in capitals in python.ohm). */
const KIND_CLASSES = [
  'NAME', 'NUMBER', 'STRING', 'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END',
  'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER',
] as const;

export const HARD_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
  'try', 'while', 'with', 'yield',
]);

/** Soft keywords are NAME tokens; they get a class of their own and `name` accepts it. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['match', 'case', 'type', '_']);

const OPERATORS = [
  '(', ')', '[', ']', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%',
  '{', '}', '==', '!=', '<=', '>=', '~', '^', '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<=', '>>=', '**=', '//', '//=', '@', '@=', '->', '...', ':=', '!',
];

const FIRST_CLASS_CHAR = 0xe000;

/** Every spelling the grammar may use, mapped to its class character. Invariant: injective,
 *  and every character is in the private-use area, so no class ever equals source text. */
export const CLASS_CHAR: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const spelling of [...KIND_CLASSES, ...HARD_KEYWORDS, ...SOFT_KEYWORDS, ...OPERATORS]) {
    map.set(spelling, String.fromCharCode(FIRST_CLASS_CHAR + map.size));
  }
  return map;
})();

/** The reverse of CLASS_CHAR: a class character's spelling, for error messages. */
export const CLASS_SPELLING: ReadonlyMap<string, string> = new Map(
  [...CLASS_CHAR].map(([spelling, char]) => [char, spelling]),
);

/** Tokens the grammar never sees (the parser drops them, as CPython's does). */
export function isInsignificant(token: Token): boolean {
  return token.kind === 'NL' || token.kind === 'COMMENT';
}

/**
 * The class character of a significant token, or undefined when the token has no class (an
 * operator CPython does not know, such as `$` or `?`): the caller reports it as a syntax error.
 */
export function classOf(token: Token): string | undefined {
  switch (token.kind) {
    case 'NAME':
      if (HARD_KEYWORDS.has(token.text) || SOFT_KEYWORDS.has(token.text)) {
        return CLASS_CHAR.get(token.text);
      }
      return CLASS_CHAR.get('NAME');
    case 'OP':
      return CLASS_CHAR.get(token.text);
    default:
      return CLASS_CHAR.get(token.kind);
  }
}

/**
 * Turns python.ohm as written into what Ohm compiles:
 *  - every double-quoted terminal becomes the `\uXXXX` escape of its class character (a
 *    terminal that names no class throws, so a typo fails loudly at load time);
 *  - `//` comments are dropped (their prose may quote words that are no tokens);
 *  - `~~x` (a lookahead that binds nothing; Ohm's own syntax needs `~(~x)`) is expanded.
 */
export function rewriteGrammarSource(source: string): string {
  // Terminals are tried first, so a "//" inside quotes is a terminal, never a comment.
  const rewritten = source.replace(/"((?:[^"\\\n]|\\.)*)"|\/\/[^\n]*/g, (_whole, spelling: string | undefined) => {
    if (spelling === undefined) return '';
    const char = CLASS_CHAR.get(spelling);
    if (char === undefined) throw new Error(`python.ohm: "${spelling}" is no token class`);
    return `"\\u${char.charCodeAt(0).toString(16)}"`;
  });
  return expandDoubleNegation(rewritten);
}

/** `~~x` → `~(~x)`, where x is a terminal, a rule name or a parenthesized group. */
function expandDoubleNegation(source: string): string {
  let out = '';
  let i = 0;
  for (let at = source.indexOf('~~'); at >= 0; at = source.indexOf('~~', i)) {
    out += source.slice(i, at);
    let end = at + 2;
    if (source[end] === '(') {
      for (let depth = 0; end < source.length; end++) {
        if (source[end] === '(') depth++;
        else if (source[end] === ')' && --depth === 0) break;
      }
      end++;
    } else {
      end = at + 2 + /^("[^"]*"|\w+)/.exec(source.slice(at + 2))![0].length;
    }
    out += `~(~${source.slice(at + 2, end)})`;
    i = end;
  }
  return out + source.slice(i);
}
