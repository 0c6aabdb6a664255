# Integers past 2**64: every operator, mixed signs, and conversions.
a = 2**64
b = 3**50
c = -(7**33)
print(a, b, c)
print(a + 1, a - 1, a * a, a * c)
print(b // a, b % a, divmod(b, a), divmod(c, a), divmod(a, c))
print(-b // 12345, -b % 12345, b // -12345, b % -12345)
print(a ** 3, (-a) ** 3, 2 ** 200, (-3) ** 101)
print(a >> 3, a << 70, c >> 5, c << 3, -1 >> 100, (-a) >> 1)
print(a & b, a | b, a ^ b, ~a, c & 0xFFFF, c | 1, c ^ -1, -a & (a - 1))
print(a.bit_length(), b.bit_length(), c.bit_length(), (0).bit_length(), (-1).bit_length())
print(abs(c), -c, +c, a == 18446744073709551616, a > b, c < 0)
print(pow(b, 12345, 10**9 + 7), pow(c, 3, a), pow(2, 10**6, 97))
print(int("123456789012345678901234567890"), int("-ffffffffffffffffffff", 16), int("1" * 70, 2))
print(hex(a), oct(c), bin(b)[:40], hex(-a))
print(str(10**40)[::-1], len(str(7**500)))
print(float(a), float(b), a / 3, b / c, 10**30 / 10**10)
print(a * 1.0 == a, a + 0.5, int(1e20), int(-1.5e19))
x = 1
for i in range(1, 60):
    x *= i
print(x, x % (2**61 - 1), x // 10**50)
print(sum([i**10 for i in range(1, 200)]))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100), hash(-1), hash(-2))
print(round(123456789123456789, -5), round(-(10**20) - 5, -1), round(25, -1), round(35, -1))
