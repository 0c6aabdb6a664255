// Text and JSON forms round-trip exactly; the verifier rejects broken IR with its message;
// the parser rejects malformed text naming the line.

import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { IRJsonError, readJson, writeJson } from './json.js';
import { OP_NAMES } from './ops.js';
import { IRParseError, parseModule } from './parse.js';
import { printModule } from './print.js';
import { verifyModule } from './verify.js';

// Every attribute kind, constants of every type, a handler, a phi, a for_iter.
const SAMPLE = `module 'sample.py'

function 0 '<module>' kind=module parent=none line=1 qualname='<module>'
  params ()
bb0:
  %0 = const 123456789012345678901234567890 @1:4-1:34
  %1 = const -0.0
  %2 = const inf
  %3 = const nan
  %4 = const 1e+100
  %5 = const -0j
  %6 = const "it's\\n\\x00€€"
  %7 = const b'\\x00"\\xff'
  %8 = const True
  %9 = const None
  %10 = const Ellipsis
  %11 = make_function %0, %1 fn=1 @2:0-4:10
  store_global %11 name='f'
  %12 = load_global name='print'
  %13 = call %12, %6, %7 kwnames=('sep', 'end')
  %14 = build_list
  %15 = get_iter %14
  jump target=bb1
bb1: except bb4
  %16 = for_iter %15 body=bb2 exit=bb3
bb2: except bb4
  %17 = format_value %16 conversion=r
  %18 = unpack_ex %16 before=1 after=0
  %19 = tuple_get %18 index=1
  jump target=bb1
bb3:
  %20 = phi %8, %9 from=[bb4, bb1]
  return %20
bb4:
  %21 = const 1
  jump target=bb3

function 1 'f' kind=function parent=0 line=2 qualname='f'
  params (a, b=?, /, c=?, *, d, **kw)
  docstring 'Doc\\tstring.'
  locals ('a', 'b', 'c', 'd', 'kw')
  cellvars ('a',)
bb0:
  %0 = load_local name='a'
  store_deref %0 name='a'
  return %0
`;

test('text round trip on hand-written IR', (t) => {
  const module = parseModule(SAMPLE);
  t.is(printModule(module), SAMPLE);
});

test('constants keep their Python type and value', (t) => {
  const [fn] = parseModule(SAMPLE).functions;
  const values = fn.blocks[0].instructions.slice(0, 11).map((instruction) => instruction.attrs.value);
  t.is(values[0], 123456789012345678901234567890n);
  t.true(Object.is(values[1], -0));
  t.is(values[2], Infinity);
  t.true(Number.isNaN(values[3]));
  t.deepEqual(values[5], { kind: 'complex', imag: -0 });
  t.is(values[6], "it's\n\x00\u20ac€");
  t.deepEqual(values[7], { kind: 'bytes', value: new Uint8Array([0, 34, 255]) });
  t.deepEqual(values.slice(8), [true, null, { kind: 'ellipsis' }]);
});

test('JSON round trip', (t) => {
  const module = parseModule(SAMPLE);
  const json = writeJson(module);
  t.is(printModule(readJson(json)), SAMPLE);
  t.is(writeJson(readJson(json)), json);
});

/** Replaces `from` in SAMPLE (which must occur) and returns the verifier's problems. */
function problemsAfter(from: string, to: string): string[] {
  if (!SAMPLE.includes(from)) throw new Error(`test bug: ${from} not in SAMPLE`);
  return verifyModule(parseModule(SAMPLE.replace(from, to)));
}

test('the sample verifies', (t) => {
  t.deepEqual(verifyModule(parseModule(SAMPLE)), []);
});

