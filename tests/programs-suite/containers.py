l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-100, -1)
print(l, l.pop(), l.pop(0), l.count(1), l.index(2), len(l))
l.remove(99) if 99 in l else None
l.sort(); print(l); l.sort(reverse=True); print(l); l.reverse(); print(l)
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3, 1, 2], reverse=True))
l2 = l.copy(); l2.clear(); print(l2, l, l[1:3], l[::-1], l[-2:], l * 2, [0] * 3, [[]] * 2)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]))
print(list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])))
print(any([]), all([]), any([0, 1]), all([1, 0]), sum([1, 2, 3], 10), sum([0.1] * 10), sum(range(101)))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], [[r[i] for r in nested] for i in range(2)], list(zip(*nested)))
print([x if x % 2 else -x for x in range(5)], {x: x * x for x in range(3)}, {x % 3 for x in range(10)})
d = {"b": 2, "a": 1}
d["c"] = 3; d.update(x=9); d.update([("y", 8)]); d.update({"z": 7})
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d), "a" in d, 2 in d)
print(d.get("q"), d.get("q", 0), d.setdefault("a", 100), d.setdefault("n", []), d.pop("n"), d.pop("q", "dflt"), d.popitem())
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", range(2))), {**d} == d)
print(d | {"new": 1}, sorted(d.items(), key=lambda kv: kv[1]), {v: k for k, v in d.items()}, d.keys() & {"a", "zz"}, sorted(d.keys() - {"a"}))
dd = {}; dd |= {"a": 1}; print(dd, repr({}), repr(dict()), {1: {2: {}}}, {(1, 2): "t", None: 0, 1.5: "f"})
try:
    for k in d: d["new2"] = 1
except RuntimeError as e:
    print(e)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a.union([9]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
print(a.isdisjoint({7}), a.issubset(range(5)), a.issuperset({1}), frozenset(a), set(), frozenset(), {frozenset({1}): 1})
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t[1:], (1,), (), tuple(), len(t), t * 2, 2 in t, (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
c = Counter("abracadabra"); print(c.most_common(2), c["z"], sorted(c.elements())[:5], c + Counter("aa"), c - Counter("aaaaaaa"))
dd2 = defaultdict(list); dd2["x"].append(1); print(dd2, dict(dd2), dd2["y"], dd2.default_factory)
dq = deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); dq.rotate(1); print(dq, dq.popleft(), dq.pop(), list(dq))
P = namedtuple("P", "x y"); p = P(1, y=2); print(p, p.x, p._asdict(), p._replace(x=5), P._fields, p == (1, 2), tuple(p))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
print(list(range(10))[2:8:3], list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], len(range(0, 10, 3)), 3 in range(5), range(5) == range(0, 5))
print(repr(range(3)), repr(range(1, 5, 2)), range(10).index(4), range(10).count(4), list(reversed(range(3))))
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
bad = [[0] * 3] * 2; bad[0][1] = 5; print(bad)
import copy
orig = [[1, 2], {"a": [3]}]; sh = copy.copy(orig); dp = copy.deepcopy(orig); orig[0].append(9); print(sh, dp)
x = [1, 2]; x.append(x); print(x); y = {}; y["self"] = y; print(y)
print(list.__name__, type([]) is list, isinstance([], (tuple, list)), [] is [], [] == [], list is type([]))
for item in ([1, 2].__iter__(), iter({1: 2}), iter({3}), iter("s"), iter((1,)), reversed([1])):
    print(type(item).__name__, end=" ")
print()
print(sorted({3: "a", 1: "b"}), sorted({"b", "a"}), list(reversed({1: 2, 3: 4})), [*{1: 2}.items()])
