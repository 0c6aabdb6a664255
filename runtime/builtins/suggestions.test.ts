// "Did you mean" against CPython 3.13 (testdata/suggestions.json, scripts/gen-suggestion-expected.py):
// distances from traceback._levenshtein_distance (the same costs as suggestions.c; compared on
// ASCII only, where the C version's bytes and the Python version's characters agree) and the
// suggestion _suggestions._generate_suggestions picks (the C code, UTF-8 included).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { bestSuggestion, levenshtein } from './suggestions.js';

const data = JSON.parse(readFileSync(new URL('./testdata/suggestions.json', import.meta.url), 'utf8')) as {
  distances: [string, string, number, number][];
  suggestions: [string, string[], string | null][];
};
const utf8 = new TextEncoder();
const ascii = (s: string) => /^[\x00-\x7f]*$/.test(s);

test('Levenshtein distances are CPython\'s (ASCII)', (t) => {
  const wrong: string[] = [];
  let checked = 0;
  for (const [a, b, max, want] of data.distances) {
    if (!ascii(a) || !ascii(b) || a === b) continue;
    checked++;
    const got = levenshtein(utf8.encode(a), utf8.encode(b), max);
    if (got !== want) wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)} max ${max}: ${got}, CPython ${want}`);
  }
  t.true(checked > 2000);
  t.deepEqual(wrong.slice(0, 10), []);
});

test('suggestions are CPython\'s, including the 750-candidate limit', (t) => {
  for (const [wrong, candidates, want] of data.suggestions) t.is(bestSuggestion(candidates, wrong), want, wrong);
});
