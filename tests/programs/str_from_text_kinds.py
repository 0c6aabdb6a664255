# strs that pyx builds from text it formatted (str.format, %, repr, str() of containers,
# join of formatted parts) around the 24-character mark where it copies ASCII natively: ASCII,
# Latin-1 beyond ASCII, BMP and astral endings. Each must equal (and hash like) the literal.
tails = ["", "\xe9", "\xff", "\x80", "\u20ac", "\U0001f600", "\udcff"]
count = 0
for n in (20, 22, 23, 24, 25, 31, 64, 200):
    for tail in tails:
        body = ("abcdefghijklmnopqrstuvwxyz0123456789" * 6)[:n]
        a = "{}{}".format(body, tail)
        b = "%s%s" % (body, tail)
        c = f"{body:<{n}}{tail}"
        d = "".join([body[: n // 2], body[n // 2 :], tail])
        e = "{:>{w}}".format(body + tail, w=n + 3)
        lit = body + tail
        ok = a == lit and b == lit and c == lit and d == lit and e == "   " + lit
        same_hash = len({hash(a), hash(b), hash(c), hash(d), hash(lit)}) == 1
        table = {lit: n}
        count += table.get(a, 0) + table.get(b, 0) + table.get(c, 0) + table.get(d, 0)
        print(n, ascii(tail), ok, same_hash, len(a), ord(a[-1]), a.isascii(), e[-1] == (tail or body[-1]))
print(count)
print(repr("x" * 30 + "\xe9"), repr(["y" * 25, "\u20ac" * 3]), str({"k" * 24: 1.5}))
print(ascii("%-30s|" % "\xe9t\xe9"), ascii("{:*^40}".format("\U0001f600 ok")))
