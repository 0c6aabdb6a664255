# math.sqrt of a negative number raises ValueError: math domain error.
import math
for x in (4, 2.25, 0, 1e-300):
    print(x, math.sqrt(x))
print(math.sqrt(-1))
