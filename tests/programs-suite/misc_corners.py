# Corners MicroPython/RustPython-style suites probe: iter with sentinel, min/max default, views, walrus, chained compare side effects, super in closures
it = iter([1, 2, 3, 0, 4].pop, 0)
print(list(iter(lambda c=[5]: c.pop() if c else None, None)))
data = [3, 1, 2]
def pop_until():
    return list(iter(data.pop, 1))
print(pop_until(), data)
print(min([], default="empty"), max([], default=None), min([3, 1], default=0), max("abc", key=ord), min(1, 2, key=lambda v: -v))
try:
    min([], key=len)
except ValueError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.values() == d.values(), d.keys() | {"c"} == {"a", "b", "c"}, ("a", 1) in d.items(), len(d.values()))
print(sorted(d.keys() ^ {"b", "z"}), repr(d.keys()), repr(d.values()), repr(d.items()), reversed(d.keys()).__class__.__name__ if False else "")
def noisy(v):
    print("eval", v); return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(3) == 3 == noisy(3.0))
if (n := len("hello")) > 3: print("walrus", n)
print([y for x in range(5) if (y := x * x) > 4], y)
vals = [1, 2, 3]
while (v := vals.pop()) != 1: print("popped", v)
class A:
    def greet(self): return "A"
class B(A):
    def greet(self):
        def inner(): return super(B, self).greet() + "B"
        return inner()
    def lam(self): return (lambda: super(B, self).greet())()
print(B().greet(), B().lam())
class C(A):
    def greet(self):
        return [super().greet() for _ in range(2)]
print(C().greet())
print(sorted([(1, "b"), (1, "a"), (0, "c")], key=lambda t: t[0]), sorted("bBaA", key=str.lower), sorted([3, 1, 2], key=None))
lst = [5, 3, 5, 1]; lst.sort(key=lambda v: -v); print(lst)
print(type({1} | frozenset({2})).__name__, type(frozenset({1}) | {2}).__name__, {1, 2} == frozenset({1, 2}), frozenset({1}) in {frozenset({1})})
print(float("1e500"), float("-1e500"), 1e308 * 10 == float("inf"), float("nan") == float("nan"), (n := float("nan")) in [n])
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9", "\x41", "\101", r"\n", len("\n"), "a\
b", 'multi' "part" f"{1}")
print(int("0_1_2"), 0b1010_1010, 0o7_7, 0x_ff, 1_000.5, 1e1_0, 1_0j)
s = "x"
print(s * 0, s * -5, [1] * -1, (2,) * 0, "ab" * True)
def f(a, b=2, *c, d, e=5, **g): return (a, b, c, d, e, g)
print(f(1, d=4), f(1, 2, 3, 4, d=0, z=9), f(*[1, 2], **{"d": 3, "e": 6}))
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b: a + b)(1, b=2), (lambda: None)())
def tryloop():
    out = []
    for i in range(4):
        try:
            if i % 2: continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(tryloop())
def ret_in_finally_loop():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0: continue
    return "end"
print(ret_in_finally_loop())
x = 10
def shadow():
    x = 1
    def inner():
        return x
    x = 2
    return inner()
print(shadow())
gen = (x for x in range(3))
print(x, list(gen))
print([i for i in range(3)], i if "i" in dir() else "no i")
a = b = []
a.append(1); print(b, a is b)
a, b = b, a; print(a is b)
t = 1, 2, 3
(x1, *rest), = [t]
print(x1, rest)
print(bool([]) or "empty", [] and "x", 0 or None, 1 and 2, not [], not None, None or 0 or "")
print(isinstance(True, int), True == 1, hash(True) == hash(1), {True: "a", 1: "b"}, {1: "x", 1.0: "y"})
print(round(-2.5), round(2.675, 2), round(1e15 + 0.5), -7 // 2.0, -0.0 == 0.0, str(-0.0), abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(complex("1+2j") * 1j, (1 + 2j) ** 2, abs(-3 + 4j), complex(2), complex("-j"), 1j ** 2 == -1, (0j) ** 0)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), 7 % 0.5, -7 % 3.5, 2 ** -1, (-8) ** (1 / 3))
print(str(123).zfill(6), "3".rjust(3, "0"), "{:03}".format(7), "{:+}".format(7), "{: }".format(7), "{:x<5}".format(1), "{:=^9}".format(" x "))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(zip()), list(zip([1])), dict(zip("abc", range(10))))
print(next(filter(lambda v: v > 2, range(10))), sum(filter(None, [0, 1, 2])), list(map(str.upper, "ab")), any(x > 3 for x in range(5)))
print(list(enumerate([])), list(enumerate("ab", start=-1)), [*enumerate((), 5)])
