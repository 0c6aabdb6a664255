# staticmethod/classmethod objects (callable, wrapped attributes, odd callables), the singleton types, generator/coroutine throw() arguments
import warnings; warnings.simplefilter("ignore", DeprecationWarning)
import functools
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def f(x): return x * 2
sm = staticmethod(f)
show(lambda: sm(1))
show(lambda: callable(sm))
show(lambda: sm.__func__ is f)
show(lambda: sm.__wrapped__ is f)
show(lambda: sm.__name__)
show(lambda: sm.__doc__)
cm = classmethod(f)
show(lambda: cm(1))
show(lambda: callable(cm))
show(lambda: cm.__func__ is f)
show(lambda: cm.__wrapped__ is f)
class C:
    a = staticmethod(len)
    b = classmethod(len)
    c = staticmethod(int)
    d = classmethod(repr)
    e = staticmethod(functools.partial(f, 5))
    g = classmethod(functools.partial(lambda cls, y: (cls.__name__, y)))
    h = staticmethod(C2) if False else staticmethod(str)
    @staticmethod
    def direct():
        return "direct"
    k = direct(), direct.__func__()
show(lambda: C.a([1, 2]))
show(lambda: C().a("abc"))
show(lambda: C.b())
show(lambda: C.c("7"))
show(lambda: C.d())
show(lambda: C.e())
show(lambda: C().e())
show(lambda: C.g(3))
show(lambda: C().g(4))
show(lambda: C.h(5))
show(lambda: C.k)
show(lambda: repr(staticmethod(f))[:24])
show(lambda: repr(classmethod(f))[:23])
show(lambda: staticmethod(1)(2))
show(lambda: staticmethod())
show(lambda: classmethod(1, 2))
show(lambda: type(NotImplemented))
show(lambda: type(Ellipsis))
show(lambda: type(None))
show(lambda: type(None)())
show(lambda: type(NotImplemented)())
show(lambda: type(Ellipsis)())
show(lambda: type(None)(1))
show(lambda: type(None)() is None)
show(lambda: type(...)() is ...)
show(lambda: type(NotImplemented)() is NotImplemented)
show(lambda: type(NotImplemented).__name__)
show(lambda: isinstance(None, type(None)))
show(lambda: bool(NotImplemented))
def gen():
    yield 1
    yield 2
g = gen(); next(g)
show(lambda: g.throw(5))
g = gen(); next(g)
show(lambda: g.throw(ValueError, "x"))
g = gen(); next(g)
show(lambda: g.throw(ValueError("y")))
g = gen()
show(lambda: g.throw(int))
g = gen(); next(g)
show(lambda: g.throw(ValueError(1), 2))
g = gen(); next(g)
show(lambda: g.throw(ValueError, ValueError(3)))
show(lambda: g.throw(5))
class P:
    @property
    def x(self): return 1
show(lambda: P.x.fget(None))
show(lambda: staticmethod(f).__get__(None, C)(3))
show(lambda: classmethod(f).__get__(None, C)())
show(lambda: classmethod(lambda c, x: (c, x)).__get__(1)(2))
async def co(): return 1
c = co()
show(lambda: c.throw(5))
show(lambda: c.throw(KeyError, "k"))
c.close()
def gen2():
    try:
        yield 1
    except ValueError as e:
        yield ("caught", e.args)
g = gen2(); next(g)
show(lambda: g.throw(ValueError, (1, 2)))
