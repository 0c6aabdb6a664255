// Python pattern tree → JS RegExp source (flags 'v' and 'd'), keeping Python's meaning:
// \d \w \s \b with Python's Unicode classes (or ASCII under re.ASCII), '.' without DOTALL
// excludes only '\n', '^' '$' '\A' '\Z' as Python anchors, atomic groups and possessive
// repeats by the lookahead-capture idiom, scoped (?s) (?m) (?a) and (?i) on literals.
// Where JS would behave differently (conditionals, a capture that an iteration of a repeat
// may skip, a backreference to a group that may not have participated, turning IGNORECASE
// off inside a pattern) it throws NotImplementedError naming the construct.
import { ModuleError } from '../errors.js';
import { FLAGS, type Cat, type Node, type SetItem } from './ast.js';
import { patternError, width, type Parsed } from './parse.js';

/**
 * A translated pattern. Invariants: `groupMap[g]` is the JS capture index of Python group
 * g (groupMap[0] = 0); JS captures not in groupMap are hidden helpers; `lookback` bounds
 * how many code points before a match position the pattern can inspect.
 */
export interface Translated {
  readonly source: string;
  readonly flags: string;
  readonly groupMap: readonly number[];
  readonly lookback: number;
  /** Python group → indices of its ancestor groups (for lastindex). */
  readonly parents: readonly (readonly number[])[];
}

function unsupported(what: string): ModuleError {
  return new ModuleError('NotImplementedError', `pyx's re cannot translate ${what} to a JavaScript RegExp`);
}

const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const ASCII_SPACE = '\\t\\n\\v\\f\\r\\x20';

/** The class text of a category, as a nested class usable inside or outside [...] in v-mode. */
function catClass(cat: Cat, ascii: boolean): string {
  const pos: Record<string, string> = ascii
    ? { d: '0-9', w: 'a-zA-Z0-9_', s: ASCII_SPACE }
    : { d: '\\p{Nd}', w: '\\p{L}\\p{N}_', s: SPACE };
  const lower = cat.toLowerCase();
  return cat === lower ? `[${pos[lower]}]` : `[^${pos[lower]}]`;
}

function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCodePoint(cp);
  return `\\u{${cp.toString(16)}}`;
}

/**
 * I, i, İ and ı: CPython's IGNORECASE treats them as one class (sre folds by simple
 * lower/upper case: İ lowers to i, ı uppers to I); JS's simple case folding leaves İ and ı
 * alone.
 */
const DOTLESS_I_GROUP = [0x49, 0x69, 0x130, 0x131];

/** Single-code-point case variants of cp (for a literal under a scoped (?i:...)). */
function caseVariants(cp: number, asciiOnly = false): number[] {
  if (asciiOnly) {
    if (cp >= 0x41 && cp <= 0x5a) return [cp, cp + 32];
    if (cp >= 0x61 && cp <= 0x7a) return [cp, cp - 32];
    return [cp];
  }
  if (DOTLESS_I_GROUP.includes(cp)) return [...DOTLESS_I_GROUP];
  const ch = String.fromCodePoint(cp);
  const out = new Set([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase(), ch.toLowerCase().toUpperCase(), ch.toUpperCase().toLowerCase()]) {
    if (Array.from(v).length === 1) out.add(v.codePointAt(0)!);
  }
  return [...out];
}

interface Ctx {
  jsGroups: number;
  groupMap: number[];
  /** Whether the RegExp carries the 'i' flag (re.IGNORECASE given globally). */
  globalI: boolean;
}

export function translate(p: Parsed): Translated {
  checkJsSemantics(p);
  // Under re.ASCII, IGNORECASE folds only ASCII letters (the Kelvin sign is not a 'k'), so
  // the folding is spelled out instead of using the RegExp's Unicode-aware 'i'.
  // A bytes pattern (latin-1 text) has ASCII classes and case folding (re.LOCALE: the C locale).
  const base = p.bytes ? p.flags | FLAGS.ASCII : p.flags;
  const globalI = (base & FLAGS.IGNORECASE) !== 0 && (base & FLAGS.ASCII) === 0;
  const ctx: Ctx = { jsGroups: 0, groupMap: [0], globalI };
  const source = emit(p.body, base, ctx, p);
  return {
    source,
    flags: 'dv' + (ctx.globalI ? 'i' : ''),
    groupMap: ctx.groupMap,
    lookback: lookback(p.body, p),
    parents: groupParents(p),
  };
}

