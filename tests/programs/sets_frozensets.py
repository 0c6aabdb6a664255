# set and frozenset operations, methods and comparisons (int elements).
a = set(range(10))
b = {x for x in range(5, 15)}
print(a & b, a | b, a - b, a ^ b, a.intersection(b, {6, 7, 100}), a.union([20], (30,)), a.difference({1}, {2}))
print(a < b, a <= a, a < a, {1} < a, a >= {1, 2}, a.issubset(range(20)), a.issuperset([1, 2]), a == set(range(10)))
c = set()
c.add(3); c.add(3); c.add(-3)
print(c, len(c), 3 in c, 4 not in c)
c |= {10, 20}; print(c)
c &= {3, 10, 99}; print(c)
c -= {10}; print(c)
c ^= {3, 4}; print(c)
c.update(range(3), [7]); print(c)
c.discard(100); c.remove(7); print(c)
c.intersection_update({0, 1, 4}); print(c)
c.difference_update({0}); print(c)
c.symmetric_difference_update({1, 9}); print(c)
f = frozenset([3, 1, 2])
print(f, frozenset(), hash(f) == hash(frozenset({1, 2, 3})), {f: "frozen"}[frozenset({1, 2, 3})], f | {4}, f & {1, 5}, f.union({9}))
print(set("aaaa"), len(set("mississippi")), sorted(set("mississippi")), set([1, 1, 2, 2, 3]), set(), frozenset({0}))
print({frozenset({1, 2}), frozenset({2, 1})}, {(1, 2), (1, 2)}, set({1: 2, 3: 4}), set(range(3)) == frozenset(range(3)))
print(min({4, 2, 9}), max({4, 2, 9}), sum({1, 2, 3}), sorted({3, -1, 2}, reverse=True), len({None, 0, False, ()}))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups, c.copy(), c.copy() is c)
