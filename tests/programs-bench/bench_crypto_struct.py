"""Block-cipher style byte mangling with struct, array and bytes (own toy cipher, not AES)."""
import struct
import array
import hashlib
import binascii
from functools import reduce

SBOX = bytes((i * 7 + 3) % 256 ^ 0x5A for i in range(256))
INV = bytes(SBOX.index(i) for i in range(256))


def rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def encrypt_block(block, key_words):
    a, b, c, d = struct.unpack("<4I", block)
    for r, k in enumerate(key_words):
        a = (a + k) & 0xFFFFFFFF
        b ^= rotl32(a, 5 + r % 7)
        c = (c + (b ^ k)) & 0xFFFFFFFF
        d ^= rotl32(c, 11)
        a, b, c, d = b, c, d, a
    out = struct.pack("<4I", a, b, c, d)
    return bytes(SBOX[x] for x in out)


def pad(data, n=16):
    k = n - len(data) % n
    return data + bytes([k]) * k


def cbc_encrypt(data, key):
    key_words = list(struct.unpack("<8I", hashlib.sha256(key).digest()))
    iv = bytes(16)
    out = bytearray()
    prev = iv
    for i in range(0, len(data), 16):
        block = bytes(x ^ y for x, y in zip(data[i:i + 16], prev))
        prev = encrypt_block(block, key_words)
        out += prev
    return bytes(out)


def main():
    msg = pad(b"The quick brown fox jumps over the lazy dog. " * 4)
    ct = cbc_encrypt(msg, b"secret key")
    print(len(msg), len(ct), ct[:16].hex(), binascii.hexlify(ct[-8:]).decode())
    print(hashlib.md5(ct).hexdigest(), hashlib.sha1(ct).hexdigest()[:16])
    print(all(INV[SBOX[i]] == i for i in range(256)), SBOX[:8])
    arr = array.array("I", struct.unpack("<%dI" % (len(ct) // 4), ct))
    print(arr.typecode, arr.itemsize, len(arr), hex(sum(arr) & 0xFFFFFFFF), max(arr) > min(arr))
    arr2 = array.array("d", [1.5, -2.25, 3.0])
    print(arr2, arr2.tobytes()[:8], array.array("b", b"\x01\xff"), list(array.array("H", [1, 2, 65535])))
    print(struct.calcsize("<hiq"), struct.calcsize("@hiq"), struct.pack(">hHb", -2, 65535, -1))
    print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.pack("<?xs3s", True, b"a", b"bcd"))
    s = struct.Struct("<IHh")
    packed = s.pack(1, 2, -3)
    print(s.size, s.format, packed, s.unpack(packed), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
    x = reduce(lambda acc, b: (acc * 31 + b) & 0xFFFFFFFFFFFFFFFF, ct, 7)
    print(x, x.to_bytes(8, "big").hex(" "), int.from_bytes(ct[:4], "little"), (x >> 13) ^ (x << 3) & 0xFF)
    ba = bytearray(b"hello")
    ba[0] ^= 0x20
    ba.extend(b"!!")
    print(ba, bytes(ba).upper(), ba.find(b"l"), ba.count(b"l"), bytes(reversed(ba)), memoryview(ba)[1:3].tobytes())
    try:
        struct.pack("<H", 70000)
    except struct.error as e:
        print("struct.error:", e)
    try:
        struct.unpack("<I", b"abc")
    except struct.error as e:
        print("struct.error:", e)


if __name__ == "__main__":
    main()
