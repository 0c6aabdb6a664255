# Digits of pi by Gibbons' unbounded spigot (the Benchmarks Game's pidigits algorithm),
# bigint arithmetic only; prints ten digits per line with a running count.
import sys


def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
d = pidigits(n)
for i in range(0, n, 10):
    chunk = "".join([str(c) for c in d[i:i + 10]])
    print(f"{chunk:<10}\t:{min(i + 10, n)}")
