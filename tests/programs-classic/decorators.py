# Decorators: with and without arguments, functools.wraps, lru_cache, class decorators, stacking.
import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"{func.__name__}({shown}) -> {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@trace
def add(a, b=10):
    """Add two numbers."""
    return a + b


add(1)
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))


@repeat(3)
def hello(name):
    return f"hi {name}"


print(hello("ann"), hello.__name__)


@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


def count_calls(cls):
    original = cls.__init__
    cls.instances = 0

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


@count_calls
class Widget:
    def __init__(self, name):
        self.name = name


ws = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in ws])


def memo_method(method):
    cache = {}

    @functools.wraps(method)
    def wrapper(self, n):
        key = (id(self), n)
        if key not in cache:
            cache[key] = method(self, n)
        return cache[key]
    wrapper.cache = cache
    return wrapper


class Collatz:
    @memo_method
    def length(self, n):
        return 1 if n == 1 else 1 + self.length(n // 2 if n % 2 == 0 else 3 * n + 1)


c = Collatz()
best = max(range(1, 3000), key=c.length)
print(best, c.length(best), len(Collatz.length.cache) > 3000)


@trace
@repeat(2)
def square(x):
    return x * x


square(7)
p = functools.partial(add.__wrapped__, b=100)
print(p(1), p.func.__name__, p.keywords)
print(functools.reduce(lambda acc, x: acc * x, range(1, 11)))


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2.0") <= Version("1.0"))
print(sorted(["b10", "a2", "b9", "a10"], key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
