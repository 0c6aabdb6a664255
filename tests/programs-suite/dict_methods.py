# dict: methods, views and their set ops, ordering, errors, fromkeys, |=, comparisons
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2}
d.update(c=3); d.update([("d", 4)]); d.update({"e": 5}, f=6); print(d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("g"), d.pop("g"), d.pop("zz", "dflt"), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()), len(d), "a" in d, 1 in d, "a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
k = d.keys(); v = d.values(); it = d.items()
d["new"] = 0; print(k, v, it, len(k), list(reversed(it)))
print(k & {"a", "x"}, sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), it & {("a", 1)}, k == {"a", "b", "c", "d", "e", "new"}, k < {"a", "b", "c", "d", "e", "new", "z"}, k.isdisjoint(["zz"]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(a=1), dict([(1, 2)], x=3), dict({1: 2}), dict(zip("ab", "cd")), dict(), dict(((i, i * i) for i in range(3))))
e = {1: "x"}; e |= {2: "y"}; e |= [(3, "z")]; print(e, e | {1: "X"}, {0: 0} | e)
print({1: 1} == {1: 1.0}, {1: 2} != {1: 3}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}), dict(sorted({"b": 1, "a": 2}.items())))
show(lambda: {}["k"])
show(lambda: {}[("t", 1)])
show(lambda: {}.pop("k"))
show(lambda: {}.popitem())
show(lambda: {[1]: 2})
show(lambda: {}.get())
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([("ab")]))
show(lambda: dict(1))
show(lambda: {} < {})
show(lambda: {} | [])
show(lambda: {}.update(1))
show(lambda: {}.update([1]))
show(lambda: {1: 2}.keys()[0])
show(lambda: {}.setdefault())
show(lambda: {}.update({}, {}))
show(lambda: hash({}))
show(lambda: d.items() < 3)
dd = {1: 1}
try:
    for key in dd:
        dd[key + 1] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    for key in dd:
        del dd[key]
except RuntimeError as ex:
    print("RuntimeError", ex)
dd = {1: 1, 2: 2}
try:
    for key in dd.values():
        dd.pop(2)
except RuntimeError as ex:
    print("RuntimeError", ex)
z = {"x": 1}; z["x"] = 2; del z["x"]; z["x"] = 3; z["y"] = 4; print(z, list(z))
r = {}; r[r.__class__] = 1; print(r)
rec = {}; rec["self"] = rec; print(rec)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1); print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return f"H({self.v})"
hd = {H(1): "a", H(2): "b", H(1): "c"}; print(hd, len(hd), hd[H(2)])
print({**{"a": 1}, "b": 2, **{"a": 3}}, dict(**{"k": 1}), {k: v for k, v in zip("ab", range(2))}, {i: i for i in range(3)}.keys())
print(dict.__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(iter({})).__name__, type(iter({}.items())).__name__)
print({}.keys() == set(), {1: 2}.values() == {1: 2}.values(), {1: 2}.items() == {(1, 2)}, sorted({3: 0, 1: 0}), str({1: "a"}), repr({"k": [1, (2,)]}), {1: {2: {}}})
