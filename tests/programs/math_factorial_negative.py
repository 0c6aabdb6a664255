# math.factorial of a negative number: ValueError with CPython's message.
import math
for n in range(6):
    print(n, math.factorial(n))
print(math.factorial(-3))
