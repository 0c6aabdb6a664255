import math
from fractions import Fraction
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2**31, 2**31), math.gcd(-2**31, 6), math.gcd(2**40, 2**35), math.gcd(True, 4), math.gcd(12, 18, 27), math.gcd(7, 2**70))
s = Fraction(0)
for i in range(1, 300):
    s += Fraction(1, i)
print(s.numerator % 1000003, s.denominator % 1000003)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(e)
