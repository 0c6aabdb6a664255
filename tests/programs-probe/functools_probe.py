# functools: partial (repr, nesting, keywords), reduce, lru_cache/cache stats, cached_property,
# singledispatch(method), wraps, cmp_to_key, partialmethod.
import functools
from functools import partial, reduce, lru_cache, cache, cached_property, wraps, cmp_to_key, partialmethod, singledispatch, singledispatchmethod

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(sq(7), cube_mod(4), sq.func is power, sq.args, sq.keywords, repr(partial(power, 2))[:25])
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args, p2.func is power)
print(partial(int, base=2)('1011'), partial(sorted, key=len)(['ccc', 'a', 'bb']), list(map(partial(pow, 2), range(5))))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)

calls = []
@lru_cache(maxsize=3)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear(); print(slow.cache_info(), slow.__wrapped__(5), slow.__name__)

@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.cache_info().currsize)

@lru_cache(maxsize=None, typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)

class Data:
    def __init__(self, xs): self.xs = xs
    @cached_property
    def total(self):
        print('computing total')
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, 'total' in vars(d))
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def greet(name: str) -> str:
    """Say hello."""
    return f'hi {name}'
print(greet('bo'), greet.__name__, greet.__doc__, greet.__annotations__, greet.__wrapped__('x'), greet.__qualname__)

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)), sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: compare(a.lower(), b.lower())), reverse=True))
K = cmp_to_key(compare)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5))

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)

@singledispatch
def show(x): return f'object:{x!r}'
@show.register
def _(x: int): return f'int:{x}'
@show.register(list)
def _(x): return 'list:' + ','.join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x): return f'number:{x}'
print(show(1), show('s'), show([1, 'a', 2.5]), show(True), show(3j), show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg): return f'? {arg}'
    @fmt.register
    def _(self, arg: int): return f'int {arg:03d}'
    @fmt.register
    def _(self, arg: str): return f'str {arg.upper()}'
f = Formatter()
print(f.fmt(7), f.fmt('x'), f.fmt(2.5))
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4))
