# Class patterns: isinstance first, then positional sub-patterns through __match_args__,
# keyword sub-patterns through attributes; a missing attribute is a failed match.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Bare:
    pass


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d on plane {x},{y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "never: x=0 is caught above"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(z=z):
            return f"has z {z}"
        case Point():
            return "some point"
        case Bare(missing=1):
            return "wrong"
        case Bare():
            return "bare"
        case object():
            return f"some object {p!r}"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(1, 2, 3), Bare(), 5, "s"]:
    print(where(p))

b = Bare()
b.missing = 1
match b:
    case Bare(missing=m):
        print("attribute set on the instance:", m)

# Nested class patterns.
match [Point(1, Point(2, 3))]:
    case [Point(a, Point(b, c))]:
        print(a, b, c)


class WithProperty:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("  property read")
        return 10


match WithProperty():
    case WithProperty(9):
        print("wrong")
    case WithProperty(v):
        print("got", v)
