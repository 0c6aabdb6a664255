# OR patterns: alternatives are tried left to right; each must bind the same names, which
# get the values of the alternative that matched.
def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [a, 0] | [0, a]:
            return f"pair with zero, other {a}"
        case {"x": v} | {"y": v} | [v, _, _]:
            return f"v={v}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [(1 | 2) as d, *_] | (d, "tuple"):
            return f"d={d}"
        case _:
            return "other"


for v in [0, 2, 3, [5, 0], [0, 6], [0, 0], {"x": 1}, {"y": 2, "x": 3}, {"y": 4}, [7, 8, 9],
          "s", b"b", [1, 9], [3, 9], (4, "tuple"), None]:
    print(repr(v), "->", f(v))

# Names keep the order of the first alternative; nested ORs.
match (1, (2, 3)):
    case (a, (b, c)) | (c, b, a):
        print(a, b, c)
match [3]:
    case [1 | 2 | (3 | 4) as n]:
        print("nested or", n)
