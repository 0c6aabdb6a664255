// Regenerates grammar/unicode-names.br: the character names that CPython 3.13's `\N{...}`
// escape accepts, taken from CPython's own unicodedata (Unicode 15.1), brotli compressed.
// Binary, so that nothing is loaded or parsed until a program uses `\N{`.
//
//   npx tsx scripts/gen-unicode-names.ts [path/to/python3.13]
//
// The names travel as text, one per line in code point order (see the format notes in
// grammar/unicode-names.ts, which is the only reader). Hangul syllables and CJK unified
// ideographs are left out: CPython computes those names, and so does unicode-names.ts.
// Formal aliases (NameAliases.txt) are not reachable through unicodedata's Python API, so
// the embedded Python reads them through the `_ucnhash_CAPI` capsule, the same C table
// the `\N{}` escape uses; each is checked with unicodedata.lookup before it is kept.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const python = process.argv[2] ?? '/root/.pyenv/versions/3.13.0/bin/python3.13';

const DUMP = String.raw`
import ctypes, json, sys, unicodedata
assert sys.version_info[:2] == (3, 13), sys.version
names = []
ideographs = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith('HANGUL SYLLABLE '):
        continue
    if name.startswith('CJK UNIFIED IDEOGRAPH-'):
        ideographs.append(cp)
        continue
    names.append([cp, name])
ranges = []
for cp in ideographs:
    if ranges and ranges[-1][1] == cp - 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp])
get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
get_pointer.restype = ctypes.c_void_p
get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
capi = get_pointer(unicodedata._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(
    ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
buffer = ctypes.create_string_buffer(256)
aliases = []
# Aliases live at U+F0000.. in CPython's table, followed by named sequences, which the
# \N{} escape rejects (lookup() returns several characters for them).
for code in range(0xF0000, 0xF1000):
    if getname(code, buffer, 256, 1):
        alias = buffer.value.decode('ascii')
        value = unicodedata.lookup(alias)
        if len(value) == 1:
            aliases.append([alias, ord(value)])
json.dump({'version': unicodedata.unidata_version, 'names': names, 'aliases': aliases,
           'ideographs': ranges}, sys.stdout)
`;

interface Dump {
  version: string;
  names: [number, string][];
  aliases: [string, number][];
  ideographs: [number, number][];
}

const dump = JSON.parse(execFileSync(python, ['-c', DUMP], { maxBuffer: 1 << 28 }).toString()) as Dump;

const lines: string[] = [];
let previous = -1;
for (const [cp, name] of dump.names) {
  const gap = cp - previous - 1;
  const suffix = '-' + cp.toString(16).toUpperCase();
  const text = name.endsWith(suffix) ? name.slice(0, -suffix.length) + '-*' : name;
  lines.push(gap ? `+${gap.toString(16)} ${text}` : text);
  previous = cp;
}
lines.push('');
for (const [alias, cp] of dump.aliases) lines.push(`${alias};${cp.toString(16)}`);
lines.push('');
for (const [first, last] of dump.ideographs) lines.push(`${first.toString(16)}-${last.toString(16)}`);
const text = Buffer.from(lines.join('\n'), 'ascii');

// The first line names the source, so that the file says what it holds.
const header = `# \\N{} names from CPython 3.13 unicodedata ${dump.version}: ${dump.names.length} names, ` +
  `${dump.aliases.length} aliases, ${dump.ideographs.length} ideograph ranges (scripts/gen-unicode-names.ts)\n`;
const packed = brotliCompressSync(Buffer.concat([Buffer.from(header, 'ascii'), text]), {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: header.length + text.length,
  },
});
writeFileSync(new URL('../grammar/unicode-names.br', import.meta.url), packed);
console.log(`wrote grammar/unicode-names.br: ${packed.length} bytes (${text.length} bytes of text)`);
