# Fractions as (numerator, denominator) tuples normalized with gcd; harmonic numbers.
import math

def norm(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g)

def add(a, b):
    return norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

def mul(a, b):
    return norm(a[0] * b[0], a[1] * b[1])

def show(f):
    return f"{f[0]}/{f[1]}" if f[1] != 1 else str(f[0])

h = (0, 1)
for k in range(1, 31):
    h = add(h, (1, k))
    if k % 5 == 0:
        print(k, show(h), h[0] / h[1])
print(show(mul((3, 4), (-8, 9))), show(add((1, 6), (1, 3))), show(norm(10, -4)), show(add((1, 2), (-1, 2))))
x = (1, 1)
for _ in range(10):
    x = add((1, 1), (x[1], x[0]))
print(show(x), x[0] / x[1], (1 + 5 ** 0.5) / 2)
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (3.75).as_integer_ratio())
