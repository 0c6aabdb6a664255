# str.encode over each storage kind (pyx copies ASCII text on the heap for the UTF-8, ASCII and
# Latin-1 spellings) and the errors of the other cases.
class S(str):
    pass


texts = ["", "plain ascii", "\x00\x7f", "caf\xe9", "\u20ac", "\U0001f600", "a\udcffb", S("sub")]
for t in texts:
    row = []
    for enc, err in [(None, None), ("utf-8", None), ("utf8", "strict"), ("ascii", "replace"), ("latin-1", "ignore"),
                     ("UTF-8", "bogus-handler"), ("ascii", None), ("utf-8", "surrogateescape")]:
        try:
            b = t.encode() if enc is None else t.encode(enc) if err is None else t.encode(enc, err)
            row.append((type(b).__name__, b))
        except (UnicodeEncodeError, LookupError) as e:
            row.append(type(e).__name__)
    print(ascii(row))
print(sum(len(str(i).encode()) for i in range(3000)), "x".encode() == b"x", "abc".encode().decode() == "abc")
