"""Pi digits by the unbounded spigot, and some big-int arithmetic (own version)."""
import sys
from fractions import Fraction
from decimal import Decimal, getcontext


def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def main(n):
    digits = pi_digits()
    line = []
    for i in range(1, n + 1):
        line.append(str(next(digits)))
        if i % 10 == 0:
            print("".join(line) + "\t:%d" % i)
            line = []
    if line:
        print("".join(line).ljust(10) + "\t:%d" % n)
    f = 1
    for i in range(1, 60):
        f *= i
    print(f, f.bit_length(), len(str(f)), f % 1000003)
    print(pow(3, 10**5, 10**9 + 7), pow(2, -1, 97), divmod(-(10**30), 7))
    print(Fraction(355, 113) - Fraction(22, 7), float(Fraction(355, 113)))
    getcontext().prec = 40
    print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
    x = 2**521 - 1
    print(hex(x)[:20], x.to_bytes(66, "big")[:4], int.from_bytes(b"\x01\x00", "little"))
    print(format(12345678901234567890, ","), f"{2**70:_x}", int("1" * 30, 2))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 250)
