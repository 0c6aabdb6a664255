# dict subclasses with __missing__: a defaultdict and a Counter written in Python, the way
# collections' pure-Python versions work; plus key normalisation through __setitem__.
import json


class DefaultDict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def __repr__(self):
        return f"DefaultDict({self.default_factory.__name__}, {dict.__repr__(self)})"


groups = DefaultDict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups)
print(len(groups), sorted(groups), groups["a"], "z" in groups, groups.get("z"))
counts = DefaultDict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), json.dumps(counts, sort_keys=True))
try:
    DefaultDict()["missing"]
except KeyError as e:
    print("KeyError", e)


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        self.update(iterable)

    def __missing__(self, key):
        return 0

    def update(self, iterable):
        for x in iterable:
            self[x] += 1

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], list(self).index(kv[0])))
        return items if n is None else items[:n]

    def __add__(self, other):
        out = Counter()
        for k in list(self) + [k for k in other if k not in self]:
            out[k] = self[k] + other[k]
        return out


c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c))
print(c.most_common(2), (c + Counter("aaz")).most_common())
print(dict(c), {**c}, list(c.keys()), isinstance(c, dict), type(c + c).__name__)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Name"] = "Ada"
d["AGE"] = 36
print(d, d["NAME"], "name" in d, "Age" in d, d.get("age"), len(d), list(d.items()))
print(d == {"name": "Ada", "age": 36}, d.pop("age"), d, sorted(LowerDict(b=2, a=1)))
d2 = LowerDict({"X": 1})
print(d2, "x" in d2)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)


class LastUpdated(dict):
    """Keeps insertion order by last update, calling dict's methods unbound as pure-Python
    library code does (collections.OrderedDict's style)."""

    def __setitem__(self, key, value):
        if key in self:
            dict.pop(self, key)
        dict.__setitem__(self, key, value)

    def first(self):
        return next(iter(dict.keys(self)))


lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu, lu.first(), dict.get(lu, "b"), list.__len__([1, 2]), dict.__contains__(lu, "a"))
items = []
list.append(items, 1)
print(items, dict.fromkeys("xy", 0), LastUpdated.fromkeys("pq", 1), type(LastUpdated.fromkeys("r")).__name__)
