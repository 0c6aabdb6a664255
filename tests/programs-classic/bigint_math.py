# Number theory with big integers: factorials, Fibonacci by doubling, primes, modular arithmetic.
import math


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"), f100.bit_length())
print(fib_pair(300)[0])
print(fib_pair(1000)[0] % 10 ** 20, len(str(fib_pair(10000)[0])))
primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
m = 2 ** 127 - 1
print(m, is_probable_prime(m), is_probable_prime(m + 2), is_probable_prime(2 ** 61 - 1))
print([p for p in range(10 ** 12, 10 ** 12 + 100) if is_probable_prime(p)])
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y, pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120)
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(-7, 3), (-7) ** 3 // 10, -(7 ** 3) % 10)
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(12, 18, 30), math.comb(100, 50), math.perm(20, 5))
n = 12345678901234567890123456789
print(n * n, n // 97, n % 97, divmod(-n, 10 ** 10), -n >> 40, n & 0xFFFF_FFFF, n ^ (n >> 3))
print(int("1" * 50, 2), hex(n), oct(2 ** 70), bin(255)[2:].zfill(12), int("zz", 36), int("-0x_ff", 0))
print(f"{2 ** 200:,}"[:27], (10 ** 30 + 1) / 7, 2 ** 0.5, 10 ** -3, (-8) ** (1 / 3))
collatz_max = max(range(1, 10000), key=lambda k: (lambda c: c)(sum(1 for _ in iter(lambda s=[k]: s.__setitem__(0, s[0] // 2 if s[0] % 2 == 0 else 3 * s[0] + 1) or s[0] != 1, False))))
print(collatz_max)
digits = []
q, r, t, k, nn, l = 1, 0, 1, 1, 3, 3
while len(digits) < 60:
    if 4 * q + r - t < nn * t:
        digits.append(nn)
        q, r, t, k, nn, l = 10 * q, 10 * (r - nn * t), t, k, (10 * (3 * q + r)) // t - 10 * nn, l
    else:
        q, r, t, k, nn, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("".join(map(str, digits)))
