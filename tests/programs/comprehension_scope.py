# Comprehensions have their own scope: loop variables do not leak; class-free scoping rules.
x = "global x"
squares = [x * x for x in range(5)]
print(squares, x)
i = 100
evens = {i for i in range(10) if i % 2 == 0}
print(sorted(evens), i)
d = {k: v for k, v in zip("abc", range(3))}
print(d)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [v for row in matrix for v in row if v % 2], [[row[c] for row in matrix] for c in range(3)])

def f():
    y = 10
    return [y + k for k in range(3)]
print(f())

def g():
    fs = [lambda: k for k in range(3)]
    return [h() for h in fs]
print(g())
n = 3
print([n * m for m in range(n)], [[n for n in range(2)] for _ in range(2)], n)
print([(a, b) for a in range(3) for b in range(a)], [a for a in range(20) if a % 2 if a % 3])
pairs = [(a, b) for a in "xy" for b in (1, 2)]
print(pairs, {a: b for a, b in pairs}, {b for a, b in pairs})
print([y := 5, y ** 2], y)
vals = [last := v for v in range(4)]
print(vals, last)
print([[c for c in w] for w in ["ab", "cd"]], dict([(c, ord(c)) for c in "hey"]))
total = 0
for v in [w * 2 for w in range(5)]:
    total += v
print(total, [v for v in range(3)] == list(range(3)))