const BROKEN: [string, string, string, RegExp][] = [
  ['missing terminator', '  %21 = const 1\n  jump target=bb3\n', '  %21 = const 1\n', /bb4, instruction 0 \(%21 = const 1\): block does not end with a terminator/],
  ['terminator mid-block', '  return %20\n', '  return %20\n  return %20\n', /terminator before the end of the block/],
  ['operand count', 'tuple_get %18 index=1', 'tuple_get %18, %18 index=1', /expects 1 operand\(s\), has 2/],
  ['tuple index range', 'tuple_get %18 index=1', 'tuple_get %18 index=2', /index 2 is out of range for a tuple of 2/],
  ['operand kind', '%15 = get_iter %14', '%15 = build_tuple %14', /operand %15 must be of kind iterator \(it is the tuple result of build_tuple\)/],
  ['undefined value', 'return %20', 'return %99', /%99 is never defined/],
  ['use not dominated', '  %20 = phi %8, %9 from=[bb4, bb1]\n  return %20', '  %20 = phi %8, %9 from=[bb4, bb1]\n  return %17', /return %17\): %17 does not dominate this use/],
  ['handler sees no value of the raising block', '  %21 = const 1\n', '  %21 = const 1\n  %22 = format_value %17 conversion=s\n', /%17 does not dominate this use/],
  ['missing handler', 'bb2: except bb4', 'bb2: except bb9', /bb2: handler bb9 does not exist/],
  ['missing attribute', 'conversion=r', '', /missing attribute 'conversion'/],
  ['unknown block', 'jump target=bb1\nbb1', 'jump target=bb7\nbb1', /attribute 'target': bb7 does not exist in function 0/],
  ['phi predecessors', 'from=[bb4, bb1]', 'from=[bb4, bb2]', /phi must name each predecessor once \(bb1, bb4\)/],
  ['make_function operands', 'make_function %0, %1 fn=1', 'make_function %0 fn=1', /function 1 needs 2 operand\(s\) \(defaults, then cells\), has 1/],
  ['unknown function', 'make_function %0, %1 fn=1', 'make_function %0, %1 fn=5', /function 5 does not exist/],
  ['unknown local', "load_local name='a'", "load_local name='zz'", /'zz' is not one of this function's locals/],
  ['unknown cell', "store_deref %0 name='a'", "store_deref %0 name='kw'", /'kw' is not one of this function's cellvars or freevars/],
  ['branch to entry', 'jump target=bb3\n\nfunction 1', 'jump target=bb0\n\nfunction 1', /branches to the entry block bb0/],
  ['raising after a local write in a block with a handler', '  %17 = format_value %16 conversion=r\n', "  store_local %16 name='a'\n  %17 = format_value %16 conversion=r\n", /format_value %16 conversion=r\): may raise after a local was written in a block with a handler/],
  ['for_iter body with two predecessors', '  %19 = tuple_get %18 index=1\n  jump target=bb1', '  %19 = tuple_get %18 index=1\n  jump target=bb2', /the body block must have this block as its only predecessor/],
];

for (const [name, from, to, message] of BROKEN) {
  test(`verifier rejects: ${name}`, (t) => {
    const problems = problemsAfter(from, to);
    t.true(problems.some((problem) => message.test(problem)), problems.join('\n') || 'no problem reported');
  });
}

test('parser errors name the line', (t) => {
  const bad = (text: string) => t.throws(() => parseModule(text), { instanceOf: IRParseError });
  t.regex(bad(SAMPLE.replace('build_list', 'build_lisst')).message, /^IR text line 21: unknown op 'build_lisst'$/);
  t.regex(bad(SAMPLE.replace("name='f'", "nam='f'")).message, /line 18: op store_global has no attribute 'nam'/);
  t.regex(bad(SAMPLE.replace('conversion=r', 'conversion=q')).message, /expected one of none, s, r, a, found 'q'/);
  t.regex(bad(SAMPLE.replace("const \"it", 'const "i\\qt')).message, /bad escape '\\q'/);
  t.regex(bad('module x').message, /line 1: expected string, found 'x'/);
});

