// The `unicodedata` module, answering as CPython 3.13's (Unicode 15.1.0) does: the character
// properties from runtime/modules/unicodedata-db.ts (generated from CPython itself by
// scripts/gen-unicodedata.py: Node's own Unicode is 17.0, whose regex properties differ on
// characters added since), names from the `\N{}` table of grammar/unicode-names.ts (computed
// Hangul syllable and CJK ideograph names included), normalization through
// String.prototype.normalize (the normalization forms are stable for assigned characters).
//
// Not offered: `ucd_3_2_0` (the Unicode 3.2 database IDNA uses) and the UCD class;
// lookup() of a named sequence (`LATIN CAPITAL LETTER A WITH MACRON AND GRAVE`) raises the
// KeyError of an unknown name.

import type { Heap } from '../heap.js';
import { type Value, isNull, fromInt32, fromFloat, fromBool } from '../value.js';
import { strFromJs, strToJs } from '../str.js';
import { typeError, PyError } from '../errors.js';
import { raise } from '../builtins/exceptions.js';
import { withKeyArg } from '../exceptions.js';
import { defineFunction, defineModule, arg, type NativeEntry } from '../builtins/registry.js';
import { nativeValue, setAttr } from '../builtins/objects.js';
import { tid, typeNameOf } from '../builtins/protocol.js';
import { TypeId } from '../layout.js';
import { lookupUnicodeName, unicodeNameOf } from '../../grammar/unicode-names.js';
import * as DB from './unicodedata-db.js';

/** A decoded run table: `starts` ascending from 0, `values[i]` holds from starts[i] up to starts[i+1]. */
interface Runs { readonly starts: Int32Array; readonly values: readonly string[] }

function decodeRuns(text: string): Runs {
  const parts = text.split(',');
  const starts = new Int32Array(parts.length);
  const values: string[] = [];
  let cp = 0;
  parts.forEach((part, i) => {
    const space = part.indexOf(' ');
    cp += parseInt(part.slice(0, space), 36);
    starts[i] = cp;
    values.push(part.slice(space + 1));
  });
  return { starts, values };
}

function runValue(runs: Runs, cp: number): string {
  let lo = 0, hi = runs.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs.starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return runs.values[lo];
}

function decodeSparse(text: string): Map<number, string> {
  const out = new Map<number, string>();
  let cp = 0;
  for (const part of text.split('|')) {
    const space = part.indexOf(' ');
    cp += parseInt(part.slice(0, space), 36);
    out.set(cp, part.slice(space + 1));
  }
  return out;
}

// Each table is decoded on its first use only (import unicodedata alone costs nothing).
const runsCache = new Map<string, Runs>();
const sparseCache = new Map<string, Map<number, string>>();
function runsOf(text: string): Runs {
  let r = runsCache.get(text);
  if (r === undefined) runsCache.set(text, (r = decodeRuns(text)));
  return r;
}
function sparseOf(text: string): Map<number, string> {
  let r = sparseCache.get(text);
  if (r === undefined) sparseCache.set(text, (r = decodeSparse(text)));
  return r;
}

/**
 * The code point of argument `i`, which must be a str of one character. `fn` and `numbered`
 * give CPython's message: "category() argument must be…" for a one-parameter function,
 * "name() argument 1 must be…" where there are more.
 */
function charArg(heap: Heap, a: number, i: number, fn: string, numbered: boolean): number {
  const v = arg(heap, a, i);
  const where = numbered ? `${fn}() argument ${i + 1}` : `${fn}() argument`;
  if (tid(heap, v) !== TypeId.STR) throw typeError(`${where} must be a unicode character, not ${typeNameOf(heap, v)}`);
  const s = strToJs(heap, v);
  const cp = s.codePointAt(0);
  if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) throw typeError(`${where} must be a unicode character, not str`);
  return cp;
}

const entries: [string, NativeEntry][] = [];
function def(name: string, signature: string, fn: (heap: Heap, a: number) => Value): void {
  entries.push([name, defineFunction('unicodedata', name, signature, fn)]);
}

