# strip/lstrip/rstrip and split() with no separator over every storage kind: Latin-1
# whitespace (\x1c-\x1f, \x85, \xa0 count, \x80 and \xad do not), given chars (also wider than
# the text, empty, repeated), identity of unchanged results, wider receivers, argument errors.
texts = ["  hello world  ", "\t\n\x0b\x0c\r x \x1c\x1d\x1e\x1f", "\x85\xa0caf\xe9\xa0\x85", "\x80a\xad",
         "", "   ", "a", " a ", "no-space", "one  two\tthree\nfour\x85five\xa0six  ",
         "\u3000wide\u2000text\u3000", " \U0001f600 astral \U0001f600 ", "xxhixx", "\xe9\xe9ok\xe9"]
charsets = [None, "x", "xh", "\xe9", "\xe9k\u20ac", "", " \xa0", "\U0001f600 "]
for t in texts:
    row = [t.split(), len(t.split())]
    for c in charsets:
        row += [t.strip(c), t.lstrip(c), t.rstrip(c)]
    print(ascii(row))
s = "unchanged"
print(s.strip() is s, s.lstrip("x") is s, s.rstrip(None) is s, s.split()[0] is s, "a b".split()[1] == "b")
for bad in [1, b"x", ["x"]]:
    for m in ("strip", "lstrip", "rstrip"):
        try:
            getattr("abc", m)(bad)
        except TypeError as e:
            print(m, e)
words = 0
line = "  alpha  beta\tgamma \x85delta\xa0 epsilon  " * 3
for i in range(3000):
    words += len(line.split()) + len(line.strip()) + len(line.lstrip(" a")) + len(line[i % 9:].rstrip())
print(words)
