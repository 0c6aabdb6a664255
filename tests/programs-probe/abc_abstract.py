# abc: abstract methods/properties/classmethods, register, __subclasshook__, error messages.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    @staticmethod
    @abstractmethod
    def sides(): ...
    def describe(self):
        return f'{type(self).__name__}: area={self.area} unit={self.unit()} sides={self.sides()}'

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)

class Partial(Shape):
    @property
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print('TypeError:', e)

class Square(Partial):
    def __init__(self, s=2): self.s = s
    @property
    def area(self): return self.s ** 2
    @classmethod
    def unit(cls): return 'cm'
    @staticmethod
    def sides(): return 4
print(Square().describe(), Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, Partial))

class Single(ABC):
    @abstractmethod
    def go(self): pass
try:
    Single()
except TypeError as e:
    print('TypeError:', e)

# abstract method may be called via super
class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base-run'
class Impl(Base):
    def run(self):
        return 'impl+' + super().run()
print(Impl().run())

# register virtual subclass
class Sized2(ABC): pass
Sized2.register(list)
@Sized2.register
class Mine: pass
print(issubclass(list, Sized2), isinstance([], Sized2), isinstance(Mine(), Sized2), issubclass(dict, Sized2))
print(Sized2.register(tuple) is tuple)

# __subclasshook__
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): return 'q'
class Robot: pass
print(isinstance(Duck(), Quacks), issubclass(Robot, Quacks))

# collections.abc: mixin methods from abstract ones
class Bag(cabc.MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it: self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
    def __repr__(self): return f'Bag({self.items})'
b = Bag([3, 1, 2])
print(b | Bag([5]), b & Bag([1, 2, 9]), b - Bag([1]), b ^ Bag([3, 7]))
print(b <= Bag([1, 2, 3, 4]), b == Bag([2, 3, 1]), b.isdisjoint([8]))
b |= {10}; b -= {3}; print(b, b.pop(), b)

class Seq(cabc.Sequence):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
s = Seq(4, 5, 6, 5)
print(list(reversed(s)), s.index(5), s.count(5), 6 in s, list(s))
try:
    s.index(99)
except ValueError as e:
    print('ValueError:', e)

class Map(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = Map(a=1, b=2)
print(sorted(m.items()), m.get('z', 0), 'a' in m, list(m.keys()), m == {'a': 1, 'b': 2})
print(isinstance(m, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance((), cabc.Sequence))
print(isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Sized), isinstance(len, cabc.Callable))
print(isinstance((x for x in []), cabc.Generator), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable))

class Incomplete(cabc.Mapping):
    def __getitem__(self, k): return k
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
print(type(Shape).__name__, ABCMeta.__name__)
