# super(): cooperative __init__ with **kwargs, diamond, classmethods, properties, __class__ cell,
# two-argument forms, super() errors.
class Base:
    def __init__(self, **kw):
        print('Base.__init__', sorted(kw))
        super().__init__()
    def hello(self): return ['Base']
class Left(Base):
    def __init__(self, left=0, **kw):
        print('Left.__init__', left); self.left = left
        super().__init__(**kw)
    def hello(self): return ['Left'] + super().hello()
class Right(Base):
    def __init__(self, right=0, **kw):
        print('Right.__init__', right); self.right = right
        super().__init__(**kw)
    def hello(self): return ['Right'] + super().hello()
class Both(Left, Right):
    def __init__(self, **kw):
        print('Both.__init__'); super().__init__(**kw)
    def hello(self): return ['Both'] + super().hello()
b = Both(left=1, right=2)
print(b.hello(), b.left, b.right, [c.__name__ for c in Both.__mro__])
print(super(Left, b).hello(), super(Both, b).hello(), super(Right, b).hello())

class Shape:
    registry = []
    @classmethod
    def create(cls, *a):
        print('Shape.create', cls.__name__)
        obj = cls(*a); Shape.registry.append(obj); return obj
    @staticmethod
    def kind(): return 'shape'
class Square(Shape):
    def __init__(self, s=1): self.s = s
    @classmethod
    def create(cls, *a):
        print('Square.create', cls.__name__)
        return super().create(*a)
    @staticmethod
    def kind(): return 'square+' + super(Square, Square).kind()
class Tiny(Square): pass
t = Tiny.create(2)
print(type(t).__name__, t.s, Square.kind(), len(Shape.registry))

class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): print('P.v.setter', x); self._v = x
class Q(P):
    @property
    def v(self): return super().v * 10
    @v.setter
    def v(self, x):
        print('Q.v.setter', x)
        super(Q, type(self)).v.fset(self, x + 1)
q = Q(); q.v = 4; print(q.v, q._v)

class WithCell:
    def who(self): return __class__.__name__
    def cls_of(self): return __class__
class Sub(WithCell): pass
print(Sub().who(), Sub().cls_of() is WithCell)

class Str(str):
    def __new__(cls, v):
        print('Str.__new__'); return super().__new__(cls, v.upper())
    def __len__(self): return super().__len__() * 2
s = Str('abc'); print(s, len(s), type(s).__name__, s.lower())
class Lst(list):
    def append(self, x):
        super().append(x); super().append(x)
l = Lst(); l.append(1); print(l)
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
d = D(a=1); print(d['A'], d.get('a'))

try:
    super()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(Left, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    super(Left, b).missing
except AttributeError as e:
    print('AttributeError:', e)
print(repr(super(Left, b))[:30], super(Left, b).__self__ is b, super(Left, b).__thisclass__.__name__, super(Left, b).__self_class__.__name__)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.made_by = mcs.__name__
        return cls
class M(metaclass=Meta): pass
print(M.made_by)
class InitSub:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__); super().__init_subclass__(**kw)
class IS1(InitSub): pass
class Gen:
    def items(self):
        yield from ['g1']
class Gen2(Gen):
    def items(self):
        yield 'g2'
        yield from super().items()
print(list(Gen2().items()), [x for x in Gen2().items()])
class Lam(Gen):
    def items(self):
        f = lambda: super(Lam, self).items()
        return list(f())
print(Lam().items())
