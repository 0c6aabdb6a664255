import test from 'ava';
import { asInt, asStr, Case, int, loadCases, mismatches, PyValue, str } from './expected.js';
import { bytesFromHex, bytesHex, decode } from './decode.js';
import { pyChr, pyOrd } from './codepoints.js';
import { encode } from './encode.js';

function run(c: Case): PyValue {
  const [data, encoding, errors] = c.args;
  if (c.op === 'hex' && data.t === 'bytes') return str(bytesHex(data.v, asStr(encoding), Number(asInt(errors))));
  if (c.op === 'fromhex') return { t: 'bytes', v: bytesFromHex(asStr(data)) };
  if (c.op === 'chr') return str(pyChr(asInt(data)));
  if (c.op === 'ord') return int(BigInt(pyOrd(asStr(data))));
  if (c.op === 'encode') return { t: 'bytes', v: encode(asStr(data), asStr(encoding), asStr(errors)) };
  if (data.t !== 'bytes') throw new Error('expected bytes');
  return str(decode(data.v, asStr(encoding), asStr(errors)));
}

test('bytes.decode, bytes.hex/fromhex, chr/ord match CPython 3.13', (t) => {
  const cases = loadCases('decode.json');
  t.true(cases.length > 3000);
  t.deepEqual(mismatches(cases, run, 30), []);
});

test('surrogateescape round-trips arbitrary bytes', (t) => {
  const bytes = Uint8Array.from([0x61, 0xff, 0xc3, 0xa9, 0xe2, 0x82, 0x80, 0xed, 0xa0, 0x80]);
  t.deepEqual(encode(decode(bytes, 'utf-8', 'surrogateescape'), 'utf-8', 'surrogateescape'), bytes);
});
