// re against CPython 3.13 (tests/stdlib/re.json, scripts/gen_stdlib_re.py): every pattern x
// flags x string for search/match/fullmatch/findall/finditer/split/sub/subn, re.error
// messages, template errors, escape().
import test from 'ava';
import { compile, escape } from './index.js';
import { data, dec, outcome, runCases } from './re-cases.js';

test('search/match/fullmatch/findall/finditer/split/sub/subn match CPython (flags=0)', (t) => {
  t.true(runCases(t, (f) => f === 0) > 2000);
});

test("re.error messages and positions as CPython's", (t) => {
  for (const e of data.errors) {
    const got = outcome(() => { compile(e.pattern); return null; });
    const want = e.out && e.out.error === 'PatternError' ? { error: 'PatternError', message: e.out.message } : e.out;
    t.deepEqual(got, want, JSON.stringify(e.pattern));
  }
});

test('constructs JS cannot express raise NotImplementedError naming them', (t) => {
  for (const pat of data.unsupported) {
    const got = outcome(() => compile(pat)) as { error?: string; message?: string };
    t.is(got.error, 'NotImplementedError', pat);
    t.regex(got.message ?? '', /^pyx's re cannot translate .+ to a JavaScript RegExp$/);
  }
});

test('template errors and escapes', (t) => {
  const p = compile('(?P<a>x)(y)');
  for (const c of data.template_errors) t.deepEqual(outcome(() => p.sub(c.t, 'xy')), dec(c.out), c.t);
  for (const [s, want] of data.escapes) t.is(escape(s), want);
});

test('nesting beyond the stack gives RecursionError, not a JS RangeError', (t) => {
  t.throws(() => compile('('.repeat(20000) + 'a' + ')'.repeat(20000)), { message: 'maximum recursion depth exceeded' });
  t.deepEqual(compile('('.repeat(300) + 'a' + ')'.repeat(300)).search('xa')?.span(), [1, 2]);
});

test('positions are code points around astral characters', (t) => {
  const p = compile('(b)|\\b');
  // Expected spans printed by CPython 3.13.
  t.deepEqual([...p.finditer('😀b😀 b')].map((m) => m.span()), [[1, 2], [2, 2], [4, 5], [5, 5]]);
});

test('Match API: group by number and name, groups/groupdict defaults, expand, lastindex', (t) => {
  for (const c of data.api) {
    const m = compile(c.pattern).search(c.s)!;
    t.deepEqual(Array.from({ length: m.re.groups + 1 }, (_, g) => m.group(g)), c.group, c.pattern);
    for (const [k, v] of Object.entries(c.named)) t.is(m.group(k), v as string | null, `${c.pattern} ${k}`);
    t.deepEqual(m.groups('-'), c.groups_default);
    t.deepEqual(Object.fromEntries(m.groupdict('?')), c.groupdict);
    t.is(m.expand(c.template), c.expand);
    t.is(m.lastindex, c.lastindex);
    t.is(m.lastgroup, c.lastgroup);
    t.deepEqual(outcome(() => m.group(99)), c.bad_group);
    t.deepEqual(outcome(() => m.group('nope')), c.bad_name);
  }
});
