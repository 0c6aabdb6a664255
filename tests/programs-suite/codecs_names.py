# codecs: encode/decode by name (text codecs, rot13, hex, base64), lookup, BOMs, errors
import codecs
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode("abc", "ROT-13"))
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.encode("é", "latin-1"), codecs.decode(b"\xe9", "latin1"))
print(codecs.encode(b"\x01\xab", "hex"), codecs.decode(b"01ab", "hex"), codecs.decode("01ab", "hex") if False else "", codecs.encode(b"hi there", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.encode("x"), codecs.decode(b"x"), codecs.encode("€", "ascii", "replace"), codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.encode("€", encoding="ascii", errors="ignore"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, codecs.lookup("rot13").name, codecs.lookup("hex").name, codecs.lookup("US-ASCII").name)
print(codecs.getencoder("utf-8")("ab"), codecs.getdecoder("ascii")(b"xy"), codecs.lookup("utf-8").encode("é"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE, len(codecs.BOM_UTF32))
info = codecs.lookup("utf-8")
print(isinstance(info, tuple), info[0] is info.encode, len(info))
for f in (lambda: codecs.encode("x", "nope"), lambda: codecs.lookup("nope"), lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.encode(b"x", "latin-1"),
          lambda: codecs.decode("x", "utf-8"), lambda: codecs.decode(b"\xff", "utf-8"), lambda: codecs.encode("é", "ascii"), lambda: codecs.encode("abc", "hex"),
          lambda: codecs.decode(b"zz", "hex"), lambda: codecs.lookup(5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
