# lambdas as values: sorting keys, dispatch tables, currying, recursion through a name.
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "pow": lambda a, b: a ** b}
for name in ops:
    print(name, ops[name](7, 3), ops[name](2, 10))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3), curry("x")("y")("z") if False else curry(9)(8)(7))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print([fact(n) for n in range(12)])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), list(map(compose(str, dbl), range(4))))
points = [(1, 5), (3, 2), (2, 8), (5, 1)]
print(sorted(points, key=lambda p: p[1]), max(points, key=lambda p: p[0] * p[1]), list(filter(lambda p: p[0] > 1, points)))
print((lambda *args: sum(args))(1, 2, 3), (lambda x, *, y=2: x ** y)(5), (lambda x=[]: x)() == [])
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print([adders[k](10) for k in adders])
print((lambda: None)(), (lambda s: s[::-1])("lambda"), type(lambda: 0).__name__)
