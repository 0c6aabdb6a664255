// The heap str hash must equal runtime/semantics/hash.ts's hashStr (the one definition) on every
// kind of string; strHash recomputes it on code points in 32-bit halves for speed.
import test from 'ava';
import { createRuntime } from './runtime.js';
import { strFromJs, strHash } from './str.js';
import { hashOut, hashToBigInt } from './hash.js';
import { hashStr } from './semantics/hash.js';

test('strHash equals semantics hashStr for ASCII, Latin-1, BMP, astral, lone surrogates, empty', (t) => {
  const heap = createRuntime();
  const samples = ['', 'a', 'abc', 'name17', 'é', 'café au lait', 'Ω≈ç√', '日本語テキスト', '🐍', 'a🐍b𝔘',
    'x\ud800y', '\udfff', 'ÿ'.repeat(100), 'long '.repeat(1000)];
  for (let i = 0; i < 300; i++) samples.push(String.fromCodePoint(...Array.from({ length: i % 17 }, (_, k) => (i * 7919 + k * 104729) % 0x10ffff)).replace(/[\ud800-\udfff]/g, 'z'));
  for (const text of samples) {
    const s = strFromJs(heap, text);
    const first = hashToBigInt(strHash(heap, s), hashOut[1]);
    t.is(first, hashStr(text), JSON.stringify(text.slice(0, 20)));
    t.is(hashToBigInt(strHash(heap, s), hashOut[1]), first, 'cached value');
  }
});
