// Test support for re.test.ts, re-ignorecase.test.ts and re-multiline.test.ts: runs the CPython 3.13 table
// (tests/stdlib/re.json, scripts/gen_stdlib_re.py) for a subset of its flag values.
import type { ExecutionContext } from 'ava';
import { PyError } from '../../semantics/errors.js';
import { ModuleError } from '../errors.js';
import { compile, type Match, Pattern } from './index.js';
import { loadExpected } from '../test-support.js';

export const data = loadExpected('re');

export function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) return { error: e.pyType, message: e.message };
    if (e instanceof ModuleError) return { error: e.qualName.replace(/^re\./, ''), message: e.message };
    throw e;
  }
}

/** Decodes the expectation encoding used for findall/split/sub results (tuples, ints, None). */
export function dec(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dec);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('t' in o) return (o.t as unknown[]).map(dec);
    if ('i' in o) return Number(o.i);
    if ('error' in o) return o;
  }
  return v;
}

function mres(m: Match | null): unknown {
  if (!m) return null;
  const groups: number[][] = [];
  for (let g = 1; g <= m.re.groups; g++) groups.push(m.span(g));
  return { span: m.span(), groups, lastindex: m.lastindex, lastgroup: m.lastgroup };
}

// Patterns of the table whose Python meaning JS cannot reproduce: compiling them must raise
// NotImplementedError (see translate.ts); any other pattern must translate.
const UNTRANSLATABLE = new Set([
  '(a*)*', '(a*)+', '(|a)+', // a capture in a repeat whose body can match empty
]);

/** Checks every case whose flags satisfy `which`; returns the number of rows compared. */
export function runCases(t: ExecutionContext, which: (flags: number) => boolean): number {
  let rows = 0;
  const failures: string[] = [];
  for (const c of data.cases) {
    if (!which(c.flags)) continue;
    const where = `${JSON.stringify(c.pattern)} flags=${c.flags}`;
    if (c.compile) {
      t.deepEqual(outcome(() => compile(c.pattern, c.flags)), { error: 'PatternError', message: c.compile.message }, where);
      continue;
    }
    if (UNTRANSLATABLE.has(c.pattern)) {
      t.like(outcome(() => compile(c.pattern, c.flags)), { error: 'NotImplementedError' }, where);
      continue;
    }
    const p = compile(c.pattern, c.flags) as Pattern;
    t.is(p.groups, c.groups, where);
    t.deepEqual(Object.fromEntries(p.groupindex), c.groupindex, where);
    for (const r of c.rows) {
      const s: string = r.s;
      const got: Record<string, unknown> = {
        search: mres(p.search(s)), match: mres(p.match(s)), fullmatch: mres(p.fullmatch(s)),
        findall: outcome(() => p.findall(s)), finditer: [...p.finditer(s)].map((m) => m.span()),
        split: outcome(() => p.split(s)), split1: outcome(() => p.split(s, 1)),
        subn: outcome(() => p.subn('#', s)), sub2: outcome(() => p.sub('#', s, 2)),
        subneg: outcome(() => p.subn('#', s, -1)), splitneg: outcome(() => p.split(s, -1)),
      };
      for (const k of Object.keys(r)) if (k.startsWith('tpl ')) got[k] = outcome(() => p.sub(k.slice(4), s));
      if (s.length > 3) {
        const n = Array.from(s).length;
        got.search_pos = mres(p.search(s, 2, n - 1));
        got.match_pos = mres(p.match(s, 1, 3));
      }
      for (const k of Object.keys(r)) {
        if (k === 's') continue;
        const want = k.startsWith('tpl ') || ['findall', 'split', 'split1', 'subn', 'sub2', 'subneg', 'splitneg'].includes(k) ? dec(r[k]) : r[k];
        const g = k.startsWith('tpl ') || ['findall', 'split', 'split1', 'subn', 'sub2', 'subneg', 'splitneg'].includes(k) ? got[k] : JSON.parse(JSON.stringify(got[k]));
        if (JSON.stringify(g) !== JSON.stringify(want)) failures.push(`${where} ${k}(${JSON.stringify(s)}): got ${JSON.stringify(g)} want ${JSON.stringify(want)}`);
      }
      rows++;
    }
  }
  if (process.env.RE_DUMP) console.log(failures.join("\n"));
  t.deepEqual(failures.slice(0, 15), [], `${failures.length} mismatches`);
  return rows;
}
