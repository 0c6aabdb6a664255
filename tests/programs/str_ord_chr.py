# ord() and chr() over the whole code point range: Latin-1 (cached characters), BMP, surrogates,
# astral; ord of strs that are two surrogate code points (not one astral character), errors.
print([ord(chr(i)) for i in (0, 65, 127, 128, 233, 255, 256, 0x20AC, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF)])
print(chr(97) is chr(97), chr(255) == "\xff", chr(0x20AC) == "\u20ac", chr(0x1F600) == "\U0001f600", len(chr(0x1F600)))
pair = chr(0xD83D) + chr(0xDE00)
print(len(pair), [ord(c) for c in pair], pair == "\U0001f600")
for bad in [pair, "", "ab", "\U0001f600x", 5, b"a", b"", b"ab", bytearray(b"z"), bytearray(), memoryview(b"a"), None]:
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError", e)
for bad in [-1, 0x110000, 2**40, -(2**70), 1.5, "a"]:
    try:
        print(chr(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(chr(True), ord(chr(False)))
h = 0
for i in range(0, 0x110000, 97):
    h = (h * 31 + ord(chr(i))) % 1000003
print(h)
text = "Hello, W\xf6rld! \u20ac \U0001f600"
print("".join(chr(ord(c) + 1) if c.isalpha() else c for c in text) == "Ifmmp, X\xf7sme! \u20ac \U0001f600")


class S(str):
    pass


class B(bytes):
    pass


class N:
    pass


print(ord(S("\xe9")), ord(B(b"\x01")))
try:
    ord(N())
except TypeError as e:
    print("TypeError", e)
