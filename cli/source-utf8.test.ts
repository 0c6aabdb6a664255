// Invalid UTF-8 end to end (decoding, then the parser): 300 syntax goldens with one malformed
// sequence inserted at a seeded offset, against what CPython 3.13's ast.parse(bytes) raised
// (tests/cli/expected/utf8-injections.json, from scripts/gen-golden-ast.py).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { parseBytes } from './frontend.js';

interface Injection {
  file: string;
  at: number;
  insert: number[];
  expected: [string, number, number, number, number] | string | null;
}

const golden = (name: string) => new URL(`../tests/golden/syntax/${name}`, import.meta.url);
const cases = JSON.parse(
  readFileSync(new URL('../tests/cli/expected/utf8-injections.json', import.meta.url), 'utf8'),
) as Injection[];

// Where pyx is known to differ from CPython, and why. None of it is decided here: the
// errors are other modules' or come from CPython's own oddities around invalid bytes.
const UNICODE_DECODE_ERROR =
  'CPython 3.13 raises a bare UnicodeDecodeError for a bad byte in an f-string; pyx raises the SyntaxError a str literal gets';
const COLUMN =
  "the column of an indentation error (tokenizer) or a bytes-literal error (parser) on a line holding U+FFFD lacks CPython's re-encoding quirk";
const KNOWN: Record<number, string> = {
  ...Object.fromEntries([9, 27, 34, 69, 71, 82, 121, 150, 211, 219, 233, 234, 255, 283, 288, 299].map((index) => [index, COLUMN])),
  254: "CPython's unknown-encoding error here has no end position (None); PySyntaxError's are numbers",
  59: 'a bad byte before a BOM: CPython counts the U+FEFF that follows as part of the identifier',
  259: 'a truncated sequence ending an identifier at the end of a line: CPython reports one column further right',
};

function outcome(error: unknown): Injection['expected'] {
  const e = error as { msg?: string; lineno?: number; offset?: number; endLineno?: number; endOffset?: number };
  if (e?.msg === undefined) return `JS ${String(error)}`;
  return [e.msg, e.lineno!, e.offset!, e.endLineno!, e.endOffset!];
}

for (const [index, { file, at, insert, expected }] of cases.entries()) {
  const title = `#${index} ${file} + [${insert.map((byte) => byte.toString(16)).join(' ')}] at ${at}`;
  const known = expected === 'UnicodeDecodeError' ? UNICODE_DECODE_ERROR : KNOWN[index];
  (known ? test.failing : test)(known ? `${title} (known: ${known})` : title, async (t) => {
    const original = readFileSync(golden(file));
    const bytes = Buffer.concat([original.subarray(0, at), Buffer.from(insert), original.subarray(at)]);
    let actual: Injection['expected'] = null;
    try {
      await parseBytes(bytes, '<unknown>');
    } catch (error) {
      actual = outcome(error);
    }
    t.deepEqual(actual, expected);
  });
}
