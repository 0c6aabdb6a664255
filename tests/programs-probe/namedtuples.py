# collections.namedtuple and typing.NamedTuple: methods, defaults, subclassing, errors.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p._fields, p._asdict(), p._replace(x=9), P._make([5, 6]))
print(p[0], p.y, len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, P.__name__, P.x.__doc__, P.__doc__)
try:
    P(1)
except TypeError as e:
    print('TypeError:', e)
try:
    P(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    p._replace(z=1)
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)

R = namedtuple('R', ['a', 'b', 'c'], defaults=[0, 1])
print(R(5), R._field_defaults, R(1, 2, 3))
Renamed = namedtuple('Renamed', 'ok def ok _x', rename=True)
print(Renamed._fields)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError:', e)
try:
    namedtuple('Bad', 'a class')
except ValueError as e:
    print('ValueError:', e)

class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
    def __str__(self): return f'<{self.x},{self.y},{self.z}>'
q = Point3(1, 2, 2)
print(q, repr(q), q.norm, q._replace(z=0))

class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 100.0
    def raise_(self, pct):
        return self._replace(salary=self.salary * (1 + pct / 100))
e = Employee('ann')
print(e, e.raise_(10), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
print(isinstance(e, tuple), type(e).__mro__[1].__name__)
print(sorted([Employee('b', salary=5), Employee('a', salary=7)]))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e2:
    print('TypeError:', e2)

E2 = NamedTuple('E2', [('k', int), ('v', str)])
print(E2(1, 'x'), E2._fields)
# unpacking, star, dict conversion, iteration in comprehension
recs = [Employee('z', 'ops', 50), Employee('y', 'eng', 70), Employee('x', 'ops', 60)]
by = {}
for r in recs: by.setdefault(r.dept, []).append(r.name)
print(by, max(recs, key=lambda r: r.salary).name)
print([dict(r._asdict()) for r in recs[:1]])
print(p.__match_args__, Employee.__match_args__)
match e:
    case Employee(name, dept='eng'):
        print('matched', name)
print(P.__new__.__doc__)
print(p.count(1), p.index(2))
print(repr(P(x='a', y=[1])))
