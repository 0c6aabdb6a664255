# Reprs of self-referential containers print [...] and {...}.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
nested = [[[[[1]]]], (((2,),),), {"x": {"y": [3]}}]
print(nested, repr(nested) == str(nested))
