"""dataclass- and namedtuple-heavy code: frozen/ordered dataclasses with defaults, field(),
__post_init__, replace, asdict/astuple, slots; namedtuples with _replace/_asdict/_make, sorting
and grouping records with operator.attrgetter/itemgetter and itertools.groupby (own version)."""
from dataclasses import dataclass, field, replace, asdict, astuple, fields
from collections import namedtuple
from operator import attrgetter, itemgetter
from itertools import groupby
from typing import NamedTuple
import functools


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    total: float = field(init=False, repr=False)

    def __post_init__(self):
        self.total = round(self.price * self.qty, 2)


@dataclass(slots=True)
class Point:
    x: float
    y: float

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


Emp = namedtuple("Emp", "name dept salary age", defaults=[30])


class Pair(NamedTuple):
    left: int
    right: int = 0

    def total(self):
        return self.left + self.right


def main():
    vs = [Version(1, i % 3, i % 5) for i in range(20)] + [Version(0, 9), Version(2)]
    vs.sort()
    print([str(v) for v in vs[:5]], str(max(vs)), vs[3] == Version(1, 0, 3), hash(Version(1)) == hash(Version(1, 0, 0)))
    try:
        vs[0].major = 5
    except Exception as e:
        print(type(e).__name__, e)
    items = [Item(f"it{i}", i * 1.25, i % 4 + 1, ["a"] if i % 2 else []) for i in range(200)]
    print(items[3], items[3].total, sum(i.total for i in items))
    print(asdict(items[5]), astuple(items[6]))
    print([f.name for f in fields(Item)], replace(items[2], qty=10).total)
    pts = [Point(i * 0.5, (i * 7) % 11) for i in range(300)]
    best = min(((a, b) for a in pts[:40] for b in pts[40:80]), key=lambda ab: ab[0].dist2(ab[1]))
    print(best, hasattr(pts[0], "__dict__"))
    emps = [Emp(f"e{i}", ["eng", "ops", "sales"][i % 3], 1000 + (i * 37) % 500, 20 + i % 15) for i in range(90)]
    emps.sort(key=attrgetter("dept", "salary"))
    for dept, group in groupby(emps, key=attrgetter("dept")):
        g = list(group)
        print(dept, len(g), g[0].salary, g[-1].salary, sum(map(itemgetter(2), g)))
    e = emps[0]
    print(e, e._replace(salary=1), e._asdict(), Emp._make(["z", "d", 1, 2]), Emp._fields, Emp._field_defaults)
    pairs = [Pair(i, i * i % 7) for i in range(50)]
    print(sorted(pairs, key=Pair.total)[-3:], Pair(5), Pair(1, 2) == (1, 2), pairs[3]._asdict())
    l, r = pairs[4]
    print(l, r, pairs[4][1], isinstance(pairs[0], tuple))
    by_total = functools.reduce(lambda acc, p: acc + p.total(), pairs, 0)
    print(by_total, Version.__match_args__, Item.__dataclass_fields__["tags"].default_factory is list)
    match items[7]:
        case Item(name=n, qty=q) if q > 2:
            print("match", n, q)
        case _:
            print("nomatch")


main()
