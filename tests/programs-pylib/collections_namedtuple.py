# Geometry and records with namedtuple: fields, defaults, _replace, _asdict, errors.
from collections import namedtuple
import math

Point = namedtuple('Point', ['x', 'y'])
Circle = namedtuple('Circle', 'center radius', defaults=[1.0])
Employee = namedtuple('Employee', 'name, dept, salary')


def distance(p, q):
    return math.hypot(p.x - q.x, p.y - q.y)


a, b = Point(0, 0), Point(3, 4)
print(a, b, distance(a, b))
c = Circle(Point(1, 2))
print(c, c.radius, c.center.x, c._fields, Circle._field_defaults)
print(c._replace(radius=5.5), c._asdict())
x, y = b
print(x + y, b[0], b[-1], len(b), b == (3, 4), isinstance(b, tuple), hash(b) == hash((3, 4)))
staff = [Employee._make(row) for row in [('ann', 'eng', 120), ('bob', 'ops', 90), ('cid', 'eng', 100)]]
for e in sorted(staff, key=lambda e: -e.salary):
    print(f'{e.name:5}{e.dept:5}{e.salary:>5}')
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print(Point.__name__, Point.__doc__, Point._make([7, 8]))
print(namedtuple('Row', 'a b c', rename=False)(1, 2, 3))
print(namedtuple('Bad', 'ok def _x ok', rename=True)._fields)
for attempt in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3),
                lambda: Point(1, x=2), lambda: b._replace(z=1), lambda: Point._make([1]),
                lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'class'),
                lambda: namedtuple('T', '_a'), lambda: namedtuple('1T', 'a'),
                lambda: namedtuple('T', 'a', defaults=[1, 2])]:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match b:
    case Point(x=3, y=yy):
        print('matched y', yy)
