# Function parameters: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6))
print(f(a=1, c=3, d=5, e=6, z=7))
print(f(*[1, 2, 3], **{"c": 9, "x": 10}))

def g(x, y, /, z, *, w):
    return x + y + z + w

print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))

def defaults(n, acc=[]):
    acc.append(n)
    return acc

print(defaults(1), defaults(2), defaults(3, []), defaults(4))

def varargs(*args):
    return len(args), args, sum(args)

print(varargs(), varargs(1), varargs(*range(5)), varargs(*"ab" if False else (7, 8)))

def kwonly(*, a=1, b):
    return a * b

print(kwonly(b=5), kwonly(a=2, b=5))

def show(**kw):
    return sorted(kw.items()), list(kw)

print(show(), show(z=1, a=2, m=3))

def unpack_all(a, b, c):
    return a * 100 + b * 10 + c

args = (1, 2)
print(unpack_all(*args, 3), unpack_all(3, *args), unpack_all(**{"c": 1, "a": 2, "b": 3}), unpack_all(1, *[2], **{"c": 3}))
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x, y=10: x * y)(3), (lambda: "no args")())
print(f.__name__, g.__name__, (lambda: 0).__name__)

def recurse_sum(first, *rest):
    return first if not rest else first + recurse_sum(*rest)

print(recurse_sum(1, 2, 3, 4, 5), recurse_sum("a", "b", "c"))
