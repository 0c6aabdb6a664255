# Abstract base classes: abstract methods, the instantiation error, register, subclasshook.
from abc import ABC, ABCMeta, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}'


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


for shape in [Circle(1), Circle(2.5)]:
    print(shape.describe())
for cls in (Shape, Square):
    try:
        cls(1) if cls is Square else cls()
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), Circle.__abstractmethods__)


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Sprite:
    def draw(self):
        return 'sprite'


class Rock:
    pass


print(isinstance(Sprite(), Drawable), isinstance(Rock(), Drawable), issubclass(Sprite, Drawable))
Drawable.register(Rock)
print(isinstance(Rock(), Drawable), Drawable.register(int) is int, isinstance(3, Drawable))
print(type(Shape), isinstance(Shape, ABCMeta), issubclass(Circle, Shape), isinstance(Circle(1), Shape))
