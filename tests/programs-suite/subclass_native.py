# subclasses of the native classes: deque, StringIO, BytesIO, random.Random (overridden random/getrandbits/seed), functools.partial; Counter/OrderedDict/defaultdict subclasses with __missing__ and overridden methods
import collections, io, random, functools, itertools
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D(collections.deque): pass
d = D([1, 2, 3], 4)
print(d, type(d).__name__, D.__mro__, D.__bases__, isinstance(d, collections.deque), issubclass(D, collections.deque))
print(issubclass(collections.deque, collections.deque), issubclass(int, collections.deque), isinstance([], collections.deque))
d.appendleft(0); d.rotate(1); print(d, len(d), d[0], d[-1], 3 in d, list(d), d == collections.deque([3, 0, 1, 2]), d.pop(), d.popleft())
d += [7, 8]; print(d, d * 2, bool(D()), d.maxlen, d.count(7), d.index(7))
d.extend(d); print(d)
del d[0]; d[0] = "z"; print(d, sorted(D([3, 1, 2])), D(range(3)) + collections.deque([9]))
show(lambda: D([1], 2, 3))
show(lambda: D(foo=1))
show(lambda: D().pop())
show(lambda: hash(D()))
class Stack(collections.deque):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); print(s.peek(), s)
class Q(collections.deque):
    def __init__(self, *items):
        super().__init__(items)
        self.hits = 0
    def __getitem__(self, i):
        self.hits += 1
        return super().__getitem__(i)
q = Q(5, 6, 7); print(q[1], q.hits, q, repr(q))
class Log(io.StringIO):
    def write(self, s):
        return super().write("> " + s)
lg = Log(); lg.write("a\n"); lg.writelines(["b\n", "c\n"]); print(lg.getvalue(), end=""); lg.seek(0); print(lg.readline(), end=""); print(list(lg))
with Log() as lg2: print("x", file=lg2); v = lg2.getvalue()
print(repr(v), lg2.closed, isinstance(lg2, io.StringIO), isinstance(lg2, io.BytesIO))
class B(io.BytesIO): pass
b = B(b"abc"); b.seek(0, 2); b.write(b"de"); print(b.getvalue(), b.tell(), isinstance(b, io.BytesIO))
class R(random.Random): pass
r = R(42); r0 = random.Random(42)
print([r.randint(1, 6) for _ in range(5)] == [r0.randint(1, 6) for _ in range(5)], r.choice("abc") == r0.choice("abc"), r.random() == r0.random(), r.getstate() == r0.getstate())
x = list(range(10)); y = list(range(10)); r.shuffle(x); r0.shuffle(y); print(x == y, r.sample(range(50), 3) == r0.sample(range(50), 3), r.gauss(0, 1) == r0.gauss(0, 1), r.uniform(1, 2) == r0.uniform(1, 2))
class Fixed(random.Random):
    def random(self): return 0.75
f = Fixed(0); print(f.random(), f.choice([10, 20, 30, 40]), f.randrange(100), f.randint(1, 8), f.uniform(0, 4))
xs = [1, 2, 3, 4]; f.shuffle(xs); print(xs)
class Bits(random.Random):
    def getrandbits(self, k): return 1
print(Bits(1).randrange(10), Bits(1).choice("xyz"))
class Seeded(random.Random):
    def __init__(self):
        super().__init__(123)
print(Seeded().random() == random.Random(123).random(), type(Seeded()).__mro__[1])
class P(functools.partial): pass
p = P(int, base=2); print(p("101"), p.func, p.args, p.keywords, repr(p), isinstance(p, functools.partial), callable(p))
import enum, copy
class C(collections.Counter):
    def __missing__(self, k): return -1
c = C("aab"); print(c, c["z"], c.most_common(1), isinstance(c, dict), type(c + c).__name__)
class C2(collections.Counter):
    def __init__(self, it, label):
        super().__init__(it)
        self.label = label
