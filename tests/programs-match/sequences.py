# Sequence patterns: lists, tuples and ranges match; str, bytes, dicts, sets and
# iterators do not. Star captures get a list.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case (a, b, c):
            return f"three {a!r} {b!r} {c!r}"
        case [a, *mid, z] if len(mid) > 3:
            return f"long {a!r} {mid!r} {z!r}"
        case [*init, "end"]:
            return f"ends {init!r}"
        case ["start", *tail]:
            return f"starts {tail!r}"
        case [_, _, _, *_]:
            return "four or more"
    return "not a sequence"


for v in [[], (), [1], (1,), range(1), [1, 2], (3, 4), range(2, 4), [1, 2, 3], range(3),
          [1, 2, 3, 4, 5, 6], ["x", "y", "end"], ["start", 1, 2, 3], [9, 9, 9, 9], range(10),
          "ab", "abc", b"ab", {1: 2}, {1, 2}, 12, None]:
    print(repr(v), "->", seq(v))

print("iterator ->", seq(iter([1, 2])))

# Nested sequences and the star's list type.
match (1, [2, (3, 4)], 5):
    case (x, [y, (z, w)], v):
        print(x, y, z, w, v)
match (1, 2, 3, 4):
    case (first, *others):
        print(first, others, type(others).__name__)
match [1, 2, 3]:
    case [*everything]:
        print(everything)
match range(5):
    case [0, *_, last]:
        print("range last", last)
match [1, [2, 3]]:
    case [1, [2]]:
        print("wrong")
    case [1, [2, *r]]:
        print("nested star", r)
