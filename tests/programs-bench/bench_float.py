"""Float benchmark: points with __slots__, normalize, maximize (own version)."""
from math import sin, cos, sqrt
import sys


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    for k in (1, 10, 100, n):
        print(benchmark(k))
    p = Point(0.5)
    try:
        p.w = 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(Point.__slots__, hasattr(p, "__dict__"))
    print(sum(Point(i).z for i in range(50)))
