# more argument errors: * and ** of the wrong type, nested functions, methods, dataclass/namedtuple constructors, builtins given bad arguments
import dataclasses, functools, collections, operator
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2): return a, b
show(lambda: f(*1))
show(lambda: f(**1))
show(lambda: f(*None))
show(lambda: f(**[1]))
show(lambda: f(1, **{"b": 1}, **{"b": 2}))
show(lambda: (lambda x: x)())
def outer():
    def inner(a): return a
    return inner
show(lambda: outer()())
show(lambda: outer()(1, 2))
class K:
    def m(self, a): return a
    @classmethod
    def c(cls, a): return a
    @staticmethod
    def s(a): return a
    def __call__(self, x): return x
show(lambda: K().m())
show(lambda: K.c())
show(lambda: K.s())
show(lambda: K()())
show(lambda: K()(1, 2))
show(lambda: K.m())
@dataclasses.dataclass
class DC:
    x: int
    y: int = 0
show(lambda: DC())
show(lambda: DC(1, 2, 3))
show(lambda: DC(1, z=2))
Pt = collections.namedtuple("Pt", "x y")
show(lambda: Pt(1))
show(lambda: Pt(1, 2, 3))
show(lambda: Pt(1, z=2))
show(lambda: Pt._make([1]))
p = functools.partial(f, 1, 2)
show(lambda: p(3))
show(lambda: f(a=1, a2=2))
def kw(*, x): return x
show(lambda: kw(**{"x": 1, "y": 2}))
show(lambda: kw(*[1]))
def va(a, *args, b): return a
show(lambda: va(1, 2, 3))
show(lambda: va())
def gen(a):
    yield a
show(lambda: gen())
async def co(a): return a
show(lambda: co())
show(lambda: print(1, sep=1))
show(lambda: print(1, end=2))
show(lambda: sorted([1], key=1))
show(lambda: sorted([2, 1], reverse="x"))
show(lambda: int("1", 2, 3))
show(lambda: int(base=2))
show(lambda: int("1", base=1))
show(lambda: str(b"a", "utf-8", "strict", 1))
show(lambda: dict([1]))
show(lambda: dict(1))
show(lambda: list.append([]))
show(lambda: list.append())
show(lambda: str.upper())
show(lambda: str.upper(1))
show(lambda: iter(1, 2, 3))
show(lambda: next(iter([]), 1, 2))
show(lambda: getattr(1))
show(lambda: getattr(1, 2))
show(lambda: setattr(1, "a", 2))
show(lambda: "".join([1]))
show(lambda: "{}".format())
show(lambda: "{0}{1}".format(1))
show(lambda: "{a}".format(b=1))
show(lambda: "%s %s" % (1,))
show(lambda: round(1.5, "a"))
show(lambda: range(1.5))
show(lambda: range("a"))
show(lambda: [].sort(key=1) )
show(lambda: [2, 1].sort(key=1))
show(lambda: max(1))
show(lambda: min([], default=1, key=len))
show(lambda: max(1, 2, default=3))
show(lambda: sum(["a"]))
show(lambda: sum([1], start="a"))
show(lambda: enumerate(1))
show(lambda: zip(1))
show(lambda: map(len, 1))
show(lambda: filter(None, 1))

# builtins that are types in CPython: their argument counts
for f in [lambda: filter(), lambda: filter(1,2,3), lambda: reversed(1,2), lambda: reversed(), lambda: map(), lambda: map(len), lambda: type(), lambda: super(1,2,3), lambda: list(map(len, ["ab"])), lambda: list(reversed([1,2])), lambda: type(1), lambda: list(filter(None, [0, 1]))]:
    try: print(f())
    except Exception as e: print(e)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f() + super(B, self).f()
print(B().f())
