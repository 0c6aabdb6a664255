# __set_name__, data vs non-data descriptors, __delete__, class-level access, precedence.
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f'<Field {self.name} of {objtype.__name__}>'
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print('set', self.name, value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.private)

class Record:
    x = Field(0)
    y = Field('why')
    def __init__(self, x):
        self.x = x

r = Record(5)
print(r.x, r.y, Record.x)
r.y = 'yy'
print(r.y, sorted(vars(r)))
del r.x
print(r.x)
try:
    del r.x
except AttributeError as e:
    print('AttributeError', e)

# non-data descriptor: instance dict wins
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print('computing', self.name)
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        "the area"
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__, type(Circle.area).__name__)

# data descriptor wins over instance dict
class Const:
    def __get__(self, obj, cls): return 42
    def __set__(self, obj, v): raise AttributeError('read-only')
class H:
    k = Const()
h = H()
h.__dict__['k'] = 'shadow'
print(h.k)
try:
    h.k = 1
except AttributeError as e:
    print('AttributeError', e)

# __set_name__ called for attributes added later? (no) and via type()
f = Field()
T = type('T', (), {'fld': f})
print(f.name)
T.other = Field()
print(hasattr(T.__dict__['other'], 'name'))

# descriptor on metaclass
class MetaD(type):
    @property
    def upper_name(cls): return cls.__name__.upper()
class Q(metaclass=MetaD): pass
print(Q.upper_name, hasattr(Q(), 'upper_name'))

# property with setter/deleter and docstring inheritance
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting c'); self._c = None
t = Temp(); t.c = 10; print(t.c, Temp.c.__doc__)
try: t.c = -300
except ValueError as e: print('ValueError', e)
del t.c; print(t.c)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    del RO().v
except AttributeError as e:
    print('AttributeError', e)

# staticmethod/classmethod via descriptor protocol directly
class S:
    @staticmethod
    def st(x): return x * 2
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
print(S.__dict__['st'].__get__(None, S)(3), S.__dict__['cm'].__get__(None, S)(4))
class S2(S): pass
print(S2.cm(1), S2().cm(2), S2.st(5))
print(type(S.__dict__['st']).__name__, callable(S.__dict__['st']))

# function as descriptor
def free(self, a): return (type(self).__name__, a)
bound = free.__get__(S2(), S2)
print(bound(9), bound.__self__.__class__.__name__, bound.__func__ is free)
