// json.dumps as CPython 3.13 produces it: separators, indent (int or str), sort_keys,
// ensure_ascii, allow_nan, skipkeys, check_circular, default, float repr, dict key
// coercion, and CPython's error messages. The encoder never inspects interpreter objects
// itself: `classify` says what each value is (so the interpreter decides dict/list/str
// detection and iteration order), `default` replaces unknown objects.
import { PyError } from '../semantics/errors.js';
import { compareStr } from '../semantics/codepoints.js';
import { floatRepr } from '../repr.js';
import { intToStr } from '../semantics/int-str.js';
import { ModuleError } from './errors.js';

/** What a value is to the encoder. `items`/`entries` are iterated once, in output order. */
export type Classified =
  | { k: 'none' }
  | { k: 'bool'; v: boolean }
  | { k: 'int'; v: bigint | number }
  | { k: 'float'; v: number }
  | { k: 'str'; v: string }
  | { k: 'list'; items: Iterable<unknown> }
  | { k: 'dict'; entries: Iterable<[unknown, unknown]> }
  | { k: 'other'; typeName: string };

/** json.dumps's keyword arguments; absent fields take CPython's defaults. */
export interface DumpsOptions {
  skipkeys?: boolean;
  ensureAscii?: boolean;
  checkCircular?: boolean;
  allowNan?: boolean;
  sortKeys?: boolean;
  /** int: that many spaces per level (negative = 0); string: used as is; null: one line. */
  indent?: number | string | null;
  /** [item_separator, key_separator]; default (', ', ': '), or (',', ': ') with an indent. */
  separators?: [string, string] | null;
  /** default(o): a serializable replacement, or throw. Absent: CPython's TypeError. */
  default?: (o: unknown) => unknown;
  /** The value model; absent: plain JS values (see jsClassify). */
  classify?: (v: unknown) => Classified;
}

/** The default value model: null, boolean, bigint (int), number (float), string, arrays, Maps. */
export function jsClassify(v: unknown): Classified {
  if (v === null || v === undefined) return { k: 'none' };
  if (typeof v === 'boolean') return { k: 'bool', v };
  if (typeof v === 'bigint') return { k: 'int', v };
  if (typeof v === 'number') return { k: 'float', v };
  if (typeof v === 'string') return { k: 'str', v };
  if (Array.isArray(v)) return { k: 'list', items: v };
  if (v instanceof Map) return { k: 'dict', entries: v.entries() };
  if (v instanceof Set) return { k: 'other', typeName: 'set' };
  return { k: 'other', typeName: typeof v === 'object' ? (v.constructor?.name ?? 'object') : typeof v };
}

/** Containers (and default() calls) nest at most this deep, as in CPython 3.13. */
const MAX_DEPTH = 9998;

/** A container being written: its items (a dict's as entries), the next index, its level. */
type EncFrame =
  | { kind: 'list'; o: unknown; items: unknown[]; i: number; level: number }
  | { kind: 'dict'; o: unknown; items: [unknown, unknown][]; i: number; level: number; written: number }
  | { kind: 'default'; o: unknown };

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

