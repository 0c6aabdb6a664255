del x
del x, y
del a.b, c[0], d[1:2]
del (a), [b]
del (e, f)
