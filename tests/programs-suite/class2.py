# dataclasses, enum, abc, introspection (vars/dir/__dict__), __new__ tricks, __class__ assignment, instance/subclass checks
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import enum, abc
@dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Pt(1); print(p, p == Pt(1), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
print(Ver(1, 2) < Ver(1, 3), sorted([Ver(2), Ver(1, 5)]), hash(Ver(1)) == hash(Ver(1)))
try:
    Ver(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Pt()
except TypeError as e:
    print(e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color), Color.RED in Color)
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), {Color.RED: "r"}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), Perm.R & Perm.X, int(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W))
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), Num(2), str(Num.ONE), f"{Num.TWO}")
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value, [m.name for m in Auto])
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape): pass
try:
    Half()
except TypeError as e:
    print(e)
class Plain:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = [2]
    def m(self): pass
o = Plain()
print(vars(o), o.__dict__, sorted(k for k in Plain.__dict__ if not k.startswith("__")), "m" in dir(o), "a" in dir(o), "cls_attr" in dir(Plain))
o.__dict__["c"] = 3; print(o.c, getattr(o, "c"), hasattr(o, "zz"))
class Other:
    def m(self): return "other"
o2 = Plain(); o2.__class__ = Other; print(type(o2).__name__, o2.m(), isinstance(o2, Other))
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single(), id(Single()) == id(Single()))
class NotMine:
    def __new__(cls, v): return v * 2
    def __init__(self, v): print("never")
print(NotMine(21))
class Meta(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int)
    def __subclasscheck__(cls, sub): return sub is bool
class IntLike(metaclass=Meta): pass
print(isinstance(5, IntLike), isinstance("x", IntLike), issubclass(bool, IntLike), issubclass(str, IntLike))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
class WithDir:
    def __dir__(self): return ["b", "a"]
print(dir(WithDir()))
class Base:
    def __init__(self): print("Base init"); self.base = True
class Mid1(Base):
    def __init__(self): print("Mid1 init"); super().__init__()
class Mid2(Base):
    def __init__(self): print("Mid2 init"); super().__init__()
class Leaf(Mid1, Mid2):
    def __init__(self): print("Leaf init"); super().__init__()
Leaf(); print([c.__name__ for c in Leaf.__mro__])
class CM:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def helper(): return "static"
class CM2(CM): pass
CM2.make(); CM2.make(); print(CM.count, CM2.count, CM2.helper(), CM.make.__self__ is CM)
class Outer:
    class Inner:
        def who(self): return type(self).__qualname__
print(Outer.Inner().who(), Outer.Inner.__name__)
print(type(Pt).__name__, type(Color).__name__, type(Shape).__name__, Pt.__name__, Color.__members__.keys())
class P2:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v), doc="x prop")
q = P2(); q.x = 9; print(q.x, P2.x.__doc__, isinstance(P2.x, property))
class Counter:
    instances = 0
    def __init__(self): Counter.instances += 1; self.id = Counter.instances
cs = [Counter() for _ in range(3)]; print([c.id for c in cs], Counter.instances)
print(callable(Plain), callable(o), callable(Plain.m), callable(len), callable(None))
