# Shifts, & | ^ and ~ of big ints of either sign (two's complement with infinite sign bits, >>
# floors): values with zero low limbs, all-ones limbs, one set bit, around 32/64-bit limb edges,
# shift counts across limb boundaries and past the value's width.

VALUES = [0, 1, 5, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
          2**96 - 1, 2**96, 3**200, 2**200 + 2**100, (2**300 - 1) << 64, 7**150, 2**1100 - 1, 2**1024]
VALUES = VALUES + [-v for v in VALUES if v]
COUNTS = [0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 127, 128, 1000, 1100, 1200]
M = 2**61 - 1


def h(v):
    # A short digest that any wrong bit changes.
    return (v % M, v.bit_length(), v < 0)


for a in VALUES:
    row = [h(a >> s) for s in COUNTS]
    row += [h(a << s) for s in COUNTS[:8]]
    row.append(h(~a))
    row.append(+a == a)
    print(h(a), row)

acc = 0
for a in VALUES:
    for b in VALUES:
        for v in (a & b, a | b, a ^ b, (a & b) + (a | b) == a + b, (a ^ b) == (a | b) - (a & b)):
            acc = (acc * 1000003 + v % M + 7 * v.bit_length() + 3 * (v < 0)) % M
    print(h(a), acc)

# Floor semantics spelled out: -x >> s == -(-(-x) // 2**s)... i.e. x >> s == x // 2**s.
ok = all((a >> s) == a // 2**s for a in VALUES for s in COUNTS)
print("shift is floor division:", ok)
ok = all((a << s) == a * 2**s for a in VALUES for s in COUNTS)
print("left shift is multiplication:", ok)
ok = all(~a == -a - 1 for a in VALUES)
print("~a == -a - 1:", ok)
# Masks and bit tests, as bitset code writes them.
x = -(3**500)
print([(x >> i) & 1 for i in range(0, 800, 37)])
print(h(x & (2**700 - 1)), h(x | (2**64 - 1)), h(x ^ -1), h(x & -x))
print((-(2**1000)) >> 999, (-(2**1000)) >> 1000, (-(2**1000)) >> 1001, (-(2**1000) - 1) >> 1000)
