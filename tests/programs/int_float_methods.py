# int and float methods: to_bytes/from_bytes, bit ops, ratios, hex floats, is_integer.
for n in [0, 1, 255, 256, -1, -129, 2**40 + 3]:
    size = max(1, (n.bit_length() + 8) // 8)
    data = n.to_bytes(size, "big", signed=True)
    print(n, data, int.from_bytes(data, "big", signed=True), n.to_bytes(size, "little", signed=True).hex(), n.bit_count())
print(int.from_bytes([1, 2, 3], "little"), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print((42).as_integer_ratio(), (-7).conjugate(), (5).numerator, (5).denominator, (9).real, (9).imag, True.bit_length())
for x in [0.5, 0.1, -2.75, 1e300, 3.0]:
    print(x.as_integer_ratio(), x.is_integer(), x.hex(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1.ffffffffffffep+1023"), float.fromhex("-0x1p-1074"), (2.5).conjugate())
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
