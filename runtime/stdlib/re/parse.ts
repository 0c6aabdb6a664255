// Python's regular-expression syntax, parsed as CPython 3.13's re._parser does: the same
// constructs, the same re.error (PatternError) messages and positions (code points).
// The tree is translated to a JS RegExp by translate.ts.
import { ModuleError } from '../errors.js';
import { PyError } from '../../semantics/errors.js';
import { strRepr } from '../../repr.js';
// The tokenizer's name table (CPython 3.13's unicodedata, loaded on first use).
import { lookupUnicodeName } from '../../../grammar/unicode-names.js';
import type { Node, SetItem, Cat } from './ast.js';
import { FLAGS } from './ast.js';

const FLAG_LETTERS: Record<string, number> = {
  i: FLAGS.IGNORECASE, L: FLAGS.LOCALE, m: FLAGS.MULTILINE, s: FLAGS.DOTALL, x: FLAGS.VERBOSE,
  a: FLAGS.ASCII, u: FLAGS.UNICODE,
};
const TYPE_FLAGS = FLAGS.ASCII | FLAGS.LOCALE | FLAGS.UNICODE;
const ESCAPES: Record<string, number> = { '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92 };
const CATS: Record<string, Cat> = { '\\d': 'd', '\\D': 'D', '\\s': 's', '\\S': 'S', '\\w': 'w', '\\W': 'W' };
const ATS: Record<string, 'A' | 'Z' | 'b' | 'B'> = { '\\A': 'A', '\\Z': 'Z', '\\b': 'b', '\\B': 'B' };
const WHITESPACE = ' \t\n\r\v\f';
const MAXREPEAT = 2 ** 32 - 1; // CPython's MAXREPEAT on 64-bit builds (SRE_MAXREPEAT)
const MAXGROUPS = 2 ** 30;

/** re.error with CPython's `msg at position N (line L, column C)` text. */
export function patternError(msg: string, pattern: string, pos: number | null): ModuleError {
  let text = msg;
  let lineno: number | null = null;
  let colno: number | null = null;
  if (pos !== null) {
    const cps = Array.from(pattern);
    const before = cps.slice(0, pos).join('');
    lineno = before.split('\n').length;
    colno = before.includes('\n') ? pos - Array.from(before.slice(0, before.lastIndexOf('\n'))).length : pos + 1;
    text = `${msg} at position ${pos}`;
    if (pattern.includes('\n')) text += ` (line ${lineno}, column ${colno})`;
  }
  return new ModuleError('re.PatternError', text, { msg, pattern, pos, lineno, colno });
}

export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da]*$/u.test(name);
}

/** The parse result. Invariant: groups = 1 + the number of capturing groups. */
export interface Parsed {
  readonly body: Node;
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: ReadonlyMap<string, number>;
  /** A bytes pattern (latin-1 text): classes and case folding are ASCII. */
  readonly bytes: boolean;
  /** [min, max] width of each group (index 0 unused): a backreference's width in a lookbehind. */
  readonly widths: readonly ([number, number] | null)[];
}

