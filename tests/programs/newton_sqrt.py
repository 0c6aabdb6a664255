# Newton's method for square roots (floats and integers) and for other roots.
def sqrt_newton(x, tol=1e-15):
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for i in range(100):
        ng = 0.5 * (g + x / g)
        if abs(ng - g) <= tol * ng:
            return ng
        g = ng
    return g

for x in (2, 3, 10, 0.25, 1e-10, 1e10, 12345.678, 0):
    print(x, sqrt_newton(x), x ** 0.5, abs(sqrt_newton(x) - x ** 0.5) < 1e-12)

def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

for n in (0, 1, 15, 16, 17, 10**20, 2**127 - 1, 10**50 + 12345):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
print(isqrt(2 * 10**100))

def nth_root(a, n):
    x = a / n
    for _ in range(200):
        x = ((n - 1) * x + a / x ** (n - 1)) / n
    return x

print(nth_root(27, 3), nth_root(1024, 10), nth_root(2, 2), nth_root(100, 4))
