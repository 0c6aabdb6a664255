# Class machinery corners: __init_subclass__, __set_name__, descriptors, metaclasses
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)

class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.name} of {type(obj).__name__}"

class C:
    x = Named()
    y = Named()
print(C.x.name, C.x.owner, C().y)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.private = "_" + name
    def __get__(self, obj, cls=None):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)

class P:
    n = Typed(int)
    def __init__(self, n): self.n = n
p = P(3)
print(p.n, p.__dict__)
try:
    p.n = "x"
except TypeError as e:
    print("TypeError:", e)
del p.n
print(p.__dict__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

class M(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
print(M, M.made_by, M.kw, M.prepared, M(5).v, type(M).__name__)
print(isinstance(M, Meta), type(type), type(object), object.__bases__, type.__mro__)

class G:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()
g = G()
print(g.hello, getattr(g, "x", 0), hasattr(g, "_y"))

class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
ga = GA(); ga.z = 1
print(ga.magic, ga.z)
try:
    ga.missing
except AttributeError as e:
    print(e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])

class S1:
    def who(self): return "S1"
class S2(S1):
    def who(self): return "S2>" + super().who()
class S3(S2):
    def who(self): return "S3>" + super(S2, self).who()
print(S3().who(), S3.__mro__)

class Diamond:
    pass
class L(Diamond): pass
class R(Diamond): pass
class D(L, R): pass
print([c.__name__ for c in D.__mro__], D.mro() == list(D.__mro__))
try:
    class Bad(L, D): pass
except TypeError as e:
    print(e)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
print(Slotted.__slots__, hasattr(s, "__dict__"))

class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("del v")
pp = Prop(); pp.v = 4; print(pp.v, Prop.v.__doc__); del pp.v
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print(e)

class SM:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return cls.__name__, x
print(SM.s(2), SM().s(3), SM.c(1), SM().c(2))

print(C.__name__, C.__qualname__, C.__module__, type(C.__dict__).__name__)
def f(): 
    class Inner: pass
    return Inner
print(f().__qualname__, repr(f())[:30])
class WithDoc:
    "doc here"
print(WithDoc.__doc__)
print(type("Dyn", (object,), {"a": 1})().a, type("Dyn", (), {}).__mro__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq.__hash__)
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
class Cmp:
    def __lt__(self, o): return "lt called"
print(Cmp() < Cmp(), Cmp() > Cmp())
try:
    Cmp() <= Cmp()
except TypeError as e:
    print(e)
