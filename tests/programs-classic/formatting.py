# String formatting: f-strings, str.format, %-formatting and the format-spec mini-language.
import math

rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 250, 0.015), ("durian", 1, 12.999)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>10}")
print("-" * 36)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>8.3f}|{qty * price:>10,.2f}")
print(f"{'TOTAL':<10}|{sum(q for _, q, _ in rows):>5}|{'':>8}|{sum(q * p for _, q, p in rows):>10.2f}")
n = 1234567.891
print(f"{n:,}", f"{n:_.1f}", f"{n:e}", f"{n:.3g}", f"{n:%}", f"{0.5:.0%}", f"{n:+015.2f}")
print(f"{42:b} {42:o} {42:x} {42:X} {42:#b} {42:#o} {42:#x} {42:08b} {-42:x} {255:c}")
print(f"{'centre':^20}|{'right':>8}|{'left':<8}|{'fill':*^10}|{3:0>4}")
print(f"{math.pi:.10f} {math.pi:10.4f} {-math.pi:<10.2f}| {1e-7} {1e16} {1.5e300 * 1e10} {-0.0}")
width, prec = 12, 3
print(f"{math.e:{width}.{prec}f}|{'nested':{'>'}{width}}|")
name, age = "Ada", 36
print(f"{name!r} is {age} years; {name!s:>6}; {name!a}; {'é'!a}; {age=}; {age * 2 = }")
print("{} + {} = {}".format(1, 2, 1 + 2), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{0[1]} {0[0]} {1.real} {2[k]}".format(("p", "q"), 3 + 4j, {"k": "v"}))
print("{:>{w}}|{:.{p}f}".format("r", 2.71828, w=5, p=2), "{{literal}}".format())
print("%s is %d years, %.2f%% done, %5s|%-5s|%05d|%x|%o|%e|%r" % ("Bob", 42.9, 99.5, "r", "l", 42, 255, 8, 12345.678, "q"))
print("%(a)s and %(b)04.1f" % {"a": "dict", "b": 3.14159}, "%c%c" % (72, "i"), "%%")
print(format(0.1 + 0.2, ".17g"), format(1 / 3, ".5"), format(10, "+"), format(-10, " "), format(2 ** 70, ","))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(str(1e22), str(1e21), repr(1.0), repr(100.0), 1 / 3, 2 / 3, 10 / 4, 1e-5, 0.0001)
print(f"{12345678901234567890:,d}", f"{-1234.5:=+12.2f}", f"{1234.5:=12,.1f}", f"{True:d}", f"{None!s:>5}")
for v in [0, 1, -1, 0.0, 123.456, float("inf"), float("nan"), 2 ** 64]:
    print(f"[{v!r:>22}] [{v:>12}] [{format(v, '^12')}]")
print("|".join(s.ljust(6, ".") for s in ["a", "bb", "ccc"]), "abc".zfill(6), "-12".zfill(6), "+7".zfill(4))
table = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print("  ".join(str(c).rjust(w) for c, w in zip(r, widths)))
print(f"{'multi'}{'ple'!r:>8}" f" parts {3 * 'x'}", f"{{braces}} {'}'}", f"{dict(a=1)['a']}")
