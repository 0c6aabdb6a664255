// Random and mutated inputs to json.loads, struct and re raise only Python-level errors
// (PyError / ModuleError), never a JS exception, and always terminate.
import test from 'ava';
import { PyError } from '../semantics/errors.js';
import { ModuleError } from './errors.js';
import { loads, dumps } from './json.js';
import { calcsize, pack, unpack } from './struct.js';
import { compile } from './re/index.js';
import { Random } from './random.js';

/** Runs f; a JS exception fails the test. Returns whether f completed (else: a Python-level error). */
function onlyPythonErrors(t: import('ava').ExecutionContext, what: string, f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (!(e instanceof PyError || e instanceof ModuleError)) t.fail(`${what}: ${String(e)}`);
    return false;
  }
}

const SEEDS = ['{"a": [1, 2.5e3, "x\\u00e9", null, true], "b": {"c": -0}}', '[[], {}, "", 0, 1e400, NaN]', '"\\ud83d\\ude00"'];
const NOISE = ['"', '\\', '{', '}', '[', ']', ',', ':', 'e', '-', '+', '.', '0', 'u', 'x', ' ', '\n', '\x01', '😀', 'N', 'I'];

test('json.loads on 3,000 mutated documents', (t) => {
  const r = new Random(7n);
  let parsed = 0;
  for (let i = 0; i < 3000; i++) {
    const cps = Array.from(r.choice(SEEDS));
    for (let k = r.randbelowNum(4) + 1; k > 0; k--) {
      const at = r.randbelowNum(cps.length + 1);
      if (r.random() < 0.5) cps.splice(at, 1); else cps.splice(at, 0, r.choice(NOISE));
    }
    const doc = cps.join('');
    if (onlyPythonErrors(t, `loads(${JSON.stringify(doc)})`, () => {
      const v = loads(doc);
      // Whatever parses must print and parse back to the same text.
      const text = dumps(v);
      t.is(dumps(loads(text)), text);
    })) parsed++;
  }
  // The mutations must exercise both paths: documents that still parse, and errors.
  t.true(parsed > 0 && parsed < 3000, `${parsed} of 3000 parsed`);
});

const FORMAT_CHARS = ['@', '=', '<', '>', '!', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 's', 'p', 'P', '0', '3', '12', ' ', 'z', '%'];
const VALUES = [0n, -1n, 255n, 2n ** 70n, 1.5, -0.0, 1e300, NaN, true, new Uint8Array([1, 2, 3]), 'str'];

test('struct on 3,000 random formats and values', (t) => {
  const r = new Random(11n);
  let packedOk = 0;
  for (let i = 0; i < 3000; i++) {
    let fmt = '';
    for (let k = r.randbelowNum(5); k >= 0; k--) fmt += r.choice(FORMAT_CHARS);
    const values = Array.from({ length: r.randbelowNum(4) }, () => r.choice(VALUES));
    if (onlyPythonErrors(t, `struct ${JSON.stringify(fmt)}`, () => {
      const size = calcsize(fmt);
      const packed = pack(fmt, values);
      t.is(packed.length, size);
      unpack(fmt, packed);
    })) packedOk++;
  }
  t.true(packedOk > 0 && packedOk < 3000, `${packedOk} of 3000 packed`);
});

test('re on 2,000 random patterns and subjects', (t) => {
  const r = new Random(13n);
  let compiled = 0;
  const PIECES = ['a', '(', ')', '|', '*', '+?', '{2,}', '[', ']', '^', '$', '\\', 'b', 'w', '(?', 'P<', '>', '=', '!', '<', ':', 'i', '#', '1', '-', '😀', '.'];
  for (let i = 0; i < 2000; i++) {
    let pat = '';
    for (let k = r.randbelowNum(8); k >= 0; k--) pat += r.choice(PIECES);
    if (onlyPythonErrors(t, `re ${JSON.stringify(pat)}`, () => {
      const p = compile(pat);
      p.findall('ab(a)😀 bb\n');
      p.sub('\\g<0>', 'xaxb');
      p.split('aXbXa');
    })) compiled++;
  }
  t.true(compiled > 0 && compiled < 2000, `${compiled} of 2000 compiled and ran`);
});
