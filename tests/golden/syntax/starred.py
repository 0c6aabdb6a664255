a, *b = items
*a, b = items
first, *middle, last = items
[*x] = y
f(*args, *more, **kw, **other)
print(*a, sep="")
lst = [*a, *b, 1]
st = {*a, *b}
tpl = *a, *b
for x in *a, *b:
    pass
