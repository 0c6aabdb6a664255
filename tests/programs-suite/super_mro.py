# super() in odd places, cooperative multiple inheritance, MRO errors, __init_subclass__, __class__ cell, class creation
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def who(self): return ["A"]
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
    @staticmethod
    def st(): return "A.st"
    def __repr__(self): return f"<{type(self).__name__}>"
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def make(cls): return "B+" + super().make()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
    def st_via_super(self): return super().st()
print(D().who(), [k.__name__ for k in D.__mro__], D.make(), D().st_via_super(), super(B, D()).who(), super(C, D()).who())
print(super(D, D()).make(), B.make(), super(A, D()).__repr__()[:17])
class Base:
    def __init__(self, **kw):
        self.base_kw = kw
class Left(Base):
    def __init__(self, left=0, **kw):
        self.left = left; super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        self.right = right; super().__init__(**kw)
class Both(Left, Right):
    pass
o = Both(left=1, right=2, extra=3); print(o.left, o.right, o.base_kw)
show(lambda: type("X", (A, B), {}))
class X: pass
class Y(X): pass
show(lambda: type("Z", (X, Y), {}))
show(lambda: type("W", (int, str), {}))
class Registry:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.subs.append((cls.__name__, tag))
class R1(Registry, tag="one"): pass
class R2(R1): pass
print(Registry.subs)
show(lambda: type("R3", (Registry,), {}, bad=1))
class Cell:
    def get_class(self): return __class__
    def get_super_cls(self): return super().__thisclass__ if hasattr(super(), "__thisclass__") else "n/a"
print(Cell().get_class().__name__)
class SubCell(Cell): pass
print(SubCell().get_class().__name__)
def outside(self): return super().who()
class E(A):
    pass
class F(A):
    def who(self):
        def helper(): return super().who()
        return helper
show(lambda: F().who()())
class G(A):
    def who(self):
        return [x for x in super().who()] + ["G"]
print(G().who())
class H(A):
    def gen(self):
        yield from super().who()
print(list(H().gen()))
class Ctor:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, *args): self.inited = True
c = Ctor(1, 2); print(c.args, c.inited)
class Odd:
    def __new__(cls): return 42
print(Odd(), type(Odd()))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
w = WithMeta(5); print(w.v, WithMeta.made_by, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Sub(WithMeta): pass
print(Sub.made_by, type(Sub).__name__, Sub(1).v)
print(D.__bases__, D.__base__, issubclass(D, (C, int)), D.mro() == list(D.__mro__))
