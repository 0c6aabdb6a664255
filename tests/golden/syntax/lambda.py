f = lambda: 0
g = lambda x: x + 1
h = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
i = lambda a, /, b: a
j = lambda *, k: k
k = lambda *a, **k: None
nested = lambda x: lambda y: x + y
default = lambda x=lambda: 1: x()