function emitSet(items: SetItem[], negate: boolean, f: number, ctx: Ctx): string {
  const ascii = (f & FLAGS.ASCII) !== 0;
  const scopedI = (f & FLAGS.IGNORECASE) !== 0 && !ctx.globalI;
  if ((f & FLAGS.IGNORECASE) === 0 && ctx.globalI) throw unsupported('turning IGNORECASE off in part of a pattern ((?-i:...))');
  let body = '';
  for (const it of items) {
    const iGroup = (ctx.globalI || (scopedI && !ascii));
    if (it.k === 'lit') {
      body += (scopedI ? caseVariants(it.cp, ascii) : [it.cp]).map(lit).join('');
      if (iGroup && DOTLESS_I_GROUP.includes(it.cp)) body += DOTLESS_I_GROUP.map(lit).join('');
    } else if (it.k === 'range') {
      body += `${lit(it.lo)}-${lit(it.hi)}`;
      if (iGroup && DOTLESS_I_GROUP.some((c) => c >= it.lo && c <= it.hi)) body += DOTLESS_I_GROUP.map(lit).join('');
      if (scopedI) {
        // Spell out the other case of the range's ASCII letters; beyond ASCII (without
        // re.ASCII) folding is not a range operation, so refuse.
        if (it.hi > 0x7f && !ascii) throw unsupported('a non-ASCII character range under a scoped (?i:...)');
        for (const [a, z, d] of [[0x41, 0x5a, 32], [0x61, 0x7a, -32]]) {
          const lo = Math.max(it.lo, a);
          const hi = Math.min(it.hi, z);
          if (lo <= hi) body += `${lit(lo + d)}-${lit(hi + d)}`;
        }
      }
    } else body += catClass(it.cat, ascii);
  }
  return `[${negate ? '^' : ''}${body}]`;
}

