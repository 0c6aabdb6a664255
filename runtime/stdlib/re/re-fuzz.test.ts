// 1,200 seeded random patterns (scripts/gen_stdlib_re_fuzz.py) against CPython 3.13: the same
// re.error message, or the same findall/finditer/sub/split results on five subjects.
import test from 'ava';
import { PyError } from '../../semantics/errors.js';
import { ModuleError } from '../errors.js';
import { compile, type Pattern } from './index.js';
import { loadExpected } from '../test-support.js';
import { dec } from './re-cases.js';

const data = loadExpected('re_fuzz');

test('random patterns: errors and results as CPython, or a NotImplementedError refusal', (t) => {
  const failures: string[] = [];
  let compared = 0;
  const refused: string[] = [];
  for (const c of data.cases) {
    let p: Pattern;
    try {
      p = compile(c.p);
    } catch (e) {
      if (e instanceof ModuleError && e.qualName === 'NotImplementedError' && c.out) { refused.push(c.p); continue; }
      const got = e instanceof ModuleError || e instanceof PyError ? e.message : String(e);
      if (got !== c.error) failures.push(`${JSON.stringify(c.p)}: raised ${JSON.stringify(got)}, CPython ${c.error ? JSON.stringify(c.error) : 'compiles'}`);
      continue;
    }
    if (!c.out) { failures.push(`${JSON.stringify(c.p)}: compiles, CPython: ${c.error}`); continue; }
    data.subjects.forEach((s: string, i: number) => {
      const got = [p.findall(s), [...p.finditer(s)].map((m) => m.span()), p.sub('<\\g<0>>', s), p.split(s)];
      const want = dec(c.out[i]);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(c.p)} on ${JSON.stringify(s)}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    });
    compared++;
  }
  if (process.env.RE_DUMP) console.log(failures.join('\n'), '\nrefused:', refused.join('  '));
  t.deepEqual(failures.slice(0, 10), [], `${failures.length} differences`);
  // Refusals are the documented untranslatable constructs; they must stay rare.
  t.true(refused.length * 20 < compared, `${refused.length} refused of ${compared + refused.length}`);
});
