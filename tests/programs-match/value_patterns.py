# Value patterns: dotted names are looked up when the case is tried and compared with ==.
import math


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Loud({self.v}).__eq__({other!r})")
        return self.v == other


def which(x):
    match x:
        case Color.RED:
            return "RED"
        case Color.GREEN:
            return "GREEN"
        case Color.Shade.DARK:
            return "DARK"
        case math.pi:
            return "pi"
    return "none"


for v in ["red", "green", 1, True, 1.0, math.pi, 3.14, "blue"]:
    print(repr(v), which(v))

# The subject is the left operand of ==: its __eq__ runs first.
print(which(Loud("green")))
print(which(Loud(2)))

Color.RED = "crimson"
print(which("crimson"), which("red"))

try:
    match 5:
        case Color.BLUE:
            pass
except AttributeError as e:
    print("AttributeError:", e)