function emit(n: Node, f: number, ctx: Ctx, p: Parsed): string {
  const ascii = (f & FLAGS.ASCII) !== 0;
  switch (n.t) {
    case 'lit':
      if ((f & FLAGS.IGNORECASE) !== 0 && !ctx.globalI) {
        const vs = caseVariants(n.cp, ascii);
        return vs.length === 1 ? lit(n.cp) : `[${vs.map(lit).join('')}]`;
      }
      if ((f & FLAGS.IGNORECASE) === 0 && ctx.globalI) throw unsupported('turning IGNORECASE off in part of a pattern ((?-i:...))');
      if (ctx.globalI && DOTLESS_I_GROUP.includes(n.cp)) return `[${DOTLESS_I_GROUP.map(lit).join('')}]`;
      return lit(n.cp);
    case 'set': return emitSet(n.items, n.negate, f, ctx);
    case 'any': return f & FLAGS.DOTALL ? '[\\s\\S]' : '[^\\n]';
    case 'cat': return catClass(n.cat, ascii);
    case 'at': {
      const w = catClass('w', ascii);
      switch (n.at) {
        case '^': return f & FLAGS.MULTILINE ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])';
        case '$': return f & FLAGS.MULTILINE ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
        case 'A': return '(?<![\\s\\S])';
        case 'Z': return '(?![\\s\\S])';
        case 'b': return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
        // CPython 3.13's \B never matches in an empty string.
        case 'B': return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))(?:(?<=[\\s\\S])|(?=[\\s\\S]))`;
      }
      break;
    }
    case 'seq': return n.items.map((x) => emit(x, f, ctx, p)).join('');
    case 'alt': return `(?:${n.branches.map((b) => emit(b, f, ctx, p)).join('|')})`;
    case 'group': {
      if (n.index === null) return `(?:${emit(n.body, (f | n.add) & ~n.del, ctx, p)})`;
      ctx.groupMap[n.index] = ++ctx.jsGroups;
      return `(${emit(n.body, (f | n.add) & ~n.del, ctx, p)})`;
    }
    case 'atomic': {
      const k = ++ctx.jsGroups;
      return `(?:(?=(${emit(n.body, f, ctx, p)}))\\${k})`;
    }
    case 'repeat': {
      const q = n.min === 0 && n.max === Infinity ? '*' : n.min === 1 && n.max === Infinity ? '+' : n.min === 0 && n.max === 1 ? '?'
        : n.max === Infinity ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
      if (n.kind === 'possessive') {
        const k = ++ctx.jsGroups;
        return `(?:(?=((?:${emit(n.body, f, ctx, p)})${q}))\\${k})`;
      }
      return `(?:${emit(n.body, f, ctx, p)})${q}${n.kind === 'lazy' ? '?' : ''}`;
    }
    case 'look': {
      if (n.behind) {
        const [lo, hi] = width(n.body, { widths: [...p.widths] });
        if (lo !== hi) throw new ModuleError('re.PatternError', 'look-behind requires fixed-width pattern', { msg: 'look-behind requires fixed-width pattern', pattern: null, pos: null });
      }
      return `(?${n.behind ? '<' : ''}${n.neg ? '!' : '='}${emit(n.body, f, ctx, p)})`;
    }
    case 'backref': return `(?:\\${ctx.groupMap[n.group]})`;
    case 'cond': throw unsupported(`the conditional group (?(${n.group})...) at position ${n.pos}`);
  }
  throw new Error('unreachable');
}

/** How far back (code points) the pattern can look from a position it is tried at. */
function lookback(n: Node, p: Parsed): number {
  const lb = (x: Node) => lookback(x, p);
  switch (n.t) {
    case 'at': return n.at === '$' || n.at === 'Z' ? 0 : 1;
    case 'seq': return Math.max(0, ...n.items.map(lb));
    case 'alt': return Math.max(0, ...n.branches.map(lb));
    case 'group': case 'atomic': case 'repeat': return lb(n.body);
    case 'look': return (n.behind ? width(n.body, { widths: [...p.widths] })[1] : 0) + lb(n.body);
    case 'cond': return Math.max(lb(n.yes), n.no ? lb(n.no) : 0);
    default: return 0;
  }
}

/** For each group, the groups enclosing it (outermost first). */
function groupParents(p: Parsed): number[][] {
  const out: number[][] = Array.from({ length: p.groups }, () => []);
  const walk = (n: Node, stack: number[]) => {
    const kids: Node[] = n.t === 'seq' ? n.items : n.t === 'alt' ? n.branches
      : n.t === 'group' || n.t === 'atomic' || n.t === 'repeat' || n.t === 'look' ? [n.body]
        : n.t === 'cond' ? [n.yes, ...(n.no ? [n.no] : [])] : [];
    if (n.t === 'group' && n.index !== null) {
      out[n.index] = [...stack];
      stack = [...stack, n.index];
    }
    for (const k of kids) walk(k, stack);
  };
  walk(p.body, []);
  return out;
}

/**
 * Refuses the constructs whose JS meaning differs from Python's:
 * - a capture inside a repeat that some iteration may skip (JS clears it per iteration,
 *   Python keeps the earlier value), e.g. (?:(a)|b)+;
 * - a backreference to a group that may not have participated (JS matches it as empty,
 *   Python fails), e.g. (a)?\1 or (?:(a)|b)\1.
 */
function checkJsSemantics(p: Parsed): void {
  const groupPath: Node[][] = [];
  const refs: [number, Node[]][] = [];
  const walk = (n: Node, path: Node[]) => {
    const here = [...path, n];
    if (n.t === 'group' && n.index !== null) groupPath[n.index] = here;
    if (n.t === 'backref') refs.push([n.group, here]);
    const kids: Node[] = n.t === 'seq' ? n.items : n.t === 'alt' ? n.branches
      : n.t === 'group' || n.t === 'atomic' || n.t === 'repeat' || n.t === 'look' ? [n.body]
        : n.t === 'cond' ? [n.yes, ...(n.no ? [n.no] : [])] : [];
    for (const k of kids) walk(k, here);
  };
  walk(p.body, []);
  const skippable = (n: Node) => n.t === 'alt' || (n.t === 'repeat' && n.min === 0) || n.t === 'cond' || (n.t === 'look' && n.neg);
  groupPath.forEach((path, g) => {
    if (!path) return;
    // JS rejects an iteration that matches empty (so (a*)* leaves group 1 unset on ''),
    // Python runs it and sets the group.
    for (const r of path) {
      if (r.t === 'repeat' && width(r.body)[0] === 0) {
        throw unsupported(`capturing group ${g} inside a repeat whose body can match the empty string (JavaScript skips an empty iteration, Python records it)`);
      }
    }
    for (let i = 0; i < path.length; i++) {
      const r = path[i];
      if (r.t === 'repeat' && r.max > 1 && path.slice(i + 1, -1).some(skippable)) {
        throw unsupported(`capturing group ${g}, which an iteration of its enclosing repeat may skip (JavaScript clears it, Python keeps the previous value)`);
      }
    }
  });
  for (const [g, refPath] of refs) {
    // \1? or \1*: where Python's reference fails and the repeat takes zero iterations, JS's
    // matches empty; both give the same span and groups.
    const parent = refPath[refPath.length - 2];
    if (parent && parent.t === 'repeat' && parent.min === 0) continue;
    const gp = groupPath[g];
    let k = 0;
    while (k < gp.length && k < refPath.length && gp[k] === refPath[k]) k++;
    const lca = gp[k - 1];
    if (lca.t === 'alt' || gp.slice(k, -1).some(skippable)) {
      throw unsupported(`the backreference to group ${g}, which may not have participated (JavaScript matches it as empty, Python fails)`);
    }
  }
}

export { patternError };
