# Adler-32, CRC-32 and FNV-1a computed by hand on byte strings.
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
    TABLE.append(c)

def crc32(data):
    c = 0xFFFFFFFF
    for byte in data:
        c = TABLE[(c ^ byte) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF

def fnv1a(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001B3) % 2**64
    return h

for s in ["", "a", "abc", "Wikipedia", "The quick brown fox jumps over the lazy dog", "😀 unicode"]:
    data = s.encode("utf-8")
    print(repr(s), hex(adler32(data)), hex(crc32(data)), hex(fnv1a(data)), format(crc32(data), "08x"))
print(TABLE[:4], TABLE[255])
