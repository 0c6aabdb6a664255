"""Plugin registries, descriptors and metaclasses as framework code uses them (own version)."""
import abc
import functools
from enum import Enum, IntFlag, unique


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.plugins[ns.get("key", name.lower())] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = cls.__name__
        return inst


class Plugin(metaclass=Registry):
    def run(self, x):
        raise NotImplementedError


class Double(Plugin):
    key = "x2"

    def run(self, x):
        return 2 * x


class Square(Plugin):
    def run(self, x):
        return x * x


class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Model:
    fields = ()

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = tuple(k for k, v in vars(cls).items() if isinstance(v, Typed))

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self.fields)})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)

    __hash__ = None


class User(Model, table="people"):
    name = Typed(str, "")
    age = Typed(int, 0)


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe(s):
        return f"{type(s).__name__} with area {s.area:.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

    @functools.cached_property
    def diameter(self):
        print("  computing diameter")
        return 2 * self.r


class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


@unique
class Color(Enum):
    RED = "r"
    GREEN = "g"

    @property
    def pretty(self):
        return self.name.title()

    @classmethod
    def parse(cls, s):
        return cls(s[0].lower())


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


@traced
def add(a, b=1):
    """Add two numbers."""
    return a + b


def main():
    print(sorted(Registry.plugins), [Registry.plugins[k]().run(7) for k in sorted(Registry.plugins)])
    d = Double()
    print(d.created_by, type(Double).__name__, isinstance(d, Plugin))
    u = User(name="ann", age=30)
    print(u, User.table, User.fields, u == User(name="ann", age=30), User.name.name)
    try:
        u.age = "old"
    except TypeError as e:
        print("TypeError:", e)
    try:
        hash(u)
    except TypeError as e:
        print("TypeError:", e)
    c = Circle.unit()
    print(Shape.describe(c), c.diameter, c.diameter, "diameter" in vars(c))
    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)
    lz = Lazy()
    print(lz.get_name(), getattr(lz, "get_x")(), hasattr(lz, "other"))
    print(Color.parse("Green"), Color.RED.pretty, [c.value for c in Color], Color("r") is Color.RED)
    p = Perm.R | Perm.X
    print(p, repr(p), int(p), Perm.W in p, [m.name for m in Perm], Perm(6))
    print(add(2), add(3, b=4), add.calls, add.__name__, add.__doc__, add.__wrapped__(1, 1))
    print(User.__mro__[1].__name__, Circle.__bases__, Circle.area.__isabstractmethod__ if hasattr(Circle.area, "__isabstractmethod__") else False)
    print(type.__name__, type(Plugin).__mro__[-2:], callable(Registry))


if __name__ == "__main__":
    main()
