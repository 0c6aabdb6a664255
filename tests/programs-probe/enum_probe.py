# enum: auto values, aliases, _missing_, Flag arithmetic, IntEnum/StrEnum, unique, functional API.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(1), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, [m.name for m in Color.__members__.values()], list(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()
print(Lower.ALPHA, repr(Lower.BETA), Lower.ALPHA == 'alpha', Lower.ALPHA.upper(), f'{Lower.BETA}', '-'.join(Lower))

class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), Prio(3), f'{Prio.LOW}', str(Prio.LOW), repr(Prio.LOW), max(Prio))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, bool(Perm.R & Perm.X), rw == Perm.RW, list(rw), Perm(0), len(rw))
print([p.name for p in Perm], Perm(5), (Perm.R | Perm.X).value)
class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, Bits.A | 8, int(Bits.B | Bits.C), Bits(3), repr(Bits(6)), Bits.A + 1)

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    def describe(self): return f'{self.name.title()} ({self.value})'
    @property
    def is_on(self): return self is Status.ACTIVE
print(Status('ACTIVE'), Status('Inactive').describe(), Status.ACTIVE.is_on)
try:
    Status(5)
except ValueError as e:
    print('ValueError:', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Enum('Pair', [('X', 'x'), ('Y', 'y')]).Y.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
class Ord(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
    ONE = 1
    TWO = 2
print(sorted([Ord.TWO, Ord.ONE]), Ord.ONE < Ord.TWO)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError:', e)
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green!')
d = {Color.RED: 'r', Prio.LOW: 'low'}
print(d[Color.CRIMSON], d[1] if 1 in d else 'no int key', Prio.LOW in d)
class Empty(Enum): pass
class Ext(Empty):
    Z = 26
print(Ext.Z, list(Empty))
try:
    class Bad(Color): pass
except TypeError as e:
    print('TypeError:', e)
print(Color.RED.__class__.__mro__[1].__name__, Color.__name__)
