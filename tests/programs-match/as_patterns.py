# AS patterns bind the subject of the sub-pattern after it matched.
match [1, [2, 3]]:
    case [x, [_, _] as inner] as whole:
        print(x, inner, whole)

match {"point": (1, 2)}:
    case {"point": (px, py) as p}:
        print(p, px, py)

match 5:
    case (1 | 5) as n:
        print("n =", n)

match "abc":
    case str() as s if s.startswith("a"):
        print("starts with a:", s)


class C:
    __match_args__ = ("v",)

    def __init__(self, v):
        self.v = v


match C(C(2)):
    case C(C(_) as inner_c) as outer:
        print(type(inner_c).__name__, inner_c.v, outer.v.v)

match 3:
    case (x as y) as z:
        print(x, y, z)
