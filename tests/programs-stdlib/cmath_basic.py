# cmath: every function on ordinary values, branch cuts with signed zeros, special values,
# errors, polar/rect/phase, isclose and the constants.
import cmath

zs = [1 + 2j, -3.5 + 0.25j, 0.5 - 0.5j, 2, -1, 1j, 1e-300 + 1e-300j, 1e300 + 1e300j, complex(-2, 0.0), complex(-2, -0.0)]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(f(z))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.log(-1), cmath.log(complex(-1, -0.0)))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(0j), cmath.phase(complex(-0.0, 0.0)))
print(cmath.polar(1j), cmath.polar(-2), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.rect(-1, -0.0))
print(cmath.log(8, 2), cmath.log(100j, 10), cmath.log10(1000))
inf, nan = float("inf"), float("nan")
def attempt(f, z):
    try:
        return f(z)
    except (ValueError, OverflowError) as e:
        return type(e).__name__
for z in [complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(nan, 1), complex(inf, nan), complex(-inf, -inf), complex(inf, -2.5)]:
    print(z, *[attempt(f, z) for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.atan, cmath.tanh, cmath.cosh, cmath.sinh, cmath.acos)])
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 0)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cosh(complex(0, inf)), lambda: cmath.atanh(1),
            lambda: cmath.sqrt("x"), lambda: cmath.log(1, 1), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.rect(1, inf)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
