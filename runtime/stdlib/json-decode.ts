// json.loads as CPython 3.13's C scanner (Modules/_json.c) behaves: the same accepted
// syntax, the same JSONDecodeError messages and positions (in code points), and the
// loads() callbacks (parse_float, parse_int, parse_constant, object_hook,
// object_pairs_hook). Values are built through `DecodeHooks` so the interpreter can make
// its own dicts and lists; the defaults build plain JS values.
import { ModuleError } from './errors.js';
import { parseInt as pyInt } from '../semantics/int-str.js';

/** Default decoded value: dict is a Map (insertion order, last duplicate wins). */
export type JsonValue = null | boolean | bigint | number | string | JsonValue[] | Map<string, JsonValue>;

/** How decoded values are built. Each callback may throw (its exception propagates). */
export interface DecodeHooks<V> {
  /** object_pairs_hook, or dict construction followed by object_hook. Keys in document order. */
  object(pairs: [string, V][]): V;
  array(items: V[]): V;
  string(s: string): V;
  /** parse_int on the literal's text (e.g. '-12'). */
  int(text: string): V;
  /** parse_float on the literal's text (e.g. '1.5e3'). */
  float(text: string): V;
  /** parse_constant: 'NaN', 'Infinity' or '-Infinity'. */
  constant(name: string): V;
  true(): V;
  false(): V;
  null(): V;
}

export const defaultHooks: DecodeHooks<JsonValue> = {
  object: (pairs) => new Map(pairs),
  array: (items) => items,
  string: (s) => s,
  // The scanner has validated the text; short ints and all floats parse natively (JS's
  // Number() is correctly rounded), long ints go through int() for its 4300-digit limit.
  int: (text) => (text.length < 300 ? BigInt(text) : pyInt(text)),
  float: (text) => Number(text),
  constant: (name) => (name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity),
  true: () => true,
  false: () => false,
  null: () => null,
};

/** Options of json.loads that change the scanner itself. */
export interface LoadsOptions {
  /** strict=False allows control characters inside strings. */
  strict?: boolean;
}

const SIMPLE_ESCAPES: Record<string, string | undefined> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

/** Containers nest at most this deep, as in CPython 3.13 (its C recursion limit). */
const MAX_DEPTH = 9998;

/** An open container: an array's items, or an object's pairs and the key awaiting its value. */
interface Frame<V> {
  items?: V[];
  pairs?: [string, V][];
  key?: string;
}

/**
 * json.loads(s). Throws ModuleError('json.JSONDecodeError') with CPython's message,
 * e.g. `Expecting value: line 1 column 1 (char 0)`.
 */
export function loads<V = JsonValue>(s: string, hooks: DecodeHooks<V> = defaultHooks as unknown as DecodeHooks<V>, opts: LoadsOptions = {}): V {
  return new Scanner(s, hooks, opts.strict ?? true).document();
}

/**
 * JSONDecoder.scan_once(s, i): the value starting exactly at UTF-16 offset `i` (no whitespace
 * skipped) and the offset just past it; "Expecting value" at i when none starts there.
 */
export function scanOnce<V = JsonValue>(s: string, i: number, hooks: DecodeHooks<V> = defaultHooks as unknown as DecodeHooks<V>, opts: LoadsOptions = {}): [V, number] {
  return new Scanner(s, hooks, opts.strict ?? true).value(i);
}

/** The code-point index of UTF-16 offset `i` in `s`. */
export function cpIndex(s: string, i: number): number {
  let n = 0;
  for (let j = 0; j < i; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0xd800 && c < 0xdc00 && j + 1 < i) {
      const d = s.charCodeAt(j + 1);
      if (d >= 0xdc00 && d < 0xe000) j++;
    }
    n++;
  }
  return n;
}

/** JSONDecodeError(msg, doc, pos) with lineno/colno as json.decoder computes them. */
export function decodeError(msg: string, doc: string, utf16Pos: number): ModuleError {
  const pos = cpIndex(doc, utf16Pos);
  const before = doc.slice(0, utf16Pos);
  const lineno = before.split('\n').length;
  const colno = pos - (before.includes('\n') ? cpIndex(doc, before.lastIndexOf('\n')) : -1);
  return new ModuleError('json.JSONDecodeError', `${msg}: line ${lineno} column ${colno} (char ${pos})`, {
    msg, doc, pos, lineno, colno,
  });
}

class Scanner<V> {
  constructor(readonly s: string, readonly hooks: DecodeHooks<V>, readonly strict: boolean) {}

