# repr of self-referencing containers: [...] and {...}.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["me"] = d
print(d)
nested = [a, d, (a,)]
print(nested)
s = [[]]
s[0].append(s)
print(s, str(s), repr(s) == str(s))
