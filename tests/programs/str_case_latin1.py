# upper()/lower() of every Latin-1 code point (pyx maps them through tables on the heap,
# except upper() of '\xb5', '\xdf' and '\xff', whose upper case is not one Latin-1 letter),
# of mixed text, and of wider text.
for c in range(256):
    ch = chr(c)
    print(c, ascii(ch.upper()), ascii(ch.lower()), len(ch.upper()))
texts = ["Hello, World!", "Caf\xe9 CR\xc8ME br\xfbl\xe9e \xd7\xf7", "stra\xdfe", "\xb5m \xff", "\xc0\xde\xe0\xfe",
         "\u20ac uro \u0130i", "\U0001f600 smile SMILE", ""]
for t in texts:
    print(ascii(t.upper()), ascii(t.lower()), t.upper().lower() == t.lower(), t.lower() == t)
