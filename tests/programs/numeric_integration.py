# Trapezoid and Simpson integration, bisection root finding, and a tiny ODE solver.
import math

def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum([f(a + i * h) for i in range(1, n)]) + f(b) / 2)

def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3

for n in (4, 16, 64, 256):
    print(n, trapezoid(math.sin, 0, math.pi, n), simpson(math.sin, 0, math.pi, n), simpson(lambda x: x ** 3, 0, 2, n))

def bisect(f, lo, hi, tol=1e-12):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(mid) > 0) == (f(lo) > 0):
            lo = mid
        else:
            hi = mid
        steps += 1
    return (lo + hi) / 2, steps

print(bisect(lambda x: x * x - 2, 0, 2), bisect(math.cos, 0, 3), bisect(lambda x: x ** 3 - x - 1, 1, 2))
y, t, h = 1.0, 0.0, 0.01
for _ in range(100):
    k1 = y
    k2 = y + h / 2 * k1
    k3 = y + h / 2 * k2
    k4 = y + h * k3
    y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    t += h
print(t, y, math.e, abs(y - math.e))
