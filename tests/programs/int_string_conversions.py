# int() and str() round trips, underscores, whitespace, signs, and str of huge ints.
for s in ["0", "-0", "+17", "  42\t", "1_000_000", "0012", "-9_9", "123456789012345678901234567890"]:
    print(repr(s), int(s), str(int(s)), repr(int(s)))
for n in (0, -1, 2**31, -(2**63), 10**100, 2**200 - 1):
    s = str(n)
    print(len(s), s[:20], int(s) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n), 8) == n)
print(str(3**300)[:50], len(str(3**3000)), int("7" * 300) % 1000003)
print([int(c) for c in "0123456789"], int("z", 36), int("Z", 36), int("10", 36), int("-10", 2))
