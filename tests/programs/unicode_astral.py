# Strings as code points, including characters beyond the BMP.
s = "a😀b𝄞c🎉ü€"
print(s, len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(s[1], s[3], s[-2], s[1:4], s[::-1], s[::2], s[::-3])
print(s.find("𝄞"), s.index("c"), s.count("😀"), "🎉" in s, s.replace("😀", ":)"))
print(chr(0x1F600), chr(0x10FFFF) == "\U0010ffff", "\N{GRINNING FACE}", "\u00e9", "\U0001F40D")
print(repr("😀\x00\t\n\u200b\U0010ffff"), ascii("😀é"), "😀".encode("utf-8"), len("😀".encode()))
print(sorted(["😀", "z", "é", "𝄞", "A", "\uffff"]), max("a😀\uffff"), min("😀é"))
print("😀" < "\uffff", "\U00010000" > "\ufffd", "é".upper(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
parts = "x😀y😀z".split("😀")
print(parts, "😀".join(parts), "😀😀".center(6, "*"), "😀".rjust(4, "𝄞"))
print(f"{'😀':>5}|{'é':^5}|{'𝄞':*<4}", "%5s|" % "😀", "{:-^7}".format("🎉"))
print([c for c in "a😀b" if c.isalpha()], "😀".isprintable(), "𝟘𝟙".isdigit(), "Ⅻ".isnumeric(), int("١٢٣"))
print(bytes([240, 159, 152, 128]).decode("utf-8"), "naïve".encode("latin-1"), "Ünïcödé".casefold())
t = ""
for cp in range(0x1F600, 0x1F610):
    t += chr(cp)
print(t, len(t), t[5:9], t.find(chr(0x1F605)))
print(list(enumerate("😀é"))[:2], list(zip("𝄞😀", "ab")), list(reversed("a😀")))
