# The collections module as a course presents it: namedtuple, Counter, defaultdict, OrderedDict, ChainMap, deque
from collections import namedtuple, Counter, defaultdict, OrderedDict, ChainMap, deque, UserDict

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x, p._fields, p._replace(x=100), p._asdict(), Point._make([3, 4]), Point(*p) == p)
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), len(p), p.count(11), p.index(22), hash(p) == hash((11, 22)))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), Card("10", "hearts"), Card._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y}, {self.z})"


print(Point3(1, 2, 2).norm, str(Point3(1, 2, 3)), repr(Point3(1, 2, 3)))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), list(c.keys()))
c.update("aaz")
c.subtract({"a": 2, "b": 5})
print(c, +c, -c, c.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter({"x": 2}) == Counter({"x": 2, "y": 0}), Counter(words := "the cat and the hat and the bat".split()).most_common(3), len(words))
dd = defaultdict(list)
for word in words:
    dd[word[0]].append(word)
print(dict(dd), dd["q"], "q" in dd, dd.default_factory)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(set)))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print({k: {k2: dict(v2) for k2, v2 in v.items()} for k, v in t.items()})
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) == {"a": 1})
defaults = {"theme": "light", "lang": "en", "size": 12}
user = {"theme": "dark"}
cli = {"size": 14}
settings = ChainMap(cli, user, defaults)
print(settings["theme"], settings["size"], settings["lang"], len(settings), sorted(settings), settings.maps[1])
child = settings.new_child({"lang": "fr"})
child["extra"] = True
print(child["lang"], settings["lang"], child.maps[0], child.parents["lang"])
d = deque(maxlen=4)
for i in range(7):
    d.append(i)
    print(list(d), end=" ")
print()
d = deque("abcdef")
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extendleft("xy"); print(d, d[0], d[-1], d.pop(), d.popleft())
d.remove("c"); d.insert(1, "Z"); print(d, len(d), "Z" in d, d.count("a"))


def tail(lines, n=3):
    return list(deque(lines, maxlen=n))


def moving_average(values, n=3):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out


print(tail(["l1", "l2", "l3", "l4", "l5"]), moving_average([40, 30, 50, 46, 39, 44]))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict()
ld["Hello"] = 1
ld.update({"WORLD": 2})
print(ld, ld.data, "hello" in ld, len(ld))