test('mutated text never crashes the parser or the verifier', (t) => {
  // Deterministic mutations of every line: delete it, duplicate it, cut it in half, swap
  // two tokens. Each must give an IRParseError or a module the verifier can judge.
  const lines = SAMPLE.split('\n');
  const variants: string[] = [];
  lines.forEach((line, i) => {
    const words = line.split(' ');
    const swapped = words.length > 2 ? [...words.slice(0, 1), words[2], words[1], ...words.slice(3)].join(' ') : line + ' x';
    for (const replacement of [[], [line, line], [line.slice(0, line.length >> 1)], [swapped]]) {
      variants.push([...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)].join('\n'));
    }
  });
  let parsed = 0;
  for (const text of variants) {
    let module;
    try {
      module = parseModule(text);
    } catch (error) {
      t.true(error instanceof IRParseError, String(error));
      continue;
    }
    parsed++;
    t.true(Array.isArray(verifyModule(module)));
  }
  t.true(parsed > 0 && parsed < variants.length);
});

test('malformed JSON gives IRJsonError naming the place', (t) => {
  const good = JSON.parse(writeJson(parseModule(SAMPLE)));
  const bad = (mutate: (data: any) => void) => {
    const data = structuredClone(good);
    mutate(data);
    return t.throws(() => readJson(JSON.stringify(data)), { instanceOf: IRJsonError })!.message;
  };
  t.regex(t.throws(() => readJson('{'), { instanceOf: IRJsonError })!.message, /not valid JSON/);
  t.regex(bad((data) => { data.format = 'llvm'; }), /expected format "pyx-ir" version 1/);
  t.regex(bad((data) => { data.functions[0].blocks[1].instructions[0].op = 'frobnicate'; }), /functions\[0\]\.blocks\[1\]\.instructions\[0\]: unknown op "frobnicate"/);
  t.regex(bad((data) => { data.functions[0].blocks[0].instructions[0].attrs.value = { type: 'int', value: '1.5' }; }), /int must be a decimal string/);
  t.regex(bad((data) => { data.functions[1].blocks[0].instructions[1].operands = ['%0']; }), /"operands" must be an array of value numbers/);
  t.regex(bad((data) => { delete data.functions[1].locals; }), /functions\[1\]: "locals" must be an array/);
});

test('every committed lowering golden round-trips through text and JSON', (t) => {
  // Real lowered programs, independent of the Python parser: parse → print is identical.
  const dir = new URL('../tests/golden/lower/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.ir'));
  let programs = 0;
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    if (text.startsWith('error: ')) continue;
    const module = parseModule(text);
    t.is(printModule(module), text, file);
    t.is(printModule(readJson(writeJson(module))), text, file);
    t.deepEqual(verifyModule(module), [], file);
    programs++;
  }
  t.true(programs >= 10);
});

test('every op of the table is produced by the lowering in some golden', (t) => {
  // An op nothing produces is dead weight for every backend: add a golden or drop the op.
  const dir = new URL('../tests/golden/lower/', import.meta.url);
  const used = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ir'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    if (text.startsWith('error: ')) continue;
    for (const fn of parseModule(text).functions) {
      for (const block of fn.blocks) for (const instruction of block.instructions) used.add(instruction.op);
    }
  }
  t.deepEqual(OP_NAMES.filter((name) => !used.has(name)), []);
});

test('hand-written IR may carry ; comments, which printing drops', (t) => {
  const commented = SAMPLE
    .replace('bb1: except bb4\n', '; the loop header\nbb1: except bb4 ; raises go to bb4\n')
    .replace("  %6 = const \"it's", "  ; a str with escapes\n  %6 = const \"it's")
    .replace('  %14 = build_list\n', '  %14 = build_list ; empty\n\n');
  t.not(commented, SAMPLE);
  t.is(printModule(parseModule(commented)), SAMPLE);
  t.is(printModule(parseModule("module 'a.py' ; x\n")), "module 'a.py'\n");
});
