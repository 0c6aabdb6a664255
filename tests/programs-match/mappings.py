# Mapping patterns: the listed keys must be present (other keys are allowed), **rest collects
# the others in a new dict; only mappings match.
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **others}:
            return f"circle {r} others={others}"
        case {1: one, -1: minus, **rest} if not rest:
            return f"ints {one} {minus}"
        case {"k": {"nested": n}}:
            return f"nested {n}"
        case {"none": None}:
            return "explicit None value"
        case {}:
            return f"some mapping of {len(x)}"
    return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 3}, {"type": "circle", "r": 3, "color": "red", "fill": True},
          {1: "a", -1: "b"}, {1: "a", -1: "b", 2: "c"}, {"k": {"nested": 5, "extra": 0}},
          {"none": None}, {"none": 0}, {}, {"q": 1}, [("type", "point")], "type", None]:
    print(repr(v), "->", m(v))

d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": b, **rest}:
        print(b, rest, rest is d)
rest["z"] = 0
print(d)

match {"a": 1}:
    case {**everything}:
        print("everything", everything)

key = "a"


class K:
    A = "a"
    B = "a"


match {"a": 1, "b": 2}:
    case {K.A: v1}:
        print("value key", v1)
try:
    match {"a": 1, "b": 2}:
        case {K.A: _, K.B: _}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)
