// The text codecs of open(): UTF-8, Latin-1 and ASCII with the errors= handlers 'strict',
// 'ignore' and 'replace', and CPython's UnicodeDecodeError/UnicodeEncodeError messages.
// UTF-8 failures are found as CPython's decoder finds them (the maximal invalid subpart:
// an invalid start byte, a bad continuation byte, or a sequence cut off by the end).

import { raise } from '../builtins/exceptions.js';

/** The codecs open() accepts, by CPython's normalized name. */
export type Codec = 'utf-8' | 'latin-1' | 'ascii';
/** errors= as given; looked up only when a character fails, as CPython (so 'bogus' is fine on clean text). */
export type ErrorHandler = string;

/** encoding= → codec; LookupError as CPython for an unknown name. */
export function codecOf(name: string): Codec {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', '8859', 'l1', 'latin', 'cp819'].includes(n)) return 'latin-1';
  if (n === 'ascii' || n === 'us-ascii' || n === '646') return 'ascii';
  return raise('LookupError', `unknown encoding: ${name}`);
}

const OTHER_HANDLERS = ['surrogateescape', 'surrogatepass', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'];

/** The handler for a failure: strict/ignore/replace, else CPython's LookupError or a clear error. */
function handlerFor(name: string): 'strict' | 'ignore' | 'replace' {
  if (name === 'strict' || name === 'ignore' || name === 'replace') return name;
  if (OTHER_HANDLERS.includes(name)) return raise('NotImplementedError', `pyx's open() does not support errors='${name}' (strict, ignore and replace only)`);
  return raise('LookupError', `unknown error handler name '${name}'`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Replace = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The first invalid UTF-8 sequence at or after `from`: its start, length and reason; null if none. */
function utf8Bad(data: Uint8Array, from: number): { pos: number; len: number; reason: string } | null {
  for (let i = from; i < data.length;) {
    const b = data[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return { pos: i, len: 1, reason: 'invalid start byte' };
    // The second byte's range is narrower after E0/ED/F0/F4 (no overlongs, surrogates, > U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < n; k++) {
      if (i + k >= data.length) return { pos: i, len: k, reason: 'unexpected end of data' };
      const c = data[i + k];
      if (!(k === 1 ? c >= lo && c <= hi : (c & 0xc0) === 0x80)) return { pos: i, len: k, reason: 'invalid continuation byte' };
    }
    i += n;
  }
  return null;
}

/**
 * Decodes `data`. Positions in messages count from the start of `data`: the whole rest of the
 * file here, a chunk in CPython, so they agree for files up to CPython's chunk size (8 KiB).
 */
export function decode(data: Uint8Array, codec: Codec, errors: ErrorHandler = 'strict'): string {
  if (codec === 'utf-8') {
    try { return utf8.decode(data); } catch { /* find the failure below */ }
    if (handlerFor(errors) === 'replace') return utf8Replace.decode(data);
    let out = '';
    for (let i = 0; ;) {
      const bad = utf8Bad(data, i);
      if (bad === null) return out + utf8.decode(data.subarray(i));
      if (handlerFor(errors) === 'strict') {
        const hex = data[bad.pos].toString(16).padStart(2, '0');
        const what = bad.len === 1 ? `byte 0x${hex} in position ${bad.pos}` : `bytes in position ${bad.pos}-${bad.pos + bad.len - 1}`;
        return raise('UnicodeDecodeError', `'utf-8' codec can't decode ${what}: ${bad.reason}`);
      }
      out += utf8.decode(data.subarray(i, bad.pos));
      i = bad.pos + bad.len;
    }
  }
  let s = '';
  for (let i = 0; i < data.length; i++) {
    if (codec === 'ascii' && data[i] > 127) {
      const h = handlerFor(errors);
      if (h === 'ignore') continue;
      if (h === 'replace') { s += '\ufffd'; continue; }
      raise('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${data[i].toString(16)} in position ${i}: ordinal not in range(128)`);
    }
    s += String.fromCharCode(data[i]);
  }
  return s;
}

/** Encodes `text`; unencodable characters per `errors` ('replace' writes '?'). */
export function encode(text: string, codec: Codec, errors: ErrorHandler = 'strict'): Uint8Array {
  if (codec === 'utf-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  const limit = codec === 'ascii' ? 128 : 256;
  let pos = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (handlerFor(errors) === 'replace') out.push(0x3f);
    else if (handlerFor(errors) === 'strict') {
      const esc = c < 256 ? `\\x${c.toString(16)}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
      raise('UnicodeEncodeError', `'${codec}' codec can't encode character '${esc}' in position ${pos}: ordinal not in range(${limit})`);
    }
    pos++;
  }
  return Uint8Array.from(out);
}
