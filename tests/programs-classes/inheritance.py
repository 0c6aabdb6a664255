# Multiple inheritance, the C3 MRO, super() in both forms, class attributes shared and shadowed.
class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def hello(self):
        return "Base.hello " + self.name
    def who(self):
        return ["Base"]

class Left(Base):
    def who(self):
        return ["Left"] + super().who()

class Right(Base):
    def who(self):
        return ["Right"] + super(Right, self).who()
    def hello(self):
        return "Right.hello / " + super().hello()

class Diamond(Left, Right):
    def who(self):
        return ["Diamond"] + super().who()

d = Diamond("d")
print(d.who())
print(d.hello())
print([c.__name__ for c in Diamond.__mro__])
print(Diamond.__bases__ == (Left, Right), Base.count)
b = Base("b")
print(Base.count, d.count, b.count)
d.count = 100
print(Base.count, d.count, Diamond.count)
print(issubclass(Diamond, Base), issubclass(Base, Diamond), issubclass(Diamond, (int, Right)))
print(isinstance(d, (int, Left)), isinstance(d, object), isinstance(3, Base))
print(type(d) is Diamond, type(d).__name__, type(d).__qualname__, Diamond.__module__)

class Outer:
    class Inner:
        def m(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()

print(Outer().make().m(), Outer.Inner.m.__qualname__)

def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size * n
    return Local

L = factory(7)
print(L().get(), L.__qualname__)

class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
class Bad(A, B): pass
