"""A tiny ray tracer with operator-overloading vectors (own version), ASCII output."""
import math
from functools import total_ordering

EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = float(x), float(y), float(z)

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return "Vector(%g, %g, %g)" % (self.x, self.y, self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self / abs(self)


@total_ordering
class Hit:
    def __init__(self, t, obj):
        self.t, self.obj = t, obj

    def __eq__(self, o):
        return self.t == o.t

    def __lt__(self, o):
        return self.t < o.t


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre, self.radius, self.shade = centre, radius, shade

    def intersect(self, origin, direction):
        cp = self.centre - origin
        v = cp.dot(direction)
        disc = self.radius ** 2 - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        t = v - math.sqrt(disc)
        return Hit(t, self) if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, shade):
        self.point, self.normal, self.shade = point, normal.normalized(), shade

    def intersect(self, origin, direction):
        d = direction.dot(self.normal)
        if abs(d) < EPSILON:
            return None
        t = (self.point - origin).dot(self.normal) / d
        return Hit(t, self) if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


def render(w, h, scene, light):
    ramp = " .:-=+*#%@"
    eye = Vector(0, 1, -4)
    rows = []
    total = 0.0
    for j in range(h):
        row = []
        for i in range(w):
            d = Vector((i - w / 2) / w * 2, (h / 2 - j) / h * 1.5, 1).normalized()
            hits = [x for x in (o.intersect(eye, d) for o in scene) if x is not None]
            if not hits:
                row.append(" ")
                continue
            hit = min(hits)
            p = eye + d * hit.t
            n = hit.obj.normal_at(p)
            to_light = (light - p).normalized()
            shadow = any(o.intersect(p, to_light) for o in scene if o is not hit.obj)
            b = 0.1 if shadow else max(0.0, n.dot(to_light)) * hit.obj.shade + 0.1
            total += b
            row.append(ramp[min(len(ramp) - 1, int(b * (len(ramp) - 1)))])
        rows.append("".join(row).rstrip())
    return rows, total


def main():
    scene = [Sphere(Vector(0, 1, 3), 1, 0.9), Sphere(Vector(1.5, 0.5, 2), 0.5, 0.7),
             Plane(Vector(0, 0, 0), Vector(0, 1, 0), 0.6)]
    rows, total = render(48, 20, scene, Vector(-3, 5, -2))
    print("\n".join(rows))
    print(f"brightness {total:.6f}")
    a, b = Vector(1, 2, 3), Vector(-2, 0.5, 4)
    print(a + b, a - b, 2 * a, a * 2, -a, abs(Vector(3, 4, 0)), a.cross(b), list(a), tuple(b))
    print(a == Vector(1, 2, 3), a != b, len({a, Vector(1, 2, 3), b}), sorted([Hit(3, 0), Hit(1, 0)])[0].t)
    print(Hit(1, 0) <= Hit(2, 0), Hit(3, 0) >= Hit(2, 0), max([Hit(5, "a"), Hit(7, "b")]).obj)


if __name__ == "__main__":
    main()
