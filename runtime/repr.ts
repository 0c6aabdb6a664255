// Python's repr() for the immutable scalars, as pure functions on JavaScript values.
// Shared by ast.dump (constants) and the runtime. Exactly CPython 3.13's output.

import { isPrintable } from './semantics/unicode.js';

/** repr(float): the shortest digits that round-trip, scientific when exp < -4 or >= 16. */
export function floatRepr(x: number): string {
  return formatShortest(x, true);
}

/** The digits of repr(complex) parts: like floatRepr but with no forced ".0". */
export function complexPartRepr(x: number): string {
  return formatShortest(x, false);
}

/** repr(complex(real, imag)), e.g. `2j`, `(1+2j)`, `(-0-1j)`. */
export function complexRepr(real: number, imag: number): string {
  const imagText = complexPartRepr(imag);
  if (real === 0 && !Object.is(real, -0)) return `${imagText}j`;
  const sign = imag < 0 || Object.is(imag, -0) || (Number.isNaN(imag) && false) ? '' : '+';
  return `(${complexPartRepr(real)}${sign}${imagText}j)`;
}

function formatShortest(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '');
  // Where Python writes positional digits (decimal exponent -4..15), JS's String() does too
  // (it switches to exponents only below 1e-6 and from 1e21) with the same shortest
  // round-tripping digits: one native call instead of toExponential() and the splicing below.
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const text = String(x);
    return addDotZero && text.indexOf('.') < 0 ? text + '.0' : text;
  }
  // toExponential() with no argument yields the shortest round-tripping digits.
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = exp < 0 ? `-${String(-exp).padStart(2, '0')}` : `+${String(exp).padStart(2, '0')}`;
    return `${sign}${body}e${e}`;
  }
  let text: string;
  if (exp < 0) text = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length <= exp + 1) text = digits + '0'.repeat(exp + 1 - digits.length) + (addDotZero ? '.0' : '');
  else text = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return sign + text;
}

/**
 * Whether CPython's str.isprintable() holds for one code point. From CPython's own
 * Unicode 15.1 table: JS regex properties follow Node's newer Unicode (17.0), under which
 * ~10,000 characters added since are printable, while CPython 3.13 escapes them.
 */
export function isPrintableCodePoint(cp: number): boolean {
  return isPrintable(cp);
}

// Printable ASCII without ' or a backslash (PLAIN_SINGLE) / without " or a backslash (PLAIN_DOUBLE).
const PLAIN_SINGLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
const PLAIN_DOUBLE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** repr(str). `text` is a JS string; lone surrogates in it stand for themselves. */
export function strRepr(text: string): string {
  // Printable ASCII with nothing to escape (the usual word or sentence): one native regex test
  // instead of the loop's per-character concatenation.
  if (PLAIN_SINGLE.test(text)) return "'" + text + "'";
  if (PLAIN_DOUBLE.test(text)) return '"' + text + '"'; // holds a ' (else the test above matched) and no "
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += '\\' + String.fromCharCode(cp);
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** repr(bytes). */
export function bytesRepr(bytes: Uint8Array, prefix = 'b'): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const b of bytes) {
    if (b === quote.charCodeAt(0) || b === 0x5c) out += '\\' + String.fromCharCode(b);
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + hex(b, 2);
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
