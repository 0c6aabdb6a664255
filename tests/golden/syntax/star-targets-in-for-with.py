for *a, b in x:
    pass
for [a, *b] in x:
    pass
with f() as [a, b]:
    pass
with f() as (a, *b):
    pass
with f() as a.b, g() as c[0]:
    pass