def('category', 'chr, /', (heap, a) => strFromJs(heap, runValue(runsOf(DB.CATEGORY), charArg(heap, a, 0, 'category', false))));
def('bidirectional', 'chr, /', (heap, a) => {
  const v = runValue(runsOf(DB.BIDIRECTIONAL), charArg(heap, a, 0, 'bidirectional', false));
  return strFromJs(heap, v);
});
def('east_asian_width', 'chr, /', (heap, a) => strFromJs(heap, runValue(runsOf(DB.EAST_ASIAN_WIDTH), charArg(heap, a, 0, 'east_asian_width', false))));
def('combining', 'chr, /', (heap, a) => fromInt32(Number(runValue(runsOf(DB.COMBINING), charArg(heap, a, 0, 'combining', false)))));
def('mirrored', 'chr, /', (heap, a) => fromInt32(Number(runValue(runsOf(DB.MIRRORED), charArg(heap, a, 0, 'mirrored', false)))));
def('decomposition', 'chr, /', (heap, a) => strFromJs(heap, sparseOf(DB.DECOMPOSITION).get(charArg(heap, a, 0, 'decomposition', false)) ?? ''));

/** decimal(), digit(), numeric(): the value, else the default, else CPython's ValueError. */
function numberFn(name: string, table: string, message: string, make: (text: string) => Value): void {
  def(name, 'chr, default=, /', (heap, a) => {
    const text = sparseOf(table).get(charArg(heap, a, 0, name, true));
    if (text !== undefined) return make(text);
    if (!isNull(arg(heap, a, 1))) return arg(heap, a, 1);
    return raise('ValueError', message);
  });
}
numberFn('decimal', DB.DECIMAL, 'not a decimal', (text) => fromInt32(Number(text)));
numberFn('digit', DB.DIGIT, 'not a digit', (text) => fromInt32(Number(text)));
numberFn('numeric', DB.NUMERIC, 'not a numeric character', (text) => fromFloat(Number(text)));

def('name', 'chr, default=, /', (heap, a) => {
  const name = unicodeNameOf(charArg(heap, a, 0, 'name', true));
  if (name !== undefined) return strFromJs(heap, name);
  if (!isNull(arg(heap, a, 1))) return arg(heap, a, 1);
  return raise('ValueError', 'no such name');
});

def('lookup', 'name, /', (heap, a) => {
  const v = arg(heap, a, 0);
  if (tid(heap, v) !== TypeId.STR) throw typeError(`a bytes-like object is required, not '${typeNameOf(heap, v)}'`);
  const name = strToJs(heap, v);
  // lookupUnicodeName matches the computed names in upper case only; unicodedata.lookup
  // upper-cases first (_getcode with its `name` already case-folded by lookup's caller).
  const cp = lookupUnicodeName(name.toUpperCase());
  if (cp === undefined) {
    const repr = `"undefined character name '${name}'"`;
    throw withKeyArg(new PyError('KeyError', repr), strFromJs(heap, `undefined character name '${name}'`));
  }
  return strFromJs(heap, String.fromCodePoint(cp));
});

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/** The form and the text of normalize()/is_normalized(), checked as CPython checks them. */
function formAndText(heap: Heap, a: number, fn: string): [form: string, text: string] {
  const f = arg(heap, a, 0), s = arg(heap, a, 1);
  if (tid(heap, f) !== TypeId.STR) throw typeError(`${fn}() argument 1 must be str, not ${typeNameOf(heap, f)}`);
  if (tid(heap, s) !== TypeId.STR) throw typeError(`${fn}() argument 2 must be str, not ${typeNameOf(heap, s)}`);
  const form = strToJs(heap, f);
  if (!FORMS.has(form)) raise('ValueError', 'invalid normalization form');
  return [form, strToJs(heap, s)];
}

def('normalize', 'form, unistr, /', (heap, a) => {
  const [form, text] = formAndText(heap, a, 'normalize');
  const out = text.normalize(form);
  // The same object back when nothing changed, as CPython returns its argument.
  return out === text ? arg(heap, a, 1) : strFromJs(heap, out);
});
def('is_normalized', 'form, unistr, /', (heap, a) => {
  const [form, text] = formAndText(heap, a, 'is_normalized');
  return fromBool(text.normalize(form) === text);
});

defineModule('unicodedata', (heap, dict) => {
  for (const [name, entry] of entries) setAttr(heap, dict, name, nativeValue(heap, entry));
  setAttr(heap, dict, 'unidata_version', strFromJs(heap, DB.UNIDATA_VERSION));
});
