# subclasses of property (classproperty, read-only, cached), staticmethod and classmethod
class cprop(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)
class A:
    @cprop
    def name(cls): return cls.__name__
print(A.name, A().name)
class logged(property):
    pass
class B:
    def __init__(self): self._x = 1
    @logged
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
b = B(); b.x = 5; print(b.x, type(B.__dict__["x"]).__name__, isinstance(B.__dict__["x"], property))
class sm(staticmethod): pass
class C:
    @sm
    def f(a): return a
print(C.f(3), C().f(4))
class cm(classmethod): pass
class D:
    @cm
    def f(cls): return cls.__name__
print(D.f())
import abc, functools
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class classproperty(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)
class Cfg:
    _n = 3
    @classproperty
    def n(cls): return cls._n * 2
print(Cfg.n, Cfg().n, isinstance(Cfg.__dict__["n"], property), issubclass(classproperty, property), type(Cfg.__dict__["n"]).__mro__)
class ro(property):
    """read-only with a doc"""
class P:
    @ro
    def a(self):
        "the a"
        return 1
    @property
    def plain(self): return 2
p = P(); print(p.a, P.a.__doc__, P.a.__name__, P.a.fget.__name__, P.a.fset)
show(lambda: setattr(p, "a", 2))
show(lambda: delattr(p, "a"))
class W:
    v = ro(None)
show(lambda: W().v)
class RW(property): pass
class Q:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = v
    v = RW(_get, _set, None, "the v")
    @RW
    def w(self): return self._v + 1
    @w.setter
    def w(self, x): self._v = x - 1
    @w.deleter
    def w(self): self._v = None
q = Q(); q.v = 4; print(q.v, Q.v.__doc__, type(Q.w).__name__); q.w = 10; print(q.w, q._v); del q.w; print(q._v)
class Base(abc.ABC):
    @RW
    @abc.abstractmethod
    def x(self): ...
show(lambda: Base())
print(Base.x.__isabstractmethod__)
class mystatic(staticmethod): pass
class mycls(classmethod): pass
class M:
    @mystatic
    def s(a, b=2): return a + b
    @mycls
    def c(cls, k): return (cls.__name__, k)
class M2(M): pass
print(M.s(1), M().s(1, 1), M.c(1), M2().c(2), M2.c(3), type(M.__dict__["s"]).__name__, M.__dict__["s"].__func__.__name__, isinstance(M.__dict__["s"], staticmethod), isinstance(M.__dict__["c"], classmethod))
print(M.__dict__["s"].__name__, M.__dict__["c"].__qualname__, repr(M.__dict__["s"])[:30])
class cached(property):
    def __get__(self, obj, cls=None):
        if obj is None: return self
        v = super().__get__(obj, cls)
        obj.__dict__[self.fget.__name__] = v
        return v
class Z:
    calls = 0
    @cached
    def val(self):
        Z.calls += 1
        return 42
z = Z(); print(z.val, z.val, Z.calls)
