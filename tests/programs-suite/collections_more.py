# collections and friends as suites probe them: Counter arithmetic, deque, ChainMap, defaultdict, OrderedDict, namedtuple details, UserDict, abc checks
from collections import Counter, deque, ChainMap, defaultdict, OrderedDict, namedtuple, UserDict, UserList, UserString
import collections.abc as cabc
c = Counter(a=3, b=1, c=0, d=-2)
print(c, +c, -c, c.total(), list(c.elements()), c.most_common(), Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
c.update("aaz"); c.subtract({"a": 1}); print(c, c["missing"], sorted(c), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), repr(Counter()))
print(Counter("hello world").most_common(3), Counter(a=1) < Counter(a=2), dict(Counter("xyx")))
dq = deque(range(5)); dq.rotate(-2); print(dq, dq[0], dq[-1], dq.index(3), dq.count(1), len(dq), 4 in dq)
dq.extendleft([9, 8]); print(dq, dq.maxlen, deque(maxlen=2), deque("ab", 5))
dq2 = deque([1, 2, 3], maxlen=3); dq2.extend([4, 5]); print(dq2, list(reversed(dq2)), dq2 * 2 if False else dq2.copy())
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"z": 0})["z"], dict(cm))
cm["c"] = 4; print(cm.maps[0], "b" in cm, cm.get("q", "no"))
dd = defaultdict(int); [dd.__setitem__(ch, dd[ch] + 1) for ch in "banana"]; print(dd, dict(dd), repr(defaultdict(list)))
nested = defaultdict(lambda: defaultdict(int)); nested["x"]["y"] += 1; print(nested["x"]["y"], dict(nested["x"]))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a", last=True); od.move_to_end("c", last=False); print(od, list(od.keys()), od == OrderedDict.fromkeys("cba"))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1), repr(OrderedDict()))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1); print(p, Point._field_defaults, Point._make([5, 6]), p._asdict(), p.x, p[0], p + (9,), Point.__doc__)
x, y = p; print(x, y, isinstance(p, tuple), Point(x=3, y=4)._replace(y=0), hash(p) == hash((1, 0)))
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
Emp = namedtuple("Emp", "name, age", rename=True); print(Emp("a", 1), Emp._fields)
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
u = UD(a=1); u["b"] = 2; print(u, u.data, len(u), "a" in u)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], ul[0], type(ul[:2]).__name__)
us = UserString("abc"); print(us.upper(), us + "d", len(us), us[::-1])
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance((x for x in []), cabc.Iterator), isinstance("", cabc.Iterable), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable), issubclass(dict, cabc.MutableMapping), isinstance(len, cabc.Callable))
class MySeq(cabc.Sequence):
    def __init__(self, *d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
ms = MySeq(1, 2, 3); print(list(ms), ms.index(2), ms.count(3), 2 in ms, list(reversed(ms)))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
print(Point.x.__doc__, type(Point.y).__name__, Point(7, 8).y)
