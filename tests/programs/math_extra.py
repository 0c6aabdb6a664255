# math functions beyond the core set: hyperbolic, erf, gamma, expm1/log1p, cbrt, exp2, nextafter, ulp.
import math
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.exp2(10), math.nextafter(1, 2), math.ulp(1.0))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.remainder(7, 2), math.remainder(-7, 2))
