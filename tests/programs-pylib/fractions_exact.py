# Exact arithmetic with Fraction: harmonic numbers, Egyptian fractions, mixed types.
from fractions import Fraction
import math


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


for n in (1, 2, 5, 10, 20):
    h = harmonic(n)
    print(n, h, float(h), h.numerator.bit_length())


def egyptian(frac):
    parts = []
    while frac.numerator:
        d = math.ceil(frac.denominator / frac.numerator)
        parts.append(Fraction(1, d))
        frac -= parts[-1]
    return parts


print(' + '.join(map(str, egyptian(Fraction(4, 13)))))
a, b = Fraction(3, 4), Fraction('-5/6')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), a ** 2, a ** -2, b ** 3)
print(a + 1, 2 - a, a * 0.5, 1.5 / a, a == 0.75, a < 1, b > -1.0, a ** 0.5, 2 ** Fraction(1, 2), a + 1j)
print(Fraction(0.1), Fraction('0.1'), Fraction(0.1) == Fraction('0.1'), Fraction('1.5e-3'), Fraction(' 7 '))
print(repr(Fraction(6, -4)), Fraction(6, -4), Fraction(5), Fraction(Fraction(1, 2), Fraction(1, 3)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), math.floor(b), math.ceil(b), int(b), math.trunc(b))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {Fraction(1, 2): 'half'}[0.5])
print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1]), max(Fraction(7, 8), 0.875), Fraction(3, 4).as_integer_ratio())
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x'), lambda: Fraction(1.5, 2), lambda: Fraction([1]),
            lambda: a / 0, lambda: Fraction(float('inf')), lambda: Fraction('1/0')]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
