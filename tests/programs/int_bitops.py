# Bit operations on negative and large ints, int(s, base), bit_length, bit_count.
vals = [0, 1, -1, 5, -5, 255, -256, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**65 + 3, -(2**65) - 3]
for v in vals:
    print(v, v & 0xFF, v | 0x0F, v ^ 0xAA, ~v, v << 3, v >> 2, v >> 70, v.bit_length(), v.bit_count())
for a in (12, -12, 2**70, -(2**70) + 1):
    for b in (10, -10, 2**64 - 1, -(2**40)):
        print(a & b, a | b, a ^ b, end=" ")
    print()
for s, base in [("ff", 16), ("-FF", 16), ("777", 8), ("0o777", 0), ("0x_ff", 0), ("0b1010", 0), ("z", 36), ("ZZZZ", 36), ("1_000_000", 10), ("  -42\n", 10), ("101", 2), ("0", 0), ("00", 0), ("12", 3)]:
    print(repr(s), base, int(s, base))
print(int("9" * 50) + 1, int(True), int(-0.9), int("+5"), int(" 7 "), int(3.0e3))
print(bin(-10), oct(-64), hex(-255), bin(0), hex(2**64), f"{-10:b}", f"{2**40:o}")
print((5).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(1 << 100 >> 99, (1 << 64) - 1 & -(1 << 32), -1 & (2**100 - 1) == 2**100 - 1)
print([x for x in range(-8, 9) if x & (x - 1) == 0], [(-x) & x for x in range(1, 17)])
print(0b1111_0000, 0o17, 0xDEAD_BEEF, 1_000_000, 0 == -0, abs(-2**100))
