# Rosetta Code / Project Euler style tasks: number theory, big ints, fractions, decimals, formatting tables
from fractions import Fraction
from decimal import Decimal, getcontext
import math
def sieve(n):
    is_p = [True] * (n + 1); is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(50), sum(sieve(2000)))
print(sum(int(d) for d in str(math.factorial(100))), len(str(2 ** 1000)), sum(map(int, str(2 ** 1000))))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 1000), key=collatz))
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v: out += s; n -= v
    return out
print([roman(n) for n in (1990, 2024, 4, 3999)])
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.125"), Fraction(1.5), float(Fraction(22, 7)), Fraction(10, 4).limit_denominator(3), repr(Fraction(1, 2)))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(2, 3) ** 2, Fraction(-7, 2) // 1, round(Fraction(7, 2)), Fraction(1, 3) < 0.34)
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(2).sqrt(), Decimal("3.14159").quantize(Decimal("0.01")), repr(Decimal("1.5")))
getcontext().prec = 28
print(Decimal("10") ** 20, Decimal("1e3"), Decimal("-0.0"), Decimal(0.1), Decimal("2.50").normalize(), int(Decimal("7.9")), float(Decimal("0.5")))
def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
for r in pascal(6):
    print(" ".join(map(str, r)).center(20))
print("{:>8}|{:^8}|{:<8}|".format("right", "mid", "left"))
for i in range(1, 4):
    print("{0:2d} {1:3d} {2:4d} {3:8.3f}".format(i, i * i, i ** 3, i ** 0.5))
print("%-10s%5d%8.2f" % ("item", 3, 2.5), "%+.3e" % 12345.6789, "%08.3f" % -3.14159, "%5s|%-5s|" % ("a", "b"))
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(1071, 462), math.gcd(1071, 462), [n for n in range(1, 30) if all(n % d for d in range(2, n)) and n > 1])
print(sorted("the quick brown fox jumps over the lazy dog".split(), key=lambda w: (-len(w), w)))
matrix = [[1, 2], [3, 4]]
print([[sum(a * b for a, b in zip(row, col)) for col in zip(*matrix)] for row in matrix])
print(int("ff", 16), int("777", 8), format(255, "b"), f"{255:08b}", f"{3.14159:.2%}", f"{1234567:,}", f"{1234567.891:_.2f}")
fib = [0, 1]
while len(fib) < 100: fib.append(fib[-1] + fib[-2])
print(fib[99], str(fib[99])[:10], sum(x for x in fib if x % 2 == 0 and x < 4_000_000))
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 17), 7 ** 77 % 1000, (2 ** 127 - 1) % 1000003, divmod(10 ** 30, 12345))
import itertools
print(sum(1 for p in itertools.permutations(range(5)) if all(abs(p[i] - p[i + 1]) != 1 for i in range(4))))
print(["".join(c) for c in itertools.product("01", repeat=3)])
amicable = [a for a in range(2, 300) if (b := sum(d for d in range(1, a) if a % d == 0)) != a and sum(d for d in range(1, b) if b % d == 0) == a]
print(amicable)
print(float("0.1") * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, math.isclose(0.1 * 3, 0.3), 1e-7, 12e-5, 123456789.123456789, 1 / 7)
