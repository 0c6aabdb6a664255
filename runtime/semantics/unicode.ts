// Character properties and case mappings exactly as CPython 3.13 (Unicode 15.1) has them,
// decoded lazily from the generated tables in unicode-db.ts. Node's own Unicode (17.0) is
// newer, so JS regex properties and toUpperCase() are not used for Python semantics.
import * as db from './unicode-db.js';

/** A decoded code point set. Invariant: `bounds` ascends; [b0,b1), [b2,b3), ... are inside. */
class CodePointSet {
  private bounds: Int32Array | null = null;
  constructor(private readonly encoded: string) {}

  has(cp: number): boolean {
    const b = (this.bounds ??= decodeBounds(this.encoded));
    let lo = 0;
    let hi = b.length; // find the number of boundaries <= cp
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid] <= cp) lo = mid + 1;
      else hi = mid;
    }
    return (lo & 1) === 1;
  }
}

function decodeBounds(encoded: string): Int32Array {
  const parts = encoded === '' ? [] : encoded.split(',');
  const out = new Int32Array(parts.length);
  let at = 0;
  for (let i = 0; i < parts.length; i++) out[i] = at += parseInt(parts[i], 36);
  return out;
}

/** A decoded full case mapping: code point -> replacement string (absent = unchanged). */
class CaseMap {
  private map: Map<number, string> | null = null;
  constructor(private readonly runs: string, private readonly multi: string) {}

  get(cp: number): string | undefined {
    return (this.map ??= this.decode()).get(cp);
  }

  private decode(): Map<number, string> {
    const map = new Map<number, string>();
    for (const run of this.runs.split(';')) {
      if (run === '') continue;
      const [start, count, step, delta] = run.split(',').map((x) => parseInt(x, 36));
      for (let k = 0; k < count; k++) map.set(start + k * step, String.fromCodePoint(start + k * step + delta));
    }
    for (const entry of this.multi.split('|')) {
      if (entry === '') continue;
      const [cp, targets] = entry.split(':');
      map.set(parseInt(cp, 36), String.fromCodePoint(...targets.split(' ').map((x) => parseInt(x, 36))));
    }
    return map;
  }
}

const ALPHA = new CodePointSet(db.ALPHA);
const DECIMAL = new CodePointSet(db.DECIMAL);
const DIGIT = new CodePointSet(db.DIGIT);
const NUMERIC = new CodePointSet(db.NUMERIC);
const PRINTABLE = new CodePointSet(db.PRINTABLE);
const LOWER = new CodePointSet(db.LOWER);
const UPPER = new CodePointSet(db.UPPER);
const TITLE = new CodePointSet(db.TITLE);
const XID_START = new CodePointSet(db.XID_START);
const XID_CONTINUE = new CodePointSet(db.XID_CONTINUE);
const LOWER_MAP = new CaseMap(db.LOWER_MAP, db.LOWER_MAP_MULTI);
const UPPER_MAP = new CaseMap(db.UPPER_MAP, db.UPPER_MAP_MULTI);
const TITLE_MAP = new CaseMap(db.TITLE_MAP, db.TITLE_MAP_MULTI);
const FOLD_MAP = new CaseMap(db.FOLD_MAP, db.FOLD_MAP_MULTI);

export const UNICODE_VERSION = db.UNICODE_VERSION;

export const isAlpha = (cp: number): boolean => ALPHA.has(cp);
export const isDecimal = (cp: number): boolean => DECIMAL.has(cp);
export const isDigit = (cp: number): boolean => DIGIT.has(cp);
export const isNumeric = (cp: number): boolean => NUMERIC.has(cp);
export const isAlnum = (cp: number): boolean => ALPHA.has(cp) || DECIMAL.has(cp) || DIGIT.has(cp) || NUMERIC.has(cp);
export const isPrintable = (cp: number): boolean => PRINTABLE.has(cp);
export const isLowercase = (cp: number): boolean => LOWER.has(cp);
export const isUppercase = (cp: number): boolean => UPPER.has(cp);
export const isTitlecase = (cp: number): boolean => TITLE.has(cp);
/** Unicode's derived Cased property (what CPython's _PyUnicode_IsCased tests). */
export const isCased = (cp: number): boolean => LOWER.has(cp) || UPPER.has(cp) || TITLE.has(cp);
export const isXidStart = (cp: number): boolean => XID_START.has(cp);
export const isXidContinue = (cp: number): boolean => XID_CONTINUE.has(cp);

const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
/** Case_Ignorable, only used to find a word-final capital sigma (rarely reached). */
export function isCaseIgnorable(cp: number): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(cp));
}

/** Full lowercase mapping of one code point (context-free; see lowerStr for final sigma). */
export const lowerOf = (cp: number): string => LOWER_MAP.get(cp) ?? String.fromCodePoint(cp);
export const upperOf = (cp: number): string => UPPER_MAP.get(cp) ?? String.fromCodePoint(cp);
export const titleOf = (cp: number): string => TITLE_MAP.get(cp) ?? String.fromCodePoint(cp);
export const foldOf = (cp: number): string => FOLD_MAP.get(cp) ?? String.fromCodePoint(cp);
