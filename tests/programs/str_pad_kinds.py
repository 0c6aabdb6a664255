# center/ljust/rjust/zfill over every storage kind and fill kind (pyx pads Latin-1 text with a
# Latin-1 fill on the heap): CPython's odd-margin rule for center, signs in zfill, unchanged
# results, str subclasses, argument errors and their order.
class S(str):
    pass


texts = ["", "a", "ab", "abc", "-12", "+7", "-", "caf\xe9", "\u20ac1", "\U0001f600", S("sub")]
for t in texts:
    row = []
    for w in (-1, 0, 1, 2, 5, 6, 9):
        row += [t.center(w), t.center(w, "*"), t.ljust(w, "\xb7"), t.rjust(w, "\u2022"), t.center(w, "\U0001f4a9"), t.zfill(w)]
    print(ascii(row))
s = "same"
print(s.center(4) is s, s.ljust(2) is s, s.rjust(0, "x") is s, s.zfill(3) is s, type(S("q").center(1)) is str, type(S("q").center(5)) is str)
pair = chr(0xD83D) + chr(0xDE00)
for call in [lambda: "x".center(5, 1), lambda: "x".center(5, "ab"), lambda: "x".center(5, ""), lambda: "x".ljust("a", "ab"),
             lambda: "x".zfill("a"), lambda: "x".rjust(5, pair), lambda: "x".center(5, S("-")), lambda: "x".ljust(4, None)]:
    try:
        print(ascii(call()))
    except TypeError as e:
        print("TypeError", e)
print(sum(len(str(i).zfill(8)) + len(str(i).center(7, ".")) for i in range(-500, 500, 3)))
