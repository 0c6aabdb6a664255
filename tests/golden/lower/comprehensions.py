# Comprehensions run in their own scope: the first iterable is evaluated outside, the
# others inside; conditions; nesting; walrus binds in the enclosing function.
xs = [1, 2, 3]
print([x * 2 for x in xs if x > 1])
print({x for x in xs}, {x: x * x for x in xs if x if x < 3})
print([(x, y) for x in xs for y in range(x)])

def f(n):
    total = [last := i for i in range(n)]
    return last, total, [[j for j in range(i)] for i in range(n)]

def g(k):
    return [k + i for i in range(3)]
