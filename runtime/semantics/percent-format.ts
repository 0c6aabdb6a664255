// printf-style formatting, `template % args` for str (Objects/unicodeobject.c,
// PyUnicode_Format). Python objects stay opaque: the interpreter supplies hooks that
// classify a value and give its str/repr/ascii, and says what kind of right operand it had.
import { raise, withMemoryGuard } from './errors.js';
import { cpLength, cpSlice } from './codepoints.js';
import { doubleToString } from './float-digits.js';
import { floatToInt } from './float.js';
import { intToFloat } from './int.js';
import { intToStr } from './int-str.js';

/** What a Python value is, as far as %-formatting cares (bool counts as int). */
export type NumberView = { t: 'int'; v: bigint } | { t: 'float'; v: number } | { t: 'str'; v: string } | { t: 'other' };

/** Callbacks into the interpreter. Each may throw the interpreter's own Python exceptions. */
export interface PercentHooks<V> {
  view(v: V): NumberView;
  typeName(v: V): string;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** operator.index(v) for a non-int object, or undefined when it has no __index__. */
  index?(v: V): bigint | undefined;
  /** int(v) via __int__/__index__ for a non-number object, or undefined. */
  int?(v: V): bigint | undefined;
  /** float(v) via __float__/__index__ for a non-number object, or undefined. */
  float?(v: V): number | undefined;
  /** bytes formatting (bytes_methods.c): %b is then a synonym of %s (whose str hook gives the bytes). */
  bytes?: boolean;
  /** In bytes formatting: a bytes-like value's bytes as a Latin-1 string, else undefined (%c of b'B'). */
  bytesOf?(v: V): string | undefined;
}

/**
 * The right operand of `%`. CPython treats a tuple as the argument list, a mapping (that is
 * not a tuple or str) as the source of %(name)s keys *and* as one value, anything else as a
 * single value.
 */
export type PercentArgs<V> =
  | { kind: 'tuple'; items: readonly V[] }
  | { kind: 'mapping'; value: V; get(key: string): V }
  | { kind: 'single'; value: V };

const SSIZE_MAX = 2n ** 63n - 1n;

/** `template % args`. */
export function percentFormat<V>(template: string, args: PercentArgs<V>, hooks: PercentHooks<V>): string {
  return withMemoryGuard(() => percentFormatUnguarded(template, args, hooks));
}

// The code points of recent templates (read only below): a template is nearly always a constant
// used in a loop, and splitting it with the string iterator on every call cost more than most
// of the formatting (`"%d %s" % (..)` micro-benchmark).
const templateCache = new Map<string, readonly string[]>();

function codePointsOf(template: string): readonly string[] {
  let t = templateCache.get(template);
  if (t === undefined) {
    t = [...template];
    if (templateCache.size >= 256) templateCache.clear();
    templateCache.set(template, t);
  }
  return t;
}

