// The re module over translated JS RegExps: compile, search/match/fullmatch, findall,
// finditer, sub/subn (templates or a callable), split, escape, and Match objects. All
// positions are code points, as in Python; the 3.7+ empty-match rules are reproduced (a
// search right after an empty match may not return another empty match at the same place).
import { PyError } from '../../semantics/errors.js';
import { ModuleError } from '../errors.js';
import { bytesRepr, strRepr } from '../../repr.js';
import { FLAGS } from './ast.js';
import { parse } from './parse.js';
import { translate, type Translated } from './translate.js';
import { expandTemplate, parseTemplate } from './template.js';

export { FLAGS } from './ast.js';

/** Code point ↔ UTF-16 offsets of one string (identity when it has no astral characters). */
class Offsets {
  private readonly cpToUnit: Int32Array | null;
  readonly length: number;
  constructor(readonly s: string) {
    if (!/[\ud800-\udbff][\udc00-\udfff]/.test(s)) {
      this.cpToUnit = null;
      this.length = s.length;
      return;
    }
    const map: number[] = [];
    let u = 0;
    for (const ch of s) { map.push(u); u += ch.length; }
    map.push(u);
    this.cpToUnit = Int32Array.from(map);
    this.length = map.length - 1;
  }
  unit(cp: number): number {
    return this.cpToUnit ? this.cpToUnit[cp] : cp;
  }
  cp(unit: number): number {
    const m = this.cpToUnit;
    if (!m) return unit;
    let lo = 0;
    let hi = m.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (m[mid] < unit) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}

/**
 * re.exec from `lastIndex` for a global RegExp, skipping matches that V8 reports in the
 * middle of a surrogate pair (it tries such positions for zero-width patterns under 'v',
 * e.g. /(?<![\s\S])/ at the low half); Python positions are code points.
 */
function execFrom(re: RegExp, text: string, lastIndex: number): RegExpExecArray | null {
  for (;;) {
    re.lastIndex = lastIndex;
    const m = exec(re, text);
    if (!m) return null;
    const i = m.index;
    const c = text.charCodeAt(i);
    const b = text.charCodeAt(i - 1);
    if (i > 0 && c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) {
      lastIndex = i + 1;
      continue;
    }
    return m;
  }
}

/**
 * Runs `f`, turning V8's stack exhaustion into Python's RecursionError: CPython's parser
 * gives up on patterns nested ~1000 deep too (pyx's limit is somewhat higher).
 */
function deepGuard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new ModuleError('RecursionError', 'maximum recursion depth exceeded');
    throw e;
  }
}

/** RegExp.exec; V8 running out of backtracking stack becomes a RecursionError (sre has no such limit). */
function exec(re: RegExp, text: string): RegExpExecArray | null {
  try {
    return re.exec(text);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new ModuleError('RecursionError', 'maximum recursion depth exceeded (pyx: the JavaScript regular-expression engine ran out of backtracking stack)');
    }
    throw e;
  }
}

/** A Python str (string) or bytes (Uint8Array): the subject, pattern and results of re. */
export type Str = string | Uint8Array;

/** Replacement for sub/subn: a template (str or bytes) or a function of the match. */
export type Repl = Str | ((m: Match) => Str);

/** bytes ↔ latin-1 text: a bytes pattern runs as a str pattern over these code points. */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function toBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** ''.join / b''.join of the pieces of sub(): CPython's TypeError names the first wrong item. */
function join(pieces: Str[], bytes: boolean): string {
  pieces.forEach((p, i) => {
    if (bytes && typeof p === 'string') throw new PyError('TypeError', `sequence item ${i}: expected a bytes-like object, str found`);
    if (!bytes && typeof p !== 'string') throw new PyError('TypeError', `sequence item ${i}: expected str instance, bytes found`);
  });
  return pieces.map((p) => (typeof p === 'string' ? p : latin1(p))).join('');
}

