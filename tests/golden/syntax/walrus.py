if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
values = [y := f(x), y ** 2]
filtered = [z for x in data if (z := g(x)) is not None]
print(total := 5)
f(a=(b := 1))
