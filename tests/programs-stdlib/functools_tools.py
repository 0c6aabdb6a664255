# functools: lru_cache/cache (cache_info, eviction order, typed, methods), partial (repr, flattening,
# keywords), cmp_to_key, wraps/update_wrapper, total_ordering, cached_property, reduce.
import functools
from functools import lru_cache, cache, partial, reduce, wraps, total_ordering, cmp_to_key, cached_property

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(calls, sq.cache_info())

@lru_cache
def plain(a, b=0):
    return a + b
print(plain(1), plain(1, b=0), plain(1, 0), plain(a=1), plain.cache_info())
print(plain.__name__, plain.__wrapped__(5), fib.__doc__)

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info())

class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return self.n == o.n
print(Grid(3).paths(10, 10), Grid.paths.cache_info().misses)
nocache = lru_cache(maxsize=0)(lambda x: x + 1)
print(nocache(1), nocache(1), nocache.cache_info())
info = fib.cache_info()
print(info.hits, info[1], info.maxsize, tuple(info), info == (0, 0, None, 0))

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), cube_mod(7, mod=1000), square.func is power, square.args, square.keywords)
p1 = partial(print, 1, sep="-")
p2 = partial(p1, 2, end="!\n")
p2(3)
print(p2.args, p2.keywords, p2.func is print)
print(repr(partial(max, 1, key=abs)))
basetwo = partial(int, base=2)
print(basetwo("10010"), list(map(partial(pow, 2), range(5))))

print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) <= k(2), k(3) > k(1), k(1) == k(1), k(1) >= k(5), k(4).obj)

def logged(f):
    @wraps(f)
    def inner(*args, **kwargs):
        "inner doc"
        return f(*args, **kwargs)
    return inner

@logged
def greet(name):
    "Say hello."
    return "hello " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__.__name__)
def other():
    pass
other.extra = 5
def target():
    pass
functools.update_wrapper(target, other)
print(target.__name__, target.extra, target.__wrapped__ is other)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b))

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Rev(1) < Rev(2), Rev(2) > Rev(1), Rev(1) <= Rev(1), Rev(3) < Rev(3))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 0
print(c.area)
print(reduce(lambda x, y: x * y, range(1, 8)), reduce(max, [3, 9, 2], 0), functools.WRAPPER_ASSIGNMENTS)
for bad in [lambda: partial(3), lambda: reduce(max, []), lambda: k(1) < 3]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
