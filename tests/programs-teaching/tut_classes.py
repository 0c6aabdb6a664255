# Tutorial chapter 9: classes -- scopes, instances, inheritance, iterators, generators
def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)

scope_test()
print("In global scope:", spam)

class MyClass:
    """A simple example class"""
    i = 12345

    def f(self):
        return 'hello world'

print(MyClass.i, MyClass.__doc__, MyClass().f(), MyClass.f.__qualname__)

class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart

x = Complex(3.0, -4.5)
print(x.r, x.i)
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
print(sorted(vars(x)))

class Dog:
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.kind, e.kind, d.name, e.name, d.tricks, e.tricks)

class Warehouse:
    purpose = 'storage'
    region = 'west'

w1 = Warehouse()
print(w1.purpose, w1.region)
w2 = Warehouse()
w2.region = 'east'
print(w2.purpose, w2.region, Warehouse.region)

def f1(self, x, y):
    return min(x, x+y)

class C:
    f = f1
    def g(self):
        return 'hello world'
    h = g

print(C().f(3, -5), C().h())

class Bag:
    def __init__(self):
        self.data = []
    def add(self, x):
        self.data.append(x)
    def addtwice(self, x):
        self.add(x)
        self.add(x)

b = Bag(); b.addtwice(7); print(b.data)

class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)

    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)

    __update = update

class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values):
            self.items_list.append(item)

m = MappingSubclass([1, 2])
m.update("ab", [3, 4])
print(m.items_list, hasattr(m, '_Mapping__update'), hasattr(m, '__update'))

class Employee:
    pass

john = Employee()
john.name = 'John Doe'
john.dept = 'computer lab'
john.salary = 1000
print(john.__dict__)

from dataclasses import dataclass

@dataclass
class Employee:
    name: str
    dept: str
    salary: int

john = Employee('john', 'computer lab', 1000)
print(john.dept, john.salary, john, john == Employee('john', 'computer lab', 1000))

for element in [1, 2, 3]:
    print(element, end=' ')
for element in (1, 2, 3):
    print(element, end=' ')
for key in {'one':1, 'two':2}:
    print(key, end=' ')
for char in "123":
    print(char, end=' ')
print()

s = 'abc'
it = iter(s)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))

class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]

rev = Reverse('spam')
print(iter(rev) is rev)
for char in rev:
    print(char)

def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]

for char in reverse('golf'):
    print(char)

print(sum(i*i for i in range(10)))
xvec = [10, 20, 30]
yvec = [7, 5, 3]
print(sum(x*y for x,y in zip(xvec, yvec)))
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
unique_words = set(word for line in ["a b", "b c"] for word in line.split())
print(sorted(unique_words))

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2

shapes = [Circle(1), Square(2), Circle(0.5)]
for s in shapes:
    print(s.describe(), repr(s))
print(sorted(shapes, key=lambda s: s.area()))
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(shapes[0], Shape), issubclass(Circle, Square), issubclass(bool, int), Circle.__mro__)

class Base1:
    def hello(self): return "Base1"
class Base2:
    def hello(self): return "Base2"
    def only2(self): return "only in Base2"
class Derived(Base1, Base2):
    pass
print(Derived().hello(), Derived().only2(), [k.__name__ for k in Derived.__mro__])

class A:
    def __init__(self):
        print("A init")
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C2(A):
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C2):
    def __init__(self):
        print("D init")
        super().__init__()
D()
print([k.__name__ for k in D.__mro__])

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]

v = Vector(3, 4)
print(v + Vector(1, 1), v * 2, 3 * v, abs(v), v == Vector(3, 4), bool(Vector(0, 0)), len(v), list(v), str(v), [v])
print(f"{v}", f"{v!r}", "%s %r" % (v, v))
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v - v
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("Temperature below -273.15 is not possible")
        self._celsius = value
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_freezing(c):
        return c <= 0

t = Temperature.from_fahrenheit(212)
print(t.celsius, t.fahrenheit, Temperature.is_freezing(-1))
t.celsius = 37
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print(Counter.count, [c.id for c in cs])
