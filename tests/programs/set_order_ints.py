# Set and frozenset printing order for ints and tuples of ints (CPython's hashes and probing).
print({5, 3, 1, 9, 7}, {100, 1, 10, 1000, 10000}, {-1, -2, 0, 1, 2})
print(set(range(20, 0, -1)), set([33, 1, 65, 97, 129]))
print({2**64, 1, 2**63, -(2**64), 17}, {1 << k for k in range(0, 70, 7)})
s = set()
for i in range(0, 200, 7):
    s.add(i * 37 % 101)
print(s, len(s))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
s.update([1000, 2000, 8, 16, 24])
print(s)
print({(1, 2), (2, 1), (0, 0), (3, 4), (-1, -1)}, frozenset({(1, 2, 3), (4,), ()}))
a = {1, 2, 3, 4, 5, 6}
b = {4, 5, 6, 7, 8, 9}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {4, 5} < b, a.isdisjoint({10, 11}))
print(frozenset(a) | b, type(frozenset(a) | b).__name__, set(b) | frozenset(a))
print({x % 10 for x in range(100)}, {x * x for x in range(-5, 6)})
print(set([8, 16, 24, 32, 40, 48, 56, 64, 72, 80]), {9, 17, 25, 33}, {0.5, 1.5, 2.0, 1})
t = {True, 1, 0, False, 2}
print(t, len(t), {None, 0} == {0, None})
big = set(range(1000))
for i in range(0, 1000, 2):
    big.remove(i)
print(len(big), sorted(big)[:5], min(big), max(big))
print(set(list(big)[:12]))
u = {1, 2, 3}
print(u.pop(), u, sorted({3, 1, 2}), sum({1, 2, 3}), 2 in u)
