# repr/str of every kind of value; math module results and errors; int/float arithmetic and formatting corners
vals = [0, -1, 10**30, -10**30, 1.0, -1.5, 1e16, 1e15, 123456789012345.6, 1e-4, 1e-5, 0.1, 1/3, 2.5e-300, float("inf"), -float("inf"), float("nan"), 1e300*1e10,
        3+4j, -1j, 1j*0, complex(0, -0.0), complex(1.5, float("inf")), True, None, "s", b"b\x00\xff'", bytearray(b"ba"), (), (1,), [], {}, set(), frozenset({1}),
        range(0), slice(None), slice(1, 2, 3), Ellipsis, NotImplemented, int, str, type, object, len, print, abs, {}.keys(), {1: 2}.items(), {1: 2}.values()]
for v in vals:
    print(repr(v), str(v) == repr(v))
import math
print(math.pi, math.e, math.tau, math.inf, -math.nan, math.sqrt(2), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-1.5), math.ceil(1.2), math.trunc(-1.7), math.isclose(1.0, 1.0000000001), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.hypot(3, 4))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isqrt(99), math.isinf(1e400), math.isnan(float("nan")), math.modf(3.5), math.frexp(8), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3]))
for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000), lambda: math.acos(2)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(2 ** 100, 2 ** 0.5, 10 ** -2, (-1) ** 0.5, 7 // -2, -7 // 2, 7.0 // 2, 1e300 * 1e300, -1e300 * 1e300, 0.0 * -1)
print(0.1 + 0.7, 1.1 * 3, 100.0, 1e2, 12345678.9, 1.0e-7, 5e-324, 1.7976931348623157e308, 2.0 ** 53 + 1, float(2 ** 53 + 1))
print(int("123456789" * 5) * 3, -(10 ** 20) // 7, (10 ** 20) % -7, divmod(10 ** 20, -7), abs(-10 ** 20), hash(10 ** 20) == hash(10 ** 20))
print(str(12345678901234567890), len(str(2 ** 1000)), int(str(2 ** 200)) == 2 ** 200, 3 ** 40 // 3 ** 38, (2 ** 64).bit_length(), (-2 ** 64).bit_count() if hasattr(int, "bit_count") else 0)
print(f"{1e20:f}", f"{1/7:.20f}", f"{2**70:e}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.0:+}", f"{12:+05d}", f"{1234.5:,.1f}", f"{1e6:g}", f"{1e-7:g}")
print(round(0.5), round(1.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e20), round(123.456, -1), round(-0.4), type(round(1.5, 0)).__name__)
print(float.__repr__(0.3), (0.1).__repr__(), 1.0.__str__(), str(1e100), str(-1e-100), 1.23456789012e-7, 9.999999999999999e22, 1e23)
