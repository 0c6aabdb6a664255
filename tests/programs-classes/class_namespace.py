# What a class statement records: C.__dict__ (a read-only mappingproxy), __qualname__,
# __module__, __firstlineno__, __static_attributes__, __mro__/mro(), __class__ assignment.


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx
        self.moved = True

    class Inner:
        def f(self):
            self.z = 1


d = Point.__dict__
print(type(d).__name__, type(d), sorted(k for k in d if not k.startswith("__")), d["dims"], "move" in d, len(d) > 3)
print(d.get("dims"), d.get("nope", "-"), sorted(k for k in d.keys() if k[0] != "_"), isinstance(d, dict), repr(dict(d)["dims"]))
try:
    d["dims"] = 3
except TypeError as e:
    print("TypeError:", e)
print(Point.__qualname__, Point.Inner.__qualname__, Point.Inner.f.__qualname__, Point.__module__, Point.__doc__)
print(Point.__firstlineno__, Point.Inner.__firstlineno__, Point.__static_attributes__, Point.Inner.__static_attributes__)
print(Point.__mro__, Point.mro(), Point.__bases__, Point.__base__, Point.__class__, Point.__name__)


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = 3
except TypeError as e:
    print("TypeError:", e)


class L1(list):
    pass


class L2(list):
    pass


x = L1([1])
x.__class__ = L2
print(type(x).__name__, x)
try:
    x.__class__ = Cat
except TypeError as e:
    print("TypeError:", e)
try:
    object().__class__ = Cat
except TypeError as e:
    print("TypeError:", e)


def make():
    class Local:
        pass
    return Local


print(make().__qualname__, repr(make())[:30])
