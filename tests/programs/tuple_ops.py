# tuples: packing, unpacking, comparison, hashing as dict keys, methods.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t + (7,), t * 2 if len(t) < 3 else t[:2] * 2)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, 2) + (3,), type(()).__name__)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") == (1, "a"), t.count(None), t.index(3.0))
a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
(x, y), z = (10, 20), 30
print(x, y, z)
coords = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(coords[(1, 0)], coords.get((5, 5), "?"), sorted(coords), (0, 1) in coords)
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1,)), hash((2**70, 1.5)))
pts = [(3, 1), (1, 2), (2, 2), (1, 1)]
print(sorted(pts), max(pts), min(pts, key=lambda p: p[1]), [p for p in pts if p[0] == 1])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum([sum(p) if isinstance(p, tuple) else p for p in nested[0]]))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), tuple(map(lambda v: v * 2, (1, 2))), (1, 2, 3)[1:] == (2, 3))