function percentFormatUnguarded<V>(template: string, args: PercentArgs<V>, hooks: PercentHooks<V>): string {
  const t = codePointsOf(template);
  const items = args.kind === 'tuple' ? args.items : [args.value];
  const argLen = args.kind === 'tuple' ? items.length : -1;
  let argIdx = 0;
  let usedMapping = false;
  const next = (): V => {
    if (argLen < 0) {
      if (argIdx === 0) { argIdx = 1; return items[0]; }
    } else if (argIdx < argLen) return items[argIdx++];
    return raise('TypeError', 'not enough arguments for format string');
  };
  let out = '';
  let i = 0;
  while (i < t.length) {
    if (t[i] !== '%') {
      const j = nextPercent(t, i);
      out += t.slice(i, j).join('');
      i = j;
      continue;
    }
    i++;
    if (i >= t.length) raise('ValueError', 'incomplete format');
    if (t[i] === '%') { out += '%'; i++; continue; }
    // %(key): the value comes from the mapping; parentheses nest.
    let value: V | undefined;
    let fromKey = false;
    if (t[i] === '(') {
      if (args.kind !== 'mapping') raise('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < t.length && depth > 0) {
        if (t[i] === '(') depth++;
        else if (t[i] === ')') depth--;
        i++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      value = args.get(t.slice(start, i - 1).join(''));
      fromKey = true;
      usedMapping = true;
      argIdx = argLen < 0 ? 1 : argIdx; // a mapping operand is then consumed as the single value
    }
    let ljust = false, sign = false, blank = false, alt = false, zero = false;
    for (; i < t.length; i++) {
      const c = t[i];
      if (c === '-') ljust = true;
      else if (c === '+') sign = true;
      else if (c === ' ') blank = true;
      else if (c === '#') alt = true;
      else if (c === '0') zero = true;
      else break;
    }
    let width = -1;
    if (t[i] === '*') {
      width = starArg(next(), hooks);
      if (width < 0) { ljust = true; width = -width; }
      i++;
    } else if (isDigit(t[i])) {
      [width, i] = readNumber(t, i, 'width too big');
    }
    let prec = -1;
    if (t[i] === '.') {
      i++;
      if (t[i] === '*') {
        prec = Math.max(0, starArg(next(), hooks));
        i++;
      } else if (isDigit(t[i])) [prec, i] = readNumber(t, i, 'precision too big');
      else prec = 0;
    }
    while (t[i] === 'h' || t[i] === 'l' || t[i] === 'L') i++;
    if (i >= t.length) raise('ValueError', 'incomplete format');
    const conv = t[i];
    const convIndex = i;
    i++;
    const arg = fromKey ? value! : next();
    out += formatOne(conv, convIndex, arg, { ljust, sign, blank, alt, zero, width, prec }, hooks);
  }
  if (argLen >= 0 && argIdx < argLen && !usedMapping) raise('TypeError', 'not all arguments converted during string formatting');
  if (argLen < 0 && argIdx === 0 && args.kind === 'single') raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function nextPercent(t: readonly string[], from: number): number {
  for (let j = from; j < t.length; j++) if (t[j] === '%') return j;
  return t.length;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function readNumber(t: readonly string[], i: number, tooBig: string): [number, number] {
  let n = 0;
  for (; isDigit(t[i]); i++) {
    n = n * 10 + (t[i].charCodeAt(0) - 48);
    if (n > Number.MAX_SAFE_INTEGER) raise('ValueError', tooBig);
  }
  return [n, i];
}

function starArg<V>(v: V, hooks: PercentHooks<V>): number {
  const view = hooks.view(v);
  if (view.t !== 'int') raise('TypeError', '* wants int');
  if (view.v > SSIZE_MAX || view.v < -SSIZE_MAX - 1n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(view.v);
}

interface Flags {
  ljust: boolean; sign: boolean; blank: boolean; alt: boolean; zero: boolean; width: number; prec: number;
}

function formatOne<V>(conv: string, convIndex: number, arg: V, f: Flags, hooks: PercentHooks<V>): string {
  switch (conv) {
    case 'b': case 's': case 'r': case 'a': {
      if (conv === 'b' && !hooks.bytes) break; // %b is bytes formatting's synonym of %s
      let text = conv === 's' || conv === 'b' ? hooks.str(arg) : conv === 'r' ? hooks.repr(arg) : hooks.ascii(arg);
      if (f.prec >= 0 && cpLength(text) > f.prec) text = cpSlice(text, 0, f.prec);
      return pad(text, f, false);
    }
    case 'c': return pad(charOf(arg, hooks), f, false);
    case 'd': case 'i': case 'u': {
      const n = intForD(arg, conv, hooks);
      return pad(longText(n, 10, f, conv), f, true);
    }
    case 'o': case 'x': case 'X': {
      const n = intForX(arg, conv, hooks);
      return pad(longText(n, conv === 'o' ? 8 : 16, f, conv), f, true, f.alt);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = floatFor(arg, hooks);
      return pad(doubleToString(x, conv, f.prec < 0 ? 6 : f.prec, { alt: f.alt }), f, true);
    }
  }
  const cp = conv.codePointAt(0)!;
  return raise('ValueError', `unsupported format character '${cp >= 31 && cp <= 126 ? conv : '?'}' (0x${cp.toString(16)}) at index ${convIndex}`);
}

function charOf<V>(arg: V, hooks: PercentHooks<V>): string {
  const view = hooks.view(arg);
  if (hooks.bytes) {
    // bytes_methods.c byte_converter: an int in range(256) or one byte.
    const b = view.t === 'int' ? undefined : hooks.bytesOf?.(arg);
    if (b !== undefined && b.length === 1) return b;
    const n = view.t === 'int' ? view.v : view.t === 'other' && b === undefined ? hooks.index?.(arg) : undefined;
    if (n === undefined) return raise('TypeError', '%c requires an integer in range(256) or a single byte');
    if (n < 0n || n > 255n) raise('OverflowError', '%c arg not in range(256)');
    return String.fromCharCode(Number(n));
  }
  if (view.t === 'str') {
    if (cpLength(view.v) !== 1) raise('TypeError', '%c requires int or char');
    return view.v;
  }
  const n = view.t === 'int' ? view.v : view.t === 'other' ? hooks.index?.(arg) : undefined;
  if (n === undefined) return raise('TypeError', '%c requires int or char');
  if (n < 0n || n > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

function intForD<V>(arg: V, conv: string, hooks: PercentHooks<V>): bigint {
  const view = hooks.view(arg);
  if (view.t === 'int') return view.v;
  if (view.t === 'float') return floatToInt(view.v);
  const n = view.t === 'other' ? hooks.int?.(arg) : undefined;
  if (n === undefined) raise('TypeError', `%${conv} format: a real number is required, not ${hooks.typeName(arg)}`);
  return n!;
}

function intForX<V>(arg: V, conv: string, hooks: PercentHooks<V>): bigint {
  const view = hooks.view(arg);
  if (view.t === 'int') return view.v;
  const n = view.t === 'other' ? hooks.index?.(arg) : undefined;
  if (n === undefined) raise('TypeError', `%${conv} format: an integer is required, not ${hooks.typeName(arg)}`);
  return n!;
}

function floatFor<V>(arg: V, hooks: PercentHooks<V>): number {
  const view = hooks.view(arg);
  if (view.t === 'float') return view.v;
  if (view.t === 'int') return intToFloat(view.v);
  const x = view.t === 'other' ? hooks.float?.(arg) : undefined;
  if (x === undefined) raise('TypeError', `must be real number, not ${hooks.typeName(arg)}`);
  return x!;
}

/** _PyUnicode_FormatLong: sign, optional 0o/0x prefix, digits zero-extended to `prec`. */
function longText(n: bigint, base: number, f: Flags, conv: string): string {
  const negative = n < 0n;
  let digits = base === 10 ? intToStr(negative ? -n : n) : (negative ? -n : n).toString(base);
  if (f.prec > digits.length) digits = '0'.repeat(f.prec - digits.length) + digits;
  const prefix = f.alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  const text = (negative ? '-' : '') + prefix + digits;
  return conv === 'X' ? text.toUpperCase() : text;
}

/**
 * unicode_format_arg_output: sign and '0x' prefix go before zero padding and after space
 * padding; '-' pads on the right with spaces.
 */
function pad(text: string, f: Flags, numeric: boolean, prefixed = false): string {
  const fill = numeric && f.zero && !f.ljust ? '0' : ' ';
  let sign = '';
  let body = text;
  if (numeric) {
    if (body[0] === '-' || body[0] === '+') { sign = body[0]; body = body.slice(1); }
    else if (f.sign) sign = '+';
    else if (f.blank) sign = ' ';
  }
  let prefix = '';
  if (prefixed && /^0[oxX]/.test(body)) { prefix = body.slice(0, 2); body = body.slice(2); }
  const len = cpLength(body) + sign.length + prefix.length;
  const n = Math.max(0, f.width - len);
  if (f.ljust) return sign + prefix + body + ' '.repeat(n);
  if (fill === '0') return sign + prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + prefix + body;
}
