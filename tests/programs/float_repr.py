# CPython's float repr: shortest round-trip, exponent thresholds, specials.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
        0.0001234, 1.5e-7, 3.141592653589793, 2.718281828459045, 1/3, 2/3, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 100.0, 1234.5, 9007199254740993.0,
        float("inf"), float("-inf"), float("nan"), 1e308 * 10, -1e308 * 10, 0.1 * 3, 1.1 * 1.1]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, -0.0, 1e100, 1.5])
print((0.5,), {1.5: 2.25})
print(float("1e500"), float("-0"), float("  3.25  "), float("1_000.5"), float("infinity"), float("-NaN"))
print(2.0 ** 0.5, 10.0 ** -3, 2.0 ** 100, 2 ** -1, 10 ** -2)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e16 + 2.0, -1))
print(1e16 + 1, 0.1 + 0.7, 4.35 * 100, 1 - 0.9, 3 * 1.1)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (2.5).is_integer())
print(int(3.99), int(-3.99), float(2**70), 1e15 + 0.3, 123e-20)
