# Closures, nonlocal/global, late binding in loops, default-argument capture, and scoping rules.
counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count

    def reset():
        nonlocal count
        count = start

    increment.reset = reset
    return increment


a, b = make_counter(), make_counter(100, -10)
print([a() for _ in range(3)], [b() for _ in range(3)], counter_total)
a.reset()
print(a(), counter_total, a.__closure__ is not None, len(a.__code__.co_freevars) if hasattr(a, "__code__") else 2)

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]


print([m(10) for m in make_multipliers()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


def accumulate():
    items = []

    def add(x):
        items.append(x)
        return len(items)
    return add, items


add, items = accumulate()
add("a"); add("b")
print(items)
x = "global"


def shadow():
    x = "local"
    return [x for _ in range(1)], (lambda: x)()


print(shadow(), x)


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y


unbound()


def compose(*fns):
    def composed(v):
        for f in reversed(fns):
            v = f(v)
        return v
    return composed


inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def memoize(f):
    cache = {}

    def wrapped(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapped.cache = cache
    return wrapped


@memoize
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), len(ways.cache))
gen_closures = (lambda: k for k in "xyz")
print([g() for g in gen_closures])


class Scope:
    attr = 5
    doubled = [attr * 2]
    try:
        nested = [attr * n for n in range(2)]
    except NameError as e:
        nested = str(e)


print(Scope.doubled, Scope.nested)
total = 0
for n in range(5):
    total += n
print(n, total, [n for n in range(2)], n)
