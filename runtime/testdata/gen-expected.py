"""Regenerate expected.json from CPython 3.13 (the only source of expected outputs).

Usage: /root/.pyenv/versions/3.13.0/bin/python3.13 runtime/testdata/gen-expected.py
Each case is a sequence of operations on one set or dict; CPython runs them and records the
iteration order (and popped elements, hashes). runtime/dict-set.test.ts replays the same
operations on the heap and compares. Values are JSON-tagged: {"i": "123"} int, {"f": 1.5} float ("inf"/"-inf" as strings),
{"t": [...]} tuple, {"s": "text"} str, true/false/null.
"""
import json
import random
import sys

assert sys.version_info[:2] == (3, 13), sys.version


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": v if v == v and abs(v) != float("inf") else repr(v)}  # JSON has no inf/nan
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    raise TypeError(v)


rng = random.Random(1234)
cases = []


def set_case(name, ops):
    s = set()
    popped = []
    for op, v in ops:
        if op == "add":
            s.add(v)
        elif op == "discard":
            s.discard(v)
        elif op == "pop":
            popped.append(s.pop())
    cases.append({"kind": "set", "name": name,
                  "ops": [[op, enc(v)] for op, v in ops],
                  "order": [enc(x) for x in s], "popped": [enc(x) for x in popped]})


def dict_case(name, ops):
    d = {}
    for op, k in ops:
        if op == "set":
            d[k] = len(d)
        elif op == "del":
            del d[k]
    cases.append({"kind": "dict", "name": name,
                  "ops": [[op, enc(k)] for op, k in ops],
                  "order": [[enc(k), enc(v)] for k, v in d.items()]})


ints = list(range(100))
rng.shuffle(ints)
set_case("ints 0..99 shuffled", [("add", i) for i in ints])
set_case("ints with collisions mod 8", [("add", i * 8 + j) for j in range(3) for i in range(12)])
big = [2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**64 + 3, -1, -2, 2**31, -(2**31) - 1, 10**20, 7, 0]
set_case("big and negative ints", [("add", v) for v in big])
tuples = [(i, j) for i in range(10) for j in range(5)]
rng.shuffle(tuples)
set_case("tuples of ints", [("add", t) for t in tuples])
set_case("nested tuples", [("add", ((i,), (i, i + 1), ())) for i in range(20)])
floats = [0.5, 1.5, -2.25, 1e300, 1e-310, 3.0, 2.0**70, -0.0, float("inf"), float("-inf"), 0.1, 123.456]
set_case("floats and equal ints", [("add", f) for f in floats] + [("add", 3), ("add", 0), ("add", 7)])
ops = []
for k in range(300):
    v = rng.randrange(200)
    ops.append(("add" if rng.random() < 0.6 else "discard", v))
set_case("adds and discards", ops)
set_case("pop order", [("add", v) for v in range(0, 60, 3)] + [("pop", None)] * 7 + [("add", 1000), ("add", 4)] + [("pop", None)] * 3)
many = [rng.randrange(-10**6, 10**6) for _ in range(3000)]
set_case("3000 random ints", [("add", v) for v in many])
set_case("mixed keys", [("add", v) for v in [1, 1.0, True, (1,), (1.0,), 2**70, float(2**70), None, (None, 2)]])

dops = [("set", k) for k in range(20)] + [("del", k) for k in (3, 7, 11, 0)] + [("set", 3), ("set", 100), ("set", 7)]
dict_case("dict deletes and reinserts", dops)
dops = []
present = []
for n in range(400):
    if present and rng.random() < 0.35:
        k = present.pop(rng.randrange(len(present)))
        dops.append(("del", k))
    else:
        k = rng.choice([rng.randrange(1000), (rng.randrange(9), rng.randrange(9)), f"k{rng.randrange(500)}"])
        if k not in present:
            present.append(k)
        dops.append(("set", k))
dict_case("dict random ops with str, int and tuple keys", dops)

hashes = []
for v in [0, 1, -1, -2, 2**31 - 1, -(2**31), 2**61 - 2, 2**61 - 1, 2**61, -(2**61) - 7, 10**30, -(10**30),
          0.5, -0.5, 1.0, 0.1, 1e300, 1e-310, 2.0**70, -2.0**70, 123.456, float("inf"), float("-inf"),
          (), (1,), (1, 2), ((1, 2), 3), (-1,), (0.5, 7, (2**70,)), None, True, False]:
    hashes.append([enc(v), str(hash(v))])
for fs in [frozenset(), frozenset({1, 2, 3}), frozenset({(1, 2), 5, -1})]:
    hashes.append([{"frozenset": [enc(x) for x in fs]}, str(hash(fs))])
for r in [range(0), range(5, 5), range(10), range(0, 10, 2), range(3, 4, 7), range(10, 0, -3), range(-5, 2**70, 3)]:
    hashes.append([{"range": [enc(r.start), enc(r.stop), enc(r.step)]}, str(hash(r))])
for s in [slice(1, 2, None), slice(None), slice(-1, None, 2), slice((1, 2), 0.5, None)]:  # no str: CPython randomizes str hashes
    hashes.append([{"slice": [enc(s.start), enc(s.stop), enc(s.step)]}, str(hash(s))])
# Equalities between ranges CPython considers equal or not (by the sequence they denote).
range_pairs = [(range(0), range(5, 5)), (range(0, 3, 2), range(0, 4, 2)), (range(3, 4, 7), range(3, 4, 1)),
               (range(0, 10, 2), range(0, 10, 3)), (range(1, 2), range(2, 3))]
range_equal = [[[enc(x) for x in (a.start, a.stop, a.step)], [enc(x) for x in (b.start, b.stop, b.step)], a == b]
               for a, b in range_pairs]

out = {"generator": "runtime/testdata/gen-expected.py", "python": sys.version.split()[0],
       "cases": cases, "hashes": hashes, "range_equal": range_equal}
with open(__file__.replace("gen-expected.py", "expected.json"), "w") as f:
    json.dump(out, f)
    f.write("\n")