class Source {
  readonly cps: string[];
  index = 0;
  next: string | null = null;
  /** `bytes`: the pattern is a bytes object, here as its latin-1 decoding. */
  constructor(readonly pattern: string, readonly bytes = false) {
    this.cps = Array.from(pattern);
    this.advance();
  }
  private advance(): void {
    const i = this.index;
    if (i >= this.cps.length) { this.next = null; return; }
    let ch = this.cps[i];
    if (ch === '\\') {
      if (i + 1 >= this.cps.length) throw patternError('bad escape (end of pattern)', this.pattern, this.cps.length - 1);
      ch += this.cps[i + 1];
      this.index = i + 2;
    } else this.index = i + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (this.next === ch) { this.advance(); return true; }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, set: string): string {
    let r = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !set.includes(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(term: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error(`missing ${name}`);
        throw this.error(`missing ${term}, unterminated name`, Array.from(r).length);
      }
      if (c === term) {
        if (!r) throw this.error(`missing ${name}`, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : Array.from(this.next).length);
  }
  seek(i: number): void {
    this.index = i;
    this.advance();
  }
  error(msg: string, offset = 0): ModuleError {
    // A bytes pattern's messages are ASCII: msg.encode('ascii', 'backslashreplace').
    if (this.bytes) msg = asciiBackslash(msg);
    return patternError(msg, this.pattern, this.tell() - offset);
  }
  checkGroupName(name: string, offset: number): void {
    if (this.bytes && /[^\x00-\x7f]/.test(name)) {
      throw this.error(`bad character in group name ${asciiBackslash(strRepr(name))}`, Array.from(name).length + offset);
    }
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${strRepr(name)}`, Array.from(name).length + offset);
  }
}

const DIGITS = '0123456789';
const OCT = '01234567';
const HEX = '0123456789abcdefABCDEF';
const ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

class State {
  flags = 0;
  groupindex = new Map<string, number>();
  /** Width of each closed group (null while open); index 0 is the whole match. */
  widths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  grouprefpos = new Map<number, number>();
  get groups(): number { return this.widths.length; }
  checkGroup(g: number): boolean { return g < this.groups && this.widths[g] !== null; }
  checkLookbehindGroup(g: number, src: Source): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(g)) throw src.error('cannot refer to an open group');
      if (g >= this.lookbehindGroups) throw src.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

/** re._parser.parse(pattern, flags). */
/** str.encode('ascii', 'backslashreplace').decode() of a message. */
export function asciiBackslash(s: string): string {
  return Array.from(s, (ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return ch;
    return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
  }).join('');
}

/**
 * re._parser.parse(pattern, flags). With `bytes`, `pattern` is a bytes pattern decoded as
 * latin-1: no \u \U \N escapes, no (?u), ASCII classes, ASCII-only messages.
 */
export function parse(pattern: string, flags = 0, bytes = false): Parsed {
  const src = new Source(pattern, bytes);
  const state = new State();
  state.flags = flags;
  const body = parseSub(src, state, (flags & FLAGS.VERBOSE) !== 0, 0);
  let f = state.flags;
  if (bytes) {
    if (f & FLAGS.UNICODE) throw new PyError('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if (f & FLAGS.LOCALE && f & FLAGS.ASCII) throw new PyError('ValueError', 'ASCII and LOCALE flags are incompatible');
  } else if (f & FLAGS.LOCALE) throw new PyError('ValueError', 'cannot use LOCALE flag with a str pattern');
  else if (!(f & FLAGS.ASCII)) f |= FLAGS.UNICODE;
  else if (f & FLAGS.UNICODE) throw new PyError('ValueError', 'ASCII and UNICODE flags are incompatible');
  if (src.next !== null) throw src.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw patternError(`invalid group reference ${g}`, pattern, pos);
  }
  return { body, flags: f, groups: state.groups, groupindex: state.groupindex, bytes, widths: state.widths };
}

function classEscape(src: Source, esc: string): SetItem {
  if (ESCAPES[esc] !== undefined) return { k: 'lit', cp: ESCAPES[esc] };
  if (CATS[esc]) return { k: 'cat', cat: CATS[esc] };
  const lit = numericEscape(src, esc, true);
  if (lit !== undefined) return { k: 'lit', cp: lit };
  throw src.error(`bad escape ${esc}`, Array.from(esc).length);
}

/** \x \u \U \N{} and octal escapes shared by both contexts; undefined when `esc` is none of them. */
function numericEscape(src: Source, esc: string, inClass: boolean): number | undefined {
  const c = esc.slice(1);
  const fixed = (n: number) => {
    const e = esc + src.getwhile(n, HEX);
    if (e.length !== n + 2) throw src.error(`incomplete escape ${e}`, e.length);
    return parseInt(e.slice(2), 16);
  };
  if (c === 'x') return fixed(2);
  if (src.bytes && 'uUN'.includes(c)) return undefined; // plain letters in a bytes pattern: bad escapes
  if (c === 'u') return fixed(4);
  if (c === 'U') {
    const e = esc + src.getwhile(8, HEX);
    if (e.length !== 10) throw src.error(`incomplete escape ${e}`, e.length);
    const v = parseInt(e.slice(2), 16);
    // chr() refuses it; CPython then reports the whole escape as bad.
    if (v > 0x10ffff) throw src.error(`bad escape ${e}`, e.length);
    return v;
  }
  if (c === 'N') {
    if (!src.match('{')) throw src.error('missing {');
    const name = src.getuntil('}', 'character name');
    const cp = lookupUnicodeName(name);
    if (cp === undefined) throw src.error(`undefined character name ${strRepr(name)}`, Array.from(name).length + 4);
    return cp;
  }
  if (inClass && OCT.includes(c)) {
    const e = esc + src.getwhile(2, OCT);
    const v = parseInt(e.slice(1), 8);
    if (v > 0o377) throw src.error(`octal escape value ${e} outside of range 0-0o377`, e.length);
    return v;
  }
  // Any other escaped non-letter, non-digit stands for itself; letters and digits were
  // either handled above or are bad escapes.
  return !ASCII_LETTERS.includes(c) && !DIGITS.includes(c) ? c.codePointAt(0)! : undefined;
}

function escape(src: Source, esc: string, state: State): Node {
  if (CATS[esc]) return { t: 'cat', cat: CATS[esc] };
  if (ATS[esc]) return { t: 'at', at: ATS[esc] };
  if (ESCAPES[esc] !== undefined) return { t: 'lit', cp: ESCAPES[esc] };
  const c = esc.slice(1);
  if (c === '0') {
    const e = esc + src.getwhile(2, OCT);
    return { t: 'lit', cp: parseInt(e.slice(1), 8) };
  }
  if (c.length === 1 && DIGITS.includes(c)) {
    let e = esc;
    if (src.next !== null && DIGITS.includes(src.next)) {
      e += src.get();
      if (OCT.includes(e[1]) && OCT.includes(e[2]) && src.next !== null && OCT.includes(src.next)) {
        e += src.get();
        const v = parseInt(e.slice(1), 8);
        if (v > 0o377) throw src.error(`octal escape value ${e} outside of range 0-0o377`, e.length);
        return { t: 'lit', cp: v };
      }
    }
    const group = parseInt(e.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw src.error('cannot refer to an open group', e.length);
      state.checkLookbehindGroup(group, src);
      return { t: 'backref', group };
    }
    throw src.error(`invalid group reference ${group}`, e.length - 1);
  }
  const lit = numericEscape(src, esc, false);
  if (lit !== undefined) return { t: 'lit', cp: lit };
  throw src.error(`bad escape ${esc}`, Array.from(esc).length);
}

function parseSub(src: Source, state: State, verbose: boolean, nested: number): Node {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(src, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!src.match('|')) break;
    if (!nested) verbose = (state.flags & FLAGS.VERBOSE) !== 0;
  }
  if (items.length === 1) return { t: 'seq', items: items[0] };
  return { t: 'alt', branches: items.map((i) => ({ t: 'seq', items: i }) as Node) };
}

function parseSeq(src: Source, state: State, verbose: boolean, nested: number, first: boolean): Node[] {
  const seq: Node[] = [];
  for (;;) {
    const self = src.next;
    if (self === null || self === '|' || self === ')') break;
    src.get();
    if (verbose) {
      if (WHITESPACE.includes(self)) continue;
      if (self === '#') {
        for (;;) {
          const t = src.get();
          if (t === null || t === '\n') break;
        }
        continue;
      }
    }
    if (self[0] === '\\') { seq.push(escape(src, self, state)); continue; }
    if (!'.\\[{()*+?^$|'.includes(self)) { seq.push({ t: 'lit', cp: self.codePointAt(0)! }); continue; }
    if (self === '[') { seq.push(parseSet(src)); continue; }
    if ('*+?{'.includes(self)) { quantifier(src, self, seq); continue; }
    if (self === '.') { seq.push({ t: 'any' }); continue; }
    if (self === '^') { seq.push({ t: 'at', at: '^' }); continue; }
    if (self === '$') { seq.push({ t: 'at', at: '$' }); continue; }
    // '('
    const node = group(src, state, verbose, nested, first && seq.length === 0);
    if (node === 'global-flags') {
      verbose = (state.flags & FLAGS.VERBOSE) !== 0;
      continue;
    }
    if (node) seq.push(node);
  }
  return seq;
}

function quantifier(src: Source, ch: string, seq: Node[]): void {
  const here = src.tell();
  let min = 0;
  let max = Infinity;
  if (ch === '?') max = 1;
  else if (ch === '+') min = 1;
  else if (ch === '{') {
    if (src.next === '}') { seq.push({ t: 'lit', cp: 0x7b }); return; }
    let lo = '';
    let hi = '';
    while (src.next !== null && DIGITS.includes(src.next)) lo += src.get();
    if (src.match(',')) { while (src.next !== null && DIGITS.includes(src.next)) hi += src.get(); } else hi = lo;
    if (!src.match('}')) { seq.push({ t: 'lit', cp: 0x7b }); src.seek(here); return; }
    if (lo) {
      min = Number(lo);
      if (min >= MAXREPEAT) throw new PyError('OverflowError', 'the repetition number is too large');
    }
    if (hi) {
      max = Number(hi);
      if (max >= MAXREPEAT) throw new PyError('OverflowError', 'the repetition number is too large');
      if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
    }
  }
  const prev = seq[seq.length - 1];
  if (!prev || prev.t === 'at') throw src.error('nothing to repeat', src.tell() - here + ch.length);
  if (prev.t === 'repeat') throw src.error('multiple repeat', src.tell() - here + ch.length);
  const kind = src.match('?') ? 'lazy' : src.match('+') ? 'possessive' : 'greedy';
  seq[seq.length - 1] = { t: 'repeat', min, max, kind, body: prev };
}

function parseSet(src: Source): Node {
  const here = src.tell() - 1;
  const items: SetItem[] = [];
  const negate = src.match('^');
  for (;;) {
    const self = src.get();
    if (self === null) throw src.error('unterminated character set', src.tell() - here);
    if (self === ']' && items.length) break;
    let c1: SetItem = self[0] === '\\' ? classEscape(src, self) : { k: 'lit', cp: self.codePointAt(0)! };
    if (src.match('-')) {
      const that = src.get();
      if (that === null) throw src.error('unterminated character set', src.tell() - here);
      if (that === ']') {
        items.push(c1, { k: 'lit', cp: 0x2d });
        break;
      }
      const c2: SetItem = that[0] === '\\' ? classEscape(src, that) : { k: 'lit', cp: that.codePointAt(0)! };
      const msg = `bad character range ${self}-${that}`;
      const len = Array.from(self).length + 1 + Array.from(that).length;
      if (c1.k !== 'lit' || c2.k !== 'lit') throw src.error(msg, len);
      if (c2.cp < c1.cp) throw src.error(msg, len);
      c1 = { k: 'range', lo: c1.cp, hi: c2.cp };
    }
    items.push(c1);
  }
  return { t: 'set', negate, items };
}

function group(src: Source, state: State, verbose: boolean, nested: number, first: boolean): Node | 'global-flags' | null {
  const start = src.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let add = 0;
  let del = 0;
  if (src.match('?')) {
    const ch = src.get();
    if (ch === null) throw src.error('unexpected end of pattern');
    if (ch === 'P') {
      if (src.match('<')) {
        name = src.getuntil('>', 'group name');
        src.checkGroupName(name, 1);
      } else if (src.match('=')) {
        const ref = src.getuntil(')', 'group name');
        src.checkGroupName(ref, 1);
        const gid = state.groupindex.get(ref);
        if (gid === undefined) throw src.error(`unknown group name ${strRepr(ref)}`, Array.from(ref).length + 1);
        if (!state.checkGroup(gid)) throw src.error('cannot refer to an open group', Array.from(ref).length + 1);
        state.checkLookbehindGroup(gid, src);
        return { t: 'backref', group: gid };
      } else {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        throw src.error(`unknown extension ?P${c2}`, c2.length + 2);
      }
    } else if (ch === ':') capture = false;
    else if (ch === '#') {
      for (;;) {
        if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
        if (src.get() === ')') break;
      }
      return null;
    } else if ('=!<'.includes(ch)) {
      let kind = ch;
      let behind = false;
      let saved: number | null = null;
      if (ch === '<') {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        if (!'=!'.includes(c2)) throw src.error(`unknown extension ?<${c2}`, c2.length + 2);
        kind = c2;
        behind = true;
        saved = state.lookbehindGroups;
        if (saved === null) state.lookbehindGroups = state.groups;
      }
      const body = parseSub(src, state, verbose, nested + 1);
      if (behind && saved === null) state.lookbehindGroups = null;
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      return { t: 'look', behind, neg: kind === '!', body };
    } else if (ch === '(') {
      const cond = src.getuntil(')', 'group name');
      let g: number;
      if (!/^[0-9]+$/.test(cond)) {
        src.checkGroupName(cond, 1);
        const gid = state.groupindex.get(cond);
        if (gid === undefined) throw src.error(`unknown group name ${strRepr(cond)}`, Array.from(cond).length + 1);
        g = gid;
      } else {
        g = Number(cond);
        if (!g) throw src.error('bad group number', cond.length + 1);
        if (g >= MAXGROUPS) throw src.error(`invalid group reference ${g}`, cond.length + 1);
        if (!state.grouprefpos.has(g)) state.grouprefpos.set(g, src.tell() - cond.length - 1);
      }
      state.checkLookbehindGroup(g, src);
      const yes: Node = { t: 'seq', items: parseSeq(src, state, verbose, nested + 1, false) };
      let no: Node | null = null;
      if (src.match('|')) {
        no = { t: 'seq', items: parseSeq(src, state, verbose, nested + 1, false) };
        if (src.next === '|') throw src.error('conditional backref with more than two branches');
      }
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      return { t: 'cond', group: g, yes, no, pos: start };
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (FLAG_LETTERS[ch] !== undefined || ch === '-') {
      const r = parseFlags(src, state, ch);
      if (r === null) {
        if (!first) throw src.error('global flags not at the start of the expression', src.tell() - start);
        return 'global-flags';
      }
      [add, del] = r;
      capture = false;
    } else throw src.error(`unknown extension ?${ch}`, ch.length + 1);
  }
  let index: number | null = null;
  if (capture) {
    index = state.groups;
    state.widths.push(null);
    if (name !== null) {
      const old = state.groupindex.get(name);
      if (old !== undefined) {
        throw src.error(`redefinition of group name ${strRepr(name)} as group ${index}; was group ${old}`, Array.from(name).length + 1);
      }
      state.groupindex.set(name, index);
    }
  }
  const subVerbose = (verbose || (add & FLAGS.VERBOSE) !== 0) && !(del & FLAGS.VERBOSE);
  const body = parseSub(src, state, subVerbose, nested + 1);
  if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
  if (index !== null) state.widths[index] = width(body, state);
  if (atomic) return { t: 'atomic', body };
  return { t: 'group', index, add, del, body };
}

function parseFlags(src: Source, state: State, ch: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let c: string | null = ch;
  if (c !== '-') {
    for (;;) {
      const flag = FLAG_LETTERS[c!];
      if (c === 'L' && !src.bytes) throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (c === 'u' && src.bytes) throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = src.get();
      if (c === null) throw src.error('missing -, : or )');
      if (')-:'.includes(c)) break;
      if (FLAG_LETTERS[c] === undefined) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing -, : or )', c.length);
    }
  }
  if (c === ')') {
    state.flags |= add;
    return null;
  }
  if (c === '-') {
    c = src.get();
    if (c === null) throw src.error('missing flag');
    if (FLAG_LETTERS[c] === undefined) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing flag', c.length);
    for (;;) {
      const flag = FLAG_LETTERS[c!];
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = src.get();
      if (c === null) throw src.error('missing :');
      if (c === ':') break;
      if (FLAG_LETTERS[c] === undefined) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing :', c.length);
    }
  }
  if (add & del) throw src.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

/** SubPattern.getwidth(): [min, max] code points (max Infinity when unbounded). */
export function width(n: Node, state?: { widths: ([number, number] | null)[] }): [number, number] {
  switch (n.t) {
    case 'lit': case 'set': case 'any': case 'cat': return [1, 1];
    case 'at': case 'look': return [0, 0];
    case 'seq': return n.items.reduce<[number, number]>((acc, x) => { const w = width(x, state); return [acc[0] + w[0], acc[1] + w[1]]; }, [0, 0]);
    case 'alt': {
      const ws = n.branches.map((b) => width(b, state));
      return [Math.min(...ws.map((w) => w[0])), Math.max(...ws.map((w) => w[1]))];
    }
    case 'group': case 'atomic': return width(n.body, state);
    case 'repeat': {
      const [lo, hi] = width(n.body, state);
      return [lo * n.min, hi === 0 ? 0 : hi * n.max];
    }
    case 'backref': return state?.widths[n.group] ?? [0, Infinity];
    case 'cond': {
      const y = width(n.yes, state);
      const o = n.no ? width(n.no, state) : [0, 0];
      return [Math.min(y[0], o[0]), Math.max(y[1], o[1])];
    }
  }
}