  fail(msg: string, pos: number): never {
    throw decodeError(msg, this.s, pos);
  }

  ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i); // NaN past the end
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
      i++;
    }
  }

  document(): V {
    const s = this.s;
    if (s.startsWith('\ufeff')) this.fail('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    const [v, end] = this.value(this.ws(0));
    const j = this.ws(end);
    if (j !== s.length) this.fail('Extra data', j);
    return v;
  }

  /**
   * scan_once: the value starting exactly at i, or "Expecting value" at i. Containers are
   * parsed with an explicit stack (CPython nests 9998 deep; V8's stack would not).
   */
  value(i: number): [V, number] {
    const s = this.s;
    const stack: Frame<V>[] = [];
    for (;;) {
      // Parse one value at i: open a container, or read a scalar into v.
      let v: V;
      const c = s[i];
      if (c === '[' || c === '{') {
        const what = c === '[' ? 'array' : 'object';
        if (stack.length >= MAX_DEPTH) {
          throw new ModuleError('RecursionError', `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
        }
        i = this.ws(i + 1);
        if (c === '[') {
          if (s[i] === ']') { v = this.hooks.array([]); i++; } else { stack.push({ items: [] }); continue; }
        } else if (s[i] === '}') { v = this.hooks.object([]); i++; } else {
          const frame: Frame<V> = { pairs: [], key: '' };
          i = this.key(i, frame);
          stack.push(frame);
          continue;
        }
      } else [v, i] = this.scalar(i);
      // Hand v to the enclosing containers, closing those that end here.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return [v, i];
        i = this.ws(i);
        if (top.items) {
          top.items.push(v);
          if (s[i] === ']') { stack.pop(); v = this.hooks.array(top.items); i++; continue; }
          if (s[i] !== ',') this.fail("Expecting ',' delimiter", i);
          const comma = i;
          i = this.ws(i + 1);
          if (s[i] === ']') this.fail('Illegal trailing comma before end of array', comma);
          break;
        }
        top.pairs!.push([top.key!, v]);
        if (s[i] === '}') { stack.pop(); v = this.hooks.object(top.pairs!); i++; continue; }
        if (s[i] !== ',') this.fail("Expecting ',' delimiter", i);
        const comma = i;
        i = this.ws(i + 1);
        if (s[i] === '}') this.fail('Illegal trailing comma before end of object', comma);
        i = this.key(i, top);
        break;
      }
    }
  }

  /** `"key" :` and the whitespace after it; stores the key in `frame`, returns the value's start. */
  key(i: number, frame: Frame<V>): number {
    const s = this.s;
    if (s[i] !== '"') this.fail('Expecting property name enclosed in double quotes', i);
    const [key, afterKey] = this.rawString(i + 1);
    i = this.ws(afterKey);
    if (s[i] !== ':') this.fail("Expecting ':' delimiter", i);
    frame.key = key;
    return this.ws(i + 1);
  }

  scalar(i: number): [V, number] {
    const s = this.s;
    if (i >= s.length) this.fail('Expecting value', i);
    switch (s[i]) {
      case '"': {
        const [str, end] = this.rawString(i + 1);
        return [this.hooks.string(str), end];
      }
      case 'n': if (s.startsWith('null', i)) return [this.hooks.null(), i + 4]; break;
      case 't': if (s.startsWith('true', i)) return [this.hooks.true(), i + 4]; break;
      case 'f': if (s.startsWith('false', i)) return [this.hooks.false(), i + 5]; break;
      case 'N': if (s.startsWith('NaN', i)) return [this.hooks.constant('NaN'), i + 3]; break;
      case 'I': if (s.startsWith('Infinity', i)) return [this.hooks.constant('Infinity'), i + 8]; break;
      case '-': if (s.startsWith('-Infinity', i)) return [this.hooks.constant('-Infinity'), i + 9]; break;
    }
    return this.number(i);
  }

  number(start: number): [V, number] {
    const s = this.s;
    const digit = (k: number) => k < s.length && s.charCodeAt(k) >= 0x30 && s.charCodeAt(k) <= 0x39;
    let i = start;
    if (s[i] === '-') i++;
    if (s[i] === '0') i++;
    else if (digit(i)) while (digit(i)) i++;
    else this.fail('Expecting value', start);
    let isFloat = false;
    if (s[i] === '.' && digit(i + 1)) {
      isFloat = true;
      i += 2;
      while (digit(i)) i++;
    }
    if (s[i] === 'e' || s[i] === 'E') {
      let k = i + 1;
      if (s[k] === '-' || s[k] === '+') k++;
      if (digit(k)) {
        while (digit(k)) k++;
        isFloat = true;
        i = k;
      }
    }
    const text = s.slice(start, i);
    return [isFloat ? this.hooks.float(text) : this.hooks.int(text), i];
  }

  /** scanstring: `begin` is just after the opening quote; the string's value and its end. */
  rawString(begin: number): [string, number] {
    const s = this.s;
    let out = '';
    let i = begin;
    for (;;) {
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c) break;
        if (c < 0x20 && this.strict) this.fail('Invalid control character at', j);
        j++;
      }
      if (j >= s.length) this.fail('Unterminated string starting at', begin - 1);
      out += s.slice(i, j);
      if (s[j] === '"') return [out, j + 1];
      // backslash
      j++;
      if (j >= s.length) this.fail('Unterminated string starting at', begin - 1);
      const e = s[j];
      if (e !== 'u') {
        const v = SIMPLE_ESCAPES[e];
        if (v === undefined) this.fail('Invalid \\escape', j - 1);
        out += v;
        i = j + 1;
        continue;
      }
      let cp = this.hex4(j + 1, j);
      i = j + 5;
      // A high surrogate followed by \uDC00-\uDFFF combines; otherwise it stays alone.
      if (cp >= 0xd800 && cp <= 0xdbff && s[i] === '\\' && s[i + 1] === 'u') {
        const lo = this.hex4(i + 2, i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(cp);
    }
  }

  /** Four hex digits at `at`; CPython reports a bad one at the position of the 'u' (`uPos`). */
  hex4(at: number, uPos: number): number {
    const h = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail('Invalid \\uXXXX escape', uPos);
    return parseInt(h, 16);
  }
}
