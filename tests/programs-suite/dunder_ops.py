# Operator overloading: arithmetic/reflected/in-place dunders, comparisons, containers, conversions, subclasses of builtins
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        print("iadd"); self.x += o.x; self.y += o.y; return self
    def __call__(self, *a): return f"called with {a}"
    def __format__(self, spec): return f"<{spec}:{self.x},{self.y}>"
    def __index__(self): return self.x
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None): return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __lshift__(self, k): return V(self.x << k, self.y << k)
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __invert__(self): return "inv"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a @ b, -a, +a, abs(b), a == V(1, 2), a != b)
print(bool(V(0, 0)), len(a), a[1], list(a), 2 in a, 5 in a, a < b, sorted([b, a]), max(a, b))
c = a; c += b; print(c, a is c)
print(a(1, 2), format(a, "spec"), f"{a:xy}", f"{a}", [10, 20, 30][V(1, 0)], bin(V(5, 0)), hex(V(255, 0)))
print(a // 2, b / 2, b % 3, a ** 2, a << 1, a & b, 1 | a, ~a, {V(1, 2): 1}[V(1, 2)])
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
x, y = a; print(x, y)
print(sum([a, b], V(0, 0)), sum([a, b]) if False else None)
class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return "R()"
print(R(1), str(R(1)), [R(1)], f"{R(1)!s}")
class S:
    def __str__(self): return "S-str"
print(S(), [S()][0].__str__(), repr(S())[:10])
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return 42
    def __float__(self): return 1.5
    def __complex__(self): return 2j
    def __round__(self, n=None): return f"round {n}"
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
n = Num(0)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, o.v); return NotImplemented
print(Cmp(1) == Cmp(2), Cmp(1) != Cmp(1))
class Rev:
    def __eq__(self, o): return "Rev.eq"
    def __gt__(self, o): return "Rev.gt"
print(1 == Rev(), 1 < Rev(), Rev() > 1)
class Sub(int):
    def __add__(self, o): return "Sub.add"
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1, Sub(5) * 2, type(Sub(5) * 2).__name__, Sub(3), repr(Sub(3)), isinstance(Sub(1), int))
class MyList(list):
    def __getitem__(self, i): return "item" + str(list.__getitem__(self, i))
ml = MyList([1, 2, 3]); print(ml[0], ml, len(ml), list(ml), ml + [4], type(ml + [4]).__name__)
class MyDict(dict):
    def __missing__(self, k): return f"missing {k}"
md = MyDict(a=1); print(md["a"], md["zz"], md.get("zz"), md)
class MyStr(str):
    def shout(self): return self.upper() + "!"
ms = MyStr("hi"); print(ms.shout(), ms + "x", type(ms + "x").__name__, ms == "hi", len(ms), ms[0])
class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return False
with Ctx() as v: print(v)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i
print(list(reversed(Seq())), sorted(Seq(), reverse=True), 1 in Seq())
class Hashless:
    __hash__ = None
try:
    {Hashless()}
except TypeError as e:
    print(e)
class Init:
    def __new__(cls, *a):
        print("new", cls.__name__, a); return super().__new__(cls)
    def __init__(self, *a): print("init", a)
Init(1, 2)
class Del:
    def __repr__(self): return "Del"
print(NotImplemented, repr(NotImplemented), Ellipsis, ..., type(...).__name__)
print(bool(NotImplemented) if False else "skip")
