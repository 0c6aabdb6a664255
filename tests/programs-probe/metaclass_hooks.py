# Metaclass hooks (__instancecheck__, __subclasscheck__, dunders on the class itself), __init__/__new__ errors, __eq__/__hash__ inheritance, reprlib.recursive_repr, context manager protocol.
class MetaCheck(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__, type(inst).__name__)
        return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=MetaCheck): pass
class D:
    def quack(self): pass
print(isinstance(D(), Duck), issubclass(D, Duck), isinstance(1, Duck), isinstance(Duck(), Duck))
class MetaSeq(type):
    def __getitem__(cls, i): return f'{cls.__name__}[{i}]'
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == 'in'
    def __bool__(cls): return False
    def __call__(cls, *a): return ('called', a)
    def __getattr__(cls, name): return f'meta-{name}'
    def __repr__(cls): return f'<MetaSeq {cls.__name__}>'
    def __or__(cls, other): return 'or!'
class S(metaclass=MetaSeq): x = 1
print(S[3], len(S), list(S), 'in' in S, bool(S), S(1, 2), S.x, S.missing, repr(S), S | int, str(S))
class I:
    def __init__(self): return 5
try:
    I()
except TypeError as e:
    print('TypeError:', e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
class OnlyInit:
    def __init__(self, a): pass
try:
    OnlyInit()
except TypeError as e:
    print('TypeError:', e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    object.__new__(OnlyNew, 1) and None
    print('ok')
except TypeError as e:
    print('TypeError:', e)
class E1:
    def __eq__(self, o): return True
class E2(E1): pass
class E3(E1):
    def __eq__(self, o): return False
print(E2.__hash__ is None, E3.__hash__ is None, E1() != E1(), E3() != E3())
class Base:
    def __eq__(self, o):
        print('Base.eq'); return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print('Derived.eq'); return True
print(Base() == Derived())
import reprlib
class Tree:
    def __init__(self): self.kids = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f'Tree({self.kids})'
print(Tree())
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev); return isinstance(ev, KeyError)
with Ctx() as c:
    raise KeyError('swallowed')
print('after')
try:
    with Ctx():
        raise ValueError('escapes')
except ValueError as e:
    print('caught', e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e:
    print('TypeError:', e)
try:
    with 5: pass
except TypeError as e:
    print('TypeError:', e)
with Ctx() as a, Ctx() as b:
    print(a is not b)
class Attr:
    __slots__ = ()
    x = property(lambda self: 'prop')
print(Attr().x)
class K:
    def __repr__(self): return 'K()'
    __str__ = __repr__
    def __format__(self, spec): return 'fmt:' + spec
print(K(), f'{K():abc}', [K()], str(K()), '{0!r} {0!s} {0}'.format(K()))
