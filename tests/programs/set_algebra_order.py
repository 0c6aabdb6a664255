# set algebra printing order (CPython's set_merge, intersection over the smaller set, compaction).
a = set(range(0, 30, 3))
b = set(range(0, 30, 5))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100, -1]), a.intersection(b, range(10)), a.difference(b, {3}), a.symmetric_difference(range(5)))
c = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
c -= {2, 4, 6, 8}
print(c)
c &= {1, 3, 5, 99}
print(c)
c |= {64, 128, 256}
print(c)
c ^= {1, 1024}
print(c)
d = {-1, -2, -3, 7, 8}
print(d, {x * 10 for x in d}, frozenset(d) | {0}, {0} | frozenset(d))
alias = c
c |= {5000}
print(alias is c, 5000 in alias)
words = {"x", "y"}
print(len(words | {"z"}), sorted(words ^ {"y", "w"}))
big = set(range(100))
small = {5, 500}
print(big & small, small & big, len(big - small), (big - set(range(2, 100))))
