# bytes/bytearray methods, codecs with error handlers, memoryview, int<->bytes, struct, bytes errors
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], len(b), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"), b"%d-%s" % (5, b"x"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex(":"), bytearray(b"ab") + b"c", b"ab" * 2)
ba = bytearray(b"abc"); ba[0] = 65; ba.append(68); ba.extend(b"EF"); ba += b"!"; del ba[1]; print(ba, ba.pop(), ba, ba.decode(), bytes(ba), list(ba[:2]))
print(b"a" in b"abc", 97 in b"abc", b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"A".lower(), b" x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]))
print(b"abc".startswith(b"a"), b"abc".isalpha(), b"123".isdigit(), b"Hello".swapcase(), b"hi".center(6, b"*"), b"x".zfill(3), b"tab\there".expandtabs(4))
print(repr(b"\n\r\t\\'\""), repr(bytearray(b"\x00")), str(b"x"), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print("é".encode("utf-8", "strict"), "€".encode("ascii", "replace"), "€".encode("ascii", "ignore"), "€".encode("ascii", "xmlcharrefreplace"), "€".encode("ascii", "backslashreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
try:
    "ab€".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason)
m = memoryview(b"abcdef"); print(m[1], bytes(m[1:3]), len(m), m.tobytes(), m.readonly)
print(int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(4, "little"), (-5).to_bytes(1, "big", signed=True), int.from_bytes(bytes([1, 2, 3]), "big"))
for f in (lambda: b"a" + "b", lambda: bytes([300]), lambda: b"abc"[5], lambda: bytearray(b"a").pop(5), lambda: b"x".decode("nope"), lambda: (256).to_bytes(1, "big"), lambda: bytes.fromhex("zz")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
import struct
print(struct.pack("<IHb", 1, 2, -3), struct.unpack(">hh", b"\x00\x01\xff\xff"), struct.calcsize("iid"), struct.pack("3s", b"abcdef"))
print(list(b"ab"), [hex(x) for x in b"\x00\x10"], bytes(range(5)), b"%x" % 255, b"%c" % 65, b"abc".translate(None, b"b"), bytes.maketrans(b"a", b"b"))
print(b"a b  c".split(None, 1), b"abc".partition(b"b"), b"AbC".title(), b"  ".isspace(), b"".join([]), bytearray(3), bytearray("é", "utf-8"))
