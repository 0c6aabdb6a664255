"""Sorting benchmarks (list.sort, keys, cmp_to_key, stability) and unpack_sequence (own version)."""
import random
from functools import cmp_to_key, total_ordering
from operator import itemgetter, attrgetter


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"V{self.text}"


class Rec:
    __slots__ = ("name", "age", "score")

    def __init__(self, name, age, score):
        self.name, self.age, self.score = name, age, score

    def __repr__(self):
        return f"{self.name}/{self.age}/{self.score}"


def unpack_sequence(n):
    a = list(range(10))
    t = tuple(a)
    total = 0
    for _ in range(n):
        a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 = a
        b0, b1, b2, b3, b4, b5, b6, b7, b8, b9 = t
        first, *middle, last = a
        (x, y), z = (a0, b9), a5
        total += a0 + a9 + b5 + len(middle) + last + x + y + z
    return total


def main():
    rng = random.Random(99)
    data = [rng.randint(-1000, 1000) for _ in range(500)]
    s = sorted(data)
    print(s[:5], s[-5:], s == sorted(data, key=lambda v: v), sorted(data, reverse=True)[:3])
    floats = [rng.uniform(-1, 1) for _ in range(200)] + [float("inf"), -0.0, 0.0]
    fs = sorted(floats)
    print(fs[0], fs[-1], fs[100])
    words = "banana Apple cherry apple Banana date Elderberry fig".split()
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
    print(sorted(words, key=lambda w: (-len(w), w)))
    recs = [Rec(rng.choice("ABCDE") + str(i), rng.randint(20, 30), rng.randint(0, 5)) for i in range(12)]
    print(sorted(recs, key=attrgetter("age", "score"))[:4])
    by_score = sorted(recs, key=attrgetter("score"), reverse=True)
    print([r.score for r in by_score], by_score[:3])
    pairs = [(rng.randint(0, 3), c) for c in "abcdefghij"]
    print(sorted(pairs, key=itemgetter(0)))
    def cmp(a, b):
        return (a % 7 > b % 7) - (a % 7 < b % 7) or (b > a) - (b < a)
    print(sorted(range(20), key=cmp_to_key(cmp)))
    vs = [Version(v) for v in ["1.10.0", "1.2.0", "1.2.10", "0.9", "1.2.9", "10.0"]]
    print(sorted(vs), max(vs), min(vs), Version("1.2") <= Version("1.2"))
    lst = data[:]
    lst.sort(key=abs)
    print(lst[:8])
    try:
        sorted([1, "a", 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        [3, None].sort()
    except TypeError as e:
        print("TypeError:", e)
    print(unpack_sequence(2000))
    a, b, *rest = "xyzw"
    *init, tail = range(5)
    print(a, b, rest, init, tail)
    try:
        p, q = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        p, q, r = [1, 2]
    except ValueError as e:
        print("ValueError:", e)
    m = {k: v for k, v in zip("abc", range(3))}
    for i, (k, v) in enumerate(sorted(m.items(), key=lambda kv: -kv[1])):
        print(i, k, v, end=" | ")
    print()


if __name__ == "__main__":
    main()
