# str/bytes repr and escapes: quotes, control characters, non-ASCII and non-printable code points, ascii(), encodings
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "\x00\x07\x1b\x7f", "\\", "é", "ß", "\u00a0", "\u200b", "\u2028", "\ud800", "😀", "\U0010ffff", "\x85", "\xad", "Ω≈ç√", "\u0301"]
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
for b in [b"", b"it's", b'"', b"'\"", b"\x00\xff", b"\t\n\r", b"\\", b"abc\x80"]:
    print(repr(b), len(b), b.hex())
print(str(b"bytes"), str("x".encode()), "%r" % "é", "%a" % "é", f"{'é'!a}", "{!a}".format(["ü"]), repr(["é", b"\xe9"]), ascii({"k": "ñ"}))
for enc in ["utf-8", "utf-16-le", "utf-16", "latin-1", "ascii", "utf-32-be"]:
    try:
        data = "aé€".encode(enc)
        print(enc, data, data.decode(enc))
    except UnicodeError as e:
        print(enc, type(e).__name__, e)
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(errors, "a€b😀".encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError", e)
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"a\xff\xfeb".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41\101\u0041", r"\n raw", len(r"\n"), "a" "b" 'c', """tri
ple""", '''x''')
print(chr(0x1F600).encode("utf-8"), "😀".encode("utf-16-be"), len("😀".encode("utf-16-le")), "😀"[0], "x😀y"[1:2], "😀" < "😁", ord(max("a😀b")))
show(lambda: b"\xff".decode())
show(lambda: "é".encode("ascii"))
show(lambda: b"\xc3".decode("utf-8"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: "\ud800".encode("utf-8"))
show(lambda: b"abc".decode("utf-16"))
print("Straße".upper(), "ǲ".lower(), "ﬃ".upper(), "İstanbul".lower(), "ΌΣΟΣ".lower(), "σς".upper(), "a\u0301".upper(), "ŉ".upper(), "ß".swapcase(), "Dž".swapcase())
