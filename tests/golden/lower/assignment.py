# Assignment forms: chained, unpacking (starred, nested), augmented, attribute/subscript
# targets, del.
a = b = 1
c, (d, *e), f = 1, (2, 3, 4), 5
g = [0, 0]
g[0] += 5
g[1] = a
a += 1
a **= 2
del a, g[0]
h = {}
h['k'] = [c, d, e, f]
