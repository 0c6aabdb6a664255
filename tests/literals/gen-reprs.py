"""Regenerates tests/literals/reprs.json: CPython 3.13's repr() of the constants an AST
can hold, to check runtime/repr.ts (used by ast/dump.ts).

    /root/.pyenv/versions/3.13.0/bin/python3.13 tests/literals/gen-reprs.py

floats/imaginary: [IEEE-754 bits as 16 hex digits, repr]; strs: [text, repr];
bytes: [list of byte values, repr]; printable: the ranges [first, last] of code points for
which str.isprintable() holds (CPython's Unicode 15.1).
"""

import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 13), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(313)


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(b):
    return struct.unpack('>d', b.to_bytes(8, 'big'))[0]


floats = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 100.0, 1e22, 1e23]
for exponent in range(-30, 30):
    x = 10.0 ** exponent
    floats += [x, math.nextafter(x, 0), math.nextafter(x, math.inf), -x, 1.5 * x, 9.999999999999999 * x]
for _ in range(1500):
    floats.append(from_bits(rng.getrandbits(64)))
for _ in range(500):
    floats.append(round(rng.uniform(-1e6, 1e6), rng.randrange(0, 8)))
floats = [x for x in floats if not (isinstance(x, float) and math.isnan(x) and bits(x) != bits(math.nan))]

imaginary = floats[:200] + [from_bits(rng.getrandbits(64)) for _ in range(200)]

strs = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\t\n\r\x0b\x0c\x00\x1f\x7f",
        "".join(map(chr, range(0x80, 0x100))), "\u00a0\u00ad\u200b\u2028\u2029\u3000\ufeff\ufffd\uffff",
        "\ud800", "\udfff", "a\ud83d", "\U0001f600", "\U000e0001\U000e0100", "\U0010ffff",
        "\u0378\u0888\u0897", "\U0001fae9\U0002ebf0\U00031350", "é日本語", "\u0300\u200d",
        "'\"'", "\\'"]

byte_strings = [list(range(256)), [39], [34], [39, 34], [92, 39], list(b"abc'def"), list(b'ab"c')]

printable = []
for cp in range(0x110000):
    if chr(cp).isprintable():
        if printable and printable[-1][1] == cp - 1:
            printable[-1][1] = cp
        else:
            printable.append([cp, cp])

data = {
    'floats': [[bits(x), repr(x)] for x in floats],
    'imaginary': [[bits(x), repr(complex(0.0, x))] for x in imaginary],
    'strs': [[s, repr(s)] for s in strs],
    'bytes': [[b, repr(bytes(b))] for b in byte_strings],
    'printable': printable,
}
with open(os.path.join(HERE, 'reprs.json'), 'w', encoding='utf-8') as out:
    json.dump(data, out, separators=(',', ':'))
    out.write('\n')
print('wrote', len(floats), 'floats,', len(imaginary), 'imaginary,', len(printable), 'printable ranges')
