// Replacement templates of re.sub / Match.expand (re._parser.parse_template): literal
// text, \1 .. \99, \g<n>, \g<name>, octal and the standard escapes, with CPython's errors.
import { PyError } from '../../semantics/errors.js';
import { strRepr } from '../../repr.js';
import { asciiBackslash, isIdentifier, patternError } from './parse.js';

/** A parsed template: literal strings and group numbers, alternating in order. */
export type Template = readonly (string | number)[];

const ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
const LETTERS = /^[a-zA-Z]$/;
const MAXGROUPS = 2 ** 30;

/** `bytes`: the template of a bytes pattern, as latin-1 text (ASCII messages, ASCII group names). */
export function parseTemplate(repl: string, groups: number, groupindex: ReadonlyMap<string, number>, bytes = false): Template {
  const cps = Array.from(repl);
  const out: (string | number)[] = [];
  let literal = '';
  let i = 0;
  const err = (msg: string, pos: number) => patternError(bytes ? asciiBackslash(msg) : msg, repl, pos);
  const addGroup = (index: number, pos: number) => {
    if (index > groups - 1) throw err(`invalid group reference ${index}`, pos);
    out.push(literal, index);
    literal = '';
  };
  while (i < cps.length) {
    const ch = cps[i++];
    if (ch !== '\\') { literal += ch; continue; }
    if (i >= cps.length) throw err('bad escape (end of pattern)', cps.length - 1);
    const c = cps[i++];
    if (c === 'g') {
      if (cps[i] !== '<') throw err('missing <', i);
      i++;
      const startName = i;
      while (i < cps.length && cps[i] !== '>') i++;
      const name = cps.slice(startName, i).join('');
      if (i >= cps.length) {
        if (!name) throw err('missing group name', i);
        throw err('missing >, unterminated name', startName);
      }
      i++;
      if (!name) throw err('missing group name', i - 1);
      let index: number;
      if (/^[0-9]+$/.test(name)) {
        index = Number(name);
        if (index >= MAXGROUPS) throw err(`invalid group reference ${index}`, startName);
      } else {
        if (!isIdentifier(name) || (bytes && /[^\x00-\x7f]/.test(name))) throw err(`bad character in group name ${strRepr(name)}`, startName);
        const g = groupindex.get(name);
        if (g === undefined) throw new PyError('IndexError', `unknown group name ${strRepr(name)}`);
        index = g;
      }
      addGroup(index, startName);
    } else if (c === '0') {
      let t = '0';
      if (i < cps.length && /[0-7]/.test(cps[i])) { t += cps[i++]; if (i < cps.length && /[0-7]/.test(cps[i])) t += cps[i++]; }
      literal += String.fromCharCode(parseInt(t, 8) & 0xff);
    } else if (/[0-9]/.test(c)) {
      let t = c;
      const at = i - 1;
      if (i < cps.length && /[0-9]/.test(cps[i])) {
        t += cps[i++];
        if (/[0-7]/.test(c) && /[0-7]/.test(t[1]) && i < cps.length && /[0-7]/.test(cps[i])) {
          t += cps[i++];
          const v = parseInt(t, 8);
          if (v > 0o377) throw err(`octal escape value \\${t} outside of range 0-0o377`, at - 1);
          literal += String.fromCodePoint(v);
          continue;
        }
      }
      addGroup(Number(t), at);
    } else if (ESC[c] !== undefined) literal += ESC[c];
    else if (LETTERS.test(c)) throw err(`bad escape \\${c}`, i - 2);
    else literal += '\\' + c;
  }
  out.push(literal);
  return out;
}

/** Fills a template: unmatched groups give '' (Python 3.5+). */
export function expandTemplate(t: Template, group: (g: number) => string | null): string {
  let s = '';
  for (const part of t) s += typeof part === 'string' ? part : (group(part) ?? '');
  return s;
}
