# calling classes: object.__new__/__init__ argument rules, __init__ returning a value, __new__ returning another type, builtin subclasses given too many arguments, metaclass __call__, abstract classes
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
show(lambda: A(1))
show(lambda: A(x=1))
class B:
    def __init__(self): pass
show(lambda: B(1))
class C:
    def __new__(cls): return super().__new__(cls)
show(lambda: C(1))
class D:
    def __new__(cls, *a): return super().__new__(cls, *a)
show(lambda: D(1))
class E:
    def __init__(self, x): return 1
show(lambda: E(1))
class F:
    def __new__(cls, x): return 5
show(lambda: F(1))
class G(int):
    def __init__(self, x, y): pass
show(lambda: G(1, 2))
class H(list):
    def __init__(self, a, b): super().__init__([a, b])
show(lambda: H(1, 2))
show(lambda: H(1))
class I(dict): pass
show(lambda: I(1, 2))
class J(str): pass
show(lambda: object.__new__(1))
show(lambda: object.__new__(A, 1))
show(lambda: int.__new__(A))
class M(type):
    def __call__(cls, *a, **k):
        return ("meta", a, k)
class N(metaclass=M): pass
show(lambda: N(1, k=2))
class P:
    __slots__ = ("a",)
show(lambda: setattr(P(), "b", 1))
class Q:
    def __init__(self, *, k): self.k = k
show(lambda: Q(1))
show(lambda: Q())
class R:
    @property
    def p(self): return 1
show(lambda: setattr(R(), "p", 2))
show(lambda: delattr(R(), "p"))
class S:
    def m(self): pass
show(lambda: S.m())
show(lambda: S().m(1))
show(lambda: S.m(1, 2))
import abc
class T(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
show(lambda: T())

# constructors of builtin types given too many arguments (getargs or vectorcall wording, subclasses through tp_new)
class J(str): pass
class I(int): pass
class F(float): pass
class By(bytes): pass
for f in [lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4), lambda: F(1, 2), lambda: By(1, 2, 3, 4), lambda: bytes(1, 2, 3, 4), lambda: complex(1, 2, 3), lambda: property(1, 2, 3, 4, 5), lambda: range(1, 2, 3, 4), lambda: slice(1, 2, 3, 4), lambda: bytearray(1, 2, 3, 4), lambda: memoryview(), lambda: frozenset(1, 2), lambda: tuple(1, 2), lambda: bool(1, 2), lambda: object(1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)

# object.__init__ given arguments (object_init: overridden __init__, or neither __init__ nor __new__ overridden)
class A:
    def __init__(self, **kw):
        super().__init__(**kw)
for f in [lambda: A(x=1), lambda: object.__init__(A(), 1), lambda: object().__init__(1), lambda: A.__init__(A(), y=2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class B:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, *a, **k): super().__init__()
print(type(B(1, x=2)).__name__)
class C:
    def __init__(self, a): super().__init__(a)
try: C(1)
except TypeError as e: print(e)
class N:
    def __new__(cls, *a): return super().__new__(cls)
n = N(1); print(n.__init__(5))
class P: pass
p = P()
for f in [lambda: p.__init__(1), lambda: P.__init__(p, 1), lambda: object.__init__(p, 1), lambda: p.__init__()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
