// str case conversions and character-class predicates, code-point exact as CPython 3.13
// (Objects/unicodeobject.c: do_upper, do_lower with final sigma, do_title, do_capitalize,
// do_swapcase, do_casefold, unicode_is*_impl). ASCII strings take JS fast paths, which agree
// with Python on ASCII.
import { isPySpace } from './codepoints.js';
import * as u from './unicode.js';

const ASCII = /^[\x00-\x7f]*$/;

function cps(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** Lowercase of cps[i], with Greek capital sigma's word-final form (handle_capital_sigma). */
function lowerAt(list: number[], i: number): string {
  const c = list[i];
  if (c !== 0x3a3) return u.lowerOf(c);
  let j = i - 1;
  while (j >= 0 && u.isCaseIgnorable(list[j])) j--;
  let final = j >= 0 && u.isCased(list[j]);
  if (final) {
    j = i + 1;
    while (j < list.length && u.isCaseIgnorable(list[j])) j++;
    final = j === list.length || !u.isCased(list[j]);
  }
  return final ? '\u03c2' : '\u03c3';
}

export function upper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const c of cps(s)) out += u.upperOf(c);
  return out;
}

export function lower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const list = cps(s);
  let out = '';
  for (let i = 0; i < list.length; i++) out += lowerAt(list, i);
  return out;
}

export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of cps(s)) out += u.foldOf(c);
  return out;
}

export function swapcase(s: string): string {
  if (ASCII.test(s)) return s.replace(/[A-Za-z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()));
  const list = cps(s);
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (u.isUppercase(c)) out += lowerAt(list, i);
    else if (u.isLowercase(c)) out += u.upperOf(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

/** str.capitalize(): first code point titlecased (3.8+), the rest lowercased. */
export function capitalize(s: string): string {
  if (ASCII.test(s)) return s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase();
  const list = cps(s);
  if (list.length === 0) return '';
  let out = u.titleOf(list[0]);
  for (let i = 1; i < list.length; i++) out += lowerAt(list, i);
  return out;
}

function asciiTitle(s: string): string {
  let out = '';
  let previousCased = false;
  let runStart = 0;
  // Copy unchanged runs in one slice; only letters whose case must flip are rewritten.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if ((previousCased && upper) || (!previousCased && lower)) {
      out += s.slice(runStart, i) + String.fromCharCode(c ^ 32);
      runStart = i + 1;
    }
    previousCased = upper || lower;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function title(s: string): string {
  if (ASCII.test(s)) return asciiTitle(s);
  const list = cps(s);
  let out = '';
  let previousCased = false;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    out += previousCased ? lowerAt(list, i) : u.titleOf(c);
    previousCased = u.isCased(c);
  }
  return out;
}

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (!pred(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

export const isspace = (s: string): boolean => all(s, isPySpace);
export const isalpha = (s: string): boolean => all(s, u.isAlpha);
export const isdecimal = (s: string): boolean => all(s, u.isDecimal);
export const isdigit = (s: string): boolean => all(s, u.isDigit);
export const isnumeric = (s: string): boolean => all(s, u.isNumeric);
export const isalnum = (s: string): boolean => all(s, u.isAlnum);
/** Empty strings are printable. */
export const isprintable = (s: string): boolean => s.length === 0 || all(s, u.isPrintable);
export const isascii = (s: string): boolean => ASCII.test(s);

export function islower(s: string): boolean {
  let cased = false;
  for (const c of cps(s)) {
    if (u.isUppercase(c) || u.isTitlecase(c)) return false;
    if (!cased && u.isLowercase(c)) cased = true;
  }
  return cased;
}

export function isupper(s: string): boolean {
  let cased = false;
  for (const c of cps(s)) {
    if (u.isLowercase(c) || u.isTitlecase(c)) return false;
    if (!cased && u.isUppercase(c)) cased = true;
  }
  return cased;
}

export function istitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of cps(s)) {
    if (u.isUppercase(c) || u.isTitlecase(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (u.isLowercase(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

export function isidentifier(s: string): boolean {
  const list = cps(s);
  if (list.length === 0) return false;
  if (list[0] !== 0x5f && !u.isXidStart(list[0])) return false;
  for (let i = 1; i < list.length; i++) if (!u.isXidContinue(list[i])) return false;
  return true;
}
