// The syntax-error corpus (tests/errors/) end to end: tokenizePartial() then the error pass
// (diagnoseSyntaxError, which parse.ts reaches through syntaxErrorFor); the resulting error must carry CPython 3.13's
// type, message, position and line text, and print exactly CPython's stderr.
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PySyntaxError } from './errors.js';
import { formatSyntaxError } from './error-format.js';
import { diagnoseSyntaxError } from './syntax-errors.js';
import { tokenizePartial } from './tokenize.js';

const corpus = fileURLToPath(new URL('../tests/errors/', import.meta.url));

interface Expected {
  exit: number;
  run: {
    type: string; msg: string; filename: string; lineno: number; offset: number;
    end_lineno: number; end_offset: number; text: string | null;
  };
  astParse: boolean;
}

/**
 * Programs where pyx is known to differ, with the reason and the owner of the fix. They run
 * as test.failing, so ava reports the day one starts passing and it must leave this list.
 */
const KNOWN_DIFFERENT: Record<string, string> = {
  // String-literal decoding errors are raised by the AST builder (literals-escapes.ts), not
  // by the error pass, which only sees tokens.
  'tok-bad-escape-unicode': 'AST builder: (unicode error) messages',
};

/** What pyx reports for a file: the error pass's verdict on the tokenizer's output (the
 *  tokens, and its error if it stopped early); null when the file is valid. */
function pyxError(source: string, filename: string): PySyntaxError | null {
  const partial = tokenizePartial(source, filename);
  return diagnoseSyntaxError(source, filename, partial.tokens, partial);
}

const names = readdirSync(corpus).filter((n) => n.endsWith('.py')).map((n) => n.slice(0, -3)).sort();

test('the corpus has at least 80 programs, 10 of them tokenizer errors', (t) => {
  t.true(names.length >= 80);
  t.true(names.filter((n) => n.startsWith('tok-')).length >= 10);
});

for (const name of names) {
  const expected = JSON.parse(readFileSync(join(corpus, `${name}.json`), 'utf8')) as Expected;
  const source = readFileSync(join(corpus, `${name}.py`), 'utf8');
  const filename = expected.run.filename;

  if (!expected.astParse) {
    // CPython's compiler (symtable/codegen) raises these; its parser accepts the program.
    test(`${name}: the parser accepts it (a compile-stage error)`, (t) => {
      t.is(pyxError(source, filename), null);
    });
    continue;
  }

  const check = KNOWN_DIFFERENT[name] ? test.failing : test;
  check(`${name}: ${expected.run.type}: ${expected.run.msg}`, (t) => {
    const error = pyxError(source, filename);
    t.not(error, null);
    const r = expected.run;
    t.deepEqual(
      [error!.type, error!.msg, error!.lineno, error!.offset, error!.endLineno, error!.endOffset, error!.text],
      [r.type, r.msg, r.lineno, r.offset, r.end_lineno, r.end_offset, r.text],
    );
    t.is(formatSyntaxError(error!), readFileSync(join(corpus, `${name}.stderr`), 'utf8'));
    t.is(expected.exit, 1);
  });
}

/** Mutated standard-library windows where pyx is known to differ (index → reason). */
const KNOWN_DIFFERENT_MUTATIONS: Record<number, string> = {};

test('400 mutated standard-library programs (tests/errors/mutations.json)', (t) => {
  const cases = JSON.parse(readFileSync(join(corpus, 'mutations.json'), 'utf8')) as Array<{
    source: string;
    run: Expected['run'];
  }>;
  t.is(cases.length, 400);
  const wrong: string[] = [];
  cases.forEach((c, i) => {
    const error = pyxError(c.source, 'm.py');
    const r = c.run;
    const got = error && [error.type, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset, error.text];
    const want = [r.type, r.msg, r.lineno, r.offset, r.end_lineno, r.end_offset, r.text];
    if (JSON.stringify(got) !== JSON.stringify(want) && !(i in KNOWN_DIFFERENT_MUTATIONS)) {
      wrong.push(`#${i}: got ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`);
    }
  });
  t.deepEqual(wrong, []);
});
