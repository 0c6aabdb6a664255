# float: parsing, repr, hex/fromhex, is_integer, as_integer_ratio, round, formatting, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1", " 1.5 ", "-0", "+.5", "5.", "1e5", "1E-5", "1_000.5", "inf", "-Infinity", "nan", "NaN", "-nan", "iNf", "1e400", "-1e400", "1e-400", "0x1p3", "\t2.5\n", "١.٥", "1_0e1_0"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["", " ", "1__0", "_1", "1_", "1e", "e5", ".", "1.2.3", "infinity1", "0x10", "1 2", "1,5"]:
    show(lambda: float(s))
show(lambda: float(None))
show(lambda: float([]))
show(lambda: float(b"1.5"))
show(lambda: float(bytearray(b"2")))
for x in [0.0, -0.0, 1.0, 0.1, 1/3, 2.5, 1e16, 1e-7, 123456789.0, 1e22, 1.5e300, 5e-324, 2.0**0.5, -1.25, 100.0, 1e15, 1e17]:
    print(repr(x), str(x), x.hex(), x.is_integer(), x.as_integer_ratio() if x == x else None, hash(x) == hash(x), int(x), round(x), round(x, 2), round(x, -1))
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x.8p1", "0X1P+2", "1p0", "0x1.fffffffffffffp1023", "inf", "0x1", " 0x2p2 "]:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex("0x1p9999"))
show(lambda: float.fromhex("zz"))
show(lambda: (float("inf")).as_integer_ratio())
show(lambda: (float("nan")).as_integer_ratio())
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
print(round(float("inf"), 2), round(float("nan"), 1), round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1e300, -300), round(123.456, -2), round(-0.0, 1))
print(round(0.125, 2), round(0.375, 2), round(1.05, 1), round(1.15, 1), round(12345.6789, -3), round(5e-324, 400), type(round(2.5)), type(round(2.5, 0)))
print(1.0 // 0.3, 1.0 % 0.3, -1.0 % 0.3, 1.0 % -0.3, divmod(7.5, 2), divmod(-7.5, 2), 5.0 // -2, -0.0 % 1, 0.0 % -1, divmod(-0.0, 1.0))
print(2.0 ** 0.5, (-8.0) ** (1/3), 0.0 ** 0, 2.0 ** -1, 10.0 ** 20, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 0 * float("inf"))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: 10.0 ** 400)
show(lambda: (-8.0) ** 0.5)
show(lambda: pow(2.0, 3, 4))
print(float.__name__, float(True), float(10**20), float("  -1.5e+3  "), 1e-320, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9e-324, 9007199254740993.0)
print(3.0 == 3, 3.5 > 3, 1e400 == float("inf"), float("nan") == float("nan"), float("nan") != float("nan"), 0.1 + 0.2 == 0.3, 0.1 + 0.2, 1.1 * 3, 2 ** 0.5 * 2 ** 0.5)
import math
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), max(1.0, nan), max(nan, 1.0), min(nan, 1.0), sorted([3.0, 1.0, 2.0]), hash(nan) == hash(nan), math.isnan(nan))
print(f"{1.5:f} {1.5:e} {1.5:g} {1.5:%} {1e20:g} {1e-5:g} {123456789.0:g} {0.0001:g} {1.5:10.3f}| {1.5:<10}| {1.5:+} {-0.0:+} {1e16:n} {float('inf'):f} {float('nan'):e}")
print(f"{3.14159:.0f} {2.5:.0f} {0.5:.0e} {1234.5:,.1f} {1234.5:_.2f} {1.0:#.0f} {1.0:.0%} {12.0:#g} {0.000012345:.3} {1e100:.2} {float('-inf'):>8}| {3.0:=+10.2f}")
print(f"{1.23456789e-10!r} {1/7:.20f} {2**0.5:.17g} {100.0:.1e} {0.1:.55f}")
print("%f %e %g %.3f %10.2f| %-10.2f| %+.1e %G %E %#g %.0f %.0f" % (1.5, 1.5, 1.5, 3.14159, 2.5, 2.5, 12345.678, 1e-10, 1e10, 1.0, 0.5, 1.5))
print("%s %r %a %5.1s|" % (1.0, 1.0, 1e100, 3.14159), "%.3s" % 1.23456, "%d" % 3.99, "%i" % -3.99, "%x" % 255)
show(lambda: "%x" % 3.5)
show(lambda: format(1.5, "d"))
show(lambda: format(1.5, "x"))
show(lambda: format(1.5, ",d"))
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), (1.5).__rtruediv__(3), float.__mul__(2.0, "a"), (2.0).__eq__("a"), (2.0).__lt__(3), (2.0).__floor__(), (2.7).__ceil__(), (-2.7).__trunc__(), (2.5).__round__(), (2.567).__round__(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.fmod(-7, 3), -7 % 3, math.copysign(1, -0.0), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(1e16 + 1, 1e16 + 2, 2**53 + 1.0, float(2**53 + 1), 123456789012345678.0, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3)