/**
 * A compiled pattern (re.Pattern). Invariants: `groups` counts capturing groups;
 * `groupindex` maps names to their numbers; the RegExps share `tr.source`.
 */
export class Pattern {
  readonly groups: number;
  readonly groupindex: ReadonlyMap<string, number>;
  readonly flags: number;
  private readonly tr: Translated;
  private readonly reG: RegExp;
  private readonly reY: RegExp;
  private readonly reFull: RegExp;
  private readonly nonEmpty = new Map<number, RegExp>();

  /** A bytes pattern: subjects, templates and results are bytes. */
  readonly isBytes: boolean;

  constructor(readonly pattern: Str, flags = 0) {
    this.isBytes = typeof pattern !== 'string';
    const text = typeof pattern === 'string' ? pattern : latin1(pattern);
    const p = deepGuard(() => parse(text, flags, this.isBytes));
    this.flags = p.flags;
    this.groups = p.groups - 1;
    this.groupindex = p.groupindex;
    this.tr = deepGuard(() => translate(p));
    this.reG = deepGuard(() => new RegExp(this.tr.source, this.tr.flags + 'g'));
    this.reY = new RegExp(this.tr.source, this.tr.flags + 'y');
    this.reFull = new RegExp(`(?:${this.tr.source})(?![\\s\\S])`, this.tr.flags + 'y');
  }

  /** Clamps pos/endpos as _sre's state_init does; undefined when no match is possible. */
  /** repr(pattern): re.compile(%.200R, FLAGS), UNICODE left out when it is a str pattern's default. */
  repr(): string {
    const text = Array.from(typeof this.pattern === 'string' ? strRepr(this.pattern) : bytesRepr(this.pattern)).slice(0, 200).join('');
    let f = this.flags;
    if (!this.isBytes && (f & (FLAGS.LOCALE | FLAGS.UNICODE | FLAGS.ASCII)) === FLAGS.UNICODE) f &= ~FLAGS.UNICODE;
    const names = (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).filter((k) => f & FLAGS[k]).map((k) => `re.${k}`);
    return names.length ? `re.compile(${text}, ${names.join('|')})` : `re.compile(${text})`;
  }

  /** The subject as text; a str pattern on bytes (or the reverse) is CPython's TypeError. */
  text(s: Str): string {
    if (typeof s === 'string') {
      if (this.isBytes) throw new PyError('TypeError', 'cannot use a bytes pattern on a string-like object');
      return s;
    }
    if (!this.isBytes) throw new PyError('TypeError', 'cannot use a string pattern on a bytes-like object');
    return latin1(s);
  }

  /** A result as the pattern's type. */
  out(s: string): Str {
    return this.isBytes ? toBytes(s) : s;
  }

  private window(subject: Str, pos: number, endpos: number | undefined): { off: Offsets; text: string; pos: number; endpos: number; subject: Str } {
    const s = this.text(subject);
    const full = new Offsets(s);
    const n = full.length;
    pos = Math.min(Math.max(pos, 0), n);
    const end = endpos === undefined ? n : Math.min(Math.max(endpos, 0), n);
    // endpos < pos: search/fullmatch/finditer find nothing; _sre's match still tries at pos
    // (as if the string ended there), which slicing at pos reproduces.
    const text = end === n ? s : s.slice(0, full.unit(Math.max(end, pos)));
    return { off: full, text, pos, endpos: end, subject };
  }

  private build(m: RegExpExecArray | null, w: { off: Offsets; pos: number; endpos: number; subject: Str }, shift = 0): Match | null {
    if (!m) return null;
    const spans: number[] = [];
    for (let g = 0; g <= this.groups; g++) {
      const ix = m.indices![this.tr.groupMap[g]];
      if (ix) spans.push(w.off.cp(ix[0] + shift), w.off.cp(ix[1] + shift));
      else spans.push(-1, -1);
    }
    return new Match(this, w.subject, w.off, w.pos, w.endpos, spans, this.tr.parents);
  }

