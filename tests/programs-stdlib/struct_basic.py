import struct
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@ci"), struct.calcsize("!hhl"), struct.calcsize("3s2xq"))
b = struct.pack("<ihd", 1, -2, 3.5)
print(b, len(b))
print(struct.unpack("<ihd", b))
print(struct.pack(">I", 0xDEADBEEF), struct.pack("<Q", 2**64 - 1), struct.pack("?b", True, -128))
print(struct.pack("5s", b"ab"), struct.pack("3p", b"hello"), struct.pack("e", 1.5), struct.pack("<f", 0.1))
print(struct.unpack(">hH", b"\xff\xfe\xff\xfe"), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 1), struct.unpack_from("<h", b"\x05\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.pack(b"<h", 7))
for fmt, vals in [("b", (200,)), ("<H", (-1,)), ("i", (1, 2)), ("z", (1,)), ("<i", ("x",))]:
    try:
        struct.pack(fmt, *vals)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print("struct.error:", e)
