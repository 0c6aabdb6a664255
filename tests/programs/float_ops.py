# Float arithmetic, specials, comparisons with ints, and conversions.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 10**400, -inf < -(10**400), nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 1e308 * 10, 5e-324 / 2, 2 ** 0.5, 2 ** -0.5, (-8) ** (1 / 3))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1.0 == 1, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(float(10**20) == 10**20, 1e20 == 10**20, 1e23 == 10**23, 0.5 < 1, 1 < 1.5 < 2, -0.0 == 0.0)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(1.234567, 3), round(-1.5), round(1e300), round(123.456, -1), round(5e-324, 400))
print(max(1, 2.0), min(1.0, 1), max(1, 1.0), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), abs(-0.0), abs(-2.5))
print(float("3.5"), float(" -1e3 "), float("0x10") if False else float(7), float("nan") != float("nan"), float(True), float(-5))
print(divmod(7.0, 2), divmod(-7.0, 2), divmod(7, -2.0), 7.0 // 0.1, 7.0 % 0.1, -7.5 // 2, 1e300 * 1e300)
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e-3).hex())
print(3.0 * 2, 3 * 2.0, 7 / 7, 2 ** 3.0, 9 ** 0.5, 10 % 3.5, -10 % 3.5, 4.0 - 4, 0.1 * 3, 1.1 + 2.2)
acc = 0.0
for i in range(1, 1001):
    acc += 1.0 / (i * i)
print(acc, (acc * 6) ** 0.5)
x = 1.0
steps = 0
while 1.0 + x != 1.0:
    x /= 2
    steps += 1
print(x, steps, 2.0 ** -52)
h = 1.0
vals = []
for _ in range(10):
    h = h * 10
    vals.append(h)
print(vals, [1 / v for v in vals])
print(hash(1.5), hash(2.0) == hash(2), hash(-0.0), hash(inf), hash(-inf), hash(1e100), hash(0.1))
