# Object model corners: __class__ assignment, __dict__ manipulation, augmented assignment to a
# tuple item, non-bool results of comparisons/contains, chained comparisons, class attributes
# shadowing, function attributes, bound-method identity, default-argument sharing.
class Draft:
    def state(self): return 'draft'
    def publish(self): self.__class__ = Published
class Published:
    def state(self): return 'published'
doc = Draft(); print(doc.state()); doc.publish(); print(doc.state(), type(doc).__name__, isinstance(doc, Draft))
try:
    doc.__class__ = int
except TypeError as e:
    print('TypeError:', e)
class P: pass
p = P()
p.__dict__.update(a=1, b=2); vars(p)['c'] = 3
print(p.a, p.c, sorted(p.__dict__), hasattr(p, 'b'))
p.__dict__ = {'z': 26}; print(p.z, hasattr(p, 'a'))
try:
    p.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
class Weird:
    def __eq__(self, o): return 'yes'
    def __lt__(self, o): return [1]
    def __contains__(self, x): return 'non-empty'
w = Weird()
print(w == 1, w < 2, 3 in w, [w] == [w], (w == w) is True, bool(w < 1))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (1 < 2) < 3, 'a' < 'b' <= 'b' != 'c')
def noisy(v):
    print('eval', v); return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count = -1
c1 = Counter(); c2 = Counter()
print(Counter.count, c1.count, type(c1).count)
del c1.count; print(c1.count)
class Shadow:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shadow(), Shadow(); s1.add(1); s2.add(2); print(Shadow.items, s1.items is s2.items)
def f(x, acc=[]):
    acc.append(x); return acc
print(f(1), f(2), f(3, []), f.__defaults__)
def g(): pass
g.attr = 'value'; g.__dict__['other'] = 2
print(g.attr, g.other, sorted(g.__dict__), g.__name__, g.__qualname__, g.__module__, g.__defaults__, g.__kwdefaults__)
def h(a, b=2, *args, c, d=4, **kw) -> int:
    'doc'
    return a
print(h.__defaults__, h.__kwdefaults__, h.__annotations__, h.__doc__, h.__code__.co_argcount, h.__code__.co_kwonlyargcount, h.__code__.co_varnames[:6])
class M:
    def meth(self): pass
m = M()
print(m.meth == m.meth, m.meth is m.meth, M.meth is M.meth, m.meth.__func__ is M.meth, m.meth.__self__ is m)
x = 256; y = 256
print(x is y, [] is [], None is None, type(None)() is None, NotImplemented is NotImplemented, ... is Ellipsis)
class Attrs:
    cls_attr = 'c'
    def __init__(self): self.inst = 'i'
a = Attrs()
print(getattr(a, 'cls_attr'), 'cls_attr' in vars(a), 'cls_attr' in dir(a), a.__class__.__dict__['cls_attr'])
setattr(Attrs, 'added', lambda self: 'added!')
print(a.added(), Attrs.added.__name__)
delattr(Attrs, 'added'); print(hasattr(a, 'added'))
print(type(a).__name__, a.__class__.__name__, type(type(a)).__name__, type(Attrs.__dict__).__name__, type(a.__dict__).__name__)
try:
    Attrs.__dict__['x'] = 1
except TypeError as e:
    print('TypeError:', e)
ns = {}
exec('class Dyn:\n    v = 5\n    def get(self): return self.v', ns)
print(ns['Dyn']().get(), ns['Dyn'].__module__ if '__name__' in ns else 'builtins-module', ns['Dyn'].__qualname__)
obj = object()
try:
    obj.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(obj, object), issubclass(type, object), isinstance(type, type), isinstance(object, type), type(object), object.__bases__, type.__bases__)
i = 5; i += 1; s = 'a'; s *= 3; l = [1]; l *= 2; fs = frozenset({1}); fs |= {2}
print(i, s, l, fs, type(fs).__name__)
d1 = {'a': 1}; d2 = d1; d1 |= {'b': 2}; print(d2, d1 | {'a': 0}, {'z': 1} | d1)
st = {1, 2}; st2 = st; st -= {1}; print(st2, st is st2)
tu = (1,); tu2 = tu; tu += (2,); print(tu, tu2, tu is tu2)
