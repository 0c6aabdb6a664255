// The UTF-16 and UTF-32 codecs (utf-16, utf-16-le, utf-16-be, utf-32, utf-32-le, utf-32-be) for
// str.encode and bytes.decode, with CPython 3.13's byte order marks, error reasons and
// positions: the BOM forms write FF FE (little-endian, as CPython on x86) and read either
// mark (no mark: little-endian), and report errors under the endian name they decoded with.
import { PyError, raise } from './errors.js';
import { toCodePoints } from './codepoints.js';

/** One wide codec. Invariant: `bom` codecs have `little` true (the order they write). */
export interface WideCodec {
  readonly name: string;
  readonly width: 2 | 4;
  readonly bom: boolean;
  readonly little: boolean;
}

const CODECS: Record<string, WideCodec> = {
  utf_16: { name: 'utf-16', width: 2, bom: true, little: true },
  utf_16_le: { name: 'utf-16-le', width: 2, bom: false, little: true },
  utf_16_be: { name: 'utf-16-be', width: 2, bom: false, little: false },
  utf_32: { name: 'utf-32', width: 4, bom: true, little: true },
  utf_32_le: { name: 'utf-32-le', width: 4, bom: false, little: true },
  utf_32_be: { name: 'utf-32-be', width: 4, bom: false, little: false },
};
const ALIASES: Record<string, string> = {
  utf16: 'utf_16', u16: 'utf_16', utf_16le: 'utf_16_le', utf_16be: 'utf_16_be', unicodelittleunmarked: 'utf_16_le',
  unicodebigunmarked: 'utf_16_be', utf32: 'utf_32', u32: 'utf_32', utf_32le: 'utf_32_le', utf_32be: 'utf_32_be',
};

/** The wide codec an encoding name means (Python's normalisation and aliases), or null. */
export function wideCodecOf(encoding: string): WideCodec | null {
  const name = encoding.toLowerCase().replace(/[-\s]/g, '_');
  return CODECS[name] ?? CODECS[ALIASES[name] ?? ''] ?? null;
}

function escapeChar(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function pushUnit(out: number[], u: number, width: 2 | 4, little: boolean): void {
  if (width === 2) {
    if (little) out.push(u & 0xff, u >>> 8); else out.push(u >>> 8, u & 0xff);
  } else if (little) out.push(u & 0xff, (u >>> 8) & 0xff, (u >>> 16) & 0xff, u >>> 24);
  else out.push(u >>> 24, (u >>> 16) & 0xff, (u >>> 8) & 0xff, u & 0xff);
}

function pushCodePoint(out: number[], cp: number, c: WideCodec): void {
  if (c.width === 2 && cp >= 0x10000) {
    const v = cp - 0x10000;
    pushUnit(out, 0xd800 | (v >> 10), 2, c.little);
    pushUnit(out, 0xdc00 | (v & 0x3ff), 2, c.little);
  } else pushUnit(out, cp, c.width, c.little);
}

/** str.encode with a wide codec: only lone surrogates cannot be encoded. */
export function encodeWide(s: string, c: WideCodec, errors: string): Uint8Array {
  const cps = toCodePoints(s);
  const out: number[] = [];
  if (c.bom) pushUnit(out, 0xfeff, c.width, true);
  const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;
  for (let i = 0; i < cps.length;) {
    if (!isSurrogate(cps[i])) { pushCodePoint(out, cps[i], c); i++; continue; }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    switch (errors) {
      case 'strict': {
        const where = end === i + 1 ? `character '${escapeChar(cps[i])}' in position ${i}` : `characters in position ${i}-${end - 1}`;
        throw new PyError('UnicodeEncodeError', `'${c.name}' codec can't encode ${where}: surrogates not allowed`,
          { encoding: c.name, object: s, start: i, end, reason: 'surrogates not allowed' });
      }
      case 'ignore': break;
      case 'replace': for (let k = i; k < end; k++) pushUnit(out, 0x3f, c.width, c.little); break;
      case 'surrogatepass': for (let k = i; k < end; k++) pushUnit(out, cps[k], c.width, c.little); break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) for (const ch of escapeChar(cps[k])) pushUnit(out, ch.charCodeAt(0), c.width, c.little);
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) for (const ch of `&#${cps[k]};`) pushUnit(out, ch.charCodeAt(0), c.width, c.little);
        break;
      default:
        return raise('LookupError', `unknown error handler name '${errors}'`);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** bytes.decode with a wide codec. */
export function decodeWide(b: Uint8Array, c: WideCodec, errors: string): string {
  let little = c.little;
  let name = c.name;
  let i = 0;
  if (c.bom) {
    // The mark picks the order and is dropped; without one, little-endian.
    if (c.width === 2 && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) { little = false; i = 2; }
    else if (c.width === 2 && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (c.width === 4 && b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { little = false; i = 4; }
    else if (c.width === 4 && b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    name = `${c.name}-${little ? 'le' : 'be'}`;
  }
  const unit = (at: number): number => (c.width === 2
    ? (little ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1])
    : (little ? (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0
      : ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0));
  let out = '';
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'strict': {
        const where = end === start + 1 ? `byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}` : `bytes in position ${start}-${end - 1}`;
        throw new PyError('UnicodeDecodeError', `'${name}' codec can't decode ${where}: ${reason}`,
          { encoding: name, object: b, start, end, reason });
      }
      case 'ignore': return;
      case 'replace': out += '\ufffd'; return;
      case 'surrogateescape': for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + b[k]); return;
      case 'backslashreplace': for (let k = start; k < end; k++) out += '\\x' + b[k].toString(16).padStart(2, '0'); return;
      default: raise('LookupError', `unknown error handler name '${errors}'`);
    }
  };
  const w = c.width;
  while (i < b.length) {
    if (b.length - i < w) { fail(i, b.length, 'truncated data'); break; }
    const u = unit(i);
    if (w === 4) {
      if (u > 0x10ffff) fail(i, i + 4, 'code point not in range(0x110000)');
      else if (u >= 0xd800 && u <= 0xdfff) fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      else out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) { out += String.fromCharCode(u); i += 2; continue; }
    if (u >= 0xdc00) { fail(i, i + 2, 'illegal encoding'); i += 2; continue; }
    if (b.length - i < 4) { fail(i, b.length, 'unexpected end of data'); break; }
    const low = unit(i + 2);
    if (low >= 0xdc00 && low <= 0xdfff) { out += String.fromCodePoint(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)); i += 4; continue; }
    fail(i, i + 2, 'illegal UTF-16 surrogate');
    i += 2;
  }
  return out;
}
