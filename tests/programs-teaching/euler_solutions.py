# Project Euler 1-25 style solutions (small limits where the real ones are slow), each printed with its number
from functools import reduce, lru_cache
from itertools import count, islice, permutations, combinations
from math import gcd, isqrt, factorial, prod, comb
from fractions import Fraction
import datetime


def problem(n):
    def deco(f):
        print(f"Problem {n:2d}: {f()}")
        return f
    return deco


@problem(1)
def multiples():
    return sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0)


@problem(2)
def even_fib():
    a, b, total = 1, 2, 0
    while a <= 4_000_000:
        if a % 2 == 0:
            total += a
        a, b = b, a + b
    return total


@problem(3)
def largest_prime_factor():
    n, f = 600851475143, 2
    while f * f <= n:
        while n % f == 0:
            n //= f
        f += 1
    return n


@problem(4)
def palindrome_product():
    best = 0
    for a in range(100, 1000):
        for b in range(a, 1000):
            p = a * b
            if p > best and str(p) == str(p)[::-1]:
                best = p
    return best


@problem(5)
def smallest_multiple():
    return reduce(lambda a, b: a * b // gcd(a, b), range(1, 21))


@problem(6)
def sum_square_difference():
    n = range(1, 101)
    return sum(n) ** 2 - sum(x * x for x in n)


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n) if n < 100 else all(n % p for p in islice(found, 25) if p * p <= n):
            found.append(n)
            yield n


@problem(7)
def nth_prime():
    return next(islice(primes(), 1000, None))


DIGITS = """73167176531330624919225119674426574742355349194934
96983520312774506326239578318016984801869478851843
85861560789112949495459501737958331952853208805511"""


@problem(8)
def adjacent_product():
    s = DIGITS.replace("\n", "")
    return max(prod(int(c) for c in s[i:i + 13]) for i in range(len(s) - 12))


@problem(9)
def pythagorean_triplet():
    for a in range(1, 1000):
        for b in range(a, 1000 - a):
            c = 1000 - a - b
            if a * a + b * b == c * c:
                return a * b * c


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, isqrt(limit) + 1):
        if flags[i]:
            flags[i * i::i] = bytearray(len(flags[i * i::i]))
    return [i for i, f in enumerate(flags) if f]


@problem(10)
def sum_primes():
    return sum(sieve(20_000))


@problem(12)
def triangle_divisors():
    def divisors(n):
        c = 0
        for d in range(1, isqrt(n) + 1):
            if n % d == 0:
                c += 2 if d * d != n else 1
        return c
    t = 0
    for i in count(1):
        t += i
        if divisors(t) > 100:
            return t


@problem(14)
def longest_collatz():
    @lru_cache(maxsize=None)
    def length(n):
        if n == 1:
            return 1
        return 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)
    return max(range(1, 10000), key=length)


@problem(15)
def lattice_paths():
    return comb(40, 20)


@problem(16)
def power_digit_sum():
    return sum(map(int, str(2 ** 1000)))


@problem(17)
def number_letter_counts():
    ones = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()

    def words(n):
        if n == 1000:
            return "onethousand"
        out = ""
        if n >= 100:
            out += ones[n // 100 - 1] + "hundred"
            n %= 100
            if n:
                out += "and"
        if n >= 20:
            out += tens[n // 10 - 2]
            n %= 10
        if n:
            out += ones[n - 1]
        return out
    return sum(len(words(i)) for i in range(1, 1001))


@problem(19)
def counting_sundays():
    return sum(1 for y in range(1901, 2001) for m in range(1, 13) if datetime.date(y, m, 1).weekday() == 6)


@problem(20)
def factorial_digit_sum():
    return sum(int(d) for d in str(factorial(100)))


@problem(21)
def amicable_numbers():
    limit = 3000
    d = [0] * limit
    for i in range(1, limit):
        for j in range(2 * i, limit, i):
            d[j] += i
    return sum(a for a in range(2, limit) if d[a] < limit and d[a] != a and d[d[a]] == a)


@problem(24)
def lexicographic_permutation():
    digits, k, out = list("0123456789"), 999_999, ""
    for i in range(len(digits), 0, -1):
        q, k = divmod(k, factorial(i - 1))
        out += digits.pop(q)
    assert "".join(next(islice(permutations("01234"), 100, None))) == "40312"
    return out


@problem(25)
def thousand_digit_fib():
    a, b, i = 1, 1, 2
    while len(str(b)) < 1000:
        a, b, i = b, a + b, i + 1
    return i


@problem(33)
def digit_cancelling():
    result = Fraction(1)
    for num in range(10, 100):
        for den in range(num + 1, 100):
            n1, n2 = divmod(num, 10)
            d1, d2 = divmod(den, 10)
            if n2 == d1 and d2 and Fraction(n1, d2) == Fraction(num, den):
                result *= Fraction(num, den)
    return result.denominator


@problem(48)
def self_powers():
    return str(sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10).zfill(10)


@problem(53)
def combinatoric_selections():
    return sum(1 for n in range(1, 101) for r in range(n + 1) if comb(n, r) > 1_000_000)


@problem(56)
def powerful_digit_sum():
    return max(sum(map(int, str(a ** b))) for a in range(1, 60) for b in range(1, 60))
