# subclasses of builtin types: which operations keep the subclass, overridden dunders, constructors, repr
import types, numbers
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyStr(str):
    def shout(self): return self.upper() + "!"
class MyList(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return MyList(r) if isinstance(i, slice) else r
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower() if isinstance(k, str) else k, v)
class MyFloat(float):
    def __str__(self): return f"~{float(self):.1f}"
a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, type(-a).__name__, type(a * a).__name__, type(abs(a)).__name__, a == 5, hash(a) == hash(5), isinstance(a, int), str(a), f"{a}", f"{a!r}", "%d" % a, int(a).__class__.__name__)
s = MyStr("hey")
print(s.shout(), type(s.upper()).__name__, type(s + "x").__name__, type(s[0]).__name__, type(s * 2).__name__, s == "hey", {s: 1}["hey"], type(str(s)).__name__, type(s.strip()).__name__, repr(s), len(s))
l = MyList([3, 1, 2])
print(l[0], l[1:], type(l[1:]).__name__, type(l + [4]).__name__, type(l * 2).__name__, sorted(l), type(sorted(l)).__name__, l.copy(), type(l.copy()).__name__, l == [3, 1, 2], repr(l))
l.sort(); l.append(9); print(l, len(l), 9 in l, list(reversed(l)))
d = MyDict(); d["KEY"] = 1; d.update(Other=2); print(d, dict(d), type(d.copy()).__name__, "key" in d, d.get("key"), MyDict({"A": 1}))
f = MyFloat(2.25); print(f, repr(f), f + 1, type(f + 1).__name__, round(f, 1), type(round(f)).__name__, f"{f:.2f}", str(f), [f])
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3), type(Pos(3)).__name__, Pos(3) + Pos(4))
try: Pos(-1)
except ValueError as e: print("ValueError", e)
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Upper("abc"), Upper("x") + "y", len(Upper("ab")))
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
st = Stack().push(1).push(2); print(st, st.peek(), st.pop(), st, isinstance(st, list), Stack([1]) == [1])
class Vec(tuple):
    def __new__(cls, *xs): return super().__new__(cls, xs)
    def __add__(self, o): return Vec(*(x + y for x, y in zip(self, o)))
    def __repr__(self): return "Vec" + super().__repr__()
v = Vec(1, 2) + Vec(3, 4); print(v, len(v), v[0], Vec(), tuple(v), v == (4, 6), hash(v) == hash((4, 6)))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [2]; print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[2]))
mp = types.MappingProxyType({"k": 1}); print(mp["k"], len(mp), dict(mp), "k" in mp)
try: mp["k"] = 2
except TypeError as e: print("TypeError", e)
print(isinstance(1, numbers.Number), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Integral), isinstance(True, numbers.Number), isinstance("1", numbers.Number))
class Cnt(dict):
    def __missing__(self, k): return 0
c = Cnt(); c["a"] = c["a"] + 1; c["a"] += 1; print(c, c["zz"], len(c))
class Bits(int):
    def __and__(self, o): return Bits(int(self) & int(o))
    def __repr__(self): return f"Bits({bin(self)})"
print(Bits(12) & 10, 12 & Bits(10), type(Bits(12) | 1).__name__)
