# copy/deepcopy through __copy__/__deepcopy__/__reduce_ex__/__getstate__/__setstate__, memo, cycles.
import copy
class Plain:
    def __init__(self): self.items = [1, [2, 3]]; self.name = 'p'
p = Plain()
s, d = copy.copy(p), copy.deepcopy(p)
print(s.items is p.items, d.items is p.items, d.items[1] is p.items[1], d.items == p.items, type(d).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__'); return Custom(self.v + '-copy')
    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + '-deep')
c = Custom('x')
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
class State:
    def __init__(self): self.a = 1; self.cache = {'big': 1}
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        print('setstate', sorted(st)); self.__dict__.update(st); self.cache = {}
st2 = copy.deepcopy(State())
print(st2.a, st2.cache)
class Reduced:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (Reduced, (self.b, self.a))
r = copy.copy(Reduced(1, 2)); print(r.a, r.b)
a = [1]; a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1] == [2], copy.copy(frozenset({1})), copy.deepcopy({'k': {1, 2}}))
import types
ns = types.SimpleNamespace(x=[1])
ns2 = copy.deepcopy(ns); ns2.x.append(2)
print(ns, ns2)
class Slots:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = [1]; self.y = 2
sc = copy.deepcopy(Slots())
print(sc.x, sc.y)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(range(3)), copy.copy(b'ab'))
class WithCopyMethod(dict):
    pass
wc = WithCopyMethod(a=[1]); wc.attr = 'z'
wc2 = copy.deepcopy(wc)
print(type(wc2).__name__, wc2, wc2.attr, wc2['a'] is wc['a'])
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])
l2 = [[1, 2], [3]]
l3 = l2.copy(); l4 = l2[:]; l5 = list(l2)
print(l3[0] is l2[0], l4 == l2, l5 is not l2, {1: [2]}.copy())
