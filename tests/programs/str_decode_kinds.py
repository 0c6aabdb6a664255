# str methods that read their receiver as text, on each storage kind: ASCII, Latin-1 (bytes
# 0x80-0xff, including the C1 controls that Windows-1252 would remap), BMP, lone surrogates
# (surrogateescape) and astral code points; also fresh strs decoded in a loop long enough for
# collections to reuse their addresses (pyx caches decoded text by address).
samples = [
    "plain ascii text",
    "caf\xe9 na\xefve \x85\x80\x9f\xa0\xff end",
    "\u0100\u20ac euro \u4e2d\u6587 \ufffd",
    b"bad \xff\xfe bytes".decode("utf-8", "surrogateescape"),
    "\ud800 lone \udfff",
    "clef \U0001d11e emoji \U0001f600 \U0010ffff",
    "",
]
for s in samples:
    print(ascii(s), len(s))
    print(" ", s.startswith(s[:3]), s.endswith(s[-2:]), s.find(s[4:6]), s.rfind(s[-1:] or "x"))
    print(" ", ascii(s.strip(s[:1] or " ")), ascii(s.center(len(s) + 4, "\u00b7")), s.count(s[1:2] or "q"))
    print(" ", ascii(s.title()), ascii(s.swapcase()), s.isprintable(), s.isascii())
    print(" ", ascii(f"[{s:>20}|{s:^7.3}]"), ascii("{0!r:<8}".format(s)), ascii(repr(s)))
    print(" ", ascii(s.encode("utf-8", "backslashreplace")), ascii(s.partition(" ")))
    print(" ", (s[2:5] in s), ascii(s.removeprefix(s[:2])), ascii(s.zfill(len(s) + 2)))

# Fresh strs each round: every one is made, decoded (find/startswith/format/dict key) and
# dropped, so later rounds get recycled addresses with different contents.
total = 0
seen = {}
for r in range(3000):
    a = "k\xe9y" + str(r)
    b = "\u20ac" + str(r * 7)
    c = "\U0001f600" + str(r % 13)
    total += a.find(str(r)) + b.find("7") + c.find(str(r % 13))
    total += a.startswith("k\xe9y1") + b.endswith("0") + c.startswith("\U0001f6001")
    key = f"{a}:{b}:{c}"
    seen[key[-6:]] = seen.get(key[-6:], 0) + 1
    junk = [str(i) * 50 for i in range(250)]  # ~40 KB a round: pyx collects (32 MiB trigger)
print(total, len(seen), sorted(seen.items())[:3], sorted(seen.items())[-3:])
