import test from 'ava';
import { asInt, asStr, Case, int, loadCases, mismatches, PyValue } from './expected.js';
import * as u from './unicode.js';
import { isPySpace } from './codepoints.js';

// Every code point of planes 0-2 and 14, in 4096-character blocks: the digest of what pyx
// computes per character must equal the digest CPython 3.13 computed (same hash in
// scripts/gen-semantics-expected.py's block_digest).
// The per-character functions the str methods are built from (str.test.ts covers the
// string-level wrappers, final sigma and all).
const props: Record<string, (cp: number) => string> = {
  upper: u.upperOf,
  lower: u.lowerOf,
  title: u.titleOf,
  casefold: u.foldOf,
  flags: (cp) => {
    const bits = [u.isAlpha(cp), u.isDecimal(cp), u.isDigit(cp), u.isNumeric(cp), u.isPrintable(cp), u.isLowercase(cp),
      u.isUppercase(cp), isPySpace(cp), cp === 0x5f || u.isXidStart(cp), u.isXidContinue(cp), u.isAlnum(cp),
      u.isUppercase(cp) || u.isTitlecase(cp)];
    let mask = 0;
    for (let i = 0; i < bits.length; i++) if (bits[i]) mask |= 1 << i;
    return String.fromCharCode(0x41 + mask);
  },
};

function digest(start: number, fn: (cp: number) => string): bigint {
  let h = 0;
  for (let cp = start; cp < start + 4096; cp++) {
    const text = fn(cp);
    for (let i = 0; i < text.length; ) {
      const c = text.codePointAt(i)!;
      h = (Math.imul(h, 31) + c + 1) >>> 0;
      i += c > 0xffff ? 2 : 1;
    }
    h = (Math.imul(h, 31) + 7) >>> 0;
  }
  return BigInt(h);
}

function run(c: Case): PyValue {
  const [start, name] = c.args;
  return int(digest(Number(asInt(start)), props[asStr(name)]));
}

test('character properties and case mappings equal CPython 3.13 for every code point of planes 0-2 and 14', (t) => {
  const cases = loadCases('unicode.json');
  t.is(cases.length, (48 + 1) * 5);
  t.deepEqual(mismatches(cases, run, 20), []);
});
