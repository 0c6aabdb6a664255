# str methods that pyx computes on the heap (runtime/str-heap.ts) and the cases that fall back
# to the general versions: split/replace with Latin-1 and wider text, upper/lower of ASCII and
# non-ASCII, repetition, join of mixed kinds, and which results are the receiver itself.


class S(str):
    pass


texts = ["", "a", "a,b", ",a,,b,", "abcabcab", "x" * 40 + ",y", "caf\xe9,na\xefve", "\u0100,\u0101", "\U0001f600,x", "no separator here"]
for t in texts:
    for sep in [",", "ab", "abc", ",,", "\xe9", "\u0101", "zz"]:
        print(repr(t), repr(sep), t.split(sep), t.split(sep, 1), t.split(sep, 0), t.rsplit(sep, 1))
    print(t.split(), S(t).split(","), t.split(S(",")))
for bad in ["", 5]:
    try:
        "a,b".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for t in ["aaaa", "banana", "a|b|c|", "||", "caf\xe9|", "\u0100|\u0100", ""]:
    for old, new in [("a", "xy"), ("an", ""), ("|", ","), ("aa", "a"), ("\xe9", "e"), ("|", "\u0101"), ("q", "r")]:
        print(repr(t), repr(old), repr(new), repr(t.replace(old, new)), repr(t.replace(old, new, 1)), repr(t.replace(old, new, 0)), repr(t.replace(old, new, -5)))
    print(repr(t.replace("", "-")), repr(t.replace("", "-", 2)))
s = "no match"
print(s.replace("z", "y") is s, s.split("z")[0] is s)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print("TypeError", e)

for t in ["hello, World 42!", "", "ABC xyz", "stra\xdfe", "\xff\xe9", "\u0101bc", "\U0001f600a", "m\xb5"]:
    print(repr(t.upper()), repr(t.lower()), repr(S(t).upper()), type(S(t).upper()).__name__)

for t in ["", "a", "ab", "\u0101z", "\U0001f600"]:
    for n in [-2, 0, 1, 2, 7]:
        print(repr(t * n), repr(n * t))
t = "abc"
print((t * 1) is t, len("xyz" * 1000), ("ab" * 1000)[-3:])

print(repr(",".join([])), repr(",".join(["a"])), repr(", ".join(["a", "b", "c"])), repr("".join("xyz")))
print(repr("-".join(["caf\xe9", "\u0101", "\U0001f600", "x"])), repr("\u0101".join(["a", "b"])), repr("\u0101".join(["a"])))
print(repr("/".join(S(x) for x in "abc")), type(",".join([S("a")])).__name__)
print(repr("".join(str(i) for i in range(12))), repr("ab".join(("", "", ""))))
for bad in [["a", 1], ["a", b"b"], [None]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
