# repr() of strs: the quote CPython picks (' unless the text has ' and no "), escapes of
# quotes, backslashes, control and non-printable characters, every storage kind; pyx returns
# printable ASCII without quotes or backslashes directly.
cases = ["", "plain words here", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
         "nl\n", "\x00\x1f\x7f", "~ !#$%&()*+,-./09:;<=>?@AZ[]^_`az{|}", "'", '"', "\\", "'\"",
         "caf\xe9", "\xa0\xad\x85", "\u20ac\u2028", "\U0001f600", "\udcff", "x" * 100 + "'"]
for c in cases:
    r = repr(c)
    print(r, len(r), eval(r) == c)
print(repr(cases), f"{cases[2]!r} {cases[3]!r}", "%r" % cases[4], str([cases[5], cases[1]]))
