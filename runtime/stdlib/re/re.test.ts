// re against CPython 3.13 (tests/stdlib/re.json, scripts/gen_stdlib_re.py): every pattern x
// flags x string for search/match/fullmatch/findall/finditer/split/sub/subn, re.error
// messages, template errors, escape().
import test from 'ava';
import { compile, escape } from './index.js';
import { data, dec, outcome, runCases } from './re-cases.js';
import { decodePy } from '../test-support.js';

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

test('bytes patterns: ASCII classes and folding, bytes results, type errors, ASCII messages', (t) => {
  const b = (x: unknown) => decodePy(x) as Uint8Array;
  const norm = (v: unknown): unknown => (v instanceof Uint8Array ? { y: Buffer.from(v).toString('hex') }
    : Array.isArray(v) ? v.map(norm) : v === null ? null : v);
  // tuples arrive as {t: [...]}; findall's tuples are arrays here.
  const want = (x: unknown): unknown => (Array.isArray(x) ? x.map(want) : x && typeof x === 'object' && 't' in x ? (x as { t: unknown[] }).t.map(want) : x);
  for (const c of data.bytes) {
    const p = compile(b(c.pattern), c.flags);
    const s = b(c.s);
    const where = `${JSON.stringify(c.pattern)} ${c.flags} ${JSON.stringify(c.s)}`;
    t.is(p.flags, c.pflags, where);
    const m = p.search(s);
    t.deepEqual(m && { span: m.span(), groups: Array.from({ length: p.groups }, (_, g) => m.span(g + 1)), lastindex: m.lastindex, lastgroup: m.lastgroup },
      c.search, where);
    t.deepEqual(norm(p.findall(s)), want(c.findall), where);
    t.deepEqual(norm(p.split(s)), want(c.split), where);
    t.deepEqual(norm(p.sub(new TextEncoder().encode('<\\g<0>>'), s)), c.sub, where);
    t.deepEqual(norm(escape(s)), c.escape, where);
  }
  const enc = (x: string) => Uint8Array.from(x, (ch) => ch.charCodeAt(0));
  const calls: (() => unknown)[] = [
    () => compile(enc('a')).sub('x', enc('a')), () => compile('a').sub(enc('x'), 'a'), () => compile('a').search(enc('a')),
    () => compile(enc('a')).search('a'), () => compile(enc('\\u0041')), () => compile(enc('(?u)a')),
    () => compile(enc('a'), 32), () => compile(enc('a'), 4 | 256), () => compile(enc('(?P<\xe9>a)')),
    () => compile(enc('\xe9(')), () => compile(enc('(a)')).sub(() => 'A', enc('xa')), () => compile(enc('a')).sub(enc('\\q'), enc('a')),
    () => compile(enc('a')).sub(enc('\\g<\xe9>'), enc('a')), () => compile(enc('\\N{DIGIT ONE}')), () => compile(enc('[\xe9-a]')),
    () => compile(enc('(a)')).sub((m) => enc((m.text(1) ?? '').toUpperCase()), enc('xa')),
    () => compile(enc('(?P<a>.)')).search(enc('\xff'))!.expand(enc('\\g<a>!')),
  ];
  calls.forEach((f, i) => t.deepEqual(norm(outcome(f)), dec(data.bytes_errors[i]) instanceof Object && 'y' in data.bytes_errors[i] ? data.bytes_errors[i] : dec(data.bytes_errors[i]), `bytes call ${i}`));
});

test('repr of patterns and matches as CPython prints them (truncated at 200 and 50)', (t) => {
  for (const c of data.reprs) {
    const p = compile(decodePy(c.pattern) as string | Uint8Array, c.flags);
    t.is(p.repr(), c.pattern_repr);
    t.is(p.search(decodePy(c.s) as string | Uint8Array)!.repr(), c.match_repr);
  }
});
