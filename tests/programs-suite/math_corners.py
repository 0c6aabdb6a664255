# math module corners: integer functions, special values, rounding functions, error messages
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.factorial(0), math.factorial(20), math.comb(10, 3), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.gcd(), math.gcd(0, 0), math.gcd(12, -18), math.gcd(12, 18, 27), math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.gcd(2**100, 2**80 * 3))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.floor(5), type(math.floor(2.0)), math.floor(10**20 + 0.5) if False else "", math.ceil(True))
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10), math.log(10**400) > 920)
print(math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 1/3) if False else "", math.fabs(-3), math.fmod(7, -3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.copysign(3, -0.0), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.inf > 10**400, -math.inf < -10**400)
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.atan2(-0.0, -1), math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(100), math.atanh(0), math.asinh(0), math.acosh(1))
print(math.modf(-3.5), math.modf(math.inf), math.frexp(0.0), math.frexp(-1.5), math.ldexp(1, -1074), math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, repr(math.nan), str(-math.inf), float("inf") == math.inf, math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.log(-1))
show(lambda: math.log(10, 1))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(2.5))
show(lambda: math.isqrt(-1))
show(lambda: math.comb(-1, 2))
show(lambda: math.comb(5.0, 2))
show(lambda: math.exp(1000))
show(lambda: math.pow(0, -1))
show(lambda: math.fmod(1, 0))
show(lambda: math.acos(2))
show(lambda: math.floor("x"))
show(lambda: math.floor(math.inf))
show(lambda: math.ceil(math.nan))
show(lambda: math.gcd(1.5))
show(lambda: math.dist((1,), (1, 2)))
show(lambda: math.ldexp(1.0, 10**10))
show(lambda: math.gamma(0))
show(lambda: math.gamma(-1))
show(lambda: math.lgamma(-2))
show(lambda: math.sqrt("4"))
show(lambda: math.log("e"))
show(lambda: math.remainder(1, 0))
show(lambda: math.trunc("x"))
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.25
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.isfinite(F()), round(math.sqrt(F()), 1))
