// Unicode character names for the `\N{NAME}` escape, resolved exactly as CPython 3.13's
// unicodedata `_getcode` does for it: names and formal aliases match case-insensitively;
// named sequences are rejected; `HANGUL SYLLABLE …` and `CJK UNIFIED IDEOGRAPH-…` are
// computed, with CPython's quirks (upper case only, greedy jamo matching, four or five
// hex digits, so `CJK UNIFIED IDEOGRAPH-04E00` is U+4E00).
//
// The table (grammar/unicode-names.br, from scripts/gen-unicode-names.ts) is read and
// decoded on the first lookup only, so programs without `\N{` never pay for it (~20 ms).
//
// Data format, after brotli: a `#` header line, then three sections separated by an empty
// line.
//   1. One name per line in code point order. A line `+GAP NAME` (GAP in hex) skips GAP
//      code points first; otherwise the code point is one more than the previous. A name
//      ending in `-*` stands for the name ending in `-` and its own code point in hex.
//   2. Aliases: `NAME;HEX`.
//   3. CJK unified ideograph ranges: `FIRST-LAST` in hex.

import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';

interface NameTable {
  /** Upper-case name or alias → code point. */
  readonly codes: Map<string, number>;
  /** Code point → its name (section 1 only: no aliases, no computed names). */
  readonly names: Map<number, string>;
  /** Inclusive ranges of CJK unified ideographs (whose names are computed). */
  readonly ideographs: readonly (readonly [number, number])[];
}

let table: NameTable | undefined;

/** The packed table: beside this file, or in the source tree when running from dist/
 *  (tsc does not copy data files). */
function readPacked(): Buffer {
  for (const relative of ['./unicode-names.br', '../../grammar/unicode-names.br']) {
    try {
      return readFileSync(new URL(relative, import.meta.url));
    } catch {
      // not at this location: try the next
    }
  }
  throw new Error('grammar/unicode-names.br not found');
}

function loadTable(): NameTable {
  const text = brotliDecompressSync(readPacked()).toString('latin1');
  const [nameSection, aliasSection, ideographSection] = text.slice(text.indexOf('\n') + 1).split('\n\n');
  const codes = new Map<string, number>();
  const names = new Map<number, string>();
  let cp = -1;
  for (const line of nameSection.split('\n')) {
    let name = line;
    if (line.startsWith('+')) {
      const space = line.indexOf(' ');
      cp += parseInt(line.slice(1, space), 16);
      name = line.slice(space + 1);
    }
    cp++;
    if (name.endsWith('-*')) name = name.slice(0, -1) + cp.toString(16).toUpperCase();
    codes.set(name, cp);
    names.set(cp, name);
  }
  for (const line of aliasSection.split('\n')) {
    const [alias, hex] = line.split(';');
    codes.set(alias, parseInt(hex, 16));
  }
  const ideographs = ideographSection.split('\n').map((line) => {
    const [first, last] = line.split('-');
    return [parseInt(first, 16), parseInt(last, 16)] as const;
  });
  return { codes, names, ideographs };
}

// The jamo short names of the Hangul syllable algorithm (Unicode 15.1, section 3.12), in
// the order CPython's unicodedata.c lists them.
const LEADING = 'G GG N D DD R M B BB S SS  J JJ C K T P H'.split(' ');
const VOWELS = 'A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I'.split(' ');
const TRAILING = ' G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H'.split(' ');

/** CPython's find_syllable: the LONGEST jamo that prefixes `text` at `at` (no backtracking). */
function findJamo(text: string, at: number, jamo: readonly string[]): [index: number, length: number] {
  let best = -1;
  let length = -1;
  for (let i = 0; i < jamo.length; i++) {
    if (jamo[i].length > length && text.startsWith(jamo[i], at)) {
      best = i;
      length = jamo[i].length;
    }
  }
  return [best, Math.max(length, 0)];
}

function hangulSyllable(name: string): number | undefined {
  let at = 16;
  const [l, lLength] = findJamo(name, at, LEADING);
  at += lLength;
  const [v, vLength] = findJamo(name, at, VOWELS);
  at += vLength;
  const [t, tLength] = findJamo(name, at, TRAILING);
  at += tLength;
  if (l < 0 || v < 0 || t < 0 || at !== name.length) return undefined;
  return 0xac00 + (l * VOWELS.length + v) * TRAILING.length + t;
}

function unifiedIdeograph(digits: string): number | undefined {
  if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined;
  const cp = parseInt(digits, 16);
  table ??= loadTable();
  return table.ideographs.some(([first, last]) => cp >= first && cp <= last) ? cp : undefined;
}

/**
 * The code point `\N{name}` stands for, or undefined when CPython rejects the name.
 * `name` is the raw text between the braces (ASCII in practice: the escape decoder has
 * already turned other characters into `\UXXXXXXXX` text, which no name contains).
 */
export function lookupUnicodeName(name: string): number | undefined {
  // The computed names match case-sensitively (`hangul syllable GA` is unknown), the
  // table's names and aliases case-insensitively.
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) return unifiedIdeograph(name.slice(22));
  table ??= loadTable();
  return table.codes.get(name.toUpperCase());
}

/**
 * The Unicode name of code point `cp` as unicodedata.name gives it (the computed Hangul
 * syllable and CJK unified ideograph names included), or undefined when it has none.
 */
export function unicodeNameOf(cp: number): string | undefined {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    const t = s % TRAILING.length, v = Math.floor(s / TRAILING.length) % VOWELS.length, l = Math.floor(s / (TRAILING.length * VOWELS.length));
    return `HANGUL SYLLABLE ${LEADING[l]}${VOWELS[v]}${TRAILING[t]}`;
  }
  table ??= loadTable();
  if (table.ideographs.some(([first, last]) => cp >= first && cp <= last)) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  return table.names.get(cp);
}
