// cli/run.ts outputBytes: program output is UTF-8, except that a lone U+DC80..U+DCFF stands
// for the raw byte 0x80..0xFF (sys.stdout.buffer.write of bytes that are not UTF-8).
import test from 'ava';
import { outputBytes } from './run.js';
import { decode } from '../runtime/semantics/decode.js';

test('plain text is UTF-8', (t) => {
  t.deepEqual([...outputBytes('aé😀\n')], [...Buffer.from('aé😀\n', 'utf8')]);
});

test('bytes decoded with surrogateescape come back exactly, text around them unchanged', (t) => {
  const raw = Uint8Array.from([0x50, 0x34, 0x0a, 0xff, 0x00, 0x80, 0xc3, 0xa9, 0xc3, 0x0a]);
  const text = `x${decode(raw, 'utf-8', 'surrogateescape')}y`;
  t.deepEqual([...outputBytes(text)], [0x78, ...raw, 0x79]);
});

test('a surrogate pair whose low half is in DC80..DCFF is a character, not an escaped byte', (t) => {
  const ch = String.fromCodePoint(0x10080); // D800 DC80
  t.deepEqual([...outputBytes(ch)], [...Buffer.from(ch, 'utf8')]);
});
