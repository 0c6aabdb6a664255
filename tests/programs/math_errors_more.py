# More math errors: acos outside [-1, 1], isqrt of a negative, float overflow in exp.
import math
print(math.acos(1), math.acos(-1), math.isqrt(17))
print(math.exp(709), math.floor(math.exp(700) / 1e300))
print(math.exp(710))
