// int(str, base) and str(int), with CPython 3.13's syntax rules, messages and the
// int<->str digit limit (CVE-2020-10735: sys.int_info.default_max_str_digits == 4300).
import { raise } from './errors.js';
import { intStrLimit } from './int.js';
import { transformDecimalAndSpace } from './codepoints.js';
import { strRepr } from '../repr.js';

const ASCII_SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r']);

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/** CPython formats the bad literal with %.200R: its repr, cut to 200 characters. */
function invalidLiteral(original: string, base: number): never {
  const repr = [...strRepr(original)].slice(0, 200).join('');
  return raise('ValueError', `invalid literal for int() with base ${base}: ${repr}`);
}

/**
 * int(text, base). `base` is 0 or 2..36; 0 means "read the prefix, like a literal".
 * `maxStrDigits` is sys.get_int_max_str_digits() (0 = unlimited); it only applies to bases
 * that are not powers of two.
 */
export function parseInt(text: string, base = 10, maxStrDigits = intStrLimit.digits): bigint {
  if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const s = transformDecimalAndSpace(text);
  let i = 0;
  let end = s.length;
  while (i < end && ASCII_SPACE.has(s[i])) i++;
  while (end > i && ASCII_SPACE.has(s[end - 1])) end--;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  const shownBase = base;
  let prefixed = false;
  const p = s[i + 1]?.toLowerCase();
  if (s[i] === '0' && (p === 'x' || p === 'o' || p === 'b')) {
    const prefixBase = p === 'x' ? 16 : p === 'o' ? 8 : 2;
    if (base === 0 || base === prefixBase) {
      base = prefixBase;
      prefixed = true;
      i += 2;
    }
  }
  if (base === 0) base = 10; // no prefix: a decimal literal, where leading zeros need a zero value
  // Body grammar: ['_' if prefixed] digit (['_'] digit)*
  const start = i;
  if (prefixed && s[i] === '_') i++;
  let digits = 0;
  let onlyZeros = true;
  while (true) {
    if (i >= end || digitValue(s.charCodeAt(i)) >= base) invalidLiteral(text, shownBase);
    if (s[i] !== '0') onlyZeros = false;
    digits++;
    i++;
    if (i === end) break;
    if (s[i] === '_') i++;
  }
  if (shownBase === 0 && !prefixed && s[start] === '0' && !onlyZeros) invalidLiteral(text, shownBase);
  if ((base & (base - 1)) !== 0 && maxStrDigits > 0 && digits > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const body = s.slice(start, end).replaceAll('_', '');
  const value = digitsToBigInt(body, base);
  return negative ? -value : value;
}

function digitsToBigInt(body: string, base: number): bigint {
  switch (base) {
    case 10: return BigInt(body);
    case 16: return BigInt('0x' + body);
    case 8: return BigInt('0o' + body);
    case 2: return BigInt('0b' + body);
  }
  // Other bases: fold chunks small enough that each chunk's value stays below 2**53.
  const chunk = Math.floor(52 / Math.log2(base));
  const b = BigInt(base);
  let value = 0n;
  for (let i = 0; i < body.length; i += chunk) {
    const part = body.slice(i, i + chunk);
    let v = 0;
    for (let k = 0; k < part.length; k++) v = v * base + digitValue(part.charCodeAt(k));
    value = value * b ** BigInt(part.length) + BigInt(v);
  }
  return value;
}

/** str(n) / repr(n), with the digit limit error. */
export function intToStr(n: bigint | number, maxStrDigits = intStrLimit.digits): string {
  if (typeof n === 'number') return String(n);
  const text = n.toString();
  const digits = n < 0n ? text.length - 1 : text.length;
  if (maxStrDigits > 0 && digits > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return text;
}

/** bin(n), oct(n), hex(n): sign first, then the prefix. */
export function intToBaseStr(n: bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return n < 0n ? '-' + prefix + (-n).toString(base) : prefix + n.toString(base);
}

/** int.to_bytes(length, byteorder, signed=...). */
export function intToBytes(n: bigint, length: number, byteorder: string, signed = false): Uint8Array {
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  if (byteorder !== 'big' && byteorder !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  if (n < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length) * 8n;
  const fits = signed ? n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n) : n < 1n << bits;
  // Zero bytes hold 0, and -1 when signed (CPython's sign extension of nothing).
  const zeroOk = n === 0n || (signed && n === -1n);
  if (length === 0 ? !zeroOk : !fits) raise('OverflowError', 'int too big to convert');
  let u = n < 0n ? (1n << bits) + n : n; // two's complement
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0 && u > 0n; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return byteorder === 'little' ? out.reverse() : out;
}

/** int.from_bytes(bytes, byteorder, signed=...). */
export function intFromBytes(bytes: Uint8Array, byteorder: string, signed = false): bigint {
  if (byteorder !== 'big' && byteorder !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  const ordered = byteorder === 'little' ? Uint8Array.from(bytes).reverse() : bytes;
  if (ordered.length === 0) return 0n;
  let hex = '';
  for (const b of ordered) hex += b.toString(16).padStart(2, '0');
  const u = BigInt('0x' + hex);
  return signed && ordered[0] >= 0x80 ? u - (1n << BigInt(ordered.length * 8)) : u;
}
