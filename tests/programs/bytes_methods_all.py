# bytes methods: case, classes, search, split/join, strip, pad, replace, partition, hex.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(b""), b.startswith((b"x", b"  H")), b.endswith(b"  "))
print(b"a,b,,c".split(b","), b"a b  c".split(), b" a b ".rsplit(None, 1), b"x\ny\r\nz".splitlines(), b"x\ny\r\n".splitlines(True))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"abc".partition(b"b"), b"abcb".rpartition(b"b"), b"nope".partition(b"x"))
print(b"ab".center(8, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-12".zfill(6), b"a\tb".expandtabs(4))
print(b"aaa".replace(b"a", b"bb", 2), b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"))
print(b"abc1".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"Title Case".istitle(), b"UP".isupper(), b"low".islower(), b"\x80".isascii())
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad".hex(":"), b"\x01\x02\x03\x04".hex("-", 2), bytes.fromhex("41 42 43"), bytearray.fromhex("ff00"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), len(t))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"bad\xff".decode("utf-8", "replace"), b"bad\xff".decode("utf-8", "ignore"), b"x\xffy".decode("ascii", "backslashreplace"))
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
