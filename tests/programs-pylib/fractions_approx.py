# Rational approximations: limit_denominator, continued fractions and formatting.
from fractions import Fraction
import math

pi = Fraction(math.pi)
for limit in (1, 10, 100, 1000, 100000):
    approx = pi.limit_denominator(limit)
    print(limit, approx, float(approx) - math.pi)
print(Fraction(math.e).limit_denominator(1000), Fraction('3.14159').limit_denominator(100))


def continued(frac, terms=8):
    out = []
    for _ in range(terms):
        whole = math.floor(frac)
        out.append(whole)
        frac -= whole
        if not frac:
            break
        frac = 1 / frac
    return out


print(continued(Fraction(415, 93)), continued(Fraction(math.sqrt(2))))
x = Fraction(1, 3)
for spec in ['', '>10', '<8', '^9', '+', '#', '.3f', '.0f', '10.4f', '.2%', 'e', '.3e', 'g', '.10g', ',.2f', '_', '=+12']:
    print(repr(spec), repr(format(x, spec)), repr(format(-Fraction(12345678, 7), spec)))
print(f'{Fraction(5, 2):.1f} {Fraction(1, 8):.2%} {Fraction(10**6):,}')
try:
    format(x, 'x')
except ValueError as e:
    print(e)
try:
    x.limit_denominator(0)
except ValueError as e:
    print(e)
