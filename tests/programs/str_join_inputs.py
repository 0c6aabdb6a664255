# str.join over lists and tuples (read in place by pyx), other iterables, str subclasses as
# items, every kind of separator and item, long and short parts, and the errors.
class S(str):
    pass


class L(list):
    pass


items = ["a", "bc", "", "def" * 30, "caf\xe9", "\u20ac", "\U0001f600"]
for sep in ["", ",", ", ", "\xe9", "\u2022", "\U0001f4a9", "--long-separator--"]:
    for src in (items[:4], tuple(items[:5]), items, L(items[:3]), (w for w in items[:2]), iter(items[5:]), S("xyz"), {"k": 1}):
        r = sep.join(src)
        print(ascii(r[:70]), len(r))
one = "only"
print("-".join([one]) is one, "-".join((one,)) is one, ascii("".join([S("s"), "t", S("\xe9")])), type("".join([S("q")])) is str)
print(",".join([]) == "", ",".join(()) == "", ",".join(str(i) for i in range(12)))
for bad in [["a", 1], ("a", "b", None), [b"x"], 5, None]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError", e)
parts = [str(i) for i in range(2000)]
print(len(",".join(parts)), len("".join(tuple(parts))), sum(len("|".join(parts[i:i + 9])) for i in range(0, 2000, 7)))
