# def with every parameter kind and defaults, decorators, lambda, return.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a + b + c + d + e + len(args) + len(kw)

def twice(fn):
    return lambda *args: fn(fn(*args))

@twice
def inc(x):
    return x + 1

def g(*, key):
    pass

print(f(1, d=4), inc(1), (lambda: 0)(), g(key=1))
