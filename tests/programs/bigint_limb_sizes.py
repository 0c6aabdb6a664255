# Big-int + - * // % and comparisons at sizes on both sides of the limb paths' switches (pyx:
# JS loops below 32 limbs of 32 bits, Wasm kernels from 32, schoolbook products up to 128x128
# limbs, BigInt beyond): carries through all-ones limbs, borrows down to short results, zero,
# negatives, one-limb multipliers and divisors, and the pidigits spigot's own operations.

SIZES = [1, 2, 15, 16, 17, 31, 32, 33, 34, 63, 64, 65, 128, 129, 200]
M = 2**61 - 1


def rng(seed):
    # A deterministic stream of 32-bit words (an LCG's high bits).
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        yield state >> 32


words = rng(12345)


def value(limbs, kind):
    if kind == "ones":
        return 2 ** (32 * limbs) - 1
    if kind == "power":
        return 2 ** (32 * limbs - 1)
    v = 0
    for _ in range(limbs):
        v = (v << 32) | next(words)
    return v | (1 << (32 * limbs - 1))


def digest(v):
    # Small enough to print for every case, exact enough to catch any wrong limb.
    return (v % M, v.bit_length(), v < 0)


def fold(acc, v):
    # A running checksum of many results (v an int or a bool).
    return (acc * 1000003 + v % M + 7 * v.bit_length() + (v < 0)) % M


for la in SIZES:
    for lb in [1, 2, 31, 32, 33, la - 1 if la > 1 else 1, la, la + 1]:
        for kind in ["random", "ones", "power"]:
            a, b = value(la, kind), value(lb, "random" if kind == "ones" else kind)
            acc = 0
            for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, a), (a, -a)]:
                for v in [x + y, x - y, x * y, x < y, x == y, x > y, x // y, x % y]:
                    acc = fold(acc, v)
                q, r = divmod(x, y)
                acc = fold(acc, q * y + r == x)
            print(la, lb, kind, acc, digest(a + b), digest(a * b))

# Carries through every limb and borrows to short results, at each size.
for n in SIZES:
    ones = 2 ** (32 * n) - 1
    print(n, hex(ones + 1)[:12], (ones + 1) - 1 == ones, (ones + 5) - ones, ones - (ones - 2**40))
    print(n, digest(ones * 0xFFFFFFFF), digest(-ones * 3), digest(ones * ones), ones * 0 == 0)
    print(n, digest(ones // 7), ones % 7, digest(-ones // 7), -ones % 7, digest(ones // -4294967291), ones % -4294967291)
    print(n, digest(ones // (ones >> 5)), digest(ones % (ones >> 5)), (ones + 1) // ones, (ones + 1) % ones)
    print(n, (0 - ones) + ones, ones - ones, -(-ones) == ones, abs(-ones) == ones)

# Products around the schoolbook limit, and one-limb x many-limb products.
for la, lb in [(127, 129), (128, 128), (129, 128), (8, 2048), (8, 2049), (1, 3000), (2, 3000)]:
    a, b = value(la, "random"), value(lb, "random")
    print(la, lb, digest(a * b), digest(-a * b), digest(a * -b), (a * b) // b == a, (a * b) % a)

# A factorial-like chain and its sum: x * i + 1 grows past the Wasm size one limb at a time.
x = 1
total = 0
for i in range(1, 800):
    x = x * i + 1
    total += x
print(digest(x), digest(total), str(x)[:30], str(x)[-30:])

# The spigot's own operations (Gibbons, as bench/programs/pidigits.py): 300 digits of pi.
q, r, t, k, m, s = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < m * t:
        digits.append(m)
        q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
    else:
        q, r, t, k, m, s = q * k, (2 * q + r) * s, t * s, k + 1, (q * (7 * k + 2) + r * s) // (t * s), s + 2
print("".join(map(str, digits)))
print(digest(q), digest(r), digest(t))

# Multi-limb quotients of small operands (long division on the limbs): modular products with
# 64- to 160-bit moduli, both signs, exact quotients and remainders of |m| - 1.
for bits in [33, 64, 65, 96, 128, 160]:
    acc = 0
    for m in [2**bits - 159, 2**bits + 1, 2**(bits - 1), -(2**bits - 1), 3**(bits // 2 + 1)]:
        x = value(2 + bits // 32, "random")
        for y in [x, -x, x * 7 + 1, 2**(bits * 2) - 1, m * m - 1, m * (m + 5), -m * 12345678901]:
            p = x * y
            for v in [p % m, p // m, (p + m - 1) // m, -p % m, (-p) // m]:
                acc = fold(acc, v)
            q, r = divmod(p, m)
            acc = fold(acc, q * m + r == p)
    print(bits, acc)
