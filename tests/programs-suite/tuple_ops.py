# tuple: indexing, slicing, methods, comparisons, hashing, unpacking and their errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t = (1, "a", 2.5, None, (3, 4))
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[4][1], len(t), t.count(1), t.index("a"), t.index(2.5, 1, 4), 2.5 in t, (3, 4) in t, t + (5,), (0,) * 3, 2 * (1, 2))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple({3: 4}), tuple(range(3)), tuple(x * x for x in range(4)), tuple((1, 2)) is not None, repr((1,)), str(((),)), ((1, 2),) * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") < (1, "b"), (2,) > (1, 9), (1, 2) == (1, 2.0), (1,) != [1], max([(1, "z"), (2, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "x"}[(1, 2)], len({(1, 2), (1, 2), (2, 1)}))
show(lambda: hash((1, [2])))
show(lambda: t[10])
show(lambda: t["a"])
show(lambda: t.index(99))
show(lambda: (1,) + [2])
show(lambda: (1, 2) < (1, "a"))
show(lambda: t.__setitem__(0, 1))
show(lambda: tuple(5))
show(lambda: (1, 2).count())
a, b, *c = (1, 2, 3, 4); print(a, b, c)
*a, b = "xyz"; print(a, b)
(a, (b, c)), d = (1, (2, 3)), 4; print(a, b, c, d)
a, = [7]; print(a)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=" ")
print()
def unpack(v, n):
    try:
        if n == 2:
            p, q = v
            return p, q
        p, q, r = v
        return p, q, r
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(unpack((1, 2, 3), 2), unpack((1,), 2), unpack([1, 2], 3), unpack(5, 2), unpack("ab", 2), unpack({"k": 1, "j": 2}, 2), unpack(iter([1, 2, 3, 4]), 3))
def star(v):
    try:
        a, *b, c = v
        return a, b, c
    except ValueError as e:
        return str(e)
print(star([1]), star([1, 2]), star("abcde"), star(range(3)))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(3, 4); print(p, p.x, p[1], len(p), type(p).__name__, p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)), p + (5,), type(p + (5,)).__name__)
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
q = Pt(1, y=2); print(q, q.x, q._replace(x=9), q._asdict(), Pt._fields, tuple(q), q == (1, 2), Pt._make([5, 6]))
show(lambda: Pt(1))
show(lambda: Pt(1, 2, 3))
show(lambda: q._replace(z=1))
print(tuple.__name__, t.__len__(), t.__getitem__(1), t.__contains__(None), (1, 2).__add__((3,)), (1,).__mul__(2), (1,).__rmul__(2), t.__class__ is tuple)
