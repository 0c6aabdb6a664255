# __slots__ with inheritance, __dict__/__weakref__ slots, slot descriptors, errors.
import weakref

class Base:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y

class Child(Base):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y); self.z = z

c = Child(1, 2, 3)
print(c.x, c.y, c.z, hasattr(c, '__dict__'))
try:
    c.w = 4
except AttributeError as e:
    print('AttributeError:', e)
print(Base.__slots__, Child.__slots__)

class Loose(Base):
    pass
l = Loose(1, 2)
l.extra = 5
print(l.extra, l.x)

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__['b'])

class NoWeak:
    __slots__ = ('v',)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print('TypeError:', e)
class Weak:
    __slots__ = ('v', '__weakref__')
wk = Weak()
r = weakref.ref(wk)
print(r() is wk)

# unset slot
b = Base.__new__(Base)
try:
    b.x
except AttributeError as e:
    print('AttributeError:', e)
b.x = 1
del b.x
print(hasattr(b, 'x'))

# slots conflict with class variable
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError:', e)

# string slots
class One:
    __slots__ = 'only'
o = One(); o.only = 'yes'; print(o.only, One.__slots__)

# slots + dataclass-like manual repr and pickling of state via __getstate__
class P:
    __slots__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'P({self.a!r}, {self.b!r})'
    def __eq__(self, other):
        return isinstance(other, P) and (self.a, self.b) == (other.a, other.b)
    __hash__ = None
import copy
p = P([1], 'q')
q = copy.copy(p); d = copy.deepcopy(p)
print(q, d, q == p, q.a is p.a, d.a is p.a)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)

# multiple inheritance with nonempty slots
class E1: __slots__ = ()
class E2: __slots__ = ()
class E3(E1, E2): __slots__ = ('c',)
e3 = E3(); e3.c = 1; print(e3.c)

# __slots__ with __init_subclass__ and getattr default
print(getattr(Base.__new__(Base), 'y', 'unset'))
print(Child.__mro__ == (Child, Base, object))
