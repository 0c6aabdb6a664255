# ValueError: chr() arg not in range(0x110000).
for cp in (65, 0x1F600, 0x10FFFF):
    print(hex(cp), repr(chr(cp)))
print(chr(0x110000))
