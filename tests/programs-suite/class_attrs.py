# class vs instance attributes, properties with setters/deleters, staticmethod/classmethod, __slots__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    count = 0
    items = []
    def __init__(self): C.count += 1; self.items.append(C.count)
    @property
    def p(self):
        "the p doc"
        return self._p if hasattr(self, "_p") else "unset"
    @p.setter
    def p(self, v):
        if v < 0: raise ValueError("negative")
        self._p = v
    @p.deleter
    def p(self):
        print("deleting"); del self._p
    ro = property(lambda self: 42)
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
a, b = C(), C()
print(C.count, a.count, a.items, b.items is C.items, a.p, C.p.__doc__, type(C.p).__name__, C.s(3), a.s(4), C.c(1), a.c(2))
a.p = 5; print(a.p, a.__dict__); del a.p; print(a.p)
show(lambda: setattr(a, "p", -1))
show(lambda: setattr(a, "ro", 1))
show(lambda: delattr(a, "ro"))
show(lambda: C.__dict__["c"](5))
print(C.__dict__["s"].__func__(7), type(C.__dict__["c"]).__name__, C.__dict__["c"].__func__.__name__, C.s.__name__, isinstance(C.__dict__["p"], property), C.p.fget.__name__, C.p.fset.__name__, C.ro.fset)
a.count = 100; print(a.count, C.count, b.count); del a.count; print(a.count)
show(lambda: delattr(a, "count"))
show(lambda: a.nope)
show(lambda: C.nope)
class D(C):
    count = "D"
    @C.p.getter
    def p(self): return "D.p"
d = D(); print(d.p, D.c(0), d.count, C.count, D.__mro__[1].__name__, D.__bases__, D.items is C.items)
d.p = 3; print(d._p, d.p)
class S:
    __slots__ = ("x", "y")
    z = 5
    def __init__(self): self.x = 1
s = S(); print(s.x, s.z, hasattr(s, "__dict__"), S.__slots__)
show(lambda: s.y)
show(lambda: setattr(s, "w", 1))
show(lambda: setattr(s, "z", 9))
s.y = 2; del s.x; show(lambda: s.x); print(s.y)
class S2(S):
    pass
s2 = S2(); s2.w = 3; print(s2.w, s2.__dict__["w"])
class S3:
    __slots__ = "only"
print(S3.__slots__, S3().__class__.__name__)
show(lambda: type("X", (), {"__slots__": ("a",), "a": 1}))
class S4:
    __slots__ = ("__dict__", "q")
s4 = S4(); s4.anything = 1; s4.q = 2; print(s4.__dict__["anything"], s4.q)
class WithProp:
    def _get(self): return "g"
    def _set(self, v): print("set", v)
    x = property(_get, _set, None, "xdoc")
w = WithProp(); w.x = 9; print(w.x, WithProp.x.__doc__)
show(lambda: delattr(w, "x"))
p = property(); show(lambda: p.__get__(1, int)); print(p.__get__(None, int) is p)
class Counter:
    n = 0
    def inc(self): self.n += 1; return self.n
c1 = Counter(); c1.inc(); c1.inc(); print(c1.n, Counter.n, c1.__dict__)
class Cls:
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(type(Cls.__dict__["cp"]).__name__)
class SM:
    sm = staticmethod(len)
    cm = classmethod(lambda cls: cls.__name__)
print(SM.sm("abc"), SM().sm([1]), SM.cm(), SM().cm(), repr(staticmethod(len))[:25], callable(staticmethod(len)))
print(C.s, a.s) if False else print(type(C.s).__name__, type(a.c).__name__, a.c.__self__ is C, C.c.__func__ is C.__dict__["c"].__func__)
