import test from 'ava';
import { PyError } from './errors.js';
import { parseInt } from './int-str.js';
import { floatFromHex, parseFloat } from './float.js';
import { parseComplex } from './complex.js';
import { formatComplex, formatFloat, formatInt, formatStr } from './format-spec.js';
import { percentFormat } from './percent-format.js';
import { strFormat } from './str-format.js';
import { bytesFromHex, decode } from './decode.js';
import { encode } from './encode.js';
import { percentHooks, getattr, getitem, repr, str as pyStr, dictGet } from './test-hooks.js';
import type { PyValue } from './expected.js';

// Whatever the input, these functions either return or throw a PyError: never a JS TypeError,
// RangeError or a hang. Inputs are random strings over alphabets full of syntax characters.
let seed = 2026;
const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)];
const text = (alphabet: string[], max: number): string => Array.from({ length: rnd(max + 1) }, () => pick(alphabet)).join('');

function onlyPyErrors(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof PyError ? undefined : String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ');
  }
}

test('parsers and formatters raise only Python errors on random input', (t) => {
  const numeric = ['0', '1', '9', '.', 'e', 'E', '_', '+', '-', ' ', 'x', 'p', 'j', 'J', '(', ')', 'i', 'n', 'f', 'a', '٣', '\u3000', '😀', '\ud800'];
  const spec = ['<', '>', '=', '^', '+', '-', ' ', 'z', '#', '0', '1', '5', ',', '_', '.', 'd', 'f', 'e', 'g', 'x', 'c', 's', 'n', '%', '*', '😀', '{', '}'];
  const template = ['%', '(', ')', 'a', 's', 'd', 'r', 'f', 'c', 'x', '*', '.', '-', '0', '5', '{', '}', '!', ':', '[', ']', '0', '1', 'k', ' '];
  const values: PyValue[] = [{ t: 'int', v: 42n }, { t: 'float', v: 2.5 }, { t: 'str', v: 'é' }, { t: 'bool', v: true }, { t: 'none' }];
  const mapping = new Map<string, PyValue>([['a', values[0]], ['k', values[1]]]);
  const failures: string[] = [];
  const check = (label: string, fn: () => unknown): void => {
    const f = onlyPyErrors(fn);
    if (f && failures.length < 10) failures.push(`${label}: ${f}`);
  };
  for (let i = 0; i < 1500; i++) {
    const s = text(numeric, 8);
    check(`int(${JSON.stringify(s)})`, () => parseInt(s, pick([0, 2, 10, 16, 36])));
    check(`float(${JSON.stringify(s)})`, () => parseFloat(s));
    check(`complex(${JSON.stringify(s)})`, () => parseComplex(s));
    check(`fromhex(${JSON.stringify(s)})`, () => floatFromHex(s));
    check(`bytes.fromhex(${JSON.stringify(s)})`, () => bytesFromHex(s));
    const sp = text(spec, 7);
    check(`format(int, ${JSON.stringify(sp)})`, () => formatInt(BigInt(rnd(2000) - 1000), sp));
    check(`format(float, ${JSON.stringify(sp)})`, () => formatFloat((rnd(2000) - 1000) / 7, sp));
    check(`format(str, ${JSON.stringify(sp)})`, () => formatStr('ab😀', sp));
    check(`format(complex, ${JSON.stringify(sp)})`, () => formatComplex(1.5, -2, sp));
    const tp = text(template, 10);
    const items = Array.from({ length: rnd(4) }, () => pick(values));
    check(`percent ${JSON.stringify(tp)}`, () => percentFormat(tp, rnd(2) ? { kind: 'tuple', items } : { kind: 'mapping', value: { t: 'dict', v: mapping }, get: (k) => dictGet(mapping, k) }, percentHooks));
    check(`format ${JSON.stringify(tp)}`, () => strFormat(tp, {
      positional: items, keyword: (k) => dictGet(mapping, k), getattr, getitem, str: pyStr, repr, ascii: percentHooks.ascii,
      format: (v, f) => (v.t === 'int' ? formatInt(v.v, f) : v.t === 'float' ? formatFloat(v.v, f) : formatStr(pyStr(v), f)), formatStr,
    }));
    const bytes = Uint8Array.from({ length: rnd(8) }, () => pick([0x41, 0x80, 0xc3, 0xa9, 0xe2, 0xed, 0xf0, 0xf4, 0xff]));
    check('decode', () => decode(bytes, pick(['utf-8', 'ascii', 'latin-1', 'x']), pick(['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', '?'])));
    check('encode', () => encode(s, pick(['utf-8', 'ascii', 'latin-1', 'x']), pick(['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'xmlcharrefreplace', '?'])));
  }
  t.deepEqual(failures, []);
});
