# IntEnum/StrEnum and enums whose members carry extra data.
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


tasks = [('write', Priority.LOW), ('ship', Priority.HIGH), ('test', Priority.MEDIUM)]
for name, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f'{name:6} {prio} {prio!r} {prio * 2}')
print(Priority.HIGH > Priority.LOW, Priority(5), Priority.LOW + 1, max(Priority), int(Priority.MEDIUM))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = 'b'


print(Color.RED, repr(Color.GREEN), Color.BLUE.upper(), Color('red'), '-'.join(Color), Color.RED == 'red')


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))


class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = (1, 'one cent')
    DIME = (10, 'ten cents')

    def __str__(self):
        return self.label


print(Coin(10), Coin.PENNY, repr(Coin.DIME), [c.value for c in Coin])
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape.SQUARE.value, Shape(3))
