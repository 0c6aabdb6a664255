# Metaclasses: __prepare__ ordering, __call__ interception, __new__/__init__ kwargs, class kwargs.
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, ns.order, kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = list(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('call', cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

class Base(metaclass=Meta, flavor='x'):
    b = 1
    def method(self): return 'm'
    a = 2

class Point(Base, flavor='y', size=3):
    z = 0
    y = 1
    x = 2
    def __init__(self, x, y=0):
        self.x, self.y = x, y

p = Point(1, y=5)
print(p.x, p.y, p.created_by_meta, Point._order, Base._order)
print(type(Point).__name__, isinstance(Point, Meta), Point.__mro__[1].__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class Config(metaclass=Singleton):
    def __init__(self, v=0):
        print('Config init', v)
        self.v = v

c1 = Config(1); c2 = Config(2)
print(c1 is c2, c1.v)

# __call__ returning something that isn't an instance: __init__ not run
class Weird(type):
    def __call__(cls, *a):
        return ('weird', a)
class W(metaclass=Weird):
    def __init__(self): print('never')
print(W(1, 2))

# metaclass methods visible on class, not instance
class M2(type):
    def describe(cls): return f'<{cls.__name__} with {sorted(k for k in cls.__dict__ if not k.startswith("__"))}>'
    @property
    def kind(cls): return 'kind-of-' + cls.__name__
class K(metaclass=M2):
    q = 1
print(K.describe(), K.kind)
try:
    K().describe
except AttributeError as e:
    print('AttributeError:', e)

# metaclass conflict
class MA(type): pass
class MB(type): pass
class A(metaclass=MA): pass
class B(metaclass=MB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)

# derived metaclass is chosen
class MC(MA): pass
class D(metaclass=MC): pass
class E(A, D): pass
print(type(E).__name__)

# type() with three args and kwargs via __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
Dyn = type('Dyn', (Plugin,), {'v': 3}, name='dynamic')
class Other(Plugin): pass
print(Plugin.registry, Dyn.v, Dyn.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print('TypeError:', e)
print(Meta.__prepare__('X', ()).__class__.__name__)
