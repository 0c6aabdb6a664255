# An abc.ABCMeta-style metaclass written in Python: __abstractmethods__ computed at class
# creation, object.__new__ refusing abstract classes with CPython's message, register()
# for virtual subclasses through __instancecheck__/__subclasscheck__.


def abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


class ABCMeta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        abstracts = {n for n, v in namespace.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = set()
        return cls

    def register(cls, subclass):
        cls._registry.add(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        return any(issubclass(subclass, r) for r in cls._registry)


class ABC(metaclass=ABCMeta):
    pass


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
sq = FullSquare(3)
print(sq.describe(), sq.perimeter(), sorted(Shape.__abstractmethods__), FullSquare.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(FullSquare, Shape), isinstance(3, Shape))


class Sized(ABC):
    @abstractmethod
    def __len__(self): ...


Sized.register(list)


@Sized.register
class Box:
    def __len__(self):
        return 0


print(isinstance([], Sized), isinstance({}, Sized), issubclass(Box, Sized), isinstance(Box(), Sized), issubclass(bool, Sized))
print(isinstance(sq, (int, Shape)), issubclass(list, (Shape, Sized)))