  search(s: Str, pos = 0, endpos?: number): Match | null {
    const w = this.window(s, pos, endpos);
    if (w.endpos < w.pos) return null;
    return this.build(execFrom(this.reG, w.text, w.off.unit(w.pos)), w);
  }

  match(s: Str, pos = 0, endpos?: number): Match | null {
    const w = this.window(s, pos, endpos);
    this.reY.lastIndex = w.off.unit(w.pos);
    return this.build(exec(this.reY, w.text), w);
  }

  fullmatch(s: Str, pos = 0, endpos?: number): Match | null {
    const w = this.window(s, pos, endpos);
    if (w.endpos < w.pos) return null;
    this.reFull.lastIndex = w.off.unit(w.pos);
    return this.build(exec(this.reFull, w.text), w);
  }

  /**
   * The first match at or after `pos`; with `mustAdvance`, one at `pos` must be non-empty
   * (sre's must_advance after an empty match).
   */
  private next(w: { off: Offsets; text: string; pos: number; endpos: number; subject: Str }, pos: number, mustAdvance: boolean): Match | null {
    if (!mustAdvance) return this.build(execFrom(this.reG, w.text, w.off.unit(pos)), w);
    // A non-empty match at pos: run on a suffix that keeps the `lookback` code points the
    // pattern may inspect (plus one so that \A and ^ see they are not at the start), and
    // require the end to lie beyond pos with a fixed-width lookbehind.
    const a = Math.max(0, pos - this.tr.lookback - 1);
    const p0 = pos - a;
    let re = this.nonEmpty.get(p0);
    if (!re) {
      re = new RegExp(`(?:${this.tr.source})(?<=[\\s\\S]{${p0 + 1}})`, this.tr.flags + 'y');
      this.nonEmpty.set(p0, re);
    }
    const ua = w.off.unit(a);
    re.lastIndex = w.off.unit(pos) - ua;
    const m = this.build(exec(re, w.text.slice(ua)), w, ua);
    if (m || pos >= w.endpos) return m;
    return this.build(execFrom(this.reG, w.text, w.off.unit(pos + 1)), w);
  }

  /** The successive matches of finditer/findall/sub/split. */
  *finditer(s: Str, pos = 0, endpos?: number): Generator<Match> {
    const w = this.window(s, pos, endpos);
    if (w.endpos < w.pos) return;
    let p = w.pos;
    let mustAdvance = false;
    while (p <= w.endpos) {
      const m = this.next(w, p, mustAdvance);
      if (!m) return;
      yield m;
      const [a, b] = m.span();
      mustAdvance = a === b;
      p = b;
    }
  }

  /** findall: whole matches, group 1, or tuples (arrays) of all groups; unmatched → ''. */
  findall(s: Str, pos = 0, endpos?: number): (Str | Str[])[] {
    const out: (Str | Str[])[] = [];
    const empty = this.out('');
    for (const m of this.finditer(s, pos, endpos)) {
      if (this.groups === 0) out.push(m.group(0)!);
      else if (this.groups === 1) out.push(m.group(1) ?? empty);
      else out.push(m.groups(empty) as Str[]);
    }
    return out;
  }

  /** subn: count 0 replaces all; a negative count replaces none (as _sre). */
  subn(repl: Repl, s: Str, count = 0): [Str, number] {
    const off = new Offsets(this.text(s));
    if (count < 0) return [s, 0];
    const fill = typeof repl === 'function' ? repl : templateFiller(this, repl);
    const piece = (a: number, b?: number) => this.out(off.s.slice(off.unit(a), b === undefined ? undefined : off.unit(b)));
    // The pieces CPython joins: non-empty stretches between matches and each replacement.
    const pieces: Str[] = [];
    let last = 0;
    let n = 0;
    for (const m of this.finditer(s)) {
      if (count > 0 && n >= count) break;
      const [a, b] = m.span();
      if (a > last) pieces.push(piece(last, a));
      pieces.push(fill(m));
      last = b;
      n++;
    }
    if (last < off.length) pieces.push(piece(last));
    return [this.out(join(pieces, this.isBytes)), n];
  }

