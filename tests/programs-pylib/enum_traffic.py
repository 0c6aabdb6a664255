# A traffic-light state machine with Enum: iteration, lookup, methods, aliases, unique.
from enum import Enum, auto, unique


class Light(Enum):
    RED = 1
    GREEN = 2
    YELLOW = 3
    STOP = 1

    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]

    @property
    def can_go(self):
        return self is Light.GREEN


state = Light.RED
for _ in range(4):
    print(state, repr(state), state.name, state.value, state.can_go)
    state = state.next()
print(list(Light), len(Light), Light.STOP is Light.RED, Light(2), Light['YELLOW'])
print(Light.__members__, Light.RED in Light, 3 in Light, 7 in Light)
print({Light.RED: 'stop'}[Light.STOP], f'{Light.GREEN}', f'{Light.GREEN!r}', str(Light.YELLOW))
for bad in [lambda: Light(9), lambda: Light['BLUE']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Light.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print(list(Weekday), Weekday.parse('tuesday'), Weekday.WEDNESDAY.value)
match Weekday.MONDAY:
    case Weekday.MONDAY:
        print('start of week')
    case _:
        print('other')
print(type(Light.RED), Light, isinstance(Light.RED, Light), Light.RED == 1)
