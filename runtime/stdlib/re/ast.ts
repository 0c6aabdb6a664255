// The parsed form of a Python regular expression (close to re._parser's SubPattern, but a
// tree). Positions and code points are Python's (code points, not UTF-16 units).

/** re's flag bits, as CPython's re.RegexFlag values. */
export const FLAGS = {
  TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256,
} as const;

/** \d \D \s \S \w \W. */
export type Cat = 'd' | 'D' | 's' | 'S' | 'w' | 'W';

/** One member of a [...] set. Invariant: for a range, lo <= hi. */
export type SetItem =
  | { k: 'lit'; cp: number }
  | { k: 'range'; lo: number; hi: number }
  | { k: 'cat'; cat: Cat };

/**
 * A pattern node. Invariants: `group.index` is the capture number (null: non-capturing,
 * possibly with scoped flags add/del); `repeat.max` is Infinity when unbounded and
 * min <= max; `backref.group` refers to a group closed before the reference.
 */
export type Node =
  | { t: 'lit'; cp: number }
  | { t: 'set'; negate: boolean; items: SetItem[] }
  | { t: 'any' }
  | { t: 'cat'; cat: Cat }
  | { t: 'at'; at: '^' | '$' | 'A' | 'Z' | 'b' | 'B' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  | { t: 'group'; index: number | null; add: number; del: number; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'repeat'; min: number; max: number; kind: 'greedy' | 'lazy' | 'possessive'; body: Node }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node }
  | { t: 'backref'; group: number }
  | { t: 'cond'; group: number; yes: Node; no: Node | null; pos: number };
