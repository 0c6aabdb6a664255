# Raytrace-lite (after pyperformance's bm_raytrace, much reduced): a Vector class with
# operator methods, spheres and a plane, one light, Lambert shading and shadows, rendered
# to a small grid; prints a checksum of the pixel values and a coarse ASCII preview.
import math
import sys


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre = centre
        self.radius = radius
        self.shade = shade

    def intersect(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, shade):
        self.point = point
        self.normal = normal.normalized()
        self.shade = shade

    def intersect(self, ray):
        d = ray.vector.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.point).dot(self.normal) / d
        return t if t > 0 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.light = Vector(-10.0, 20.0, 10.0)
        self.eye = Vector(0.0, 1.5, -6.0)

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and 1e-6 < t < best_t:
                best, best_t = obj, t
        return best, best_t

    def colour(self, ray):
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.1
        p = ray.point_at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).normalized()
        lambert = n.dot(to_light)
        if lambert <= 0:
            return 0.05 * obj.shade
        blocker, _ = self.nearest(Ray(p, to_light))
        if blocker is not None:
            return 0.05 * obj.shade
        return obj.shade * (0.05 + 0.95 * lambert)

    def render(self, width, height):
        rows = []
        for j in range(height):
            row = []
            for i in range(width):
                x = (i - width / 2) / width * 4.0
                y = (height / 2 - j) / height * 3.0
                direction = Vector(x, y, 0.0) - Vector(0.0, 1.5, -4.0) + Vector(0.0, 1.5, 0.0)
                row.append(self.colour(Ray(self.eye, direction)))
            rows.append(row)
        return rows


def main(size):
    scene = Scene()
    scene.objects.append(Sphere(Vector(0.0, 1.0, 2.0), 1.0, 0.9))
    scene.objects.append(Sphere(Vector(-1.8, 0.6, 3.0), 0.6, 0.7))
    scene.objects.append(Sphere(Vector(1.6, 0.5, 1.0), 0.5, 0.8))
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.6))
    rows = scene.render(size, size * 3 // 4)
    total = 0.0
    for row in rows:
        for v in row:
            total += v
    print(f"{total:.6f}")
    ramp = " .:-=+*#%@"
    step = max(1, size // 32)
    for row in rows[::step * 2]:
        print("".join(ramp[min(9, int(v * 10))] for v in row[::step]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