c2 = C2("xyx", "L"); print(c2, c2.label, repr(c2))
class O(collections.OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
o = O(); o["a"] = 1; o["b"] = 2; o["a"] = 3; print(o, list(o), repr(o))
o2 = O([("x", 1), ("y", 2)]); print(o2)
class LRU(collections.OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v
l = LRU(2); l["a"] = 1; l["b"] = 2; l["a"]; print(list(l), l.popitem(last=False), l.cap)
class DD(collections.defaultdict):
    def __missing__(self, key):
        v = self[key] = key * 2
        return v
dd = DD(int); print(dd[3], dd, dd.default_factory)
class DD2(collections.defaultdict):
    def __init__(self):
        super().__init__(list)
dd2 = DD2(); dd2["a"].append(1); print(dd2, repr(dd2), isinstance(dd2, dict))
class E(enum.Enum):
    A = 1
    B = 2
print(E.A, E(2), repr(E.B), list(E))
class CC(collections.Counter):
    pass
print(CC("ab") + CC("b"), repr(CC()))
class ChM(collections.ChainMap): pass
print(ChM({1: 2}), ChM({1:2})[1])
class UD(collections.UserDict): pass
print(UD(a=1))
class OD2(collections.OrderedDict): pass
x = OD2(a=1); x.update(b=2); print(x, x.copy(), type(x.copy()).__name__, OD2.fromkeys("ab"))
class DD3(collections.defaultdict): pass
d3 = DD3(list, a=[1]); print(d3, d3.copy(), type(d3.copy()).__name__)

print(copy.deepcopy(d3), copy.copy(x))
class R(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag
r = R(5, "t"); print(r.tag, r.random(), r.randint(1, 100), isinstance(r, random.Random))
print(random.Random(5).random())
class R2(random.Random):
    def random(self): return 0.5
r2 = R2(1); print(r2.random(), r2.choice([1, 2, 3, 4]), r2.uniform(0, 10))
class R3(random.Random):
    def seed(self, a=None, version=2):
        print("seed called", a)
        super().seed(a, version)
r3 = R3(7); print(r3.random() == random.Random(7).random())
class R4(random.Random): pass
r4 = R4(3); print(r4.random() == random.Random(3).random(), type(r4).__name__, r4.getstate() == random.Random(3).getstate())
class D(collections.deque):
    def __init__(self, items, name):
        super().__init__(items, maxlen=5)
        self.name = name
d = D([1, 2, 3], "dq"); d.append(4); print(d, d.name, d.maxlen, isinstance(d, collections.deque), len(d), list(reversed(d)))
class D2(collections.deque):
    def append(self, x):
        super().append(x * 10)
d2 = D2(); d2.append(1); d2.extend([2]); print(d2, repr(d2))
print(D2([1]) == collections.deque([1]), D2([1]).copy(), type(D2([1]).copy()).__name__)
class S(io.StringIO):
    def __init__(self, init, extra):
        super().__init__(init)
        self.extra = extra
s = S("hello\nworld", 1); print(s.read(), s.extra, isinstance(s, io.StringIO))
class S2(io.StringIO):
    def write(self, t):
        return super().write(t.upper())
s2 = S2(); print("abc", file=s2); s2.write("x"); print(repr(s2.getvalue()))

# deque operators use deque.copy/extend, not the overrides
import collections
class D(collections.deque):
    def extend(self, it):
        print("extend called")
        super().extend(it)
    def copy(self):
        print("copy called")
        return super().copy()
d = D([1, 2])
print(d + D([3]), d * 2, type(d + d).__name__)
d += [4]; print(d)
d.extend([5]); print(d, d.copy())
e = D([1]); e += e; print(e)
print(d == [1], d == collections.deque(d), collections.deque(d) == d, d != d)

# Random.sample/choices through an overridden random() or getrandbits()
import random
class Fixed(random.Random):
    def __init__(self):
        super().__init__(0)
        self.i = 0
    def random(self):
        self.i += 1
        return (self.i * 0.137) % 1.0
f = Fixed()
print(f.sample(range(10), 3), f.sample(range(100), 4), f.choices("abcde", k=4), f.choices("abc", [1, 2, 3], k=3), f.choices("abc", cum_weights=[1, 2, 3], k=2))
print(f.sample(["a", "b"], 2, counts=[2, 3]), f.randrange(0, 100, 7), f.shuffle(l := list(range(6))) or l)
class Bits(random.Random):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0
b = Bits(1)
print(b.sample(range(10), 2), b.choice("abcdef"), b.randrange(50))
class P(random.Random): pass
r = random.Random(7); p = P(7)
print(r.sample(range(100), 5) == p.sample(range(100), 5), r.choices(range(9), k=5) == p.choices(range(9), k=5))

# deque[int] and friends: GenericAlias of the native classes, subclassing through it and through typing.Deque
import collections, functools, itertools, io, random
class L(list[int]): pass
print(L([1]), L.__mro__, L.__orig_bases__)
print(collections.deque[int], functools.partial[str], itertools.chain[int], list[int], dict[str, collections.deque[int]])
for f in [lambda: io.StringIO[int], lambda: random.Random[int]]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Q(collections.deque[int]):
    pass
print(Q([3]), Q.__orig_bases__, isinstance(Q(), collections.deque))
def g(x: "collections.deque[int]", y: collections.deque[str] = None): return x
print(g.__annotations__["y"], collections.deque[int] == collections.deque[int], collections.deque[int].__origin__ is collections.deque)
import typing, collections
try:
    class Q(typing.Deque[int]): pass
    print(Q([1]), Q.__mro__[:2])
except Exception as e: print(type(e).__name__, e)
try:
    class Q2(collections.deque[int]): pass
    print(Q2([1]))
except Exception as e: print(type(e).__name__, e)
try:
    class R(typing.Generic[typing.TypeVar("T")], collections.deque): pass
    print(R([2]))
except Exception as e: print(type(e).__name__, e)