  sub(repl: Repl, s: Str, count = 0): Str {
    return this.subn(repl, s, count)[0];
  }

  /** split: pieces between matches, with the groups' values (null when unmatched) between them. */
  split(s: Str, maxsplit = 0): (Str | null)[] {
    const off = new Offsets(this.text(s));
    const piece = (a: number, b?: number) => this.out(off.s.slice(off.unit(a), b === undefined ? undefined : off.unit(b)));
    const out: (Str | null)[] = [];
    let last = 0;
    let n = 0;
    if (maxsplit < 0) return [s];
    for (const m of this.finditer(s)) {
      if (maxsplit > 0 && n >= maxsplit) break;
      const [a, b] = m.span();
      out.push(piece(last, a));
      for (let g = 1; g <= this.groups; g++) out.push(m.group(g));
      last = b;
      n++;
    }
    out.push(piece(last));
    return out;
  }
}

function templateFiller(p: Pattern, repl: Str): (m: Match) => Str {
  // A template of the other type is joined as is, for join()'s TypeError.
  if ((typeof repl === 'string') === p.isBytes) return () => repl;
  const text = typeof repl === 'string' ? repl : latin1(repl);
  // A template without backslashes is literal text (CPython skips parsing it too).
  if (!text.includes('\\')) return () => repl;
  const t = parseTemplate(text, p.groups + 1, p.groupindex, p.isBytes);
  return (m) => p.out(expandTemplate(t, (g) => m.text(g)));
}

/**
 * A match (re.Match). Invariant: `spans` holds start, end per group (code points),
 * -1, -1 for a group that did not participate; spans[0..1] is the whole match.
 */
export class Match {
  constructor(
    readonly re: Pattern,
    /** The subject as passed (str or bytes). */
    readonly string: Str,
    /** The subject as text (latin-1 for bytes) with its code-point offsets. */
    private readonly off: Offsets,
    readonly pos: number,
    readonly endpos: number,
    private readonly spans: readonly number[],
    private readonly parents: readonly (readonly number[])[],
  ) {}

  private index(g: number | string): number {
    if (typeof g === 'string') {
      const i = this.re.groupindex.get(g);
      if (i === undefined) throw new PyError('IndexError', 'no such group');
      return i;
    }
    if (!Number.isInteger(g) || g < 0 || g > this.re.groups) throw new PyError('IndexError', 'no such group');
    return g;
  }

  /** repr(match): <re.Match object; span=(a, b), match=%.50R>. */
  repr(): string {
    const g = this.group(0)!;
    const r = Array.from(typeof g === 'string' ? strRepr(g) : bytesRepr(g)).slice(0, 50).join('');
    const [a, b] = this.span();
    return `<re.Match object; span=(${a}, ${b}), match=${r}>`;
  }

  /** A group's text (latin-1 for a bytes pattern), null when it did not participate. */
  text(g: number | string = 0): string | null {
    const i = this.index(g);
    const a = this.spans[2 * i];
    if (a < 0) return null;
    const b = this.spans[2 * i + 1];
    return this.off.s.slice(this.off.unit(a), this.off.unit(b));
  }

  group(g: number | string = 0): Str | null {
    const t = this.text(g);
    return t === null ? null : this.re.out(t);
  }

  groups<D>(dflt: D | null = null): (Str | D | null)[] {
    const out: (Str | D | null)[] = [];
    for (let g = 1; g <= this.re.groups; g++) out.push(this.group(g) ?? dflt);
    return out;
  }

  groupdict<D>(dflt: D | null = null): Map<string, Str | D | null> {
    const out = new Map<string, Str | D | null>();
    for (const [name, g] of this.re.groupindex) out.set(name, this.group(g) ?? dflt);
    return out;
  }

