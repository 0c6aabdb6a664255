# Dict insertion order after deletions, re-insertions, updates, and view objects.
d = {}
for k in ["x", "a", "m", "b", "z"]:
    d[k] = len(d)
print(d, list(d), list(d.values()))
del d["a"]
d["q"] = 10
d["a"] = 11
print(d)
d["x"] = 99
print(d)
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d, len(d))
d.update({"new": 1, "x": 2})
print(d)
print(d.pop("x"), d.pop("missing", "dflt"), d.popitem(), d)
e = dict.fromkeys(range(10), 0)
for k in range(0, 10, 3):
    del e[k]
for k in (3, 100, 0, -5):
    e[k] = k * k
print(e, list(e.keys()), list(e.items())[:3])
keys = e.keys()
vals = e.values()
items = e.items()
e[42] = "late"
print(len(keys), 42 in keys, "late" in list(vals), (42, "late") in items)
print(keys & {1, 2, 3, 100}, keys - {1, 2}, sorted(keys | {7, 1000}))
f = {i: i for i in range(20)}
for i in range(19):
    del f[i]
f[0] = 0
print(f, dict(zip("abc", [1, 2, 3])), dict([(1, 2), (3, 4)], five=5), {**f, **{"z": 0}})
g = {1: "a", True: "b", 1.0: "c"}
print(g, {0: 1, False: 2, 0.0: 3, -0.0: 4})
print(d == dict(reversed(list(d.items()))), list(reversed(d)), d.setdefault("w", []), d)
print(d.get("zz"), d.get("w"), d.copy(), sorted(e.items(), key=lambda kv: str(kv[1]))[:4])
d.clear()
print(d, bool(d))
