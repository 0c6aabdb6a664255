# Structural pattern matching: literals, captures, guards, sequences, mappings, class patterns, or-patterns, as
def describe(x):
    match x:
        case 0 | 1: return "small"
        case int(n) if n < 0: return f"negative {n}"
        case int(): return "int"
        case float() | complex(): return "number"
        case "": return "empty str"
        case str(s) if len(s) > 3: return f"long str {s}"
        case str(): return "str"
        case []: return "empty list"
        case [x]: return f"one {x}"
        case [x, y]: return f"pair {x},{y}"
        case [x, *rest]: return f"first {x} rest {rest}"
        case {"type": "point", "x": px, **others}: return f"point {px} {others}"
        case {}: return "some dict"
        case (1, 2, 3): return "never: tuple of 3 matched above"
        case None: return "none"
        case _: return "other"
for v in [0, 1, -5, 7, 2.5, 1j, "", "abcd", "ab", [], [9], [1, 2], (1, 2, 3), {"type": "point", "x": 1, "z": 2}, {"a": 1}, None, object]:
    print(repr(v)[:20], "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"on y {y}"
        case Point(x, 0): return f"on x {x}"
        case Point(x, y) if x == y: return "diagonal"
        case Point(): return "somewhere"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5), 5]:
    print(where(p))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return "red!"
        case Color.GREEN: return "green!"
print(col(Color.RED), col(Color.GREEN), col(3))
match (1, [2, 3]):
    case (a, [b, c]) as whole:
        print(a, b, c, whole)
match {"k": [1, {"n": "deep"}]}:
    case {"k": [_, {"n": str() as name}]}:
        print("deep name", name)
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as d]: print("going", d)
    case _: print("?")
match 5:
    case x:
        print("capture", x)
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
match [1, 2, 3, 4]:
    case [1, *_, 4]: print("ends ok")
match "x":
    case "y": print("no")
print("done")
