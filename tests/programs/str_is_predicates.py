# isdigit/isalpha/isalnum/isspace/isdecimal/isnumeric/isascii/isprintable on every Latin-1 code
# point (pyx answers Latin-1 strs from tables), on mixed and empty strs, and on wider text.
names = ["isdigit", "isalpha", "isalnum", "isspace", "isdecimal", "isnumeric", "isascii", "isprintable"]
for c in range(256):
    ch = chr(c)
    print(c, "".join("1" if getattr(ch, n)() else "0" for n in names))
for t in ["", "abc", "ABC123", "123", "\xb2\xb3\xb9", "\xbc\xbd", "caf\xe9", " \t\n\x85\xa0", "a b", "\xad",
          "\u0661\u0662", "\u2164", "\u20ac", "\U0001d7d8", "\U0001f600", "\u3000", "x\u0300"]:
    print(ascii(t), [getattr(t, n)() for n in names])


class S(str):
    pass


print(S("42").isdigit(), S("").isascii(), S("\xe9").isalpha())
