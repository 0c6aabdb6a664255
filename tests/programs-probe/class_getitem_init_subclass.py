# __class_getitem__, generic aliases, __init_subclass__ chains, __mro_entries__, type introspection.
from typing import Generic, TypeVar, get_args, get_origin
T = TypeVar('T')
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[int, str])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]([1, 2]), get_args(dict[str, int]), get_origin(list[int]))
print(list[int] == list[int], isinstance([], list), type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError:', e)
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2)
print(s.pop(), Stack[int].__origin__ is Stack, Stack.__parameters__, type(s).__name__)
print(int | str, int | None, (int | str).__args__, isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))

class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag='none', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append((cls.__name__, tag))
class Mid(Base, tag='mid'):
    def __init_subclass__(cls, /, extra=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.extra = extra
class Leaf(Mid, tag='leaf', extra=5): pass
class Plain(Mid): pass
print(Base.subclasses, Leaf.tag, Leaf.extra, Plain.tag, Plain.extra)
try:
    class Wrong(Mid, nope=1): pass
except TypeError as e:
    print('TypeError:', e)

class Proxyish:
    def __mro_entries__(self, bases):
        return (dict,)
class FromProxy(Proxyish()): pass
print(FromProxy.__mro__, FromProxy.__orig_bases__[0].__class__.__name__)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()], D.__bases__, A.__subclasses__(), D.__base__)
try:
    class E(A, B): pass
except TypeError as e:
    print('TypeError:', e)
print(D.__name__, D.__qualname__, D.__module__, type(D), type(type), isinstance(D, type), issubclass(D, (int, A)))
def factory():
    class Inner:
        class Deeper: pass
    return Inner
I = factory()
print(I.__qualname__, I.Deeper.__qualname__, repr(I)[:30])
print(sorted(k for k in vars(D)), D.__doc__, D().__doc__)
X = type('X', (B,), {'attr': 1, '__doc__': 'docs'})
print(X.__mro__, X.attr, X.__doc__, X().attr)
print(type.__call__(X).__class__.__name__, object.__new__(X).__class__.__name__)
class WithNew:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        print('init', args)
WithNew(1, 2)
class ReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print('not called')
print(ReturnsOther())
try:
    class Fin(bool): pass
except TypeError as e:
    print('TypeError:', e)
print(callable(A), callable(A()))
