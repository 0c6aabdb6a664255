# Abstract base classes, polymorphism, properties and operator overloading on shapes and vectors.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


shapes = [Circle(1.5), Rect(2, 3.5), Square(2), Triangle(3, 4, 5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name, Shape.count)
print(Square(3).diagonal, isinstance(Square(1), Rect), issubclass(Square, Shape))
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)


class Partial(Shape):
    def area(self):
        return 0


try:
    Partial("p")
except TypeError as e:
    print("TypeError:", e)


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, v * w, -v, abs(v), bool(Vector()), list(v))
print(f"{v:.2f}", v == Vector(3, 4), len({v, Vector(3, 4), w}), Vector(*w))
x, y = v
print(x, y, sum(v), max(w))
