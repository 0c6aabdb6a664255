# Frozen dataclasses as dictionary keys, inheritance, kw_only and InitVar.
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY, fields


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return Coord(self.lat + dlat, self.lon + dlon)


places = {Coord(48.85, 2.35): 'Paris', Coord(51.5, -0.12): 'London'}
print(places[Coord(48.85, 2.35)], Coord(1, 2).moved(1, 1), hash(Coord(1, 2)) == hash(Coord(1, 2)))
try:
    Coord(1, 2).lat = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))


@dataclass
class Base:
    id: int
    label: str = 'base'


@dataclass
class Child(Base):
    extra: float = 0.0
    label: str = 'child'


print(Child(1), Child(2, 'x', 1.5), [f.name for f in fields(Child)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    secret: InitVar[str] = 'pw'
    digest: str = field(init=False, default='')

    def __post_init__(self, secret):
        self.digest = secret[::-1] * 2


acct = Account('ann', balance=10.0, secret='abc')
print(acct, Account.__match_args__, Account.__doc__)
try:
    @dataclass
    class Wrong(Coord):
        z: float = 0
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
