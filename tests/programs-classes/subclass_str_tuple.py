# str and tuple subclasses, immutable: the value comes from __new__; tuple subclasses with
# properties are how namedtuple works.


class Tag(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower())

    def wrap(self):
        return f"<{self}>"


t = Tag("  HTML ")
print(t, repr(t), len(t), t.wrap(), t.upper(), t + "5", "x" + t, t * 2, t[0], t[1:])
print(t == "html", t in ["html"], {t: 1}["html"], {"html": 2}[t], sorted([Tag("b"), "a", Tag("C")]))
print("-".join([Tag("A"), Tag("B")]), "html".startswith(Tag("h")), Tag("t") in "html", "%s!" % t, f"{t!r} {t:>6}")
print(isinstance(t, str), type(t).__name__, type(t + "") is str, str(t), type(str(t)).__name__, t.split("m"))


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), tuple(p), list(q), p == (1, 2), p[::-1], hash(p) == hash((1, 2)))
x, y = q
print(x, y, sorted([Point(2, 1), Point(1, 5)]), {p: "origin-ish"}[(1, 2)], p.count(1), p.index(2))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Pair(tuple):
    pass


pp = Pair([3, 4])
print(pp, Pair(), pp + (5,), type(pp + (5,)).__name__, isinstance(pp, tuple), Pair.__mro__)
