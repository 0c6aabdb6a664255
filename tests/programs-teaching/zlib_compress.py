# Data compression as the tutorial tours it: zlib.compress/decompress, checksums, levels, formats, errors
import zlib

s = b'witch which has which witches wrist watch'
print(len(s))
t = zlib.compress(s)
print(len(t))
print(zlib.decompress(t))
print(zlib.crc32(s))
print(t.hex(), zlib.adler32(s), zlib.crc32(b"hello", zlib.crc32(b"abc")), zlib.crc32(b""), zlib.adler32(b""))
text = ("Beautiful is better than ugly. Explicit is better than implicit. Simple is better than complex. "
        "Complex is better than complicated. Flat is better than nested. Sparse is better than dense. ") * 8
data = text.encode()
for level in (0, 1, 3, 6, 9):
    packed = zlib.compress(data, level)
    print(f"level {level}: {len(data)} -> {len(packed):4d} bytes ({len(packed) / len(data):6.1%}) {packed[:6].hex()} ok={zlib.decompress(packed) == data}")
raw = zlib.compress(data, 6, -15)
gz = zlib.compress(data, 9, 31)
print(len(raw), len(gz), gz[:10].hex(), zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
co = zlib.compressobj(9)
stream = b"".join(co.compress(chunk) for chunk in (b"part one, ", b"part two, ", b"part three")) + co.flush()
print(stream == zlib.compress(b"part one, part two, part three", 9), zlib.decompress(stream))
do = zlib.decompressobj()
print(do.decompress(stream + b"EXTRA"), do.unused_data, do.eof)
import random
rng = random.Random(99)
noise = bytes(rng.randrange(256) for _ in range(300))
print(len(zlib.compress(noise)), zlib.compress(b"a" * 1000).hex(), zlib.compress(b"").hex())
for bad in (b"not zlib data", t[:-4], t[:10] + b"\x00" + t[11:]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError:", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, isinstance(zlib.error(), Exception))
