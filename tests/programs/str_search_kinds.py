# find/rfind/index/rindex/count, `in`, startswith/endswith over every storage kind (ASCII,
# Latin-1, BMP, astral, lone surrogates), with start/end clamping, empty needles, needles of a
# wider kind than the text, long texts (pyx scans those natively) and the argument errors.
texts = [
    "abracadabra",
    "caf\xe9 \xe9t\xe9 \xff\xfe\xff",
    "\u20ac10 \u20ac20 \u4e2d\u6587\u4e2d",
    "x\U0001f600y\U0001f600\U0001f601z",
    "a\ud83db\ude00c" + chr(0xD83D) + chr(0xDE00),  # ends with two surrogate code points (no pair)
    "",
    ("0123456789abcdef" * 6) + "needle" + ("-" * 70) + "needle!",
    ("\u0101" * 80) + "\u0100\u0101" + ("\u0102" * 5),
]
needles = [chr(0xD83D) + chr(0xDE00), "a", "abra", "", "\xe9", "\xe9t", "\u20ac", "\u4e2d", "\U0001f600", "\ud83d", "\ude00",
           "needle", "needle!", "\u0100\u0101", "zz", "\xff\xfe\xff", "\u0101\u0101\u0101"]
ranges = [(None, None), (1, None), (-5, None), (2, -2), (0, 3), (100, None), (-100, 4), (5, 2), (3, 3)]
for t in texts:
    out = []
    for n in needles:
        r = [t.find(n), t.rfind(n), t.count(n), n in t, t.startswith(n), t.endswith(n)]
        for s, e in ranges:
            r += [t.find(n, s, e), t.rfind(n, s, e), t.count(n, s, e), t.startswith(n, s, e), t.endswith(n, s, e)]
        out.append(str(r))
    print([ord(c) for c in t[:8]], len(t))
    for line in out:
        print(" ", line)
print("\ud83d" in "\U0001f600", "\U0001f600".find("\ude00"), "a\U0001f600".count("\ud83d"))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "bc", 1)), "abc".startswith(()))


class S(str):
    pass


print("abc".find(S("b")), S("abc").find("c"), S("abc").startswith(S("a")), S("b") in "abc",
      "abc".endswith((S("c"),)), S("abcabc").count(S("bc")), S("abc").rindex("a"))
for call in [lambda: "abc".index("z"), lambda: "abc".rindex("z", 1), lambda: "abc".find(1),
             lambda: "abc".count(None), lambda: "abc".rfind(b"a"), lambda: 1 in "abc",
             lambda: "abc".startswith(("x", 1)), lambda: "abc".endswith(1), lambda: "abc".startswith(["a"])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
words = ("the quick brown fox jumps over the lazy dog " * 3).split()
print(sum(w.startswith("th") + w.endswith("s") + ("o" in w) + w.find("o") + w.count("e") for w in words))