const NEEDS_ESCAPE = /["\\\x00-\x1f]/;
const NEEDS_ESCAPE_ASCII = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/;

/** encode_basestring / encode_basestring_ascii: the quoted JSON string. */
export function encodeString(s: string, ensureAscii: boolean): string {
  // Most strings need no escape at all.
  if (!(ensureAscii ? NEEDS_ESCAPE_ASCII : NEEDS_ESCAPE).test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (SHORT[ch] !== undefined) out += SHORT[ch];
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function floatText(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan) throw new PyError('ValueError', `Out of range float values are not JSON compliant: ${floatRepr(x)}`);
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/** json.dumps(obj, ...). */
export function dumps(obj: unknown, opts: DumpsOptions = {}): string {
  const classify = opts.classify ?? jsClassify;
  const allowNan = opts.allowNan ?? true;
  const ensureAscii = opts.ensureAscii ?? true;
  const checkCircular = opts.checkCircular ?? true;
  let indent: string | null = null;
  if (typeof opts.indent === 'number') indent = ' '.repeat(Math.max(0, opts.indent));
  else if (typeof opts.indent === 'string') indent = opts.indent;
  const [itemSep, keySep] = opts.separators ?? (indent !== null ? [',', ': '] : [', ', ': ']);
  const markers = new Set<unknown>();
  const parts: string[] = [];

  const enter = (o: unknown) => {
    if (!checkCircular) return;
    if (markers.has(o)) throw new PyError('ValueError', 'Circular reference detected');
    markers.add(o);
  };

  const keyText = (k: unknown): string | undefined => {
    const c = classify(k);
    switch (c.k) {
      case 'str': return c.v;
      case 'float': return floatText(c.v, allowNan);
      case 'bool': return c.v ? 'true' : 'false';
      case 'none': return 'null';
      case 'int': return intToStr(c.v);
      default:
        if (opts.skipkeys) return undefined;
        throw new PyError('TypeError', `keys must be str, int, float, bool or None, not ${c.k === 'other' ? c.typeName : c.k === 'list' ? 'list' : 'dict'}`);
    }
  };

  const newline = (level: number) => (indent === null ? '' : '\n' + indent.repeat(level));
  // An explicit stack instead of recursion: CPython nests 9998 containers deep.
  const stack: EncFrame[] = [];
  // CPython enters a recursion level for every list, dict and default() call, empty or not.
  const deeper = () => {
    if (stack.length >= MAX_DEPTH) throw new ModuleError('RecursionError', 'maximum recursion depth exceeded while encoding a JSON object');
  };
  const push = (f: EncFrame) => {
    deeper();
    stack.push(f);
  };
  let pending: { v: unknown; level: number } | null = { v: obj, level: 0 };
  for (;;) {
    if (pending) {
      const { v: o, level }: { v: unknown; level: number } = pending;
      pending = null;
      const c = classify(o);
      switch (c.k) {
        case 'none': parts.push('null'); break;
        case 'bool': parts.push(c.v ? 'true' : 'false'); break;
        case 'int': parts.push(intToStr(c.v)); break;
        case 'float': parts.push(floatText(c.v, allowNan)); break;
        case 'str': parts.push(encodeString(c.v, ensureAscii)); break;
        case 'list': {
          deeper();
          const items = [...c.items];
          if (items.length === 0) { parts.push('[]'); break; }
          enter(o);
          parts.push('[' + newline(level + 1));
          push({ kind: 'list', o, items, i: 0, level });
          break;
        }
        case 'dict': {
          deeper();
          let entries = [...c.entries];
          if (entries.length === 0) { parts.push('{}'); break; }
          enter(o);
          if (opts.sortKeys) entries = sortEntries(entries, classify);
          parts.push('{' + newline(level + 1));
          push({ kind: 'dict', o, items: entries, i: 0, level, written: 0 });
          break;
        }
        case 'other': {
          if (!opts.default) throw new PyError('TypeError', `Object of type ${c.typeName} is not JSON serializable`);
          enter(o);
          push({ kind: 'default', o });
          pending = { v: opts.default(o), level };
          break;
        }
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) break;
    if (top.kind === 'default') {
      markers.delete(top.o);
      stack.pop();
    } else if (top.kind === 'list') {
      if (top.i < top.items.length) {
        if (top.i > 0) parts.push(itemSep + newline(top.level + 1));
        pending = { v: top.items[top.i++], level: top.level + 1 };
      } else {
        parts.push(newline(top.level) + ']');
        markers.delete(top.o);
        stack.pop();
      }
    } else {
      let found = false;
      while (top.i < top.items.length) {
        const [k, v] = top.items[top.i++];
        const kt = keyText(k);
        if (kt === undefined) continue;
        if (top.written++ > 0) parts.push(itemSep + newline(top.level + 1));
        parts.push(encodeString(kt, ensureAscii) + keySep);
        pending = { v, level: top.level + 1 };
        found = true;
        break;
      }
      if (!found) {
        parts.push(newline(top.level) + '}');
        markers.delete(top.o);
        stack.pop();
      }
    }
  }
  return parts.join('');
}

/** sorted(dct.items()) for str keys or numeric keys; mixed kinds raise CPython's TypeError. */
function sortEntries(entries: [unknown, unknown][], classify: (v: unknown) => Classified): [unknown, unknown][] {
  const keyed = entries.map((e) => ({ e, c: classify(e[0]) }));
  const num = (c: Classified) => (c.k === 'int' ? Number(c.v) : c.k === 'float' ? c.v : c.k === 'bool' ? Number(c.v) : NaN);
  const kind = (c: Classified) => (c.k === 'str' ? 'str' : c.k === 'int' || c.k === 'float' || c.k === 'bool' ? 'num' : c.k);
  const name = (c: Classified) => (c.k === 'none' ? 'NoneType' : c.k === 'other' ? c.typeName : c.k);
  // CPython's sort first compares item[i] < item[i-1] along the initial run, so the first
  // incomparable neighbours name the later key first. (Beyond that first run its merge
  // order can meet a different pair first; keys of one kind, the usual case, never fail.)
  for (let i = 1; i < keyed.length; i++) {
    const [a, b] = [keyed[i].c, keyed[i - 1].c];
    if (kind(a) !== kind(b) || kind(a) !== 'str' && kind(a) !== 'num') {
      throw new PyError('TypeError', `'<' not supported between instances of '${name(a)}' and '${name(b)}'`);
    }
  }
  keyed.sort((a, b) => {
    if (kind(a.c) === 'str') return compareStr((a.c as { v: string }).v, (b.c as { v: string }).v);
    const x = a.c.k === 'int' && b.c.k === 'int' ? BigInt(a.c.v) - BigInt(b.c.v) : num(a.c) - num(b.c);
    return x < 0 ? -1 : x > 0 ? 1 : 0;
  });
  return keyed.map((x) => x.e);
}
