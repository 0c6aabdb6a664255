# dict views are live; iteration order; dict comparisons and constructors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), list(k), list(v), list(it))
d["d"] = 4
del d["a"]
print(k, v, it)
print("b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it, k == {"b", "c", "d"}, k - {"b"} == {"c", "d"})
for key in d:
    print(key, d[key], end="; ")
print()
for key, val in d.items():
    d[key] = val * 10
print(d, sum(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(dict(a=1, b=2) == {"b": 2, "a": 1}, {1: 2} != {1: 3}, dict({"x": 1}, y=2), dict.fromkeys("ab", []), dict([("k", "v")]))
inv = {v: k for k, v in d.items()}
print(inv, sorted(inv), list(reversed(d.keys())), list(reversed(d.values())))
d |= {"e": 5}
print(d, d | {"a": 0}, {"a": 0} | d)
counts = {}
for w in "a b a c b a d".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("q", "none"), len(nested["x"]))
