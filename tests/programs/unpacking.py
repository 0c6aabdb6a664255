# Unpacking: starred targets, nested targets, swaps, in for loops.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), (c, *d) = [(1, 2), (3, 4, 5)]
print(a, b, c, d)
[x, [y, z]] = [10, [20, 30]]
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
x = y = z = 0
x += 1
print(x, y, z)
p = [1, 2, 3]
p[0], p[2] = p[2], p[0]
print(p)
i = 0
i, p[i] = 1, 99
print(i, p)
print(*[1, 2], *(3, 4), *range(2))
print([*"ab", *[1, 2]], (*range(3),), {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
head, *_ = "first second third".split()
print(head, _)
m = [[1, 2], [3, 4]]
(a, b), (c, d) = m
print(a * d - b * c)
