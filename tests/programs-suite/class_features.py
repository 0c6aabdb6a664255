# class features: __call__, __class_getitem__, __prepare__, class decorators, abc, total_ordering, dataclass and enum corners
import abc, functools, dataclasses, enum
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False): return (x + self.n) * (2 if twice else 1)
add5 = Adder(5); print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, int], type(list[int]).__name__, list[int] == list[int], tuple[int, ...])
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class P(metaclass=OrderedMeta, flag=True):
    a = 1
print(P.injected, P.a)
def register(cls):
    cls.registered = True
    return cls
def wrap(cls):
    class Wrapped(cls):
        def hello(self): return "wrapped " + super().hello()
    return Wrapped
@register
@wrap
class Greeter:
    def hello(self): return "hi"
print(Greeter().hello(), Greeter.registered, Greeter.__name__, [c.__name__ for c in Greeter.__mro__])
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
show(lambda: Shape())
class Half(Shape):
    def area(self): return 0
show(lambda: Half())
print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, abc.ABC), sorted(Shape.__abstractmethods__))
class Duck: 
    def area(self): return 1
Shape.register(Duck); print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "V" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) <= Ver(1), Ver(2) > Ver(1, 5), Ver(1) >= Ver(2))
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: tuple = ()
p = Pt(1, 2); print(p, p == Pt(1, 2), p < Pt(2), hash(p) == hash(Pt(1, 2)), dataclasses.asdict(p), dataclasses.replace(p, y=5), [f.name for f in dataclasses.fields(Pt)])
show(lambda: setattr(p, "x", 5))
show(lambda: Pt())
@dataclasses.dataclass
class Inv:
    items: list = dataclasses.field(default_factory=list)
    count: int = dataclasses.field(default=0, repr=False)
    def __post_init__(self): self.count = len(self.items)
i1 = Inv([1, 2]); i2 = Inv(); i2.items.append(9); print(i1, i1.count, Inv(), i2)
show(lambda: dataclasses.dataclass(type("Bad", (), {"__annotations__": {"a": list}, "a": []})))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.RED.name, Color.RED.value, Color.RED in Color)
show(lambda: Color(7))
show(lambda: Color["PINK"])
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(6), Perm.R in Perm(5), int(Perm.R | Perm.X), repr(Perm(0)), Perm.W < 3)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value, Auto.A < Auto.B if hasattr(Auto.A, "__lt__") and False else "", {Auto.A: 1}[Auto.A])
