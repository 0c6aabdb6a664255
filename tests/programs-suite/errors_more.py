# more runtime error messages programs print: None misuse, wrong operand types, conversions, lookups, mutation during iteration
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
n = None
show(lambda: n.attr)
show(lambda: n())
show(lambda: n[0])
show(lambda: n + 1)
show(lambda: len(n))
show(lambda: iter(n))
show(lambda: -n)
show(lambda: n < 1)
show(lambda: "x" - "y")
show(lambda: [1] - [1])
show(lambda: {1} + {2})
show(lambda: {"a": 1} + {"b": 2})
show(lambda: 1 @ 2)
show(lambda: "a" < 1)
show(lambda: [1] < "a")
show(lambda: 3 in 5)
show(lambda: "a" in 5)
show(lambda: 1 in "abc")
show(lambda: None in "abc")
show(lambda: "abc".find(1))
show(lambda: "abc" * 2.0)
show(lambda: "%d" % "x")
show(lambda: "%s %s" % (1,))
show(lambda: "{} {}".format(1))
show(lambda: int("3.5"))
show(lambda: float("3,5"))
show(lambda: int([1]))
show(lambda: list(5))
show(lambda: dict([1]))
show(lambda: tuple(None))
show(lambda: set([[]]))
show(lambda: chr(1.5))
show(lambda: ord(1))
show(lambda: abs("1"))
show(lambda: round("1.5"))
show(lambda: sum(["a"]))
show(lambda: max(1, "a"))
show(lambda: sorted([1, "a"]))
show(lambda: [].index(1))
show(lambda: "".join([1, 2]))
show(lambda: ",".join("ab", "c"))
show(lambda: {}.keys()[0])
show(lambda: (1, 2).append(3))
show(lambda: "abc".append("d"))
show(lambda: (5).real.imag.x)
show(lambda: str.nope)
show(lambda: object().x)
show(lambda: type("T", (), {})().x)
show(lambda: __import__("nonexistent_module_xyz"))
show(lambda: __import__("os").nonexistent)
show(lambda: getattr(__import__("math"), "tau2"))
d = {"a": 1}
def mutate():
    for k in d:
        d["b"] = 2
show(mutate)
s = {1}
def mutate_set():
    for x in s:
        s.add(x + 1)
show(mutate_set)
lst = [1, 2, 3]
def shrink():
    out = []
    for x in lst:
        out.append(x); lst.pop()
    return out
show(shrink)
show(lambda: 10 / 0)
show(lambda: 10 // 0)
show(lambda: 10 % 0)
show(lambda: 10.0 / 0)
show(lambda: 0 ** -1)
show(lambda: 2 ** 10000 * 1.0)
show(lambda: float(2 ** 2000))
show(lambda: int(float("inf")))
show(lambda: [0] * (2 ** 62))
show(lambda: "x" * (2 ** 62))
