# copy: shallow vs deep, memo and cycles, __copy__/__deepcopy__, reduce-based copies of instances,
# slots, list/dict subclasses, sets, deques, replace, errors.
import copy
from _collections import deque

a = [1, [2, 3], {"k": [4]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, "a")) is not None)
print(copy.deepcopy((1, 2, "x")) == (1, 2, "x"))

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, c2)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
dd = {"self": None}
dd["self"] = dd
print(copy.deepcopy(dd)["self"]["self"] is not dd)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a"]
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"
p = Point(1, 2)
q, r = copy.copy(p), copy.deepcopy(p)
p.tags.append("b")
print(q, r, type(r).__name__, q.tags is p.tags, r.tags is p.tags)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v * 10)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s2 = copy.deepcopy(Slotted())
print(s2.a, hasattr(s2, "b"))

class State:
    def __init__(self):
        self.data = {"n": 1}
    def __getstate__(self):
        print("getstate")
        return {"data": self.data, "extra": True}
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
st = copy.deepcopy(State())
print(st.data, st.extra)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.attr = "x"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.attr, ml2[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(b"x"), copy.deepcopy(range(3)), copy.copy(None))
dq = deque([[1], [2]], maxlen=5)
dq2, dq3 = copy.copy(dq), copy.deepcopy(dq)
dq[0].append(0)
print(dq2, dq3, dq3.maxlen)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.copy(int) is int)

class Rec:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __replace__(self, **changes):
        return Rec(changes.get("a", self.a), changes.get("b", self.b))
r2 = copy.replace(Rec(1, 2), b=5)
print(r2.a, r2.b)
try:
    copy.replace([1])
except TypeError as e:
    print(e)
