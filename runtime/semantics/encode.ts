// str.encode for the codecs every program meets (utf-8, ascii, latin-1) with the error
// handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace, raising
// CPython's UnicodeEncodeError text; utf-16/utf-32 are utf16-32.ts's. Other codecs raise LookupError.
import { PyError, raise } from './errors.js';
import { toCodePoints } from './codepoints.js';
import { wideCodecOf, encodeWide } from './utf16-32.js';
import { unicodeNameOf } from '../../grammar/unicode-names.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** Python's codec name normalisation (encodings.normalize_encoding + aliases) for our codecs. */
function codecOf(encoding: string): Codec {
  const name = encoding.toLowerCase().replace(/[-\s]/g, '_');
  if (['utf_8', 'utf8', 'u8', 'utf', 'cp65001'].includes(name)) return 'utf-8';
  if (['ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'us'].includes(name)) return 'ascii';
  if (['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100', 'ibm819', 'csisolatin1', 'iso_8859_1_1987'].includes(name)) return 'latin-1';
  return raise('LookupError', `unknown encoding: ${encoding}`);
}

function escapeChar(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** str.encode(encoding='utf-8', errors='strict'). */
export function encode(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const wide = wideCodecOf(encoding);
  if (wide !== null) return encodeWide(s, wide, errors);
  const codec = codecOf(encoding);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const cps = toCodePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp < limit && !surrogate) {
      if (cp < 0x80) out.push(cp);
      else if (codec !== 'utf-8') out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      i++;
      continue;
    }
    // The encoder reports the whole run of unencodable characters at once.
    const bad = (c: number): boolean => (codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit);
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    switch (errors) {
      case 'strict': return strictError(codec, s, cps, i, end, limit);
      case 'ignore': break;
      case 'replace': for (let k = i; k < end; k++) out.push(0x3f); break;
      case 'surrogateescape':
        // Undo decode(..., 'surrogateescape'): U+DC80..U+DCFF stand for the bytes 0x80..0xFF.
        // If any character of the run is not such an escape, the whole run is reported.
        if (cps.slice(i, end).some((c) => c < 0xdc80 || c > 0xdcff)) strictError(codec, s, cps, i, end, limit);
        for (let k = i; k < end; k++) out.push(cps[k] - 0xdc00);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) for (const ch of escapeChar(cps[k])) out.push(ch.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0));
        break;
      case 'namereplace':
        // \N{NAME} for a character with a Unicode name, else its \x/\u/\U escape.
        for (let k = i; k < end; k++) {
          const name = unicodeNameOf(cps[k]);
          for (const ch of name === undefined ? escapeChar(cps[k]) : `\\N{${name}}`) out.push(ch.charCodeAt(0));
        }
        break;
      default:
        return raise('LookupError', `unknown error handler name '${errors}'`);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

function strictError(codec: Codec, s: string, cps: number[], i: number, end: number, limit: number): never {
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const where = end === i + 1
    ? `character '${escapeChar(cps[i])}' in position ${i}`
    : `characters in position ${i}-${end - 1}`;
  throw new PyError('UnicodeEncodeError', `'${codec}' codec can't encode ${where}: ${reason}`,
    { encoding: codec, object: s, start: i, end, reason });
}
