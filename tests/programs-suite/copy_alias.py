# aliasing and copying: shallow vs deep copies, copy module hooks, mutable defaults, list multiplication traps, id/is
import copy
a = [[1, 2], [3]]
b = a; c = a[:]; d = list(a); e = copy.copy(a); f = copy.deepcopy(a)
a[0].append(99); a.append("new")
print(a, b, c, d, e, f, b is a, c is a, c[0] is a[0], f[0] is a[0])
grid = [[0] * 3] * 2; grid[0][0] = 1; print(grid)
grid2 = [[0] * 3 for _ in range(2)]; grid2[0][0] = 1; print(grid2)
dd = {"k": [1]}; sd = dict(dd); cd = dd.copy(); deep = copy.deepcopy(dd); dd["k"].append(2); dd["new"] = 0
print(dd, sd, cd, deep)
s = {1, 2}; s2 = s.copy(); s2.add(3); print(s, s2, copy.copy(frozenset(s)) is not None)
t = (1, [2]); t2 = copy.copy(t); t3 = copy.deepcopy(t); t[1].append(3); print(t, t2, t3, t2 is t, t3 is t)
rec = [1]; rec.append(rec); rc = copy.deepcopy(rec); print(rc, rc[1] is rc, rc is not rec)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
p = Point(1, [2]); p2 = copy.copy(p); p3 = copy.deepcopy(p); p.y.append(3); p.x = 9
print(p, p2, p3, p2.y is p.y, p3.y is p.y)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__ called"); return Custom(self.v + 1)
    def __deepcopy__(self, memo): print("__deepcopy__ called", type(memo).__name__); return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, [2]
sl = Slotted(); sl2 = copy.deepcopy(sl); sl.b.append(3); print(sl2.a, sl2.b, sl.b)
def f(x, acc=[]):
    acc.append(x); return acc
r1 = f(1); r2 = f(2); print(r1, r2, r1 is r2, f.__defaults__)
def g(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x); return acc
print(g(1), g(2))
x = y = []; x.append(1); print(x, y, x is y)
m, n = [], []; m.append(1); print(m, n)
nums = [1, 2, 3]; alias = nums; nums = nums + [4]; print(nums, alias)
nums2 = [1, 2, 3]; alias2 = nums2; nums2 += [4]; print(nums2, alias2)
tup = (1, 2); tal = tup; tup += (3,); print(tup, tal)
st = "ab"; sal = st; st += "c"; print(st, sal)
import itertools
it1, it2 = itertools.tee(iter([1, 2, 3])); print(list(it1), list(it2))
nested = {"a": {"b": {"c": [1]}}}; cp = copy.deepcopy(nested); cp["a"]["b"]["c"].append(2); print(nested, cp)
print(copy.copy(5), copy.copy("s"), copy.deepcopy((1, 2)) == (1, 2), copy.copy(None), copy.deepcopy(len) is len, copy.copy([]) == [], copy.deepcopy({1: {2}}))
lst = [1, 2, 3, 4]
for item in lst[:]:
    if item % 2 == 0:
        lst.remove(item)
print(lst)
lst = [1, 2, 3, 4]
for item in lst:
    if item % 2 == 0:
        lst.remove(item)
print(lst)
