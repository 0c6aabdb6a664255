// bytes.decode for utf-8, ascii and latin-1 with the error handlers strict, ignore, replace,
// surrogateescape and backslashreplace, reporting errors the way CPython's decoders do: UTF-8
// errors cover the maximal invalid subsequence (Unicode's "best practice"), classified as
// invalid start byte / invalid continuation byte / unexpected end of data.
import { wideCodecOf, decodeWide } from './utf16-32.js';
import { PyError, raise } from './errors.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

function codecOf(encoding: string): Codec {
  const name = encoding.toLowerCase().replace(/[-\s]/g, '_');
  if (['utf_8', 'utf8', 'u8', 'utf', 'cp65001'].includes(name)) return 'utf-8';
  if (['ascii', 'us_ascii', '646', 'us'].includes(name)) return 'ascii';
  if (['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819'].includes(name)) return 'latin-1';
  return raise('LookupError', `unknown encoding: ${encoding}`);
}

/** An undecodable run [start, end) and why. */
interface Bad {
  end: number;
  reason: string;
}

/** Length of the valid UTF-8 sequence at i, or the invalid run's extent and reason. */
function utf8At(b: Uint8Array, i: number): number | Bad {
  const c = b[i];
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0; // no overlong forms
    if (c === 0xed) hi = 0x9f; // no surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
  } else return { end: i + 1, reason: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { end: b.length, reason: 'unexpected end of data' };
    const d = b[i + k];
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (d < min || d > max) return { end: i + k, reason: 'invalid continuation byte' };
  }
  return need + 1;
}

function decodeOne(b: Uint8Array, i: number, n: number): number {
  const c = b[i];
  if (n === 1) return c;
  if (n === 2) return ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
  if (n === 3) return ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
  return ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
}

/** bytes.decode(encoding='utf-8', errors='strict'). */
export function decode(b: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  const wide = wideCodecOf(encoding);
  if (wide !== null) return decodeWide(b, wide, errors);
  const codec = codecOf(encoding);
  if (codec === 'latin-1') return latin1(b);
  const parts: string[] = [];
  let out = '';
  for (let i = 0; i < b.length; ) {
    let bad: Bad | undefined;
    let width = 1;
    if (codec === 'ascii') {
      if (b[i] >= 0x80) bad = { end: i + 1, reason: 'ordinal not in range(128)' };
    } else {
      const r = utf8At(b, i);
      if (typeof r === 'number') width = r;
      else bad = r;
    }
    if (bad === undefined) {
      if (width === 1 && b[i] < 0x80) out += String.fromCharCode(b[i]);
      else out += String.fromCodePoint(decodeOne(b, i, width));
      i += width;
      if (out.length > 4096) { parts.push(out); out = ''; }
      continue;
    }
    switch (errors) {
      case 'strict': {
        const where = bad.end === i + 1
          ? `byte 0x${b[i].toString(16).padStart(2, '0')} in position ${i}`
          : `bytes in position ${i}-${bad.end - 1}`;
        throw new PyError('UnicodeDecodeError', `'${codec}' codec can't decode ${where}: ${bad.reason}`,
          { encoding: codec, object: b, start: i, end: bad.end, reason: bad.reason });
      }
      case 'ignore': break;
      case 'replace': out += '\ufffd'; break;
      case 'surrogateescape':
        for (let k = i; k < bad.end; k++) out += String.fromCharCode(0xdc00 + b[k]);
        break;
      case 'backslashreplace':
        for (let k = i; k < bad.end; k++) out += '\\x' + b[k].toString(16).padStart(2, '0');
        break;
      default:
        return raise('LookupError', `unknown error handler name '${errors}'`);
    }
    i = bad.end;
  }
  parts.push(out);
  return parts.join('');
}

function latin1(b: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < b.length; i += CHUNK) out += String.fromCharCode(...b.subarray(i, i + CHUNK));
  return out;
}

/** bytes.hex(sep='', bytes_per_sep=1): separators counted from the right (left if negative). */
export function bytesHex(b: Uint8Array, sep = '', bytesPerSep = 1): string {
  const digits = Array.from(b, (x) => x.toString(16).padStart(2, '0'));
  if (sep !== '') {
    if ([...sep].length !== 1) raise('ValueError', 'sep must be length 1.');
    if (sep.charCodeAt(0) > 0x7f) raise('ValueError', 'sep must be ASCII.');
  }
  if (sep === '' || bytesPerSep === 0 || digits.length === 0) return digits.join('');
  const size = Math.abs(bytesPerSep);
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(''));
  } else {
    for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex(text): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromHex(text: string): Uint8Array {
  const out: number[] = [];
  const hexValue = (c: string | undefined): number => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  for (let i = 0; i < text.length; ) {
    if (/[ \t\n\v\f\r]/.test(text[i])) { i++; continue; }
    const hi = hexValue(text[i]);
    if (hi < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hexValue(text[i + 1]);
    if (lo < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}