  start(g: number | string = 0): number { return this.spans[2 * this.index(g)]; }
  end(g: number | string = 0): number { return this.spans[2 * this.index(g) + 1]; }
  span(g: number | string = 0): [number, number] { return [this.start(g), this.end(g)]; }

  expand(template: Str): Str {
    const text = this.re.isBytes ? (typeof template === 'string' ? null : latin1(template)) : (typeof template === 'string' ? template : null);
    if (text === null) {
      throw new PyError('TypeError', this.re.isBytes ? 'expected a bytes-like object, str found' : 'expected str instance, bytes found');
    }
    const t = parseTemplate(text, this.re.groups + 1, this.re.groupindex, this.re.isBytes);
    return this.re.out(expandTemplate(t, (g) => this.text(g)));
  }

  /** The group that closed last (sre's lastindex), or null. */
  get lastindex(): number | null {
    let best: number | null = null;
    for (let g = 1; g <= this.re.groups; g++) {
      if (this.spans[2 * g] < 0) continue;
      if (best === null) { best = g; continue; }
      const eb = this.spans[2 * best + 1];
      const eg = this.spans[2 * g + 1];
      // Later end closes later; at the same end an enclosing group closes after its inner one.
      if (eg > eb || (eg === eb && !this.parents[g].includes(best))) best = g;
    }
    return best;
  }

  get lastgroup(): string | null {
    const li = this.lastindex;
    if (li === null) return null;
    for (const [name, g] of this.re.groupindex) if (g === li) return name;
    return null;
  }
}

const cache = new Map<string, Pattern>();

/** re.compile with CPython's cache semantics (same pattern and flags → same object). */
export function compile(pattern: Str | Pattern, flags = 0): Pattern {
  if (pattern instanceof Pattern) {
    if (flags) throw new PyError('ValueError', 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  const key = typeof pattern === 'string' ? `s${flags}:${pattern}` : `b${flags}:${latin1(pattern)}`;
  let p = cache.get(key);
  if (!p) {
    p = new Pattern(pattern, flags);
    if (cache.size >= 512) cache.delete(cache.keys().next().value!);
    cache.set(key, p);
  }
  return p;
}

export const search = (p: Str | Pattern, s: Str, flags = 0) => compile(p, flags).search(s);
export const match = (p: Str | Pattern, s: Str, flags = 0) => compile(p, flags).match(s);
export const fullmatch = (p: Str | Pattern, s: Str, flags = 0) => compile(p, flags).fullmatch(s);
export const findall = (p: Str | Pattern, s: Str, flags = 0) => compile(p, flags).findall(s);
export const finditer = (p: Str | Pattern, s: Str, flags = 0) => compile(p, flags).finditer(s);
export const split = (p: Str | Pattern, s: Str, maxsplit = 0, flags = 0) => compile(p, flags).split(s, maxsplit);
export const sub = (p: string | Pattern, repl: Repl, s: string, count = 0, flags = 0) => compile(p, flags).sub(repl, s, count);
export const subn = (p: string | Pattern, repl: Repl, s: string, count = 0, flags = 0) => compile(p, flags).subn(repl, s, count);

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

/** re.escape: backslash before each special character. */
export function escape(s: Str): Str {
  let out = '';
  for (const ch of typeof s === 'string' ? s : latin1(s)) out += SPECIAL.has(ch) ? '\\' + ch : ch;
  return typeof s === 'string' ? out : toBytes(out);
}

export function purge(): void {
  cache.clear();
}

// Flag constants under their module names (re.I, re.IGNORECASE, ...).
export const I = FLAGS.IGNORECASE, IGNORECASE = FLAGS.IGNORECASE, M = FLAGS.MULTILINE, MULTILINE = FLAGS.MULTILINE;
export const S = FLAGS.DOTALL, DOTALL = FLAGS.DOTALL, X = FLAGS.VERBOSE, VERBOSE = FLAGS.VERBOSE;
export const A = FLAGS.ASCII, ASCII = FLAGS.ASCII, U = FLAGS.UNICODE, UNICODE = FLAGS.UNICODE;
