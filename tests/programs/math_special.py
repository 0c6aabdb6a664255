# math special functions: gamma family, erf, cbrt, remainder, nextafter, ulp, sumprod, dist, fsum, prod.
import math
for x in [0.5, 1.0, 2.5, 5.0, 10.0, -1.5, 170.5]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [-3.0, -0.5, 0.0, 0.3, 1.0, 2.0, 4.5]:
    print(x, math.erf(x), math.erfc(x))
print([math.cbrt(v) for v in (8, -27, 2, 1e-9, 1000)], math.exp2(0.5), math.expm1(1e-5), math.log1p(1e-5))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 4), math.remainder(2.5, 1))
print(math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 2.0, steps=3), math.ulp(1e10), math.ulp(0.0))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [10, 10]), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
print(math.fsum([0.1] * 10), math.prod(range(1, 11)), math.prod([0.5, 4], start=3), math.perm(6, 2), math.comb(10, 3), math.isqrt(99))
for bad in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(-1), lambda: math.remainder(1, 0), lambda: math.gamma(200)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
