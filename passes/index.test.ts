// The pass manager: pipeline parsing and presets, errors, the onPass hook, bisect limit,
// stats, timing, verification after each pass, analysis invalidation.

import test from 'ava';
import { parseModule } from '../ir/parse.js';
import { printModule } from '../ir/print.js';
import type { IRModule } from '../ir/types.js';
import { PassVerifyError, PipelineError, PRESETS, formatStats, formatTimings, getPass, listPasses, parsePipeline, registerPass, runPipeline } from './index.js';
import type { Pass } from './pass.js';

const SOURCE = `module 't.py'

function 0 '<module>' kind=module parent=none line=1 qualname='<module>'
  params ()
  locals ('x',)
bb0:
  %0 = const 2
  %1 = const 3
  %2 = add %0, %1
  store_local %2 name='x'
  %3 = load_local name='x'
  %4 = build_list %3
  %5 = const None
  return %5
`;
const fresh = (): IRModule => parseModule(SOURCE);

test('pipelines expand presets and reject unknown names with the list of passes', (t) => {
  t.deepEqual(parsePipeline('ssa, dce'), ['ssa', 'dce']);
  t.deepEqual(parsePipeline('-O0'), []);
  t.deepEqual(parsePipeline(''), []);
  t.deepEqual(parsePipeline('-O1,gvn'), [...PRESETS['-O1'], 'gvn']);
  const error = t.throws(() => parsePipeline('ssa,frobnicate'), { instanceOf: PipelineError });
  t.regex(error!.message, /unknown pass 'frobnicate' \(known passes: ssa, .*dce/);
  t.throws(() => parsePipeline('ssa,,dce'), { instanceOf: PipelineError });
  for (const preset of Object.values(PRESETS)) for (const name of preset) t.truthy(getPass(name), name);
});

test('every pass declares its name, description and stats; names are kebab-case', (t) => {
  for (const pass of listPasses()) {
    t.regex(pass.name, /^[a-z]+(-[a-z]+)*$/);
    t.true(pass.description.length > 10);
    t.true(pass.stats.length > 0, pass.name);
  }
});

test('onPass sees each pass after it ran, with changed and stats; -O0 runs nothing', (t) => {
  const seen: string[] = [];
  const module = fresh();
  const result = runPipeline(module, 'ssa,sccp,dce', {
    verify: true,
    onBeforePass: (name, _module, index) => seen.push(`before ${index}:${name}`),
    onPass: (name, after, changed, info) => seen.push(`after ${name} ${changed} ${after === module} ${JSON.stringify(info.stats)}`),
  });
  t.deepEqual(seen, [
    'before 0:ssa',
    'after ssa true true {"locals promoted":1,"locals kept in memory":0,"phis inserted":0,"loads removed":1,"stores removed":1}',
    'before 1:sccp',
    'after sccp true true {"values folded":1,"branches decided":0,"blocks removed":0}',
    'before 2:dce',
    'after dce true true {"instructions removed":4,"phis removed":0}',
  ]);
  t.is(result.applications, 3);
  t.regex(printModule(module), /bb0:\n {2}%5 = const None\n {2}return %5\n$/);
  t.regex(formatStats(result), /^ {7}1 ssa {12}- locals promoted$/m);
  t.regex(formatTimings(result), /ms 100\.0% {2}total/);
  const o0 = fresh();
  t.is(runPipeline(o0, '-O0').applications, 0);
  t.is(printModule(o0), SOURCE);
});

test('the bisect limit stops after N pass applications', (t) => {
  const texts: string[] = [];
  for (let limit = 0; limit <= 3; limit++) {
    const module = fresh();
    const result = runPipeline(module, 'ssa,sccp,dce', { bisectLimit: limit });
    t.is(result.applications, limit);
    t.is(result.skipped, 3 - limit);
    texts.push(printModule(module));
  }
  t.is(texts[0], SOURCE);
  t.is(new Set(texts).size, 4, 'each application changed something');
});

test('a pass that breaks the IR is reported by name with the verifier problems', (t) => {
  const breaker: Pass = {
    name: 'test-breaker', description: 'deletes the terminator (for this test)', requires: [], invalidates: 'all', stats: ['broken'],
    run(fn, ctx) { fn.blocks[0].instructions.pop(); ctx.count('broken'); return true; },
  };
  registerPass(breaker);
  t.throws(() => registerPass(breaker), { instanceOf: PipelineError });
  const error = t.throws(() => runPipeline(fresh(), 'ssa,test-breaker', { verify: true }), { instanceOf: PassVerifyError });
  t.is(error!.pass, 'test-breaker');
  t.is(error!.application, 2);
  t.regex(error!.message, /does not end with a terminator/);
});

test('analyses are cached between passes and dropped when a pass invalidates them', (t) => {
  let dominanceSeen: unknown[] = [];
  const probe = (name: string, invalidates: Pass['invalidates']): Pass => ({
    name, description: 'records the dominance object it gets', requires: ['dominance'], invalidates, stats: ['runs'],
    run(_fn, ctx) { dominanceSeen.push(ctx.get('dominance')); return true; },
  });
  registerPass(probe('test-keeps', ['liveness']));
  registerPass(probe('test-drops', 'all'));
  runPipeline(fresh(), 'test-keeps,test-keeps');
  t.is(dominanceSeen[0], dominanceSeen[1], 'kept: the same object');
  dominanceSeen = [];
  const result = runPipeline(fresh(), 'test-drops,test-drops');
  t.not(dominanceSeen[0], dominanceSeen[1], 'dropped: recomputed');
  t.is(result.analysesComputed, 2);
});
