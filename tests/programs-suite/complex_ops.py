# complex: construction, arithmetic, repr, errors, comparisons
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for z in [1j, -1j, 1 + 2j, 1.5 - 0.5j, complex(0, 0), complex(-0.0, -0.0), complex(1e300, 1e-300), complex("inf"), complex(float("nan"), 1), 3 + 0j, -0j, 0j * -1]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan", hash(z) == hash(z), bool(z))
for s in ["1+2j", " 3j ", "(1-1j)", "-j", "+J", "1e3j", "inf+nanj", "1", "1.5", "(2)", "1_0+2_0j", "-1.5e-3-2.5e+3j"]:
    show(lambda: complex(s))
for s in ["", "1+", "j1", "1 + 2j", "(1+2j", "1+2i", "1+2jj", "((1))"]:
    show(lambda: complex(s))
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex(None))
print(complex(1, 2), complex(1j, 1j), complex(2.5), complex(True), complex(real=3), complex(imag=4), complex(1 + 1j, 2), complex())
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, abs(a), -a, +a, a == 3 + 4j, a != b, a + 1, 2 * a, a / 2, 1 / a, a ** -1, 0j ** 0)
print(1j ** 2, 1j * 1j, (1 + 1j) ** 10, 2 ** 1j, (-1) ** 0.5, pow(1j, 2), pow(2j, 3), (1e200j) * (1e200j), complex(1, 2) == complex(1.0, 2.0), 1 + 0j == 1, hash(1 + 0j) == hash(1))
show(lambda: a // b)
show(lambda: a % b)
show(lambda: divmod(a, b))
show(lambda: a < b)
show(lambda: a / 0)
show(lambda: 0j ** -1)
show(lambda: int(a))
show(lambda: float(a))
show(lambda: round(a))
show(lambda: pow(a, 2, 3))
show(lambda: {a: 1}[3 + 4j])
print(f"{a}", f"{a:.2f}", f"{a:>20}", f"{a:+.1e}", format(1j, ""), format(-1.5 + 0j, "g"), "%s %r" % (a, b), str(complex(1, -0.0)), repr(complex(-0.0, 0)))
print(complex.__name__, type(1j), isinstance(1j, complex), (1j).__class__.__name__, 1j.real.__class__, complex(1, 2).__reduce__() if hasattr(complex, "__reduce__") and False else "-")
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(1, 0), cmath.exp(0), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15, cmath.isnan(complex("nan")), cmath.isinf(complex(float("inf"), 0)))
