# The TypeErrors and ValueErrors beginners' programs hit most, caught and printed
def show(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s, t, d, l, n = "abc", (1, 2), {"a": 1}, [1, 2], None
def s_set(): s[0] = "x"
def t_set(): t[0] = 5
def t_del(): del t[0]
def s_del(): del s[0]
show(s_set); show(t_set); show(t_del); show(s_del)
show(lambda: len(x for x in []))
show(lambda: list(n))
show(lambda: [*n])
def unpack_int(): a, b = 5
show(unpack_int)
def unpack_none(): a, b = None
show(unpack_none)
show(lambda: 1 in 5)
show(lambda: "a" in [1] and "a" in 3)
show(lambda: int([1]))
show(lambda: float([1]))
show(lambda: l["a"])
show(lambda: l[1.0])
show(lambda: s["a"])
show(lambda: t["x"])
show(lambda: d())
show(lambda: s())
show(lambda: n())
five = 5
show(lambda: five())
show(lambda: l.foo)
show(lambda: n.foo)
show(lambda: s.append("x"))
show(lambda: d.append(1))
st = {1, 2}
show(lambda: st[0])
show(lambda: d[[1]])
show(lambda: d.keys()[0])
gen = (x for x in l)
show(lambda: gen[0])
show(lambda: range(3)[5])
show(lambda: "%d" % [1])
show(lambda: "abc" - "a")
show(lambda: [1] - [1])
show(lambda: {1} + {2})
show(lambda: d + d)
show(lambda: None + 1)
show(lambda: 1 + None)
show(lambda: "x" * -1)
show(lambda: 2 ** "x")
show(lambda: -None)
show(lambda: l < 5)
show(lambda: d < d)
show(lambda: sorted([None, 1]))
show(lambda: sorted([{}, {}]))
show(lambda: max(1, "a"))
show(lambda: int("3.5"))
show(lambda: int(""))
show(lambda: int("1e3"))
show(lambda: float("1,5"))
show(lambda: float(""))
show(lambda: int("١٢٣"))
show(lambda: str.upper(5))
show(lambda: "abc".split(None, "x"))
show(lambda: l.sort(key=5))
show(lambda: sorted(l, key=len))
show(lambda: list(map(int, ["1", "x"])))
show(lambda: dict(a=1)["b"])
show(lambda: {}.popitem())
show(lambda: [].remove(1))
show(lambda: l.index(5, 0, 1))
show(lambda: "abc".index("d", 1))
show(lambda: t.index(9))
show(lambda: next(iter(d.values())) + "x")
show(lambda: open(5.5))
show(lambda: round(1.5, "x"))
show(lambda: abs(None))
show(lambda: len(None))
show(lambda: len(5.0))
show(lambda: sum(["a"]))
show(lambda: sum([1, "a"]))
show(lambda: [1, 2, 3][1:2:0])
show(lambda: chr("a"))
show(lambda: ord(5))
show(lambda: hex(1.5))
show(lambda: bin("1"))
show(lambda: list(range("3")))
show(lambda: enumerate([], "x"))
show(lambda: isinstance(1, "int"))
show(lambda: issubclass(int, 5))
show(lambda: getattr(l, 5))
show(lambda: hasattr(l, None))
show(lambda: iter(None))
show(lambda: [x for x in 5])
show(lambda: {k: v for k, v in [1, 2]})
show(lambda: dict([(1,)]))
show(lambda: dict(["ab", "cde"]))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: "x".join(["a", 1]))
show(lambda: "%s %s" % "a")
show(lambda: "{} {}".format(1))
show(lambda: "{0} {}".format(1, 2))
show(lambda: "{:d}".format("x"))
show(lambda: "{:.2f}".format("x"))
show(lambda: f"{'x':d}")
show(lambda: f"{5:s}")
show(lambda: format(5, "z"))
show(lambda: divmod("a", 1))
show(lambda: complex(1, "x"))
show(lambda: 10 ** 10000 * 1.5)
show(lambda: float(10 ** 400))
show(lambda: int("9" * 5000))
show(lambda: str(10 ** 5000))
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 10 ** -1000 if False else (10.0 ** 1000))
show(lambda: math_missing())
class A:
    def method(self): pass
show(lambda: A.method())
show(lambda: A().method(1))
show(lambda: A(1))
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: A()[0])
show(lambda: A() + 1)
show(lambda: len(A()))
show(lambda: iter(A()))
show(lambda: A()())
show(lambda: -A())
show(lambda: A() < A())
show(lambda: int(A()))
show(lambda: float(A()))
show(lambda: abs(A()))
class B:
    def __init__(self, x): self.x = x
show(lambda: B())
show(lambda: B(1, 2))
show(lambda: B(y=1))
show(lambda: object(1))
class C:
    def __len__(self): return -1
show(lambda: len(C()))
class D:
    def __len__(self): return "x"
show(lambda: len(D()))
class E:
    def __bool__(self): return 1
show(lambda: bool(E()))
class F:
    def __iter__(self): return 5
show(lambda: iter(F()))
class F2:
    def __iter__(self): return [1]
show(lambda: iter(F2()))
class F3:
    def __iter__(self): return iter([1, 2])
show(lambda: list(F3()))
class F4:
    def __iter__(self): return (i for i in range(2))
show(lambda: list(F4()))
show(lambda: [x for x in F()])
class G:
    def __str__(self): return 5
show(lambda: str(G()))
class H:
    def __repr__(self): return None
show(lambda: repr(H()))
class I:
    def __hash__(self): return "x"
show(lambda: hash(I()))
class J:
    def __index__(self): return 1.5
show(lambda: [1][J()])
class V:
    def __init__(self, x): self.x = x
    def __pow__(self, k, mod=None):
        print("pow args", k, mod)
        return V(pow(self.x, k, mod))
    def __rpow__(self, o, mod=None):
        print("rpow", o, mod); return 0
    def __repr__(self): return f"V({self.x})"
print(V(3) ** 2)
print(pow(V(3), 2))
print(pow(V(3), 2, 5))
print(2 ** V(3))
print(pow(2, V(3)))
import operator
for f in (lambda: operator.mul([], 2.0), lambda: [] * 2.0, lambda: 2.0 * [], lambda: "a" * 2.0, lambda: (1,) * 1.5):
    try: f()
    except TypeError as e: print(e)
l = []
try:
    l *= 2.0
except TypeError as e: print(e)
for f in (lambda: None * "a", lambda: {} * [], lambda: "a" * "b", lambda: [1] * [2], lambda: b"a" * 2.0, lambda: 2.5 * b"a", lambda: bytearray(b"a") * 1.5, lambda: "a" * 1j, lambda: 1j * (1,), lambda: "ab" * 2, lambda: 3 * [0], lambda: True * "x"):
    try: print(f())
    except TypeError as e: print(e)
t = (1,)
try:
    t *= 1.5
except TypeError as e: print(e)
s = "a"
try:
    s *= None
except TypeError as e: print(e)
for f in (lambda: ",".join(5), lambda: ",".join(None), lambda: ",".join(x for x in "ab"), lambda: "-".join({"a": 1}), lambda: "".join(["a", 2]), lambda: " ".join(("x", "y")), lambda: "".join(map(str, range(3)))):
    try: print(f())
    except TypeError as e: print(e)
