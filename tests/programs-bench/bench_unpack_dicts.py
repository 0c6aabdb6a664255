"""unpack_sequence plus dict/set micro workloads: tuple/list/star unpacking in loops, swaps,
nested targets, dict comprehension/merge/setdefault/get/pop/popitem, set algebra, frozenset keys,
Counter/defaultdict/OrderedDict/ChainMap operations (own version)."""
from collections import Counter, defaultdict, OrderedDict, ChainMap


def unpack_loops(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    l = list(t)
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j
        a, b, c, d, e, f, g, h, i, j = l
        acc += b * i
        first, *mid, last = l
        acc += len(mid) + last - first
        (p, q), (r, s) = (a, b), [c, d]
        acc += p * s - q * r
        a, b = b, a
        acc += a - b
    return acc


def dict_work(n):
    d = {}
    for i in range(n):
        k = f"k{i % 500}"
        d[k] = d.get(k, 0) + i
        d.setdefault(f"s{i % 7}", []).append(i)
    total = sum(v for k, v in d.items() if k.startswith("k"))
    merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}} | {"d": 5}
    inv = {v: k for k, v in merged.items()}
    popped = [d.pop(f"k{i}") for i in range(0, 500, 50)]
    last = d.popitem()
    keys = list(d)[:5]
    del d["s0"]
    return total, merged, inv, popped, last[0], keys, len(d), "k1" in d, d.get("zz", "dflt")


def set_work(n):
    a = {i * 3 % 101 for i in range(n)}
    b = set(range(0, 101, 2))
    c = frozenset(range(50))
    res = (len(a), len(a & b), len(a | b), len(a - b), len(a ^ b), a <= set(range(101)), c < frozenset(range(51)))
    groups = {}
    for i in range(n):
        key = frozenset({i % 3, i % 5})
        groups[key] = groups.get(key, 0) + 1
    s = set()
    for i in range(n):
        s.add(i % 37)
        if i % 5 == 0:
            s.discard(i % 11)
    u = b.copy()
    u.update(range(200, 205))
    u.difference_update({0, 2, 4})
    u.intersection_update(range(3, 300))
    u.symmetric_difference_update({3, 5, 7})
    return res, sorted((sorted(k), v) for k, v in groups.items()), sorted(s)[:10], len(u), min(u), max(u), sorted(c)[:3]


def collections_work():
    words = ("the quick brown fox jumps over the lazy dog the end " * 20).split()
    c = Counter(words)
    c2 = Counter("abracadabra")
    dd = defaultdict(list)
    for i, w in enumerate(words[:30]):
        dd[len(w)].append(i)
    od = OrderedDict.fromkeys("abcde", 0)
    od.move_to_end("b")
    od.move_to_end("e", last=False)
    od["c"] += 5
    cm = ChainMap({"x": 1}, {"x": 2, "y": 3}, {"z": 4})
    cm2 = cm.new_child({"y": 30})
    return (c.most_common(3), c["the"], (c2 - Counter("aab")).most_common(), (c2 & Counter("aaz")), c2 + Counter("zz"),
            sorted(c2.elements())[:6], c.total(), dict(dd), list(od.items()), od.popitem(last=False),
            cm["x"], cm2["y"], sorted(cm2), len(cm2), cm2.parents["y"])


def main():
    print("unpack", unpack_loops(20000))
    for x in dict_work(20000):
        print(" dict", x)
    for x in set_work(5000):
        print(" set", x)
    for x in collections_work():
        print(" coll", x)
    d = dict.fromkeys(range(5))
    d.update([(1, "one"), (7, "seven")], eight=8)
    print(d, list(reversed(d)), d == {0: None, 1: "one", 2: None, 3: None, 4: None, 7: "seven", "eight": 8})
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a, b, *c = [1]
    except ValueError as e:
        print("ValueError:", e)
    try:
        {}["missing"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        set().pop()
    except KeyError as e:
        print("KeyError:", e)
    try:
        {[1]: 2}
    except TypeError as e:
        print("TypeError:", e)


main()
